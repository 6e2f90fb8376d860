"""A pattern recognizer whose matches pass one more check on the text around them."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from screener.recognizers.lean import LeanPatternRecognizer


class CheckedPatternRecognizer(LeanPatternRecognizer):
    """Presidio's pattern matching, then `keep` on each match (which may also narrow it)."""

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """Whether a match is reported; subclasses refuse or trim matches here."""
        return True

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """The pattern matches that `keep` accepts."""
        results: list[RecognizerResult] = super().analyze(
            text, entities, nlp_artifacts, regex_flags
        )
        return [r for r in results if self.keep(text, r)]
