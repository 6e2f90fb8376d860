"""Date-shaped matches that are no date of a person, refused after matching.

Holidays in greetings and habits ("Happy Mother's Day", "every Christmas Eve"), named days that
are part of an event name or a thing ("Baby Loss Remembrance Day", "our Halloween party"), and
French emergency numbers read as days ("appelez le 15").
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from screener.recognizers.date_cues import words_after, words_before
from screener.recognizers.date_patterns import HOLIDAY_NAMES
from screener.recognizers.date_words import COORD_EN, FUNCTION_EN, TIME_OF_DAY_EN

# A greeting names a holiday, not a day of someone's life ("Happy Mother's Day", "wishing you
# a merry Christmas Eve", "Bonne fête des mères"), one word allowed in between ("belated").
_GREETING = re.compile(
    r"\b(?:happy|merry|wishing|wish|joyeux|joyeuse|bonne|bon|heureux|heureuse)\s+(?:\w+\s+)?"
    r"(?:(?:la|le)\s+)?$",
    re.IGNORECASE,
)
# A habit or a general statement is about every year's holiday, not one day ("Every year on
# Christmas Day A&E is full", "We usually see more falls over Christmas").
_HABITUAL = re.compile(
    r"\b(?:every|each|usually|often|always|typically|generally|annually|traditionally|chaque|"
    r"souvent|toujours|généralement|habituellement|traditionnellement)\b|\btous\s+les\s+ans\b",
    re.IGNORECASE,
)
# "our Halloween party", "the Christmas Day shift", "a Mother's Day card": a determiner before
# a named day and a noun after it make one thing of the three words.
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|our|your|their|his|her|my|its|annual|year['’]s)\s+$", re.IGNORECASE
)
# The word before a named day, and what comes before that word.
_LAST_WORD = re.compile(r"(\S+)\s+$")
_NOUN_AFTER = re.compile(rf"\s+(?!(?:{FUNCTION_EN}|{COORD_EN}|{TIME_OF_DAY_EN}|of)\b)[a-z]")
# French emergency numbers that are also days: "En cas de malaise, le 15." is the SAMU.
EMERGENCY_DAYS = frozenset({"15", "17", "18"})
_EMERGENCY_WORDS = re.compile(
    r"\b(?:urgences?|samu|secours|pompiers|police|gendarmerie|appel\w*|compos\w*)\b",
    re.IGNORECASE,
)


def not_a_date(text: str, result: RecognizerResult) -> bool:
    """A holiday greeted or habitual, or a French emergency number read as a day."""
    name = result.analysis_explanation.pattern_name if result.analysis_explanation else None
    before = text[: result.start]
    if name in HOLIDAY_NAMES:
        if _GREETING.search(before[-40:]) or _HABITUAL.search(words_before(before)):
            return True
        if name != "named day":  # the tests below are English; French needs its article
            return False
        if _name_part_before(before[-60:]):
            return True
        return bool(_DETERMINER_BEFORE.search(before[-20:]) and _NOUN_AFTER.match(text, result.end))
    if name == "quantième seul" and text[result.start : result.end] in EMERGENCY_DAYS:
        sentence = words_before(before) + " " + words_after(text[result.end :])
        return bool(_EMERGENCY_WORDS.search(sentence))
    return False


def _name_part_before(before: str) -> bool:
    """A capitalised word right before, mid-sentence: "Baby Loss Remembrance Day" is a name.

    Awareness days and events are named so ("Pregnancy and Infant Loss Memorial Day");
    sentence openers ("On Christmas Day...") and "I" are not name parts.
    """
    last = _LAST_WORD.search(before)
    if last is None or not last[1].isalpha() or not last[1][0].isupper() or last[1] == "I":
        return False
    rest = before[: last.start(1)].rstrip()
    return bool(rest) and rest[-1] not in '.!?:;\n"“(…'
