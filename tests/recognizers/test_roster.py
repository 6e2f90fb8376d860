"""PERSON: the names a group's roster lists."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.roster import RosterRecognizer

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    ("Be kind, no selling. Admins: Wiremu, Mele & Tavita.", "en", ["Wiremu", "Mele", "Tavita"]),
    ("Mods: Bronwen and Huw", "en", ["Bronwen", "Huw"]),
    ("Modératrices : Chantal et Nadège", "fr", ["Chantal", "Nadège"]),
    ("Merci 🌻\nYasmine & Bilel, admins", "fr", ["Yasmine", "Bilel"]),  # the role after the list
    ("Mods: Dee R. + Kofi", "en", ["Dee R.", "Kofi"]),  # an initial after a name
    ("Co-admin : Lulu", "fr", ["Lulu"]),
    # a title or a kin word opening a name
    ("Mods: Auntie Grace, Pa Okwera & Ruth", "en", ["Auntie Grace", "Pa Okwera", "Ruth"]),
]
NEGATIVES = [
    ("Admins: All posts about meds need approval", "en"),  # an everyday word
    ("Mods: Please read the pinned post", "en"),
    ("↳ Admin: Good question! See the pinned post", "en"),  # a reply, words going on
    ("Our admins are Ceri and Tom", "en"),  # no colon: person_cues and spaCy read it
    ("Modern: the new clinic opens", "en"),  # no role word
    ("Organisation: Leeds, Bradford and Wakefield", "en"),  # not a roster's role
    ("Organisers: Sue Ryder & Macmillan", "en"),  # charities may organise
    ("Admins: Merry Christmas", "en"),  # a greeting
    ("Mods: Parkinson's", "en"),  # a possessive
    ("Modératrices : Infirmières Asalée", "fr"),  # an everyday word first
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_the_names_of_a_roster(
    analyze_with: Analyze, text: str, language: str, expected: list[str]
) -> None:
    found = analyze_with(RosterRecognizer(language), text, language)
    assert found == [("PERSON", name) for name in expected]


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_what_is_no_roster(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(RosterRecognizer(language), text, language) == []
