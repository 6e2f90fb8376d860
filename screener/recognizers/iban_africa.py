"""IBANs of the African banking zones that Presidio's country table lacks.

The West African (UEMOA: Sénégal, Côte d'Ivoire, Mali, Burkina Faso, Niger, Bénin, Togo,
Guinée-Bissau) and Central African (CEMAC: Cameroun, Gabon, Congo, Tchad, Centrafrique, Guinée
équatoriale) banks print IBANs with the same mod-97 check digits as Europe's ("GA78 4002 1010
2700 3518 2740 147"), as do Madagascar, the Comoros, Djibouti, Burundi and Mauritania. Without
this recognizer such an IBAN is missed and its digits are read as other numbers (an Aadhaar
number). The check digits make the shape alone enough.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern

from screener.recognizers.lean import LeanPatternRecognizer

# Lengths by country (letters and digits, spaces aside): UEMOA 28, CEMAC and Madagascar 27,
# the Comoros 27, Djibouti 27, Burundi 27 (since 2022; 16 before), Mauritania 27.
LENGTHS = {
    **dict.fromkeys(("SN", "CI", "ML", "BF", "NE", "BJ", "TG", "GW"), 28),
    **dict.fromkeys(("CM", "GA", "CG", "TD", "CF", "GQ", "MG", "KM", "DJ", "BI", "MR"), 27),
}
# The country, its two check digits, then groups of four letters or digits (spaces optional,
# the last group of 1-3 digits), not glued to other letters or digits.
_IBAN = (
    rf"(?<![\w])(?i:{'|'.join(LENGTHS)})\d{{2}}(?:[ ]?[A-Za-z0-9]{{4}}){{5,6}}(?:[ ]?\d{{1,3}})?"
    r"(?![\w])"
)
_SPACES = re.compile(r"\s")


def is_african_iban(text: str) -> bool:
    """True for an IBAN of these zones with its country's length and right check digits."""
    compact = _SPACES.sub("", text).upper()
    if LENGTHS.get(compact[:2]) != len(compact) or not compact[2:4].isdigit():
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


class AfricanIbanRecognizer(LeanPatternRecognizer):
    """IBAN_CODE: an IBAN of the UEMOA and CEMAC zones and their neighbours, mod-97 checked."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # One random run in 97 passes the check digits; validate_result rejects the others
        # and raises a right one to 1.0.
        Pattern("African IBAN", _IBAN, 0.5),
    ]
    CONTEXT: ClassVar[list[str]] = ["iban", "rib", "virement", "compte", "account", "banque"]

    def __init__(self, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entity="IBAN_CODE",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name=f"AfricanIbanRecognizer_{supported_language}",
        )

    def validate_result(self, pattern_text: str) -> bool:
        """Reject a run whose length or check digits are wrong."""
        return is_african_iban(pattern_text)


def recognizers(language: str) -> list[EntityRecognizer]:
    """The recognizer, for French and English posts."""
    return [AfricanIbanRecognizer(supported_language=language)]
