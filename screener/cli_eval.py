"""`clearpost eval`: score the screener on labelled JSONL files."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import Progress

from screener.engine import Screener
from screener.evaluation import CLASSES, LABELS, Counts, Record, Report, read_records, score
from screener.settings import ScreenerSettings

# Records screened per batch (spaCy batching, and a steady progress bar).
CHUNK = 256


def register(subparsers: Any) -> None:
    """Add the `eval` command."""
    p = subparsers.add_parser("eval", help="score the screener on labelled JSONL files")
    p.add_argument("files", nargs="+", type=Path, help="labelled JSONL (shared/eval format)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="N",
        help="also print up to N misses, false alarms and wrong verdicts per file",
    )
    p.add_argument(
        "--processes",
        type=int,
        default=os.cpu_count() or 1,
        help="worker processes for large batches (default: one per core)",
    )
    p.set_defaults(func=run)


def evaluate(screener: Screener, records: list[Record], console: Console | None = None) -> Report:
    """Screen the records (batched) and score them."""
    report = Report()
    with Progress(console=console or Console(stderr=True), transient=True) as bar:
        task = bar.add_task("evaluating", total=len(records))
        size = CHUNK * screener.processes
        for i in range(0, len(records), size):
            chunk = records[i : i + size]
            results = screener.screen_many(
                [r.text for r in chunk],
                channels=[r.channel for r in chunk],
                languages=[r.language for r in chunk],
            )
            score(zip(chunk, results, strict=True), report)
            bar.advance(task, len(chunk))
    return report


def _fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:.3f}"


def _row(name: str, c: Counts) -> str:
    return (
        f"  {name:<12} recall {_fmt(c.recall)} ({c.found}/{c.gold})  "
        f"precision {_fmt(c.precision)} ({c.right}/{c.predicted})  F2 {_fmt(c.f2)}"
    )


def summary(report: Report) -> dict[str, Any]:
    """The figures of a report as plain data."""

    def counts(c: Counts) -> dict[str, Any]:
        return {
            "recall": c.recall,
            "precision": c.precision,
            "f2": c.f2,
            "found": c.found,
            "gold": c.gold,
            "right": c.right,
            "predicted": c.predicted,
        }

    return {
        "records": report.records,
        "classes": {k: counts(report.by_class[k]) for k in CLASSES if k in report.by_class},
        "labels": {k: counts(v) for k, v in sorted(report.by_label.items())},
        "hold_recall": report.hold_recall,
        "false_hold_rate": report.false_hold_rate,
    }


def print_report(name: str, report: Report, errors: int) -> None:
    """Human-readable figures of one file."""
    print(f"{name}  ({report.records} records)")
    for cls in CLASSES:
        if cls in report.by_class:
            print(_row(cls, report.by_class[cls]))
            for label in LABELS[cls]:
                if label in report.by_label:
                    print("  " + _row(label, report.by_label[label]))
    if report.should_hold or report.should_pass:
        print(
            f"  verdicts     hold recall {_fmt(report.hold_recall)} "
            f"({report.held_of_should_hold}/{report.should_hold})  false-hold rate "
            f"{_fmt(report.false_hold_rate)} ({report.held_of_should_pass}/{report.should_pass})"
        )
    for title, rows in (("miss", report.misses), ("false alarm", report.false_alarms)):
        for rid, label, surface in rows[:errors]:
            print(f"    {title}: {rid} {label} {surface!r}")
    for rid, expected in report.wrong_verdicts[:errors]:
        print(f"    wrong verdict: {rid} expected {expected}")


def run(args: argparse.Namespace) -> int:
    """Entry point of `clearpost eval`."""
    try:
        datasets = [(path, list(read_records(path))) for path in args.files]
    except (OSError, ValueError) as exc:
        print(f"clearpost eval: {exc}", file=sys.stderr)
        return 2
    if args.processes < 1:
        print("clearpost: --processes must be at least 1", file=sys.stderr)
        return 2
    screener = Screener.from_settings(ScreenerSettings(processes=args.processes))
    figures = {}
    for path, records in datasets:
        report = evaluate(screener, records)
        figures[path.name] = summary(report)
        if not args.json:
            print_report(path.name, report, args.errors)
    if args.json:
        json.dump(figures, sys.stdout, indent=2)
        print()
    return 0
