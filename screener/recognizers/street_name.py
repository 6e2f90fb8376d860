"""Streets named without a house number: "we live off Ladybarn Lane", "the Cedar Road
entrance", "j'habite rue des Lilas", "place de la République".

A street narrows a post down to a neighbourhood, like a town does, so it is a LOCATION (a
quasi-identifier); with a house number it is a full address, which the address recognizer
reports and which wins overlaps. English street names need a place word before them ("on",
"off", "near", "the"...), capitalised name words and a capitalised street type; types that
also name events or ideas ("Walk", "Way", "Rise", "Run") are left out ("the Big Walk", "No
Way"). Patterns are case-sensitive unless marked `(?i:)`.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from screener.recognizers.address import STREET_NAME_FR, VOIE_FR
from screener.recognizers.checked import CheckedPatternRecognizer

# Words after which a capitalised "X Road" is a street one is on, near or at.
_PLACE_WORDS = (
    r"(?i:on|off|in|along|down|up|near|at|from|onto|into|past|of|to|the|via|behind|opposite|"
    r"outside|just|corner)"
)
# Street types that are seldom anything else when capitalised after a name word.
_STREET_TYPE = (
    r"(?:Street|Road|Lane|Avenue|Close|Grove|Drive|Crescent|Terrace|Gardens|Mews|Boulevard)"
)
# Idioms shaped like streets.
_IDIOMS = frozenset({"memory lane", "easy street", "civvy street", "queer street"})


class StreetNameRecognizer(CheckedPatternRecognizer):
    """LOCATION: a street named without a house number."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # "off Ladybarn Lane", "the Cedar Road entrance", "near St Mary's Road"
        Pattern(
            "street after a place word",
            rf"(?<=\b{_PLACE_WORDS}\s+)(?:(?:St\.?|\p{{Lu}}[\p{{Ll}}'’-]+)\s+){{1,3}}"
            rf"{_STREET_TYPE}\b",
            0.6,
        ),
        # "rue des Lilas", "avenue Jean Jaurès", "place de la République": not after a house
        # number (the address recognizer's), and the name must be capitalised.
        Pattern(
            "voie sans numéro",
            rf"(?<!\d,?\s|\d)\b{VOIE_FR}\s+{STREET_NAME_FR}",
            0.6,
        ),
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="LOCATION",
            patterns=self.PATTERNS,
            supported_language=supported_language,
            name=f"StreetNameRecognizer_{supported_language}",
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """Refuse idioms and names made only of small words ("The Close")."""
        return _named(text[result.start : result.end])


def _named(span: str) -> bool:
    """Whether a street has a real name: not an idiom, one word that is not a stop word."""
    if span.lower() in _IDIOMS:
        return False
    words = span.split()[:-1] or span.split()
    return any(w.lower() not in STOP_WORDS for w in words)


def recognizers(language: str) -> list[EntityRecognizer]:
    """The street-name recognizer (English and French street names in both languages)."""
    return [StreetNameRecognizer(supported_language=language)]
