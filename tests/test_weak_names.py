"""One-word names that only spaCy's guess makes people (screener/weak_names.py)."""

from __future__ import annotations

import pytest

from screener.types import Finding
from screener.weak_names import is_cued_person, is_weak_person
from tests.test_people import found


def _findings(text: str, names: tuple[str, ...], health: tuple[str, ...]) -> list[Finding]:
    return [found(text, n) for n in names] + [found(text, h, "CONDITION") for h in health]


@pytest.mark.parametrize(
    ("text", "name", "others", "health", "weak"),
    [
        # a word no list knows, with nothing around it that tells a person
        ("Booster jabs move to the Tollhalle from Monday", "Tollhalle", (), ("jabs",), True),
        ("Did you get your ADHD diagnosis through Zorgkwartier?", "Zorgkwartier", (), (), True),
        ("Krumpets everywhere and my diabetes hates it", "Krumpets", (), ("diabetes",), True),
        ("Driving Woorabinda to Emerald next week for dialysis", "Woorabinda", (), (), True),
        ("Grab some Marrowfield's lozenges for the cough", "Marrowfield", (), ("cough",), True),
        # ... while a cue before or after the word tells a person
        ("Dr Ngwenyama will see you at the clinic", "Ngwenyama", (), (), False),
        ("my hubby Tavita has his scan Thursday", "Tavita", (), (), False),
        ("Meet Koroi, 8, one year on his insulin pump", "Koroi", (), (), False),
        ("[12/03/2026, 09:16] Ofa: ward 3, they said", "Ofa", (), (), False),
        ("Pensées pour notre petit Tiloup qui rentre au bloc", "Tiloup", (), (), False),
        ("Courage à Moumoune qui commence la chimio", "Moumoune", (), (), False),
        ("Enjoy the beach and the grandkids, Fetu!", "Fetu", (), (), False),
        ("An update on Pipsqueak: home today", "Pipsqueak", (), (), False),
        ("Message for Tuiasosopo: your pens have arrived", "Tuiasosopo", (), (), False),
        ("Tauala's fever is back again", "Tauala", (), ("fever",), False),
        ("the Tuilagi family thanks you", "Tuilagi", (), (), False),
        ("Tuilagi is home after her surgery", "Tuilagi", (), (), False),
        ("Kia ora, Tavake from Ōtara here", "Tavake", (), (), False),
        ("Our first aider Mosese broke his ankle", "Mosese", (), (), False),
        ("Diagnosed through our clinic Zorgkwartier last spring", "Zorgkwartier", (), (), True),
        ("thanks to Karen and Losaline for the food", "Losaline", ("Karen",), (), False),
        # a name the lists know, a name of several words, or initials: never weak
        ("Booster jabs move to the Margaret from Monday", "Margaret", (), (), False),
        ("stop by Sione Vaipulu for a chat", "Sione Vaipulu", (), (), False),
        ("J. was admitted on Friday", "J.", (), (), False),
        # a pronoun after the name points back to it, unless another person stands between
        ("Losana fell on the stairs and broke her hip", "Losana", (), (), False),
        ("misses Fetu. His cancer came back", "Fetu", (), (), False),
        ("seeing a Pasifika counsellor and she gets it", "Pasifika", (), (), True),
        ("send it to Zim?? my mum has nothing, she is rationing", "Zim", (), (), True),
        # a later mention of the word with a cue makes every mention a person
        ("Ask Tavita. Tavita is home now", "Tavita", (), (), False),
    ],
)
def test_weak_person(
    text: str, name: str, others: tuple[str, ...], health: tuple[str, ...], weak: bool
) -> None:
    finding = found(text, name)
    findings = [finding, *_findings(text, others, health)]
    assert is_weak_person(text, finding, findings) is weak


@pytest.mark.parametrize(
    ("text", "name", "cued"),
    [
        # a word at this very mention tells a person, whatever the post makes of the word
        (
            "Soutien à Tauhiti\n\nNotre collègue Tauhiti part en France",
            "Notre collègue Tauhiti",
            True,
        ),
        ("Courage à Fanfan qui commence la dialyse", "Fanfan", True),
        # a place's mention: nothing around it tells a person
        ("Les familles de Tauhiti attendent l'évasan", "Tauhiti", False),
    ],
)
def test_cued_person(text: str, name: str, cued: bool) -> None:
    surface = name.split()[-1]
    start = text.index(name) + len(name) - len(surface)
    finding = Finding(start, start + len(surface), "PERSON", "identifier", 0.9, surface)
    assert is_cued_person(text, finding, [finding]) is cued
