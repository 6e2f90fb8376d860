"""NHS_NUMBER: modulus-11 check digit, 3-3-4 display format, "NHS" context."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.nhs_number import (
    NhsNumberRecognizer,
    is_nhs_number,
    is_reported_nhs_number,
    recognizers,
)

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]


def nhs(first_nine: str, sep: str = " ") -> str:
    """A checksum-valid NHS number from nine digits (weights 10..2, check = 11 - sum mod 11)."""
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    assert check != 10, "no valid check digit for these nine digits: pick others"
    digits = first_nine + str(check)
    return sep.join((digits[:3], digits[3:6], digits[6:]))


def wrong_check(number: str) -> str:
    """The same number with its last digit changed (so the check digit is wrong)."""
    return number[:-1] + str((int(number[-1]) + 1) % 10)


VALID_SPACED = nhs("485777345")
VALID_OTHER = nhs("634192850")
VALID_HYPHENS = nhs("401023456", "-")
VALID_BARE = nhs("712345678", "")

POSITIVES = [
    (f"My NHS number is {VALID_SPACED}, can someone help", "en", VALID_SPACED),
    (f"ref {VALID_OTHER} on the letter from the clinic", "en", VALID_OTHER),
    (f"NHS no: {VALID_HYPHENS}", "en", VALID_HYPHENS),
    (f"his nhs number {VALID_BARE} is on the wristband", "en", VALID_BARE),
    (f"Son numéro NHS est le {VALID_SPACED}", "fr", VALID_SPACED),
    (f"Numéro {VALID_OTHER} sur la lettre", "fr", VALID_OTHER),
    # unissued 9xx range: quoted as an NHS number, it is still reported
    (f"the letter says my NHS number is {nhs('943476591')}", "en", nhs("943476591")),
    # Scotland's CHI number, named
    (f"Dear Mr Bain\nCHI: {nhs('230561417', '')}", "en", nhs("230561417", "")),
    (f"CHI no. {nhs('110948213', '')} on the form", "en", nhs("110948213", "")),
]

NEGATIVES = [
    (f"My NHS number is {wrong_check(VALID_SPACED)}", "en"),  # wrong check digit
    (f"order {VALID_BARE} shipped today", "en"),  # bare 10 digits without "NHS"
    (f"call {VALID_HYPHENS} after 5", "en"),  # hyphenated, no "NHS": US phone style
    ("NHS number 444 444 4444", "en"),  # one repeated digit: passes mod 11, a placeholder
    (f"ring {nhs('943476591')} tonight", "en"),  # 9xx range without "NHS": not reported
    (f"card 4{VALID_SPACED} 12", "en"),  # part of a longer number
    (f"numéro NHS {wrong_check(VALID_OTHER)}", "fr"),
    ("4,212 babies were born at the trust in 2023", "en"),
    (f"CHI: {wrong_check(nhs('230561417', ''))}", "en"),  # CHI with a wrong check digit
    (f"chi {nhs('230561417', '')}", "en"),  # lower case "chi" is not the index
    ("Standard du CHI : 0145175006 pour les rendez-vous", "fr"),  # a French hospital
    # a phone number after a country code, even when its ten digits pass the check
    (f"Pour postuler : Tél. +{VALID_OTHER}", "fr"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_nhs_numbers(analyze_with: Analyze, text: str, language: str, expected: str) -> None:
    found = analyze_with(NhsNumberRecognizer(language), text, language)
    assert found == [("NHS_NUMBER", expected)]


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_non_nhs_numbers(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(NhsNumberRecognizer(language), text, language) == []


def test_checksum_helpers() -> None:
    assert is_nhs_number(VALID_SPACED) and is_nhs_number(VALID_BARE)
    assert not is_nhs_number(wrong_check(VALID_SPACED))
    assert not is_nhs_number("0000000000")
    assert is_reported_nhs_number(VALID_SPACED)
    assert not is_reported_nhs_number(VALID_HYPHENS)  # hyphens: left to context


def test_recognizers_for_both_languages() -> None:
    assert [r.supported_language for r in recognizers("en") + recognizers("fr")] == ["en", "fr"]
