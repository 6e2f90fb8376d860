"""`clearpost screen` and `clearpost eval` as a user runs them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from screener.cli import main
from screener.cli_screen import screen_jsonl
from screener.engine import Screener


def test_screen_jsonl_keeps_order_and_reports_bad_lines(
    screener: Screener,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lines = io.StringIO(
        '{"id": 1, "text": "Thanks to all our nurses"}\n'
        "not json\n"
        '{"id": "b", "text": "Get well soon Margaret Ellis after your stroke", '
        '"channel": "support"}\n'
        "\n"
        '{"text": "no id"}\n'
        '{"id": 4, "text": "x", "channel": "radio"}\n'
    )
    out = io.StringIO()
    code = screen_jsonl(screener, lines, out, "comms", None, total=None)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert code == 1
    assert [r.get("id") for r in rows] == [1, None, "b", None, None]
    assert rows[0]["verdict"] == "pass"
    assert rows[2]["verdict"] == "hold" and rows[2]["channel"] == "support"
    assert {"start", "end", "entity_type", "category", "score"} == set(rows[2]["findings"][0])
    assert "<PERSON_1>" in rows[2]["redacted"]
    assert [r["line"] for r in rows if "error" in r] == [2, 5, 6]
    err = capsys.readouterr().err
    assert "line 2: not JSON" in err and 'line 5: missing "id"' in err
    assert "unknown channel 'radio'" in err


def test_screen_text_prints_verdict_and_reasons(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["screen", "Margaret Ellis, 94, had a hip replacement"]) == 0
    out = capsys.readouterr().out
    assert "HOLD" in out and "reason: names a person (Margaret Ellis)" in out


def test_screen_needs_text_or_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["screen"]) == 2
    assert "give a post text or --jsonl FILE" in capsys.readouterr().err


def test_eval_prints_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "mini.jsonl"
    text = "Margaret Ellis had a stroke"
    record = {
        "id": "m1",
        "text": text,
        "expect": "hold",
        "spans": [
            {"start": 0, "end": 14, "label": "PERSON", "class": "identifier"},
            {"start": 21, "end": 27, "label": "CONDITION", "class": "health"},
        ],
        "recall": ["identifier", "health"],
        "precision": ["identifier", "health"],
    }
    data.write_text(json.dumps(record) + "\n")
    assert main(["eval", str(data), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)["mini.jsonl"]
    assert figures["classes"]["identifier"]["recall"] == 1.0
    assert figures["classes"]["health"]["recall"] == 1.0
    assert figures["hold_recall"] == 1.0


def test_eval_names_a_bad_file_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text('{"id": 1}\n')
    assert main(["eval", str(data)]) == 2
    assert "bad.jsonl:1" in capsys.readouterr().err
