"""Payment card numbers: Presidio's CreditCardRecognizer (issuer prefixes, Luhn checksum)."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, Pattern
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer as PresidioCreditCardRecognizer,
)

from screener.recognizers.fr_nir import is_fr_nir
from screener.recognizers.lean import LeanPatternRecognizer


class PaymentCardRecognizer(LeanPatternRecognizer, PresidioCreditCardRecognizer):
    """CREDIT_CARD: 13-19 digits with a card issuer prefix; a valid Luhn digit gives 1.0, an
    invalid one drops the match (Presidio's validation)."""

    # Presidio declares these as instance attributes, hence no ClassVar.
    PATTERNS: list[Pattern] = PresidioCreditCardRecognizer.PATTERNS
    # Presidio's pattern: a 4-digit issuer prefix, then groups of at least 3, 3 and 3 digits.
    MIN_DIGITS = 13
    # Presidio's words plus French ones (substrings of single tokens: "carte" covers "cartes",
    # "bancaire" covers "bancaires"). Presidio's "cc " can never match a token (it has a space).
    CONTEXT: list[str] = [  # noqa: RUF012
        *(w for w in PresidioCreditCardRecognizer.CONTEXT if " " not in w),
        "carte",
        "bancaire",
        "cb",
        "paiement",
        "payment",
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            supported_entity="CREDIT_CARD",
            name=f"PaymentCardRecognizer_{supported_language}",
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        """Leave French social security numbers to their recognizer: Presidio accepts 15-digit
        numbers starting with 1 (UATP cards), the shape of a NIR, and one in ten passes Luhn."""
        return is_fr_nir(pattern_text)


def recognizers(language: str) -> list[EntityRecognizer]:
    """The payment card recognizer for a language."""
    return [PaymentCardRecognizer(supported_language=language)]
