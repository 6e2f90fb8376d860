"""Gates of the date patterns: what a post must hold for each pattern to match (see gated.py).

Each gate is a necessary condition of its pattern in date_patterns.py, argued beside it from the
pattern's mandatory parts (a lookbehind that must hold counts; a negative one does not), with
the calendar words of date_words.py. Changing a pattern means checking its gate here.
"""

from __future__ import annotations

from types import MappingProxyType

from screener.recognizers.gated import DIGIT, Gate

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
    "july",
)  # fmt: skip
# Every HOLIDAY_FR form contains one of these ("Toussaint" and "vendredi saint" hold "saint",
# "le jour de l'An" "l'an", "le Nouvel An" "nouvel").
_HOLIDAYS_FR = (
    "noël", "noel", "réveillon", "l'an", "l’an", "pâques", "paques", "pentecôte", "pentecote",
    "saint", "ascension", "hallowe", "chandeleur", "fête", "fete", "nouvel",
)  # fmt: skip

GATES = MappingProxyType(
    {
        # Digits: YEAR, DAY and "\d" are mandatory in each.
        "iso date": Gate(DIGIT),
        "numeric date": Gate(DIGIT),
        "numeric date, short year": Gate(DIGIT),
        "numeric date, short year, dots": Gate(DIGIT),
        "birth or death year": Gate(DIGIT),
        "année de naissance ou de décès": Gate(DIGIT),
        # DAY and MONTH_EN ("day in a list": in its lookahead).
        "day month": Gate(DIGIT, _MONTHS_EN),
        "month day": Gate(DIGIT, _MONTHS_EN),
        "day in a list before a month": Gate(DIGIT, _MONTHS_EN),
        "month year": Gate(DIGIT, _MONTHS_EN),
        # WEEKDAY_EN (each ends in "day") and DAY.
        "weekday day": Gate(DIGIT, "day"),
        # "(?=\d)", and "(?i:the)" in both forms of the lookbehind.
        "day of the month": Gate(DIGIT, "the"),
        # "{DAY}/{DAY}".
        "day/month": Gate(DIGIT, "/"),
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
