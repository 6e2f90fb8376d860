"""US_SSN: Presidio's SSN patterns and invalid ranges, plus the 9xx area rule (context only)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.us_ssn import SsnRecognizer, recognizers

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]


def ssn(area: int, group: int, serial: int, sep: str = "-") -> str:
    """A synthetic SSN-shaped number built from its three parts."""
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


POSITIVES = [
    (f"My SSN is {ssn(432, 71, 5086)}", "en", ssn(432, 71, 5086)),
    (f"social security number {ssn(287, 3, 1194)} on the form", "en", ssn(287, 3, 1194)),
    (f"it was {ssn(601, 44, 20)} I think", "en", ssn(601, 44, 20)),
    (f"ssn: {ssn(150, 92, 7431, ' ')}", "en", ssn(150, 92, 7431, " ")),
    (f"SSN {ssn(733, 18, 6402, '.')}", "en", ssn(733, 18, 6402, ".")),
    (f"Son SSN américain : {ssn(512, 60, 3381)}", "fr", ssn(512, 60, 3381)),
    # a 9xx area (ITIN range) the poster calls an SSN
    (f"didn't notice my SSN ({ssn(917, 44, 2038)}) at the top", "en", ssn(917, 44, 2038)),
    (f"social security no. {ssn(905, 12, 3344)}", "en", ssn(905, 12, 3344)),
]

NEGATIVES = [
    (f"SSN {ssn(0, 71, 5086)}", "en"),  # area 000
    (f"SSN {ssn(666, 71, 5086)}", "en"),  # area 666
    (f"ref {ssn(912, 71, 5086)}", "en"),  # area 9xx (ITIN range) without context
    (f"call {ssn(917, 44, 2038)} today", "en"),
    (f"SSN {ssn(432, 0, 5086)}", "en"),  # group 00
    (f"SSN {ssn(432, 71, 0)}", "en"),  # serial 0000
    ("my SSN is 123-45-6789", "en"),  # the published placeholder
    ("SSN 432-71.5086", "en"),  # mixed delimiters
    (f"ticket {ssn(432, 71, 5086, '')}", "en"),  # nine bare digits: too weak even with context
    ("Rendez-vous le 12-03-2024 à 14h", "fr"),
    (f"Flat {ssn(214, 18, 7730, ' ')} on the plan", "en"),  # spaced digits without context
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_ssn(analyze_with: Analyze, text: str, language: str, expected: str) -> None:
    assert analyze_with(SsnRecognizer(language), text, language) == [("US_SSN", expected)]


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_non_ssn(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(SsnRecognizer(language), text, language) == []


def test_bare_digits_stay_below_threshold_even_with_context(analyze_with: Analyze) -> None:
    assert analyze_with(SsnRecognizer("en"), f"SSN {ssn(432, 71, 5086, '')}", "en") == []


def test_recognizers_for_both_languages() -> None:
    assert [r.supported_language for r in recognizers("en") + recognizers("fr")] == ["en", "fr"]
