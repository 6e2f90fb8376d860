"""ZA_ID_NUMBER: South African ID numbers by their date, citizenship and Luhn checks, or by a
phrase naming them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.za_id import ZaIdRecognizer, is_za_id, luhn_ok

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]


def za_id(first_twelve: str) -> str:
    """An ID number with its Luhn digit computed here, independently of the recognizer."""
    odd = sum(int(d) for d in first_twelve[0::2])
    doubled = "".join(str(int(d) * 2) for d in first_twelve[1::2])
    total = odd + sum(int(d) for d in doubled)
    return first_twelve + str((10 - total % 10) % 10)


WOMAN = za_id("920417012308")  # born 17 April 1992, a citizen
MAN = za_id("650903583718")  # born 3 September 1965, a permanent resident
SPACED = f"{MAN[:6]} {MAN[6:10]} {MAN[10:]}"
WRONG = WOMAN[:12] + str((int(WOMAN[12]) + 1) % 10)
BAD_DATE = za_id("921341012308")  # a 41st of the 13th month

POSITIVES = [
    (f"They asked for my ID number {WOMAN} at the clinic again", WOMAN),
    (f"Patient: Thandi M., {MAN}, diabetic", MAN),  # right checks stand alone
    (f"ID no: {SPACED}", SPACED),  # the card's groups
    (f"her identity number is {WRONG} I think", WRONG),  # a wrong digit, but named
]
NEGATIVES = [
    f"tracking code {WRONG} for the parcel",  # wrong digit, no naming phrase
    f"reference {BAD_DATE}",  # a right Luhn digit, no real date
    f"batch {WOMAN}7 and X{WOMAN}",  # glued to other digits or letters
    "We screened 1234567890123 people",
    "Call +27 82 555 0123 for the clinic",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_id_numbers(analyze_with: Analyze, text: str, expected: str) -> None:
    assert analyze_with(ZaIdRecognizer("en"), text, "en") == [("ZA_ID_NUMBER", expected)]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores_other_numbers(analyze_with: Analyze, text: str) -> None:
    assert analyze_with(ZaIdRecognizer("en"), text, "en") == []


def test_checks() -> None:
    assert luhn_ok("79927398713") and not luhn_ok("79927398710")  # the textbook example
    assert is_za_id(WOMAN) and is_za_id(MAN) and is_za_id(SPACED)
    assert not is_za_id(WRONG)
    assert not is_za_id(BAD_DATE)
    assert not is_za_id(za_id("920417012358"))  # citizenship digit 5 is not in use
