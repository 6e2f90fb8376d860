"""Street corners, reported as a place (LOCATION), not a home.

"the corner of Elm Street and 5th Avenue", "à l'angle de la rue X et de la rue Y".
"""

from __future__ import annotations

from collections.abc import Iterator

import regex  # type: ignore[import-untyped]  # Presidio's regex engine (\p{..}, lookbehinds)

from screener.recognizers.postal_words import PARTICLE_WORDS, STOPWORDS, TYPE_WORD, is_type_word

# "the corner of Elm Street and 5th Avenue", "à l'angle de la rue X et de la rue Y": each
# street an optional number, ordinal or type word, a capitalised word, then up to five more
# words, numbers or particles. A dot only ends a short abbreviation ("St."), not a sentence.
_CORNER_WORD = r"(?:\p{Lu}\p{L}{0,3}\.|\p{Lu}[\p{L}\p{M}'’-]*)"
_CORNER_STREET = (
    rf"(?:\d{{1,5}}\s+|\d{{1,3}}(?:st|nd|rd|th)\s+|(?i:{TYPE_WORD})\s+)?{_CORNER_WORD}"
    rf"(?:\s+(?:\d{{1,5}}(?![\p{{L}}\d])|{_CORNER_WORD}|(?i:de|del|la|le|des|du|di|rue|avenue)"
    rf"(?=\s))){{0,5}}"
)
_CORNER = regex.compile(
    r"(?i:(?:the\s+)?corner\s+of|à\s+l['’]angle\s+de(?:\s+la)?)\s+"
    rf"{_CORNER_STREET}\s+(?:and|&|et(?:\s+de(?:\s+la)?)?)\s+{_CORNER_STREET}"
)

# The same in lower case: both streets taken greedily, then checked and trimmed (corners).
_CORNER_LOW = regex.compile(
    r"(?<![\p{L}])(?:the\s+)?corner\s+of\s+(?P<first>(?:\d{1,5}\s+)?\p{Ll}[\p{Ll}\p{M}'’-]*"
    r"(?:\s+(?:\d{1,5}(?![\p{L}\d])|\p{Ll}[\p{Ll}\p{M}'’-]*)){0,4}?)\s+and\s+"
    r"(?P<second>(?:\d{1,5}\s+|\d{1,3}(?:st|nd|rd|th)\s+)?\p{Ll}[\p{Ll}\p{M}'’-]*"
    r"(?:\s+(?:\d{1,5}(?![\p{L}\d])|\p{Ll}[\p{Ll}\p{M}'’-]*)){0,4})"
)


def corners(text: str) -> Iterator[tuple[int, int]]:
    """Street corners: capitalised ones as matched, lower-case ones ("the corner of main
    street and 5th avenue") cut after the last street-type word or number of the second
    street, and dropped when a street holds a sentence word ("the corner of my eye")."""
    for m in _CORNER.finditer(text):
        yield m.start(), m.end()
    for m in _CORNER_LOW.finditer(text):
        first, second = m.group("first").split(), m.group("second").split()
        marks = [i for i, w in enumerate(second) if w[:1].isdigit() or is_type_word(w)]
        if not marks or not any(w[:1].isdigit() or is_type_word(w) for w in first):
            continue
        second = second[: marks[-1] + 1]
        if any(w in STOPWORDS - PARTICLE_WORDS for w in first + second):
            continue
        kept = " ".join(second)
        yield m.start(), m.start("second") + m.group("second").index(kept) + len(kept)
