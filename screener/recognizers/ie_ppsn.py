"""Irish Personal Public Service Numbers (PPSN): 7 digits and a check letter, maybe a second.

The PPSN is Ireland's number for social welfare, tax and public health services (medical
card, Drugs Payment Scheme). The check letter is the weighted sum of the digits (weights 8 to
2) plus 9 times the second letter's place in the alphabet (W counts 0), modulo 23, as a letter
(0 = W, 1 = A ... 22 = V). A right check letter reports the number on its own; with a wrong one
it counts only after a phrase that names it ("PPSN", "PPS number"), like a record number.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern

from screener.recognizers.named_number import BASE_SCORE, NamedNumberRecognizer

# 7 digits, the check letter (A-W), and an optional second letter (A-I since 2013, W before,
# T/X/Z on some older numbers), not glued to other letters or digits: "1234567T", "7234518TA".
_PPSN = r"(?<![\w.,/+-])\d{7}[A-W][A-Z]?(?![\w/-])"
# Weights of the seven digits, and of the second letter.
_DIGIT_WEIGHTS = (8, 7, 6, 5, 4, 3, 2)
_LETTER_WEIGHT = 9
_MODULUS = 23


def is_ppsn(text: str) -> bool:
    """True when `text` (upper or lower case) is a PPSN whose check letter is right."""
    number = text.upper()
    if len(number) not in (8, 9) or not number[:7].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:7], _DIGIT_WEIGHTS, strict=True))
    if len(number) == 9 and number[8] != "W":
        total += (ord(number[8]) - ord("A") + 1) * _LETTER_WEIGHT
    remainder = total % _MODULUS
    return number[7] == ("W" if remainder == 0 else chr(ord("A") + remainder - 1))


class IrishPpsnRecognizer(NamedNumberRecognizer):
    """IE_PPSN: an Irish PPS number, by its check letter or a phrase naming it."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # Below the threshold on shape alone; the check letter raises it to 1.0, a naming
        # phrase to 0.65.
        Pattern("PPSN", _PPSN, BASE_SCORE),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "ppsn",
        "pps number",
        "pps no",
        "pps",
        "personal public service number",
    ]
    MIN_LENGTH: ClassVar[int] = 8
    MAX_LENGTH: ClassVar[int] = 9

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            entity="IE_PPSN",
            patterns=self.PATTERNS,
            supported_language=supported_language,
            name=f"IrishPpsnRecognizer_{supported_language}",
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """A right check letter makes it certain; a wrong one leaves it to the phrase."""
        return True if is_ppsn(pattern_text) else None


def recognizers(language: str) -> list[EntityRecognizer]:
    """The PPSN recognizer, for English and French posts."""
    return [IrishPpsnRecognizer(supported_language=language)]
