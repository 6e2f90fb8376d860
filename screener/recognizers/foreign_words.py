"""Lower-case words of another language that spaCy calls a person.

spaCy's small models take unknown lower-case words for names: foods and drinks in a list
("timun, and kacang", "kopi and kaypoh", "alcool, zamal, tabac") and phrases of another
language ("char kway teow"). A nickname in lower case stands among English or French words
("my lad tommo started ritalin", "sending love to tolu and to you"), so a word no list knows
is a thing when a list joins it to another thing, or when another unknown word follows it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS as STOP_EN
from spacy.lang.fr.stop_words import STOP_WORDS as STOP_FR

from screener.gazetteers import everyday_words
from screener.name_context import CHAT_WORDS
from screener.recognizers.age_words import KIN_EN_WORDS
from screener.recognizers.ner_words import EntityWords

# A list's joiner between two words: "and", "et", "or", "ou", "&" or "+" (a comma may come
# before), as not_people's lists of places and drugs join them; a bare comma or "/" joins a
# list only in its middle ("alcool, zamal, tabac"), as a name spoken to follows one too ("It
# gets better, mamas", "congrats, tolu").
_WORD_JOIN = r"\s*(?:,\s*)?(?:\b(?:and|et|or|ou)\b|&|\+)\s*"
_BARE_JOIN = r"\s*[,/]\s*"
# The item before a joiner right before the finding, and the item after one right after it;
# an item is letters, hyphens and apostrophes inside ("pak-choi").
_ITEM = r"([^\W\d_][\w'’-]*)"
_ITEM_BEFORE = re.compile(rf"(?<![\w'’-]){_ITEM}(?:{_WORD_JOIN}|{_BARE_JOIN})\Z")
_ITEM_AFTER = re.compile(rf"(?:{_WORD_JOIN}|{_BARE_JOIN}){_ITEM}(?![\w'’-])")
_BARE = re.compile(_BARE_JOIN)
# What ends a list's item: punctuation, an emoji, the end, or a function word ("kopi and
# kaypoh 😄", "timun, and kacang (a handful)", "chapati & mandazi for the walk"); a noun after
# it makes it a modifier ("a baking addict and zorvo fan": a name before its noun).
_ITEM_END = re.compile(r"\s*(?:[^\w\s]|$)")
_NEXT_ANY = re.compile(r"\s+([^\W\d_][\w'’-]*)")
# The next word, after one space: a phrase goes on ("kway teow").
_NEXT_WORD = re.compile(r" ([^\W\d_][\w'’-]*)(?![\w'’-])")
# A list's item must be a word of 3 letters or more: "to", "me", "ok" join no list of things.
_MIN_ITEM = 3
# Chat's shorthand after a nickname ("tolu pls", "kel tbh"): words of no dictionary, not a
# second word of a foreign phrase (name_context.CHAT_WORDS, and more of the same).
_CHAT_WORDS = CHAT_WORDS | frozenset(
    "lmfao rofl imho rn atm fyi ngl tbf ikr irl iirc hehe xoxo tyvm np jk omw brb gn gm hun "
    "hunny bruv innit tho cos coz asap aswell".split()
)
_NAMES = (EntityWords("en"), EntityWords("fr"))
# Function words of both languages (spaCy's stop words): no list's item, and an item's end.
_FUNCTION_WORDS = frozenset(STOP_EN) | frozenset(STOP_FR)
# Words for people that a nickname may be listed with ("mum and tolu", "tata et bebeto").
_PEOPLE_WORDS = frozenset(KIN_EN_WORDS) | frozenset(
    "mari femme fils fille frère soeur sœur papa maman mamie papi tata tonton tatie copain "
    "copine hubby wifey bestie sis bro fam".split()
)


def is_foreign_word(text: str, start: int, end: int, persons: Sequence[tuple[int, int]]) -> bool:
    """Whether the one lower-case word text[start:end], which no list knows as a name, is a
    thing or a phrase of another language: listed with another thing, or followed by another
    unknown word. `persons` are the spans spaCy calls people: a neighbour among them is a
    second nickname ("tolu and dapo"), not a thing."""
    word = text[start:end]
    if not _unknown(word):
        return False
    before = _ITEM_BEFORE.search(text, max(0, start - 40), start)
    after = _ITEM_AFTER.match(text, end)
    items = [
        m
        for m in (before, after)
        if m is not None and _a_thing(m.group(1)) and not _in(m.span(1), persons)
    ]
    # (a bare comma counts in a list's middle only: a thing on both sides)
    listed = any(not _BARE.fullmatch(_joiner(m)) for m in items) or len(items) == 2
    if listed and _item_ends(text, end):
        return True
    following = _NEXT_WORD.match(text, end)
    return (
        following is not None
        and _unknown(following.group(1))
        and following.group(1) not in _CHAT_WORDS
        and not _in(following.span(1), persons)
    )


def _item_ends(text: str, end: int) -> bool:
    """Whether a list's item ends at `end`: punctuation, the end, or a function word next."""
    if _ITEM_END.match(text, end):
        return True
    following = _NEXT_ANY.match(text, end)
    return following is not None and following.group(1).lower() in _FUNCTION_WORDS


def _joiner(match: re.Match[str]) -> str:
    """The joiner of an item's match, without the item."""
    whole, item = match.span(), match.span(1)
    text = match.string
    return text[item[1] : whole[1]] if item[0] == whole[0] else text[whole[0] : item[0]]


def _plain(word: str) -> bool:
    """A lower-case word of letters (hyphens and apostrophes inside)."""
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    return letters.isalpha() and word.islower()


def _known(word: str) -> bool:
    """A first name or surname of the lists, or a word for a person."""
    return word in _PEOPLE_WORDS or any(n.name_level(word) is not None for n in _NAMES)


def _unknown(word: str) -> bool:
    """A lower-case word of no English or French list, names included."""
    return _plain(word) and word not in everyday_words() and not _known(word)


def _a_thing(word: str) -> bool:
    """A list's item that is no person: a lower-case word of 3 letters or more that is no
    name, no word for a person and no function word."""
    return (
        _plain(word) and len(word) >= _MIN_ITEM and word not in _FUNCTION_WORDS and not _known(word)
    )


def _in(span: tuple[int, int], persons: Sequence[tuple[int, int]]) -> bool:
    """Whether a span lies inside one of `persons`."""
    return any(s <= span[0] and span[1] <= e for s, e in persons)
