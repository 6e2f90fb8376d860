"""spaCy's people, places and dates, with the noise taken out."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.ner_entities import NerEntityRecognizer

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    ("Congratulations to Margaret Ellis on her retirement", "en", ("PERSON", "Margaret Ellis")),
    ("She moved to Leeds last spring", "en", ("LOCATION", "Leeds")),
    ("Our volunteers flew to Kenya", "en", ("COUNTRY", "Kenya")),
    ("He was born on 3 March 1941", "en", ("DATE", "3 March 1941")),
    ("Bravo à Jeanne Martin pour son courage", "fr", ("PERSON", "Jeanne Martin")),
    ("Elle habite à Nantes depuis peu", "fr", ("LOCATION", "Nantes")),
    ("Dépistage gratuit samedi, place du Ralliement à Angers.", "fr", ("LOCATION", "Ralliement")),
]
NEGATIVES = [
    ("Join us tomorrow for the open day", "en", "DATE"),  # relative time
    ("Thanks to everyone who ran for #TeamHarriet", "en", "PERSON"),  # a hashtag is a topic
    ("My mum is doing well", "en", "PERSON"),  # a kinship word names no one
    ("Bienvenue aux nouveaux internes !", "fr", "PERSON"),  # a sentence opener
    ("Prenez soin de vous cet été", "fr", "PERSON"),
    ("Semaine de la vaccination 💉 Êtes-vous à jour de vos vaccins ?", "fr", "PERSON"),
    ("Canicule : buvez de l'eau régulièrement", "fr", "LOCATION"),
    ("Numéro utile : SEP Info Service, gratuit", "fr", "PERSON"),  # everyday words, no name
    ("🎀 Octobre Rose : parlez-en autour de vous", "fr", "PERSON"),  # a month-led campaign
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_reports(
    analyze_with: Analyze, text: str, language: str, expected: tuple[str, str]
) -> None:
    assert expected in analyze_with(NerEntityRecognizer(language), text, language)


@pytest.mark.parametrize(("text", "language", "entity_type"), NEGATIVES)
def test_drops_noise(analyze_with: Analyze, text: str, language: str, entity_type: str) -> None:
    found = analyze_with(NerEntityRecognizer(language), text, language)
    assert all(kind != entity_type for kind, _ in found), found
