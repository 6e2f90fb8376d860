"""US social security numbers, with Presidio's patterns and checks plus the 9xx area rule."""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.predefined_recognizers import UsSsnRecognizer as PresidioUsSsnRecognizer

from screener.recognizers.lean import LeanPatternRecognizer

# Presidio's patterns, its "SSN5 (medium)" (any of "-", " ", "." as delimiter, 0.5) split in
# two: the hyphenated form, how SSNs are printed, keeps 0.5; spaces or dots (also digit groups
# in addresses and references) get 0.3, so only context ("SSN", "social security") reports them.
_PATTERNS = [
    *(p for p in PresidioUsSsnRecognizer.PATTERNS if p.name != "SSN5 (medium)"),
    Pattern("SSN5 hyphenated (medium)", r"\b([0-9]{3})-([0-9]{2})-([0-9]{4})\b", 0.5),
    Pattern("SSN5 spaced or dotted (weak)", r"\b([0-9]{3})([ .])([0-9]{2})\2([0-9]{4})\b", 0.3),
]
# Area numbers 900-999 were never issued as SSNs (the 9xx range belongs to ITINs, taxpayer
# numbers of people too), a rule Presidio's own invalidation leaves out: such a number scores
# 0.3, below the reporting threshold, and is reported only beside "SSN" or "social security"
# (+0.35), where the poster says it is theirs ("my SSN (917-44-2038) was on the letter").
_AREA_9XX = re.compile(r"^9")
_AREA_9XX_SCORE = 0.3
_NON_DIGIT = re.compile(r"\D")


class SsnRecognizer(LeanPatternRecognizer, PresidioUsSsnRecognizer):
    """US_SSN: Presidio's UsSsnRecognizer (AAA-GG-SSSS, consistent delimiters, no 000/666
    area, no 00 group, no 0000 serial, no published sample numbers); a 9xx area only with
    context.

    Scores: 3-2-4 with hyphens starts at 0.5 and is reported on its own; with spaces or dots
    at 0.3, reported with context; Presidio's undelimited and oddly grouped forms start at 0.05
    and stay below the reporting threshold even with context (0.4): nine bare digits are too
    often something else.
    """

    PATTERNS = _PATTERNS
    # Every pattern is nine digits (5-4, 3-6, 3-2-4 or one run).
    MIN_DIGITS = 9
    # Presidio's words: "social", "security", "ssn" (a substring of single tokens, so it also
    # covers "SSN#"), "ssns", "ssid".
    CONTEXT = PresidioUsSsnRecognizer.CONTEXT

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            supported_entity="US_SSN",
            name=f"UsSsnRecognizer_{supported_language}",
        )

    def pattern_results(
        self, text: str, pattern: Pattern, flags: int | None
    ) -> list[RecognizerResult]:
        """Presidio's results, a 9xx area number lowered to a hint that needs context."""
        results = super().pattern_results(text, pattern, flags)
        for result in results:
            if _AREA_9XX.match(_NON_DIGIT.sub("", text[result.start : result.end])):
                result.score = min(result.score, _AREA_9XX_SCORE)
        return results


def recognizers(language: str) -> list[EntityRecognizer]:
    """The SSN recognizer (English and French posts: the number is written the same way)."""
    return [SsnRecognizer(supported_language=language)]
