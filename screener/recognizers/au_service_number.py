"""Australian service numbers: freecall 1800, local-rate 1300 and six-digit 13 numbers.

Helplines and health services in Australia publish "1800 555 239", "1300 224 636" and "13 11
14" (Lifeline). python-phonenumbers reads them only with Australia as the region, which the
phone recognizer does not try (GB, FR, US); only organisations have them, so contacts.py
judges them so (`_SERVICE_NUMBER`).
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern

from screener.recognizers.short_number import ShortNumberRecognizer

# Freecall and local-rate numbers: 1800 or 1300 and six digits, as 3-3 or 2-2-2 groups or
# none ("1800 555 239", "1300 22 46 36", "1800555239"); not glued to other digits or words.
_TEN_DIGITS = (
    r"(?<![\w+/.,-])1[38]00[ -]?(?:\d{3}[ -]?\d{3}|\d{2}[ -]\d{2}[ -]\d{2})(?![\w/-]|[.,]\d| ?\d)"
)
# Six-digit 13 numbers, spaced as published ("13 11 14", "13 YARN" is a word), after a word of
# calling or of a line within a few words ("call Lifeline on 13 11 14", "Lifeline: 13 11 14"):
# bare, "13 11 14" may be a date or a score.
_THIRTEEN = (
    r"(?<=\b(?i:call|ring|phone|dial|lifeline|line|helpline|hotline|on|ph|tel|contact)\b"
    r"[^\n.!?]{0,24}?)(?<![\w+/.,-])13[ ]\d{2}[ ]\d{2}(?![\w/-]|[.,]\d| ?\d)"
)


class AuServiceNumberRecognizer(ShortNumberRecognizer):
    """PHONE_NUMBER: Australian 1800, 1300 and 13 service numbers (only organisations have
    them, as short numbers: the same recognizer with these patterns)."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # The 1800/1300 prefix and ten digits are a service number's shape.
        Pattern("AU 1800 / 1300 number", _TEN_DIGITS, 0.7),
        # A 13 number only after a word of calling: the shape alone is too short.
        Pattern("AU 13 number", _THIRTEEN, 0.7),
    ]
    CONTEXT: ClassVar[list[str]] = ["call", "freecall", "phone", "line", "helpline"]
    # Six digits at least: posts with fewer skip the patterns.
    MIN_DIGITS: ClassVar[int] = 6


def recognizers(language: str) -> list[EntityRecognizer]:
    """The Australian service-number recognizer for a language."""
    return [AuServiceNumberRecognizer(supported_language=language)]
