"""FACILITY: hospitals named bare or short ("Raigmore", "the Christie", "HUG"), not the
everyday words, first names and shouted capitals that share their spelling."""

from __future__ import annotations

import pytest

from screener.recognizers.hospital_name import HospitalNameRecognizer, gazetteer, recognizers

POSITIVES = [
    ("Dad was flown to Raigmore overnight", "en", ["Raigmore"]),
    ("Glangwili were brilliant with her", "en", ["Glangwili"]),
    ("three nights in Bronglais after the fall", "en", ["Bronglais"]),
    ("Southmead have moved his scan again", "en", ["Southmead"]),
    ("Ninewells and Raigmore both said no", "en", ["Ninewells", "Raigmore"]),
    ("first round of chemo at the Christie today", "en", ["Christie"]),
    ("she was transferred to King's on Friday", "en", ["King's"]),
    ("Liverpool Women's were amazing with us", "en", ["Liverpool Women's"]),
    ("Royal Stoke A&E was heaving", "en", ["Royal Stoke"]),
    ("Salford Royal discharged him yesterday", "en", ["Salford Royal"]),
    ("follow-up at Sheffield Children's in May", "en", ["Sheffield Children's"]),
    ("SickKids saved my son", "en", ["SickKids"]),
    ("two weeks in Sick Kids last spring", "en", ["Sick Kids"]),
    ("a bed came up at QEH", "en", ["QEH"]),
    ("referred to GOSH for the op", "en", ["GOSH"]),
    ("Addenbrooke’s rang this morning", "en", ["Addenbrooke’s"]),
    ("outpatients at Guy's and St Thomas' again", "en", ["Guy's and St Thomas'"]),
    ("Musgrave Park have a long waiting list", "en", ["Musgrave Park"]),
    ("born in Crumlin, not Temple Street", "en", ["Crumlin", "Temple Street"]),
    ("at the Mater since Monday", "en", ["Mater"]),
    ("Il est hospitalisé à la Pitié depuis lundi", "fr", ["Pitié"]),
    ("Opérée à la Pitie-Salpetriere en mars", "fr", ["Pitie-Salpetriere"]),
    ("Suivie aux HUG pour son diabète", "fr", ["HUG"]),
    ("Le CHUV a rappelé ce matin", "fr", ["CHUV"]),
    ("Transférée à Erasme dans la nuit", "fr", ["Erasme"]),
    ("Accouchement à Sainte-Justine en juin", "fr", ["Sainte-Justine"]),
    ("Rendez-vous à la Timone jeudi", "fr", ["Timone"]),
    ("Three weeks in Groote Schuur after the accident", "en", ["Groote Schuur"]),
    ("Scans at Westmead then home", "en", ["Westmead"]),
    # US hospitals by their short names; a first name only after a place preposition
    ("he was airlifted to Harborview overnight", "en", ["Harborview"]),
    ("second opinion at Mass General in May", "en", ["Mass General"]),
    ("her transplant at Emory went well", "en", ["Emory"]),
    # an elided French article before an abbreviation
    ("Greffe pulmonaire à l'IUCPQ en décembre", "fr", ["IUCPQ"]),
    ("Elle est suivie à l'HUDERF depuis sa naissance", "fr", ["HUDERF"]),
]

NEGATIVES = [
    ("The King's speech mentioned the NHS", "en"),
    ("Catch the train at King's Cross", "en"),
    ("a musgrave of something", "en"),
    ("Christie had chemo last week", "en"),
    ("my daughter Christie is home", "en"),
    ("Emory had chemo last week", "en"),  # a person named like a US hospital
    ("we met Duke at the dog park", "en"),
    ("Dr Musgrave said it was fine", "en"),
    ("Jo Musgrave sent flowers", "en"),
    ("Morgan Freeman narrated it", "en"),  # "the Freeman" needs its article
    ("quelle pitié, cette attente", "fr"),
    ("Pitié, rappelez-moi", "fr"),
    ("sending a BIG HUG to you all", "en"),
    ("a hug from us all", "en"),
    ("oh GOSH what a day", "en"),
    ("raigmore was written in lower case", "en"),
    ("Erasme m'a appelé hier", "fr"),
    ("we watched Starship Troopers", "en"),
    ("The hospital was busy today", "en"),
]


def _found(text: str, language: str) -> list[str]:
    results = HospitalNameRecognizer(language).analyze(text, ["FACILITY"])
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_hospital_names(text: str, language: str, expected: list[str]) -> None:
    assert _found(text, language) == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_words_people_and_shouting(text: str, language: str) -> None:
    assert _found(text, language) == []


def test_reports_facility_above_threshold_below_a_cued_person() -> None:
    (result,) = HospitalNameRecognizer("en").analyze("taken to Raigmore", ["FACILITY"])
    assert result.entity_type == "FACILITY"
    assert 0.5 <= result.score < 0.9


def test_list_is_loaded_with_every_country() -> None:
    assert len(gazetteer().entries) > 500


@pytest.mark.parametrize("language", ["en", "fr"])
def test_module_gives_one_recognizer_per_language(language: str) -> None:
    (recognizer,) = recognizers(language)
    assert recognizer.supported_language == language
    assert recognizer.supported_entities == ["FACILITY"]
