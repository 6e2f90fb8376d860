"""LOCATION: streets named without a house number; not idioms, events or full addresses."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.street_name import StreetNameRecognizer, recognizers

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    ("We live just off Ladybarn Lane and my MS is worse", "en", ["Ladybarn Lane"]),
    # North American roads, a compass initial first
    ("the Vet Center on W. Kellam Ridge Loop does walk-ins", "en", ["W. Kellam Ridge Loop"]),
    ("the clinic off Blue Heron Parkway is closed", "en", ["Blue Heron Parkway"]),
    ("le vaccin au Jean Coutu (boul. Talbot) le samedi", "fr", ["boul. Talbot"]),  # Québec
    ("The Cedar Road entrance is closed on Monday", "en", ["Cedar Road"]),
    ("She was found near St Anne's Road after her fall", "en", ["St Anne's Road"]),
    ("Meet at the corner of Harley Street", "en", ["Harley Street"]),
    ("my nan lives on Primrose Hill Crescent now", "en", ["Primrose Hill Crescent"]),
    ("j'habite rue des Lilas, juste à côté", "fr", ["rue des Lilas"]),
    ("Rendez-vous place de la République samedi", "fr", ["place de la République"]),
    ("il vit avenue Jean Jaurès depuis son AVC", "fr", ["avenue Jean Jaurès"]),
    # after a comma that follows a date, not a house number
    ("Dépistage le samedi 4 mai, place du Marché à Vannes", "fr", ["place du Marché à Vannes"]),
    # an address written on one line: a street between commas, a town after the second
    ("Mass at St Patrick's Church, Main Street, Castlederg for survivors", "en", ["Main Street"]),
    ("Kerrigan's Pharmacy, Main Street, Omagh has the flu jab in", "en", ["Main Street"]),
    ("Carers' coffee at the Old Mill, High Street, Thame on Friday", "en", ["High Street"]),
    ("Drop-in: Brambles Hall, Lower Cedar Grove, Ballygawley", "en", ["Lower Cedar Grove"]),
    ("Our new clinic is Unit 4, Foundry Lane, Bath from May", "en", ["Foundry Lane"]),  # a town
    ("Rowan House,\nStation Road,\nKendal", "en", ["Station Road"]),  # that is also a word
]

NEGATIVES = [
    ("I'm stuck in a Feedback Loop with my GP", "en"),  # no place word before it
    ("Thanks to Jo Pike for the cakes", "en"),
    ("A trip down Memory Lane for our residents", "en"),
    ("Join the Big Walk on Saturday", "en"),
    ("There is no easy road to recovery", "en"),
    ("Living in The Close is lovely", "en"),
    ("il reste une place de libre", "fr"),
    ("Our Road to Recovery appeal", "en"),
    # commas around a street-shaped name on no address line
    ("Yes, Easy Street, Really nice for a retirement", "en"),  # an idiom
    ("Yes, Harley Street, Really? Who pays for that", "en"),  # an everyday word after it
    ("No, Baker Street, Sadly, was too far for my mum", "en"),
    ("We love Neighbours, Coronation Street, Emmerdale and Hollyoaks", "en"),  # a list
    ("She lives on the corner, Main Street is busy", "en"),  # no second comma
    ("After the scan, Park Road, then home", "en"),  # lower case after the comma
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_streets(
    analyze_with: Analyze, text: str, language: str, expected: list[str]
) -> None:
    found = analyze_with(StreetNameRecognizer(language), text, language)
    assert [surface for kind, surface in found if kind == "LOCATION"] == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_idioms_and_events(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(StreetNameRecognizer(language), text, language) == []


def test_a_numbered_street_is_left_to_the_address_recognizer(analyze_with: Analyze) -> None:
    assert analyze_with(StreetNameRecognizer("fr"), "au 12 rue des Lilas", "fr") == []


def test_one_recognizer_per_language() -> None:
    (recognizer,) = recognizers("en")
    assert isinstance(recognizer, StreetNameRecognizer)
