"""FACILITY: named hospitals, wards, care homes, clinics and schools; not generic mentions."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.facility import FacilityRecognizer, recognizers

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    # West Africa's public schools by their acronyms
    (
        "Un garçon de la classe de ma fille (5e B au CEG Tokoin Gbonvié) est malade",
        "fr",
        ["CEG Tokoin Gbonvié"],
    ),
    # venues where a group meets or an event is held
    ("Meet us at Banbridge Leisure Centre on Saturday", "en", ["Banbridge Leisure Centre"]),
    ("he collapsed after training at Omagh Rugby Club", "en", ["Omagh Rugby Club"]),
    # mills and refineries; care homes as South Africa and Australia name them
    ("two lads from Thika Paper Mills are off sick", "en", ["Thika Paper Mills"]),
    ("Notice to families — Claremont Gardens Frail Care", "en", ["Claremont Gardens Frail Care"]),
    ("Statement from Umoja Eventide Home, Gweru", "en", ["Umoja Eventide Home"]),
    ("Tea at St Anne's Home for the Aged this Friday", "en", ["St Anne's Home for the Aged"]),
    ("Mum moved to Banksia Aged Care last week", "en", ["Banksia Aged Care"]),
    ("104 days in the NICU at Big Sioux Children's 😭", "en", ["Big Sioux Children's"]),
    # a numbered bed or patient's room
    ("the lady in bed 7 was lovely", "en", ["bed 7"]),
    ("il est en chambre 214 depuis lundi", "fr", ["chambre 214"]),
    # Maghreb and Pacific public hospitals by their acronyms; an old people's home
    ("hospitalisé à l'EPH de Cherchell depuis lundi", "fr", ["EPH de Cherchell"]),
    ("transféré au CHT Gaston-Bourret à Nouméa", "fr", ["CHT Gaston-Bourret"]),
    (
        "la gale au foyer pour personnes âgées de Bordj Menaïel",
        "fr",
        ["foyer pour personnes âgées de Bordj Menaïel"],
    ),
    # ... and a room or a chair a person is in, after a word for them
    ("To the sweet lady in Room 312 who crocheted hats", "en", ["Room 312"]),
    ("Update on Pop: he's still in room 7, on oxygen", "en", ["room 7"]),
    ("the gentleman from chair 6 at the dialysis unit", "en", ["chair 6"]),
    ("The Elder in room 12 with the walker is my grandmother", "en", ["room 12"]),
    ("le vieux du fauteuil 6 tousse beaucoup", "fr", ["fauteuil 6"]),
    # ... or kin called by name, or the poster, in a room of three digits
    ("Nanny's in room 318 at the General, cards welcome", "en", ["room 318"]),
    ("I'm back in room 214 for round 3 of chemo", "en", ["room 214"]),
    # North American units by floor and wing
    ("Mum is on 5 North since Tuesday", "en", ["5 North"]),
    ("an outbreak on Unit 3 East at the General", "en", ["Unit 3 East"]),
    ("we stayed at the Harbour View Hotel in Cobh", "en", ["Harbour View Hotel"]),
    ("a stall at Ennis Farmers' Market", "en", ["Ennis Farmers' Market"]),
    ("a boy in her class at Holy Cross PS in Enniskillen", "en", ["Holy Cross PS"]),
    ("a case of TB at the Lisburn Meats plant", "en", ["Lisburn Meats plant"]),
    (
        "a case at the Prairie Valley meat-processing plant",
        "en",
        ["Prairie Valley meat-processing plant"],
    ),
    ("A pupil at Scoil Bhríde, Ballinasloe was admitted", "en", ["Scoil Bhríde"]),
    ("my son is in yr 10 at Ysgol Dyffryn Conwy too", "en", ["Ysgol Dyffryn Conwy"]),
    ("Order by Tuesday.\nMarket Place Pharmacy, Wymondham", "en", ["Market Place Pharmacy"]),
    ("Transferred to Pinderfields Hospital overnight.", "en", ["Pinderfields Hospital"]),
    ("Mum is on the Rowan ward again.", "en", ["Rowan ward"]),
    ("Dad's been on Ward 22 since Friday.", "en", ["Ward 22"]),
    # a building named with its town after a comma, as an address is written
    ("VISITING UPDATE – Larchfield House, Bridlington", "en", ["Larchfield House"]),
    ("Seagrove Court, Filey: the garden is open again", "en", ["Seagrove Court"]),
    ("Visiting Hollybank Nursing Home this afternoon.", "en", ["Hollybank Nursing Home"]),
    ("The Bradford Royal Infirmary team were brilliant.", "en", ["Bradford Royal Infirmary"]),
    ("Thanks to St Luke's Hospice for the care.", "en", ["St Luke's Hospice"]),
    ("She teaches at Moorside Junior School.", "en", ["Moorside Junior School"]),
    ("Our Harrogate Health Centre opens early.", "en", ["Harrogate Health Centre"]),
    ("Yesterday Meadowbank Care Home rang us.", "en", ["Meadowbank Care Home"]),
    ("Elle est suivie au CHU de Rennes.", "fr", ["CHU de Rennes"]),
    ("Il a été transféré à l'hôpital Bichat.", "fr", ["hôpital Bichat"]),
    ("Ma tante vit à l'Ehpad les Glycines.", "fr", ["Ehpad les Glycines"]),
    ("Accouchement à la clinique du Parc.", "fr", ["clinique du Parc"]),
    (
        "Merci au service de neurologie de l'hôpital Foch.",
        "fr",
        ["service de neurologie de l'hôpital Foch"],
    ),
    ("Les élèves du collège Jean Moulin.", "fr", ["collège Jean Moulin"]),
    # a school qualified as public or private before its name
    ("deux enfants de l'école publique de Lanvollon", "fr", ["école publique de Lanvollon"]),
    ("au collège privé Saint-Joseph de Dinan", "fr", ["collège privé Saint-Joseph de Dinan"]),
    # "X General" after a preposition, libraries and pharmacies, halls and rooms, pubs
    ("Admitted overnight to Hartfield General with pneumonia", "en", ["Hartfield General"]),
    ("Our group meets at Hebden Bridge Library on Fridays", "en", ["Hebden Bridge Library"]),
    ("Collect it from Lloyds Pharmacy by noon", "en", ["Lloyds Pharmacy"]),
    ("The talk is at the Corran Halls in Oban", "en", ["Corran Halls"]),
    ("Drinks at the Assembly Rooms after the walk", "en", ["Assembly Rooms"]),
    ("Meet at the Fox & Hounds, Kelsall, at 7pm", "en", ["Fox & Hounds"]),
    # a school named in brackets after the word for it
    ("my son's school (St Bede's in Preston) won't help", "en", ["St Bede's"]),
    # French pharmacies, centres and units by name
    ("Pharmacie de garde : Pharmacie du Port, quai Est", "fr", ["Pharmacie du Port"]),
    ("Il est en rééducation au centre Ker Avel", "fr", ["centre Ker Avel"]),
    ("Elle est à l'unité Les Mimosas depuis lundi", "fr", ["unité Les Mimosas"]),
    # Swiss care homes (EMS) and Québec's long-term care centres (CHSLD)
    ("Des cas de gale à l'EMS Les Bouleaux à Bex", "fr", ["EMS Les Bouleaux"]),
    ("Visites suspendues au CHSLD Saint-Joseph", "fr", ["CHSLD Saint-Joseph"]),
    # a market, where traders are known by sight
    ("Samedi au marché de Kouhounou, un vieux papa est tombé", "fr", ["marché de Kouhounou"]),
    ("Ma tante vend au marché Tilène depuis 30 ans", "fr", ["marché Tilène"]),
    ("Gastro au home Les Tilleuls à Bastogne", "fr", ["home Les Tilleuls"]),
    # a French unit by its code, or by floor and wing as Québec numbers them
    ("Mon père est à l'unité 7C depuis jeudi", "fr", ["unité 7C"]),
    ("Transférée au 6e Sud hier soir", "fr", ["6e Sud"]),
    ("La dame du fauteuil 4 à l'hémato", "fr", ["fauteuil 4"]),
    ("la madame du fauteuil 9 m'a prêté sa couverte", "fr", ["fauteuil 9"]),
    # a name ends at its line
    ("Hôpital de Gaspé\n\nTrois cas de grippe", "fr", ["Hôpital de Gaspé"]),
    # US homes for old people
    ("COVID is going through Maple Lane Senior Living again", "en", ["Maple Lane Senior Living"]),
    ("Mom moved into Oak Hill Assisted Living in May", "en", ["Oak Hill Assisted Living"]),
]

NEGATIVES = [
    ("The Football Club raised money for the ward", "en"),  # generic words only
    ("Stand de dépistage au marché de Noël de la place", "fr"),  # a seasonal fair
    ("The diabetes talk is in Room 12 on Tuesday", "en"),  # a meeting room
    ("Our new chair 2025 is Dr Green", "en"),
    ("We offer aged care and frail care across the region", "en"),  # no name
    ("Welcome Home Baby Zara, our first of the year", "en"),  # "Home" alone is no home
    ("The talk is in room 7 at noon", "en"),  # a meeting room
    ("Mum's in room 5 of the library doing the quiz", "en"),  # a meeting room's short number
    ("The school's in room 104 today for exams", "en"),  # no kin, no poster
    ("We raised £400 for the Children's Society appeal", "en"),  # a charity's name goes on
    ("Thanks to Save the Children's volunteers", "en"),
    ("Many of the old cotton mills closed in the 1980s", "en"),  # no capitalised name
    # a title before a surname "House", a list of names
    ("Dr House, Wilson and Cuddy argued about the case", "en"),
    # a first name and a surname that is also a building word
    ("Pam Hall, Kendal, has lived with MS for years", "en"),
    ("Ian Court, Whitby, finished his chemo", "en"),
    ("our 3 North Americans on the team", "en"),  # a floor and wing before a capitalised word
    ("the Community Centre is closed on Sunday", "en"),
    ("The hospital was really busy today.", "en"),
    ("She moved into a care home last year.", "en"),
    ("Our wards are full this winter.", "en"),
    ("Hospital staff deserve a pay rise.", "en"),
    ("The Children's Hospital charity walk.", "en"),
    ("He spent a week in the Intensive Care Unit.", "en"),
    ("Primary School places are announced.", "en"),
    ("The maternity ward was calm.", "en"),
    ("Il est à l'hôpital depuis lundi.", "fr"),
    ("Un EHPAD manque de personnel.", "fr"),
    ("Au CHU, les soignants sont épuisés.", "fr"),
    ("L'hôpital de jour est fermé.", "fr"),
    ("Le service de cardiologie recrute.", "fr"),
    ("The Attorney General spoke today", "en"),
    ("The Central Library reopens on Monday", "en"),  # generic words only
    ("See you at the Accident and Emergency desk", "en"),
    ("her school (Year 6) is fine", "en"),  # a class, not a school's name
    ("Pharmacie de garde ce dimanche", "fr"),
    ("On se retrouve au centre de la ville", "fr"),
    ("Le centre Covid ferme samedi", "fr"),
    ("EMS Week: thank you to our ambulance crews", "en"),  # emergency medical services
    # a dose in units, a unit's share of a measure, a floor and wing before a name
    ("Prendre 1 unité 3 fois par jour", "fr"),
    ("La dose passe à 1 unité 5 le soir", "fr"),
    ("Le 2e Nord-Américain à finir la course", "fr"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_named_facilities(
    analyze_with: Analyze, text: str, language: str, expected: list[str]
) -> None:
    found = analyze_with(FacilityRecognizer(language), text, language)
    assert [surface for kind, surface in found if kind == "FACILITY"] == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_generic_mentions(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(FacilityRecognizer(language), text, language) == []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_module_gives_one_recognizer_per_language(language: str) -> None:
    (recognizer,) = recognizers(language)
    assert recognizer.supported_language == language
    assert recognizer.supported_entities == ["FACILITY"]
