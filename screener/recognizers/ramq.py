"""Québec health insurance numbers (RAMQ, the "carte soleil"), reported as INSURANCE_NUMBER.

The number is four letters (the first three of the surname and the first of the given name),
the holder's birth date as YYMMDD with 50 added to the month for women, and two digits of
its own: "TREM 7257 1512" is a woman born on 15 July 1972. Cards print it in groups of four.
The birth date's check keeps out product and order codes of the same shape; with a date that
cannot be one, a phrase naming the card ("RAMQ", "carte soleil") still reports it.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern

from screener.recognizers.named_number import BASE_SCORE, NamedNumberRecognizer

# Four capital letters then eight digits, plain or in groups of four ("TREM72571512", "TREM
# 7257 1512", "TREM-7257-1512"), not glued to other letters or digits.
_RAMQ = r"(?<![\w.,/+-])[A-Z]{4}[\s-]?\d{4}[\s-]?\d{4}(?![\w/-])"
# Women's birth months are shifted by this much.
_WOMEN_SHIFT = 50


def is_ramq(text: str) -> bool:
    """True when `text` has the shape of a RAMQ number with a possible birth month and day."""
    compact = "".join(c for c in text.upper() if c.isalnum())
    if len(compact) != 12 or not compact[:4].isalpha() or not compact[4:].isdigit():
        return False
    month, day = int(compact[6:8]), int(compact[8:10])
    if month > _WOMEN_SHIFT:
        month -= _WOMEN_SHIFT
    return 1 <= month <= 12 and 1 <= day <= 31


class RamqRecognizer(NamedNumberRecognizer):
    """INSURANCE_NUMBER: a Québec health insurance number, by its birth date or a phrase."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # Below the threshold on shape alone; a possible birth date raises it to 1.0, a
        # naming phrase to 0.65.
        Pattern("RAMQ number", _RAMQ, BASE_SCORE),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "ramq",
        "carte soleil",
        "carte d'assurance maladie",
        "assurance maladie",
        "numéro d'assurance maladie",
        "health card",
    ]
    MIN_DIGITS: ClassVar[int] = 8
    MIN_LENGTH: ClassVar[int] = 12
    MAX_LENGTH: ClassVar[int] = 12

    def __init__(self, supported_language: str = "fr") -> None:
        super().__init__(
            entity="INSURANCE_NUMBER",
            patterns=self.PATTERNS,
            supported_language=supported_language,
            name=f"RamqRecognizer_{supported_language}",
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """A possible birth date makes it certain; otherwise the phrase decides."""
        return True if is_ramq(pattern_text) else None


def recognizers(language: str) -> list[EntityRecognizer]:
    """The RAMQ recognizer, for French and English posts (Québec writes in both)."""
    return [RamqRecognizer(supported_language=language)]
