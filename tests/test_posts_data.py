"""The project's own labelled posts (tests/data/posts_*.jsonl) are well formed and current."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from screener.evaluation import LABELS

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def _load_builder() -> ModuleType:
    """scripts/build_posts.py, imported from its path (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "build_posts", ROOT / "scripts" / "build_posts.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


BUILDER = _load_builder()
# The splits the builder knows. holdout, blind, final2, final7, final8, final11 and final12
# are only scored; every other one (dev, fresh, the probes, and final, final3 to final6, final9 and
# final10 once a later session read them) is tuned on.
SPLITS: tuple[str, ...] = BUILDER.SPLITS
SCORED = (
    "holdout",
    "blind",
    "final2",
    "final7",
    "final8",
    "final11",
    "final12",
    "final13",
    "final14",
    "final15",
    "final16",
    "final17",
    "final18",
    "final19",
    "final20",
    "final21",
    "final22",
    "final23",
    "final24",
    "final25",
)
TUNED = tuple(split for split in SPLITS if split not in SCORED)
IDENTIFIER_LABELS = set(LABELS["identifier"])
HEALTH_LABELS = set(LABELS["health"])
CLASS_OF = {label: "identifier" for label in IDENTIFIER_LABELS}
CLASS_OF.update({label: "health" for label in HEALTH_LABELS})
CLASS_OF["OPTIONAL"] = "optional"
KEYS = {"id", "text", "spans", "recall", "precision", "expect", "channel", "language"}
# Public helplines that may appear as they are; every other number is in a fictional range.
# Samaritans, NHS 116117, NHS Blood and Transplant, the Shout crisis text line.
# The Lyon poison centre; Lifeline Australia (13 11 14) and New Zealand's 1737 line.
PUBLIC_NUMBERS = {"116123", "116117", "03001232323", "85258", "0472116911", "131114", "1737"}

Record = dict[str, object]


def load(split: str) -> list[Record]:
    """The records of one split, parsed line by line."""
    path = DATA / f"posts_{split}.jsonl"
    records: list[Record] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        record = json.loads(line)
        assert isinstance(record, dict), f"{path.name}:{number} is not an object"
        records.append(record)
    return records


def spans_of(record: Record) -> list[dict[str, object]]:
    """A record's spans, type-checked."""
    spans = record["spans"]
    assert isinstance(spans, list)
    return spans


def surface(record: Record, span: dict[str, object]) -> str:
    """The text a span covers."""
    text, start, end = record["text"], span["start"], span["end"]
    assert isinstance(text, str) and isinstance(start, int) and isinstance(end, int)
    return text[start:end]


@pytest.fixture(scope="module")
def posts() -> dict[str, list[Record]]:
    """Both splits, loaded once."""
    return {split: load(split) for split in SPLITS}


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    """scripts/build_posts.py (loaded once, at import)."""
    return BUILDER


@pytest.mark.parametrize("split", SPLITS)
def test_records_have_the_eval_fields(posts: dict[str, list[Record]], split: str) -> None:
    assert posts[split], f"posts_{split}.jsonl is empty"
    for record in posts[split]:
        assert set(record) == KEYS, record["id"]
        assert isinstance(record["id"], str) and record["id"].startswith(f"{split}-")
        assert isinstance(record["text"], str) and record["text"].strip()
        assert record["recall"] == ["identifier", "health"]
        assert record["precision"] == ["identifier", "health"]
        assert record["expect"] in {"hold", "pass"}
        assert record["channel"] in {"comms", "support"}
        assert record["language"] in {"en", "fr"}


@pytest.mark.parametrize("split", SPLITS)
def test_spans_are_valid_and_disjoint(posts: dict[str, list[Record]], split: str) -> None:
    for record in posts[split]:
        text = record["text"]
        assert isinstance(text, str)
        previous_end = 0
        for span in spans_of(record):
            assert set(span) == {"start", "end", "label", "class"}, record["id"]
            start, end, label = span["start"], span["end"], span["label"]
            assert isinstance(start, int) and isinstance(end, int) and isinstance(label, str)
            assert 0 <= start < end <= len(text), (record["id"], span)
            assert start >= previous_end, f"{record['id']}: spans overlap or are unsorted"
            previous_end = end
            assert label in CLASS_OF, (record["id"], label)
            assert span["class"] == CLASS_OF[label], (record["id"], span)
            covered = surface(record, span)
            assert covered == covered.strip(), (record["id"], covered)


def test_ids_are_unique(posts: dict[str, list[Record]]) -> None:
    ids = Counter(record["id"] for split in SPLITS for record in posts[split])
    assert not [i for i, n in ids.items() if n > 1]


def test_scored_splits_share_no_text_with_tuned_ones(posts: dict[str, list[Record]]) -> None:
    def key(record: Record) -> str:
        return re.sub(r"\W+", " ", str(record["text"]).lower()).strip()

    tuned = {key(record) for split in TUNED for record in posts[split]}
    assert not [r["id"] for s in SCORED for r in posts[s] if key(r) in tuned]


@pytest.mark.parametrize("split", SPLITS)
def test_each_split_mixes_languages_channels_and_verdicts(
    posts: dict[str, list[Record]], split: str
) -> None:
    records = posts[split]
    for field, values in {
        "language": {"en", "fr"},
        "channel": {"comms", "support"},
        "expect": {"hold", "pass"},
    }.items():
        counts = Counter(record[field] for record in records)
        assert set(counts) == values, (split, field, counts)
        assert min(counts.values()) >= len(records) // 4, (split, field, counts)


def _nhs_valid(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    return check != 10 and (0 if check == 11 else check) == int(digits[9])


def _medicare_valid(digits: str) -> bool:
    """An Australian Medicare card number: first digit 2-6, check digit the 9th (weights 1 3 7
    9 1 3 7 9, mod 10), then the issue number."""
    total = sum(int(d) * w for d, w in zip(digits[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True))
    return digits[0] in "23456" and total % 10 == int(digits[8])


def _nir_valid(digits: str) -> bool:
    return 97 - int(digits[:13]) % 97 == int(digits[13:])


def _iban_valid(compact: str) -> bool:
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


@pytest.mark.parametrize("split", SPLITS)
def test_id_numbers_carry_valid_checksums(posts: dict[str, list[Record]], split: str) -> None:
    for record in posts[split]:
        for span in spans_of(record):
            if span["label"] != "ID_NUMBER":
                continue
            compact = re.sub(r"\s", "", surface(record, span))
            if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", compact) and len(compact) >= 15:
                assert _iban_valid(compact), (record["id"], compact)
            elif re.fullmatch(r"\d{10}", compact):
                assert _nhs_valid(compact) or _medicare_valid(compact), (record["id"], compact)
            elif re.fullmatch(r"[12]\d{14}", compact):
                assert _nir_valid(compact), (record["id"], compact)


@pytest.mark.parametrize("split", SPLITS)
def test_phone_numbers_are_fictional(posts: dict[str, list[Record]], split: str) -> None:
    fictional = re.compile(
        r"07700900\d{3}"  # Ofcom drama mobiles
        r"|0(?:113|114|115|116|117|118|121|131|141|151|161)4960\d{3}|01632960\d{3}"
        r"|02896496\d{3}|02920180\d{3}|08081570\d{3}|01914980\d{3}"  # Ofcom drama ranges
        r"|0(?:19900|26191|35301|46571|53649|63998)\d{4}"  # ARCEP fiction ranges
        # US 555-01xx, toll-free "1-800-555-01xx" too, and the same marker after another
        # country's code and area ("+234 809 555 0147", "+225 27 22 555 0148")
        r"|(?:\d{1,3})?\d{1,4}5550(?:1\d\d)"
        r"|0\d{2}555\d{4}"  # Swiss numbers with the 555 marker ("079 555 40 10")
        r"|\d{2}555"  # SMS short codes with it ("SMS TB to 21555")
        r"|0491570\d{3}|0[2378]5550\d{4}"  # ACMA (Australia) fiction mobiles and landlines
        # a toll-free line with the "555" marker of fiction, where the country (Kenya,
        # Australia's freecall) reserves no range for drama
        r"|(?:0800|1800)555\d{3}"
    )
    for record in posts[split]:
        for span in spans_of(record):
            if span["label"] == "PHONE":
                digits = re.sub(r"\D", "", surface(record, span))
                digits = re.sub(r"^(?:44|33)(?=[1-9]\d{8,9}$)", "0", digits)  # +44 / +33
                assert digits in PUBLIC_NUMBERS or fictional.fullmatch(digits), (
                    record["id"],
                    digits,
                )


def test_jsonl_files_match_the_sources(builder: ModuleType) -> None:
    built: dict[str, list[Record]] = builder.build()
    for split in SPLITS:
        path = DATA / f"posts_{split}.jsonl"
        assert path.read_text(encoding="utf-8") == builder.render(built[split]), (
            f"{path.name} is stale: run scripts/build_posts.py"
        )


def test_markup_gives_exact_offsets(builder: ModuleType) -> None:
    text, spans = builder.parse_markup(r"Hi [Ann|PERSON], \[sic\] a|b [94|AGE]")
    assert text == "Hi Ann, [sic] a|b 94"
    assert [(text[s.start : s.end], s.label, s.cls) for s in spans] == [
        ("Ann", "PERSON", "identifier"),
        ("94", "AGE", "identifier"),
    ]


@pytest.mark.parametrize(
    "marked",
    [
        "[a [b|AGE]|AGE]",  # nested
        "[Ann|NAME]",  # unknown label
        "[Ann|PERSON",  # unclosed label
        "[Ann",  # unclosed span
        "Ann]",  # stray bracket
        "[ Ann|PERSON]",  # padded surface
        "a \\q b",  # bad escape
    ],
)
def test_markup_errors_are_reported(builder: ModuleType, marked: str) -> None:
    with pytest.raises(builder.SourceError):
        builder.parse_markup(marked)


def test_source_headers_are_checked(builder: ModuleType) -> None:
    good = (
        ">>> dev-x-1 comms en pass ; a note\nHello [Ann|PERSON]\n\n;; comment\n"
        ">>> dev-x-2 support fr hold\nSalut\n  line two\n"
    )
    posts = builder.parse_source(good, "dev_x.txt", "dev")
    assert [(p.id, p.text, p.note) for p in posts] == [
        ("dev-x-1", "Hello Ann", "a note"),
        ("dev-x-2", "Salut\n  line two", ""),
    ]
    for bad in (
        ">>> holdout-x-1 comms en pass\nHi\n",  # id of another split
        ">>> dev-x-1 comms de pass\nHi\n",  # unknown language
        ">>> dev-x-1 comms en maybe\nHi\n",  # unknown verdict
        ">>> dev-x-1 comms en pass\n\n",  # no text
        "stray text\n>>> dev-x-1 comms en pass\nHi\n",  # text before a header
    ):
        with pytest.raises(builder.SourceError):
            builder.parse_source(bad, "dev_x.txt", "dev")
