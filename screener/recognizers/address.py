"""Street addresses: "14 Elm Grove", "Flat 2, 5 Mill Lane", "1234 Elm St, Springfield",
"12 rue des Lilas", "3 avenue Jean Jaurès", P.O. boxes and "Suite 574".

A street address is a house number, a street name and a street-type word. The name must be
capitalised, which keeps out counts ("2 close friends", "3 lane motorway", "1 place de libre"):
patterns are case-sensitive unless marked `(?i:)`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern

from screener.recognizers.gated import DIGIT, Gate, GatedPatternRecognizer
from screener.recognizers.postal_words import DETERMINERS_EN

# A house number: "14", "221B", "12-14", "12a"; not part of a price, a decimal or a longer
# number ("£5", "4,212", "3.5"). The letter is never "h": "départ 10h place du Marché" is a time.
# Nor a possessive's or a determiner's: "her 5K Riverside Walk", "The 10K Canal Walk" are races.
_HOUSE_NO = (
    rf"(?<![\d,.£$€/-])(?<!\b(?i:{DETERMINERS_EN})\s)"
    r"\b\d{1,5}(?:(?![hH])[A-Za-z])?(?:\s?[-–/]\s?\d{1,5}[A-Za-z]?)?"
)
# A flat or unit before the house number: "Flat 2, 5 Mill Lane", "Apt 4B, 10 High St",
# "appartement 3, 7 rue de la Paix".
_FLAT = r"(?:(?i:flat|apartment|apt\.?|unit|appartement|appt\.?)\s+\d{1,4}[A-Za-z]?,?\s+)"
# A capitalised word of a street name ("Baker", "O'Connell", "St", "St.").
_NAME_WORD = r"\p{Lu}[\p{Ll}'’.-]*"
# English street types: full words in any case, abbreviations capitalised ("St", "Rd").
_STREET_EN = (
    r"(?:(?i:street|road|lane|avenue|close|grove|drive|way|crescent|place|court|terrace|"
    r"gardens|square|row|mews|walk|rise|boulevard|parade|hill|view|green|vale|parkway|"
    r"highway)|(?:St|Rd|Ln|Ave|Av|Cl|Gr|Dr|Cres|Pl|Ct|Tce|Gdns|Sq|Blvd|Pkwy|Hwy)\.?)"
)
# After the street, its town: ", Springfield", ", Springfield, IL 62704". Only taken when it
# ends the phrase, so "14 Elm Grove, Mum said" does not swallow "Mum".
_TOWN_TAIL = (
    r"(?:,\s*\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}"
    r"(?:,?\s+[A-Z]{2}(?:\s+\d{5}(?:-\d{4})?)?)?(?=\s*(?:[,.;:!?)\n]|$)))"
)
# French street types ("rue", "av.", "bd", "allée"...), in any case.
VOIE_FR = (
    r"(?i:rue|avenue|av\.|boulevard|boul\.|bd|chemin|impasse|allée|allee|place|route|quai|cours|"
    r"square|passage|sentier|voie|rond-point|résidence|lotissement|hameau|cité|faubourg|"
    r"promenade|esplanade|parvis|villa|chaussée)"
)
# Small words inside French street names ("de la", "des", "l'").
_PART_FR = r"(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|les|l['’]|aux|au|à\s+la|à|sur|en|et)"
# A word of a French street name: capitalised, or a day number before one ("rue du 8 Mai").
_WORD_FR = r"(?:\p{Lu}[\p{L}'’]*|\d{1,2}(?:er)?(?=\s+\p{Lu}))"
STREET_NAME_FR = rf"(?:{_PART_FR}\s*)*{_WORD_FR}(?:[\s-]+(?:{_PART_FR}\s*)*{_WORD_FR}){{0,4}}"

_SHARED = [
    # "14 Elm Grove", "221B Baker Street", "Flat 2, 5 Mill Lane", "1234 Elm St, Springfield"
    Pattern(
        "house number street",
        # (the name and its type share the number's line: "Sunday 4 May\nSt John Ambulance"
        # is a date, then a charity)
        rf"{_FLAT}?{_HOUSE_NO},?[ \t]+(?:{_NAME_WORD}[ \t]+){{1,3}}{_STREET_EN}(?![\w'’])"
        rf"{_TOWN_TAIL}?",
        0.6,
    ),
    # "12 rue des Lilas", "3 avenue Jean Jaurès", "10 bis, place de la République"
    Pattern(
        "numéro et voie",
        # (a number and its street share a line: "avril 2026\nRésidence ..." is a date's year)
        rf"{_FLAT}?{_HOUSE_NO}(?:\s?(?i:bis|ter|quater)\b)?,?[ \t]+{VOIE_FR}\s+{STREET_NAME_FR}",
        0.6,
    ),
    # "P.O. Box 123", "PO Box 12", "Post Office Box 9"
    Pattern(
        "po box",
        r"\b(?i:p\.?\s?o\.?\s?box|post\s+office\s+box|boîte\s+postale)\s+\d{1,6}\b",
        0.85,
    ),
    # "Suite 574", "Apt. 617", "Flat 2": capitalised, as in an address line.
    Pattern("suite", r"\b(?:Suite|Ste\.|Apt\.?|Apartment|Flat)\s+#?\d{1,5}[A-Za-z]?\b", 0.5),
]
_FRENCH_ONLY = [
    # "BP 123" (boîte postale): only in French, where blood pressure is "TA", and never
    # before a slash ("BP 120/80").
    Pattern("bp", r"\bBP\s?\d{1,5}(?![\d/])", 0.6),
    # "appartement 12", "appt 4"
    Pattern("appartement", r"\b(?i:appartement|appt\.?)\s+\d{1,4}[A-Za-z]?\b", 0.5),
    # Bamako's and Ouagadougou's numbered streets and doors ("rue 412, porte 37"): a home
    Pattern("rue porte", r"\b(?i:rue)\s+\d{1,4},?\s+(?i:porte)\s+\d{1,4}\b", 0.6),
]


class AddressRecognizer(GatedPatternRecognizer):
    """ADDRESS: a street address, P.O. box or suite/flat number."""

    PATTERNS: ClassVar[dict[str, list[Pattern]]] = {"en": _SHARED, "fr": [*_SHARED, *_FRENCH_ONLY]}
    # What a post must hold for a pattern to match (see gated.py): every pattern has a digit
    # (_HOUSE_NO, or the number after its keyword), the keyword patterns their keyword.
    GATES: ClassVar[Mapping[str, Gate]] = {
        "house number street": Gate(DIGIT),
        "numéro et voie": Gate(DIGIT),
        "po box": Gate(DIGIT, ("box", "boîte")),
        "suite": Gate(DIGIT, ("suite", "ste.", "apt", "apartment", "flat")),
        "bp": Gate(DIGIT, "bp"),
        "appartement": Gate(DIGIT, ("appartement", "appt")),
        "rue porte": Gate(DIGIT, "porte"),
    }
    # Words that make an address a home address (Presidio adds 0.35 within 5 words before).
    CONTEXT: ClassVar[list[str]] = [
        "live",
        "lives",
        "living",
        "address",
        "moved",
        "house",
        "habite",
        "adresse",
        "domicile",
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="ADDRESS",
            patterns=self.PATTERNS.get(supported_language, _SHARED),
            context=self.CONTEXT,
            supported_language=supported_language,
            name=f"AddressRecognizer_{supported_language}",
            # Case matters (street names are capitalised): each pattern marks its (?i:) parts.
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )


def recognizers(language: str) -> list[EntityRecognizer]:
    """The address recognizer (English and French street patterns in both languages)."""
    return [AddressRecognizer(supported_language=language)]
