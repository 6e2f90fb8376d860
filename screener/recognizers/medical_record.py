"""Medical record / hospital numbers (MRN, IPP): found only next to a phrase that names them.

Record numbers have no common format or checksum: any short alphanumeric id could be one. An
id is reported only when a naming phrase ("MRN", "hospital number", "patient ID", "numéro de
dossier", "IPP"...) ends at most a few words before it. Presidio's own context enhancer looks
at single tokens, where "patient", "case" or "hospital" alone are far too common ("patient
numbers rose to 125000"), so this recognizer checks its phrases itself, in word order.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

# An id of 6-12 letters and digits: up to 4 letters, an optional hyphen, then a digit and more
# letters/digits ("00483921", "RX4829103", "RX-4829103"). Not glued to a currency sign, a
# decimal point, a slash or a plus (prices, dates, phone numbers), nor followed by one.
_ID = r"(?<![\w.,/£$€+-])(?:[A-Z]{1,4}-?)?\d[A-Z0-9]{4,11}(?![\w/-]|[.,]\d)"
# Record numbers seen in the wild carry at least five digits; fewer is a year, a count or a
# ward/bed code ("2024", "B12").
MIN_DIGITS = 5
MIN_LENGTH, MAX_LENGTH = 6, 12  # letters and digits, hyphen excluded
# A UK/French phone number written without spaces (0, a non-zero digit, 8 or 9 more) is
# not a record number ("00..." is: phones use 00 only before a country code).
PHONE_LIKE = re.compile(r"^0[1-9]\d{8,9}$")
# How many words may sit between the naming phrase and the id ("MRN is", "hospital number at
# St Mary's is"): five, like Presidio's context window.
MAX_GAP_WORDS = 5
# How far back (characters) to look for a phrase: enough for the phrase and the gap words.
WINDOW_CHARS = 120
# Score without a phrase: below the 0.5 reporting threshold, so nothing is reported on shape.
BASE_SCORE = 0.3
# Raise when a phrase names the id: Presidio's context factor, giving 0.65.
CONTEXT_BOOST = 0.35


class MedicalRecordRecognizer(PatternRecognizer):
    """MEDICAL_RECORD_NUMBER: an alphanumeric id right after a phrase that names it."""

    PATTERNS: ClassVar[list[Pattern]] = [Pattern("Record id (context only)", _ID, BASE_SCORE)]
    # Naming phrases, matched as whole words in order ("é" also matches "e"), up to
    # MAX_GAP_WORDS words before the id.
    CONTEXT: ClassVar[list[str]] = [
        "mrn",
        "mrns",
        "medical record",
        "medical records",
        "hospital number",
        "hospital no",
        "hospital id",
        "hospital ref",
        "unit number",
        "case number",
        "case no",
        "chart number",
        "record number",
        "patient id",
        "patient number",
        "patient no",
        "patient identifier",
        "numéro de dossier",
        "n° de dossier",
        "numéro dossier",
        "dossier médical",
        "numéro patient",
        "numéro de patient",
        "n° patient",
        "identifiant patient",
        "ipp",
    ]

    def __init__(self, supported_language: str = "en") -> None:
        # No context list for Presidio's token-level enhancer: phrases are checked here.
        super().__init__(
            supported_entity="MEDICAL_RECORD_NUMBER",
            patterns=self.PATTERNS,
            supported_language=supported_language,
            name=f"MedicalRecordRecognizer_{supported_language}",
        )
        self._named_before = phrase_then_gap(self.CONTEXT)

    def invalidate_result(self, pattern_text: str) -> bool:
        """Refuse ids of the wrong length, with too few digits, or shaped like a phone number."""
        compact = pattern_text.replace("-", "")
        digits = sum(c.isdigit() for c in compact)
        return (
            not MIN_LENGTH <= len(compact) <= MAX_LENGTH
            or digits < MIN_DIGITS
            or bool(PHONE_LIKE.match(compact))
        )

    def enhance_using_context(
        self,
        text: str,
        raw_recognizer_results: list[RecognizerResult],
        other_raw_recognizer_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts | None,
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Raise the ids that a naming phrase introduces; leave the others below threshold."""
        return boost_when_named(text, raw_recognizer_results, self._named_before)


def boost_when_named(
    text: str, results: list[RecognizerResult], named_before: re.Pattern[str]
) -> list[RecognizerResult]:
    """Add CONTEXT_BOOST to each result whose preceding text matches `named_before` (a
    `phrase_then_gap` regex), marking it so Presidio's enhancer does not add more."""
    for result in results:
        before = text[max(0, result.start - WINDOW_CHARS) : result.start]
        if named_before.search(before):
            result.score = min(1.0, result.score + CONTEXT_BOOST)
            result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
    return results


def phrase_then_gap(phrases: list[str]) -> re.Pattern[str]:
    """A regex for: one of `phrases` (whole words, in order, any spacing), then at most
    MAX_GAP_WORDS words, then the end of the string. "é" also matches "e", "'" also "’"."""
    alternatives = []
    for phrase in phrases:
        words = [re.escape(w).replace("é", "[ée]").replace("'", "['’]") for w in phrase.split()]
        alternatives.append(r"\s+".join(words))
    # (?<!\w)/(?!\w) instead of \b: "n°" ends with a non-word character.
    named = r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)"
    gap = rf"(?:\W+\w+){{0,{MAX_GAP_WORDS}}}\W*"
    return re.compile(named + gap + r"\Z", re.IGNORECASE)


def recognizers(language: str) -> list[EntityRecognizer]:
    """The record-number recognizer (its phrases cover English and French)."""
    return [MedicalRecordRecognizer(supported_language=language)]
