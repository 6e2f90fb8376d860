"""INSURANCE_NUMBER: Medicare MBIs by format, member/policy/mutuelle numbers by phrase."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.insurance_number import InsuranceNumberRecognizer, recognizers

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

# The example MBI CMS publishes in its format guide (not a person's number).
CMS_EXAMPLE = "1EG4-TE5-MK73"

POSITIVES = [
    # a plan's contract or member number, written with "#"
    ("The plan card says Contrato # PV-55120481-03, she's on dialysis", "en", "PV-55120481-03"),
    ("bring your card (member # VTL-005512908-02) for the scan", "en", "VTL-005512908-02"),
    ("ma mutuelle, numéro de contrat : 4471-882-190, rembourse mal", "fr", "4471-882-190"),
    # Botswana's national id, French Polynesia's CPS number
    ("They keep asking for his Omang: 418317205, he has TB", "en", "418317205"),
    ("Mon DN c'est le 2841573, c'est écrit sur ma carte", "fr", "2841573"),
    ("My health card number is 9876543217 and I have MS", "en", "9876543217"),
    ("Mon numéro d'assurance maladie : GAGE 1062 1411, diabète", "fr", "GAGE 1062 1411"),
    (f"My Medicare number is {CMS_EXAMPLE}", "en", CMS_EXAMPLE),
    (f"card shows {CMS_EXAMPLE}", "en", CMS_EXAMPLE),  # hyphenated MBI: format alone
    ("medicare 9AA0C00AA00 on file", "en", "9AA0C00AA00"),
    ("Member ID is KLP 736 204 918, can anyone in claims help?", "en", "KLP 736 204 918"),
    ("1EG4TE5MK73 is on the letter", "en", "1EG4TE5MK73"),  # plain MBI: format alone
    ("member ID XYZ123456789 for the claim", "en", "XYZ123456789"),
    ("policy number: W88172634-01", "en", "W88172634-01"),
    ("numéro d'adhérent 123456789 chez ma mutuelle", "fr", "123456789"),
    ("Mutuelle : carte n° 0045128837", "fr", "0045128837"),
    # national health insurance cards of West Africa and the Caribbean, Ontario's card
    ("Her NIS no. is 23-0471-86 if anyone works there", "en", "23-0471-86"),
    ("His NHIS card has expired. The number is 40158826.", "en", "40158826"),
    ("Letter says Member ID MS 7731 4402 9, 30 days to appeal", "en", "MS 7731 4402 9"),
    ("Votre carte santé (4821-337-908-KT) est expirée", "fr", "4821-337-908-KT"),
    # Nunavut's card with its lone first digit; Newfoundland's MCP card read off it, the
    # sentence going on after the number
    ("a pouch with a Nunavut health card (No. 1-4072-3381) inside", "en", "1-4072-3381"),
    (
        "How long does a new MCP card take? Number on the old card is 418 592 037 114 if it helps",
        "en",
        "418 592 037 114",
    ),
    # the insured's number of Maghreb and New Caledonian schemes, with a check letter
    ("Titulaire : Mme X – N° d'assuré social : 11-2093-558120-B", "fr", "11-2093-558120-B"),
    ("mon n° d'assurée c'est 0918834/R, toujours pas de réponse", "fr", "0918834/R"),
    ("Ma carte Chifa est bloquée. Le numéro c'est 07-3341-220917-M.", "fr", "07-3341-220917-M"),
    # a card's ID after the card is named; a Belgian mutuality's member number
    ("found a Medicaid card in the name of a neighbour, ID QR48215T", "en", "QR48215T"),
    ("My Medicaid is inactive. The ID on my card is VB60318K", "en", "VB60318K"),
    ("mon numéro de membre est sur ma vignette : 316/0582914-33", "fr", "316/0582914-33"),
]

NEGATIVES = [
    ("Register with Omang and proof of address, 2 copies", "en"),  # no number after it
    ("code AB12-CD3-EF45 on the box", "en"),  # 4-3-4 but letters and digits misplaced
    ("1SG4-TE5-MK73 is printed", "en"),  # S is not an MBI letter
    ("0EG4-TE5-MK73 is printed", "en"),  # an MBI never starts with 0
    ("member since 2019, 125 visits", "en"),  # year and count
    ("Her MCP joint is swollen, 3-12-2024 was the scan", "en"),  # a joint; a date
    ("My MCP card arrived. Mine was 125000 steps today", "en"),  # a count with its unit
    ("policy changed on 12/03/2024", "en"),  # a date
    ("XYZ123456789 is the tracking code", "en"),  # no naming phrase
    ("insurance number: 07700900123", "en"),  # a phone number written without spaces
    ("Ma mutuelle rembourse 60 euros", "fr"),
    ("adhérents : 4,212 en 2023", "fr"),
    # a phone's first groups after the phrase, across a sentence
    ("courrier de l'Assurance maladie. Infos : 02 61 91 40 22", "fr"),
    ("Medicare helpline 1800 555 0199 2 for claims", "en"),
    ("My NHIS card expires 12-05-2026, so I renew it", "en"),  # a date after the phrase
    ("La CNAM rembourse 80 % ; appelez le 71 555 012 pour les délais", "fr"),  # a count, a phone
    # a phone said with its article after the card's name; a year-first date
    ("Pour la carte Chifa, le numéro c'est le 021 55 01 23 (CNAS)", "fr"),
    ("Les cartes Chifa expirées avant le 2025-12-31 seront renouvelées", "fr"),
    # an ID with no card named; a fraction, a room or a month after a mutuality's name
    ("Bring photo ID 12345ABC to the desk", "en"),
    ("La mutuelle rembourse 153/2 des frais", "fr"),
    ("vignette de mutuelle à coller, salle 12/2025", "fr"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_insurance_numbers(
    analyze_with: Analyze, text: str, language: str, expected: str
) -> None:
    found = analyze_with(InsuranceNumberRecognizer(language), text, language)
    assert found == [("INSURANCE_NUMBER", expected)]


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_other_numbers(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(InsuranceNumberRecognizer(language), text, language) == []


def test_recognizers_for_both_languages() -> None:
    assert [r.supported_language for r in recognizers("en") + recognizers("fr")] == ["en", "fr"]
