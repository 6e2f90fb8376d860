"""Short service numbers: the EU's harmonised 116 lines and SMS short codes.

Helplines of social value share one six-digit number across the EU and the UK ("116 123" for
Samaritans and SOS Amitié, "116 117" for out-of-hours care), and text services publish five-
or six-digit short codes ("Text SHOUT to 85258"). They are too short for the phone recognizer
(7 digits at least), and only organisations have them: contacts.py judges them so.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern

from screener.recognizers.lean import LeanPatternRecognizer

# The 116 numbers allocated so far (European Commission decisions 2007/116/EC, 2007/698/EC,
# 2009/884/EC): missing children, victims, child helplines, out-of-hours care, emotional
# support. Written "116123", "116 123" or "116-123"; not glued to other digits or words.
_HARMONISED = r"(?<![\w+/.,-])116[ .-]?(?:000|006|111|117|123)(?![\w/-]|[.,]\d)"
# A code after "text ... to" (English) or "SMS/texto ... au" (French), at most three words
# of up to 12 characters between: "text SHOUT to 85258", "text GIVE 5 to 70085", "envoyez STOP
# par SMS au 36180". 3-6 digits: longer is a
# phone number, which the phone recognizer finds.
_SMS_CODE = (
    r"(?<=\b(?i:text(?:ing)?|sms|texto)\s+(?:\S{1,12}\s+){0,3}(?i:to|au)\s+)"
    r"\d{3,6}(?![\w/-]|[.,]\d| ?\d)"
)


class ShortNumberRecognizer(LeanPatternRecognizer):
    """PHONE_NUMBER: harmonised 116 helplines and SMS short codes."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # The allocated list makes a bare "116 123" a helpline; a count ("116 patients") has
        # no second group of three from the list.
        Pattern("harmonised 116 number", _HARMONISED, 0.7),
        # The verb "text" and "to" before the digits leave little else they could be.
        Pattern("SMS short code", _SMS_CODE, 0.7),
    ]
    CONTEXT: ClassVar[list[str]] = ["helpline", "call", "text", "appelez", "numéro", "ligne"]
    # A short code has 3 digits at least: posts with fewer skip the patterns.
    MIN_DIGITS: ClassVar[int] = 3

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="PHONE_NUMBER",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            # the class's own name: au_service_number's recognizer shares this constructor
            name=f"{type(self).__name__}_{supported_language}",
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )


def recognizers(language: str) -> list[EntityRecognizer]:
    """The short-number recognizer for a language."""
    return [ShortNumberRecognizer(supported_language=language)]
