"""Health details of a group and the post's sign-off line (screener/group_health.py)."""

from __future__ import annotations

import pytest

from screener import group_health
from tests.test_people import found


@pytest.mark.parametrize(
    ("text", "term", "group"),
    [
        ("Annie knits hats for our prem babies", "prem babies", True),
        ("a coffee morning for the stroke survivors of Leigh", "stroke", True),
        ("un atelier pour les enfants asthmatiques du quartier", "asthmatiques", True),
        ("all diabetic patients are invited to the talk", "diabetic", True),
        # one person's own, or no plural noun of people
        ("my twins were prem babies", "prem babies", False),
        ("her diabetic son starts school", "diabetic", False),
        ("our asthma clinic moves to Tuesday", "asthma", False),
        # people with a condition in general; one of them counted out, or one family's
        ("a walk for people living with dementia", "dementia", True),
        ("Meet Arthur, one of our patients with dementia, who is 100", "dementia", False),
        ("Madame Roux, une de nos patientes atteintes d'Alzheimer", "Alzheimer", False),
        ("We have three children with cystic fibrosis", "cystic fibrosis", False),
        ("Nous avons deux enfants atteints de mucoviscidose", "mucoviscidose", False),
        # those of the readers who have it
        ("rappel pour celles qui sont asthmatiques : prenez vos sprays", "asthmatiques", True),
        ("Ceux d'entre vous qui sont greffés, pensez au vaccin", "greffés", True),
        ("Tip for anyone who's diabetic: carry jelly babies", "diabetic", True),
        ("Ma sœur, celle qui est diabétique, vient dimanche", "diabétique", False),
        ("Jade fait partie de celles qui ont une endométriose sévère", "endométriose", False),
        ("Sam is one of those who have diabetes", "diabetes", False),
        ("Pour ceux qui ont la SEP, un atelier mardi", "SEP", True),
    ],
)
def test_group_health(text: str, term: str, group: bool) -> None:
    assert group_health.is_group_health(text, found(text, term, "CONDITION")) is group


@pytest.mark.parametrize(
    ("text", "term", "hypothetical"),
    [
        ("En cas de fièvre ou de toux, merci de reporter votre visite.", "toux", True),
        ("If you have a rash after the jab, call us.", "rash", True),
        ("Vous avez eu une chimio cette année ? Le médecin vous dira.", "chimio", True),
        ("Have you had shingles before? Ask the nurse.", "shingles", True),
        ("If you're having panic attacks at night, text 85258.", "panic attacks", True),
        ("If you've had a fall this week, tell reception.", "fall", True),
        # told, not asked
        ("Vous avez eu une chimio cette année, courage.", "chimio", False),
        ("Mum has a rash after the jab.", "rash", False),
    ],
)
def test_conditions_put_to_the_reader(text: str, term: str, hypothetical: bool) -> None:
    assert group_health.is_hypothetical(text, found(text, term, "CONDITION")) is hypothetical


@pytest.mark.parametrize(
    ("text", "term", "titled"),
    [
        (
            "le live avec la sophrologue, thème « douleur chronique et respiration »",
            "douleur",
            True,
        ),
        ("l'atelier « Bien vivre avec son diabète » jeudi", "diabète", True),
        ("a talk titled “Life after my stroke” on Friday", "stroke", True),
        # a voice chat or a live, its time, then its quoted topic after a colon
        ('voice chat Monday 7pm: "Psoriasis and summer" with the mods', "Psoriasis", True),
        ("Vocal spécial mardi à 20h : « vivre avec une migraine »", "migraine", True),
        ("Visio du mois : « Endométriose et travail »", "Endométriose", True),
        ('I told the voice chat: "my psoriasis is back"', "psoriasis", False),
        ('Our new episode is up: "Gary on life after his stroke"', "stroke", False),
        ('Nan and Pop live in Hull. The GP said: "the cancer has spread"', "cancer", False),
        ('Voice chat Monday 8pm: "Insomnia and pain" with the mods', "Insomnia", True),
        # a quote that is no title, or a title already closed
        ("elle m'a dit « ton diabète, on va le gérer »", "diabète", False),
        ("l'atelier « Cuisine » a plu ; son diabète va mieux", "diabète", False),
        # a lunchtime talk, an emoji between
        ('Lunch & Learn 🥪 "Living with Lupus" on Thursday', "Lupus", True),
        ('Lunch & Learn 🥪 then Rita said: "my lupus is back"', "lupus", False),
        # a group's quoted name; not a quotation after the group's word
        ("Export WhatsApp — groupe « Lyme Allier entraide »", "Lyme", True),
        ('Our group "Lupus Mums NE" meets on Tuesday', "Lupus", True),
        ('The group chat went quiet, then Jo: "my lupus flared"', "lupus", False),
    ],
)
def test_quoted_titles(text: str, term: str, titled: bool) -> None:
    assert group_health.in_a_title(text, found(text, term, "CONDITION")) is titled


@pytest.mark.parametrize(
    ("text", "surface", "signed"),
    [
        ("Keep antibiotics for the one prescribed.\n— Pharmacie du Lac, Annecy", "Annecy", True),
        ("Open late on Thursday – Ash Tree Surgery, Ludlow", "Ludlow", False),  # no line break
        ("Flu jabs now.\n- Ash Tree Surgery, Ludlow\n#FluJab #Ludlow", "Ludlow", True),
        ("Seen in Annecy on Monday.\nThanks all", "Annecy", False),
        ("— Pharmacie du Lac, Annecy\nOpen on Sunday in Thônes", "Annecy", False),  # not last
        ("Buvez régulièrement.\nPharmacie de la Croix-Rousse, Lyon 4e 🧴", "Lyon", True),
        ("Pharmacie de la Croix-Rousse, Lyon", "Lyon", False),  # the only line: no sign-off
        ("Low on inhalers? Pop in.\nKoombana Chemist, Bunbury", "Bunbury", True),
        ("Low on inhalers? Ask Tom.\nTom lives in Bunbury", "Bunbury", False),
    ],
)
def test_sign_off(text: str, surface: str, signed: bool) -> None:
    assert group_health.in_sign_off(text, found(text, surface, "LOCATION")) is signed
