"""The scorer follows ../shared/eval/README.md: overlap by one character, optional spans."""

from __future__ import annotations

from screener.entities import info
from screener.evaluation import Record, Span, score
from screener.types import Finding, ScreenResult, Verdict


def result(findings: list[tuple[int, int, str]], held: bool = False) -> ScreenResult:
    fs = tuple(Finding(s, e, t, info(t).category, 0.9, "x") for s, e, t in findings)
    return ScreenResult(Verdict.HOLD if held else Verdict.PASS, (), fs, "", "en", "comms")


def record(spans: list[tuple[int, int, str, str]], expect: str | None = None) -> Record:
    return Record(
        id="r",
        text="x" * 100,
        spans=tuple(Span(*s) for s in spans),
        recall=frozenset({"identifier", "health"}),
        precision=frozenset({"identifier"}),
        expect=expect,
    )


def test_overlap_of_one_character_finds_a_span() -> None:
    report = score([(record([(0, 10, "PERSON", "identifier")]), result([(9, 12, "PERSON")]))])
    assert report.by_class["identifier"].recall == 1.0


def test_wrong_class_does_not_find() -> None:
    report = score([(record([(0, 10, "PERSON", "identifier")]), result([(0, 10, "CONDITION")]))])
    assert report.by_class["identifier"].recall == 0.0


def test_optional_span_makes_a_prediction_right_and_is_not_a_miss() -> None:
    report = score([(record([(0, 5, "ORGANIZATION", "optional")]), result([(0, 5, "LOCATION")]))])
    assert report.by_class["identifier"].precision == 1.0
    assert report.by_class["identifier"].gold == 0


def test_precision_only_where_labelled_exhaustively() -> None:
    report = score([(record([]), result([(0, 5, "LOCATION"), (20, 25, "SYMPTOM")]))])
    assert report.by_class["identifier"].precision == 0.0
    assert report.by_class["health"].predicted == 0


def test_f2_weighs_recall() -> None:
    rec = record([(0, 5, "PERSON", "identifier"), (10, 15, "PERSON", "identifier")])
    report = score([(rec, result([(0, 5, "PERSON"), (40, 45, "PERSON"), (50, 55, "PERSON")]))])
    counts = report.by_class["identifier"]
    assert (counts.recall, round(counts.precision or 0, 3)) == (0.5, 0.333)
    assert round(counts.f2 or 0, 3) == round(5 * 0.5 * (1 / 3) / (4 * (1 / 3) + 0.5), 3)


def test_verdict_rates() -> None:
    report = score(
        [
            (record([], expect="hold"), result([], held=True)),
            (record([], expect="hold"), result([], held=False)),
            (record([], expect="pass"), result([], held=True)),
            (record([], expect="pass"), result([], held=False)),
        ]
    )
    assert (report.hold_recall, report.false_hold_rate) == (0.5, 0.5)
    assert len(report.wrong_verdicts) == 2
