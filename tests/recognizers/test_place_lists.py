"""LOCATION: a name listed with a known place after a place preposition; people stay people."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener import Screener
from screener.recognizers.place_lists import PlaceListRecognizer, recognizers

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    # the unknown town after or before a known one, with "and", "or", "et", "ou"
    ("We now run clinics in Fresno and Clovis for flu jabs.", "en", ["Clovis"]),
    ("New diabetes clinics in Clovis and Fresno.", "en", ["Clovis"]),
    ("Ateliers mémoire à Lyon et Clovis cette semaine.", "fr", ["Clovis"]),
    ("Les patients de Strabane ou Clovis, appelez-nous.", "fr", ["Clovis"]),
    ("Volunteers from Omagh, Strabane or Clovis this week", "en", ["Clovis"]),
    ("Drivers wanted between Fresno and Clovis 🚗", "en", ["Clovis"]),
    # a list before a plural noun of areas: every item is an area, known or not
    (
        "Gas cards for drivers from Letcher, Knott and Perry counties.",
        "en",
        ["Letcher", "Knott", "Perry"],
    ),
]

NEGATIVES = [
    ("Dr Lee and Maria in Leeds helped me so much after the stroke.", "en"),  # list first
    ("we saw Tom and Leeds lost again, my anxiety was through the roof", "en"),  # no preposition
    ("We met in Leeds and Tom was lovely to my mum.", "en"),  # a new clause
    ("My chemo was in Leeds and Tom's house is near the hospital.", "en"),  # a possessive
    ("I stayed in Leeds and Tom Baxter drove me to chemo.", "en"),  # a full name
    ("We stayed in Leeds and Tom and I went for scans", "en"),  # the list goes on with "I"
    ("Thanks to Leeds and Tom for the support.", "en"),  # "to" takes people
    ("Clinics in Leeds, Tom said, are closing.", "en"),  # a comma alone
    ("The unit in Leeds and Beyond: a new appeal.", "en"),  # an everyday word
    ("A grant from Leeds and Oxfam.", "en"),  # no name: nothing read as a person
    ("Greetings from Tom and Maria, two counties away", "en"),  # the noun is not the list's
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_reports_the_unknown_town_of_a_place_list(
    analyze_with: Analyze, text: str, language: str, expected: list[str]
) -> None:
    found = analyze_with(PlaceListRecognizer(language), text, language)
    assert [surface for kind, surface in found if kind == "LOCATION"] == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_leaves_people_and_clauses_alone(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(PlaceListRecognizer(language), text, language) == []


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        ("We now run clinics in Fresno and Clovis for flu jabs.", "Clovis", None),
        ("Ateliers mémoire à Lyon et Clovis cette semaine.", "Clovis", None),
        ("Dr Lee and Maria in Leeds helped me so much after the stroke.", "Leeds", "Maria"),
        ("We met in Leeds and Tom was lovely to my mum.", "Leeds", "Tom"),
        ("I grew up around Langley and still miss it", "Langley", None),  # BC, not a person
    ],
)
def test_the_place_wins_over_a_person_reading(
    screener: Screener, text: str, place: str, person: str | None
) -> None:
    found = [(f.entity_type, f.text) for f in screener.screen(text).findings]
    assert ("LOCATION", place) in found
    people = [surface for kind, surface in found if kind == "PERSON"]
    assert person in people if person is not None else people == []


def test_one_recognizer_per_language() -> None:
    (recognizer,) = recognizers("fr")
    assert isinstance(recognizer, PlaceListRecognizer)
