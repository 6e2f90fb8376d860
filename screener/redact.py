"""The suggested redacted version of a post, as Presidio's anonymizer makes it.

Each identifier becomes a numbered placeholder (`<PERSON_1>`); the same value gets the same
number within a post, so "Margaret ... Margaret" reads "<PERSON_1> ... <PERSON_1>". Health
details stay: the redacted post still says what happened, not to whom. Countries stay too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from screener.types import Finding

# Identifier types left in clear text in the suggestion (too coarse to identify anyone).
KEPT_TYPES = frozenset({"COUNTRY"})


class Redactor:
    """Builds redacted suggestions; one instance is reused for every post."""

    def __init__(self) -> None:
        self._engine = AnonymizerEngine()  # type: ignore[no-untyped-call]

    def redact(self, text: str, findings: Sequence[Finding]) -> str:
        """Replace each identifier in `text` by its numbered placeholder."""
        targets = [
            f for f in findings if f.category == "identifier" and f.entity_type not in KEPT_TYPES
        ]
        if not targets:
            return text
        spans = sorted((f.start, f.end, f.entity_type) for f in targets)
        if _apart(spans, len(text)):
            return _replaced(text, spans)
        return self._anonymized(text, targets)

    def _anonymized(self, text: str, targets: Sequence[Finding]) -> str:
        """Presidio's anonymizer over the targets, whatever their overlaps."""
        numbers: dict[str, dict[str, int]] = {}

        def placeholder(entity_type: str) -> Callable[[str], str]:
            seen = numbers.setdefault(entity_type, {})

            def operator(value: str) -> str:
                key = " ".join(value.lower().split())
                number = seen.setdefault(key, len(seen) + 1)
                return f"<{entity_type}_{number}>"

            return operator

        operators = {
            t: OperatorConfig("custom", {"lambda": placeholder(t)})
            for t in {f.entity_type for f in targets}
        }
        results = [RecognizerResult(f.entity_type, f.start, f.end, f.score) for f in targets]
        return str(self._engine.anonymize(text, results, operators).text)


# What Presidio's anonymizer takes for "only spaces" between two identifiers of one type, which
# it then replaces as one ("Margaret Ellis" from "Margaret" and "Ellis"): its own test.
_SPACES = re.compile(r"^( )+$")


def _apart(spans: list[tuple[int, int, str]], length: int) -> bool:
    """Whether sorted spans are non-empty, inside the text and do not overlap (as resolved
    findings are): Presidio's conflict rules then leave them as they are."""
    end = 0
    for start, stop, _ in spans:
        if start < end or stop <= start or stop > length:
            return False
        end = stop
    return True


def _replaced(text: str, spans: list[tuple[int, int, str]]) -> str:
    """What Presidio's anonymizer makes of spans that are `_apart`: spans of one type with only
    spaces between them merged, then each replaced from the end of the text to its start,
    numbered in that order (the same value, spaces and case aside, the same number)."""
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in spans:
        if merged and merged[-1][2] == kind and _SPACES.search(text[merged[-1][1] : start]):
            start = merged.pop()[0]
        merged.append((start, end, kind))
    numbers: dict[str, dict[str, int]] = {}
    out = text
    for start, end, kind in reversed(merged):
        seen = numbers.setdefault(kind, {})
        number = seen.setdefault(" ".join(text[start:end].lower().split()), len(seen) + 1)
        out = f"{out[:start]}<{kind}_{number}>{out[end:]}"
    return out
