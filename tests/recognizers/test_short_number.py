"""PHONE_NUMBER: the EU's harmonised 116 helplines and SMS short codes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.short_number import ShortNumberRecognizer

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    ("call Samaritans free on 116 123, day or night", "en", ["116 123"]),
    ("Out of hours? Ring 116117.", "en", ["116117"]),
    ("Text SHOUT to 85258 any time", "en", ["85258"]),
    ("texting GIVE 5 to 70085 donates", "en", ["70085"]),
    ("Appelez le 116 117 la nuit ou SOS Amitié au 116-123", "fr", ["116 117", "116-123"]),
    ("Envoyez STOP par SMS au 36180", "fr", ["36180"]),
]
NEGATIVES = [
    ("We had 116 patients and 123 visitors", "en"),
    ("116 124 is not an allocated number", "en"),
    ("a total of 116123456 readings", "en"),
    ("text me back on 07700 900123", "en"),  # a phone number: the phone recognizer's
    ("I went to 12345 Main Street", "en"),
    ("text to 1234567", "en"),  # too long for a short code
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_short_numbers(
    analyze_with: Analyze, text: str, language: str, expected: list[str]
) -> None:
    found = analyze_with(ShortNumberRecognizer(language), text, language)
    assert found == [("PHONE_NUMBER", number) for number in expected]


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_other_numbers(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(ShortNumberRecognizer(language), text, language) == []
