"""Australian Medicare card numbers, reported as INSURANCE_NUMBER.

The number has ten digits: eight identifying the card (the first one 2-6), a check digit, and
the card's issue number; the card prints them 4-5-1 ("2953 72235 1"), and a person's position
on a family card, the IRN (1-9), often follows ("2953 72235 1 2", "2953 72235 1/2"). The check
digit is the sum of the first eight digits weighted 1, 3, 7, 9, 1, 3, 7, 9, modulo 10, so one
random number in ten passes: the checksum alone is no proof. A checksum-valid number in the
card's spaced 4-5-1 grouping is reported on its own; one hyphenated or written as one run of
ten digits only after a naming phrase ("Medicare", "Medicare card", "card number").

Presidio ships a recognizer for the same number (AuMedicareRecognizer, not in our registry):
this one has another class name, so that Presidio's own registry still loads its class.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from screener.recognizers.named_number import BASE_SCORE, NamedNumberRecognizer

# Not preceded by a digit, a hyphen or a "+" (an international phone number), directly or
# after one space, and not followed by another digit group: a longer number (a payment card,
# a phone number with its country code) is not cut into a Medicare number. No gate is needed:
# every pattern needs a digit, and the engine skips INSURANCE_NUMBER in posts without one.
_START = r"(?<![\d+-])(?<![\d+-] )\b"
_END = r"\b(?![ -]?\d)"
# The first digit: Medicare numbers are issued from 2 to 6 (the card's state code). It also
# keeps out every Australian phone number written with its area or mobile prefix ("02 ...",
# "04..."), and 1300 / 1800 numbers.
_FIRST = "[2-6]"
# The IRN after the number: one digit 1-9, after a space, a slash or a hyphen.
_IRN = r"(?:[ /-][1-9])?"
# 4-5-1 with spaces, as the card prints it. No phone numbering plan groups ten digits so
# (Australian, UK, French and US numbers are written 2-4-4, 4-3-3, 5-6, 2-2-2-2-2 or 3-3-4),
# and the check digit leaves one such string in ten: distinctive enough to report alone.
_SPACED = rf"{_START}{_FIRST}\d{{3}} \d{{5}} \d{_IRN}{_END}"
# 4-5-1 with hyphens: also the shape of order and reference numbers.
_HYPHENATED = rf"{_START}{_FIRST}\d{{3}}-\d{{5}}-\d{_IRN}{_END}"
# Ten digits in one run: any phone or account number without spaces looks alike.
_BARE = rf"{_START}{_FIRST}\d{{9}}(?:[/-][1-9])?{_END}"

_NON_DIGIT = re.compile(r"\D")
# Check-digit weights on the first eight digits (Services Australia's published algorithm).
_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9)


def is_medicare_number(text: str) -> bool:
    """True when `text` holds a Medicare number (10 digits, or 11 with the IRN; separators
    ignored) whose first digit is 2-6 and whose ninth digit is its check digit."""
    digits = [int(d) for d in _NON_DIGIT.sub("", text)]
    if len(digits) not in (10, 11) or not 2 <= digits[0] <= 6:
        return False
    return sum(d * w for d, w in zip(digits, _WEIGHTS, strict=False)) % 10 == digits[8]


class AustralianMedicareRecognizer(NamedNumberRecognizer):
    """INSURANCE_NUMBER: an Australian Medicare card number with a valid check digit; the
    naming phrases are checked in word order as for record numbers (NamedNumberRecognizer)."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # The card's grouping: 0.6 reports a checksum-valid number without a naming phrase
        # (like a spaced NHS number); a phrase raises it to 0.95.
        Pattern("Medicare number (4-5-1 spaced)", _SPACED, 0.6),
        # Hyphens or one run: below the 0.5 threshold until a naming phrase adds 0.35.
        Pattern("Medicare number (4-5-1 hyphenated)", _HYPHENATED, BASE_SCORE),
        Pattern("Medicare number (bare)", _BARE, BASE_SCORE),
    ]
    # Naming phrases, whole words in order, at most a few words before the number (see
    # `named_number.phrase_then_gap`): "medicare" covers "Medicare no", "Medicare card number".
    # "card number" alone: a ten-digit number is too short for a payment card (13-19 digits).
    # Every pattern is ten digits (4-5-1 or one run), the IRN aside.
    MIN_DIGITS: ClassVar[int] = 10
    CONTEXT: ClassVar[list[str]] = ["medicare", "card number", "card no"]
    # Ten digits, eleven with the IRN, twelve with its "/" (spaces and hyphens not counted).
    MIN_LENGTH: ClassVar[int] = 10
    MAX_LENGTH: ClassVar[int] = 12

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            "INSURANCE_NUMBER",
            self.PATTERNS,
            supported_language,
            f"AustralianMedicareRecognizer_{supported_language}",
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """Keep the pattern's score (True would raise every checksum-valid match to 1.0, which
        one number in ten reaches); the check digit is judged in `enhance_using_context`,
        where the naming phrase is known."""
        return None

    def enhance_using_context(
        self,
        text: str,
        raw_recognizer_results: list[RecognizerResult],
        other_raw_recognizer_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts | None,
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Raise the numbers a naming phrase introduces, and drop those with a wrong check
        digit unless named: a cardholder's mistyped number after "Medicare card no." is still
        theirs, a random 4-5-1 run with a wrong check digit is nobody's."""
        results = super().enhance_using_context(
            text, raw_recognizer_results, other_raw_recognizer_results, nlp_artifacts, context
        )
        return [
            r
            for r in results
            if is_medicare_number(text[r.start : r.end])
            or r.recognition_metadata.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY)
        ]


def recognizers(language: str) -> list[EntityRecognizer]:
    """The Medicare recognizer (English and French posts alike: the number is the same)."""
    return [AustralianMedicareRecognizer(supported_language=language)]
