"""IBAN_CODE: IBANs of the UEMOA and CEMAC zones and their neighbours, by their check digits."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.iban_africa import AfricanIbanRecognizer, is_african_iban, recognizers

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]


def iban(country: str, bban: str, grouped: bool = True) -> str:
    """An IBAN with the right check digits for `bban`, in groups of four or whole."""
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)) if grouped else compact


SENEGAL = iban("SN", "SN0100152000053700024586")  # 28 characters
GABON = iban("GA", "40021010270035182740147")  # 27 characters
CAMEROON = iban("CM", "10005000010123456789012", grouped=False)
WRONG = GABON[:-1] + str((int(GABON[-1]) + 1) % 10)

POSITIVES = [
    (f"Pour soutenir le fonds : IBAN {GABON} (Libreville)", "fr", GABON),
    (f"virement sur son compte {SENEGAL} svp", "fr", SENEGAL),
    (f"account {CAMEROON} for the appeal", "en", CAMEROON),
]
NEGATIVES = [
    (f"IBAN {WRONG} (une faute de frappe)", "fr"),  # wrong check digits
    (f"IBAN {SENEGAL[:-2]}", "fr"),  # too short for its country
    ("FR76 3000 6000 0112 3456 7890 189", "fr"),  # a European IBAN: the other recognizer's
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_african_ibans(
    analyze_with: Analyze, text: str, language: str, expected: str
) -> None:
    found = analyze_with(AfricanIbanRecognizer(language), text, language)
    assert found == [("IBAN_CODE", expected)]


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_wrong_ones(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(AfricanIbanRecognizer(language), text, language) == []


def test_check_digits_and_lengths() -> None:
    assert is_african_iban(GABON) and is_african_iban(SENEGAL.lower())
    assert not is_african_iban(WRONG)
    assert not is_african_iban("GA78 4002")


def test_one_recognizer_per_language() -> None:
    (recognizer,) = recognizers("en")
    assert isinstance(recognizer, AfricanIbanRecognizer)
