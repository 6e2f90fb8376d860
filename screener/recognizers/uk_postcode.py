"""UK postcodes ("LS1 3EX", "SW1A 1AA", "M1 1AE"), and French postcodes with their town.

UK postcodes follow the Royal Mail format rules: an outward code (area letters, district
digits, optional letter) and an inward code (a digit and two letters), with letters barred from
some positions. A French code postal ("75015 Paris", "44093 Nantes CEDEX") is five digits that
only mean a place when a town name or CEDEX follows; it is reported as LOCATION, since
UK_POSTCODE names the UK format.
"""

from __future__ import annotations

import re
from typing import ClassVar

import regex  # type: ignore[import-untyped]  # Presidio's regex engine, as the patterns run
from presidio_analyzer import EntityRecognizer, Pattern

from screener.recognizers.lean import LeanPatternRecognizer

# Royal Mail rules: first letter never Q, V, X; second letter never I, J, Z; a letter after
# a one-letter area's digit only A-H, J, K, P, S, T, U, W; a letter after a two-letter area's
# digit only A, B, E, H, M, N, P, R, V, W, X, Y.
_OUTWARD = (
    r"(?:[A-PR-UWYZ][A-HK-Y]\d[ABEHMNPRVWXY]"  # AA9A  "SW1A"
    r"|[A-PR-UWYZ]\d[A-HJKPSTUW]"  # A9A  "W1A"
    r"|[A-PR-UWYZ][A-HK-Y]\d{1,2}"  # AA9, AA99  "LS1", "LS13"
    r"|[A-PR-UWYZ]\d{1,2})"  # A9, A99  "M1", "B33"
)
# Inward code: a sector digit, then two unit letters, never C, I, K, M, O or V.
_INWARD = r"\d[ABD-HJLNP-UW-Z]{2}"
# GIR 0AA: the one postcode outside the rules (Girobank).
_UK = rf"(?:{_OUTWARD}\s?{_INWARD}|GIR\s?0AA)"
# What every match of a pattern holds, searched first (a cheap test; see may_match): the
# inward code as the pattern writes it ("0AA" of GIR 0AA is one too), in capitals for the
# first two patterns and in any case, with the same `(?i:)`, for the lower-case one.
_INWARD_IN = {
    "uk postcode": regex.compile(_INWARD),
    "uk postcode, no space": regex.compile(_INWARD),
    "uk postcode, lower case": regex.compile(rf"(?i:{_INWARD})"),
}


class UkPostcodeRecognizer(LeanPatternRecognizer):
    """UK_POSTCODE: a full UK postcode (outward + inward code)."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # Capitals with the usual single space: the form addresses are written in.
        Pattern("uk postcode", rf"\b{_OUTWARD} {_INWARD}\b|\bGIR 0AA\b", 0.85),
        # Capitals without the space ("LS13EX"): still the rules, but a product code can look
        # like this, so a little lower; never inside a longer code ("C57BL/6" mice).
        Pattern(
            "uk postcode, no space",
            rf"(?<![\w/-])(?:{_OUTWARD}{_INWARD}|GIR0AA)(?![\w/-])",
            0.6,
        ),
        # Lower case ("ls1 3ex"), common in chat: only reported near a context word.
        Pattern("uk postcode, lower case", rf"\b(?i:{_OUTWARD}\s{_INWARD})\b", 0.3),
    ]
    # Words that make a lower-case postcode likely (Presidio adds 0.35 within 5 words before).
    CONTEXT: ClassVar[list[str]] = [
        "postcode",
        "post code",
        "address",
        "live",
        "lives",
        "living",
        "moved",
        "near",
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="UK_POSTCODE",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name=f"UkPostcodeRecognizer_{supported_language}",
            # Case is part of the format: only the lower-case pattern ignores it.
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )

    def may_match(self, text: str, pattern: Pattern) -> bool:
        """False when the post holds no inward code of the pattern's case (_INWARD_IN)."""
        inward = _INWARD_IN.get(pattern.name)
        return inward is None or inward.search(text) is not None


# French department numbers 01-95 and overseas 971-976 (Corsica's codes start with 20); a
# code is five digits, not inside a longer number.
_CODE_POSTAL = r"(?<![\d.,])(?:0[1-9]|[1-8]\d|9[0-5]|97[1-6])\d{3}(?![\d.,]\d)"
# A town after the code: capitalised words joined by spaces, hyphens or particles
# ("Paris", "Boulogne-Billancourt", "Saint-Étienne", "Aix-en-Provence", "Le Mans").
# "CEDEX" is not part of the town.
_TOWN_WORD = r"(?!(?i:cedex)\b)\p{Lu}[\p{L}'’]*"
_TOWN = (
    rf"{_TOWN_WORD}(?:(?:-|\s+)(?:(?:sur|sous|en|lès|les|le|la|de|du|des|d['’])[-\s]+)?"
    rf"{_TOWN_WORD}){{0,3}}"
)


class FrenchPostcodeRecognizer(LeanPatternRecognizer):
    """LOCATION: a French code postal followed by its town or CEDEX."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # "75015 Paris", "44093 NANTES CEDEX 1": in French a capital after a number is a town
        # (counts are followed by lower-case nouns: "50000 personnes").
        Pattern(
            "code postal et ville",
            rf"{_CODE_POSTAL}\s+{_TOWN}(?:\s+(?i:cedex)(?:\s+\d{{1,2}})?)?",
            0.7,
        ),
        # "75015 cedex"
        Pattern("code postal cedex", rf"{_CODE_POSTAL}\s+(?i:cedex)(?:\s+\d{{1,2}})?", 0.7),
    ]
    CONTEXT: ClassVar[list[str]] = ["adresse", "habite", "domicile", "cedex", "code", "postal"]

    def __init__(self, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entity="LOCATION",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name=f"FrenchPostcodeRecognizer_{supported_language}",
            global_regex_flags=re.DOTALL | re.MULTILINE,  # the town's capital matters
        )


def recognizers(language: str) -> list[EntityRecognizer]:
    """UK postcodes in every language; French codes postaux with their town in French posts.

    English text is left out of the French pattern: "12000 Patients" in a title is a count.
    """
    found: list[EntityRecognizer] = [UkPostcodeRecognizer(supported_language=language)]
    if language == "fr":
        found.append(FrenchPostcodeRecognizer(supported_language=language))
    return found
