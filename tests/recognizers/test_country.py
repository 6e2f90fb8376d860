"""COUNTRY: country names on the spaCy tokens, trusted by case and place cues."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.country import CountryRecognizer, country_names, normalize, recognizers

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    ("We flew back from bahrain last week.", "en", ["bahrain"]),
    ("costa rica was lovely this time of year", "en", ["costa rica"]),
    ("My cousin lives in Jordan now.", "en", ["Jordan"]),
    ("Spent Christmas in Turkey with family", "en", ["Turkey"]),
    ("We moved back to the US in 2010", "en", ["US"]),
    ("Friends in Papua New Guinea and Guinea-Bissau", "en", ["Papua New Guinea", "Guinea-Bissau"]),
    ("Parcel sent from LATVIA yesterday", "en", ["LATVIA"]),
    ("She was born in the Czech Republic", "en", ["Czech Republic"]),
    (
        "Ward 3 nurses are from Kenya, Nepal and the Philippines",
        "en",
        ["Kenya", "Nepal", "Philippines"],
    ),
    ("Elle est partie au Chili puis en Argentine.", "fr", ["Chili", "Argentine"]),
    ("Il habite en côte d'ivoire depuis mai", "fr", ["côte d'ivoire"]),
    ("Il vit à l'île Maurice", "fr", ["Maurice"]),
    ("Mes parents sont rentrés au Portugal", "fr", ["Portugal"]),
]

NEGATIVES = [
    ("Chad said he would come.", "en"),
    ("Turkey sandwich for lunch", "en"),
    ("PLEASE HELP US", "en"),
    ("the US scan was fine", "en"),
    ("she lives in New Jersey", "en"),
    ("we bought china plates at the fair", "en"),
    ("A card from Jordan and a hug", "en"),
    ("Georgia was my nurse today", "en"),
    ("My guinea pig is poorly", "en"),
    ("#France is trending", "en"),
    ("positive for Congo red stain", "en"),
    ("Merci à Maurice et Dominique pour leur aide", "fr"),
    ("Une tumeur bénigne, rien de grave", "fr"),
    ("La Réunion de service aura lieu lundi", "fr"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_countries(
    analyze_with: Analyze, text: str, language: str, expected: list[str]
) -> None:
    found = analyze_with(CountryRecognizer(language), text, language)
    assert [surface for kind, surface in found if kind == "COUNTRY"] == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_names_and_words(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(CountryRecognizer(language), text, language) == []


def test_name_list_is_normalised() -> None:
    names = country_names()
    assert normalize("Guinea-Bissau") in names
    assert normalize("Royaume-Uni") in names
    assert not any("," in name for name in names)  # inverted ISO forms left out


@pytest.mark.parametrize("language", ["en", "fr"])
def test_module_gives_one_recognizer_per_language(language: str) -> None:
    (recognizer,) = recognizers(language)
    assert recognizer.supported_language == language
    assert recognizer.supported_entities == ["COUNTRY"]
