"""Web addresses: Presidio's UrlRecognizer patterns, held to whole words and kept off e-mails.

Presidio's URL regex has no boundaries: it finds "nhs.net" inside "jane@nhs.net" and "7.am"
inside "7.amazing". Here a URL may not start inside a word, an e-mail address or a path, must
end at a word end, and a schema-less match that looks like a missing space after a full stop
("at home.It was") is refused. Presidio's quoted-URL patterns are dropped: they report the
quotes as part of the address, and the plain patterns already find quoted URLs.
"""

from __future__ import annotations

import re

import regex  # type: ignore[import-untyped]  # Presidio's regex engine, as the patterns use
from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import EmailRecognizer
from presidio_analyzer.predefined_recognizers import UrlRecognizer as PresidioUrlRecognizer

from screener.recognizers.email import RESERVED_TLDS
from screener.recognizers.lean import LeanPatternRecognizer

# Top-level domains that Presidio's list lacks: regional ones of the places whose posts we
# screen ("nhsgrampian.scot", "ehpad.bzh", "hopital.brussels") and health ones ("pharmacy",
# "physio", "med"), and the reserved documentation ones that stand for real addresses in
# drafts and templates (email.RESERVED_TLDS). Tried before Presidio's own, so "x.scot" is not
# cut to "x.sc".
_EXTRA_TLDS = (
    "scot", "cymru", "bzh", "alsace", "corsica", "eus", "gal", "brussels", "vlaanderen",
    "swiss", "quebec", "pharmacy", "physio", "med", *RESERVED_TLDS,
)  # fmt: skip
_TLD_LIST_START = "[.](?:"
assert PresidioUrlRecognizer.BASE_URL_REGEX.count(_TLD_LIST_START) == 1  # one list to extend
_BASE = PresidioUrlRecognizer.BASE_URL_REGEX.replace(
    _TLD_LIST_START, _TLD_LIST_START + "".join(f"(?:{tld})|" for tld in _EXTRA_TLDS)
)
# The top-level domains, Presidio's and ours: a flat list of "(?:tld)" alternatives, each
# starting with an ASCII letter, so every match holds a "." followed by one (see may_match).
_TLD_LIST = _BASE.split(_TLD_LIST_START, 1)[1].split(")(", 1)[0]
_ONE_TLD = r"\(\?:([^()]*)\)"  # one alternative of the list: "(?:com)"
assert not re.sub(_ONE_TLD, "", _TLD_LIST).strip("|")  # nothing else in the list
assert all(tld[:1].isascii() and tld[:1].isalpha() for tld in re.findall(_ONE_TLD, _TLD_LIST))
# The full stop and first letter of a top-level domain, case-insensitive as the patterns are:
# a text without one cannot hold a URL (most posts: "." is followed by a space or an end).
_DOT_LETTER = regex.compile(r"(?i)[.][a-z]")
# The schema separator every "Standard Url" match holds.
_SCHEMA_SEPARATOR = "://"
# Not preceded by a letter, digit, "@", ".", "-" or "/": the start of a word, not the domain of
# an e-mail address or the middle of a longer host name.
_START = r"(?<![\w@./-])"
# Not followed by a letter, digit, "-" or "@": the whole top-level domain ("community", not its
# prefix "com") and not the local part of an e-mail address ("anne.ma@...").
_END = r"(?![\w@-])"
# A schema-less match whose last label is Capitalised after a lower-case letter ("home.It",
# "ward.So") is a sentence joined to the next one, not a domain ("Gov.UK", "nhs.uk" pass).
_JOINED_SENTENCES = re.compile(r"^[^/]*[a-z]\.[A-Z][a-z]+$")
_SCHEMA_OR_WWW = re.compile(r"^(?:https?://|www\d{0,3}\.)", re.IGNORECASE)
# Presidio's e-mail pattern: no URL is reported inside an e-mail address.
_EMAIL = re.compile(EmailRecognizer.PATTERNS[0].regex)


class WebAddressRecognizer(LeanPatternRecognizer):
    """URL: Presidio's patterns and scores (0.6 with schema, 0.5 without), with boundaries;
    matched as Presidio's PatternRecognizer matches them (lean.py), skipped when a cheap test
    shows they cannot match."""

    # Presidio declares these as instance attributes, hence no ClassVar.
    PATTERNS: list[Pattern] = [  # noqa: RUF012
        Pattern("Standard Url", rf"(?i){_START}(?:https?://){_BASE}{_END}", 0.6),
        Pattern("Non schema URL", rf"(?i){_START}{_BASE}{_END}", 0.5),
    ]
    # Presidio's words and French ones (substrings of single tokens: "lien" covers "liens").
    CONTEXT: list[str] = ["url", "website", "link", "site", "lien"]  # noqa: RUF012

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            supported_entity="URL",
            name=f"UrlRecognizer_{supported_language}",
        )

    def may_match(self, text: str, pattern: Pattern) -> bool:
        """Both patterns need a full stop before a top-level domain's first letter; the one
        with a schema needs "://" too."""
        if pattern.name == "Standard Url" and _SCHEMA_SEPARATOR not in text:
            return False
        return _DOT_LETTER.search(text) is not None

    def invalidate_result(self, pattern_text: str) -> bool:
        """Refuse a schema-less match that is two sentences joined by a full stop."""
        if _SCHEMA_OR_WWW.match(pattern_text):
            return False
        return bool(_JOINED_SENTENCES.match(pattern_text))

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's URL matches, minus any inside an e-mail address."""
        results: list[RecognizerResult] = super().analyze(
            text, entities, nlp_artifacts, regex_flags
        )
        emails = [m.span() for m in _EMAIL.finditer(text)]
        return [r for r in results if not any(s < r.end and r.start < e for s, e in emails)]


def recognizers(language: str) -> list[EntityRecognizer]:
    """The URL recognizer for a language."""
    return [WebAddressRecognizer(supported_language=language)]
