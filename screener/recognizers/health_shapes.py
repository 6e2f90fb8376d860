"""Word shapes of the health recognizer: endings, abbreviations, accents and misspellings.

- Word endings find terms no list has ("tendonitis", "atorvastatin", "neuroblastome").
- Abbreviations defined in the text ("chronic fatigue syndrome (CFS)") are checked here.
- Accent-less and one-letter-off spellings of listed words ("Kardegic", "derpression").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Mapping
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span

from screener.abbreviations import letters_in_order
from screener.recognizers.health_context import SENTENCE_END, in_name
from screener.recognizers.health_rules import MAX_KNOWN, Words, load_cues
from screener.spelling import deletes, one_edit
from screener.tokens import Tokens, tokens_of

# Ending rules: a word no list has, built on a medical suffix after at least this many letters
# (so short words never match), or ending in a whole medical ending ("-arthrite").
MIN_STEM = 4
_ENDING_TYPES = ("CONDITION", "PROCEDURE", "MEDICATION")


@dataclass(frozen=True, slots=True)
class Endings:
    """The ending rules of a language: one regex per type, and the words they must not take."""

    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    excluded: frozenset[str]
    # Every pattern ends in one of these literal endings, here by their last letter (its "$"
    # also matches before a final newline): a word ending in none of them matches no pattern.
    # None: no such test.
    ends: Mapping[str, tuple[str, ...]] | None
    known: dict[str, str] = field(default_factory=dict, compare=False)  # word -> type or ""

    def entity(self, word: str) -> str | None:
        """The type a word's ending gives it, if any (remembered per word: see MAX_KNOWN)."""
        known = self.known
        entity = known.get(word)  # "" for none
        if entity is None:
            if len(known) > MAX_KNOWN:
                known.clear()
            entity = known[word] = self._entity(word) or ""
        return entity or None

    def _entity(self, word: str) -> str | None:
        if word in self.excluded:
            return None
        if self.ends is not None and word[-1:] != "\n":
            ends = self.ends.get(word[-1:])
            if ends is None or not word.endswith(ends):
                return None
        return next((e for e, p in self.patterns if p.match(word)), None)


@cache
def endings(language: str) -> Endings:
    """The ending rules of a language, from its cue file (built once)."""
    cues = load_cues(language)
    patterns = []
    ends: list[str] = []
    literal = True  # PREFIX_ENDING items are regex text: literal endings if nothing is escaped
    for entity in _ENDING_TYPES:
        parts = []
        if suffixes := sorted(cues.get(f"SUFFIX_{entity}", ())):
            parts.append(rf"[^\W\d_]{{{MIN_STEM},}}(?:{'|'.join(map(re.escape, suffixes))})")
        if whole := sorted(cues.get(f"ENDING_{entity}", ())):
            parts.append(rf"[^\W\d_]*(?:{'|'.join(map(re.escape, whole))})")
        prefixes, after = cues.get(f"PREFIX_{entity}"), cues.get("PREFIX_ENDING")
        if prefixes and after:
            parts.append(
                rf"(?:{'|'.join(sorted(prefixes))})[^\W\d_]{{{MIN_STEM},}}"
                rf"(?:{'|'.join(sorted(after))})"
            )
        if parts:
            patterns.append((entity, re.compile(rf"^(?:{'|'.join(parts)})$")))
            ends += [*suffixes, *whole, *(after or ())]
            literal = literal and all(re.escape(a) == a for a in after or ())
    by_last: dict[str, list[str]] = {}
    for end in ends:
        by_last.setdefault(end[-1:], []).append(end)
    return Endings(
        tuple(patterns),
        cues.get("NOT_SUFFIXED", frozenset()),
        {last: tuple(e) for last, e in by_last.items()} if literal and all(ends) else None,
    )


