"""ADDRESS over whole postal addresses (street to postcode/country); street corners as LOCATION;
not schedules, lists, doses, dates or headlines."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.postal_block import PostalBlockRecognizer, find_addresses, recognizers

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    # one line a part, unit and country lines, the closing line kept
    (
        "Please send it to:\n14 Birchwood Road\nFlat 5\nHarrowgate\nLatvia 04417\nThanks!",
        "en",
        [("ADDRESS", "14 Birchwood Road\nFlat 5\nHarrowgate\nLatvia 04417")],
    ),
    # commas instead of lines; the name before the street stays out
    (
        "Tom Reyes, 402 Calle Luna 17, Apt. 3, Segovia, Spain 40001",
        "en",
        [("ADDRESS", "402 Calle Luna 17, Apt. 3, Segovia, Spain 40001")],
    ),
    # US military mail
    ("PSC 2210, Box 118\nAPO AE 09456", "en", [("ADDRESS", "PSC 2210, Box 118\nAPO AE 09456")]),
    ("Our office: USNS Comfort\nFPO AP 96601", "en", [("ADDRESS", "USNS Comfort\nFPO AP 96601")]),
    # US "City, ST 12345", text after the ZIP left out
    (
        "We drove to 1234 Elm St, Springfield, IL 62704 yesterday",
        "en",
        [("ADDRESS", "1234 Elm St, Springfield, IL 62704")],
    ),
    # quoted reply: the quote marks between lines are inside the span, the name line is not
    (
        "> Mia Carter\n> 77 Oakfield Avenue\n> Suite 12\n> DENTON\n> Malta 55120",
        "en",
        [("ADDRESS", "77 Oakfield Avenue\n> Suite 12\n> DENTON\n> Malta 55120")],
    ),
    # all lower case, number after the street name
    (
        "??? 8 hafnargata 14\n??? apt. 22\n??? keflavik\n??? iceland 23011",
        "en",
        [("ADDRESS", "8 hafnargata 14\n??? apt. 22\n??? keflavik\n??? iceland 23011")],
    ),
    (
        "i live at 4821 maple dr, austin, tx 78701",
        "en",
        [("ADDRESS", "4821 maple dr, austin, tx 78701")],
    ),
    # one line, no commas: the unit anchors it, the sentence after is left out
    (
        "Ship it to 9 Pine St Apt. 3 Dover Ghana. Thanks",
        "en",
        [("ADDRESS", "9 Pine St Apt. 3 Dover Ghana")],
    ),
    # numbered street and town only: confirmed by "lives"
    ("She lives at 61 Orla 9, Lindau", "en", [("ADDRESS", "61 Orla 9, Lindau")]),
    # number-last streets with a type word, alone or with a postcode
    ("Meet me at Lindenstrasse 12 tomorrow", "en", [("ADDRESS", "Lindenstrasse 12")]),
    ("Karl Johans gate 22, 0159 Oslo", "en", [("ADDRESS", "Karl Johans gate 22, 0159 Oslo")]),
    ("ul. Polna 5\n00-950 Warszawa", "en", [("ADDRESS", "ul. Polna 5\n00-950 Warszawa")]),
    (
        "the meeting is on the corner of Elm Street and Pine Avenue",
        "en",
        [("LOCATION", "the corner of Elm Street and Pine Avenue")],
    ),
    (
        "Elle habite au 5 rue Pasteur, 44000 Nantes, France",
        "fr",
        [("ADDRESS", "5 rue Pasteur, 44000 Nantes, France")],
    ),
    (
        "Mme Dupont\n12 bis rue Victor Hugo\nAppartement 4\n33000 Bordeaux",
        "fr",
        [("ADDRESS", "12 bis rue Victor Hugo\nAppartement 4\n33000 Bordeaux")],
    ),
    (
        "Écrivez-nous : 14 chemin des Vignes, 84000 Avignon, France",
        "fr",
        [("ADDRESS", "14 chemin des Vignes, 84000 Avignon, France")],
    ),
    ("Il est au 27 avenue Foch, Paris 16e", "fr", [("ADDRESS", "27 avenue Foch, Paris 16e")]),
]

NEGATIVES = [
    # a blood pressure reading before "Dr.": no street and its number
    ("A1C down to 6.8 🎉 BP 131/84. Dr. said keep going.", "en"),
    ("Ce matin TA : 13/8. Dr. Martin est content.", "fr"),
    # a determiner before the "house number": an event
    ("The 2024 Pink Tie Gala raised $212,480 for the mobile mammography coach", "en"),
    ("The 5K Walk starts at 8am, Sunday 22 June", "en"),
    ("World Sickle Cell Day Walk 2025\nDate: Thursday 19th June", "en"),  # a year after a name
    ("Marche le 11 avril, départ 10h place du Marché à Yvetot.", "fr"),  # a time, not a number
    ("Clinic hours:\nMon-Fri 9am - 5pm\nSat 10am - 2pm\nClosed Sundays", "en"),
    ("1. Take 2 tablets twice a day\n2. Drink 500 ml of water\n3. Rest for 2 weeks", "en"),
    ("Call 0800 123 4567\nor text 07700 900123\nLine open 24/7", "en"),
    ("Diagnosed 12 March 2024, France", "en"),
    ("I take 2 Tylenol 500, Advil", "en"),
    ("Top 10 Beaches, Spain", "en"),
    ("Covid 19\nFrance 2020", "en"),
    ("I walked 5 miles down the road today", "en"),
    ("Stage 4 Cancer, Diagnosed 2019\nStill here 2024", "en"),
    ("Flight BA 2490 to Malta 1230 departure", "en"),
    ("a 1668 ACAG 1669 splice site mutation", "en"),
    ("out of the corner of my eye", "en"),
    ("Rendez-vous le 12 mars à 10h\nSalle 5, Bâtiment B", "fr"),
    ("Prendre 2 cp matin et soir\n3 jours de repos", "fr"),
    ("Il a 3 ans, 12 kg, 85 cm", "fr"),
    ("Il reste 1 place de libre dans le service.", "fr"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_whole_addresses(
    analyze_with: Analyze, text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert analyze_with(PostalBlockRecognizer(language), text, language) == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_other_numbered_lines(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(PostalBlockRecognizer(language), text, language) == []


def test_bare_numbered_street_needs_context(analyze_with: Analyze) -> None:
    """ "61 Orla 9, Lindau" could be a dose and a drug: reported only near an address word."""
    assert analyze_with(PostalBlockRecognizer("en"), "We met at 61 Orla 9, Lindau", "en") == []


def test_one_span_covers_every_piece() -> None:
    text = "Bo Lind\n7 Kornvej 4\n Apt. 7\n Odense C\n\n Denmark 5000\n+45 1234 5678"
    ((start, end, score, kind),) = find_addresses(text)
    assert (text[start:end], kind) == (
        "7 Kornvej 4\n Apt. 7\n Odense C\n\n Denmark 5000",
        "ADDRESS",
    )
    assert score >= 0.85


@pytest.mark.parametrize("language", ["en", "fr"])
def test_module_gives_one_recognizer_per_language(language: str) -> None:
    (recognizer,) = recognizers(language)
    assert recognizer.supported_language == language
    assert recognizer.supported_entities == ["ADDRESS", "LOCATION"]
