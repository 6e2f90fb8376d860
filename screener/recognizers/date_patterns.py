"""The date patterns of DateMentionRecognizer, per language, in the order it runs them.

Explicit day-level dates and named days are reported alone; periods (weekdays, months of a
year, seasons) score below the reporting threshold until an event cue lifts them. Built from
the fragments of date_words.py; case-sensitive unless marked `(?i:)`.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from screener.recognizers.date_words import (
    COORD_EN,
    DAY,
    DAY_ENDS_EN,
    DAY_ENDS_FR,
    DAY_FR,
    END_EN,
    HOLIDAY_EN,
    HOLIDAY_ENDS_EN,
    HOLIDAY_ENDS_FR,
    HOLIDAY_FR,
    KIN_EN,
    MONTH_EN,
    MONTH_FR,
    NOT_AFTER_NUMBER,
    NOT_BEFORE_NUMBER,
    ORD_DAY_EN,
    ORD_EN,
    TIME_OF_DAY_EN,
    WEEKDAY_EN,
    WEEKDAY_FR,
    YEAR,
)

# --- explicit, day-level dates: always reported ---------------------------------------------
NUMERIC = [
    # ISO "1993-01-04", with an optional time "1993-01-04 14:56:41" / "T14:56"
    Pattern(
        "iso date",
        rf"{NOT_AFTER_NUMBER}{YEAR}([-/.])(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])"
        rf"(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?{NOT_BEFORE_NUMBER}",
        0.85,
    ),
    # "3/23/1940", "23/03/1940", "23.03.1940", "23-03-1940" (one separator throughout);
    # day and month order is checked in invalidate_result.
    Pattern(
        "numeric date",
        rf"{NOT_AFTER_NUMBER}{DAY}([/.-]){DAY}\1{YEAR}{NOT_BEFORE_NUMBER}",
        0.7,
    ),
    # "3/23/40": a two-digit year is weaker (fractions, scores) but still a date; slashes
    # only, as "3.8.10" is a version number.
    Pattern(
        "numeric date, short year",
        rf"{NOT_AFTER_NUMBER}{DAY}/{DAY}/\d{{2}}{NOT_BEFORE_NUMBER}",
        0.5,
    ),
    # "03.03.24": with dots, only zero-padded two-digit parts (European dates are written so;
    # versions are not: "3.8.10", "2.3.12"). IP addresses fail NOT_BEFORE_NUMBER.
    Pattern(
        "numeric date, short year, dots",
        rf"{NOT_AFTER_NUMBER}(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|[12]\d|3[01])\.\d{{2}}"
        rf"{NOT_BEFORE_NUMBER}",
        0.5,
    ),
    # a chat export's day and month before the time, in brackets ("[20/03 22:41] Anaïs:")
    Pattern(
        "day/month in a chat stamp",
        rf"(?<=\[){DAY}/{DAY}(?=,?\s+\d{{1,2}}:\d{{2}}\])",
        0.6,
    ),
]
EXPLICIT_EN = [
    # "12 March 2021", "12th of March", "Sunday 12 March", "Sat, 3rd Dec. 2022"
    Pattern(
        "day month",
        rf"\b(?:{WEEKDAY_EN},?\s+(?:(?i:the)\s+)?)?{DAY}{ORD_EN}?(?:\s+(?i:of))?\s+{MONTH_EN}"
        rf"(?![\w])(?:,?\s+{YEAR}\b)?",
        0.85,
    ),
    # "March 12th", "March 12, 2021", "Sunday, March 12": not "March 12:30" or "May 5%"
    Pattern(
        "month day",
        rf"\b(?:{WEEKDAY_EN},?\s+)?{MONTH_EN}\s+(?:(?i:the)\s+)?{DAY}{ORD_EN}?\b"
        rf"(?:,?\s+{YEAR}\b|(?!\s*(?:[:.]\d|%|\d)))",
        0.85,
    ),
    # "Saturday the 12th", "Sunday 3rd": a weekday pins the day of the month
    Pattern("weekday day", rf"\b{WEEKDAY_EN}\s+(?:(?i:the)\s+)?{DAY}{ORD_EN}\b", 0.85),
    # ... shortened, with its ordinal ("Wed 12th", "Thurs 16th"): the ordinal makes the
    # abbreviation a day, not a name ("Sam 3 weeks")
    Pattern(
        "short weekday day",
        rf"\b(?i:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\.?\s+{DAY}{ORD_EN}\b",
        0.85,
    ),
]
EXPLICIT_FR = [
    # "3 mars 2024", "1er mai", "lundi 3 mars"
    Pattern(
        "jour mois",
        rf"\b(?:{WEEKDAY_FR}\s+)?{DAY_FR}\s+{MONTH_FR}(?![\w])(?:\s+{YEAR}\b)?",
        0.85,
    ),
    # "samedi 12": not "samedi 12h" (a time)
    Pattern("jour de la semaine et quantième", rf"\b{WEEKDAY_FR}\s+{DAY_FR}\b(?!\s*[h:])", 0.85),
]

# --- days without a month, and named days of the year --------------------------------------
_HOLIDAY_SCORE = 0.7  # above a lifted weekday (0.65): "Easter Monday" absorbs its "Monday"

_DAYS_EN = [
    # "on the 5th", "since the 12th", "the weekend of the 12th", "from the 3rd to the 10th":
    # after a preposition that introduces a date, and ending its phrase (DAY_ENDS_EN). Not
    # after "after" / "before" / "by": "after the 2nd I was wiped out" is a dose, a cycle or a
    # baby as often as a date. Reported alone like "12 March": "on the 12th" reads as a date.
    # The "(?=\d)" (a letter for seasons) before a look-behind of this section keeps it from
    # being tried at every position: backwards over a run of spaces it is quadratic.
    Pattern(
        "day of the month",
        rf"(?=\d)(?<=\b(?:(?i:on|since|from|until|till|between)|(?i:week|weekend|morning|"
        rf"afternoon|"
        rf"evening|night|end|start|beginning|middle)\s+(?i:of))\s+(?i:the)\s+|"
        rf"\b(?i:on|since|from|between)\s+(?i:the)\s+{ORD_DAY_EN}\s*(?:&|-|–|"
        rf"(?i:{COORD_EN}))\s*(?:(?i:the)\s+)?){ORD_DAY_EN}\b{DAY_ENDS_EN}",
        0.6,
    ),
    # "on 14/02", "since 3/3": a day and month without a year, after a preposition of dates
    # (not "by 2/3", "after 1/2": fractions); "on 1/2 a tablet" fails the phrase end, and
    # invalidate_result refuses "24/7" and pairs that cannot be a day and a month.
    # ... or before a verb in the past ("the rollover on 2/17 walked out", "born on 3/14
    # weighed"): no fraction is followed by one
    Pattern(
        "day/month",
        rf"(?=\d)(?<=\b(?i:on|since|from|until|till|dated)\s+){DAY}/{DAY}(?![\d/])"
        rf"(?:{DAY_ENDS_EN}|(?=\s+[a-z]{{2,}}ed\b))",
        0.6,
    ),
    # "the 5th and 6th of May", "3, 4 and 5 March", "3rd-5th June": the days listed before a
    # month are dates too (the last one is a "day month"). At most 7 days in a list: a
    # longer run of numbers is a table, and an unbounded look-ahead is quadratic in it.
    Pattern(
        "day in a list before a month",
        rf"{NOT_AFTER_NUMBER}\b{DAY}{ORD_EN}?(?=(?:\s*(?:,|&|-|–|(?i:and|or|to|till|until|"
        rf"through))\s*(?:(?i:the)\s+)?{DAY}{ORD_EN}?\b){{1,6}}\s+(?:(?i:of)\s+)?{MONTH_EN}"
        rf"(?![\w]))",
        0.8,
    ),
    Pattern(
        "named day",
        rf"\b(?:{HOLIDAY_EN})(?:,?\s+{YEAR})?(?![\w'’]){HOLIDAY_ENDS_EN}",
        _HOLIDAY_SCORE,
    ),
]
_DAYS_FR = [
    # "le 14/02", "depuis le 3/3"
    Pattern(
        "jour/mois",
        rf"(?=\d)(?<=\b(?i:le|jusqu['’]au)\s+){DAY}/{DAY}(?![\d/]){DAY_ENDS_FR}",
        0.6,
    ),
    # "les 5 et 6 décembre", "du 3 au 5 mars", "entre le 3 et le 5 mai"
    Pattern(
        "quantième d'une liste",
        rf"{NOT_AFTER_NUMBER}\b{DAY_FR}(?=(?:\s*(?:,|&|-|–|(?i:et|ou|au|à))\s*(?:(?i:le)\s+)?"
        rf"{DAY_FR}\b){{1,6}}\s+{MONTH_FR}(?![\w]))",
        0.8,
    ),
    Pattern(
        "jour férié ou fête",
        rf"\b(?:{HOLIDAY_FR})(?:\s+{YEAR})?(?![\w'’-]){HOLIDAY_ENDS_FR}",
        _HOLIDAY_SCORE,
    ),
]

# --- periods: reported only next to an event cue (see enhance_using_context) ----------------
# Below the 0.5 threshold on their own; PERIOD_BOOST lifts them when a cue is near, to
# LIFTED_SCORE at most.
_PERIOD_SCORE = 0.3
# A month with its year ("March 2019", "octobre 2023") narrows a date to thirty days: a
# quasi-identifier like a day, reported without a cue (just over the 0.5 threshold, under
# LIFTED_SCORE); the verdict rules still need a place and a person before it holds a post.
_MONTH_YEAR_SCORE = 0.55
PERIOD_BOOST = 0.35
LIFTED_SCORE = _PERIOD_SCORE + PERIOD_BOOST  # 0.65: under the named days (0.7), which absorb it
# A weekday is the exception: once the schedules are refused (every Tuesday, Monday to
# Friday, the Tuesday group, opening hours: date_refusals.a_schedule), a bare weekday is the
# day something happens or happened ("she fell on Sunday", "see you at the meeting Tuesday",
# "rendez-vous samedi"), a DATE by the labelling convention, so it is reported alone. Just
# over the 0.5 threshold (and under LIFTED_SCORE and the explicit dates, 0.85, which contain
# "Sunday 12 March"): the weakest of the reported dates.
_WEEKDAY_SCORE = 0.55
_PERIODS_EN = [
    # "on Saturday", "at the meeting Tuesday" (not "every Saturday"; "Saturdays" fails \b)
    Pattern(
        "weekday",
        rf"(?<!\b(?i:every|each|most|all|some|alternate|other)\s+)\b{WEEKDAY_EN}\b",
        _WEEKDAY_SCORE,
    ),
    # "March 2021", "December, 2011"
    Pattern("month year", rf"\b{MONTH_EN},?\s+(?:(?i:of)\s+)?{YEAR}\b", _MONTH_YEAR_SCORE),
    # "over Christmas", "at Easter", "since New Year": a season of several days, shared by
    # everyone and mostly written about in general ("At Christmas, people with dementia may
    # feel lost"), so only after a preposition of time and lifted by an event cue alone (not
    # by a health detail: see enhance_using_context). "at Christmas time", "the Easter
    # holidays", "Chinese New Year" fail the preposition or the phrase end.
    Pattern(
        "season",
        rf"(?=[CcXxEeNn])(?<=\b(?i:on|at|over|during|since|before|after|until|till|around|"
        rf"last|this|from)\s+)"
        rf"(?:(?i:christmas|xmas|easter)|(?i:new\s+year)(?:['’]s)?)(?:\s+{YEAR})?(?![\w'’])"
        rf"(?={END_EN}|\s+(?i:dinner|lunch|{TIME_OF_DAY_EN}|{KIN_EN})\b)",
        _PERIOD_SCORE,
    ),
]
_PERIODS_FR = [
    # "samedi", "samedi dernier": not "le samedi" / "tous les samedis" (habits)
    Pattern(
        "jour de la semaine",
        rf"(?<!\b(?i:chaque|les|le|certains|plusieurs)\s+)\b{WEEKDAY_FR}\b",
        _WEEKDAY_SCORE,
    ),
    Pattern("mois année", rf"\b{MONTH_FR}\s+{YEAR}\b", _MONTH_YEAR_SCORE),
    # "opérée le 12", "rendez-vous le 3 à 14h", "hospitalisé jusqu'au 20": a bare number is a
    # day of the month as often as it is the SAMU ("appelez le 15"), a bus, a room or a score,
    # so it is a period lifted like a weekday; never after a calling verb ("appelez
    # immédiatement le 15", "composez le 15 ou le 112"), nor near emergency words
    # (EMERGENCY_DAYS, checked in date_refusals.not_a_date).
    Pattern(
        "quantième seul",
        rf"(?=\d)(?<=\b(?i:le|jusqu['’]au)\s+)(?<!\b(?i:appel\w*|compos\w*|faites|faire|fais|"
        rf"contact\w*|joindre|joign\w*|num[ée]ro|t[ée]l[ée]phon\w*|pren\w*)(?:\s+\w+)?\s+"
        rf"(?i:le)\s+){DAY_FR}\b{DAY_ENDS_FR}",
        _PERIOD_SCORE,
    ),
    # "à Noël", "depuis Pâques", "pendant le réveillon": as "over Christmas" above.
    Pattern(
        "fête de plusieurs jours",
        rf"(?=[NnPpRr])(?:(?<=\b(?i:à|avant|après|depuis|pendant|durant|dès|jusqu['’]à|vers)\s+)"
        rf"(?i:noël|noel|pâques|paques)|(?<=\b(?i:le|au|du)\s+)(?i:réveillon))"
        rf"(?:\s+{YEAR})?(?![\w'’-]){HOLIDAY_ENDS_FR}",
        _PERIOD_SCORE,
    ),
]
# Seasons are lifted by an event cue only; the other periods by a cue or a health detail.
SEASON_NAMES = frozenset({"season", "fête de plusieurs jours"})
PERIOD_NAMES = frozenset(p.name for p in (*_PERIODS_EN, *_PERIODS_FR)) - SEASON_NAMES
# Weekdays, dropped in schedules (date_refusals.a_schedule).
WEEKDAY_NAMES = frozenset({"weekday", "jour de la semaine"})
# Named days and seasons, dropped in greetings and habits (DateMentionRecognizer.analyze).
HOLIDAY_NAMES = SEASON_NAMES | {"named day", "jour férié ou fête"}
# A bare year is a date of a person only as a birth or death year: "born in 1932".
_BIRTH_YEAR_EN = Pattern(
    "birth or death year",
    rf"(?<=\b(?i:born|died|b\.|d\.|dob|d\.o\.b\.?|deceased|passed\s+away|year\s+of\s+birth|yob|"
    rf"birth\s+year)\s*:?\s+(?:(?i:in|on|during)\s+)?){YEAR}\b",
    0.7,
)
_BIRTH_YEAR_FR = Pattern(
    "année de naissance ou de décès",
    rf"(?<=\b(?i:née?|nés|nées|décédée?|morte?|disparue?|naissance)\s*:?\s+(?:(?i:en)\s+)?)"
    rf"{YEAR}\b",
    0.7,
)


def patterns_for(language: str) -> list[Pattern]:
    """The date patterns for a language (English for any other)."""
    if language == "fr":
        return [*NUMERIC, *EXPLICIT_FR, *_DAYS_FR, *_PERIODS_FR, _BIRTH_YEAR_FR]
    return [*NUMERIC, *EXPLICIT_EN, *_DAYS_EN, *_PERIODS_EN, _BIRTH_YEAR_EN]
