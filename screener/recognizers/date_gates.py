"""Gates of the date patterns: what a post must hold for each pattern to match (see gated.py).

Each gate is a necessary condition of its pattern in date_patterns.py, argued beside it from the
pattern's mandatory parts (a lookbehind that must hold counts; a negative one does not), with
the calendar words of date_words.py. Changing a pattern means checking its gate here.
"""

from __future__ import annotations

from types import MappingProxyType

import regex  # type: ignore[import-untyped]  # the patterns' engine: the same `\d`

from screener.recognizers.gated import DIGIT, Gate, en_ordinal

# Every MONTH_EN form contains one of these ("January" and "Jan." contain "jan", "May"...).
_MONTHS_EN = tuple("jan feb mar apr may jun jul aug sep oct nov dec".split())
# Every MONTH_FR form contains one of these ("janvier" and "janv." contain "janv"...).
_MONTHS_FR = tuple("janv févr fevr mars avr mai juin juil août aout sept oct nov déc dec".split())
_WEEKDAYS_EN = tuple("monday tuesday wednesday thursday friday saturday sunday".split())
_WEEKDAYS_FR = tuple("lundi mardi mercredi jeudi vendredi samedi dimanche".split())
# Every HOLIDAY_EN form contains one of these: "day" (the weekdays, "Boxing Day"...),
# "night" ("Burns Night"), "year" ("New Year's Eve"), or its own name.
_HOLIDAYS_EN = (
    "day", "christmas", "xmas", "hogmanay", "hallowe", "night", "year", "easter", "thanksgiving",
    "july", "juneteenth",
)  # fmt: skip
# Every HOLIDAY_FR form contains one of these ("Toussaint" and "vendredi saint" hold "saint",
# "le jour de l'An" "l'an", "le Nouvel An" "nouvel").
_HOLIDAYS_FR = (
    "noël", "noel", "réveillon", "l'an", "l’an", "pâques", "paques", "pentecôte", "pentecote",
    "saint", "ascension", "hallowe", "chandeleur", "fête", "fete", "nouvel",
)  # fmt: skip

# The core of every numeric date (DAY and YEAR are digits only): a digit, a separator, digits,
# the same separator again and a digit ("3/23/1940", "2024-03-05"). Folding changes neither
# digits nor separators, so a match in the text is one in the folded text.
_NUMERIC_CORE = regex.compile(r"\d([/.\-])\d+\1\d")
# YEAR, "(?:19|20)\d{2}", anywhere.
_YEAR = regex.compile(r"(?:19|20)\d\d")


def numeric_core(folded: str) -> bool:
    """Whether the text holds a digit, a separator, digits, that separator and a digit."""
    return _NUMERIC_CORE.search(folded) is not None


def year(folded: str) -> bool:
    """Whether the text holds a YEAR ("19" or "20" and two digits)."""
    return _YEAR.search(folded) is not None


GATES = MappingProxyType(
    {
        # Digits: YEAR, DAY and "\d" are mandatory in each, with the separator "\1" repeats
        # (or "/" twice, or "\." twice) between digits: _NUMERIC_CORE.
        "iso date": Gate(DIGIT, numeric_core),
        "numeric date": Gate(DIGIT, numeric_core),
        "numeric date, short year": Gate(DIGIT, numeric_core),
        "numeric date, short year, dots": Gate(DIGIT, numeric_core),
        # YEAR after a word of the lookbehind ("d.o.b" holds "d.", "passed away" "passed",
        # "year of birth" and "birth year" "birth").
        "birth or death year": Gate(
            DIGIT, year, ("born", "died", "b.", "d.", "dob", "deceased", "passed", "yob", "birth")
        ),
        # YEAR after "(?i:née?|nés|nées|décédée?|morte?|disparue?|naissance)".
        "année de naissance ou de décès": Gate(
            DIGIT, year, ("né", "décédé", "mort", "disparu", "naissance")
        ),
        # DAY and MONTH_EN ("day in a list": in its lookahead).
        "day month": Gate(DIGIT, _MONTHS_EN),
        "month day": Gate(DIGIT, _MONTHS_EN),
        "day in a list before a month": Gate(DIGIT, _MONTHS_EN),
        "month year": Gate(DIGIT, _MONTHS_EN),
        # WEEKDAY_EN (each ends in "day") and DAY.
        "weekday day": Gate(DIGIT, "day"),
        # a digit and an ordinal ending ("Wed 12th")
        "short weekday day": Gate(DIGIT, en_ordinal),
        # "(?=\d)", and "(?i:the)" in both forms of the lookbehind.
        "day of the month": Gate(DIGIT, "the"),
        # "{DAY}/{DAY}".
        "day/month": Gate(DIGIT, "/"),
        "day/month in a chat stamp": Gate(DIGIT, "/", "["),
        "named day": Gate(_HOLIDAYS_EN),
        "weekday": Gate(_WEEKDAYS_EN),
        # "(?i:christmas|xmas|easter)" or "(?i:new\s+year)".
        "season": Gate(("christmas", "xmas", "easter", "year")),
        # DAY_FR (DAY, or "1er") and MONTH_FR.
        "jour mois": Gate(DIGIT, _MONTHS_FR),
        "quantième d'une liste": Gate(DIGIT, _MONTHS_FR),
        "mois année": Gate(DIGIT, _MONTHS_FR),
        # WEEKDAY_FR and DAY_FR.
        "jour de la semaine et quantième": Gate(DIGIT, _WEEKDAYS_FR),
        # "(?i:le|jusqu['’]au)" in the lookbehind, then "{DAY}/{DAY}".
        "jour/mois": Gate(DIGIT, "/", ("le", "jusqu")),
        # "(?i:le|jusqu['’]au)" in the lookbehind, then DAY_FR.
        "quantième seul": Gate(DIGIT, ("le", "jusqu")),
        "jour férié ou fête": Gate(_HOLIDAYS_FR),
        "jour de la semaine": Gate(_WEEKDAYS_FR),
        # "(?i:noël|noel|pâques|paques)" or "(?i:réveillon)".
        "fête de plusieurs jours": Gate(("noël", "noel", "pâques", "paques", "réveillon")),
    }
)
