"""DATE: a bare weekday is the day of one event; schedules, habits, greetings and names are not."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.date import DateMentionRecognizer

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    # No event cue needed: the weekday names the day something happens or happened.
    ("Could whoever borrowed the wheelchair on Wednesday return it?", "en", ["Wednesday"]),
    ("Saw you at the café Thursday and you looked shattered.", "en", ["Thursday"]),
    ("We pick her up from respite Saturday morning.", "en", ["Saturday"]),
    ("Our bake sale raised £300 on Monday, thank you all!", "en", ["Monday"]),
    ("Dad's ninetieth is on Friday and he's barely eating.", "en", ["Friday"]),
    ("See you Tuesday x", "en", ["Tuesday"]),
    ("Last Sunday she didn't recognise any of us.", "en", ["Sunday"]),
    ("This Friday the clinic is open late for jabs.", "en", ["Friday"]),
    ("CLOSED Thursday for staff training.", "en", ["Thursday"]),
    ("On the Tuesday she stopped eating altogether.", "en", ["Tuesday"]),
    ("Tonight's quiz moved to Wednesday's session instead.", "en", ["Wednesday"]),
    ("Le colis sera livré vendredi à votre domicile.", "fr", ["vendredi"]),
    ("On se retrouve lundi devant la salle des fêtes.", "fr", ["lundi"]),
    ("Votre commande est prête, elle vous attend jusqu'à mardi.", "fr", ["mardi"]),
    ("Ce samedi, la pharmacie de garde est celle du port.", "fr", ["samedi"]),
    ("Je suis passé au cabinet de Vannes mercredi pour un bilan.", "fr", ["mercredi"]),
    ("Depuis dimanche, il ne mange plus rien.", "fr", ["dimanche"]),
    ("Elle a vomi samedi et dimanche, on consulte demain.", "fr", ["samedi", "dimanche"]),
    ("À vendredi pour la prochaine balade !", "fr", ["vendredi"]),
    # Inside a longer date, a named day or next to an event cue: one span, the longer one.
    ("Physio booked for Monday 7 July at the Royal.", "en", ["Monday 7 July"]),
    ("Mum fell on Easter Monday and broke her hip.", "en", ["Easter Monday"]),
    ("Grandpa was admitted on Thursday with sepsis.", "en", ["Thursday"]),
]

NEGATIVES = [
    # Ranges of weekdays: opening hours and rotas.
    ("Phone lines are staffed Tuesday to Thursday, 10am-4pm.", "en"),
    ("The walk-in service runs Monday-Saturday from 8am.", "en"),
    ("Accueil téléphonique du mardi au samedi, de 9h à 12h.", "fr"),
    ("Le cabinet reçoit de lundi à jeudi sur rendez-vous.", "fr"),
    # Recurring or unspecified days.
    ("The choir meets every other Wednesday at the hospice.", "en"),
    ("Drop-in sessions run every first Monday at the library.", "en"),
    ("Things always go wrong on a Friday, don't they.", "en"),
    ("Our carers' coffee mornings are Tuesday afternoons now.", "en"),
    ("Un mercredi sur deux, il a sa séance de kiné.", "fr"),
    ("Dialysis is each Monday, Wednesday and Friday for now.", "en"),
    ("Le kiné passe le mardi et vendredi à domicile.", "fr"),
    ("Les bénévoles de l'atelier du jeudi vous saluent.", "fr"),
    # a day of each month
    ("Permanence chaque 3e mardi à la maison des associations.", "fr"),
    ("Le café des aidants a lieu le dernier vendredi du mois à Namur.", "fr"),
    ("The stoma group meets on the second Tuesday of the month in Ayr.", "en"),
    # A weekday naming a recurring thing: a determiner before, a noun after.
    ("Ask at the Friday clinic if you need a repeat.", "en"),
    ("She runs our Monday evening walking group.", "en"),
    ("Nothing beats a Sunday roast after a week on the ward.", "en"),
    # Opening hours.
    ("The dispensary is open Sunday from 10 till 4.", "en"),
    ("Le laboratoire est ouvert samedi de 8h à midi.", "fr"),
    # Greetings and names.
    ("Happy Friday from all of us on the renal unit!", "en"),
    ("Bon lundi à toutes et à tous !", "fr"),
    ("Motivation Monday: take the stairs today.", "en"),
    ("Cyber Monday offers on glucose monitors end tonight.", "en"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_weekdays_of_one_event(
    analyze_with: Analyze, text: str, language: str, expected: list[str]
) -> None:
    found = analyze_with(DateMentionRecognizer(language), text, language)
    assert [surface for kind, surface in found if kind == "DATE"] == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_weekdays_in_schedules(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(DateMentionRecognizer(language), text, language) == []
