"""AGE: a person's age is found; counts, durations, group ranges, scores and years are not."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.age import AgeRecognizer, recognizers

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    ("Doreen Platt, 87, was moved to a side room last night.", "en", ["87"]),
    ("Our 91-year-old neighbour finally got her hip done.", "en", ["91-year-old"]),
    ("A seventy-two-year-old cyclist was hurt.", "en", ["seventy-two-year-old"]),
    ("He was aged 58 when the tremor started.", "en", ["aged 58"]),
    ("Patient is 63 years old and diabetic.", "en", ["63 years old"]),
    ("Age: 47. Allergies: none.", "en", ["Age: 47"]),
    ("Diagnosed at the age of 12 with asthma.", "en", ["age of 12"]),
    ("my grandad (96) still walks daily", "en", ["(96)"]),
    ("Celebrating her 105th birthday on the ward today!", "en", ["105th birthday"]),
    ("Dad turned 70 last month and then had a fall.", "en", ["70"]),
    ("She's 83 and lives alone.", "en", ["83"]),
    ("33yo, two kids, just found a lump.", "en", ["33yo"]),
    ("Symptoms began at 9 months of age.", "en", ["9 months of age"]),
    ("A centenarian from our village had her jab.", "en", ["centenarian"]),
    ("Grandma, in her early nineties, broke her wrist.", "en", ["nineties"]),
    ("Jacqueline Morel, 81 ans, a été opérée mardi.", "fr", ["81 ans"]),
    ("Mon oncle, âgé de 66 ans, attend une greffe.", "fr", ["âgé de 66 ans"]),
    ("Elle a 9 ans et elle est diabétique.", "fr", ["9 ans"]),
    ("Une patiente de 52 ans a été transférée.", "fr", ["52 ans"]),
    ("Papi fête ses 90 ans à la maison de retraite.", "fr", ["90 ans"]),
    ("Il est décédé à 77 ans d'un cancer.", "fr", ["77 ans"]),
    ("Diagnostiqué à l'âge de 40 ans.", "fr", ["l'âge de 40 ans"]),
    ("Ma voisine (88 ans) est tombée.", "fr", ["(88 ans)"]),
    ("Un octogénaire a été retrouvé.", "fr", ["octogénaire"]),
    ("Our dad, 79, is waiting for his results", "en", ["79"]),
    ("my daughter is nine and has eczema", "en", ["nine"]),
    ("our gran in Whitby is 101 and still sharp", "en", ["101"]),
    ("She was diagnosed with lupus at 34, just after her wedding", "en", ["34"]),
    ("At sixty-one, Keith ran his first marathon", "en", ["sixty-one"]),
    ("happy 40th to my wonderful wife", "en", ["40th"]),
    ("Une cycliste de 23 ans a été hospitalisée", "fr", ["23 ans"]),
    ("Ma mère de quatre-vingt-deux ans vit seule", "fr", ["quatre-vingt-deux ans"]),
    ("Louis, 70 ans et deux stents, va bien", "fr", ["70 ans"]),
]

NEGATIVES = [
    ("Our support group turns 5 this week!", "en"),  # an anniversary
    ("The clinic opens at 9, doors at 8.45", "en"),  # times
    ("Le contrat est signé pour une durée de 3 ans", "fr"),  # a duration
    ("happy 10th anniversary to the team", "en"),  # not "happy Nth to"
    ("The new unit has 36 beds and 12 side rooms.", "en"),
    ("We delivered 5,130 babies in the past year.", "en"),
    ("Five years of remission and counting!", "en"),
    ("Results come back within 72 hours.", "en"),
    ("Free flu jabs for the over-65s this week.", "en"),
    ("Adults aged 40 and over can book a health check.", "en"),
    ("Children aged 5 to 11 are invited for vaccination.", "en"),
    ("Under 16s must come with a parent.", "en"),
    ("She scored 27 out of 30 on the memory test.", "en"),
    ("In 2019, 84 staff joined the trust.", "en"),
    ("Since March, 45 were discharged early.", "en"),
    ("The hospice turned 40 this year.", "en"),
    ("I'm 4 weeks post-op and feeling better.", "en"),
    ("Celebrating the NHS's 76th birthday with cake.", "en"),
    ("Table (2) lists the dosing options.", "en"),
    ("The average age 61 hides a wide spread.", "en"),
    ("Risk is higher in women < 50 years of age.", "en"),
    ("Most patients were >= 65 years old.", "en"),
    ("Je suis diabétique depuis 12 ans.", "fr"),
    ("Il y a 20 ans, j'ai eu une leucémie.", "fr"),
    ("Après 6 ans de rémission, la maladie est revenue.", "fr"),
    ("Les plus de 70 ans sont prioritaires.", "fr"),
    ("Vaccination des personnes âgées de 65 ans et plus.", "fr"),
    ("Les enfants de 6 à 11 ans peuvent venir.", "fr"),
    ("À partir de l'âge de 50 ans, le dépistage est gratuit.", "fr"),
    ("Le service compte 48 lits.", "fr"),
    ("Elle a 15 ans d'expérience en pédiatrie.", "fr"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_ages(analyze_with: Analyze, text: str, language: str, expected: list[str]) -> None:
    found = analyze_with(AgeRecognizer(language), text, language)
    assert [surface for kind, surface in found if kind == "AGE"] == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_counts_durations_and_groups(
    analyze_with: Analyze, text: str, language: str
) -> None:
    assert analyze_with(AgeRecognizer(language), text, language) == []


def test_refuses_impossible_ages() -> None:
    recognizer = AgeRecognizer()
    assert recognizer.invalidate_result("180")
    assert recognizer.invalidate_result("0")
    assert not recognizer.invalidate_result("aged 104")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_module_gives_one_recognizer_per_language(language: str) -> None:
    (recognizer,) = recognizers(language)
    assert recognizer.supported_language == language
    assert recognizer.supported_entities == ["AGE"]
