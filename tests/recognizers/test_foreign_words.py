"""Lower-case words of another language that spaCy calls a person."""

from __future__ import annotations

import pytest

from screener.engine import Screener
from screener.recognizers.foreign_words import is_foreign_word

# (text, the "person" word, other words spaCy calls people, whether it is a thing)
TABLE = [
    # listed with another thing by "and", "et", "or", "&" or "+"
    ("Bring some rambutan and mangosteen for the ward party", "mangosteen", (), True),
    ("On the table: garri and ewedu, with pepper soup", "ewedu", (), True),
    ("Pas de sucre, pas de zoom ou gratons ce mois-ci", "gratons", (), True),
    ("snacks: chapati & mandazi for the walk", "mandazi", (), True),
    # in a list's middle, between commas
    ("tu peux manger manioc, fumbwa, haricots", "fumbwa", (), True),
    # followed by another word no list knows: a phrase of another language
    ("we had nasi ulam kerabu after the dialysis", "ulam", (), True),
    # a name before its noun is no list's item ("a baking addict and zorvo fan")
    ("a proper baking addict and zorvo fan here", "zorvo", (), False),
    # a nickname beside English words stays a person
    ("my lad tommo started his new tablets", "tommo", (), False),
    ("sending love to tolu and to you sis", "tolu", (), False),
    # a bare comma before it: a name spoken to ("congrats, tolu")
    ("well it gets better, mamas, promise", "mamas", (), False),
    ("congrats, dapo! so proud", "dapo", (), False),
    # listed with a word for a person or another nickname spaCy calls a person
    ("mum and dapo both caught it", "dapo", (), False),
    ("thinking of tolu and dapo tonight", "dapo", ("tolu",), False),
    # chat shorthand after a nickname is no foreign phrase
    ("kel tbh shes knackered after chemo", "kel", (), False),
    # a known name, or a capitalised word, is left to the other rules
    ("rice and peter came round", "peter", (), False),
    ("Bring rambutan and Kaypoh", "Kaypoh", (), False),
]


@pytest.mark.parametrize(("text", "word", "others", "expected"), TABLE)
def test_foreign_words(text: str, word: str, others: tuple[str, ...], expected: bool) -> None:
    start = text.index(word)
    persons = [(text.index(o), text.index(o) + len(o)) for o in others]
    persons.append((start, start + len(word)))
    assert is_foreign_word(text, start, start + len(word), persons) is expected


def test_listed_foods_are_nobody(screener: Screener) -> None:
    text = (
        "Healthier party plate for anyone with diabetes: grilled fish, brown rice, timun and "
        "kerabu (small portions!)"
    )
    result = screener.screen(text, channel="comms", language="en")
    assert "PERSON" not in {f.entity_type for f in result.findings}
