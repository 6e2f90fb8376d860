"""Dates that can single out a person, and the test that drops generic times found by spaCy.

Reported: explicit day-level dates ("3/23/1940", "1993-01-04 14:56", "12 March 2021", "March
12th", "le 3 mars 2024"), days of the month without a month ("on the 12th", "on 14/02"),
named days of the year ("Boxing Day", "le jour de l'An"), weekdays that are the day of one
event ("she fell on Sunday", "at the meeting Tuesday", "rendez-vous samedi"), and periods tied
to a person's event by a cue word in the same sentence ("born in 1932", "admitted over
Christmas", "opérée le 12"). A month with its year ("March 2019") is reported on its own, a
little above the threshold (a cue lifts it further). A bare year with no such cue is a period
everyone shares ("in 2023") and is not reported, nor is a weekday in a
schedule ("open on Saturday", "Monday to Friday", "the Tuesday group"); relative times,
durations and frequencies ("today", "48 hours", "every Monday", "la semaine dernière") never
are. Patterns are case-sensitive unless marked `(?i:)`: "May" and "March" are months, "may"
and "march" verbs.

The patterns are in date_patterns.py (built from date_words.py), the event cues in
date_cues.py, and the refusals of greetings, habits and emergency numbers in date_refusals.py.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import ClassVar

import regex  # type: ignore[import-untyped]  # Presidio's regex engine (\p{..}, lookbehinds)
from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from screener.recognizers.date_cues import (
    BIRTH_CUE,
    EVENT_CUES,
    HEALTH_EVENTS,
    has_event_cue,
    same_sentence,
    words_before,
)
from screener.recognizers.date_gates import GATES
from screener.recognizers.date_patterns import (
    EXPLICIT_EN,
    EXPLICIT_FR,
    LIFTED_SCORE,
    NUMERIC,
    PERIOD_BOOST,
    PERIOD_NAMES,
    SEASON_NAMES,
    patterns_for,
)
from screener.recognizers.date_refusals import not_a_date
from screener.recognizers.date_words import MONTH_EN, MONTH_FR, WEEKDAY_EN, WEEKDAY_FR, YEAR
from screener.recognizers.gated import Gate, GatedPatternRecognizer

# "3/23/1940" -> 3, 23 and "14/02" -> 14, 2 (day-month order unknown; one must be <= 12)
_NUMERIC_PARTS = re.compile(r"^(\d{1,2})[/.-](\d{1,2})(?:[/.-]\d{2,4})?$")


class DateMentionRecognizer(GatedPatternRecognizer):
    """DATE: explicit dates, and periods right after a person's event."""

    PATTERNS: ClassVar[dict[str, list[Pattern]]] = {
        "en": patterns_for("en"),
        "fr": patterns_for("fr"),
    }
    # What a post must hold for each pattern to match (most need a digit): see date_gates.py.
    GATES: ClassVar[Mapping[str, Gate]] = GATES
    # Event cues, checked by this recognizer (whole words or "*" stems, same sentence), not by
    # Presidio's substring matcher: "née" would match "année", "met" "method".
    CONTEXT: ClassVar[list[str]] = list(EVENT_CUES)

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="DATE",
            patterns=self.PATTERNS.get(supported_language, self.PATTERNS["en"]),
            supported_language=supported_language,
            name=f"DateRecognizer_{supported_language}",
            global_regex_flags=re.DOTALL | re.MULTILINE,  # case: see the module docstring
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        """Refuse numeric dates where neither of the first two numbers can be a month.

        "24/7" is round-the-clock, never the 24th of July.
        """
        parts = _NUMERIC_PARTS.match(pattern_text)
        if parts is None:
            return False
        return min(int(parts[1]), int(parts[2])) > 12 or pattern_text == "24/7"

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """Refuse holidays in greetings and habits, weekdays in schedules, emergency numbers."""
        return not not_a_date(text, result)

    def enhance_using_context(
        self,
        text: str,
        raw_recognizer_results: list[RecognizerResult],
        other_raw_recognizer_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts | None,
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Lift periods next to a person's event.

        Weekdays, months of a year and French bare day numbers are lifted by an event cue or a
        health detail in the same sentence; seasons ("over Christmas") by an event cue only.
        Weekdays are reported without a lift too; a lift takes any period to LIFTED_SCORE.
        """
        health = [r for r in other_raw_recognizer_results if r.entity_type in HEALTH_EVENTS]
        for result in raw_recognizer_results:
            name = result.analysis_explanation.pattern_name
            if name not in PERIOD_NAMES and name not in SEASON_NAMES:
                continue
            cued = has_event_cue(text[: result.start], text[result.end :])
            if name in PERIOD_NAMES:
                cued = cued or any(same_sentence(text, result, h) for h in health)
            if cued:
                result.score = min(result.score + PERIOD_BOOST, LIFTED_SCORE)
                result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = (
                    True
                )
        return raw_recognizer_results


# --- the generic-time test for spaCy's DATE spans --------------------------------------------
# The day-level date patterns of each language, for spans found by spaCy.
_EXPLICIT = {
    lang: [regex.compile(p.regex) for p in (*NUMERIC, *explicit)]
    for lang, explicit in (("en", EXPLICIT_EN), ("fr", EXPLICIT_FR))
}
# A period tied to one person's event when a cue is next to it: a weekday (with "on", "last",
# "this"...), a month of a year. Matched on the whole span.
_PERIOD_SPAN = {
    "en": regex.compile(
        rf"(?:(?i:on|last|this|next|past|that|in|of|during|since|from|until|late|early|mid)\s+)*"
        rf"(?:{WEEKDAY_EN}|{MONTH_EN},?\s+(?:(?i:of)\s+)?{YEAR})"
    ),
    "fr": regex.compile(
        rf"(?:(?i:ce|en|depuis|dès|jusqu['’]en|de)\s+)*(?:{WEEKDAY_FR}(?:\s+(?i:dernier|"
        rf"prochain|passé|matin|soir|après-midi))?|{MONTH_FR}\s+{YEAR})"
    ),
}
_YEAR_SPAN = regex.compile(rf"(?:(?i:in|of|en|the\s+year)\s+)?{YEAR}")


def is_generic_time(text: str, language: str, before: str = "", after: str = "") -> bool:
    """Whether a date/time span found by spaCy is generic or relative (not to be reported).

    Only day-level dates are kept on their own ("12 March 2021", "3/23/1940", "Saturday the
    12th"): they can point at one person's event. A weekday or a month of a year is kept only
    when the text around it (`before` / `after`, when the caller has them) names a person's
    event in the same sentence ("died on Saturday"). A bare year is kept only right after a
    birth or death cue ("born in 1932"): a year is a period shared by everyone ("in 2023"),
    while a birth or death year is a lasting attribute of one person. Everything else is
    generic: relative times ("today", "last year", "la semaine dernière"), times of day
    ("7pm"), durations ("48 hours", "depuis 3 ans"), frequencies ("every Monday"), decades
    ("the 1990s"), seasons and holidays. Without `before`/`after`, periods and years are
    generic: the DateMentionRecognizer finds the cued ones itself, and the named days of the
    year ("Christmas Day") and days of the month ("the 12th") with the context they need.
    """
    span = " ".join(text.split())
    lang = language if language in _EXPLICIT else "en"
    if any(p.search(span) for p in _EXPLICIT[lang]):
        return False
    if _YEAR_SPAN.fullmatch(span):
        return not BIRTH_CUE.search(words_before(before))
    if _PERIOD_SPAN[lang].fullmatch(span):
        return not has_event_cue(before, after)
    return True


def recognizers(language: str) -> list[EntityRecognizer]:
    """The date recognizer for a language (English patterns for any other language)."""
    return [DateMentionRecognizer(supported_language=language)]
