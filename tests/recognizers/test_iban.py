"""IBAN_CODE: Presidio's IBAN pattern, country formats and mod-97 check, any letter case."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.iban import IbanCodeRecognizer, is_african_iban, recognizers

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]


def iban(country: str, bban: str) -> str:
    """An IBAN with its check digits computed (ISO 13616: 98 - number mod 97)."""
    moved = (bban + country + "00").upper()
    numeric = "".join(str(int(c, 36)) for c in moved)
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def spaced(code: str) -> str:
    """The IBAN in groups of four, as printed."""
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


GB = iban("GB", "WEST12345698765432")
FR = iban("FR", "30006000011234567890189")
DE = iban("DE", "370400440532013000")
# Countries Presidio's table lacks: the UEMOA zone (28 characters), the CEMAC zone (27).
SN = iban("SN", "SN0100152000053700024586")
GA = iban("GA", "40021010270035182740147")


def broken(code: str) -> str:
    """The IBAN with one BBAN digit changed (the check digits no longer match)."""
    last = code[-1]
    return code[:-1] + str((int(last) + 1) % 10)


POSITIVES = [
    (f"IBAN {GB} for the refund", "en", GB),
    (f"bank details: {spaced(GB)}", "en", spaced(GB)),
    (f"my account {DE} at the bank", "en", DE),
    (f"Mon RIB : {spaced(FR)}", "fr", spaced(FR)),
    (f"virement sur {FR} svp", "fr", FR),
    (f"iban {spaced(FR).lower()}", "fr", spaced(FR).lower()),  # typed in lower case
    (f"Pour soutenir le fonds : IBAN {spaced(GA)} (Libreville)", "fr", spaced(GA)),
    (f"virement sur son compte {spaced(SN)} svp", "fr", spaced(SN)),
    (f"account {GA} for the appeal", "en", GA),
]

NEGATIVES = [
    (f"IBAN {broken(GB)}", "en"),  # wrong check digits
    (f"RIB {spaced(broken(FR))}", "fr"),
    ("GB00 0000 0000", "en"),  # too short for any country format
    ("code AB12CDEF34567890 on the box", "en"),  # unknown country AB
    ("ward B12 bed 4 at 7pm", "en"),
    ("4,212 virements en 2023", "fr"),
    (f"IBAN {spaced(broken(GA))} (une faute de frappe)", "fr"),  # wrong check digits
    (f"IBAN {SN[:-2]}", "fr"),  # too short for its country
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_ibans(analyze_with: Analyze, text: str, language: str, expected: str) -> None:
    assert analyze_with(IbanCodeRecognizer(language), text, language) == [("IBAN_CODE", expected)]


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_non_ibans(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(IbanCodeRecognizer(language), text, language) == []


def test_recognizers_for_both_languages() -> None:
    assert [r.supported_language for r in recognizers("en") + recognizers("fr")] == ["en", "fr"]


def test_african_ibans_by_length_and_check_digits() -> None:
    assert is_african_iban(GA) and is_african_iban(spaced(SN).lower())
    assert not is_african_iban(broken(GA))
    assert not is_african_iban("GA78 4002")
