"""NHS numbers: the 10-digit patient identifier of England, Wales and the Isle of Man, and
Scotland's CHI number (Community Health Index: the birth date DDMMYY, then four digits, the
last a modulus-11 check digit computed as the NHS number's), reported after "CHI".

The tenth digit is a modulus-11 check digit, so about one random 10-digit string in eleven
passes: the checksum alone is not proof. A checksum-valid number written in the NHS's own
spaced 3-3-4 grouping ("485 777 3456") is reported on its own; one hyphenated like a US phone
number, or written as one run of ten digits, only next to the word "NHS".
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern

from screener.recognizers.lean import LeanPatternRecognizer

# First digits of the ranges ever issued: 0-3 (Scottish CHI numbers, which share the format
# and check digit and begin with a DDMMYY birth date), 3 (Northern Ireland), 4 and 6-7
# (England and Wales). 8 and 9 are unissued (999 is the published test range), which also
# keeps part of the 3-3-4 US phone numbers out.
_FIRST_DIGIT = "[0-7]"

# Not preceded or followed by a digit or a hyphen, directly or after one space: a longer
# number (a card, an 11-digit phone number, a spaced NIR) is not cut into an NHS number. Nor
# after "+": a number with a country code is a phone's ("Tél. +687 555 0121").
_START = r"(?<![\d+-])(?<![\d-] )\b"
_END = r"\b(?![ -]?\d)"
# 3-3-4 with spaces: how the NHS prints the number.
_SPACED = rf"{_START}{_FIRST_DIGIT}\d{{2}} \d{{3}} \d{{4}}{_END}"
# 3-3-4 with hyphens: also the usual way of writing a US phone number.
_HYPHENATED = rf"{_START}{_FIRST_DIGIT}\d{{2}}-\d{{3}}-\d{{4}}{_END}"
# Ten digits in one run.
_BARE = rf"{_START}{_FIRST_DIGIT}\d{{9}}{_END}"
# Any first digit, spaced 3-3-4: test-range and mistyped numbers a patient quotes as their NHS
# number are still theirs to protect, so next to "NHS" a checksum-valid one is reported.
_ANY_SPACED = rf"{_START}\d{{3}} \d{{3}} \d{{4}}{_END}"
# Right after "CHI" (capitals), maybe "no." / "number" and a colon: ten digits in one run or
# spaced 6-4 ("CHI: 1403520534", "CHI no. 140352 0534"), opening with a birth day and month
# (DDMM). English posts only: in French a CHI is a hospital ("Standard du CHI : 01...").
_AFTER_CHI = (
    r"(?<=\b(?-i:CHI)(?:\s+(?:no\.?|number))?\s*[:.#]?\s*)(?:[0-2]\d|3[01])(?:0[1-9]|1[0-2])"
    r"\d{2}\s?\d{4}\b(?![ -]?\d)"
)
_CHI_PATTERN = "CHI number (after CHI)"

_NON_DIGIT = re.compile(r"\D")
_SPACED_WHOLE = re.compile(rf"^{_SPACED}$")


def is_nhs_number(text: str) -> bool:
    """True when `text` holds exactly ten digits whose modulus-11 check digit is right.

    Separators are ignored. Numbers made of one repeated digit pass the arithmetic but are
    placeholders ("0000000000", "1111111111"), so they are refused.
    """
    digits = _NON_DIGIT.sub("", text)
    if len(digits) != 10 or len(set(digits)) == 1:
        return False
    # Weights 10..2 on the first nine digits; check digit = 11 - (sum mod 11), 11 meaning 0 and
    # 10 meaning "no valid number": equivalently, weights 10..1 on all ten give a multiple of 11.
    total = sum(int(d) * w for d, w in zip(digits, range(10, 0, -1), strict=True))
    return total % 11 == 0


def is_reported_nhs_number(text: str) -> bool:
    """True when `text` is a number this recognizer reports without context: 3-3-4 with spaces
    and a valid check digit (other recognizers leave such numbers to this one)."""
    return bool(_SPACED_WHOLE.match(text)) and is_nhs_number(text)


class NhsNumberRecognizer(LeanPatternRecognizer):
    """NHS_NUMBER: 10 digits with a valid modulus-11 check digit."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # The NHS's display format: 0.6 reports a checksum-valid number without context.
        Pattern("NHS number (3-3-4 spaced)", _SPACED, 0.6),
        # Hyphens or one run of ten digits (US phone numbers, order numbers...): 0.4 and 0.3,
        # so only "NHS" nearby (+0.35) gets them reported.
        Pattern("NHS number (3-3-4 hyphenated)", _HYPHENATED, 0.4),
        Pattern("NHS number (bare)", _BARE, 0.3),
        Pattern("NHS number (unissued range, spaced)", _ANY_SPACED, 0.3),
        # "CHI" names the number as surely as "NHS" does; the check digit is still verified.
        Pattern(_CHI_PATTERN, _AFTER_CHI, 0.65),
    ]
    # Presidio matches each context word as a substring of single tokens, so "nhs" also covers
    # "NHS number", "NHS no", "NHS-number" and "#NHS"; multi-word entries could never match.
    # Every pattern is ten digits, 3-3-4 or in one run.
    MIN_DIGITS: ClassVar[int] = 10
    CONTEXT: ClassVar[list[str]] = ["nhs"]

    def __init__(self, supported_language: str = "en") -> None:
        patterns = [
            p for p in self.PATTERNS if supported_language == "en" or p.name != _CHI_PATTERN
        ]
        super().__init__(
            supported_entity="NHS_NUMBER",
            patterns=patterns,
            context=self.CONTEXT,
            supported_language=supported_language,
            name=f"NhsNumberRecognizer_{supported_language}",
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """Refuse numbers with a wrong check digit; keep the pattern's score otherwise.

        True would raise every checksum-valid match to 1.0, which one random number in eleven
        reaches: the score stays that of the pattern and context decides the rest.
        """
        return None if is_nhs_number(pattern_text) else False


def recognizers(language: str) -> list[EntityRecognizer]:
    """The NHS number recognizer (English and French posts alike: the number is the same)."""
    return [NhsNumberRecognizer(supported_language=language)]
