"""`clearpost screen`: screen a post given as an argument, or a JSONL file of posts."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from rich.console import Console
from rich.progress import Progress
from rich.text import Text

from screener.engine import Screener
from screener.settings import ScreenerSettings
from screener.types import ScreenResult

# Posts screened per batch when reading JSONL: large enough for spaCy's batching to pay,
# small enough that a stream gets its answers without waiting for the end.
CHUNK = 256


def register(subparsers: Any) -> None:
    """Add the `screen` command."""
    p = subparsers.add_parser("screen", help="screen posts and print verdicts")
    p.add_argument("text", nargs="*", help="post text (quote it)")
    p.add_argument("--jsonl", metavar="FILE", help='JSONL of {"id","text","channel"?}; - = stdin')
    p.add_argument("--channel", default="comms", help="channel policy (default: comms)")
    p.add_argument("--language", choices=["en", "fr"], help="force a language")
    p.add_argument(
        "--processes",
        type=int,
        default=os.cpu_count() or 1,
        help="worker processes for large batches (default: one per core)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Entry point of `clearpost screen`."""
    if bool(args.text) == bool(args.jsonl):
        print("clearpost screen: give a post text or --jsonl FILE (not both)", file=sys.stderr)
        return 2
    if args.processes < 1:
        print("clearpost: --processes must be at least 1", file=sys.stderr)
        return 2
    screener = Screener.from_settings(ScreenerSettings(processes=args.processes))
    try:
        screener.policy(args.channel)
    except ValueError as exc:
        print(f"clearpost screen: {exc}", file=sys.stderr)
        return 2
    if args.text:
        console = Console()
        for text in args.text:
            show(console, text, screener.screen(text, args.channel, args.language))
        return 0
    if args.jsonl == "-":
        return screen_jsonl(screener, sys.stdin, sys.stdout, args.channel, args.language, None)
    path = Path(args.jsonl)
    try:
        total = sum(1 for _ in path.open(encoding="utf-8"))
        with path.open(encoding="utf-8") as handle:
            return screen_jsonl(screener, handle, sys.stdout, args.channel, args.language, total)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"clearpost screen: cannot read {path}: {exc}", file=sys.stderr)
        return 2


def show(console: Console, text: str, result: ScreenResult) -> None:
    """Readable output: verdict, the text with findings highlighted, reasons, redaction."""
    colour = "bold red" if result.held else "bold green"
    console.print(Text(result.verdict.value.upper(), style=colour), f"({result.language})")
    marked = Text(text)
    for f in result.findings:
        marked.stylize(
            "reverse red" if f.category == "identifier" else "reverse yellow", f.start, f.end
        )
    console.print(marked)
    for f in result.findings:
        console.print(f"  {f.category:<10} {f.entity_type:<22} {f.score:.2f}  {f.text!r}")
    for reason in result.reasons:
        console.print(f"  reason: {reason.message}")
    if result.redacted != text:
        console.print("  redacted:", Text(result.redacted, style="dim"))


def _parse(line: str, channel: str) -> tuple[str, str, str]:
    """(id, text, channel) of one JSONL line; ValueError says what is wrong."""
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(raw, dict):
        raise ValueError("not a JSON object")
    if "id" not in raw:
        raise ValueError('missing "id"')
    if not isinstance(raw.get("text"), str):
        raise ValueError('"text" must be a string')
    chan = raw.get("channel", channel)
    if not isinstance(chan, str):
        raise ValueError('"channel" must be a string')
    return raw["id"], raw["text"], chan


def _chunks(lines: TextIO, size: int) -> Iterator[list[tuple[int, str]]]:
    chunk: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        chunk.append((number, line))
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def screen_jsonl(
    screener: Screener,
    lines: TextIO,
    out: TextIO,
    channel: str,
    language: str | None,
    total: int | None,
) -> int:
    """Screen each JSONL line, writing one output line per input line, in order.

    A malformed line gets an error on stderr and an `{"line", "error"}` output line; the others
    are still screened. Returns 1 when any line was malformed, else 0.
    """
    errors = 0
    with Progress(console=Console(stderr=True), disable=total is None, transient=True) as bar:
        task = bar.add_task("screening", total=total)
        for chunk in _chunks(lines, CHUNK * screener.processes):
            good: list[tuple[int, Any, str, str]] = []
            bad: dict[int, str] = {}
            for number, line in chunk:
                if not line.strip():
                    continue
                try:
                    post_id, text, chan = _parse(line, channel)
                    screener.policy(chan)
                    good.append((number, post_id, text, chan))
                except ValueError as exc:
                    bad[number] = str(exc)
            screened = screener.screen_many(
                [g[2] for g in good],
                channels=[g[3] for g in good],
                languages=[language] * len(good),
            )
            results = {g[0]: (g[1], r) for g, r in zip(good, screened, strict=True)}
            for number, _ in chunk:
                if number in bad:
                    errors += 1
                    print(f"clearpost screen: line {number}: {bad[number]}", file=sys.stderr)
                    out.write(json.dumps({"line": number, "error": bad[number]}) + "\n")
                elif number in results:
                    post_id, result = results[number]
                    record = {"id": post_id, **result.to_dict()}
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
            bar.advance(task, len(chunk))
    return 1 if errors else 0
