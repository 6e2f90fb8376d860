"""Luxembourg social security numbers (the CNS "matricule", numéro d'identification national):
13 digits, two check digits.

The number is the birth date (YYYYMMDD), a 3-digit serial, then a Luhn digit and a Verhoeff
digit, each computed over the first 11 digits; it is printed in groups ("1961 0407 12340")
on health insurance papers. Two independent check digits leave one chance run in a hundred
through, so the shape is reported without context.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern

from screener.recognizers.in_aadhaar import verhoeff_ok
from screener.recognizers.lean import LeanPatternRecognizer
from screener.recognizers.za_id import luhn_ok

# A year of birth (19xx or 20xx), month, day, serial and the two check digits, in one run or
# with single spaces or dots between groups ("1961 0407 12340", "1961.04.07.123.40"); not glued
# to other digits or letters.
_MATRICULE = r"(?<![\w.])(?:19|20)\d{2}[ .]?\d{2}[ .]?\d{2}[ .]?\d{3}[ .]?\d{2}(?![\w]|[ .]\d)"
_NOT_DIGIT = re.compile(r"\D")


def is_lu_matricule(text: str) -> bool:
    """True for 13 digits (separators aside) with a possible birth month and day (00 when
    unknown), a right Luhn 12th digit and a right Verhoeff 13th digit."""
    digits = _NOT_DIGIT.sub("", text)
    if len(digits) != 13:
        return False
    month, day = int(digits[4:6]), int(digits[6:8])
    if month > 12 or day > 31:
        return False
    return luhn_ok(digits[:12]) and verhoeff_ok(digits[:11] + digits[12])


class LuMatriculeRecognizer(LeanPatternRecognizer):
    """LU_MATRICULE: the Luxembourg national identification number, both checks verified."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # A birth date's shape and 13 digits; validate_result checks both digits and raises
        # a right number to 1.0.
        Pattern("Luxembourg matricule", _MATRICULE, 0.5),
    ]
    MIN_DIGITS: ClassVar[int] = 13
    # Substrings of lower-cased tokens: "matricule", "cns" (Caisse nationale de santé),
    # "sécurité (sociale)", "sozialversicherung".
    CONTEXT: ClassVar[list[str]] = ["matricule", "cns", "sécurité", "sozialvers"]

    def __init__(self, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entity="LU_MATRICULE",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name=f"LuMatriculeRecognizer_{supported_language}",
        )

    def validate_result(self, pattern_text: str) -> bool:
        """Reject a number with an impossible date or a wrong check digit."""
        return is_lu_matricule(pattern_text)


def recognizers(language: str) -> list[EntityRecognizer]:
    """The matricule recognizer, for French and English posts."""
    return [LuMatriculeRecognizer(supported_language=language)]
