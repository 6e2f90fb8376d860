"""Postcodes introduced by their name: "my zip code is 29812", "postcode 2000", "code postal
75015", "CP 69003".

A bare five-digit number is anything (a count, an order, a price); right after "zip code",
"postal code" or "code postal" it is a place. Only the code itself is reported, as LOCATION:
a postcode narrows a post down to a few streets. UK postcodes are uk_postcode's (their format
is enough); a French code followed by its town is too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern

from screener.recognizers.gated import DIGIT, Gate, GatedPatternRecognizer

# The name of the code, then an optional verb or colon: "zip code is", "ZIP:", "postal code
# was", "code postal :", "code postal est", "n°". Presidio runs patterns with the `regex`
# module, whose lookbehind can vary in length, so the name stays out of the span.
_INTRO = (
    r"(?<=\b(?i:zip(?:\s*code)?|post\s?code|postal\s+code|code\s+postal)"
    r"\s*(?:(?i:is|was|=|est|n°|no\.?|#)\s*|:\s*)?)"
)
# French "CP" (code postal) in capitals only: lower-case "cp" is a tablet ("2 cp").
_INTRO_CP = r"(?<=\bCP\s*:?\s*)"
# The codes: US ZIP or ZIP+4, 4-6 digits elsewhere ("2000", "75015", "110001"), Canadian
# "K1A 0B1", Polish "00-950", Swedish "114 55", Dutch "1012 AB". Not part of a longer
# number, a decimal or a dose ("zip 25000 mg" does not happen; "CP 1000 mg" might).
_CODE = (
    r"(?:\d{5}-\d{4}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{2}-\d{3}|\d{3}\s\d{2}(?!\d)|\d{4}\s?[A-Z]{2}"
    r"(?![A-Za-z])|\d{4,6})(?![\d.,]\d|\d)(?!\s?(?i:mg|ml|g|mcg|µg|ui|iu|%)\b)"
)


class ZipCodeRecognizer(GatedPatternRecognizer):
    """LOCATION: a postcode right after its name ("zip code", "postcode", "code postal")."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # The name says what the number is: as sure as a pattern gets without a checksum.
        Pattern("named postcode", rf"{_INTRO}{_CODE}", 0.8),
        # "CP 75015": French five-digit codes only, "CP" being also a school year.
        Pattern("cp", rf"{_INTRO_CP}\d{{5}}(?![\d.,]\d|\d)", 0.7),
    ]
    # What a post must hold for a pattern to match (see gated.py): every _CODE has a digit;
    # every name of _INTRO holds "zip" or "post" ("code postal" too), _INTRO_CP "CP".
    GATES: ClassVar[Mapping[str, Gate]] = {
        "named postcode": Gate(DIGIT, ("zip", "post")),
        "cp": Gate(DIGIT, "cp"),
    }

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="LOCATION",
            patterns=self.PATTERNS,
            supported_language=supported_language,
            name=f"ZipCodeRecognizer_{supported_language}",
            # Case matters for "CP" and the letters of Canadian and Dutch codes; each pattern
            # marks its case-insensitive parts with (?i:).
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )


def recognizers(language: str) -> list[EntityRecognizer]:
    """The named-postcode recognizer (English and French names in both languages)."""
    return [ZipCodeRecognizer(supported_language=language)]
