"""E-mail addresses: Presidio's EmailRecognizer, with its domain check made offline.

Presidio validates the domain with `tldextract`, whose default extractor downloads the public
suffix list on first use and caches it under the home folder. Here the extractor uses only the
list bundled with the package and writes nothing.
"""

from __future__ import annotations

import tldextract
from presidio_analyzer import EntityRecognizer, Pattern
from presidio_analyzer.predefined_recognizers import EmailRecognizer as PresidioEmailRecognizer


def offline_extractor() -> tldextract.TLDExtract:
    """A tldextract extractor that never fetches the suffix list nor writes a cache: no URL to
    fetch, no cache folder, so the snapshot bundled with tldextract is used."""
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


_EXTRACTOR = offline_extractor()
# Top-level domains reserved for documentation and tests (RFC 2606, RFC 6761): never registered,
# they stand for a real address in drafts, templates and test data ("jo@clinic.example"), so
# an address under one is reported as a real one would be.
RESERVED_TLDS = ("example", "test")


def has_public_suffix(address: str) -> bool:
    """True when the domain of `address` is a registrable name under a known public suffix
    ("chu-lyon.fr", "trust.nhs.uk"; not "nhs.uk", itself a suffix, nor "foo.invalidtld"), or
    a name under a reserved documentation domain ("clinic.example")."""
    if address.rsplit(".", 1)[-1].lower() in RESERVED_TLDS:
        return True
    return _EXTRACTOR(address).fqdn != ""


class EmailAddressRecognizer(PresidioEmailRecognizer):
    """EMAIL_ADDRESS: Presidio's pattern; a known suffix raises it to 1.0, else it is dropped."""

    # Presidio declares these as instance attributes, hence no ClassVar.
    PATTERNS: list[Pattern] = PresidioEmailRecognizer.PATTERNS
    # Substrings of single tokens: "mail" covers "email", "mails" and the "mail" token of
    # "e-mail"; "courriel" is the French word.
    CONTEXT: list[str] = ["mail", "courriel"]  # noqa: RUF012

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            supported_entity="EMAIL_ADDRESS",
            name=f"EmailRecognizer_{supported_language}",
        )

    def validate_result(self, pattern_text: str) -> bool:
        """Presidio's check (a known public suffix), with the offline extractor."""
        return has_public_suffix(pattern_text)


def recognizers(language: str) -> list[EntityRecognizer]:
    """The e-mail recognizer for a language."""
    return [EmailAddressRecognizer(supported_language=language)]
