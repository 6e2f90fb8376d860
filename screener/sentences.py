"""Sentences of a post: where each ends, which one holds a position (read by the rules that
link a name to a health detail and find who a post is about)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from screener.gazetteers import first_name_level

# Where a sentence ends: after ., ! or ? and a space, or at a line break; not after a lone
# capital, an initial ("J.M. from our coffee group is out of ICU", "C., 26 ans"), nor after a
# title or "Mt." before a name ("the pastor at Mt. Zion Church", "Dr. Okafor", "Mme. Roy").
_TITLES = ("Mt", "Dr", "Mr", "Mrs", "Ms", "Prof", "Rev", "Fr", "Mme", "Mlle", "Pr", "Dre")
# Nor after "No." before a number ("the Black Diamond No. 4 mine", "bed No. 12").
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])"
    + "".join(rf"(?<!\b{t})" for t in _TITLES)
    + r"[.!?]+(?=\s)(?<!\bNo\.(?=\s\d))|\n"
)


def sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` starts."""
    index = sentence_of(text, position)
    return sentence_ends(text)[index - 1] if index else 0


# A saint's "St." before a name ("the gateman at St. Teresa's Convent school", "St. John
# Ambulance"): no sentence ends there; a street's "St." may end one ("He moved to Oak St. She had
# a stroke", "the pharmacy on Bridge St. Everyone will miss her"). A saint is a first name of
# the lists, or a capitalised word with a possessive.
_SAINT_BEFORE_NAME = re.compile(r"(?<=\bSt\.)\s+(?P<name>[A-Z][a-z]+)(?P<own>['’]s\b)?")


@lru_cache(maxsize=64)
def sentence_ends(text: str) -> tuple[int, ...]:
    """Where each sentence of a post ends (computed once per post, read by several rules)."""
    return tuple(
        m.end()
        for m in _SENTENCE_END.finditer(text)
        if not (m.group() == "." and _before_a_saint(text, m.end()))
    )


def _before_a_saint(text: str, position: int) -> bool:
    """Whether a saint's name follows the "St." ending at `position`."""
    saint = _SAINT_BEFORE_NAME.match(text, position)
    if saint is None:
        return False
    name = saint.group("name")
    return saint.group("own") is not None or any(
        first_name_level(name, language) is not None for language in ("en", "fr")
    )


def sentence_of(text: str, position: int) -> int:
    """The index of the sentence holding `position`."""
    return bisect_right(sentence_ends(text), position)


def sentence(text: str, index: int) -> str:
    """The text of one sentence, by index."""
    ends = sentence_ends(text)
    return text[ends[index - 1] if index else 0 : ends[index] if index < len(ends) else len(text)]
