"""Health terms: conditions, symptoms, medications and procedures, informal and clinical.

Everyday words that look like health terms ("a cold morning", "the stroke of midnight", "Ms",
the Parkinson family) are not reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import resources

import pytest
from presidio_analyzer import EntityRecognizer

from screener.entities import HEALTH_TYPES
from screener.recognizers.health_terms import (
    HealthTermRecognizer,
    load_vocabulary,
    recognizers,
)

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    # English, informal
    ("Started chemo last week and I feel sick all the time.", "en",
     [("PROCEDURE", "chemo"), ("SYMPTOM", "feel sick")]),
    ("Mum had a stroke on the bus.", "en", [("CONDITION", "stroke")]),
    ("My brother has MS and uses a stick now.", "en", [("CONDITION", "MS")]),
    ("Dad's Parkinson's is getting worse.", "en", [("CONDITION", "Parkinson's")]),
    ("She was diagnosed with Crohn’s disease at 19.", "en", [("CONDITION", "Crohn’s disease")]),
    ("Grandpa's alzheimers means he forgets us.", "en", [("CONDITION", "alzheimers")]),
    ("Recovering from my knee replacement, physio is brutal.", "en",
     [("PROCEDURE", "knee replacement"), ("PROCEDURE", "physio")]),
    ("Back home after my op, stitches out Friday.", "en",
     [("PROCEDURE", "op"), ("PROCEDURE", "stitches")]),
    ("Day 3 post-op and I still can't sleep.", "en",
     [("PROCEDURE", "op"), ("SYMPTOM", "can't sleep")]),
    ("Cant sleep again, third night.", "en", [("SYMPTOM", "Cant sleep")]),
    ("Got dizzy and passed out at work.", "en", [("SYMPTOM", "dizzy"), ("SYMPTOM", "passed out")]),
    ("Zoloft gave me weight gain and hair loss.", "en",
     [("MEDICATION", "Zoloft"), ("SYMPTOM", "weight gain"), ("SYMPTOM", "hair loss")]),
    ("Second round of IVF failed.", "en", [("PROCEDURE", "IVF")]),
    ("He's been on dialysis since March.", "en", [("PROCEDURE", "dialysis")]),
    ("Panic attacks every morning before work.", "en", [("SYMPTOM", "Panic attacks")]),
    ("My son is type 1 and needs insulin at school.", "en",
     [("CONDITION", "type 1"), ("MEDICATION", "insulin")]),
    ("I've caught a cold again.", "en", [("CONDITION", "cold")]),
    ("Her migraines are worse with the new tumour meds.", "en",
     [("CONDITION", "migraines"), ("CONDITION", "tumour"), ("MEDICATION", "meds")]),
    ("Loss of libido on sertraline, anyone else?", "en",
     [("SYMPTOM", "Loss of libido"), ("MEDICATION", "sertraline")]),
    ("Waiting for my MRI scan results.", "en", [("PROCEDURE", "MRI scan")]),
    ("Tired all the time since the heart attack.", "en",
     [("SYMPTOM", "Tired all the time"), ("CONDITION", "heart attack")]),
    # English, clinical
    ("History of chronic obstructive pulmonary disease and hypertension.", "en",
     [("CONDITION", "chronic obstructive pulmonary disease"), ("CONDITION", "hypertension")]),
    ("Treated with metformin 500 mg twice daily.", "en", [("MEDICATION", "metformin")]),
    ("Admitted for a laparoscopic cholecystectomy.", "en", [("PROCEDURE", "cholecystectomy")]),
    ("Presented with dyspnoea and haemoptysis.", "en",
     [("SYMPTOM", "dyspnoea"), ("SYMPTOM", "haemoptysis")]),
    # an abbreviation defined in the text, then used alone
    ("Living with chronic fatigue syndrome (CFS) is hard; CFS took my job.", "en",
     [("CONDITION", "chronic fatigue syndrome"), ("CONDITION", "CFS"), ("CONDITION", "CFS")]),
    # a word known only by its suffix
    ("Flare of costochondritis again.", "en", [("CONDITION", "costochondritis")]),
    # French
    ("Ma mère a fait un AVC la semaine dernière.", "fr", [("CONDITION", "AVC")]),
    ("J'ai des vertiges depuis la chimio.", "fr",
     [("SYMPTOM", "des vertiges"), ("PROCEDURE", "chimio")]),
    ("Il a eu un infarctus en mai.", "fr", [("CONDITION", "infarctus")]),
    ("Diabète de type 2 depuis dix ans.", "fr", [("CONDITION", "Diabète de type 2")]),
    ("Mon frère a une SEP.", "fr", [("CONDITION", "SEP")]),
    ("Elle sort de sa dépression, doucement.", "fr", [("CONDITION", "dépression")]),
    ("En attente d'une greffe de rein.", "fr", [("PROCEDURE", "greffe de rein")]),
    ("IRM demain matin, je stresse.", "fr", [("PROCEDURE", "IRM")]),
    ("Toujours des crises d'angoisse la nuit.", "fr", [("SYMPTOM", "crises d'angoisse")]),
    ("Je fais du diabete depuis l'enfance.", "fr", [("CONDITION", "diabete")]),
    ("Sous lévothyrox et paracétamol.", "fr",
     [("MEDICATION", "lévothyrox"), ("MEDICATION", "paracétamol")]),
    ("Hospitalisé pour une pneumonie.", "fr",
     [("PROCEDURE", "Hospitalisé"), ("CONDITION", "pneumonie")]),
]  # fmt: skip

NEGATIVES = [
    ("The Parkinson family moved in next door.", "en"),
    ("We ran a marathon for the ward on Sunday.", "en"),
    ("What a cold morning for the fun run!", "en"),
    ("The clock struck at the stroke of midnight.", "en"),
    ("Ms Taylor will chair the meeting.", "en"),
    ("Send the slides in MS Teams please.", "en"),
    ("Totally agree with OP here.", "en"),
    ("Thanks for the lovely flowers, see you at 7pm.", "en"),
    ("Our new cafe opens on Monday with free coffee.", "en"),
    ("Type 1 error rates were reported in the appendix.", "en"),
    ("Lost my keys, ect, ect.", "en"),
    ("A stroke of luck: the bus was on time.", "en"),
    ("She swims breast stroke every morning.", "en"),
    ("Afroditis Georgiou opened the new wing.", "en"),
    ("La réunion aura lieu en sep. au siège.", "fr"),
    ("Le greffe du tribunal ferme à midi.", "fr"),
    ("Merci à toute l'équipe pour cette belle journée !", "fr"),
    ("Une opération portes ouvertes samedi.", "fr"),
]


def _recognizer(language: str) -> HealthTermRecognizer:
    return HealthTermRecognizer(supported_language=language)


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_health_terms(
    analyze_with: Analyze, text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert analyze_with(_recognizer(language), text, language) == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_everyday_words(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(_recognizer(language), text, language) == []


def test_custom_vocabulary_is_matched_longest_first(analyze_with: Analyze) -> None:
    vocabulary = {"knee": "CONDITION", "knee replacement": "PROCEDURE"}
    recognizer = HealthTermRecognizer(supported_language="en", vocabulary=vocabulary)
    found = analyze_with(recognizer, "Knee replacement booked, knee still sore.", "en")
    assert found == [("PROCEDURE", "Knee replacement"), ("CONDITION", "knee")]


def test_module_exposes_one_recognizer_per_language() -> None:
    for language in ("en", "fr"):
        (recognizer,) = recognizers(language)
        assert recognizer.supported_language == language
        assert set(recognizer.supported_entities) == HEALTH_TYPES


# A vocabulary line: a lower-cased term without leading/trailing or double spaces, a tab, one
# of the health entity types.
_LINE = re.compile(r"^(?P<term>\S(?:[^\t\n]*\S)?)\t(?P<type>[A-Z]+)$")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_vocabulary_lines_are_well_formed(language: str) -> None:
    path = resources.files("screener.data").joinpath(f"health_{language}.tsv")
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.startswith("#")]
    terms = []
    for line in lines:
        match = _LINE.match(line)
        assert match, f"malformed line {line!r}"
        term, entity = match.group("term", "type")
        assert entity in HEALTH_TYPES, f"unknown type in {line!r}"
        assert term == term.lower() and "  " not in term, f"not normalised: {line!r}"
        terms.append(term)
    assert len(terms) == len(set(terms)), "duplicate terms"
    assert terms == sorted(terms), "not sorted"
    assert len(load_vocabulary(language)) == len(terms)
