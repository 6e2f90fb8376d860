"""IE_PPSN: Irish PPS numbers by check letter, or by a phrase naming them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.ie_ppsn import IrishPpsnRecognizer, is_ppsn

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]


def ppsn(digits: str, second: str = "") -> str:
    """A PPSN with its check letter computed here, independently of the recognizer."""
    total = sum(int(d) * w for d, w in zip(digits, range(8, 1, -1), strict=True))
    if second and second != "W":
        total += 9 * (ord(second) - 64)
    remainder = total % 23
    return digits + ("W" if remainder == 0 else chr(64 + remainder)) + second


OLD = ppsn("1234567")  # "1234567T"
NEW = ppsn("7234518", "A")  # a post-2013 number with a second letter
OTHER = ppsn("8765432", "B")
WRONG = NEW[:7] + ("A" if NEW[7] != "A" else "B") + NEW[8:]

POSITIVES = [
    (f"PPSN {NEW}, reason for claim: fibromyalgia", NEW),
    (f"my pps number is {OLD} if you need it", OLD),
    (f"the form has {OTHER} on it", OTHER),  # a right check letter stands alone
    (f"Name: Aoife, PPSN {WRONG}, medical card", WRONG),  # wrong letter, but named
]
NEGATIVES = [
    f"reference {WRONG} on the parcel",  # wrong letter, no naming phrase
    "call 0871234567 today",  # a phone number
    f"code X{OLD} and {OLD}9",  # glued to letters or digits
    "We raised 1234567 euro",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_ppsns(analyze_with: Analyze, text: str, expected: str) -> None:
    assert analyze_with(IrishPpsnRecognizer("en"), text, "en") == [("IE_PPSN", expected)]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores_other_codes(analyze_with: Analyze, text: str) -> None:
    assert analyze_with(IrishPpsnRecognizer("en"), text, "en") == []


def test_check_letter() -> None:
    assert OLD == "1234567T"
    assert is_ppsn(OLD) and is_ppsn(NEW) and is_ppsn(OTHER.lower())
    assert not is_ppsn(WRONG)
    assert not is_ppsn("123456T")  # six digits
