"""The address-block finder: from a street part, grow one block over the parts that follow.

A block runs from the street to the last unit or end part after it, and is scored by what
backs the street (see the module docstring of postal_block.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import regex  # type: ignore[import-untyped]  # Presidio's regex engine (\p{..}, lookbehinds)

from screener.recognizers.gated import any_isdigit
from screener.recognizers.postal_corners import corners
from screener.recognizers.postal_parts import (
    Part,
    cut_parts,
    end_kind,
    end_match,
    gap_ok,
    plausible_street,
    split_words,
    street_strength,
    town_ok,
)
from screener.recognizers.postal_patterns import compiled_patterns, may_match_inline
from screener.recognizers.postal_words import BOXES, PARTICLE_WORDS, bare_type

# At most this many parts after the street (unit, town, state, postcode, country).
_MAX_FOLLOWERS = 7
# Town parts in a row before a unit or an end part: town, district and state at most.
_MAX_TOWNS = 3


@dataclass
class _Block:
    """An address found in the text, with what backs it."""

    start: int
    end: int
    street: str  # "strong" (type word, box, ship), "numbered" (two numbers) or "weak"
    unit: bool = False
    strong_end: bool = False  # a postcode, state + ZIP or military post office
    country_end: bool = False  # a country without a postcode
    towns: int = 0
    alone: bool = False  # a street with nothing after it


def _add_end(block: _Block, end: int, kind: str) -> None:
    """Close a block on an end part of a kind (see end_kind). A year after a town or country
    proves nothing ("Spain 2023" under a list), so it only extends a block a street-type word
    already backs."""
    if kind == "postcode":
        block.end, block.strong_end = end, True
    elif kind == "country":
        block.end, block.country_end = end, True
    elif block.street == "strong" or block.unit or block.strong_end:
        block.end = end
        block.towns += kind == "town"
    elif kind == "town":
        block.end, block.towns = end, block.towns + 1


def _extend(text: str, parts: list[Part], i: int, block: _Block) -> _Block:
    """Grow a block over the parts after part i while they read as address parts: units and
    end parts confirm the towns before them; towns after the last of them are kept only
    behind a street-type word or a unit."""
    towns: list[Part] = []
    j = i + 1
    while j < len(parts) and j - i <= _MAX_FOLLOWERS and gap_ok(text, parts[j - 1], parts[j]):
        part = parts[j]
        patterns = compiled_patterns(part.mode)
        end = end_match(part, whole=True)
        if patterns["unit"].fullmatch(part.text):
            block.unit, block.end = True, part.end
        elif end is not None:
            _add_end(block, part.end, end[1])
        elif (m := patterns["town"].fullmatch(part.text)) and town_ok(part, m.group(0)):
            towns.append(part)
            if len(towns) > _MAX_TOWNS:
                break
            j += 1
            continue
        else:
            prefix = end_match(part, whole=False)
            if prefix is not None:
                block.towns += len(towns)
                towns = []
                _add_end(block, part.start + prefix[0], prefix[1])
            break
        block.towns += len(towns)
        towns = []
        j += 1
    if towns and len(towns) <= _MAX_TOWNS:
        if block.street == "strong" or block.unit or block.strong_end:
            block.end, block.towns = towns[-1].end, block.towns + len(towns)
        elif not block.country_end:
            # a bare street and a town: the town only, to be confirmed by context
            block.end, block.towns = towns[0].end, block.towns + 1
    return block


def _score(block: _Block) -> float:
    """How sure an address block is (see the module docstring): 0.85 for a unit or a postcode
    (an address beyond doubt), 0.6 for a street-type word (over the 0.5 reporting threshold on
    its own), 0.4 for a bare numbered street (under it until a context word adds 0.35), 0 for
    nothing worth reporting."""
    if block.unit or block.strong_end:
        return 0.85
    if block.alone:
        return 0.6 if block.street == "strong" else 0.4
    if block.street == "strong":
        return 0.85 if block.country_end else 0.6
    if block.country_end:
        # "18 Orla 75, Guyana" is an address; "Top 10 Beaches, Spain" a headline.
        return 0.6 if block.street == "numbered" else 0.0
    # "63 Orla 42, Vary" or "2 Tylenol 500, Advil": a context word (+0.35) must confirm it.
    return 0.4 if block.towns and block.street == "numbered" else 0.0


def find_addresses(text: str) -> list[tuple[int, int, float, str]]:
    """(start, end, score, entity type) of the postal addresses and street corners in a text."""
    # a corner names a place as surely as a street-type word does; its streets are not
    # reported again on their own
    found = [(start, end, 0.6, "LOCATION") for start, end in corners(text)]
    # Every street has a number: a post without a digit can only hold a street corner.
    parts = cut_parts(text) if any_isdigit(text) else []
    covered_to = -1
    for i, part in enumerate(parts):
        if part.start < covered_to:
            continue
        for block in _blocks_at(text, parts, i):
            score = _score(block)
            if score > 0 and not any(s < block.end and block.start < e for s, e, _, _ in found):
                found.append((block.start, block.end, score, "ADDRESS"))
                covered_to = block.end
                break
    return sorted(found)


def _street_block(part: Part, m: Any) -> _Block:
    surface = m.group("street")
    return _Block(
        part.start + m.start(),
        part.start + m.end(),
        street_strength(surface),
        unit=m.group("unit") is not None or m.group("unit0") is not None,
    )


def _blocks_at(text: str, parts: list[Part], i: int) -> Iterator[_Block]:
    """Candidate address blocks starting in part i, the best reading first."""
    part = parts[i]
    if not any_isdigit(part.text) and not BOXES.search(part.text):
        return  # every street has a number, but a ship ("USNS Comfort")
    patterns = compiled_patterns(part.mode)
    # 1. A street with a unit or an end on the same line: "9 Pine St Apt. 3 Dover Ghana".
    inline = patterns["inline"].finditer(part.text) if may_match_inline(part.text) else ()
    for m in inline:
        if not plausible_street(m.group("street"), part.mode):
            continue
        block = _street_block(part, m)
        tail = m.group("tail") or m.group("tail2")
        if tail and not regex.search(r"\p{L}", tail):
            if not block.unit:
                continue  # a number after a street is no postcode without its town
        elif tail:
            _add_end(block, block.end, end_kind(tail))
        if block.end == part.end:
            block = _extend(text, parts, i, block)
        yield block
    # 2. A street ending its part, the address going on in the next parts.
    m = patterns["street_at_end"].search(part.text)
    if (
        m is not None
        and plausible_street(m.group("street"), part.mode)
        # "33000 Bordeaux" is a postcode and its town, unless a type word makes it a street
        and (end_match(part, whole=True) is None or street_strength(m.group(0)) == "strong")
    ):
        block = _street_block(part, m)
        if (
            i > 0
            and patterns["unit"].fullmatch(parts[i - 1].text)
            and gap_ok(text, parts[i - 1], part)
        ):
            block.start, block.unit = parts[i - 1].start, True  # "Flat 2, 5 Mill Lane"
        yield _extend(text, parts, i, block)
    # 3. A street on its own, in capitalised text: with a type word and a name ("Lindenstrasse
    # 12", "87 Rue Joseph Vernet"), or numbered on both sides ("76 Orla 149", to be confirmed
    # by context).
    if part.mode == "cap":
        for m in patterns["street"].finditer(part.text):
            surface = m.group(0)
            if not plausible_street(surface, part.mode):
                continue
            words = split_words(surface)
            while words and words[-1].lower() in PARTICLE_WORDS:
                words.pop()  # "Hauptstrasse 6 the ..." ends before "the"
            strength = street_strength(surface)
            named = any(w[:1].isupper() and not bare_type(w) for w in words)
            # "1668 ACAG 1669" is a sequence, not a street: a name has lower-case letters.
            cased = any(w != w.upper() for w in words)
            if (strength == "strong" and named) or (strength == "numbered" and cased):
                end = part.start + m.start() + surface.rindex(words[-1]) + len(words[-1])
                yield _Block(part.start + m.start(), end, strength, alone=True)
