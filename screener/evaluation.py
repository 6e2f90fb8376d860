"""Score the screener on labelled JSONL (format: ../shared/eval/README.md).

A gold span is found when a prediction of the same class overlaps it by at least one character;
a prediction is right when it overlaps a gold span of its class or an optional span. Recall
counts only in records whose `recall` lists the class, precision only where `precision` does.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from screener.entities import info
from screener.types import ScreenResult

CLASSES = ("identifier", "health")
LABELS = {
    "identifier": (
        "PERSON",
        "DATE",
        "AGE",
        "LOCATION",
        "PHONE",
        "EMAIL",
        "URL",
        "ID_NUMBER",
        "IP",
        "HANDLE",
    ),
    "health": ("CONDITION", "SYMPTOM", "MEDICATION", "PROCEDURE"),
}


@dataclass(frozen=True, slots=True)
class Span:
    """A gold span."""

    start: int
    end: int
    label: str
    cls: str


@dataclass(frozen=True, slots=True)
class Record:
    """One labelled text."""

    id: str
    text: str
    spans: tuple[Span, ...]
    recall: frozenset[str]
    precision: frozenset[str]
    expect: str | None = None
    channel: str = "comms"
    language: str | None = None


def read_records(path: Path) -> Iterator[Record]:
    """Records of a labelled JSONL file; ValueError names the file and line of a bad one."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield _record(json.loads(line))
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{number}: not a labelled record ({exc})") from exc


def _record(raw: dict[str, Any]) -> Record:
    spans = tuple(
        Span(int(s["start"]), int(s["end"]), s["label"], s["class"]) for s in raw["spans"]
    )
    return Record(
        id=str(raw["id"]),
        text=str(raw["text"]),
        spans=spans,
        recall=frozenset(raw.get("recall", ())),
        precision=frozenset(raw.get("precision", ())),
        expect=raw.get("expect"),
        channel=raw.get("channel") or "comms",
        language=raw.get("language"),
    )


@dataclass
class Counts:
    """Found / total gold spans and right / total predictions."""

    found: int = 0
    gold: int = 0
    right: int = 0
    predicted: int = 0

    @property
    def recall(self) -> float | None:
        """Found over gold, None when nothing was to be found."""
        return self.found / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        """Right over predicted, None when nothing was predicted where precision counts."""
        return self.right / self.predicted if self.predicted else None

    @property
    def f2(self) -> float | None:
        """F-beta with beta 2: recall weighs four times as much as precision."""
        r, p = self.recall, self.precision
        if r is None or p is None or (r == 0 and p == 0):
            return None
        return 5 * p * r / (4 * p + r)


@dataclass
class Report:
    """Scores of one evaluation run."""

    by_class: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_label: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    should_hold: int = 0
    held_of_should_hold: int = 0
    should_pass: int = 0
    held_of_should_pass: int = 0
    records: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (id, label, surface)
    false_alarms: list[tuple[str, str, str]] = field(default_factory=list)
    wrong_verdicts: list[tuple[str, str]] = field(default_factory=list)  # (id, expected)

    @property
    def hold_recall(self) -> float | None:
        """Held posts over posts that should be held."""
        return self.held_of_should_hold / self.should_hold if self.should_hold else None

    @property
    def false_hold_rate(self) -> float | None:
        """Held posts over posts that should pass."""
        return self.held_of_should_pass / self.should_pass if self.should_pass else None


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def score(pairs: Iterable[tuple[Record, ScreenResult]], report: Report | None = None) -> Report:
    """Add each (record, result) pair to a report (a new one unless given)."""
    report = report or Report()
    for record, result in pairs:
        report.records += 1
        preds = [(f.start, f.end, f.category, info(f.entity_type).label) for f in result.findings]
        for span in record.spans:
            if span.cls not in CLASSES or span.cls not in record.recall:
                continue
            found = any(
                c == span.cls and _overlaps(s, e, span.start, span.end) for s, e, c, _ in preds
            )
            for counts in (report.by_class[span.cls], report.by_label[span.label]):
                counts.gold += 1
                counts.found += found
            if not found:
                report.misses.append((record.id, span.label, record.text[span.start : span.end]))
        for start, end, cls, label in preds:
            if cls not in record.precision:
                continue
            right = any(
                (s.cls == cls or s.cls == "optional") and _overlaps(start, end, s.start, s.end)
                for s in record.spans
            )
            for counts in (report.by_class[cls], report.by_label[label]):
                counts.predicted += 1
                counts.right += right
            if not right:
                report.false_alarms.append((record.id, label, record.text[start:end]))
        if record.expect in ("hold", "pass"):
            held = result.held
            if record.expect == "hold":
                report.should_hold += 1
                report.held_of_should_hold += held
            else:
                report.should_pass += 1
                report.held_of_should_pass += held
            if held != (record.expect == "hold"):
                report.wrong_verdicts.append((record.id, record.expect))
    return report
