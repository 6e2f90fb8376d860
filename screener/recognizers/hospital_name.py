"""Hospitals named bare or short, with no "Hospital" after them: "Raigmore", "the Christie",
"King's", "Salford Royal", "la Pitié", "HUG", "SickKids".

The names come from screener/data/hospitals.txt, a list kept by hand (its header states the
rules). Names are matched as written, case-sensitively, by one alternation built once; a
cheap gate (does a word of the post start a name?) skips it for most posts. A match is
refused where the words around it make it something else:
- a name listed with an article ("the Christie", "la Timone") needs that article before it;
- an abbreviation ("QEH", "HUG") must not sit in a run of capitals (a shouted "BIG HUG");
- a one-word name that is also an everyday word or a first name ("King's", "Erasme", "HUG"),
  or one marked `at` in the list, needs a place preposition right before it (before its
  article if it has one) and no capitalised word after it ("at King's Cross");
- a one-word name that is also a person's name ("Musgrave", "Bordet") is refused after a
  title, a word that introduces a person, or a capitalised first name ("Dr Musgrave", "my
  daughter Christie", "Jo Musgrave").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from screener.gazetteers import everyday_words, first_name_level, surname_level
from screener.name_context import PERSON_CUES, TITLE_NOUNS, TITLES
from screener.recognizers.results import recognizer_result

# Below a person named by a cue (0.9) and spaCy's own person guess (0.85): a hospital name
# read from a list is a confident place, not more confident than a cue naming a person.
SCORE = 0.8

# Articles a list entry may start with; the recognizer requires them and reports the name alone.
_ARTICLES = ("the ", "la ", "le ", "les ", "l'")
# The article just before a name, any case of its first letter ("The Christie", "L'Archet").
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Ll][ae]|[Ll]es)\s+|\b[Ll]['’]\s*)$")
# A place preposition (or a hospital word) right before a name or its article: "at", "to",
# "à", "au", "de" ("de la Timone"), "l'hôpital" ("l'hôpital Erasme"). Any case.
_PLACE_BEFORE = re.compile(
    r"\b(?i:at|in|into|to|from|near|outside|visiting|via|à|au|aux|de|du|des|dans|vers|par|"
    r"hospital|hôpital|hopital|clinique|CHU)\s+$|\b(?i:d|l)['’]$"
)
# The word just before a match (to test person cues and first names).
_WORD_BEFORE = re.compile(r"([\w.'’]+)\s+$")
# The word just after a match (a capitalised word continues another name: "King's Cross").
_WORD_AFTER = re.compile(r"^\s+([\w'’]+)")
# A word in capitals of two letters or more: next to an abbreviation, the post is shouting.
_CAPS_WORD = re.compile(r"^[A-Z]{2,}$")
# Letters of a word, for the gate (a name's first word, split where the alternation allows).
_GATE_WORD = re.compile(r"[^\W\d_]+")
# How far back the article and preposition checks look (an article, a preposition, spaces).
_LOOKBEHIND = 40
# Words that introduce a person (from name_context) and titles, in lower case.
_PERSON_BEFORE = PERSON_CUES | TITLE_NOUNS | TITLES["en"] | TITLES["fr"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of hospitals.txt: its name, article, country and when it needs a cue."""

    name: str
    article: bool  # an article must come before the name
    cue: bool  # a place preposition must come right before (the article and) the name
    person_like: bool  # one word that is also a person's name
    abbreviation: bool  # all capitals


def key(text: str) -> str:
    """The lookup key of a matched name: straight apostrophes, spaces for hyphens, no accents
    (case kept: names are matched as written)."""
    text = unicodedata.normalize("NFD", text.replace("’", "'").replace("-", " "))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def _entry(name: str, forced: bool) -> Entry:
    """An entry, with the cues its name needs (see the module docstring)."""
    article = name.lower().startswith(_ARTICLES)
    if article:
        name = name[2:] if name.lower().startswith("l'") else name.split(" ", 1)[1]
    bare = name.removesuffix("'s").removesuffix("'")
    single = " " not in name and "-" not in name
    abbreviation = name.isupper() and name.replace("&", "").isalpha()
    word = bare.lower() in everyday_words() or first_name_level(bare, "en") is not None
    word = word or first_name_level(bare, "fr") is not None
    cue = forced or (single and word)
    person_like = single and not abbreviation and surname_level(bare, "en") is not None
    return Entry(name, article, cue, person_like or (single and word), abbreviation)


