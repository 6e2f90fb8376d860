"""The patterns of an address's parts: a street, then towns, states, postcodes and countries.

Each comes in two case modes: "cap" for parts with a capital letter, "low" for addresses written
all in lower case. Built from the fragments of postal_words.py; compiled on first use.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import regex  # type: ignore[import-untyped]  # Presidio's regex engine (\p{..}, lookbehinds)

from screener.recognizers.country import country_names
from screener.recognizers.gated import fold, has_digit
from screener.recognizers.postal_words import (
    ANY_WORD,
    CAP_WORD,
    DETERMINERS,
    FIRST,
    INNER,
    LOOSE,
    NUM,
    PARTICLE,
    PO_BOX,
    SPECIAL_WORD,
    START,
    TYPE_SUFFIXES,
    UNIT,
)

# --- streets ----------------------------------------------------------------------------------
# No determiner before a street's number or name ("The 2024 Pink Tie Gala": postal_words).
_NO_DETERMINER = rf"(?!{DETERMINERS}\s)"
_NO_DETERMINER_BEFORE = rf"(?<!\b{DETERMINERS}\s)"


def _street(mode: str) -> str:
    """A street in a case mode: number first, number last, P.O. box, military box or ship."""
    first, inner = FIRST[mode], INNER[mode]
    # "14 Birchwood Road", "35 97 Guildry Street" (building, then house number), "45 R Carne
    # Azeda 16" (numbers on both sides); up to six name words.
    number_first = (
        rf"{_NO_DETERMINER_BEFORE}{NUM}(?:\s+{NUM})?\s+{first}(?:\s+{inner}){{0,5}}(?:\s+{NUM}\.?)?"
        rf"|{_NO_DETERMINER_BEFORE}{NUM}(?:\s+{NUM})?\s+{first}(?:\s+{LOOSE}){{1,3}}\s+{NUM}\.?"
    )
    # "Lindenstrasse 12", "Via Santa Teresa 71", "Király u. 15. Ástráðsson Street": a name of
    # up to five words starting with a capital, its number, and a trailing type. In lower case
    # only a word with a type ending ("salontie 6"): from any other word on, the sentence
    # before would join the name ("meet me at the 2").
    # Not a determiner before the number: "The 2024 Pink Tie Gala", "The 5K Walk" are events.
    if mode == "cap":
        name = rf"{_NO_DETERMINER}(?:{SPECIAL_WORD}|{CAP_WORD})(?:\s+{inner}){{0,4}}"
    else:
        name = rf"[\p{{L}}]+(?:{'|'.join(TYPE_SUFFIXES)})"
    # (not a year after the name: "World Sickle Cell Day Walk 2025" is an event)
    number_last = rf"{name}\s+(?!(?:19|20)\d\d(?!\d)){NUM}\.?(?:\s+{first}(?:\s+{inner}){{0,2}})?"
    # "P.O. Box 101", "Post Office Box 9", "boîte postale 12", "Postfach 1234", "Postbus 5",
    # "Apartado 33". A building number may come first ("98 P.O. Box 101").
    po_box = rf"(?:{NUM}\s+)?{PO_BOX}\s+\d{{1,6}}"
    # US military mail: "PSC 4457, Box 7534", "Unit 2050 Box 4190", "CMR 402".
    military = r"(?i:psc|cmr|unit)\s+\d{3,5}(?:,?\s+(?i:box)\s+\d{1,5})?"
    # A ship's name for fleet mail: "USNS Comfort", "USCGC Healy".
    ship = rf"(?i:usns|usnv|uss|uscgc)\s+{ANY_WORD}(?:\s+{ANY_WORD}){{0,2}}"
    return rf"{START}(?:{po_box}|{military}|{ship}|{number_first}|{number_last})"


# --- towns, postcodes, countries ---------------------------------------------------------------
# A town word: capitalised or all caps ("Lyon", "WELLINGTON", "Saint-Étienne"), or a short
# abbreviation with its dot ("St.", "Mt."); a longer word with a dot ends a sentence.
_TOWN_WORD = {
    "cap": r"(?:\p{Lu}[\p{L}\p{M}'’-]*|\p{Lu}\p{L}{0,2}\.)(?![\p{L}\d])",
    "low": r"[\p{L}\p{M}][\p{L}\p{M}'’-]*(?![\p{L}\d])",
}
# A town: up to five words joined by particles, and a district after it ("København K",
# "Karlovy Vary 17", "Lyon 3e").
_TOWN = {
    mode: rf"{word}(?:\s+(?:{PARTICLE}\s+)?{word}){{0,4}}(?:\s+(?:\d{{1,2}}(?:e|er)?|\p{{Lu}})"
    rf"(?![\p{{L}}\d]))?"
    for mode, word in _TOWN_WORD.items()
}
# UK and Canadian postcodes ("SW1A 1AA", "K1A 0B1"): uppercase, as written on envelopes.
_UK = r"[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}"
_CA = r"[A-Z]\d[A-Z]\s?\d[A-Z]\d"
# A postcode: 4-6 digits with an optional country prefix ("75015", "D-10115", "CH-8000"), US
# ZIP+4, Portuguese "1100-053", Brazilian "01310-200", Swedish "114 55", Polish "00-950",
# Dutch "1012 AB", UK and Canadian forms.
_POSTCODE = (
    rf"(?<![\p{{L}}\d])(?:{_UK}|{_CA}|\d{{4}}\s?[A-Z]{{2}}|\d{{5}}-\d{{4}}|\d{{4,5}}-\d{{3}}"
    rf"|\d{{2}}-\d{{3}}"
    rf"|\d{{3}}\s\d{{2}}|(?:[A-Z]{{1,2}}-)?\d{{4,6}})(?![\p{{L}}\d])"
)
# A postcode that is also a likely year ("France 2019"): weaker evidence on its own.
YEARLIKE = regex.compile(r"(?:19|20)\d\d")
# State or province codes ("IL", "NSW", "ZH"), capitals only.
_STATE = r"\p{Lu}{2,3}(?![\p{L}\d])"
# Military post offices: "APO AE 09012", "FPO AP 96601", "DPO AA 34001".
_MILITARY_END = r"(?i:apo|fpo|dpo)\s+(?i:aa|ae|ap)\s+\d{5}(?!\d)"


@cache
def _country() -> str:
    """An alternation of the country names (longest first), spaces and hyphens loosened."""
    names = sorted(country_names(), key=len, reverse=True)
    parts = [regex.escape(n).replace(r"\ ", r"[\s-]+").replace("'", "['’]") for n in names]
    return r"(?i:" + "|".join(parts) + r")(?![\p{L}\d])"


@cache
def _country_starts() -> dict[str, tuple[tuple[str, ...], dict[str, tuple[str, ...]]]]:
    """The country names by first letter: their first words, and the names by first word."""
    starts: dict[str, dict[str, list[str]]] = {}
    for name in country_names():
        first = name.split(" ")[0]
        starts.setdefault(first[:1], {}).setdefault(first, []).append(name)
    return {
        letter: (tuple(sorted(by_first)), {first: tuple(n) for first, n in by_first.items()})
        for letter, by_first in starts.items()
    }


def country_after_space(text: str) -> bool:
    """A necessary condition of `_country()` matching right after whitespace.

    In the folded text (see gated.fold; apostrophes straight, runs of whitespace and hyphens
    made one space, as the names are written), the name starts a word and is not followed by
    an ASCII letter or digit: those fold only from letters and digits, which the pattern's
    "(?![\\p{L}\\d])" refuses (checked over all of Unicode).
    """
    flat = " ".join(fold(text).replace("’", "'").replace("-", " ").split())
    starts = _country_starts()
    at = 0
    for word in flat.split(" "):
        letter = starts.get(word[:1])
        if letter is not None and word.startswith(letter[0]):
            for first, names in letter[1].items():
                if word.startswith(first) and any(_name_at(flat, at, n) for n in names):
                    return True
        at += len(word) + 1
    return False


def _name_at(flat: str, at: int, name: str) -> bool:
    after = flat[at + len(name) : at + len(name) + 1]
    return flat.startswith(name, at) and not (after.isascii() and after.isalnum())


@cache
def country_in() -> Any:
    """A country name anywhere in a text."""
    return regex.compile(rf"(?<![\p{{L}}\d]){_country()}")


@cache
def end_patterns(mode: str) -> tuple[Any, ...]:
    """The end-part patterns of a case mode, each compiled on its own (the longest match wins,
    which one alternation would not give)."""
    town, country = _TOWN[mode], _country()
    state = _STATE if mode == "cap" else r"[a-z]{2}(?![\p{L}\d])"
    forms = [
        _MILITARY_END,
        rf"(?:the\s+)?{country}(?:,?\s+{_POSTCODE})?",  # "Latvia 04417", "Costa Rica"
        rf"{state},?\s+{_POSTCODE}",  # "IL 62704"
        rf"{_POSTCODE},?\s+{town}",  # "69003 Lyon", "1050 Ixelles"
        rf"{town}(?:,?\s+{state})?,?\s+{_POSTCODE}",  # "Altafulla T 51890", "London SW1A 1AA"
        _POSTCODE,  # "40001" on its own line
    ]
    return tuple(regex.compile(f) for f in forms)


@cache
def _inline_parts() -> tuple[Any, Any]:
    """UNIT, and a postcode after whitespace, each on its own (see may_match_inline)."""
    return regex.compile(UNIT), regex.compile(rf"\s{_POSTCODE}")


def may_match_inline(text: str) -> bool:
    """A necessary condition of the "inline" pattern matching (a cheap test that spares most
    parts its cost, which its country names make high): after the street comes a UNIT, or
    an end, which is a country after whitespace (and "the"), or a postcode after whitespace
    with a digit before it (the street's number; only a ship has none)."""
    unit, postcode = _inline_parts()
    if unit.search(text) or country_after_space(text):
        return True
    starts = [m.start() for m in postcode.finditer(text, overlapped=True)]
    if not starts:
        return False  # the last start has the most text before it
    return has_digit(text[: starts[-1]]) or any(s in fold(text) for s in _SHIPS)


# Fleet mail ships (see _street), a street without a number.
_SHIPS = ("usns", "usnv", "uss", "uscgc")


@cache
def compiled_patterns(mode: str) -> dict[str, Any]:
    """Compiled patterns of a case mode."""
    street, town, country = _street(mode), _TOWN[mode], _country()
    unit = rf"(?P<unit0>{UNIT}\s+)?(?P<street>{street})(?P<unit>,?\s+{UNIT})?"
    # The end of an address on the street's line: "Dover, Ghana 40001", "Curitiba 40001".
    end = rf",?\s+(?:(?:the\s+)?{country}(?:,?\s+{_POSTCODE})?|{_POSTCODE})"
    return {
        # A street that ends its part, with a unit before or after ("Apt. 3 12 Elm Road").
        "street_at_end": regex.compile(rf"{unit}\s*$"),
        # A street with its unit and/or its end on one line: "sent to 9 Pine St Apt. 3 Dover
        # Ghana. Thanks", "12 Orla 3 Apt. 4 Segovia", "93 Vangsvej 8 Ghana".
        "inline": regex.compile(
            rf"(?P<unit0>{UNIT}\s+)?(?P<street>{street})(?:(?P<unit>,?\s+{UNIT})"
            rf"(?P<tail>(?:,?\s+{town})?{end}|,?\s+{town})?|(?P<tail2>(?:,?\s+{town})?{end}))"
            rf"(?=[\s.,;:!?)]|$)"
        ),
        "street": regex.compile(street),
        "unit": regex.compile(UNIT),
        "town": regex.compile(rf"(?:{town}|{_STATE})"),
    }
