"""AGE: ages in words (EN and FR), ages of an event, names with an aside; their look-alikes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.age import AgeRecognizer

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    # French numbers in words, 1-120, hyphenated or spaced, in every "ans" shape.
    ("Mon grand-père a soixante-dix-neuf ans et une BPCO.", "fr", ["soixante-dix-neuf ans"]),
    ("Ma tante fêtera ses quatre-vingts ans à l'EHPAD.", "fr", ["quatre-vingts ans"]),
    ("Pour ses quatre-vingt-onze ans, on lui a fait un gâteau.", "fr", ["quatre-vingt-onze ans"]),
    ("Il avait vingt et un ans lors de sa première crise.", "fr", ["vingt et un ans"]),
    ("Elle a vingt-et-un ans et vit avec une mucoviscidose.", "fr", ["vingt-et-un ans"]),
    ("Notre doyenne a cent ans ce matin !", "fr", ["cent ans"]),
    ("Il s'est éteint à cent deux ans, sans souffrir.", "fr", ["cent deux ans"]),
    ("Mon père est parti à quatre vingt dix ans.", "fr", ["quatre vingt dix ans"]),
    ("Une voisine âgée de soixante et onze ans a chuté.", "fr", ["âgée de soixante et onze ans"]),
    ("Ma marraine a nonante-trois ans et toute sa tête.", "fr", ["nonante-trois ans"]),
    ("Un randonneur de trente-huit ans a été secouru.", "fr", ["trente-huit ans"]),
    ("On lui a posé un pacemaker à l'âge de soixante ans.", "fr", ["l'âge de soixante ans"]),
    ("Notre petite dernière a un an et déjà trois otites.", "fr", ["un an"]),
    ("Opéré du cœur à quarante-sept ans, il court encore.", "fr", ["quarante-sept ans"]),
    # English numbers in words.
    ("A ninety-seven-year-old lady was admitted overnight.", "en", ["ninety-seven-year-old"]),
    ("Our oldest resident is a hundred and three.", "en", ["a hundred and three"]),
    ("My grandad is one hundred and still gardens", "en", ["one hundred"]),
    ("Auntie Joan turned eighty-six on the ward yesterday.", "en", ["eighty-six"]),
    ("Great-gran turns one hundred and one next week!", "en", ["one hundred and one"]),
    ("My little one turned two and the eczema flared.", "en", ["two"]),
    ("I'm nineteen and my joints ache every morning.", "en", ["nineteen"]),
    ("He was seventy-two when the tremor began.", "en", ["seventy-two"]),
    ("a hundred-and-two-year-old veteran got his booster", "en", ["a hundred-and-two-year-old"]),
    # The age of a health event, the event named by a gerund and the clause's verb after.
    ("Going through menopause at 44 was brutal for me.", "en", ["44"]),
    ("Being diagnosed at 23 changed how I saw everything.", "en", ["23"]),
    ("Having my first seizure at 37 meant losing my licence.", "en", ["37"]),
    ("Losing my sight at 61 was the hardest part.", "en", ["61"]),
    # A name, then a place or a role in brackets, then the age.
    ("M. Lefort (Annecy), 84 ans, a quitté la réanimation.", "fr", ["84 ans"]),
    ("Mme Petit (bénévole), soixante-cinq ans, a été opérée.", "fr", ["soixante-cinq ans"]),
    ("Doris Kemp (Whitby), 91, has had her cataracts done.", "en", ["91"]),
    # A relative, a name typed in lower case, the age in brackets.
    ("my son oscar (6) has his grommets out tomorrow", "en", ["(6)"]),
    ("our daughter maisie (11) was diagnosed with scoliosis", "en", ["(11)"]),
]

NEGATIVES = [
    # Ranges, durations, time left and study time points are not ages.
    ("Comptez trois à quatre mois d'attente pour un rendez-vous.", "fr"),
    ("Le délai varie de 6 mois à 2 ans selon les centres.", "fr"),
    ("Les enfants de deux à cinq ans sont vaccinés en priorité.", "fr"),
    ("Elle a vingt ans d'ancienneté dans le service.", "fr"),
    ("Il y a quatre-vingts ans, l'hôpital ouvrait ses portes.", "fr"),
    ("On a deux mois pour envoyer le dossier à la MDPH.", "fr"),
    ("Ça a trois ans, ce fauteuil roulant, il faut le changer.", "fr"),
    ("La survie à cinq ans dépasse désormais 80 %.", "fr"),
    ("Un bilan de contrôle à 1 an est prévu après la greffe.", "fr"),
    ("Le risque de rechute à deux ans reste faible.", "fr"),
    ("Depuis quarante ans, la clinique soigne la région.", "fr"),
    # English: a bare small number in words, a distance, an angle, a dose.
    ("I'm one of those people who never gets ill.", "en"),
    ("I'm ten minutes from the hospital, hold on.", "en"),
    ("The bed turned ninety degrees on its own.", "en"),
    ("Starting citalopram at 20mg made me dizzy.", "en"),
    ("Taking the dose at 40 mg was too much for me.", "en"),
    # A bracketed aside after a place or a heading is not a name.
    ("In Leeds (West Yorkshire), 84 were admitted with flu.", "en"),
    ("Since March (last year), 40 have been discharged.", "en"),
    ("my wardrobe list (3) is getting long", "en"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_ages_in_words_and_events(
    analyze_with: Analyze, text: str, language: str, expected: list[str]
) -> None:
    found = analyze_with(AgeRecognizer(language), text, language)
    assert [surface for kind, surface in found if kind == "AGE"] == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_ranges_durations_and_doses(
    analyze_with: Analyze, text: str, language: str
) -> None:
    assert analyze_with(AgeRecognizer(language), text, language) == []
