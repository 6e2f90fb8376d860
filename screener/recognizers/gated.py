"""Pattern recognizers that skip the patterns a post cannot match, told by a cheap test.

Presidio runs every pattern of a recognizer over every post, with a timer and a debug log
around each. Most of our patterns need a digit or a word that most posts lack ("aged 94" needs
a digit and "age", "94-year-old" needs "old"), and looking for those costs a small fraction of
running the pattern. A `Gate` names them; a pattern whose gate is shut is not run. A gate must
be a necessary condition of its pattern matching (the comment beside each one argues it), so
the results are exactly those of Presidio's loop, in the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import ClassVar

import regex  # type: ignore[import-untyped]  # Presidio's regex engine (\p{..}, lookbehinds)
from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from screener.recognizers.checked import CheckedPatternRecognizer
from screener.recognizers.lean import deduplicated

# In a gate group: met by any decimal digit, which the patterns' `\d` matches (same engine).
DIGIT = r"\d"
_DIGIT = regex.compile(r"\d")
# any_isdigit: ASCII digits are searched in C; only the runs of other characters are looked
# at one by one (str.isdigit takes digits no regex class names exactly).
_ASCII_DIGIT = regex.compile(r"[0-9]")
_NON_ASCII = regex.compile(r"[^\x00-\x7f]+")
# A test of a folded text, for a condition no word list states (see age_gates.fr_years).
Test = Callable[[str], bool]
# A digit right before an ordinal ending (ORD_EN, "(?i:st|nd|rd|th)"): folding keeps digits
# and maps every letter "(?i:..)" takes for these onto it (see fold), so a match in the text
# is one in the folded text.
_EN_ORDINAL = regex.compile(r"\d(?:st|nd|rd|th)")


def en_ordinal(folded: str) -> bool:
    """Whether a digit stands right before an English ordinal ending ("90th", "Wed 12th")."""
    return _EN_ORDINAL.search(folded) is not None


def fold(text: str) -> str:
    """The text as gates read it: case-folded, "İ" as "i".

    Case folding maps every letter that a case-insensitive pattern letter matches onto that
    letter ("K" Kelvin sign to "k", "ſ" to "s"; checked over all of Unicode for the letters
    of the gates), except "İ", which folds to "i" + U+0307: it is made "i" first, so that
    "İS" holds "is" (no other character folds to a U+0307)."""
    return text.replace("İ", "i").casefold()


def any_isdigit(text: str) -> bool:
    """Whether a character of the text is a digit by `str.isdigit` (a superset of `\\d`: "²"
    too), as `any(c.isdigit() for c in text)` says, without a Python loop for ASCII text."""
    if _ASCII_DIGIT.search(text):
        return True
    return not text.isascii() and any(c.isdigit() for run in _NON_ASCII.findall(text) for c in run)


def has_digit(text: str, at: int | None = None) -> bool:
    """Whether a text holds a decimal digit (at position `at` only, if given)."""
    return (_DIGIT.search(text) if at is None else _DIGIT.match(text, at)) is not None


class TextFacts:
    """What gates read of one text, each computed once: its folded form, whether it has a
    digit, and the results of the tests asked so far."""

    __slots__ = ("_tests", "digit", "folded")

    def __init__(self, text: str) -> None:
        self.folded = fold(text)
        self.digit = has_digit(text)
        self._tests: dict[Test, bool] = {}

    def passes(self, test: Test) -> bool:
        """The result of a test on the folded text (run once per text)."""
        result = self._tests.get(test)
        if result is None:
            result = self._tests[test] = test(self.folded)
        return result


class Gate:
    """A necessary condition of a pattern matching: every group must be met, a group by any
    one of its words in the folded text (see `fold`), a digit if it lists DIGIT, or one of
    its tests."""

    __slots__ = ("_groups", "needs_digit")

    def __init__(self, *groups: str | Test | tuple[str | Test, ...]) -> None:
        parsed = []
        for group in groups:
            needles = group if isinstance(group, tuple) else (group,)
            words = tuple(n for n in needles if isinstance(n, str) and n != DIGIT)
            if any(w != fold(w) for w in words):
                raise ValueError(f"gate words are matched folded: {words}")
            tests = tuple(n for n in needles if not isinstance(n, str))
            parsed.append((DIGIT in needles, words, tests))
        self._groups = tuple(parsed)
        # A group met by a digit alone: a text without one is refused without looking further.
        self.needs_digit = any(d and not w and not t for d, w, t in self._groups)

    def admits(self, facts: TextFacts) -> bool:
        """Whether a text may match the pattern (loops, not generators: this runs for every
        pattern of every post)."""
        folded = facts.folded
        for by_digit, words, tests in self._groups:
            if by_digit and facts.digit:
                continue
            for word in words:
                if word in folded:
                    break
            else:
                for test in tests:
                    if facts.passes(test):
                        break
                else:
                    return False
        return True


class GatedPatternRecognizer(CheckedPatternRecognizer):
    """Presidio's pattern matching and `keep` check, skipping the patterns whose GATES entry
    (by pattern name) shuts. Patterns without a gate always run."""

    GATES: ClassVar[Mapping[str, Gate]] = {}

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """The matches of the patterns that may match, as Presidio gives them, that `keep`
        accepts."""
        flags = regex_flags if regex_flags else self.global_regex_flags
        facts = TextFacts(text)
        results: list[RecognizerResult] = []
        for pattern, gate in self._plan(facts.digit):
            if gate is None or gate.admits(facts):
                results.extend(self.pattern_results(text, pattern, flags))
        return [r for r in deduplicated(results) if self.keep(text, r)]

    def _plan(self, digit: bool) -> list[tuple[Pattern, Gate | None]]:
        """The patterns with their gates, in order; for a text without a digit, only those
        whose gate does not need one. Made again if the pattern list changes."""
        patterns: list[Pattern] = self.patterns  # type: ignore[has-type]  # untyped in Presidio
        plans = getattr(self, "_plans", None)
        if plans is None or plans[0] is not patterns or plans[1] != len(patterns):
            gated = [(p, self.GATES.get(p.name)) for p in patterns]
            digitless = [(p, g) for p, g in gated if g is None or not g.needs_digit]
            plans = self._plans = (patterns, len(patterns), gated, digitless)
        return plans[2] if digit else plans[3]
