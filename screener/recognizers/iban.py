"""IBANs: Presidio's IbanRecognizer (country formats, mod-97 check digits), any letter case.

Presidio matches upper-case IBANs only; people also type them in lower case ("fr76 3000 ..."),
so the pattern is matched case-insensitively. Presidio's validation is unchanged: wrong check
digits drop the match; right ones give 1.0 when the country format matches as written, and
keep the pattern's 0.5 when it matches only once upper-cased.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import IbanRecognizer as PresidioIbanRecognizer

# Presidio's flags plus IGNORECASE (see the module docstring); the `regex` module Presidio
# matches with uses the same flag values as `re`.
FLAGS = re.DOTALL | re.MULTILINE | re.IGNORECASE


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


def recognizers(language: str) -> list[EntityRecognizer]:
    """The IBAN recognizer for a language."""
    return [IbanCodeRecognizer(supported_language=language)]
