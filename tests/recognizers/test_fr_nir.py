"""FR_NIR: French social security numbers, key = 97 - (number mod 97), Corsica 2A/2B."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.fr_nir import FrNirRecognizer, is_fr_nir, nir_key, recognizers

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]


def nir(sex: str, year: str, month: str, dept: str, commune: str, order: str) -> str:
    """A spaced NIR with its key computed independently of the recognizer's helper."""
    body = sex + year + month + dept + commune + order
    numeric = body.upper().replace("2A", "19").replace("2B", "18")
    key = 97 - int(numeric) % 97
    return f"{sex} {year} {month} {dept} {commune} {order} {key:02d}"


MAN_PARIS = nir("1", "84", "12", "75", "123", "456")
WOMAN_LYON = nir("2", "91", "03", "69", "381", "072")
CORSICA_A = nir("1", "67", "05", "2A", "004", "118")
CORSICA_B = nir("2", "02", "11", "2B", "033", "250")
OVERSEAS = "2 85 05 971 23 456 " + f"{97 - int('2850597123456') % 97:02d}"
COMPACT = MAN_PARIS.replace(" ", "")
WITHOUT_KEY = MAN_PARIS[: -len(" 00")]


def wrong_key(number: str) -> str:
    """The number with a key that is off by one."""
    key = int(number[-2:])
    return number[:-2] + f"{(key % 97) + 1:02d}"


POSITIVES = [
    (f"Mon numéro de sécu : {MAN_PARIS}", "fr", MAN_PARIS),
    (f"carte vitale {WOMAN_LYON} perdue", "fr", WOMAN_LYON),
    (f"NIR {CORSICA_A}", "fr", CORSICA_A),
    (f"il est né à Bastia, {CORSICA_B}", "fr", CORSICA_B),
    (f"numéro de sécurité sociale {OVERSEAS}", "fr", OVERSEAS),
    (f"her French social security number is {COMPACT}", "en", COMPACT),
    (f"numéro de sécu {WITHOUT_KEY} (sans la clé)", "fr", WITHOUT_KEY),
]

NEGATIVES = [
    (f"Mon numéro de sécu : {wrong_key(MAN_PARIS)}", "fr"),  # wrong key
    (f"reference {WITHOUT_KEY} for the parcel", "en"),  # no key and no context
    ("Appelez le 01 23 45 67 89 pour un rendez-vous", "fr"),  # a French phone number
    # Right keys, impossible fields: month 13, sex digit 5.
    (f"numéro de sécu {nir('1', '84', '13', '75', '123', '456')}", "fr"),
    (f"NIR {nir('5', '84', '12', '75', '123', '456')}", "fr"),
    (f"colis n°9{COMPACT}", "fr"),  # glued to a longer number
    ("4,212 bébés sont nés en 2023", "fr"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_nir(analyze_with: Analyze, text: str, language: str, expected: str) -> None:
    assert analyze_with(FrNirRecognizer(language), text, language) == [("FR_NIR", expected)]


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_non_nir(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(FrNirRecognizer(language), text, language) == []


def test_key_helpers() -> None:
    assert nir_key(COMPACT[:13]) == int(COMPACT[13:])
    assert is_fr_nir(CORSICA_A) and is_fr_nir(CORSICA_B.lower())
    assert not is_fr_nir(wrong_key(CORSICA_A))
    assert not is_fr_nir(WITHOUT_KEY)


def test_recognizers_for_both_languages() -> None:
    assert [r.supported_language for r in recognizers("en") + recognizers("fr")] == ["en", "fr"]
