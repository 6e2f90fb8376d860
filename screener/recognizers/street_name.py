"""Streets named without a house number: "we live off Ladybarn Lane", "the Cedar Road
entrance", "j'habite rue des Lilas", "place de la République".

A street narrows a post down to a neighbourhood, like a town does, so it is a LOCATION (a
quasi-identifier); with a house number it is a full address, which the address recognizer
reports and which wins overlaps. English street names need capitalised name words, a
capitalised street type, and before them a place word ("on", "off", "near", "the"...) or the
comma of an address line that goes on to a town ("Kerrigan's Pharmacy, Main Street, Omagh");
types that also name events or ideas ("Walk", "Way", "Rise", "Run") are left out ("the Big
Walk", "No Way"). Patterns are case-sensitive unless marked `(?i:)`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import ClassVar

import regex  # type: ignore[import-untyped]  # Presidio's engine: \p{Lu}, like the patterns
from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from screener.gazetteers import canonical, everyday_words, places
from screener.recognizers.address import STREET_NAME_FR, VOIE_FR
from screener.recognizers.gated import Gate, GatedPatternRecognizer

# Words after which a capitalised "X Road" is a street one is on, near or at.
_PLACE_WORDS = (
    r"(?i:on|off|in|along|down|up|near|at|from|onto|into|past|of|to|the|via|behind|opposite|"
    r"outside|just|corner)"
)
# Street types that are seldom anything else when capitalised after a name word.
_STREET_TYPE = (
    # (North American roads too: "Stan Schlueter Loop", "Blue Ridge Parkway", "Turnpike")
    r"(?:Street|Road|Lane|Avenue|Close|Grove|Drive|Crescent|Terrace|Gardens|Mews|Boulevard|"
    r"Parkway|Loop|Highway|Turnpike)"
)
# Gate of the English patterns: the street type, which they match capitalised (necessary, as
# the folded text then holds it in lower case), saves running them on most posts.
_TYPE_WORDS = (
    "street", "road", "lane", "avenue", "close", "grove", "drive", "crescent", "terrace",
    "gardens", "mews", "boulevard", "parkway", "loop", "highway", "turnpike",
)  # fmt: skip
# Gate of "voie sans numéro": VOIE_FR's words, which it matches in any case ("av." and
# "rond-point" as written; "allee" and "allée" both).
_VOIE_WORDS = (
    "rue", "avenue", "av.", "boulevard", "boul.", "bd", "chemin", "impasse", "allée", "allee",
    "place", "route", "quai", "cours", "square", "passage", "sentier", "voie", "rond-point",
    "résidence", "lotissement", "hameau", "cité", "faubourg", "promenade", "esplanade", "parvis",
    "villa", "chaussée",
)  # fmt: skip
# Gate of "calle": the Spanish street words, in lower case as the gate reads them; the pattern
# wants them capitalised.
_CALLE_WORDS = ("calle", "avenida", "paseo", "camino", "carretera", "callejón")
_CALLE_HEADS = "|".join(word.capitalize() for word in _CALLE_WORDS)
# A street's name: a compass initial maybe ("W. Stan Schlueter Loop", as US addresses write
# West), one to three capitalised words (or "St"), then the street type.
_STREET = rf"(?:[NSEW]\.\s+)?(?:(?:St\.?|\p{{Lu}}[\p{{Ll}}'’-]+)\s+){{1,3}}{_STREET_TYPE}\b"
# Idioms shaped like streets.
_IDIOMS = frozenset({"memory lane", "easy street", "civvy street", "queer street"})
# The patterns' names: the gates and `keep` tell them by name.
_AFTER_PLACE_WORD = "street after a place word"
# The address-line pattern's name (its matches pass the checks of `_address_line`).
_BETWEEN_COMMAS = "street between commas"
# What follows the comma that closes an address line: a capitalised word (the town), then
# whether a list goes on ("Emmerdale and Hollyoaks": a list of names ends so, an address not).
_TOWN = regex.compile(r"\s*,\s*(\p{Lu}[\p{L}'’-]*)(\s+(?:and|or|&|et|ou)\b)?")


class StreetNameRecognizer(GatedPatternRecognizer):
    """LOCATION: a street named without a house number."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # "off Ladybarn Lane", "the Cedar Road entrance", "near St Mary's Road"
        Pattern(
            _AFTER_PLACE_WORD,
            rf"(?<=\b{_PLACE_WORDS}\s+){_STREET}",
            0.6,
        ),
        # "Kerrigan's Pharmacy, Main Street, Omagh", "the Old Mill, High Street, Thame": a
        # street between two commas, the second one followed by a capitalised word, as an
        # address is written on one line (checked further in `_address_line`).
        Pattern(_BETWEEN_COMMAS, rf"(?<=,\s*){_STREET}(?=\s*,\s*\p{{Lu}})", 0.6),
        # "rue des Lilas", "avenue Jean Jaurès", "place de la République": not after a house
        # number (the address recognizer's), and the name must be capitalised.
        Pattern(
            "voie sans numéro",
            rf"(?<!\d,?\s|\d)\b{VOIE_FR}\s+{STREET_NAME_FR}",
            0.6,
        ),
        # "Calle Luna", "Avenida Ponce de León", "Paseo de la Princesa": Spanish streets, as
        # posts from Puerto Rico or Latin America name them, with a capital on both words.
        Pattern(
            "calle",
            rf"\b(?:{_CALLE_HEADS})\s+"
            r"(?:(?:de|del|de\s+la|de\s+los|de\s+las)\s+)?\p{Lu}[\p{L}'’-]+"
            r"(?:\s+(?:de\s+)?\p{Lu}[\p{L}'’-]+){0,2}",
            # above spaCy's person guess (0.85), which reads the name after the street word
            # as a person's ("Avenida Ponce de León")
            0.9,
        ),
    ]

    # The English patterns need a street type; the address line also needs a comma; the
    # French one its street word; the Spanish one its own.
    GATES: ClassVar[Mapping[str, Gate]] = {
        _AFTER_PLACE_WORD: Gate(_TYPE_WORDS),
        _BETWEEN_COMMAS: Gate(",", _TYPE_WORDS),
        "voie sans numéro": Gate(_VOIE_WORDS),
        "calle": Gate(_CALLE_WORDS),
    }

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="LOCATION",
            patterns=self.PATTERNS,
            supported_language=supported_language,
            name=f"StreetNameRecognizer_{supported_language}",
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
        self._lang = supported_language if supported_language in ("en", "fr") else "en"

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """Refuse idioms, names made only of small words ("The Close"), and streets between
        commas that are on no address line."""
        if not _named(text[result.start : result.end]):
            return False
        explanation = result.analysis_explanation
        between_commas = explanation is not None and explanation.pattern_name == _BETWEEN_COMMAS
        return not between_commas or self._address_line(text, result.end)

    def _address_line(self, text: str, end: int) -> bool:
        """Whether a street between commas is on an address line: the next comma is followed
        by a town's name, not an everyday word ("Yes, Harley Street, Really?"; a place that
        is one, such as "Bath", counts), and no list of names goes on after it ("Neighbours,
        Coronation Street, Emmerdale and Hollyoaks")."""
        after = _TOWN.match(text, end)
        if after is None or after.group(2):
            return False
        town = after.group(1)
        return not _everyday(town) or canonical(town) in places(self._lang)


def _everyday(word: str) -> bool:
    """An everyday word or a stop word ("Really", "So", "Thanks"), whatever its case."""
    lowered = word.lower().strip("'’")
    return lowered in everyday_words() or lowered in STOP_WORDS


def _named(span: str) -> bool:
    """Whether a street has a real name: not an idiom, one word that is not a stop word."""
    if span.lower() in _IDIOMS:
        return False
    words = span.split()[:-1] or span.split()
    return any(w.lower() not in STOP_WORDS for w in words)


def recognizers(language: str) -> list[EntityRecognizer]:
    """The street-name recognizer (English and French street names in both languages)."""
    return [StreetNameRecognizer(supported_language=language)]
