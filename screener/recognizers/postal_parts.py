"""The parts of an address: a text cut at line ends and commas, and what each part reads as.

A part is a street ("14 Birchwood Road"), a unit ("Apt. 4"), a town, or an end part with a
postcode and/or a country ("Spain 40001"); two parts of one address are separated only by
commas, spaces, quote marks and at most one blank line.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex  # type: ignore[import-untyped]  # Presidio's regex engine (\p{..}, lookbehinds)

from screener.recognizers.postal_patterns import YEARLIKE, country_in, end_patterns
from screener.recognizers.postal_words import (
    BOXES,
    NOT_STREET,
    PARTICLE_WORDS,
    STOPWORDS,
    is_type_word,
)

# Separators allowed between two parts of one address: commas, spaces, up to one blank line,
# and the quote marks of a quoted reply ("> ", "??? ").
_GAP = regex.compile(r"[\s,]*")
_QUOTE = regex.compile(r"[ \t]*(?:(?:[>|*•·]|\?{2,})[ \t]*)*")
_MAX_NEWLINES = 3


@dataclass(frozen=True, slots=True)
class Part:
    """A piece of an address: one line, or the text between two commas of a line."""

    start: int
    end: int
    text: str
    mode: str  # "cap" when the part has a capital letter, else "low"


def cut_parts(text: str) -> list[Part]:
    """The text cut at line ends and commas, quote marks and spaces trimmed."""
    parts: list[Part] = []
    offset = 0
    for line in text.split("\n"):
        quote = _QUOTE.match(line)
        skip = quote.end() if quote else 0
        position = offset + skip
        for piece in line[skip:].split(","):
            stripped = piece.strip()
            if stripped:
                start = position + piece.index(stripped[0])
                mode = "low" if stripped == stripped.lower() else "cap"
                parts.append(Part(start, start + len(stripped), stripped, mode))
            position += len(piece) + 1
        offset += len(line) + 1
    return parts


def split_words(text: str) -> list[str]:
    """The words of a part, commas counted as spaces."""
    return text.replace(",", " ").split()


def plausible_street(surface: str, mode: str) -> bool:
    """A street match that is not a date, a dose or a sentence ("12 March 2024", "2 tablets
    500", "took 2 of them"): no calendar or unit word, no lower-case function word but the
    particles of names ("Rua do Paseo")."""
    words = [w.strip(".").lower() for w in split_words(surface) if not w[:1].isdigit()]
    if any(w in NOT_STREET for w in words):
        return False
    lower = [w for w in split_words(surface) if w[:1].islower() or mode == "low"]
    return not any(w.strip(".") in STOPWORDS - PARTICLE_WORDS for w in lower)


def street_strength(surface: str) -> str:
    """ "strong" when a type word, a box or a ship backs the street, "numbered" when numbers
    stand on both sides of the name ("45 Orla 16") or two lead it ("35 97 Guildry"), else
    "weak"."""
    if BOXES.search(surface) or any(is_type_word(w) for w in split_words(surface)):
        return "strong"
    words = split_words(surface)
    numbers = [w[:1].isdigit() for w in words]
    if len(words) >= 3 and numbers[0] and (numbers[1] or numbers[-1]):
        return "numbered"
    return "weak"


def town_ok(part: Part, matched: str) -> bool:
    """A town part in lower case is no sentence ("see you soon")."""
    return part.mode == "cap" or not any(w in STOPWORDS for w in matched.split())


def end_match(part: Part, whole: bool) -> tuple[int, str] | None:
    """(length, kind) of the longest end-part match at the start of a part (kinds: end_kind):
    the whole part when `whole`, else a prefix followed by a break ("Bulgaria 83572 last
    night")."""
    best: tuple[int, str] | None = None
    for pattern in end_patterns(part.mode):
        m = pattern.match(part.text)
        if m is None:
            continue
        length = m.end()
        if whole and length != len(part.text):
            continue
        if not whole and length < len(part.text) and part.text[length] not in " .;:!?)":
            continue
        if not town_ok(part, m.group(0)):
            continue  # "call me on 07700": a sentence, not a town and postcode
        if best is None or length > best[0]:
            best = (length, end_kind(m.group(0)))
    return best


def end_kind(surface: str) -> str:
    """What an end part proves: "postcode" (a postcode, state + ZIP or military post office),
    "country" (a country, no postcode), "year" (a country or town with a number that reads as
    a year: "Spain 2023", "California 2019") or "town" (a town and nothing else)."""
    digits = regex.findall(r"\d+", surface)
    if digits and not (len(digits) == 1 and YEARLIKE.fullmatch(digits[0])):
        return "postcode"
    if country_in().search(surface):
        return "year" if digits else "country"
    return "year" if digits else "town"


def gap_ok(text: str, previous: Part, nxt: Part) -> bool:
    """Only separators, quote marks and at most one blank line between two parts."""
    gap = text[previous.end : nxt.start]
    if gap.count("\n") >= _MAX_NEWLINES:
        return False
    cleaned = "".join(_QUOTE.sub("", line) for line in gap.split("\n"))
    return _GAP.fullmatch(cleaned) is not None
