"""A fake screener for the service tests: deterministic rules, no spaCy."""

from __future__ import annotations

import re

from screener.types import Finding, Reason, ScreenResult, Verdict

PATTERNS: tuple[tuple[str, str, str], ...] = (
    (r"NHS \d{3} \d{3} \d{4}", "UK_NHS", "identifier"),
    (r"Margaret Thompson|John Smith", "PERSON", "identifier"),
    (r"chemo(?:therapy)?|dementia", "MEDICAL_CONDITION", "health"),
)


class FakeScreener:
    """Holds a post when it contains an NHS number or one of two names; redacts them."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def screen(self, text: str, channel: str = "comms") -> ScreenResult:
        """Screen `text` with the fixed patterns above."""
        self.calls.append(channel)
        findings = sorted(
            (
                Finding(m.start(), m.end(), entity_type, category, 0.9, m.group())  # type: ignore[arg-type]
                for pattern, entity_type, category in PATTERNS
                for m in re.finditer(pattern, text)
            ),
            key=lambda f: f.start,
        )
        identifiers = [f for f in findings if f.category == "identifier"]
        reasons = tuple(
            Reason("direct_identifier", f"contains {f.text!r}", (f.entity_type,))
            for f in identifiers
        )
        redacted = text
        for f in sorted(identifiers, key=lambda f: f.start, reverse=True):
            redacted = redacted[: f.start] + f"[{f.entity_type}]" + redacted[f.end :]
        return ScreenResult(
            verdict=Verdict.HOLD if identifiers else Verdict.PASS,
            reasons=reasons,
            findings=tuple(findings),
            redacted=redacted,
            language="en",
            channel=channel,
        )


HELD_TEXT = "Margaret Thompson, NHS 943 476 5919, started chemo on ward 7"
PASSING_TEXT = "Our flu clinic opens on Monday, everyone welcome"