def suffixed(
    doc: Doc, words: Words, covered: set[int], language: str, vocabulary: Mapping[str, str]
) -> list[Span]:
    """Single words outside the other findings that carry a medical ending.

    A capitalised word inside a sentence, or followed by another capitalised word, is a name
    ("Afroditis Georgiou"), not a condition; drug names are often capitalised, so for them
    only the second test applies.
    """
    rules = endings(language)
    found = []
    for i, lower in enumerate(words.lower):
        if i in covered or not words.alpha[i] or lower in vocabulary:
            continue  # a listed term is the matcher's and its guard's to judge
        entity = rules.entity(lower)
        if entity is None:
            continue
        token = doc[i]
        starts_sentence = token.i == 0 or doc[token.i - 1].text in SENTENCE_END
        followed_by_name = token.i + 1 < len(doc) and doc[token.i + 1].is_title
        named = token.is_title and (followed_by_name or not starts_sentence)
        if entity == "MEDICATION":
            named = token.is_title and followed_by_name
        if not named:
            found.append(Span(doc, token.i, token.i + 1, label=entity))
    return found


# An abbreviation in brackets: 2-10 characters ("MS", "A-T", "SCA3", "dex"), split by the
# tokenizer into at most 5 tokens (see is_abbreviation for the letters test).
ABBREVIATION_MIN, ABBREVIATION_MAX = 2, 10
ABBREVIATION_TOKENS = 5


def bracketed(doc: Doc, start: int) -> Span | None:
    """The text of "( ... )" starting at token `start` when written without spaces inside."""
    if start >= len(doc) or doc[start].text != "(":
        return None
    for end in range(start + 2, min(start + 2 + ABBREVIATION_TOKENS, len(doc))):
        if doc[end].text == ")":
            inside = doc[start + 1 : end]
            return inside if not any(t.whitespace_ for t in inside[:-1]) else None
    return None


def is_abbreviation(short: str, long: str) -> bool:
    """Whether `short` abbreviates `long` ("CFS", "DM" for "myotonic dystrophy", "dex").

    2-10 letters, digits or hyphens, and either Schwartz & Hearst's test (every letter or
    digit found in the term in the same order, the first one starting a word) or, for a
    capitalised short form, every letter the initial of one of the term's words (word order
    differs between languages: "DM" for "myotonic dystrophy"). Lower-case short forms need
    three characters ("dex"), so that "(ok)" or "(so)" never qualify.
    """
    if not ABBREVIATION_MIN <= len(short) <= ABBREVIATION_MAX:
        return False
    if not short.replace("-", "").isalnum() or (short.islower() and len(short) < 3):
        return False
    if not any(c.isalpha() for c in short):  # "(16)" after a word is an age or a count
        return False
    chars = [c for c in short.lower() if c.isalnum()]
    text = long.lower()
    initials = {word[0] for word in text.replace("-", " ").split()}
    if not short.islower() and all(c in initials for c in chars if c.isalpha()):
        return True
    return letters_in_order(chars, text)


def defined_abbreviations(doc: Doc, firm: list[Span]) -> list[Span]:
    """Abbreviations a firm term defines ("term (ABC)"): ABC and its later uses, same type."""
    defined: dict[tuple[str, ...], tuple[str, int]] = {}  # token texts -> (label, start)
    for span in firm:
        inside = bracketed(doc, span.end)
        if inside is None and span.start >= 2 and doc[span.start - 1].text == "(":
            # "ABC (long form)": the abbreviation comes first, not in lower case (a word that
            # the bracket explains: "opérer le 22 mai (mastectomie totale)")
            before = doc[span.start - 2 : span.start - 1]
            closed = span.end < len(doc) and doc[span.end].text == ")"
            inside = before if closed and not before.text.islower() else None
        if inside is not None and is_abbreviation(inside.text, span.text):
            key = tuple(t.text for t in inside)
            defined.setdefault(key, (span.label_, inside.start))
    if not defined:
        return []
    taken = {i for span in firm for i in range(span.start, span.end)}
    spans = []
    for key, (label, first) in defined.items():
        size = len(key)
        for i in range(first, len(doc) - size + 1):
            same = tuple(t.text for t in doc[i : i + size]) == key
            if same and not taken.intersection(range(i, i + size)):
                spans.append(Span(doc, i, i + size, label=label))
                taken.update(range(i, i + size))
    return spans


def unaccented(word: str) -> str:
    """A word without accents or ligatures ("kardégic" -> "kardegic", "œdème" -> "oedeme")."""
    word = word.replace("œ", "oe").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


