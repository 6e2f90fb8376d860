"""A fast, deterministic stand-in for the screener (no spaCy, no Presidio)."""

from __future__ import annotations

import re

from screener.types import Category, Finding, Reason, ScreenResult, Verdict

# (pattern, entity type, category); the names and numbers are fictional.
_PATTERNS: tuple[tuple[re.Pattern[str], str, Category], ...] = (
    (re.compile(r"\b(?:Alice Smith|John Doe|Mary Jones)\b"), "PERSON", "identifier"),
    (re.compile(r"\baged \d{1,3}\b"), "AGE", "identifier"),
    (re.compile(r"\b\d{3} \d{3} \d{4}\b"), "NHS_NUMBER", "identifier"),
    (re.compile(r"\b(?:Leeds|Ward 7)\b"), "LOCATION", "identifier"),
    (re.compile(r"\b(?:chemo|diabetes|cancer|dementia|stroke)\b", re.I), "CONDITION", "health"),
)
_DIRECT = frozenset({"NHS_NUMBER"})


class FakeScreener:
    """Finds a few fixed names, ages, NHS-like numbers, places and conditions."""

    def __init__(self) -> None:
        self.calls = 0

    def screen(self, text: str, channel: str = "comms") -> ScreenResult:
        """Hold on a direct identifier, or a condition together with any identifier."""
        self.calls += 1
        findings = sorted(
            (
                Finding(m.start(), m.end(), entity_type, category, 0.9, m.group())
                for pattern, entity_type, category in _PATTERNS
                for m in pattern.finditer(text)
            ),
            key=lambda f: f.start,
        )
        types = {f.entity_type for f in findings}
        health = any(f.category == "health" for f in findings)
        idents = sorted(t for t in types if t not in {"CONDITION"})
        reasons: list[Reason] = []
        if types & _DIRECT:
            reasons.append(Reason("direct_identifier", "contains an NHS number", ("NHS_NUMBER",)))
        if health and idents:
            reasons.append(
                Reason("crossing", "a health detail next to a person identifier", tuple(idents))
            )
        redacted = text
        for f in reversed(findings):
            if f.category == "identifier":
                redacted = redacted[: f.start] + f"<{f.entity_type}>" + redacted[f.end :]
        return ScreenResult(
            verdict=Verdict.HOLD if reasons else Verdict.PASS,
            reasons=tuple(reasons),
            findings=tuple(findings),
            redacted=redacted,
            language="en",
            channel=channel,
        )
