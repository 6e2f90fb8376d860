"""Dates that can single out a person, and the test that drops generic times found by spaCy.

Reported: explicit day-level dates ("3/23/1940", "1993-01-04 14:56", "12 March 2021", "March
12th", "le 3 mars 2024"), and periods tied to a person's event by a cue word in the same
sentence ("died on Saturday", "In May 2016 she was admitted", "born in 1932"). A weekday, a
month of a year or a bare year with no such cue is a period everyone shares ("open on
Saturday", "in 2023") and is not reported; relative times, durations and frequencies
("today", "48 hours", "every Monday", "la semaine dernière") never are. Patterns are
case-sensitive unless marked `(?i:)`: "May" and "March" are months, "may" and "march" verbs.
"""

from __future__ import annotations

import re
from typing import ClassVar

import regex  # type: ignore[import-untyped]  # Presidio's regex engine (\p{..}, lookbehinds)
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

# --- calendar words -------------------------------------------------------------------------
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_ORD_EN = r"(?i:st|nd|rd|th)"
# Years a living person's dates fall in; "1066" or "2999" are not.
_YEAR = r"(?:19|20)\d{2}"
_MONTH_EN = (
    r"(?:(?i:january|february|april|june|july|august|september|october|november|december)|"
    r"March|MARCH|May|MAY|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)"
)
_WEEKDAY_EN = r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH_FR = (
    r"(?i:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    r"novembre|décembre|decembre|janv\.|févr\.|avr\.|juil\.|sept\.|oct\.|nov\.|déc\.)"
)
_WEEKDAY_FR = r"(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_DAY_FR = rf"(?:(?i:1er|1ᵉʳ)|{_DAY})"
# Not part of a longer number, version, IP address or time ("192.168.1.20", "3.8.0").
_NOT_AFTER_NUMBER = r"(?<![\d.:/-])"
_NOT_BEFORE_NUMBER = r"(?![\d:/-]|\.\d)"

# --- explicit, day-level dates: always reported ---------------------------------------------
_NUMERIC = [
    # ISO "1993-01-04", with an optional time "1993-01-04 14:56:41" / "T14:56"
    Pattern(
        "iso date",
        rf"{_NOT_AFTER_NUMBER}{_YEAR}([-/.])(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])"
        rf"(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?{_NOT_BEFORE_NUMBER}",
        0.85,
    ),
    # "3/23/1940", "23/03/1940", "23.03.1940", "23-03-1940" (one separator throughout);
    # day and month order is checked in invalidate_result.
    Pattern(
        "numeric date",
        rf"{_NOT_AFTER_NUMBER}{_DAY}([/.-]){_DAY}\1{_YEAR}{_NOT_BEFORE_NUMBER}",
        0.7,
    ),
    # "3/23/40": a two-digit year is weaker (fractions, scores) but still a date; slashes
    # only, as "3.8.10" is a version number.
    Pattern(
        "numeric date, short year",
        rf"{_NOT_AFTER_NUMBER}{_DAY}/{_DAY}/\d{{2}}{_NOT_BEFORE_NUMBER}",
        0.5,
    ),
]
_EXPLICIT_EN = [
    # "12 March 2021", "12th of March", "Sunday 12 March", "Sat, 3rd Dec. 2022"
    Pattern(
        "day month",
        rf"\b(?:{_WEEKDAY_EN},?\s+(?:(?i:the)\s+)?)?{_DAY}{_ORD_EN}?(?:\s+(?i:of))?\s+{_MONTH_EN}"
        rf"(?![\w])(?:,?\s+{_YEAR}\b)?",
        0.85,
    ),
    # "March 12th", "March 12, 2021", "Sunday, March 12": not "March 12:30" or "May 5%"
    Pattern(
        "month day",
        rf"\b(?:{_WEEKDAY_EN},?\s+)?{_MONTH_EN}\s+(?:(?i:the)\s+)?{_DAY}{_ORD_EN}?\b"
        rf"(?:,?\s+{_YEAR}\b|(?!\s*(?:[:.]\d|%|\d)))",
        0.85,
    ),
    # "Saturday the 12th", "Sunday 3rd": a weekday pins the day of the month
    Pattern("weekday day", rf"\b{_WEEKDAY_EN}\s+(?:(?i:the)\s+)?{_DAY}{_ORD_EN}\b", 0.85),
]
_EXPLICIT_FR = [
    # "3 mars 2024", "1er mai", "lundi 3 mars"
    Pattern(
        "jour mois",
        rf"\b(?:{_WEEKDAY_FR}\s+)?{_DAY_FR}\s+{_MONTH_FR}(?![\w])(?:\s+{_YEAR}\b)?",
        0.85,
    ),
    # "samedi 12": not "samedi 12h" (a time)
    Pattern("jour de la semaine et quantième", rf"\b{_WEEKDAY_FR}\s+{_DAY_FR}\b(?!\s*[h:])", 0.85),
]

