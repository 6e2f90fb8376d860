"""PHONE_NUMBER: Australian 1800, 1300 and 13 service numbers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.au_service_number import AuServiceNumberRecognizer

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    ("Call Lifeline on 13 11 14 any time, day or night", "en", ["13 11 14"]),
    ("Lifeline: 13 11 14 or 13YARN", "en", ["13 11 14"]),
    ("Book on freecall 1800 555 239 before Friday", "en", ["1800 555 239"]),
    ("Ring the Cancer Council on 1300 22 46 36", "en", ["1300 22 46 36"]),
    ("Hotline 1800555239 (24/7)", "en", ["1800555239"]),
]
NEGATIVES = [
    ("The score was 13 11 14 at half time", "en"),  # no word of calling before it
    ("born 13 11 14 in Hobart", "en"),
    ("Order no. 1800 555 2391 shipped", "en"),  # too long
    ("In 1800 the colony had 555 settlers", "en"),  # a year and a count
    ("Call 131114 please", "en"),  # a 13 number is matched only as spaced
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_au_service_numbers(
    analyze_with: Analyze, text: str, language: str, expected: list[str]
) -> None:
    found = analyze_with(AuServiceNumberRecognizer(language), text, language)
    assert found == [("PHONE_NUMBER", number) for number in expected]


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_other_numbers(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(AuServiceNumberRecognizer(language), text, language) == []
