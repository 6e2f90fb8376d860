"""French social security numbers (NIR, "numéro de sécu"): 13 characters and a 2-digit key.

Layout: sex (1), birth year (2), birth month (2), department (2, "2A"/"2B" for Corsica, or 3
for overseas departments 97x with a 2-digit commune), commune (3), order (3), key (2). The key
is 97 - (the 13-character number mod 97), Corsican departments counting as 19 (2A) and 18 (2B).
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern

from screener.recognizers.lean import LeanPatternRecognizer

# One optional separator between groups, as people type it: "1 84 12 75 123 456 78",
# "1.84.12.75.123.456.78" or "184127512345678".
_S = r"[ .-]?"
# Sex digit: 1/2 (men/women); 3/4 and 7/8 appear in provisional numbers given while a person
# born abroad is being registered; 0, 5, 6 and 9 never start a NIR.
# Month: 01-12, or 20-99 (unknown or fictitious months INSEE assigns); 00 and 13-19 never occur.
# Department + commune: 2 digits (or 2A/2B) then 3, or an overseas 97x then 2.
_BODY = (
    rf"[1-478]{_S}\d{{2}}{_S}(?:0[1-9]|1[0-2]|[2-9]\d){_S}"
    rf"(?:(?:\d{{2}}|2[AB]){_S}\d{{3}}|97\d{_S}\d{{2}}){_S}\d{{3}}"
)
# Not glued to other digits or letters on either side (a longer number is something else).
_START = r"(?<![\w.-])"
_END = r"(?![\w]|[ .-]\d)"

_SEPARATORS = re.compile(r"[ .-]")


def nir_key(number13: str) -> int:
    """The 2-digit key of a 13-character NIR (Corsican 2A/2B counted as 19/18)."""
    digits = number13.upper().replace("2A", "19").replace("2B", "18")
    return 97 - int(digits) % 97


def is_fr_nir(text: str) -> bool:
    """True when `text` (separators allowed) is a 15-character NIR whose key is right."""
    compact = _SEPARATORS.sub("", text).upper()
    if len(compact) != 15 or not compact[13:].isdigit():
        return False
    try:
        return nir_key(compact[:13]) == int(compact[13:])
    except ValueError:  # letters outside the department field
        return False


class FrNirRecognizer(LeanPatternRecognizer):
    """FR_NIR: the French social security number, key-checked when the key is written."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # With its key: a wrong key rejects the match, a right one (one chance in 97 for a
        # random number of this shape) raises it to 1.0 in validate_result.
        Pattern("NIR with key", rf"{_START}{_BODY}{_S}\d{{2}}{_END}", 0.5),
        # Without its key the shape alone is weak: 0.3, so only context gets it reported.
        Pattern("NIR without key", rf"{_START}{_BODY}{_END}", 0.3),
    ]
    # Substrings of single lower-cased tokens (Presidio's context matching): "sécu" covers
    # "sécu" and "sécurité", "vitale" covers "carte vitale", "social" covers "sociale" and
    # English "social security".
    # The body alone holds 12 digits at least: sex 1, year 2, month 2, department and commune
    # 4 (2A/2B and 3, or 5), serial 3.
    MIN_DIGITS: ClassVar[int] = 12
    CONTEXT: ClassVar[list[str]] = [
        "sécu",
        "secu",
        "social",
        "nir",
        "vitale",
        "insee",
        "ameli",
        "immatriculation",
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="FR_NIR",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name=f"FrNirRecognizer_{supported_language}",
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """Check the key of a 15-character NIR; a 13-character one has none to check."""
        compact = _SEPARATORS.sub("", pattern_text)
        if len(compact) == 13:
            return None
        return is_fr_nir(compact)


def recognizers(language: str) -> list[EntityRecognizer]:
    """The NIR recognizer, for French and English posts."""
    return [FrNirRecognizer(supported_language=language)]
