"""Fields of work (screener/fields.py)."""

from __future__ import annotations

import pytest

from screener.fields import a_field_of_work
from screener.types import Finding


def term(text: str, surface: str) -> Finding:
    start = text.index(surface)
    return Finding(start, start + len(surface), "PROCEDURE", "health", 0.85, surface)


@pytest.mark.parametrize(
    ("text", "surface", "field"),
    [
        ("Pionnier de la coronarographie en Bourgogne", "coronarographie", True),
        ("elle a consacré sa thèse à la mucoviscidose chez l'adolescent", "mucoviscidose", True),
        ("our new consultant, a specialist in heart failure", "heart failure", True),
        ("Dr Roy, head of cardiology since 2004", "cardiology", True),
        ("funding research into childhood leukaemia", "childhood leukaemia", True),
        # a job advert's experience or training in a field of care
        ("ON RECRUTE : une expérience en soins palliatifs est un plus", "soins palliatifs", True),
        ("We're hiring: nurses trained in wound care, night shifts", "wound care", True),
        # one's own experience of an illness is theirs
        (
            "Deepa, pharmacist, shares her experience of postnatal depression",
            "postnatal depression",
            False,
        ),
        # a possessive between: the person's own
        ("he is taking part in research on his MS", "MS", False),
        ("my mum had a coronarography on Monday", "coronarography", False),
        ("sa thèse est finie, mais sa mucoviscidose la fatigue", "mucoviscidose", False),
    ],
)
def test_a_field_of_work(text: str, surface: str, field: bool) -> None:
    assert a_field_of_work(text, term(text, surface)) is field


def test_a_field_listed_after_one() -> None:
    text = "Pionnier de la coronarographie et de l'angioplastie, il a formé des internes"
    first, second = term(text, "coronarographie"), term(text, "angioplastie")
    assert a_field_of_work(text, second, [first, second])
    assert not a_field_of_work(
        "Mon père a eu l'angioplastie",
        term("Mon père a eu l'angioplastie", "angioplastie"),
        [first],
    )