# --- periods: reported only next to an event cue (see enhance_using_context) ----------------
# Below the 0.5 threshold on their own; PERIOD_BOOST lifts them when a cue is near.
_PERIOD_SCORE = 0.3
PERIOD_BOOST = 0.35
_PERIODS_EN = [
    # "on Saturday" (not "every Saturday", "Saturdays" fails \b)
    Pattern(
        "weekday",
        rf"(?<!\b(?i:every|each|most|all|some|alternate|other)\s+)\b{_WEEKDAY_EN}\b",
        _PERIOD_SCORE,
    ),
    # "March 2021", "December, 2011"
    Pattern("month year", rf"\b{_MONTH_EN},?\s+(?:(?i:of)\s+)?{_YEAR}\b", _PERIOD_SCORE),
]
_PERIODS_FR = [
    # "samedi", "samedi dernier": not "le samedi" / "tous les samedis" (habits)
    Pattern(
        "jour de la semaine",
        rf"(?<!\b(?i:chaque|les|le|certains|plusieurs)\s+)\b{_WEEKDAY_FR}\b",
        _PERIOD_SCORE,
    ),
    Pattern("mois année", rf"\b{_MONTH_FR}\s+{_YEAR}\b", _PERIOD_SCORE),
]
_PERIOD_NAMES = frozenset(p.name for p in (*_PERIODS_EN, *_PERIODS_FR))
# A bare year is a date of a person only as a birth or death year: "born in 1932".
_BIRTH_YEAR_EN = Pattern(
    "birth or death year",
    rf"(?<=\b(?i:born|died|b\.|d\.|dob|d\.o\.b\.?|deceased|passed\s+away|year\s+of\s+birth|yob|"
    rf"birth\s+year)\s*:?\s+(?:(?i:in|on|during)\s+)?){_YEAR}\b",
    0.7,
)
_BIRTH_YEAR_FR = Pattern(
    "année de naissance ou de décès",
    rf"(?<=\b(?i:née?|nés|nées|décédée?|morte?|disparue?|naissance)\s*:?\s+(?:(?i:en)\s+)?)"
    rf"{_YEAR}\b",
    0.7,
)

# Words that make a nearby weekday or month a person's event date ("passed away on Saturday",
# "admitted in March 2021", "hospitalisée samedi", "In May 2016 she was rushed in"), as whole
# words; a trailing "*" marks a stem ("diagnos*": diagnosed, diagnosis). Places ("ward", "ICU")
# are not events: "In March 2021 the ward opened" is not about a person.
EVENT_CUES = (
    "born", "birth*", "died", "dies", "death", "passed", "funeral", "admitted", "admission",
    "discharg*", "diagnos*", "collaps*", "operat*", "surgery", "seen", "meet", "met",
    "appointment", "visit*", "rushed", "taken", "transferred", "arrived", "delivered", "married",
    "buried", "cremat*", "stroke", "accident", "scan", "scanned", "procedure", "treatment",
    "chemo*", "ambulance", "hospital*", "fell", "underwent", "referred", "presented", "relaps*",
    "started", "began", "naissance", "né", "née", "décéd*", "décès", "mort", "morte",
    "obsèques", "enterr*", "funérailles", "hospitalis*", "admis", "admise", "sorti*", "opéré*",
    "opération", "diagnostiqu*", "tombé*", "chute", "urgences", "accouch*", "rendez-vous", "rdv",
    "avc", "intervention", "chimio*", "hôpital", "samu", "transféré*", "inhum*",
)  # fmt: skip
# A health detail is an event too: "Had my MRI on Thursday", "opérée de la vésicule lundi".
HEALTH_EVENTS = frozenset({"CONDITION", "SYMPTOM", "MEDICATION", "PROCEDURE"})
# Cue words must sit in the same sentence, at most this many words before the date (about
# Presidio's window of 5 non-stop words) or after it ("On Saturday, Mum passed away").
CUE_WORDS_BEFORE = 8
CUE_WORDS_AFTER = 6
_CUE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        re.escape(c[:-1]) + r"\w*" if c.endswith("*") else re.escape(c) + r"(?!\w)"
        for c in EVENT_CUES
    )
    + ")",
    re.IGNORECASE,
)
# Birth and death only, right before a year ("born in 1932", "née en 1932", "d. 2019").
_BIRTH_CUE = re.compile(
    r"(?<!\w)(?:born|died|b\.|d\.|dob|deceased|passed away|birth|née?|décédée?|morte?|naissance)"
    r"\s*:?\s*(?:in|on|en|during)?\s*$",
    re.I,
)
# Where a sentence ends: a cue in another sentence is about something else.
_SENTENCE_END = re.compile(r"[.!?\n;]")


