"""The suggested redacted version of a post, with Presidio's anonymizer.

Each identifier becomes a numbered placeholder (`<PERSON_1>`); the same value gets the same
number within a post, so "Margaret ... Margaret" reads "<PERSON_1> ... <PERSON_1>". Health
details stay: the redacted post still says what happened, not to whom. Countries stay too.
"""

from __future__ import annotations

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
