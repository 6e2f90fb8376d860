"""FACILITY: a hospital's own acronym after a place preposition."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.hospital_acronym import HospitalAcronymRecognizer

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    ("Grandad had his stent put in at QEUH last spring", "en", ["QEUH"]),
    ("She was flown to the RVIH after the crash", "en", ["RVIH"]),  # article between
    ("two weeks in NMMC with pneumonia", "en", ["NMMC"]),  # Medical Centre
    ("my aunt is a cleaner at ECCHC in town", "en", ["ECCHC"]),  # Health Centre
    ("He is at BTH ICU since Sunday", "en", ["BTH"]),  # another acronym beside it
    ("transféré au CHSA dans la nuit", "fr", ["CHSA"]),
    ("elle a accouché à l'HMRH, tout va bien", "fr", ["HMRH"]),  # elided article
    ("sa dialyse se fait au CHUL, trois fois par semaine", "fr", ["CHUL"]),
]
NEGATIVES = [
    ("Her TSH is up again, at TSH clinic they said", "en"),  # a hormone, not a place
    ("Bleeding after birth (known as PPH) in PPH cases", "en"),
    ("I complained to the GMC about it", "en"),  # a regulator
    ("funded by a grant from NIH", "en"),
    ("WINNER OF THE MONTH AT OUR BTH", "en"),  # shouted line
    ("Ugh, stuck in UGH traffic", "en"),
    ("Il est au CHU depuis lundi", "fr"),  # a kind of hospital: facility.py reads it
    ("Elle travaille au CHSLD du quartier", "fr"),
    ("Dépistage du VIH gratuit", "fr"),  # French for HIV
    ("She works at QEUH-ish places", "en"),  # glued to a hyphen
    ("The QEUH team thanks you", "en"),  # no place preposition
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_hospital_acronyms(
    analyze_with: Analyze, text: str, language: str, expected: list[str]
) -> None:
    found = analyze_with(HospitalAcronymRecognizer(language), text, language)
    assert found == [("FACILITY", acronym) for acronym in expected]


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_other_acronyms(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(HospitalAcronymRecognizer(language), text, language) == []
