"""South African identity numbers: 13 digits, YYMMDDSSSSCAZ, with a Luhn check digit.

The ID number is on every South African's green book or smart card and is asked for by
clinics, hospitals and medical aids: a direct national identifier. Its first six digits are
the date of birth, then four of sequence (0000-4999 female, 5000-9999 male), C the citizenship
(0 citizen, 1 permanent resident, 2 refugee), A a digit once used for race (8 or 9 now), and Z
the Luhn check digit over the twelve before it. A valid date, citizenship digit and check digit
report the number on its own; otherwise it counts only after a phrase that names it ("ID
number", "identity number"), like a record number.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern

from screener.recognizers.named_number import BASE_SCORE, NamedNumberRecognizer

# 13 digits, written whole or in the card's groups of 6, 4 and 3 ("710814 5011 080"), not glued
# to other digits, letters or a decimal point.
_ZA_ID = r"(?<![\w.,/+-])\d{6}\s?\d{4}\s?\d{3}(?![\w/-]|[.,]\d)"
_LENGTH = 13
# Citizenship digits in use.
_CITIZENSHIP = frozenset("012")


def luhn_ok(digits: str) -> bool:
    """The Luhn check: every second digit from the right doubled (minus 9 above 9), sum % 10."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def is_za_id(text: str) -> bool:
    """True for a 13-digit number with a real birth date, a citizenship digit in use and a
    right Luhn check digit."""
    digits = text.replace(" ", "")
    if len(digits) != _LENGTH or not digits.isdigit() or digits[10] not in _CITIZENSHIP:
        return False
    try:
        date(2000 + int(digits[:2]), int(digits[2:4]), int(digits[4:6]))  # any century
    except ValueError:
        return False
    return luhn_ok(digits)


class ZaIdRecognizer(NamedNumberRecognizer):
    """ZA_ID_NUMBER: a South African ID number, by its checks or a phrase naming it."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # Below the threshold on shape alone; the checks raise it to 1.0, a naming phrase to
        # 0.65.
        Pattern("ZA ID", _ZA_ID, BASE_SCORE),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "id number",
        "id no",
        "id nr",
        "identity number",
        "sa id",
        "id book",
        "green book",
        "smart id",
        "numéro d'identité",
    ]
    MIN_LENGTH: ClassVar[int] = _LENGTH
    MAX_LENGTH: ClassVar[int] = _LENGTH

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            entity="ZA_ID_NUMBER",
            patterns=self.PATTERNS,
            supported_language=supported_language,
            name=f"ZaIdRecognizer_{supported_language}",
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """All checks right make it certain; otherwise it is left to the naming phrase."""
        return True if is_za_id(pattern_text) else None


def recognizers(language: str) -> list[EntityRecognizer]:
    """The South African ID recognizer, for English and French posts."""
    return [ZaIdRecognizer(supported_language=language)]
