"""DATE: explicit dates and event-tied periods are found; generic and relative times are not."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.date import (
    DateMentionRecognizer,
    has_event_cue,
    is_generic_time,
    recognizers,
)

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    ("Date of birth 7/14/1951, NHS number to follow.", "en", ["7/14/1951"]),
    ("Admitted 02/11/2022 with chest pain.", "en", ["02/11/2022"]),
    ("Discharged 14.08.2023 to her daughter's.", "en", ["14.08.2023"]),
    ("Log: 2021-06-30 08:15 obs taken.", "en", ["2021-06-30 08:15"]),
    ("Her op is booked for 4 February 2025.", "en", ["4 February 2025"]),
    ("Nan was born on the 2nd of June 1938.", "en", ["2nd of June 1938"]),
    ("He passed away on November 3rd.", "en", ["November 3rd"]),
    ("Scan on Tuesday the 9th, fingers crossed.", "en", ["Tuesday the 9th"]),
    ("Grandad died on Sunday after a short illness.", "en", ["Sunday"]),
    ("On Friday, my sister was rushed to A&E.", "en", ["Friday"]),
    ("She was diagnosed in October 2020.", "en", ["October 2020"]),
    ("Our dad, born in 1929, loved the garden.", "en", ["1929"]),
    ("Ma grand-mère est décédée le 12 janvier 2024.", "fr", ["12 janvier 2024"]),
    ("Opération prévue le 1er avril.", "fr", ["1er avril"]),
    ("Rendez-vous vendredi 6 septembre à l'hôpital.", "fr", ["vendredi 6 septembre"]),
    ("Il a été hospitalisé jeudi dernier.", "fr", ["jeudi"]),
    ("Née en 1941, elle a élevé six enfants.", "fr", ["1941"]),
    ("Sortie le 03/05/2022 après une semaine.", "fr", ["03/05/2022"]),
]

NEGATIVES = [
    ("We are open on Saturday from 9 till 12.", "en"),
    ("Clinics run every Monday and Thursday.", "en"),
    ("In 2024 we opened two new theatres.", "en"),
    ("In June 2023 the charity raised a record amount.", "en"),
    ("Python 3.11.4 is installed on 10.0.0.12.", "en"),
    ("BP 135/85 and pulse 72 this morning.", "en"),
    ("She scored 8/10 for pain, then 4/10.", "en"),
    ("You may 2 or 3 times a day take it.", "en"),
    ("We march 5 miles for the hospice each year.", "en"),
    ("Visiting hours are on Saturdays only.", "en"),
    ("Le samedi, les visites sont libres.", "fr"),
    ("Tous les lundis à 14h, atelier mémoire.", "fr"),
    ("En 2022, le service a accueilli 3 000 patients.", "fr"),
    ("Version 2.3.12 de l'application.", "fr"),
    ("Nous sommes ouverts samedi matin.", "fr"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_dates(analyze_with: Analyze, text: str, language: str, expected: list[str]) -> None:
    found = analyze_with(DateMentionRecognizer(language), text, language)
    assert [surface for kind, surface in found if kind == "DATE"] == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_generic_times_and_numbers(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(DateMentionRecognizer(language), text, language) == []


@pytest.mark.parametrize(
    ("span", "language"),
    [
        ("today", "en"),
        ("tomorrow morning", "en"),
        ("tonight", "en"),
        ("this morning", "en"),
        ("7pm", "en"),
        ("half past six", "en"),
        ("48 hours", "en"),
        ("the past three weeks", "en"),
        ("last year", "en"),
        ("every Monday", "en"),
        ("the 1990s", "en"),
        ("this week", "en"),
        ("2023", "en"),
        ("in 2023", "en"),
        ("Christmas", "en"),
        ("two days later", "en"),
        ("Saturday", "en"),
        ("August 2019", "en"),
        ("aujourd'hui", "fr"),
        ("demain", "fr"),
        ("la semaine dernière", "fr"),
        ("ce matin", "fr"),
        ("depuis 3 ans", "fr"),
        ("tous les jours", "fr"),
        ("les années 80", "fr"),
        ("20h30", "fr"),
        ("en 2021", "fr"),
    ],
)
def test_generic_times(span: str, language: str) -> None:
    assert is_generic_time(span, language)


@pytest.mark.parametrize(
    ("span", "language"),
    [
        ("9 May 2020", "en"),
        ("May 9th", "en"),
        ("the 21st of March", "en"),
        ("11/30/1948", "en"),
        ("1987-05-16", "en"),
        ("Wednesday the 4th", "en"),
        ("le 14 juillet 2019", "fr"),
        ("2 décembre", "fr"),
        ("15/02/1950", "fr"),
    ],
)
def test_day_level_dates_are_not_generic(span: str, language: str) -> None:
    assert not is_generic_time(span, language)


@pytest.mark.parametrize(
    ("span", "language", "before", "after", "generic"),
    [
        ("1932", "en", "Mum was born in ", "", False),
        ("1932", "en", "The ward was built in ", "", True),
        ("2018", "en", "She was admitted in ", "", True),  # a year needs a birth/death cue
        ("Saturday", "en", "Dad collapsed on ", "", False),
        ("Saturday", "en", "", ", my aunt was admitted", False),
        ("Saturday", "en", "The shop is open on ", "", True),
        ("March 2021", "en", "She was diagnosed in ", "", False),
        ("March 2021", "en", "Diagnosed long ago. In ", " we moved house", True),
        ("1950", "fr", "Il est né en ", "", False),
        ("samedi", "fr", "Elle a été opérée ", "", False),
    ],
)
def test_periods_depend_on_an_event_cue(
    span: str, language: str, before: str, after: str, generic: bool
) -> None:
    assert is_generic_time(span, language, before=before, after=after) is generic


def test_event_cue_stays_in_its_sentence() -> None:
    assert has_event_cue("She died in hospital on ")
    assert not has_event_cue("She died in hospital. We reopen on ")
    assert not has_event_cue("The method we use is ready on ")  # "met" is a word start only


@pytest.mark.parametrize("language", ["en", "fr"])
def test_module_gives_one_recognizer_per_language(language: str) -> None:
    (recognizer,) = recognizers(language)
    assert recognizer.supported_language == language
    assert recognizer.supported_entities == ["DATE"]
