"""LOCATION: towns written as hashtags."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.hashtag_place import HashtagPlaceRecognizer

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    ("Flu jabs this Saturday #GetJabbed #Leeds", "en", ["Leeds"]),
    ("#physiotherapy #Wexford", "en", ["Wexford"]),
    ("Proud of our team #StokeOnTrent", "en", ["StokeOnTrent"]),
    ("Campagne de vaccination #Abidjan", "fr", ["Abidjan"]),
    ("#newcastle_upon_tyne fun run", "en", ["newcastle_upon_tyne"]),
    ("Ask our pharmacists #KnowYourMeds #Houston", "en", ["Houston"]),  # a city of millions
]
NEGATIVES = [
    ("#GetJabbed #MentalHealthAwareness", "en"),
    ("#Reading is good for you", "en"),  # a town that is also a word
    ("#Hope #Grace", "en"),  # names and words
    ("#Florence #Chester", "en"),  # towns named like people, under a million
    ("page.html#Leeds and C#Leeds", "en"),  # an anchor, glued to a word
    ("Leeds without a hashtag", "en"),  # the place recognizer's
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_town_hashtags(
    analyze_with: Analyze, text: str, language: str, expected: list[str]
) -> None:
    found = analyze_with(HashtagPlaceRecognizer(language), text, language)
    assert found == [("LOCATION", town) for town in expected]


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_other_hashtags(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(HashtagPlaceRecognizer(language), text, language) == []
