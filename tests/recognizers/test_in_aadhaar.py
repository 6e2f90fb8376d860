"""IN_AADHAAR: Indian Aadhaar numbers by their Verhoeff check digit, or a phrase naming them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.in_aadhaar import AadhaarRecognizer, is_aadhaar, verhoeff_ok

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

# Verhoeff's tables, written out again here so the test computes check digits on its own.
MULTIPLY = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
PERMUTE = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
INVERSE = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(digits: str) -> str:
    """The Verhoeff check digit to append to `digits` (also used by other numbers' tests)."""
    check = 0
    for position, char in enumerate(reversed(digits)):
        check = MULTIPLY[check][PERMUTE[(position + 1) % 8][int(char)]]
    return str(INVERSE[check])


def aadhaar(first_eleven: str, grouped: bool = True) -> str:
    """An Aadhaar number with its Verhoeff digit appended, in groups of four or whole."""
    digits = first_eleven + verhoeff_digit(first_eleven)
    return f"{digits[:4]} {digits[4:8]} {digits[8:]}" if grouped else digits


ONE = aadhaar("48273915620")
WHOLE = aadhaar("73019264851", grouped=False)
WRONG = ONE[:-1] + str((int(ONE[-1]) + 1) % 10)

POSITIVES = [
    (f"Papa's Aadhaar is {ONE}, is that enough for the scheme?", ONE),
    (f"registered with {WHOLE} at the camp", WHOLE),  # a right check digit stands alone
    (f"Aadhaar no. {WRONG} (I may have typed it wrong)", WRONG),  # wrong digit, but named
    # read off the card, the phrase in the sentence before
    (f"Desk says Aadhaar not matching. Number on his card is {WRONG}, same spelling", WRONG),
]
NEGATIVES = [
    f"order reference {WRONG} for the inhaler",  # wrong digit, no naming phrase
    f"batch 1{ONE.replace(' ', '')} and {ONE.replace(' ', '')}5",  # glued to other digits
    "call 0161 496 0733 today",
    "We screened 4,827 people",
    f"Number on his card is {WRONG}, the loyalty one",  # no phrase names it
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_aadhaar_numbers(analyze_with: Analyze, text: str, expected: str) -> None:
    assert analyze_with(AadhaarRecognizer("en"), text, "en") == [("IN_AADHAAR", expected)]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores_other_numbers(analyze_with: Analyze, text: str) -> None:
    assert analyze_with(AadhaarRecognizer("en"), text, "en") == []


def test_checks() -> None:
    assert verhoeff_ok("2363") and not verhoeff_ok("2364")  # the textbook example
    assert is_aadhaar(ONE) and is_aadhaar(WHOLE)
    assert not is_aadhaar(WRONG)
    assert not is_aadhaar("1" + ONE.replace(" ", "")[1:])  # never starts with 0 or 1
