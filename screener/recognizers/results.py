"""Building Presidio results for our own (non-pattern) recognizers, in one place."""

from __future__ import annotations

from presidio_analyzer import AnalysisExplanation, RecognizerResult


def recognizer_result(
    source: tuple[str, str], entity_type: str, start: int, end: int, score: float, why: str
) -> RecognizerResult:
    """A result with its explanation and the metadata Presidio's engine reads: `source` is
    the recognizer's (name, id), so that context enhancement and decision traces work."""
    name, identifier = source
    return RecognizerResult(
        entity_type=entity_type,
        start=start,
        end=end,
        score=score,
        analysis_explanation=AnalysisExplanation(
            recognizer=name, original_score=score, textual_explanation=why
        ),
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: identifier,
        },
    )
