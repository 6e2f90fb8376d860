"""Sentences of a post: where each ends, which one holds a position (read by the rules that
link a name to a health detail and find who a post is about)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

# Where a sentence ends: after ., ! or ? and a space, or at a line break; not after a lone
# capital, an initial ("J.M. from our coffee group is out of ICU", "C., 26 ans"), nor after a
# title or "Mt." before a name ("the pastor at Mt. Zion Church", "Dr. Okafor", "Mme. Roy").
_TITLES = ("Mt", "Dr", "Mr", "Mrs", "Ms", "Prof", "Rev", "Fr", "Mme", "Mlle", "Pr", "Dre")
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])" + "".join(rf"(?<!\b{t})" for t in _TITLES) + r"[.!?]+(?=\s)|\n"
)


def sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` starts."""
    index = sentence_of(text, position)
    return sentence_ends(text)[index - 1] if index else 0


# A saint's "St." before a name ("the gateman at St. Teresa's Convent school"): no sentence
# ends there; a street's "St." may end one, before a word that opens a sentence ("He moved to
# Oak St. She had a stroke").
_SAINT_BEFORE_NAME = re.compile(
    r"(?<=\bSt\.)\s+(?!(?:She|He|I|It|We|They|You|The|A|An|His|Her|My|Our|Their|This|That|"
    r"There|Then|But|And|So|Now|Today)\b)[A-Z]"
)


@lru_cache(maxsize=64)
def sentence_ends(text: str) -> tuple[int, ...]:
    """Where each sentence of a post ends (computed once per post, read by several rules)."""
    return tuple(
        m.end()
        for m in _SENTENCE_END.finditer(text)
        if not (m.group() == "." and _SAINT_BEFORE_NAME.match(text, m.end()))
    )


def sentence_of(text: str, position: int) -> int:
    """The index of the sentence holding `position`."""
    return bisect_right(sentence_ends(text), position)


def sentence(text: str, index: int) -> str:
    """The text of one sentence, by index."""
    ends = sentence_ends(text)
    return text[ends[index - 1] if index else 0 : ends[index] if index < len(ends) else len(text)]
