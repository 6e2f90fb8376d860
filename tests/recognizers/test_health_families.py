"""Health terms: families of informal forms, patients' abbreviations and everyday senses.

Informal symptoms ("weeing constantly", "you looked really rough", "il ne mange plus rien"),
abbreviations patients write ("endo", "PoTS", "RRMS", "DT1") and procedures named in passing
("her jabs", "gave blood", "sous ventilation") are reported; the same words in everyday senses
("budget cuts", "fell asleep", "our physios", "the surgery is closed", "Amelia (7)") are not.
The sentences are written for these tests, not taken from any evaluation set.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.health_shapes import is_abbreviation
from screener.recognizers.health_terms import HealthTermRecognizer

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    # informal symptoms
    ("You look really rough today, did the chemo knock you out?", "en",
     [("SYMPTOM", "You look really rough"), ("PROCEDURE", "chemo")]),
    ("He keeps peeing constantly at night.", "en", [("SYMPTOM", "peeing constantly")]),
    ("She bled heavily after the birth.", "en", [("SYMPTOM", "bled heavily")]),
    ("My dad collapsed in the garden yesterday.", "en", [("SYMPTOM", "dad collapsed")]),
    ("Grandma fell on the stairs last week.", "en", [("CONDITION", "Grandma fell")]),
    ("Two hypos overnight, sugar went to 2.9.", "en", [("SYMPTOM", "hypos")]),
    ("He has started wandering at night.", "en", [("SYMPTOM", "wandering at night")]),
    ("A tinny taste in my mouth since the chemo.", "en",
     [("SYMPTOM", "tinny taste"), ("PROCEDURE", "chemo")]),
    ("Since the stroke she's been flagging by lunchtime.", "en",
     [("CONDITION", "stroke"), ("SYMPTOM", "been flagging")]),
    ("Metformin gave me the runs for a week.", "en",
     [("MEDICATION", "Metformin"), ("SYMPTOM", "the runs")]),
    # patients' abbreviations, kept by their guards
    ("Had my endo surgery at last.", "en", [("CONDITION", "endo"), ("PROCEDURE", "surgery")]),
    ("Got diagnosed with PoTS in the spring.", "en", [("CONDITION", "PoTS")]),
    ("My lap showed deep endometriosis on the bowel.", "en",
     [("PROCEDURE", "lap"), ("CONDITION", "endometriosis")]),
    ("Newly dx with CIDP, any tips?", "en", [("CONDITION", "dx with CIDP")]),
    ("Anyone else's long covid PEM worse in the heat?", "en",
     [("CONDITION", "long covid"), ("SYMPTOM", "PEM")]),
    ("I've had ME for years and fibro too.", "en", [("CONDITION", "ME"), ("CONDITION", "fibro")]),
    ("Worried about his bone mets.", "en", [("CONDITION", "bone mets")]),
    ("Cuts and grazes seen at the walk-in centre.", "en", [("CONDITION", "Cuts")]),
    # procedures and treatments named in passing
    ("Her brother was sectioned under the Mental Health Act.", "en",
     [("PROCEDURE", "sectioned")]),
    ("Booked in for his scope next week.", "en", [("PROCEDURE", "his scope")]),
    ("She still does her jabs herself.", "en", [("PROCEDURE", "her jabs")]),
    ("Went to give blood on Saturday.", "en", [("PROCEDURE", "give blood")]),
    ("The stroke team gave him thrombolysis.", "en",
     [("CONDITION", "stroke"), ("PROCEDURE", "thrombolysis")]),
    ("Baby is on a little oxygen overnight.", "en", [("MEDICATION", "on a little oxygen")]),
    ("She's on DMTs for her relapsing MS.", "en", [("MEDICATION", "DMTs"), ("CONDITION", "MS")]),
    ("Addicted to painkillers after the accident.", "en",
     [("CONDITION", "Addicted to painkillers")]),
    ("Clinic for falls prevention every Monday.", "en", [("CONDITION", "falls prevention")]),
    ("Born at 29 weeks gestation and doing well.", "en", [("CONDITION", "Born at 29 weeks")]),
    # everyday senses beside a real finding: only the finding is reported
    ("Since the chemo I can't stand the smell of coffee.", "en", [("PROCEDURE", "chemo")]),
    ("Nervous before her colonoscopy tomorrow.", "en", [("PROCEDURE", "colonoscopy")]),
    ("Rain makes the whole day feel grim after chemo.", "en", [("PROCEDURE", "chemo")]),
    ("She died after a long illness with motor neurone disease.", "en",
     [("CONDITION", "motor neurone disease")]),
    ("After the op I could cry with relief.", "en", [("PROCEDURE", "op")]),
    # French
    ("Depuis sa chute il ne marche plus.", "fr",
     [("CONDITION", "Depuis sa chute"), ("SYMPTOM", "ne marche plus")]),
    ("Elle ne sentait plus son bras gauche.", "fr", [("SYMPTOM", "ne sentait plus son bras")]),
    ("Sous chimio, il ne garde rien.", "fr",
     [("PROCEDURE", "chimio"), ("SYMPTOM", "ne garde rien")]),
    ("Mon fils est né à 30 SA.", "fr", [("CONDITION", "à 30 SA")]),
    ("Elle avait 25 semaines d'aménorrhée.", "fr", [("CONDITION", "25 semaines d'aménorrhée")]),
    ("Accro à l'héroïne depuis des années.", "fr", [("CONDITION", "Accro à l'héroïne")]),
    ("Diagnostiquée RCH l'an dernier.", "fr", [("CONDITION", "Diagnostiquée RCH")]),
    ("Il est sous ventilation en réa.", "fr", [("PROCEDURE", "sous ventilation")]),
    ("Elle est malvoyante depuis l'enfance.", "fr", [("CONDITION", "malvoyante")]),
    ("Je viens de commencer Ocrevus.", "fr", [("MEDICATION", "Ocrevus")]),
    ("On lui a fait un massage cardiaque.", "fr", [("PROCEDURE", "massage cardiaque")]),
    ("Angioscanner prévu demain.", "fr", [("PROCEDURE", "Angioscanner")]),
    ("Les perfusions de fer l'aident.", "fr", [("PROCEDURE", "perfusions")]),
    ("Elle prend un anticoagulant.", "fr", [("MEDICATION", "anticoagulant")]),
    ("Hospitalisé pour une pneumonie.", "fr", [("CONDITION", "pneumonie")]),
]  # fmt: skip

NEGATIVES = [
    ("The bank collapsed in 2008.", "en"),
    ("The tent collapsed in the wind.", "en"),
    ("She fell asleep on the sofa.", "en"),
    ("I fell in love with Lisbon.", "en"),
    ("Prices fell after the announcement.", "en"),
    ("We fell behind on the rent.", "en"),
    ("Budget cuts hit the library again.", "en"),
    ("Sat with the cat on my lap all evening.", "en"),
    ("The field was sectioned off for the fair.", "en"),
    ("The runs scored in the final over won it.", "en"),
    ("It is with great sadness that the club closes.", "en"),
    ("She looks awful in that hat.", "en"),
    ("Our physios ran the marathon.", "en"),
    ("Specialist physio Anna leads the class.", "en"),
    ("The surgery is closed on bank holidays.", "en"),
    ("Call the GP surgery to book.", "en"),
    ("Repeat prescriptions take two days.", "en"),
    ("Can radiology send the report?", "en"),
    ("My daughter Amelia (7) starts school.", "en"),
    ("The Amelia Earhart museum opens today.", "en"),
    ("ME and my sister went to Paris.", "en"),
    ("Download the PEM file from the server.", "en"),
    ("Thanks to everyone at www.example.org/endo-surgery-fund for the help", "en"),
    ("Ma voiture ne marche plus depuis hier.", "fr"),
    ("Il ne me parle plus depuis la dispute.", "fr"),
    ("Notre kiné Lucas a couru le marathon.", "fr"),
    ("Une goutte de pluie sur la vitre.", "fr"),
    ("Le secteur vit sous perfusion financière de l'État.", "fr"),
    ("Votre ordonnance est prête au comptoir.", "fr"),
    ("Infos sur www.exemple.fr/diabete-et-sport", "fr"),
]


def _recognizer(language: str) -> HealthTermRecognizer:
    return HealthTermRecognizer(supported_language=language)


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_family_forms(
    analyze_with: Analyze, text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert analyze_with(_recognizer(language), text, language) == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_everyday_senses(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(_recognizer(language), text, language) == []


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [("CFS", "chronic fatigue syndrome", True), ("16", "amelia", False), ("7", "tia", False)],
)
def test_an_abbreviation_has_a_letter(short: str, long: str, expected: bool) -> None:
    assert is_abbreviation(short, long) is expected
