"""The name and place lists of screener/data/ (built by scripts/build_gazetteers.py).

Each entry carries a level per language saying how safely the word reads as a name
(GAZETTEERS.md): NAME (hardly ever a common word, even in lower case), CAP (a name only when
capitalised mid-sentence) or WORD (mostly a common word: a person only next to a surname).
Lookups go through `canonical`, so "Élodie", "elodie" and "ELODIE", or "Stoke-on-Trent" and
"stoke on trent", find the same entry.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

WORD, CAP, NAME = 0, 1, 2
_LEVELS = {"word": WORD, "cap": CAP, "name": NAME}
_LANGUAGES = ("en", "fr")


@lru_cache(maxsize=65536)  # the same few thousand words recur across posts
def canonical(text: str) -> str:
    """The lookup key of a name: lower case, no accents, hyphens as spaces, "St" as "saint"."""
    text = unicodedata.normalize("NFD", text.replace("’", "'").lower())
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("-", " ")
    words = text.replace("st. ", "st ").split()
    if words and words[0] in ("st", "ste"):
        words[0] = "saint" if words[0] == "st" else "sainte"
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class Place:
    """A town or city: its population (the largest of its namesakes) and level."""

    population: int
    level: int


def _rows(file: str) -> list[list[str]]:
    text = resources.files("screener.data").joinpath(file).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _names(file: str) -> dict[str, dict[str, int]]:
    """canonical name -> {language: level}; the most cautious level when spellings collide."""
    out: dict[str, dict[str, int]] = {}
    for name, *levels in _rows(file):
        key = canonical(name)
        new = {lang: _LEVELS[lv] for lang, lv in zip(_LANGUAGES, levels, strict=True)}
        old = out.get(key)
        out[key] = new if old is None else {k: min(old[k], new[k]) for k in new}
    return out


@cache
def first_names() -> dict[str, dict[str, int]]:
    """First names (US Census 1990, INSEE): canonical name -> {language: level}."""
    return _names("first_names.txt")


@cache
def surnames() -> dict[str, dict[str, int]]:
    """Surnames (US Census 1990, INSEE): canonical name -> {language: level}."""
    return _names("surnames.txt")


@cache
def places(language: str) -> dict[str, Place]:
    """Cities and towns usable in `language` posts (GeoNames), islands (places_islands.txt) and
    administrative areas (places_regions.txt), population not counted: 0): canonical name ->
    Place."""
    out: dict[str, Place] = {}
    for name, population, level in _rows(f"places_{language}.txt"):
        key, place = canonical(name), Place(int(population), _LEVELS[level])
        old = out.get(key)
        if old is None or place.level < old.level:
            out[key] = place
    for kept in ("places_islands.txt", "places_regions.txt"):
        for key, levels in _names(kept).items():
            out.setdefault(key, Place(0, levels[language]))
    return out


def is_reported_place(word: str, language: str) -> bool:
    """True for a town reported as one ("Paris"); not for towns named like people."""
    place = places(language).get(canonical(word))
    return place is not None and place.level > WORD


@cache
def longest_place(language: str) -> int:
    """The most words in one place name ("Kingston upon Hull" is 3)."""
    return max(len(key.split()) for key in places(language))


@cache
def everyday_words() -> frozenset[str]:
    """Everyday English and French words (screener/data/common_words_*.txt), lower case."""
    words: set[str] = set()
    for language in _LANGUAGES:
        words.update(row[0] for row in _rows(f"common_words_{language}.txt"))
    return frozenset(words)


@cache
def common_words(language: str) -> frozenset[str]:
    """Everyday words of one language (not names), lower case."""
    return frozenset(row[0] for row in _rows(f"common_words_{language}.txt"))


def first_name_level(word: str, language: str) -> int | None:
    """The level of `word` as a first name in `language` posts, None if it is not one; a
    compound missing from the lists is judged by its parts (see `_compound_level`)."""
    levels = first_names().get(canonical(word))
    if levels is None and "-" in word:
        return _compound_level(word, language)
    return None if levels is None else levels[language]


# A short form after a hyphen ("Jean-Mi", "Marie-Jo", "Pierre-Alex" is a name of the list):
# one to three letters, capitalised. Longer unknown tails are streets and towns ("rue
# Jean-Jaurès", "Marie-Galante", "Jean-Talon").
_SHORT_TAIL = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{0,2}")
# Words that open or close French and francophone places' names, never a person's ("Sainte-Ode",
# "Mont-Joli", "Kara-Sud", "Thiaroye-sur-Mer").
_PLACE_HEADS = frozenset(
    "saint sainte st ste mont port grand grande petit petite haut haute bas basse pont val "
    "bois fort vieux neuf".split()
)
_PLACE_TAILS = frozenset("sud nord est ouest mer bas haut centre ville".split())


def _compound_level(word: str, language: str) -> int | None:
    """A hyphenated first name not in the lists: a known first name and a short form ("Jean-Mi",
    NAME) or, in English, a second first name ("Ellie-Mae", as sure as the first), or the
    nickname prefix "Ti-" of Québec and Acadiana ("Ti-Loup" capitalised, "ti-paul" only before
    a first name). None otherwise."""
    head, _, tail = word.partition("-")
    if not tail or "-" in tail or canonical(word) in places(language):
        return None  # (a town of two words: "Mont-Joli", "Marie-Galante")
    if head.lower() in _PLACE_HEADS or tail.lower() in _PLACE_TAILS:
        return None  # "Sainte-Ode", "Kara-Sud": a place's name
    tail_level = first_names().get(canonical(tail))
    if head.lower() == "ti":
        if tail[0].isupper() and head[0].isupper():
            return NAME
        return None if tail_level is None else tail_level[language]
    head_level = first_names().get(canonical(head))
    # (the head is a name in some language: "Jean" is a common word in French, jeans)
    if head_level is None or max(head_level.values()) < CAP or not head[0].isupper():
        return None
    if _SHORT_TAIL.fullmatch(tail):
        return NAME
    # two first names ("Ellie-Mae", "Kerry-Anne"): a name when capitalised, in English posts;
    # French names its streets and venues after people so ("la médiathèque Alain-Gérard", "le
    # gymnase Jean-Macé"), and its own double names are in the lists
    if language == "en" and tail_level is not None and tail[0].isupper():
        return max(head_level["en"], CAP)  # as sure as its first name ("Kerry" of "Kerry-Anne")
    return None


def surname_level(word: str, language: str) -> int | None:
    """The level of `word` as a surname in `language` posts, None if it is not one."""
    levels = surnames().get(canonical(word))
    return None if levels is None else levels[language]
