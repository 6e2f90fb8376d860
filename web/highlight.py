"""Wrap a post's findings in `<mark>` elements, escaping everything else."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from markupsafe import Markup, escape

# CSS class of each finding category.
MARK_CLASSES = {"identifier": "ident", "health": "health"}


class Span(Protocol):
    """What a finding needs to be highlighted (screener Finding and FindingView both fit)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def entity_type(self) -> str: ...
    @property
    def category(self) -> str: ...


def highlight(text: str, findings: Iterable[Span]) -> Markup:
    """The post as HTML with each finding in `<mark class="ident|health" title=TYPE>`.

    Offsets are character offsets into `text`. Overlapping findings are clipped so marks never
    nest; out-of-range or empty spans are ignored. All text is HTML-escaped.
    """
    parts: list[str] = []
    cursor = 0
    ordered = sorted(findings, key=lambda f: (f.start, -(f.end - f.start)))
    for finding in ordered:
        start = max(finding.start, cursor)
        end = min(finding.end, len(text))
        if start >= end:
            continue
        css = MARK_CLASSES.get(finding.category, "ident")
        parts.append(str(escape(text[cursor:start])))
        parts.append(
            f'<mark class="{css}" title="{escape(finding.entity_type)}">'
            f"{escape(text[start:end])}</mark>"
        )
        cursor = end
    parts.append(str(escape(text[cursor:])))
    return Markup("".join(parts))
