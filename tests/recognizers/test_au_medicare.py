"""INSURANCE_NUMBER: Australian Medicare numbers by check digit, 4-5-1 grouping and phrase."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.au_medicare import (
    AustralianMedicareRecognizer,
    is_medicare_number,
    recognizers,
)

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]


def medicare(first_eight: str, issue: str = "1", sep: str = " ") -> str:
    """A checksum-valid Medicare number from eight digits and an issue digit, grouped 4-5-1."""
    weights = (1, 3, 7, 9, 1, 3, 7, 9)
    check = sum(int(d) * w for d, w in zip(first_eight, weights, strict=True)) % 10
    digits = f"{first_eight}{check}{issue}"
    return sep.join((digits[:4], digits[4:9], digits[9:]))


def wrong_check(number: str) -> str:
    """The same number with its check digit (the ninth digit) changed."""
    at = [i for i, c in enumerate(number) if c.isdigit()][8]
    return number[:at] + str((int(number[at]) + 1) % 10) + number[at + 1 :]


SPACED = medicare("29537223")  # "2953 72235 1"
OTHER = medicare("61840275", "3")
HYPHENS = medicare("34071926", "2", "-")
BARE = medicare("42856013", "1", "")

POSITIVES = [
    # the card's spaced grouping: reported with or without a naming phrase
    (f"My Medicare card number is {SPACED} and they lost my referral", "en", SPACED),
    (f"the form wanted {OTHER} and nothing else", "en", OTHER),
    (f"Medicare no. {SPACED} 2 for my son's appointment", "en", f"{SPACED} 2"),  # with IRN
    (f"Medicare {SPACED}/4 on the back", "en", f"{SPACED}/4"),
    # hyphens or one run: only after a naming phrase
    (f"medicare {HYPHENS} if that helps", "en", HYPHENS),
    (f"Her Medicare number: {BARE}, can someone chase the claim?", "en", BARE),
    (f"card number {BARE} got declined at the GP", "en", BARE),
    (f"Sa carte Medicare porte le numéro {SPACED}", "fr", SPACED),
    # a wrong check digit after a naming phrase: a cardholder's mistyped number is still theirs
    (f"My Medicare card number is {wrong_check(SPACED)}", "en", wrong_check(SPACED)),
    (f"Medicare {wrong_check(BARE)} is on the letter", "en", wrong_check(BARE)),
]

NEGATIVES = [
    (f"the form wanted {wrong_check(OTHER)} and nothing else", "en"),  # wrong, unnamed
    (f"order {BARE} shipped today", "en"),  # one run, no naming phrase
    (f"ref {HYPHENS} on the parcel", "en"),  # hyphenated, no naming phrase
    ("Medicare card 1953 72235 1", "en"),  # first digit outside 2-6
    # phone numbers in their own groupings, even after "Medicare"
    ("call me on 0412 345 678 after 5", "en"),
    ("Medicare line 1800 020 080, open weekdays", "en"),
    ("ring the clinic on (02) 9876 5432", "en"),
    ("Medicare hotline 212 555 0199", "en"),
    ("Medicare called me from +61 2953 72235 1", "en"),  # after a country code
    (f"card 4{SPACED} 12", "en"),  # part of a longer number
    ("We raised 4,212 dollars in 2023 for the ward", "en"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_medicare_numbers(
    analyze_with: Analyze, text: str, language: str, expected: str
) -> None:
    found = analyze_with(AustralianMedicareRecognizer(language), text, language)
    assert found == [("INSURANCE_NUMBER", expected)]


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_other_numbers(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(AustralianMedicareRecognizer(language), text, language) == []


def test_checksum() -> None:
    assert SPACED == "2953 72235 1"
    assert is_medicare_number(SPACED) and is_medicare_number(BARE)
    assert is_medicare_number(f"{SPACED}/4")  # the IRN is not part of the check
    assert not is_medicare_number(wrong_check(SPACED))
    assert not is_medicare_number("1953722351")  # first digit 1
    assert not is_medicare_number("295372235")  # nine digits


def test_recognizers_for_both_languages() -> None:
    assert [r.supported_language for r in recognizers("en") + recognizers("fr")] == ["en", "fr"]
