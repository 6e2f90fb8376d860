"""Date-shaped matches that are no date of a person, refused after matching.

Holidays in greetings and habits ("Happy Mother's Day", "every Christmas Eve"), named days that
are part of an event name or a thing ("Baby Loss Remembrance Day", "our Halloween party"),
weekdays in schedules ("Monday to Friday", "the Tuesday group", "open on Saturday",
"Throwback Thursday") and French emergency numbers read as days ("appelez le 15").
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from screener.recognizers.date_cues import words_after, words_before
from screener.recognizers.date_patterns import HOLIDAY_NAMES, WEEKDAY_NAMES
from screener.recognizers.date_words import (
    COORD_EN,
    FUNCTION_EN,
    TIME_OF_DAY_EN,
    WEEKDAY_EN,
    WEEKDAY_FR,
)

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
# (and advice for what may happen: "En cas de difficultés à respirer, c'est le 15")
_EMERGENCY_WORDS = re.compile(
    r"\b(?:urgences?|samu|secours|pompiers|police|gendarmerie|appel\w*|compos\w*|"
    r"en\s+cas\s+d(?:e|['’]))(?:\b|(?<=['’]))",
    re.IGNORECASE,
)

# "ou le 15", "or the 15": a second number offered
_OR_BEFORE = re.compile(r"\b(?:ou|or)\s+(?:le|au|the)?\s*$", re.IGNORECASE)

# --- weekdays in schedules -----------------------------------------------------------------
_WEEKDAY = rf"(?:{WEEKDAY_EN}|{WEEKDAY_FR})"
# A range of weekdays is opening hours or a rota ("Monday to Friday", "Monday-Saturday", "du
# lundi au vendredi", "de lundi à samedi", "a" for an unaccented "à"): both ends are refused.
# A slash ("Monday/Tuesday") is a choice of days, refused alike.
_RANGE_WORD = r"(?:[-–—/]|to|through|thru|till|until|au|à|a)"
_RANGE_END_BEFORE = re.compile(rf"\b{_WEEKDAY}\s*{_RANGE_WORD}\s*$")
_RANGE_START_AFTER = re.compile(rf"\s*{_RANGE_WORD}\s*{_WEEKDAY}\b")
# A recurring or unspecified day: "every second Thursday", "on a Sunday", "un samedi sur deux",
# "la tournée du lundi" (French "du" + a weekday alone is a habit; "du lundi 3" is a date).
_RECURRING_BEFORE = re.compile(
    r"\b(?:every|each|alternate|chaque)\s+\w+\s+$|\b(?:a|an|un|une|du)\s+$", re.IGNORECASE
)
# A habit word right before a weekday (the patterns do not match these, but a weekday listed
# after one is refused with it: "every Monday and Thursday", "le lundi et jeudi").
_HABIT_BEFORE = re.compile(
    r"\b(?:every|each|most|all|some|alternate|other|chaque|les|le|certains|plusieurs)\s+$",
    re.IGNORECASE,
)
# A weekday listed right before this one ("Monday and Thursday", "lundi, mercredi et").
_LISTED_BEFORE = re.compile(rf"\b({_WEEKDAY})\s*(?:,|&|and|or|et|ou)\s*$")
# "Thursday evenings", "Sunday mornings": plural times of day recur.
_PLURAL_TIME_AFTER = re.compile(
    r"\s+(?:mornings|afternoons|evenings|nights)\b"
    # a day of each month ("the first Thursday of the month", "le 1er jeudi du mois")
    r"|\s+(?:of\s+(?:the|each|every)\s+month|du\s+mois|de\s+chaque\s+mois)\b",
    re.IGNORECASE,
)
# "the Tuesday group", "our Thursday night meeting": a determiner before a weekday and a
# lower-case noun after it (a time of day may come between) make the weekday a name for a
# recurring thing. "on the Sunday she collapsed" has a function word after it and is kept.
_WEEKDAY_NOUN_AFTER = re.compile(
    rf"\s+(?:(?:{TIME_OF_DAY_EN})\s+)?(?!(?:{FUNCTION_EN}|{COORD_EN}|{TIME_OF_DAY_EN}|of)\b)"
    r"[a-z]"
)
# Opening hours: "we are open on Saturday", "ouverts samedi matin" (a verb form of "open":
# "our open day on Saturday" is one day). Not after "this" / "ce" (one given weekend).
_OPENING = re.compile(
    r"\b(?:(?:is|are|['’]re|be|stays?|remains?)\s+open|opens|opening\s+(?:hours|times)|"
    r"ouvert(?:e|s|es)?|ouvre(?:nt)?|horaires)\b",
    re.IGNORECASE,
)
_DEICTIC_BEFORE = re.compile(r"\b(?:this|next|ce|cette)\s+$", re.IGNORECASE)
# Words that may open a sentence right before a weekday: prepositions and deictics ("On
# Sunday", "Ce mardi", "Depuis lundi"). Any other word in title case opening a sentence
# makes the pair a name ("Throwback Thursday: ...", "Black Friday deals"); a word in
# capitals is emphasis ("CLOSED Monday"). Mid-sentence, a capitalised word before a weekday
# is mostly a place ("aux urgences de Brive samedi") and is not looked at.
_OPENERS = frozenset(
    {
        "on", "by", "since", "until", "till", "from", "last", "this", "next", "that", "before",
        "after", "come", "and", "but", "so", "then", "early", "late", "ce", "cette", "dès",
        "depuis", "jusqu'à", "jusqu’à", "à", "avant", "après", "pour", "et", "mais", "puis",
        "hier",
    }
)  # fmt: skip
# The word opening a sentence (after its start, a full stop, a colon or an emoji) right
# before a weekday.
_OPENING_WORD_BEFORE = re.compile(r"(?:^|[^\w\s,'’-])\s*([^\W\d_][\w'’]*)\s+$")


def a_schedule(text: str, start: int, end: int) -> bool:
    """A weekday in a schedule, a habit, a greeting or a name, not the day of one event."""
    before, after = text[max(0, start - 60) : start], text[end : end + 60]
    listed = _LISTED_BEFORE.search(before)
    if listed:  # a weekday in a list shares the schedule of the one before it
        first = start - len(before) + listed.start(1)
        if _HABIT_BEFORE.search(text[max(0, first - 20) : first]):
            return True
        if a_schedule(text, first, first + len(listed[1])):
            return True
    if _RANGE_END_BEFORE.search(before) or _RANGE_START_AFTER.match(after):
        return True
    if _RECURRING_BEFORE.search(before) or _PLURAL_TIME_AFTER.match(after):
        return True
    if _GREETING.search(before[-40:]):  # "Happy Friday!", "Bon lundi à tous"
        return True
    if _DETERMINER_BEFORE.search(before[-20:]) and _WEEKDAY_NOUN_AFTER.match(after):
        return True
    if _OPENING.search(words_before(text[:start])) and not _DEICTIC_BEFORE.search(before):
        return True
    word = _OPENING_WORD_BEFORE.search(before)
    return bool(word and word[1].istitle() and word[1].lower() not in _OPENERS)


def not_a_date(text: str, result: RecognizerResult) -> bool:
    """A holiday greeted or habitual, a weekday in a schedule, or a French emergency number
    read as a day."""
    name = result.analysis_explanation.pattern_name if result.analysis_explanation else None
    before = text[: result.start]
    if name in WEEKDAY_NAMES:
        return a_schedule(text, result.start, result.end)
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
        if _EMERGENCY_WORDS.search(sentence):
            return True
        # "on appelle le centre antipoison de Lyon au 04 72 11 69 11 (24h/24) ou le 15": the
        # other number to call, however far the verb
        return bool(_OR_BEFORE.search(before[-12:])) and bool(
            _EMERGENCY_WORDS.search(before[-200:].rsplit("\n", 1)[-1])
        )
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
