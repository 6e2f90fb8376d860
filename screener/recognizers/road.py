"""Numbered roads: "on the M62", "the A38 near Exeter", "l'A7", "la RN 147", "I-95", "Route 9".

Accident and ambulance posts place a person by the road they were on ("a motorcyclist, 19,
injured on the A38 on Sunday"): a road narrows the where as a town does, so it is reported as
LOCATION. A letter and a number are many other things (paper sizes, vitamins, bus routes,
grid cells, seat numbers), so British and French road numbers count only in a road's phrase:
a preposition and an article before them ("on the A38", "sur l'A7", "de la N7"), or a road
word after them ("M62 motorway", "A1 northbound"). Patterns are case-sensitive unless marked
`(?i:)`: road numbers are written in capitals.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern

from screener.recognizers.lean import LeanPatternRecognizer

# British motorways and A roads ("M62", "A38", "A1(M)"). B roads are left out: "on the B12"
# is more often a vitamin than a road.
_UK_ROAD = r"(?:M\d{1,3}|A\d{1,4})(?:\(M\))?"
# Prepositions that put someone on or near a road ("crash on the M62", "just off the A1").
_EN_PREP = (
    r"(?i:on|off|along|near|onto|from|down|up|via|past|at|by|across|beside|leaving|joining|"
    r"closed|shut|blocked)"
)
# Road words after the number ("M62 motorway", "A1 northbound", "A38 junction").
_ROAD_AFTER = (
    r"(?i:motorway|road|northbound|southbound|eastbound|westbound|junction|slip\s+road|"
    r"roundabout|flyover|dual\s+carriageway|services|near|between)"
)
# What a paper size or a grid cell is followed by ("an A4 sheet", "the A4 paper").
_NOT_ROAD_AFTER = r"(?!\s*(?i:paper|sheet|size|format|page|envelope|poster|leaflet|pad|print))"
# French roads: autoroutes ("A7"), nationales ("N7", "RN 147"), départementales ("D906", "RD
# 1"), after the article that French puts before a road name ("l'A7", "la N7", "la RN 147").
# Départementales take two digits at least: "de la D3" is vitamin D3.
_FR_ROAD = r"(?:A\s?\d{1,3}|R?N\s?\d{1,4}|R?D\s?\d{2,4})"
# US roads name their kind ("I-95", "Interstate 5", "Route 66", "Highway 101", "US-101");
# "I-" takes two digits at least ("I-9" is an employment form).
_US_ROAD = r"(?:I-\d{2,3}|(?:Interstate|Highway|Hwy\.?|Route|State\s+Route|SR|US)[\s-]\d{1,4})"


class RoadRecognizer(LeanPatternRecognizer):
    """LOCATION: a numbered road in the phrase that makes it one."""

    # Every road form above holds a digit (`\d`): a post without one is not searched.
    MIN_DIGITS: ClassVar[int] = 1

    PATTERNS: ClassVar[list[Pattern]] = [
        # "on the A38", "just off the M1", "closed the M62": a road after its preposition.
        Pattern(
            "uk road after the",
            rf"(?<=\b{_EN_PREP}\s+the\s+){_UK_ROAD}(?!\w){_NOT_ROAD_AFTER}",
            0.7,
        ),
        # "M62 motorway", "the A1 northbound": a road word after the number.
        Pattern("uk road before a road word", rf"\b{_UK_ROAD}(?!\w)(?=\s+{_ROAD_AFTER}\b)", 0.7),
        # "sur l'A7", "de la N7", "la RN 147", "l'autoroute A6", "la route D906"
        Pattern(
            "route française",
            rf"(?<=\b(?:l['’]|la\s+|(?i:autoroute|nationale|départementale|route)\s+)){_FR_ROAD}"
            r"\b(?!\s*(?i:km/h))",
            0.7,
        ),
        # "I-95", "Interstate 5", "Route 66", "Highway 1": the kind is in the name.
        Pattern("us road", rf"\b{_US_ROAD}\b(?![\d.,]\d)", 0.65),
    ]
    # Words of accidents and travel that make a road mention more certain.
    CONTEXT: ClassVar[list[str]] = [
        "crash",
        "collision",
        "accident",
        "junction",
        "motorway",
        "autoroute",
        "traffic",
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="LOCATION",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name=f"RoadRecognizer_{supported_language}",
            # Road numbers are capitals: each pattern marks its case-insensitive parts.
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )


def recognizers(language: str) -> list[EntityRecognizer]:
    """The road recognizer (British, French and US road numbers in both languages)."""
    return [RoadRecognizer(supported_language=language)]
