"""Findings become `<mark>` elements at the right offsets; everything else is escaped."""

from __future__ import annotations

from screener.types import Category, Finding
from web.highlight import highlight


def finding(
    start: int, end: int, entity_type: str = "PERSON", category: Category = "identifier"
) -> Finding:
    """A finding of the given span (its text is not used by the highlighter)."""
    return Finding(start, end, entity_type, category, 0.9, "")


def test_marks_and_escapes_around_offsets() -> None:
    text = 'Tom & "Jo" <3 flu'
    html = highlight(text, [finding(0, 3), finding(14, 17, "CONDITION", "health")])
    assert html == (
        '<mark class="ident" title="PERSON">Tom</mark> &amp; &#34;Jo&#34; &lt;3 '
        '<mark class="health" title="CONDITION">flu</mark>'
    )


def test_unsorted_overlapping_and_out_of_range_findings() -> None:
    text = "Alice Smith aged 9"
    html = highlight(
        text,
        [finding(12, 18, "AGE"), finding(0, 11), finding(6, 11, "SURNAME"), finding(30, 40)],
    )
    assert html == (
        '<mark class="ident" title="PERSON">Alice Smith</mark> '
        '<mark class="ident" title="AGE">aged 9</mark>'
    )


def test_non_ascii_offsets_are_characters() -> None:
    text = "Zoë 👋 a eu un AVC"
    start = text.index("AVC")
    html = highlight(text, [finding(start, start + 3, "CONDITION", "health")])
    assert html.endswith('un <mark class="health" title="CONDITION">AVC</mark>')
    assert html.startswith("Zoë 👋")


def test_no_findings_is_just_escaped_text() -> None:
    assert highlight("<script>alert(1)</script>", []) == "&lt;script&gt;alert(1)&lt;/script&gt;"