def _pattern(name: str) -> str:
    """The regex source of a name: an apostrophe may be curly, a hyphen a space, and a space
    any run of spaces (the name is otherwise literal)."""
    parts = []
    for char in name:
        if char in "'’":
            parts.append("['’]")
        elif char in " -":
            parts.append(r"[\s-]+")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def _unaccented(name: str) -> str:
    """The name with its accents dropped ("Pitie-Salpetriere" as posts often type it)."""
    text = unicodedata.normalize("NFD", name)
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """The hospital list, ready to match: entries by key, the alternation, the gate words."""

    entries: dict[str, tuple[Entry, ...]]
    pattern: re.Pattern[str]
    first_words: frozenset[str]


@cache
def gazetteer() -> Gazetteer:
    """hospitals.txt, loaded and compiled once."""
    text = resources.files("screener.data").joinpath("hospitals.txt").read_text("utf-8")
    entries: dict[str, list[Entry]] = {}
    forms: set[str] = set()
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, _country, *flags = line.split("\t")
        entry = _entry(name.replace("’", "'"), "at" in flags)
        entries.setdefault(key(entry.name), []).append(entry)
        forms.update({entry.name, _unaccented(entry.name)})
    # Longest first: the alternation takes the first name that matches ("Guy's and St Thomas'"
    # before "Guy's"). Not after or before a letter, digit, hyphen or apostrophe, so a name is
    # never the piece of a longer word ("Pitié" in "Pitié-Salpêtrière" is its own entry); an
    # apostrophe may come before only as an elided French article ("à l'IUCPQ", "de l'HUDERF").
    alternation = "|".join(_pattern(f) for f in sorted(forms, key=len, reverse=True))
    pattern = re.compile(rf"(?:(?<=\b[LlDd]['’])|(?<![\w'’-]))(?:{alternation})(?![\w-]|['’]\w)")
    first = {w for f in forms for w in _GATE_WORD.findall(f)[:1]}
    return Gazetteer({k: tuple(v) for k, v in entries.items()}, pattern, frozenset(first))


class HospitalNameRecognizer(EntityRecognizer):
    """FACILITY: a hospital named by its bare or short name ("Raigmore", "the Christie")."""

    def __init__(self, supported_language: str = "en") -> None:
        name = f"HospitalNameRecognizer_{supported_language}"
        super().__init__(
            supported_entities=["FACILITY"], supported_language=supported_language, name=name
        )
        self._label = name

    def load(self) -> None:
        """Read and compile the list at start-up (Presidio calls this from __init__), not on
        the first post."""
        gazetteer()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """The hospitals named in one post."""
        if "FACILITY" not in entities:
            return []
        gaz = gazetteer()
        if gaz.first_words.isdisjoint(_GATE_WORD.findall(text)):
            return []  # the common case: no word of the post starts a name
        results = []
        for match in gaz.pattern.finditer(text):
            candidates = gaz.entries.get(key(match.group()), ())  # key drops accents too
            if any(_accepted(text, match.start(), match.end(), e) for e in candidates):
                why = "a hospital's name from the hospital list"
                source = (self._label, str(self.id))
                results.append(
                    recognizer_result(source, "FACILITY", match.start(), match.end(), SCORE, why)
                )
        return results


def _accepted(text: str, start: int, end: int, entry: Entry) -> bool:
    """Whether the words around a match let it read as this entry (module docstring)."""
    before = text[max(0, start - _LOOKBEHIND) : start]
    if entry.article:
        article = _ARTICLE_BEFORE.search(before)
        if article is None:
            return False
        before = before[: article.start()]
    if entry.abbreviation and _shouting(text, start, end):
        return False
    if entry.cue:
        if _PLACE_BEFORE.search(before) is None:
            return False
        after = _WORD_AFTER.match(text[end : end + _LOOKBEHIND])
        if after is not None and after.group(1)[:1].isupper():
            return False
    if entry.person_like and not entry.article:
        word = _WORD_BEFORE.search(before)
        if word is not None and _names_person(word.group(1)):
            return False
    return True


def _names_person(word: str) -> bool:
    """Whether a word before a name makes it a person's: a cue, a title, a first name."""
    if word.lower() in _PERSON_BEFORE:
        return True
    return word[:1].isupper() and first_name_level(word, "en") is not None


def _shouting(text: str, start: int, end: int) -> bool:
    """Whether a word in capitals touches the match (a shouted post, not an abbreviation)."""
    before = _WORD_BEFORE.search(text[max(0, start - _LOOKBEHIND) : start])
    after = _WORD_AFTER.match(text[end : end + _LOOKBEHIND])
    return any(w is not None and _CAPS_WORD.match(w.group(1)) for w in (before, after))


def recognizers(language: str) -> list[EntityRecognizer]:
    """The hospital-name recognizer (English and French names in both languages)."""
    return [HospitalNameRecognizer(supported_language=language)]
