"""Numbers that only a naming phrase makes identifiers (record numbers, member numbers).

Such numbers have no common format or checksum: any short alphanumeric id could be one. An id
is reported only when a naming phrase ("MRN", "member ID", "numéro de dossier"...) ends at most
a few words before it. Presidio's own context enhancer looks at single tokens, where "patient",
"case" or "hospital" alone are far too common ("patient numbers rose to 125000"), so these
recognizers check their phrases themselves, in word order.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from screener.recognizers.lean import LeanPatternRecognizer

# Record numbers seen in the wild carry at least five digits; fewer is a year, a count or a
# ward/bed code ("2024", "B12").
MIN_DIGITS = 5
# A UK/French phone number written without spaces (0, a non-zero digit, 8 or 9 more) is
# not a record number ("00..." is: phones use 00 only before a country code).
PHONE_LIKE = re.compile(r"^0[1-9]\d{8,9}$")
# How many words may sit between the naming phrase and the id ("MRN is", "hospital number at
# St Mary's is"): five, like Presidio's context window.
MAX_GAP_WORDS = 5
# How far back (characters) to look for a phrase: enough for the phrase and the gap words.
WINDOW_CHARS = 120
# An id printed in groups of digits, after an optional letter prefix (maybe with a digit), as
# cards show them ("XGH 482 771 309", "RX 4417 823", "KH7 204 5516"): 2-4 groups of 2-4
# digits, maybe a lone check digit last after a prefix ("MS 7731 4402 9"; without one, "1800
# 555 0199 2" is a phone and its menu option). Like every shape here, it counts only after a
# naming phrase. Never part of a longer
# run of groups: "02 61 91 40" or "61 91 40 22" inside the phone "02 61 91 40 22" is no id.
SPACED_ID = (
    # (the prefix in capitals: "c'est le 021 55 01 23" is a phone after an article)
    r"(?<![\w.,/£$€+-])(?<!\d\s)(?:(?-i:[A-Z]{1,5})\d?\s\d{2,4}(?:\s\d{2,4}){1,3}(?:\s\d)?"
    r"|\d{2,4}(?:\s\d{2,4}){1,3})"
    r"(?![\w/-]|[.,]\d|\s\d)"
)
# A number given as one's own ("Mine is 0784512", "Moi c'est 0784512", "le mien : ..."), right
# before it: it counts when the post named its kind earlier ("notez votre n° de dossier
# quelque part ... Moi c'est 0784512"), within FAR_WINDOW_CHARS.
_OWN_NUMBER_BEFORE = re.compile(
    r"(?:\b(?:mine|his|hers|ours)\s+(?:is|was)|\bmoi\s*,?\s*c['’]est|"
    r"\b(?:le|la)\s+(?:mien|mienne|sien|sienne)\s*(?:,?\s*c['’]est|est)?|"
    r"\bmon\s+num[ée]ro\s*(?:c['’]est|est)?|"
    # ... or in French after the card's name ("ma carte Chifa n'est pas à jour ... Le numéro
    # c'est 19-1182-004571-T")
    r"\b(?:le|son|sa)\s+(?:num[ée]ro|n°)\s*(?:c['’]est|est)|"
    # the card's number given in a sentence of its own ("NHIS card has expired ... The
    # number is 40158826")
    r"\b(?:the|its|his|her|my)\s+(?:number|no\.?)\s+(?:is|was)|"
    # read off one's card ("Number on his card is", "le numéro sur sa carte est")
    # (a word between: "Number on the old card is")
    r"\b(?:number|no\.?|num[ée]ro|id)\s+(?:on|sur)\s+(?:my|his|her|their|the|ma|sa|la|leur)\s+"
    r"(?:[\w'’-]+\s+)?card[e]?\s+(?:is|was|est)|"
    # a card's "ID" printed before its number ("a Medicaid benefit card in the name of ...,
    # ID KT59317R")
    r"\b(?-i:ID)\s*[:#]?|"
    # handed over after the number was named ("quote the chart number when I call so here it
    # is if anyone knows who to ask: 00581127", "le voici :"), up to 50 characters to a colon
    r"\bhere\s+it\s+is\b[^.!?\n]{0,50}:|\b(?:le|la)\s+voici\b[^.!?\n]{0,50}:)\s*:?\s*\Z",
    re.IGNORECASE,
)
# French says a phone number with an article ("c'est le 021 55 01 23", "appelez au 05 ..."):
# a national number right after one is a phone, whatever phrase came before.
_PHONE_ARTICLE_BEFORE = re.compile(r"\b(?:le|au)\s+\Z", re.IGNORECASE)
# ... a trunk 0, a non-zero digit and 7 or 8 more, as national numbers are dialled ("le
# 00951377" is a record number: "00" opens no national number)
_TRUNK_PHONE = re.compile(r"0[1-9]\d{7,8}")
# ... and not a quantity of something ("Mine was 125000 steps").
# (a clause going on is no unit: "Number on the old card is 418 592 037 114 if that helps")
_UNIT_AFTER = re.compile(
    r"\s*(?!(?:if|and|or|but|so|for|in|on|at|et|ou|mais|si|pour|donc)\b)[^\W\d_]{2,}",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[^\W\d_]")
# How far back the phrase may be for such a number: a few sentences of one post.
FAR_WINDOW_CHARS = 300
# Score without a phrase: below the 0.5 reporting threshold, so nothing is reported on shape.
BASE_SCORE = 0.3
# Raise when a phrase names the id: Presidio's context factor, giving 0.65.
CONTEXT_BOOST = 0.35


class NamedNumberRecognizer(LeanPatternRecognizer):
    """A pattern recognizer whose ids count only after one of its CONTEXT phrases."""

    # invalidate_result refuses ids with fewer than MIN_DIGITS digits (by `str.isdigit`).
    MIN_DIGITS: ClassVar[int] = MIN_DIGITS
    CONTEXT: ClassVar[list[str]] = []
    # Letters and digits, hyphens excluded: subclasses set the range of their kind of id.
    MIN_LENGTH: ClassVar[int] = 6
    MAX_LENGTH: ClassVar[int] = 12

    def __init__(
        self, entity: str, patterns: list[Pattern], supported_language: str, name: str
    ) -> None:
        # No context list for Presidio's token-level enhancer: phrases are checked here.
        super().__init__(
            supported_entity=entity,
            patterns=patterns,
            supported_language=supported_language,
            name=name,
        )
        self._named_before = phrase_then_gap(self.CONTEXT)
        self._named_anywhere = re.compile(_phrases(self.CONTEXT), re.IGNORECASE)

    def invalidate_result(self, pattern_text: str) -> bool:
        """Refuse ids of the wrong length, with too few digits, or shaped like a phone number
        (hyphens, slashes and spaces between groups not counted: "JRRH/IP/2024/08817" has 15
        letters and digits)."""
        compact = pattern_text.replace("-", "").replace(" ", "").replace("/", "")
        digits = sum(c.isdigit() for c in compact)
        return (
            not self.MIN_LENGTH <= len(compact) <= self.MAX_LENGTH
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
        return boost_when_named(
            text, raw_recognizer_results, self._named_before, self._named_anywhere
        )


def boost_when_named(
    text: str,
    results: list[RecognizerResult],
    named_before: re.Pattern[str],
    named_anywhere: re.Pattern[str],
) -> list[RecognizerResult]:
    """Add CONTEXT_BOOST to each result whose preceding text matches `named_before` (a
    `phrase_then_gap` regex), or that is given as one's own ("Moi c'est ...") after a phrase
    of `named_anywhere` earlier in the post, marking it so Presidio's enhancer does not add
    more."""
    for result in results:
        before = text[max(0, result.start - WINDOW_CHARS) : result.start]
        surface = text[result.start : result.end]
        digits = re.sub(r"\D", "", surface)
        # (a letter makes it no phone: "c'est le M-0874-29156" is a card's number)
        phone_shaped = _TRUNK_PHONE.fullmatch(digits) and not _LETTER.search(surface)
        if phone_shaped and _PHONE_ARTICLE_BEFORE.search(before):
            continue  # "le numéro c'est le 021 55 01 23": a phone, said with its article
        if named_before.search(before) or (
            _OWN_NUMBER_BEFORE.search(before)
            and not _UNIT_AFTER.match(text, result.end)
            and named_anywhere.search(text, max(0, result.start - FAR_WINDOW_CHARS), result.start)
        ):
            result.score = min(1.0, result.score + CONTEXT_BOOST)
            result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
    return results


def phrase_then_gap(phrases: list[str]) -> re.Pattern[str]:
    """A regex for: one of `phrases` (whole words, in order, any spacing), then at most
    MAX_GAP_WORDS words, then the end of the string. "é" also matches "e", "'" also "’"."""
    named = _phrases(phrases)
    # The gap stays in the phrase's sentence: no "!" or "?", and a "." only after a short word
    # ("St. Mary's", "no. 5520913"), not after a longer one ("hospital number. Mine was ...").
    between = r"(?:(?<![^\W\d_]{4})\.|[^\w.!?])"
    gap = rf"(?:{between}+\w+){{0,{MAX_GAP_WORDS}}}{between}*"
    return re.compile(named + gap + r"\Z", re.IGNORECASE)


def _phrases(phrases: list[str]) -> str:
    """A regex source for any of `phrases`, as whole words in order, any spacing, a word
    abbreviated with a full stop ("Hosp. No"; "é" also matches "e", "'" also "’")."""
    alternatives = []
    for phrase in phrases:
        words = [re.escape(w).replace("é", "[ée]").replace("'", "['’]") for w in phrase.split()]
        alternatives.append(r"\.?\s+".join(words))
    # (?<!\w)/(?!\w) instead of \b: "n°" ends with a non-word character.
    return r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)"
