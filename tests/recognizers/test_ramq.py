"""INSURANCE_NUMBER (RAMQ): Québec health insurance numbers by birth date, or by a phrase."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.ramq import RamqRecognizer, is_ramq

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    ("une copie de ma carte (BOUL 8203 1407) et toujours rien", "BOUL 8203 1407"),  # a man, March
    ("carte soleil: GAGM65581203", "GAGM65581203"),  # a woman: month 58 is August
    ("My RAMQ number is LEBJ-9912-3104, can they refuse?", "LEBJ-9912-3104"),
    ("RAMQ TRUD 4444 9999", "TRUD 4444 9999"),  # no possible birth date, but named
]
NEGATIVES = [
    "order ABCD 4444 9999 shipped",  # month 44 and day 99: no birth date, no phrase
    "ref XYZW123412345 on the parcel",  # nine digits
    "code AB12 3456 7890",  # letters and digits mixed in the first group
    "la carte ABCD12011201X est expirée",  # glued to a letter
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_finds_ramq_numbers(analyze_with: Analyze, text: str, expected: str) -> None:
    assert analyze_with(RamqRecognizer("fr"), text, "fr") == [("INSURANCE_NUMBER", expected)]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores_other_codes(analyze_with: Analyze, text: str) -> None:
    assert analyze_with(RamqRecognizer("fr"), text, "fr") == []


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("BOUL82031407", True),
        ("GAGM65581203", True),  # women's months run 51-62
        ("GAGM65631203", False),  # month 63
        ("GAGM65000112", False),  # month 00
        ("GAGM65013212", False),  # day 32
        ("GAG165011212", False),  # a digit among the letters
    ],
)
def test_birth_date_check(number: str, valid: bool) -> None:
    assert is_ramq(number) is valid