# Misspelled health words ("derpression", "nausia"): tokens of at least this many letters one
# edit from a SPELL word of the cue file and no NOT_MISSPELLED word (the build keeps real
# words apart); see scripts/vocab_extras.py.
MIN_SPELLING = 6


@dataclass(frozen=True, slots=True)
class Spelling:
    """Health words whose misspellings count, indexed by their one-letter deletions."""

    index: Mapping[str, frozenset[str]]
    excluded: frozenset[str]
    known: dict[str, str] = field(default_factory=dict, compare=False)  # word -> target or ""

    def correct(self, word: str) -> str | None:
        """The one health word a misspelled word stands for, if exactly one (remembered per
        word: see MAX_KNOWN)."""
        if len(word) < MIN_SPELLING:
            return None
        known = self.known
        target = known.get(word)  # "" for none
        if target is None:
            if len(known) > MAX_KNOWN:
                known.clear()
            target = known[word] = self._correct(word) or ""
        return target or None

    def _correct(self, word: str) -> str | None:
        if word in self.excluded:
            return None
        index = self.index
        found = {t for t in index.get(word, ()) if one_edit(word, t)}
        for i in range(len(word)):  # the one-letter deletions, as spelling.deletes gives them
            targets = index.get(word[:i] + word[i + 1 :])
            if targets:
                found.update(t for t in targets if one_edit(word, t))
        return found.pop() if len(found) == 1 else None


@cache
def spelling(language: str) -> Spelling:
    """The misspelling index of a language (built once)."""
    cues = load_cues(language)
    index: dict[str, set[str]] = {}
    for target in cues.get("SPELL", ()):
        for key in deletes(target) | {target}:
            index.setdefault(key, set()).add(target)
    frozen = {key: frozenset(targets) for key, targets in index.items()}
    return Spelling(frozen, cues.get("NOT_MISSPELLED", frozenset()))


def misspelled(
    doc: Doc, words: Words, covered: set[int], vocabulary: Mapping[str, str]
) -> list[Span]:
    """Uncovered words that are misspellings of a health word, with its type."""
    rules = spelling(doc.lang_)
    found = []
    for i, lower in enumerate(words.lower):
        if i in covered or not words.alpha[i] or words.text[i].isupper():
            continue
        if lower in vocabulary:  # a listed term its guard turned down ("stroke of luck")
            continue
        target = rules.correct(lower)
        if target is not None and target in vocabulary:
            span = Span(doc, i, i + 1, label=vocabulary[target])
            if not (doc[i].is_title and in_name(span)):
                found.append(span)
    return found


# Runs of letters inside a token; a run shorter than MIN_GLUED letters is too likely a unit,
# an abbreviation or a fragment ("mg", "iv") to be looked up on its own.
_LETTERS = re.compile(r"[^\W\d_]+")
MIN_GLUED = 4


def glued(
    doc: Doc, words: Words, covered: set[int], terms: Mapping[str, str], skipped: Container[str]
) -> list[tuple[str, int, int]]:
    """(type, start, end characters) of one-word terms (not in `skipped`) inside a token
    glued to punctuation ("-cimetidine", "chemo/rads")."""
    hits = []
    tokens = tokens_of(doc)
    for i, lower in enumerate(words.lower):
        # a token shorter than MIN_GLUED holds no run long enough (most are punctuation)
        if len(lower) < MIN_GLUED or i in covered or words.alpha[i] or _address(tokens, i):
            continue
        for run in _LETTERS.finditer(lower):
            word = run.group()
            entity = terms.get(word)
            if entity and len(word) >= MIN_GLUED and word not in skipped:
                idx = tokens.idx[i]
                hits.append((entity, idx + run.start(), idx + run.end()))
    return hits


def _address(tokens: Tokens, i: int) -> bool:
    """Whether token i is a web or mail address or a handle, whose words name a page or an
    account ("/kates-endo-surgery", "@petitebulle_sep"), not the writer's health."""
    return tokens.url[i] or tokens.email[i] or tokens.text[i].startswith("@")
