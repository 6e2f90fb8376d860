"""Verdict rules on health words that name things, not anyone's health: groups and charities
named after a disease, leaflets and talks, a service's new machine; and the cases that still
hold (a care home's outbreak, a colleague struck by an illness)."""

from __future__ import annotations

import pytest

from screener.policy import ChannelPolicy, decide
from screener.types import Verdict
from tests.test_policy import findings

COMMS = ChannelPolicy(name="comms")


@pytest.mark.parametrize(
    ("text", "marked", "language", "expected"),
    [
        # a group named after a disease, taken for a person's name
        # a fund and a centre named after a disease, listed with people
        (
            "Welcome Janet Okoye, our Breast Cancer Patient Advocate, diagnosed in 2019.",
            {"Janet Okoye": "PERSON", "Breast Cancer": "CONDITION", "2019": "DATE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Nadia had loads of questions about the chemo she starts on Monday",
            {"Nadia": "PERSON", "chemo": "PROCEDURE", "Monday": "DATE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Merci à Lola pour le gâteau ! Tout ira à la recherche sur la mucoviscidose.",
            {"Lola": "PERSON", "mucoviscidose": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Thanks to Omar for the raffle: every penny goes to research into lupus.",
            {"Omar": "PERSON", "lupus": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        (
            "Meet Tola Ade, our new Lupus Community Navigator, at the Leeds hub from Monday",
            {"Tola Ade": "PERSON", "Lupus": "CONDITION", "Leeds": "LOCATION", "Monday": "DATE"},
            "en",
            Verdict.PASS,
        ),
        (
            "Visio du mois : « Asthme et sport » avec Inès, kiné. Posez vos questions sur les "
            "inhalateurs ! — Modo Léa",
            {"Asthme": "CONDITION", "Inès": "PERSON", "inhalateurs": "MEDICATION", "Léa": "PERSON"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Well done Kofi and Ama, who raised £900 for the Lupus Family Fund on Sunday",
            {"Kofi": "PERSON", "Ama": "PERSON", "Lupus": "CONDITION", "Sunday": "DATE"},
            "en",
            Verdict.PASS,
        ),
        (
            "25 years: Sunita Rao, Haemophilia & Thrombosis Centre",
            {"Sunita Rao": "PERSON", "Haemophilia": "CONDITION", "Thrombosis": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        (
            "Endometriosis Wales Support: is the clinic in Cardiff still taking referrals?",
            {"Endometriosis Wales": "PERSON", "Endometriosis": "CONDITION", "Cardiff": "LOCATION"},
            "en",
            Verdict.PASS,
        ),
        (
            "Lettre de Lupus Bretagne Entraide : nouvelle permanence à Vannes",
            {"Lupus Bretagne": "PERSON", "Lupus": "CONDITION", "Vannes": "LOCATION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Thinking of Amira, her lupus is flaring again",
            {"Amira": "PERSON", "lupus": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        # a charity named by a disease and its country; the topic of a talk
        (
            "Thanks to Gareth from Diabetes Scotland for the talk on amputation and foot care.",
            {"Gareth": "PERSON", "Diabetes": "CONDITION", "amputation": "PROCEDURE"},
            "en",
            Verdict.PASS,
        ),
        (
            "Merci à Solène pour la conférence sur la migraine chronique",
            {"Solène": "PERSON", "migraine chronique": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Thanks to Gareth, home after his amputation last week",
            {"Gareth": "PERSON", "amputation": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        # a thing fit for a condition
        (
            "[09/05/2025, 10:15] Bev: I'll bring the dementia-friendly leaflets on Friday",
            {"Bev": "PERSON", "dementia": "CONDITION", "Friday": "DATE"},
            "en",
            Verdict.PASS,
        ),
        # leaflets and posters about a treatment
        (
            "Priya: can someone bring the cardiac rehab flyers on Thursday?",
            {"Priya": "PERSON", "cardiac rehab": "PROCEDURE", "Thursday": "DATE"},
            "en",
            Verdict.PASS,
        ),
        (
            "Priya: my cardiac rehab starts on Thursday",
            {"Priya": "PERSON", "cardiac rehab": "PROCEDURE", "Thursday": "DATE"},
            "en",
            Verdict.HOLD,
        ),
        # a service's new machine, opened by named officials
        (
            "Le maire Paul Vidal a inauguré notre nouveau scanner au CH de Lannion",
            {"Paul Vidal": "PERSON", "scanner": "PROCEDURE", "CH de Lannion": "FACILITY"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Cllr Rhys Bowen opened our new MRI scanner at Glan Clwyd today",
            {"Rhys Bowen": "PERSON", "MRI": "PROCEDURE", "Glan Clwyd": "LOCATION"},
            "en",
            Verdict.PASS,
        ),
        (
            "Paul Vidal doit repasser un nouveau scanner à Lannion",
            {"Paul Vidal": "PERSON", "scanner": "PROCEDURE", "Lannion": "LOCATION"},
            "fr",
            Verdict.HOLD,
        ),
        # a home the NER called a place counts for an outbreak
        (
            "Our nurses support Willow Lodge in Hessle after a norovirus outbreak among residents.",
            {"Willow Lodge": "LOCATION", "Hessle": "LOCATION", "norovirus": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        # a case in one worker of a named place
        (
            "Un cas de rougeole a été confirmé chez un agent de la mairie de Podor.",
            {"mairie de Podor": "FACILITY", "rougeole": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "Des cas de rougeole ont été signalés dans la région de Podor.",
            {"Podor": "LOCATION", "rougeole": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        # a few pupils or workers of one class or workplace struck by an illness
        (
            "Trois élèves du collège de Loudéac ont été hospitalisés pour une gastro.",
            {"Loudéac": "LOCATION", "gastro": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "Two workers at the Brayfield plant were admitted with legionnaires' disease.",
            {"Brayfield": "LOCATION", "legionnaires' disease": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Two of the nurses on Ward 9 were admitted with dengue this week.",
            {"Ward 9": "FACILITY", "dengue": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Three guys from my shift at Thika Paper Mills were admitted with typhoid.",
            {"Thika Paper Mills": "FACILITY", "typhoid": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Two of the nurses on Ward 9 ran the dengue awareness stall.",
            {"Ward 9": "FACILITY", "dengue": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        (
            "Two patients on Ward 5 North have confirmed C. difficile.",
            {"Ward 5 North": "FACILITY", "C. difficile": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Trois cas d'hépatite A chez des enfants hospitalisés en salle Ibn Sina, à Azazga.",
            {"Azazga": "LOCATION", "hépatite A": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "Des cas de grippe chez des enfants de la région d'Azazga cet hiver.",
            {"Azazga": "LOCATION", "grippe": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Two pupils at Hill Primary in Leek ran a stall for Diabetes Week.",
            {"Hill Primary": "FACILITY", "Leek": "LOCATION", "Diabetes": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        # one named care home, a home address or a hospital bed is enough with a person
        (
            "Ma mère est à l'EHPAD Les Glycines et on ne lui donne plus son Doliprane.",
            {"EHPAD Les Glycines": "FACILITY", "Doliprane": "MEDICATION"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "The gentleman in bed 6 went home after his bypass.",
            {"bed 6": "FACILITY", "bypass": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Our flu clinic at Oak Lodge runs on Friday for all residents who want the jab.",
            {"Oak Lodge": "FACILITY", "flu": "CONDITION", "Friday": "DATE"},
            "en",
            Verdict.PASS,
        ),
        # a case in a pupil of a named elementary school
        (
            "A case of measles has been confirmed in a student at Brookvale Elementary.",
            {"Brookvale Elementary": "FACILITY", "measles": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        # South Africa's care homes are residential
        (
            "An outbreak of scabies at Hillcrest Frail Care in Knysna: residents are treated.",
            {"Hillcrest Frail Care": "FACILITY", "Knysna": "LOCATION", "scabies": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
    ],
)
def test_health_words_that_name_things(
    text: str, marked: dict[str, str], language: str, expected: Verdict
) -> None:
    assert decide(text, findings(text, marked), COMMS, language)[0] is expected
