"""IP addresses: Presidio's IpRecognizer (IPv4, IPv6, checked with `ipaddress`)."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, Pattern
from presidio_analyzer.predefined_recognizers import IpRecognizer as PresidioIpRecognizer

from screener.recognizers.lean import LeanPatternRecognizer


class IpAddressRecognizer(LeanPatternRecognizer, PresidioIpRecognizer):
    """IP_ADDRESS: Presidio's patterns, scores (0.6) and `ipaddress` validation."""

    # Presidio declares these as instance attributes, hence no ClassVar.
    PATTERNS: list[Pattern] = PresidioIpRecognizer.PATTERNS
    # Presidio's words; "adresse" is the French noun before "IP" ("adresse IP").
    CONTEXT: list[str] = [*PresidioIpRecognizer.CONTEXT, "adresse"]  # noqa: RUF012

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            supported_entity="IP_ADDRESS",
            name=f"IpRecognizer_{supported_language}",
        )


def recognizers(language: str) -> list[EntityRecognizer]:
    """The IP address recognizer for a language."""
    return [IpAddressRecognizer(supported_language=language)]
