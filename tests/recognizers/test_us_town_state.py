"""LOCATION: a US town written with its state's postal code."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.us_town_state import UsTownStateRecognizer

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    ("Regional Medical Center · Pine Bluff, AR\nNow hiring", "en", ["Pine Bluff, AR"]),
    ("Hiring in Ishpeming, MI.", "en", ["Ishpeming, MI"]),  # a clause mark after it
    ("Send it to Box 12, Poplar Bluff, MO 63901", "en", ["Poplar Bluff, MO"]),  # a ZIP after it
    ("Dad (Cedar Falls, IA) had his hip done", "en", ["Cedar Falls, IA"]),  # in brackets
    ("We are based in Baltimore, MD", "en", ["Baltimore, MD"]),  # an ambiguous code, a known town
    ("Sault Ste. Marie, MI – flu clinic", "en", ["Sault Ste. Marie, MI"]),
    ("Stage des infirmières à Burlington, VT.", "fr", ["Burlington, VT"]),
]
NEGATIVES = [
    ("Please welcome Jane Smith, MD, to our team", "en"),  # a credential after a name
    ("Signed: Harold Pike, PA", "en"),  # physician assistant, no known town
    ("Thanks Sarah, GA", "en"),  # a first name before the comma
    ("Prayers for Mrs. Adeyemi, TX and her family", "en"),  # a titled person
    ("Note, NY and NJ residents can apply", "en"),  # a word opening a clause
    ("Bring your ID, OK? We open at nine", "en"),  # an ambiguous code after no town
    ("Mountain Home, ARKANSAS", "en"),  # no code: glued to more capitals
    ("lower case town, ar", "en"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_towns_with_their_state(
    analyze_with: Analyze, text: str, language: str, expected: list[str]
) -> None:
    found = analyze_with(UsTownStateRecognizer(language), text, language)
    assert found == [("LOCATION", span) for span in expected]


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_other_commas_and_codes(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(UsTownStateRecognizer(language), text, language) == []
