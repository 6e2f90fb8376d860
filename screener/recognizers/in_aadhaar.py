"""Indian Aadhaar numbers: 12 digits, written whole or in three groups of four, Verhoeff check.

Aadhaar is India's national identity number, asked for by hospitals, the PM-JAY health scheme
and pharmacies: a direct identifier. It never starts with 0 or 1, and its last digit is a
Verhoeff check digit over the eleven before it (the dihedral-group scheme that catches every
single-digit error and every swap of neighbours). A valid number reports on its own; one with
a wrong check counts only after a phrase that names it ("Aadhaar", "UID"), like a record number.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern

from screener.recognizers.named_number import BASE_SCORE, NamedNumberRecognizer

# 12 digits, the first 2-9, whole or as "4827 3915 6204" / "4827-3915-6204", not glued to
# other digits, letters or a decimal point.
_AADHAAR = r"(?<![\w.,/+-])[2-9]\d{3}([\s-]?)\d{4}\1\d{4}(?![\w/-]|[.,]\d)"
_LENGTH = 12

# Verhoeff's tables: the multiplication of the dihedral group D5, the position permutation,
# and the inverse.
_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8),
    (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2),
    (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0),
    (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5),
    (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)


def verhoeff_ok(digits: str) -> bool:
    """The Verhoeff check over a string of digits, its check digit last."""
    check = 0
    for position, char in enumerate(reversed(digits)):
        check = _D[check][_P[position % 8][int(char)]]
    return check == 0


def is_aadhaar(text: str) -> bool:
    """True for 12 digits (spaces and hyphens aside), not starting 0 or 1, Verhoeff-valid."""
    digits = text.replace(" ", "").replace("-", "")
    return (
        len(digits) == _LENGTH
        and digits.isdigit()
        and digits[0] not in "01"
        and verhoeff_ok(digits)
    )


class AadhaarRecognizer(NamedNumberRecognizer):
    """IN_AADHAAR: an Indian Aadhaar number, by its check digit or a phrase naming it."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # Below the threshold on shape alone; the check digit raises it to 1.0, a naming
        # phrase to 0.65.
        Pattern("Aadhaar", _AADHAAR, BASE_SCORE),
    ]
    CONTEXT: ClassVar[list[str]] = ["aadhaar", "aadhar", "aadhaar number", "aadhaar no", "uid"]
    MIN_LENGTH: ClassVar[int] = _LENGTH
    MAX_LENGTH: ClassVar[int] = _LENGTH

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            entity="IN_AADHAAR",
            patterns=self.PATTERNS,
            supported_language=supported_language,
            name=f"AadhaarRecognizer_{supported_language}",
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """A right check digit makes it certain; a wrong one leaves it to the phrase."""
        return True if is_aadhaar(pattern_text) else None


def recognizers(language: str) -> list[EntityRecognizer]:
    """The Aadhaar recognizer, for English and French posts."""
    return [AadhaarRecognizer(supported_language=language)]
