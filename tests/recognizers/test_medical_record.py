"""MEDICAL_RECORD_NUMBER: ids reported only after a phrase that names them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.medical_record import MedicalRecordRecognizer, recognizers
from screener.recognizers.named_number import phrase_then_gap

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    # handed over after it was named ("so here it is: ...")
    (
        "quote the chart number when I call, so here it is if anyone knows: 00581127",
        "en",
        "00581127",
    ),
    # a clinic card's number (the Caribbean, Africa)
    ("Her clinic card number is NAH/2019/04417 and they lost the file", "en", "NAH/2019/04417"),
    # a US chart number written short
    ("Her chart # is KLM-448120 if anyone at intake can help", "en", "KLM-448120"),
    # a clinic file of Southern Africa
    ("File no.: KIH/ART/2021/00718\nART clinic every 3 months", "en", "KIH/ART/2021/00718"),
    ("Her file number is LIV-B-0049213, ward unknown", "en", "LIV-B-0049213"),
    ("MRN 00483921 for the referral", "en", "00483921"),
    ("UHID HYD-2024-0081736 on the discharge summary", "en", "HYD-2024-0081736"),
    ("her folder number 20-48817 at the clinic", "en", "20-48817"),
    ("a request form with UR number 5582013 on it", "en", "5582013"),
    ("hospital number 7730 4418 92 on her wristband", "en", "7730 4418 92"),
    ("Her hospital no. RX4829103 is on the band", "en", "RX4829103"),
    ("my mum's patient ID at the Royal Free is 55019832", "en", "55019832"),
    ("medical record number: AB-772190", "en", "AB-772190"),
    ("case no 2023004417 was closed", "en", "2023004417"),
    ("IPP : 1234567", "fr", "1234567"),
    ("Son numéro de dossier est le 00951377", "fr", "00951377"),
    ("numero patient H7730215 au CHU", "fr", "H7730215"),
    # a year or site code, a hyphen and a serial, named as the French hospital number
    ("Lit 8 (IPP 2023-004417) : bilan demain", "fr", "2023-004417"),
    ("n° de séjour 75-0048213 sur le bracelet", "fr", "75-0048213"),
    ("son NIP est le 40081235", "fr", "40081235"),
    # a service code between the year or site and the serial, after "dossier n°"
    ("Votre dossier n° 1182-MT-40915 est complet", "fr", "1182-MT-40915"),
    ("photo = le patient du dossier 971-23-004512, à vérifier", "fr", "971-23-004512"),
    ("the case number 31-ORT-77120 on her letter", "en", "31-ORT-77120"),
    ("hosp no 5520913, still no letter", "en", "5520913"),
    ("we found your booking under record no. 77310452 today", "en", "77310452"),
    ("my hospital number is KH7 204 5516 and", "en", "KH7 204 5516"),
    # a site code, a year or a ward letter, then a serial, between slashes or hyphens; a
    # naming phrase abbreviated with a full stop
    ("a patient file card, Hospital No. KCH/2023/081734, found", "en", "KCH/2023/081734"),
    ("Hosp. No: NRH-B-0041177\nDiagnosis: CKD", "en", "NRH-B-0041177"),
    ("le numéro de dossier CHK/PED/55120 est sur la fiche", "fr", "CHK/PED/55120"),
    # given as one's own, after the post named its kind a sentence or two before
    (
        "Notez votre n° de dossier, ils le demandent à chaque fois. Moi c'est 0784512 😂",
        "fr",
        "0784512",
    ),
    ("They always ask for your hospital number at the desk. Mine is 40081235.", "en", "40081235"),
    # disability-office files: a service code and a year inside the id
    ("Le renouvellement, dossier n° 12-MDPH-2023-07741, traîne", "fr", "12-MDPH-2023-07741"),
    ("mon dossier MDPH n° 974-2023-0881 est bloqué", "fr", "974-2023-0881"),
    ("Docket no. SFGH-0447812 in case anybody can help", "en", "SFGH-0447812"),
]

NEGATIVES = [
    ("Bring your file number 2 weeks before the visit", "en"),  # a count, not a number's shape
    ("Le dossier MDPH est en cours depuis le 12-03-2024", "fr"),  # a date after the phrase
    ("Our hours: 0900-1730 and 1800-2000", "en"),  # time spans, no naming phrase
    ("The hospital treated 125000 patients last year", "en"),  # a count, no naming phrase
    ("patient numbers rose in 2024 to 4,212", "en"),  # a year and a count
    ("MRN 2024 was the year", "en"),  # four digits: a year
    ("Ring the hospital number 0161 496 0123 for visiting times", "en"),  # a phone in groups
    ("hospital number: 07700900123", "en"),  # a phone number written without spaces
    ("patient ID costs £125000 a year", "en"),  # a price
    ("Keep ref 00483921 for your parcel", "en"),  # an id with no naming phrase
    ("Tracking KCH/2023/081734 for your parcel", "en"),  # a segmented id, no naming phrase
    ("hospital number dates: 12/03/2024 and 14/03/2024", "en"),  # dates after the phrase
    ("dossier suivi par 12 infirmières depuis 2019", "fr"),
    ("Le CHU a accueilli 125000 patients en 2023", "fr"),
    ("the shipping code 00483921", "en"),  # "ipp" inside a word is not "IPP"
    ("ouvert du 2023-2024 au séjour suivant", "fr"),  # a range of years, no naming phrase
    ("IPP : voir le 2024-03-12 pour le bilan", "fr"),  # a date, not a hyphenated serial
    ("le dossier du 2024-AB-1188 sur la table", "fr"),  # no naming phrase: "dossier" alone
    ("Dossier n° 12 : la prévention des chutes", "fr"),  # a chapter number, too short
    ("la patiente du dossier 12-03-2024 à revoir", "fr"),  # a date
    ("Point sur la patiente du dossier 2023-2024", "fr"),  # a span of years
    # one's own number with no kind named before, or a count that is one's own
    ("Mine is 40081235, the tracking code of the parcel", "en"),
    ("Bring your hospital number. Mine was 125000 steps last week", "en"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_named_record_numbers(
    analyze_with: Analyze, text: str, language: str, expected: str
) -> None:
    found = analyze_with(MedicalRecordRecognizer(language), text, language)
    assert found == [("MEDICAL_RECORD_NUMBER", expected)]


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_unnamed_numbers(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(MedicalRecordRecognizer(language), text, language) == []


def test_phrase_must_be_close_and_in_order() -> None:
    named = phrase_then_gap(["patient id"])
    assert named.search("the patient ID is ")
    assert not named.search("ID of the patient: ")  # words out of order
    assert not named.search("patient ID and then one two three four five six words ")


def test_recognizers_for_both_languages() -> None:
    assert [r.supported_language for r in recognizers("en") + recognizers("fr")] == ["en", "fr"]
