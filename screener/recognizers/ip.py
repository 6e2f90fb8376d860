"""IP addresses: Presidio's IpRecognizer (IPv4, IPv6, checked with `ipaddress`)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from presidio_analyzer import EntityRecognizer, Pattern
from presidio_analyzer.predefined_recognizers import IpRecognizer as PresidioIpRecognizer

from screener.recognizers.lean import LeanPatternRecognizer

# What each of Presidio's patterns cannot match without, read off its regex: (a substring,
# colons, full stops). Every IPv4 form has three literal dots; every IPv6 alternative has two
# colons at least ("(?:X:){1,7}:", ":(?::X){1,7}", "X:(?::X){1,6}", ...); the mapped and
# unspecified forms open on "::". Neither character is a letter, so IGNORECASE changes nothing.
# A pattern not listed always runs.
_NEEDS: Mapping[str, tuple[str, int, int]] = MappingProxyType(
    {
        "IPv4_mapped": ("::", 2, 3),
        "IPv4_embedded": ("", 2, 3),
        "IPv4": ("", 0, 3),
        "IPv6": ("", 2, 0),
        "IPv6_unspecified": ("::", 2, 0),
    }
)


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

    def may_match(self, text: str, pattern: Pattern) -> bool:
        """False when the post lacks the colons or full stops the pattern needs (_NEEDS)."""
        needs = _NEEDS.get(pattern.name)
        if needs is None:
            return True
        substring, colons, dots = needs
        return (
            substring in text
            and (not colons or text.count(":") >= colons)
            and (not dots or text.count(".") >= dots)
        )


def recognizers(language: str) -> list[EntityRecognizer]:
    """The IP address recognizer for a language."""
    return [IpAddressRecognizer(supported_language=language)]
