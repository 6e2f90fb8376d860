"""LOCATION: numbered roads in a road's phrase; not paper sizes, vitamins, forms or codes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.road import RoadRecognizer, recognizers

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    ("Two people were hurt in a collision on the A38 this morning", "en", ["A38"]),
    ("He was knocked off his bike just off the A1(M) at Stevenage", "en", ["A1(M)"]),
    ("Delays on the M62 after the crash near Huddersfield", "en", ["M62"]),
    ("Our air ambulance landed beside the M5 motorway", "en", ["M5"]),
    ("She crashed on the A9 northbound near Perth", "en", ["A9"]),
    ("The M25 between junctions 10 and 11 is shut", "en", ["M25"]),
    ("Un motard blessé sur l'A7 près de Valence", "fr", ["A7"]),
    ("accident sur la RN 147 dimanche soir", "fr", ["RN 147"]),
    ("une voiture a quitté la D906 à hauteur de Mende", "fr", ["D906"]),
    ("bouchons sur l'autoroute A6 après un accident", "fr", ["A6"]),
    ("Three-car pileup on I-95 sent two to the ER", "en", ["I-95"]),
    ("my dad rolled his truck on Highway 101", "en", ["Highway 101"]),
    ("a cyclist was hit on Route 9 outside Albany", "en", ["Route 9"]),
]

NEGATIVES = [
    ("Please print the form on A4 paper", "en"),
    ("Print on the A4 sheets in the office", "en"),
    ("I'm on the B12 injections every 3 months", "en"),
    ("My HbA1c was 48 last time", "en"),
    ("Fill in an I-9 before you start", "en"),
    ("Seat A12 is by the window", "en"),
    ("Our M&S voucher winners are in!", "en"),
    ("Je prends de la D3 tout l'hiver", "fr"),
    ("la vitamine D3 en hiver", "fr"),
    ("Salle A7 au deuxième étage", "fr"),
    ("Take the 12 bus from the station", "en"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_roads(analyze_with: Analyze, text: str, language: str, expected: list[str]) -> None:
    found = analyze_with(RoadRecognizer(language), text, language)
    assert [surface for kind, surface in found if kind == "LOCATION"] == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_other_letter_numbers(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(RoadRecognizer(language), text, language) == []


def test_one_recognizer_per_language() -> None:
    (recognizer,) = recognizers("fr")
    assert isinstance(recognizer, RoadRecognizer)
    assert recognizer.supported_language == "fr"
