"""Presidio's pattern matching, without the bookkeeping it does around every pattern.

Presidio's `PatternRecognizer` reads the clock twice and logs a debug line for each pattern it
runs, and deduplicates each recognizer's results even when there are none. Our recognizers run
some thirty patterns per post, nearly all without a match, so that bookkeeping costs more than
the matching. `LeanPatternRecognizer` keeps everything that decides the results: the compiled
regex and its flags, the timeout, `validate_result` and `invalidate_result` with Presidio's
MIN/MAX scores, the explanation (its pattern name is read by our checks) and the recognition
metadata, and Presidio's deduplication wherever there are two results or more.
"""

from __future__ import annotations

from typing import Any, ClassVar

import regex  # type: ignore[import-untyped]  # Presidio's regex engine (\p{..}, lookbehinds)
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.pattern_recognizer import REGEX_TIMEOUT_SECONDS
from presidio_analyzer.pattern_recognizer import logger as presidio_logger

# Deletes the ASCII digits of a text (digit_count).
_NO_ASCII_DIGITS = str.maketrans("", "", "0123456789")
# A character that is a digit to a pattern (`\d`) or to `str.isdigit` (a number recognizer's
# check): every such character is in one of these two classes (checked over all of Unicode;
# the `regex` module knows a newer Unicode than `str`).
_DIGIT_LIKE = regex.compile(r"[\d\p{No}]")
# The last text digit_count counted, with its count: every number recognizer asks for the same
# post in turn.
_last_count: tuple[str, int] = ("", 0)


def digit_count(text: str) -> int:
    """How many characters of the text may be digits: at least those `\\d` or `str.isdigit`
    take."""
    global _last_count
    last = _last_count
    if last[0] is text:
        return last[1]
    if text.isascii():
        count = len(text) - len(text.translate(_NO_ASCII_DIGITS))
    else:
        count = len(_DIGIT_LIKE.findall(text))
    _last_count = (text, count)
    return count


def _compiled(pattern: Pattern, flags: int | None) -> Any:
    """The pattern compiled with these flags, as Presidio compiles and keeps it."""
    compiled: Any = pattern.compiled_regex
    if not compiled or pattern.compiled_with_flags != flags:
        compiled = regex.compile(pattern.regex, flags=flags)
        pattern.compiled_with_flags = flags  # type: ignore[assignment]  # None until compiled
        pattern.compiled_regex = compiled
    return compiled


def deduplicated(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Presidio's `remove_duplicates`, which leaves a single result (of a score above
    MIN_SCORE, as pattern results are) as it is."""
    if len(results) < 2:
        return results
    kept: list[RecognizerResult] = EntityRecognizer.remove_duplicates(results)
    return kept


class LeanPatternRecognizer(PatternRecognizer):  # type: ignore[misc, unused-ignore]
    """Presidio's PatternRecognizer with the same results, computed with less overhead; its
    patterns are compiled when it is made (Presidio compiles each at its first match, which
    puts a large pattern's compiling, up to tens of milliseconds, on some post's time)."""

    # The fewest digits (`\d` or `str.isdigit`) any reported match holds: a post with fewer
    # is not searched. Each subclass that sets it says why its matches need that many.
    MIN_DIGITS: ClassVar[int] = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        patterns: list[Pattern] = self.patterns  # type: ignore[has-type]  # untyped in Presidio
        for pattern in patterns:
            _compiled(pattern, self.global_regex_flags)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Every pattern's matches, as Presidio's `PatternRecognizer.analyze` gives them."""
        patterns: list[Pattern] = self.patterns  # type: ignore[has-type]  # untyped in Presidio
        if not patterns or (self.MIN_DIGITS and digit_count(text) < self.MIN_DIGITS):
            return []
        flags = regex_flags if regex_flags else self.global_regex_flags
        results: list[RecognizerResult] = []
        for pattern in patterns:
            if self.may_match(text, pattern):
                results.extend(self.pattern_results(text, pattern, flags))
        return deduplicated(results)

    def may_match(self, text: str, pattern: Pattern) -> bool:
        """False only when the pattern cannot match the text (a cheap necessary condition,
        which a subclass argues beside its own): the pattern is then not run."""
        return True

    def pattern_results(
        self, text: str, pattern: Pattern, flags: int | None
    ) -> list[RecognizerResult]:
        """One pattern's results, built as Presidio's PatternRecognizer builds them (without
        its per-pattern timer and debug log)."""
        compiled = _compiled(pattern, flags)
        name: str = self.name  # type: ignore[has-type]  # untyped in Presidio
        results = []
        try:
            for match in compiled.finditer(text, timeout=REGEX_TIMEOUT_SECONDS):
                start, end = match.span()
                if start == end:
                    continue
                current = text[start:end]
                validation = self.validate_result(current)
                explanation = self.build_regex_explanation(
                    name,
                    pattern.name,
                    pattern.regex,
                    pattern.score,
                    validation,  # type: ignore[arg-type]  # None when not validated, as Presidio
                    flags,  # type: ignore[arg-type]  # as Presidio passes them
                )
                result = RecognizerResult(
                    entity_type=self.supported_entities[0],
                    start=start,
                    end=end,
                    score=pattern.score,
                    analysis_explanation=explanation,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
                if validation is not None:
                    result.score = self.MAX_SCORE if validation else self.MIN_SCORE
                if self.invalidate_result(current):
                    result.score = self.MIN_SCORE
                if result.score > self.MIN_SCORE:
                    results.append(result)
                explanation.score = result.score
        except TimeoutError:
            presidio_logger.warning(
                "Regex pattern '%s' timed out after %s seconds, skipping.",
                pattern.name,
                REGEX_TIMEOUT_SECONDS,
                exc_info=True,
            )
        return results
