"""Overlap resolution, redaction placeholders and language detection."""

from __future__ import annotations

import pytest

from screener.entities import info
from screener.language import detect_language
from screener.overlaps import join_patronymics, resolve
from screener.redact import Redactor
from screener.types import Finding


def f(text: str, surface: str, entity_type: str, score: float = 0.85, nth: int = 0) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Finding(
        start, start + len(surface), entity_type, info(entity_type).category, score, surface
    )


def test_health_term_beats_an_eponym_person() -> None:
    text = "Living with Parkinson's disease"
    kept = resolve([f(text, "Parkinson", "PERSON"), f(text, "Parkinson's disease", "CONDITION")])
    assert [k.entity_type for k in kept] == ["CONDITION"]


def test_a_place_guess_made_of_an_article_and_a_drug_is_the_drug() -> None:
    text = "il faut que la Ventoline reste dans le cartable"
    kept = resolve([f(text, "la Ventoline", "LOCATION"), f(text, "Ventoline", "MEDICATION")])
    assert [k.entity_type for k in kept] == ["MEDICATION"]
    text = "the Royal Lipitor Hall"  # more than an article around the drug: a place's name
    kept = resolve([f(text, "Royal Lipitor Hall", "LOCATION"), f(text, "Lipitor", "MEDICATION")])
    assert sorted(k.entity_type for k in kept) == ["LOCATION", "MEDICATION"]


def test_a_cued_name_survives_a_health_term_of_the_same_words() -> None:
    text = "my daughter Amelia is poorly"
    kept = resolve([f(text, "Amelia", "PERSON", 0.9), f(text, "Amelia", "CONDITION", 0.85)])
    assert sorted(k.entity_type for k in kept) == ["CONDITION", "PERSON"]
    weaker = resolve([f(text, "Amelia", "PERSON", 0.8), f(text, "Amelia", "CONDITION", 0.85)])
    assert [k.entity_type for k in weaker] == ["CONDITION"]
    # a bare NER guess (0.85) over a weaker companion term is still the health term
    text = "Fièvre brutale, maux de tête ?"
    guess = resolve(
        [f(text, "Fièvre brutale", "PERSON", 0.85), f(text, "Fièvre brutale", "SYMPTOM", 0.75)]
    )
    assert [k.entity_type for k in guess] == ["SYMPTOM"]


def test_specific_recognizer_beats_generic_ner() -> None:
    text = "Seen at St Mary's Hospital today"
    kept = resolve([f(text, "Mary", "PERSON"), f(text, "St Mary's Hospital", "FACILITY", 0.6)])
    assert [k.entity_type for k in kept] == ["FACILITY"]


def test_identity_number_beats_a_phone_reading_of_the_same_digits() -> None:
    text = "NHS number 485 777 3456"
    found = [
        f(text, "485 777 3456", "PHONE_NUMBER", 0.95),
        f(text, "485 777 3456", "NHS_NUMBER", 0.65),
    ]
    assert [k.entity_type for k in resolve(found)] == ["NHS_NUMBER"]


def test_identifier_and_health_may_overlap_partially() -> None:
    text = "Margaret Ellis hip"
    kept = resolve([f(text, "Margaret Ellis", "PERSON"), f(text, "Ellis hip", "PROCEDURE")])
    assert len(kept) == 2


def test_longest_health_term_wins() -> None:
    text = "after a total hip replacement"
    kept = resolve(
        [f(text, "hip replacement", "PROCEDURE"), f(text, "total hip replacement", "PROCEDURE")]
    )
    assert [k.text for k in kept] == ["total hip replacement"]


@pytest.mark.parametrize(
    ("text", "found", "joined"),
    [
        # a patronymic joins a given name to the father's, even when spaCy cut it in two or
        # read only the father's ("Khadijetou mint Mohamed", "feu Abdallahi ould Ely")
        ("nos infirmières Khadijetou mint Mohamed et Awa", ["Khadijetou", "Mohamed"],
         ["Khadijetou mint Mohamed"]),
        ("la famille de feu Abdallahi ould Ely remercie", ["Ely"], ["Abdallahi ould Ely"]),
        ("le décès de M. Brahim ould Cheikh, ancien surveillant", ["M. Brahim", "Cheikh"],
         ["M. Brahim ould Cheikh"]),
        # no particle between: two people stay two
        ("Merci Coumba et Mohamed", ["Coumba", "Mohamed"], ["Coumba", "Mohamed"]),
    ],
)  # fmt: skip
def test_patronymics_join_one_person(text: str, found: list[str], joined: list[str]) -> None:
    findings = [f(text, surface, "PERSON") for surface in found]
    assert [g.text for g in join_patronymics(text, findings)] == joined


def test_same_value_same_placeholder() -> None:
    text = "Margaret told Jo that Margaret is 94"
    findings = [
        f(text, "Margaret", "PERSON"),
        f(text, "Jo", "PERSON"),
        f(text, "Margaret", "PERSON", nth=1),
        f(text, "94", "AGE"),
    ]
    assert (
        Redactor().redact(text, findings) == "<PERSON_1> told <PERSON_2> that <PERSON_1> is <AGE_1>"
    )


def test_health_details_and_countries_stay() -> None:
    text = "Margaret, back from Spain, had a hip replacement"
    findings = [
        f(text, "Margaret", "PERSON"),
        f(text, "Spain", "COUNTRY"),
        f(text, "hip replacement", "PROCEDURE"),
    ]
    assert Redactor().redact(text, findings) == "<PERSON_1>, back from Spain, had a hip replacement"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Congratulations to the team on their new ward", "en"),
        ("Félicitations à toute l'équipe pour le nouveau service", "fr"),
        ("j'ai eu ma chimio aujourd'hui, trop fatiguée", "fr"),
        ("had my chemo today, so tired", "en"),
        ("@paul 👍", "en"),  # no evidence: the default
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language