# "3/23/1940" -> 3, 23 (day-month order unknown; one of them must be <= 12)
_NUMERIC_PARTS = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}$")


def _patterns(language: str) -> list[Pattern]:
    """The date patterns for a language (English for any other)."""
    if language == "fr":
        return [*_NUMERIC, *_EXPLICIT_FR, *_PERIODS_FR, _BIRTH_YEAR_FR]
    return [*_NUMERIC, *_EXPLICIT_EN, *_PERIODS_EN, _BIRTH_YEAR_EN]


class DateMentionRecognizer(PatternRecognizer):
    """DATE: explicit dates, and periods right after a person's event."""

    PATTERNS: ClassVar[dict[str, list[Pattern]]] = {"en": _patterns("en"), "fr": _patterns("fr")}
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
        """Refuse numeric dates where neither of the first two numbers can be a month."""
        parts = _NUMERIC_PARTS.match(pattern_text)
        return parts is not None and min(int(parts[1]), int(parts[2])) > 12

    def enhance_using_context(
        self,
        text: str,
        raw_recognizer_results: list[RecognizerResult],
        other_raw_recognizer_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts | None,
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Lift periods (weekday, month of a year) next to an event cue or a health detail."""
        health = [r for r in other_raw_recognizer_results if r.entity_type in HEALTH_EVENTS]
        for result in raw_recognizer_results:
            name = result.analysis_explanation.pattern_name
            if name not in _PERIOD_NAMES:
                continue
            cued = has_event_cue(text[: result.start], text[result.end :])
            if cued or any(_same_sentence(text, result, h) for h in health):
                result.score += PERIOD_BOOST
                result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = (
                    True
                )
        return raw_recognizer_results


def _same_sentence(text: str, a: RecognizerResult, b: RecognizerResult) -> bool:
    """True when nothing ends a sentence between two results."""
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return lo <= hi and not _SENTENCE_END.search(text, lo, hi)


def _words_before(text: str) -> str:
    """The last CUE_WORDS_BEFORE words of `text`, within its last sentence."""
    sentence = _SENTENCE_END.split(text[-200:])[-1]
    return " ".join(sentence.split()[-CUE_WORDS_BEFORE:])


def _words_after(text: str) -> str:
    """The first CUE_WORDS_AFTER words of `text`, within its first sentence."""
    sentence = _SENTENCE_END.split(text[:200])[0]
    return " ".join(sentence.split()[:CUE_WORDS_AFTER])


def has_event_cue(before: str, after: str = "") -> bool:
    """Whether a person's event (birth, death, admission, surgery...) is named next to a date.

    `before` and `after` are the texts on either side of the date; only the same sentence
    and a few words (CUE_WORDS_BEFORE / CUE_WORDS_AFTER) count.
    """
    return bool(_CUE.search(_words_before(before)) or _CUE.search(_words_after(after)))


# --- the generic-time test for spaCy's DATE spans --------------------------------------------
# The day-level date patterns of each language, for spans found by spaCy.
_EXPLICIT = {
    lang: [regex.compile(p.regex) for p in (*_NUMERIC, *explicit)]
    for lang, explicit in (("en", _EXPLICIT_EN), ("fr", _EXPLICIT_FR))
}
# A period tied to one person's event when a cue is next to it: a weekday (with "on", "last",
# "this"...), a month of a year. Matched on the whole span.
_PERIOD_SPAN = {
    "en": regex.compile(
        rf"(?:(?i:on|last|this|next|past|that|in|of|during|since|from|until|late|early|mid)\s+)*"
        rf"(?:{_WEEKDAY_EN}|{_MONTH_EN},?\s+(?:(?i:of)\s+)?{_YEAR})"
    ),
    "fr": regex.compile(
        rf"(?:(?i:ce|en|depuis|dès|jusqu['’]en|de)\s+)*(?:{_WEEKDAY_FR}(?:\s+(?i:dernier|"
        rf"prochain|passé|matin|soir|après-midi))?|{_MONTH_FR}\s+{_YEAR})"
    ),
}
_YEAR_SPAN = regex.compile(rf"(?:(?i:in|of|en|the\s+year)\s+)?{_YEAR}")


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
    generic: the DateMentionRecognizer finds the cued ones itself.
    """
    span = " ".join(text.split())
    lang = language if language in _EXPLICIT else "en"
    if any(p.search(span) for p in _EXPLICIT[lang]):
        return False
    if _YEAR_SPAN.fullmatch(span):
        return not _BIRTH_CUE.search(_words_before(before))
    if _PERIOD_SPAN[lang].fullmatch(span):
        return not has_event_cue(before, after)
    return True


def recognizers(language: str) -> list[EntityRecognizer]:
    """The date recognizer for a language (English patterns for any other language)."""
    return [DateMentionRecognizer(supported_language=language)]
