"""IBANs: Presidio's IbanRecognizer (country formats, mod-97 check digits), any letter case.

Presidio matches upper-case IBANs only; people also type them in lower case ("fr76 3000 ..."),
so the pattern is matched case-insensitively. Presidio's validation is unchanged: wrong check
digits drop the match; right ones give 1.0 when the country format matches as written, and
keep the pattern's 0.5 when it matches only once upper-cased.

Presidio's country table lacks the African banking zones: the West African (UEMOA: Sénégal,
Côte d'Ivoire, Mali, Burkina Faso, Niger, Bénin, Togo, Guinée-Bissau) and Central African
(CEMAC: Cameroun, Gabon, Congo, Tchad, Centrafrique, Guinée équatoriale) banks, Madagascar, the
Comoros, Djibouti, Burundi and Mauritania print IBANs with the same mod-97 check digits ("GA78
4002 1010 2700 3518 2740 147"). Presidio's pattern matches them but its validation drops them
(unknown country), and their digits were then read as other numbers (an Aadhaar number):
for these countries the length and the check digits decide instead.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import IbanRecognizer as PresidioIbanRecognizer

# Presidio's flags plus IGNORECASE (see the module docstring); the `regex` module Presidio
# matches with uses the same flag values as `re`.
FLAGS = re.DOTALL | re.MULTILINE | re.IGNORECASE
# IBAN lengths (letters and digits, separators aside) of the countries Presidio lacks: UEMOA
# 28; CEMAC, Madagascar, the Comoros, Djibouti, Burundi (since 2022) and Mauritania 27.
AFRICAN_LENGTHS = {
    **dict.fromkeys(("SN", "CI", "ML", "BF", "NE", "BJ", "TG", "GW"), 28),
    **dict.fromkeys(("CM", "GA", "CG", "TD", "CF", "GQ", "MG", "KM", "DJ", "BI", "MR"), 27),
}
_SEPARATORS = re.compile(r"[\s-]")


def is_african_iban(text: str) -> bool:
    """True for an IBAN of those countries with its country's length and right check digits
    (ISO 13616: the BBAN, then the country and check digits, as a number, is 1 mod 97)."""
    compact = _SEPARATORS.sub("", text).upper()
    if AFRICAN_LENGTHS.get(compact[:2]) != len(compact) or not compact[2:4].isdigit():
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


class IbanCodeRecognizer(PresidioIbanRecognizer):
    """IBAN_CODE: Presidio's IBAN pattern and checks, matched in any letter case."""

    # Presidio's words plus French ones (substrings of single tokens: "bancaire" covers
    # "bancaires", "virement" covers "virements").
    CONTEXT: list[str] = [  # noqa: RUF012
        *PresidioIbanRecognizer.CONTEXT,
        "rib",
        "virement",
        "banque",
        "bancaire",
        "account",
        "compte",
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            context=self.CONTEXT,
            supported_language=supported_language,
            supported_entity="IBAN_CODE",
            regex_flags=FLAGS,
            name=f"IbanRecognizer_{supported_language}",
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """Presidio's checks; for the African countries it lacks, the length and the check
        digits (1.0 as written in capitals, the pattern's 0.5 in lower case, as Presidio's)."""
        if pattern_text[:2].upper() not in AFRICAN_LENGTHS:
            return super().validate_result(pattern_text)  # type: ignore[no-any-return]
        if not is_african_iban(pattern_text):
            return False
        return True if pattern_text[:2].isupper() else None


def recognizers(language: str) -> list[EntityRecognizer]:
    """The IBAN recognizer for a language."""
    return [IbanCodeRecognizer(supported_language=language)]
