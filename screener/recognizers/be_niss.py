"""Belgian national register numbers (NISS / INSZ, "numéro de registre national"): 11 digits,
mod-97 checked.

The number is the birth date (YYMMDD), a 3-digit serial and a 2-digit key, printed
"79.05.14-213.91" on the identity card and on health insurance (mutualité) papers. The key is
97 - (the first 9 digits mod 97), or for people born from 2000 97 - ("2" + those 9 digits mod
97). Only the printed shapes are taken (dots, a hyphen or spaces between the groups): eleven
bare digits are too often a phone number written in full.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern

from screener.recognizers.lean import LeanPatternRecognizer

# "79.05.14-213.91", "79.05.14 213 91", "79 05 14 213 91", "790514-213-91": 2 + 2 + 2 digits
# of the birth date, the serial, the key; not glued to other digits or letters on either side.
_NISS = r"(?<![\w.])\d{2}(?P<s>[. ]?)\d{2}(?P=s)\d{2}[-. ]\d{3}[-. ]\d{2}(?![\w]|[-. ]\d)"
_NOT_DIGIT = re.compile(r"\D")
# Months: 01-12, or 00 when the date is unknown; +20 or +40 for "bis" numbers given to people
# missing from the register (their month carries the sex when known).
_MONTH_OFFSETS = (0, 20, 40)


def is_be_niss(text: str) -> bool:
    """True when `text` (any separators) is 11 digits with a possible birth month and day and a
    right mod-97 key, for a birth before or from 2000."""
    digits = _NOT_DIGIT.sub("", text)
    if len(digits) != 11:
        return False
    month, day = int(digits[2:4]), int(digits[4:6])
    if not any(0 <= month - offset <= 12 for offset in _MONTH_OFFSETS) or day > 31:
        return False
    body, key = int(digits[:9]), int(digits[9:])
    return key in (97 - body % 97, 97 - (2_000_000_000 + body) % 97)


class BeNissRecognizer(LeanPatternRecognizer):
    """BE_NISS: the Belgian national register number, key verified."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # The 2-2-2-3-2 grouping alone is rare; the key (validate_result) rejects 96 in 97 of
        # chance runs, and a right one raises the score to 1.0.
        Pattern("NISS number", _NISS, 0.5),
    ]
    MIN_DIGITS: ClassVar[int] = 11
    # Substrings of lower-cased tokens: "niss", "insz", "registre (national)", "national",
    # "mutualité" / "mutuelle", "rijksregister".
    CONTEXT: ClassVar[list[str]] = ["niss", "insz", "registre", "national", "mutu", "rijksreg"]

    def __init__(self, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entity="BE_NISS",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name=f"BeNissRecognizer_{supported_language}",
        )

    def validate_result(self, pattern_text: str) -> bool:
        """Reject a number with an impossible date or a wrong key."""
        return is_be_niss(pattern_text)


def recognizers(language: str) -> list[EntityRecognizer]:
    """The NISS recognizer, for French and English posts."""
    return [BeNissRecognizer(supported_language=language)]
