"""ADDRESS: street addresses with a house number, P.O. boxes and suites; not counts."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.address import AddressRecognizer, recognizers

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    ("Carers visit her at 27 Rosemary Close every day.", "en", ["27 Rosemary Close"]),
    ("He moved to 8a Kingfisher Way last spring.", "en", ["8a Kingfisher Way"]),
    ("Parcel for Flat 3, 19 Orchard Road please.", "en", ["Flat 3, 19 Orchard Road"]),
    ("Old home: 310 Maple Ave, Riverton", "en", ["310 Maple Ave, Riverton"]),
    ("Drop it at 56 St Anne's Terrace.", "en", ["56 St Anne's Terrace"]),
    ("Write to PO Box 4410 for forms.", "en", ["PO Box 4410"]),
    ("Our clinic moved to Suite 210.", "en", ["Suite 210"]),
    ("Meet me at 4 Queen Victoria Street at noon.", "en", ["4 Queen Victoria Street"]),
    ("Il habite au 15 rue Victor Hugo depuis 30 ans.", "fr", ["15 rue Victor Hugo"]),
    ("Rendez-vous 2 bis avenue de la Libération.", "fr", ["2 bis avenue de la Libération"]),
    ("Elle vit 48, boulevard Saint-Michel.", "fr", ["48, boulevard Saint-Michel"]),
    ("Chez ma mère, 7 impasse des Peupliers.", "fr", ["7 impasse des Peupliers"]),
    ("Envoyer au 11 allée du Parc.", "fr", ["11 allée du Parc"]),
    # a numbered street and door, as Bamako writes an address
    ("Soins à domicile vers Badalabougou, rue 218, porte 44 ?", "fr", ["rue 218, porte 44"]),
]

NEGATIVES = [
    # a date's day and month, then a charity on the next line: no street
    ("Gig racing, Friday 2 May to Sunday 4 May\nSt John Ambulance will be on the quay", "en"),
    # a year ending a dateline, then a residence's name on the next line
    ("La Gazette – mai 2026\nRésidence Les Hortensias, Vannes", "fr"),
    ("Newsletter, June 2026\nPark Lane Surgery news", "en"),
    ("Départ 10h place du Marché, arrivée 12h rue de la Gare.", "fr"),  # times, not numbers
    ("I have 2 close friends on the ward.", "en"),
    ("It was a 3 lane road and we crashed.", "en"),
    ("Take 2 tablets with food.", "en"),
    ("We raised 4,500 Pounds Way beyond target.", "en"),
    ("Top 10 Tips For Better Sleep", "en"),
    ("Great Ormond Street Hospital is in London.", "en"),
    ("BP 140/90 today.", "en"),
    ("He lives on the high street.", "en"),
    ("Il reste 1 place de libre dans le service.", "fr"),
    ("J'ai traversé 3 rues pour venir.", "fr"),
    ("On a fait 5 cours de yoga.", "fr"),
    ("La rue 218 est fermée, passez par la porte de secours.", "fr"),
    ("La TA était à 14/9, pas la BP 120/80.", "fr"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_addresses(
    analyze_with: Analyze, text: str, language: str, expected: list[str]
) -> None:
    found = analyze_with(AddressRecognizer(language), text, language)
    assert [surface for kind, surface in found if kind == "ADDRESS"] == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_counts_and_unnumbered_streets(
    analyze_with: Analyze, text: str, language: str
) -> None:
    assert analyze_with(AddressRecognizer(language), text, language) == []


def test_french_post_office_box(analyze_with: Analyze) -> None:
    found = analyze_with(AddressRecognizer("fr"), "Écrire à BP 3021, 44000 Nantes.", "fr")
    assert found == [("ADDRESS", "BP 3021")]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_module_gives_one_recognizer_per_language(language: str) -> None:
    (recognizer,) = recognizers(language)
    assert recognizer.supported_language == language
    assert recognizer.supported_entities == ["ADDRESS"]
