"""Swiss social security numbers (AVS / AHV, "numéro AVS"): 13 digits, EAN-13 checked.

Since 2008 the number is 756 (Switzerland's ISO 3166 code) then 9 digits and an EAN-13 check
digit, printed "756.1234.5678.97" on the health insurance card. The fixed prefix and the check
digit make it recognisable without context in the posts of French-speaking Switzerland.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern

from screener.recognizers.lean import LeanPatternRecognizer

# "756.1234.5678.97", "756 1234 5678 97" or "7561234567897": one separator kind between
# groups, not glued to other digits or letters on either side.
_AVS = r"(?<![\w.])756(?P<s>[. ]?)\d{4}(?P=s)\d{4}(?P=s)\d{2}(?![\w]|[. ]\d)"
_SEPARATORS = re.compile(r"[. ]")


def is_ch_avs(text: str) -> bool:
    """True when `text` (dots or spaces allowed) is a 756 number with a right EAN-13 digit."""
    digits = _SEPARATORS.sub("", text)
    if len(digits) != 13 or not digits.isdigit() or not digits.startswith("756"):
        return False
    # EAN-13: weights 1, 3, 1, 3... from the left on the first 12 digits.
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])


class ChAvsRecognizer(LeanPatternRecognizer):
    """CH_AVS: the Swiss social security number, check digit verified."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # The 756 prefix and the shape leave one random 13-digit run in a thousand; the check
        # digit (validate_result) rejects nine in ten of those, a right one raises it to 1.0.
        Pattern("AVS number", _AVS, 0.5),
    ]
    # Substrings of lower-cased tokens: "avs", "ahv", "assurance" (carte d'assurance), "sécu".
    # 756 and 4 + 4 + 2 digits.
    MIN_DIGITS: ClassVar[int] = 13
    CONTEXT: ClassVar[list[str]] = ["avs", "ahv", "avs-nr", "assurance", "sécu", "social"]

    def __init__(self, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entity="CH_AVS",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name=f"ChAvsRecognizer_{supported_language}",
        )

    def validate_result(self, pattern_text: str) -> bool:
        """Reject a number whose EAN-13 check digit is wrong."""
        return is_ch_avs(pattern_text)


def recognizers(language: str) -> list[EntityRecognizer]:
    """The AVS recognizer, for French and English posts."""
    return [ChAvsRecognizer(supported_language=language)]
