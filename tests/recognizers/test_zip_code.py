"""LOCATION: postcodes right after their name ("zip code", "postcode", "code postal", "CP")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.zip_code import ZipCodeRecognizer, recognizers

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    ("My zip code is 30318 and I live alone", "en", ["30318"]),
    ("ZIP Code 94110, if the pharmacy asks", "en", ["94110"]),
    ("zip: 10001-1234", "en", ["10001-1234"]),
    ("zip 97205", "en", ["97205"]),
    ("Our postcode is 2000 (Antwerp)", "en", ["2000"]),
    ("postal code K1A 0B1", "en", ["K1A 0B1"]),
    ("post code 1012 AB", "en", ["1012 AB"]),
    ("Mon code postal est 75015.", "fr", ["75015"]),
    ("code postal : 44000", "fr", ["44000"]),
    ("Code postal 13008, Marseille", "fr", ["13008"]),
    ("CP 69003 Lyon", "fr", ["69003"]),
]

NEGATIVES = [
    ("My code is 12345", "en"),
    ("zip it 12345 times", "en"),
    ("the zip file was 20000 lines", "en"),
    ("Use promo code 12345 at checkout", "en"),
    ("postcode lottery won 2000 pounds", "en"),
    ("what's your zip code?", "en"),
    ("postal code 123", "en"),
    ("Prendre 2 cp 1000 mg", "fr"),
    ("Mon fils est en CP depuis 2023", "fr"),
    ("code 4521 pour la porte", "fr"),
    ("Le code postal, je ne sais plus", "fr"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_named_postcodes(
    analyze_with: Analyze, text: str, language: str, expected: list[str]
) -> None:
    found = analyze_with(ZipCodeRecognizer(language), text, language)
    assert [surface for kind, surface in found if kind == "LOCATION"] == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_other_numbers(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(ZipCodeRecognizer(language), text, language) == []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_module_gives_one_recognizer_per_language(language: str) -> None:
    (recognizer,) = recognizers(language)
    assert recognizer.supported_language == language
    assert recognizer.supported_entities == ["LOCATION"]
