"""Dates that can single out a person, and the test that drops generic times found by spaCy.

Reported: explicit day-level dates ("3/23/1940", "1993-01-04 14:56", "12 March 2021", "March
12th", "le 3 mars 2024"), days of the month without a month ("on the 12th", "on 14/02"),
named days of the year ("Boxing Day", "le jour de l'An"), and periods tied to a person's event
by a cue word in the same sentence ("died on Saturday", "In May 2016 she was admitted", "born
in 1932", "admitted over Christmas", "opérée le 12"). A weekday, a month of a year or a bare
year with no such cue is a period everyone shares ("open on Saturday", "in 2023") and is not
reported; relative times, durations and frequencies ("today", "48 hours", "every Monday", "la
semaine dernière") never are. Patterns are
case-sensitive unless marked `(?i:)`: "May" and "March" are months, "may" and "march" verbs.
"""

from __future__ import annotations

import re
from typing import ClassVar

import regex  # type: ignore[import-untyped]  # Presidio's regex engine (\p{..}, lookbehinds)
from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from screener.recognizers.checked import CheckedPatternRecognizer

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
    # "03.03.24": with dots, only zero-padded two-digit parts (European dates are written so;
    # versions are not: "3.8.10", "2.3.12"). IP addresses fail _NOT_BEFORE_NUMBER.
    Pattern(
        "numeric date, short year, dots",
        rf"{_NOT_AFTER_NUMBER}(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|[12]\d|3[01])\.\d{{2}}"
        rf"{_NOT_BEFORE_NUMBER}",
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

# --- days without a month, and named days of the year --------------------------------------
# A day reference ends its phrase: punctuation, the end of a line, or a word that starts the
# next phrase ("on the 12th at 3pm", "on the 12th, Mum...", "le 12 au matin"). A noun right
# after it makes the number a modifier of that noun, not a date: "on the 3rd floor", "the 2nd
# dose", "le 12 rue des Lilas", "on 1/2 a tablet". A closed list of phrase starters covers
# every such noun, named or not, where a list of nouns to refuse ("floor", "cycle",
# "round"...) would always miss the next one. (Named days: see _HOLIDAY_ENDS_EN.)
_FUNCTION_EN = (
    r"but|so|then|when|while|as|because|if|after|before|at|around|about|in|on|with|for|from|"
    r"by|this|last|next|i|we|he|she|they|it|you|my|our|his|her|their|its|was|were|is|are|will|"
    r"would|had|has|have|did|got|too|again|please"
)
# Coordinators: "on the 5th and" ends a date, "on the 2nd and 3rd dose" does not (checked by
# refusing a number after them unless that number itself ends a date: _DAY_ENDS_EN).
_COORD_EN = r"and|or|to|until|till|through"
_FUNCTION_FR = (
    r"mais|puis|alors|donc|quand|lorsque|avec|sans|à|aux|en|pour|après|avant|chez|vers|dans|"
    r"depuis|je|j|il|elle|on|nous|vous|ils|elles|mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|"
    r"ce|cet|cette|c|ça|a|ai|ont|est|était|sera|suis|me|m|se|s|y|dernier|dernière|prochain|"
    r"prochaine"
)
_COORD_FR = r"et|ou|au"
# Punctuation, a symbol or an emoji ends the phrase; "-", "/", "%", "°"... continue a number.
_PUNCT_END = r"\s*(?:[^\w\s\-/%°+*=<>&]|$)"
_END_EN = (
    rf"(?:{_PUNCT_END}|\s+(?i:{_FUNCTION_EN})\b|"
    rf"\s+(?i:{_COORD_EN})\b(?!\s+(?:(?i:the)\s+)?\d))"
)
_END_FR = (
    rf"(?:{_PUNCT_END}|\s+(?i:{_FUNCTION_FR})\b|"
    rf"\s+(?i:{_COORD_FR})\b(?!\s+(?:(?i:le)\s+)?\d))"
)
_ORD_DAY_EN = rf"{_DAY}{_ORD_EN}"
# A day number ends a date: alone, or coordinated with another that does ("on the 5th and
# 6th"), or "of this month"; not "on the 10th and 50th centiles".
_DAY_ENDS_EN = (
    rf"(?={_END_EN}|\s+(?i:of)\s+(?i:this|next|last|the)\s+(?i:month)\b|"
    rf"\s*(?:&|-|–|(?i:{_COORD_EN})\b)\s*(?:(?i:the)\s+)?{_ORD_DAY_EN}{_END_EN})"
)
_DAY_ENDS_FR = rf"(?={_END_FR}|\s*(?:&|-|–|(?i:{_COORD_FR})\b)\s*(?:(?i:le)\s+)?{_DAY_FR}{_END_FR})"
_TIME_OF_DAY_EN = r"morning|afternoon|evening|night|lunchtime|teatime"
_KIN_EN = r"mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandad|grandpa"
# After a named day, a lower-case noun is allowed ("Easter Sunday service at 10am" is on that
# day) unless a determiner makes the pair a thing ("our Halloween party", "the Boxing Day
# sales": _not_a_date); a capitalised word names an event or campaign ("Mother's Day
# Appeal", "Valentine's Day Ball") and is refused here.
_HOLIDAY_ENDS_EN = (
    rf"(?={_END_EN}|\s+(?i:{_TIME_OF_DAY_EN}|{_KIN_EN})\b|\s+(?i:of)\s+(?:{_YEAR}|"
    rf"(?i:all|that|this|last)\b)|\s+[a-z])"
)
_HOLIDAY_ENDS_FR = rf"(?={_END_FR}|\s+(?i:matin|soir|midi|après-midi|nuit)\b)"

# Named days of the year. Each is one day of each year, exactly as "25 December" or "14 June"
# are, and day-month dates are reported without a cue (a day is a quasi-identifier however it
# is written): so these are reported alone, just below the explicit dates. They are not
# lifted like weekdays, since a weekday recurs every week and is mostly a schedule ("open on
# Saturday"), while "Boxing Day" or "la Toussaint" are written about one occurrence. Event
# and campaign names ("Mother's Day Appeal", "the Valentine's Day Ball") fail the phrase end
# or the determiner test, greetings and habits ("Happy Mother's Day", "every Christmas Eve")
# are dropped in DateMentionRecognizer.analyze (_not_a_date). Words that also mean something
# else are case-sensitive: "Independence Day" (not "my independence day"), "Thanksgiving" (not
# "a thanksgiving service"), "Mother's Day" (not "ruined my father's day": a capital M/F or D),
# saints' days ("St George's Day", not "St George's day unit", a hospital's day-case unit).
_HOLIDAY_EN = (
    r"(?i:christmas|xmas)\s+(?i:eve|day|morning|night)"
    r"|(?i:boxing\s+day|hogmanay|hallowe['’]?en|bonfire\s+night|pancake\s+day)"
    r"|(?i:new\s+year)(?:['’]?s)?\s+(?i:eve|day)"
    r"|(?i:(?:st\.?\s+|saint\s+)?valentine)(?:['’]?s)?\s+(?i:day)"
    r"|(?:Mother|Father)(?:['’]?s)?\s+(?i:day)|(?i:mother|father)(?:['’]?s)?\s+Day"
    r"|Mothering\s+Sunday"
    r"|(?:St\.?|Saint)\s+(?:Patrick|Paddy|Andrew|David|George|Stephen)['’]?s\s+Day"
    r"|(?:Good|Holy)\s+(?:Friday|Saturday)|Maundy\s+Thursday|Ash\s+Wednesday|Shrove\s+Tuesday"
    r"|Palm\s+Sunday|Whit\s+(?:Sunday|Monday)|(?i:easter)\s+(?i:sunday|monday|day|eve)"
    r"|Remembrance\s+(?:Sunday|Day)|Armistice\s+Day|Burns\s+Night|Guy\s+Fawkes['’]?\s+Night"
    r"|Thanksgiving(?:\s+Day)?|Independence\s+Day|Memorial\s+Day|Veterans['’]?\s+Day"
    r"|(?i:fourth)\s+of\s+July"
)
# "le jour de Noël", "la veille de Noël", "le soir du réveillon", "la Saint-Sylvestre", "le
# jour de l'An", "le lundi de Pâques", "la Toussaint", "la Fête des mères" ("le 14 Juillet"
# and "le 1er mai" are day-month dates already). Saints' days, "Toussaint" (also a surname)
# and "Fête des..." need their article "la"; "les vacances de la Toussaint" are a fortnight.
_HOLIDAY_FR = (
    r"(?i:(?:jour|veille|soir|matin|nuit|lendemain|réveillon)\s+de\s+no[ëe]l"
    r"|(?:soir|nuit)\s+du\s+réveillon(?:\s+de\s+no[ëe]l|\s+de\s+la\s+saint-sylvestre|"
    r"\s+du\s+nouvel\s+an)?"
    r"|réveillon\s+(?:de\s+no[ëe]l|du\s+nouvel\s+an|de\s+la\s+saint-sylvestre)"
    r"|(?:veille\s+du\s+)?jour\s+de\s+l['’]an|premier\s+de\s+l['’]an"
    r"|(?:lundi|dimanche)\s+de\s+(?:pâques|paques|pentecôte|pentecote)|vendredi\s+saint"
    r"|jeudi\s+de\s+l['’]ascension|hallowe['’]?en)"
    r"|(?<=\b(?i:la)\s+)(?<!(?i:vacances|congés|conges)\s+de\s+la\s+)"
    r"(?i:saint-sylvestre|saint-valentin|saint-patrick|saint-jean|saint-nicolas|toussaint|"
    r"chandeleur|pentecôte|pentecote|f[êe]te\s+des\s+(?:m[èe]res|p[èe]res|grands-m[èe]res|"
    r"grands-p[èe]res))"
    r"|(?<=\b(?i:le|au|du)\s+)(?i:nouvel\s+an)"
)
_HOLIDAY_SCORE = 0.7  # above a lifted weekday (0.65): "Easter Monday" absorbs its "Monday"

_DAYS_EN = [
    # "on the 5th", "since the 12th", "the weekend of the 12th", "from the 3rd to the 10th":
    # after a preposition that introduces a date, and ending its phrase (_DAY_ENDS_EN). Not
    # after "after" / "before" / "by": "after the 2nd I was wiped out" is a dose, a cycle or a
    # baby as often as a date. Reported alone like "12 March": "on the 12th" reads as a date.
    # The "(?=\d)" (a letter for seasons) before a look-behind of this section keeps it from
    # being tried at every position: backwards over a run of spaces it is quadratic.
    Pattern(
        "day of the month",
        rf"(?=\d)(?<=\b(?:(?i:on|since|from|until|till|between)|(?i:week|weekend|morning|"
        rf"afternoon|"
        rf"evening|night|end|start|beginning|middle)\s+(?i:of))\s+(?i:the)\s+|"
        rf"\b(?i:on|since|from|between)\s+(?i:the)\s+{_ORD_DAY_EN}\s*(?:&|-|–|"
        rf"(?i:{_COORD_EN}))\s*(?:(?i:the)\s+)?){_ORD_DAY_EN}\b{_DAY_ENDS_EN}",
        0.6,
    ),
    # "on 14/02", "since 3/3": a day and month without a year, after a preposition of dates
    # (not "by 2/3", "after 1/2": fractions); "on 1/2 a tablet" fails the phrase end, and
    # invalidate_result refuses "24/7" and pairs that cannot be a day and a month.
    Pattern(
        "day/month",
        rf"(?=\d)(?<=\b(?i:on|since|from|until|till|dated)\s+){_DAY}/{_DAY}(?![\d/])"
        rf"{_DAY_ENDS_EN}",
        0.6,
    ),
    # "the 5th and 6th of May", "3, 4 and 5 March", "3rd-5th June": the days listed before a
    # month are dates too (the last one is a "day month"). At most 7 days in a list: a
    # longer run of numbers is a table, and an unbounded look-ahead is quadratic in it.
    Pattern(
        "day in a list before a month",
        rf"{_NOT_AFTER_NUMBER}\b{_DAY}{_ORD_EN}?(?=(?:\s*(?:,|&|-|–|(?i:and|or|to|till|until|"
        rf"through))\s*(?:(?i:the)\s+)?{_DAY}{_ORD_EN}?\b){{1,6}}\s+(?:(?i:of)\s+)?{_MONTH_EN}"
        rf"(?![\w]))",
        0.8,
    ),
    Pattern(
        "named day",
        rf"\b(?:{_HOLIDAY_EN})(?:,?\s+{_YEAR})?(?![\w'’]){_HOLIDAY_ENDS_EN}",
        _HOLIDAY_SCORE,
    ),
]
_DAYS_FR = [
    # "le 14/02", "depuis le 3/3"
    Pattern(
        "jour/mois",
        rf"(?=\d)(?<=\b(?i:le|jusqu['’]au)\s+){_DAY}/{_DAY}(?![\d/]){_DAY_ENDS_FR}",
        0.6,
    ),
    # "les 5 et 6 décembre", "du 3 au 5 mars", "entre le 3 et le 5 mai"
    Pattern(
        "quantième d'une liste",
        rf"{_NOT_AFTER_NUMBER}\b{_DAY_FR}(?=(?:\s*(?:,|&|-|–|(?i:et|ou|au|à))\s*(?:(?i:le)\s+)?"
        rf"{_DAY_FR}\b){{1,6}}\s+{_MONTH_FR}(?![\w]))",
        0.8,
    ),
    Pattern(
        "jour férié ou fête",
        rf"\b(?:{_HOLIDAY_FR})(?:\s+{_YEAR})?(?![\w'’-]){_HOLIDAY_ENDS_FR}",
        _HOLIDAY_SCORE,
    ),
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
    # "over Christmas", "at Easter", "since New Year": a season of several days, shared by
    # everyone and mostly written about in general ("At Christmas, people with dementia may
    # feel lost"), so only after a preposition of time and lifted by an event cue alone (not
    # by a health detail: see enhance_using_context). "at Christmas time", "the Easter
    # holidays", "Chinese New Year" fail the preposition or the phrase end.
    Pattern(
        "season",
        rf"(?=[CcXxEeNn])(?<=\b(?i:on|at|over|during|since|before|after|until|till|around|"
        rf"last|this|from)\s+)"
        rf"(?:(?i:christmas|xmas|easter)|(?i:new\s+year)(?:['’]s)?)(?:\s+{_YEAR})?(?![\w'’])"
        rf"(?={_END_EN}|\s+(?i:dinner|lunch|{_TIME_OF_DAY_EN}|{_KIN_EN})\b)",
        _PERIOD_SCORE,
    ),
]
_PERIODS_FR = [
    # "samedi", "samedi dernier": not "le samedi" / "tous les samedis" (habits)
    Pattern(
        "jour de la semaine",
        rf"(?<!\b(?i:chaque|les|le|certains|plusieurs)\s+)\b{_WEEKDAY_FR}\b",
        _PERIOD_SCORE,
    ),
    Pattern("mois année", rf"\b{_MONTH_FR}\s+{_YEAR}\b", _PERIOD_SCORE),
    # "opérée le 12", "rendez-vous le 3 à 14h", "hospitalisé jusqu'au 20": a bare number is a
    # day of the month as often as it is the SAMU ("appelez le 15"), a bus, a room or a score,
    # so it is a period lifted like a weekday; never after a calling verb ("appelez
    # immédiatement le 15", "composez le 15 ou le 112"), nor near emergency words
    # (_EMERGENCY_DAYS, checked in _not_a_date).
    Pattern(
        "quantième seul",
        rf"(?=\d)(?<=\b(?i:le|jusqu['’]au)\s+)(?<!\b(?i:appel\w*|compos\w*|faites|faire|fais|"
        rf"contact\w*|joindre|joign\w*|num[ée]ro|t[ée]l[ée]phon\w*|pren\w*)(?:\s+\w+)?\s+"
        rf"(?i:le)\s+){_DAY_FR}\b{_DAY_ENDS_FR}",
        _PERIOD_SCORE,
    ),
    # "à Noël", "depuis Pâques", "pendant le réveillon": as "over Christmas" above.
    Pattern(
        "fête de plusieurs jours",
        rf"(?=[NnPpRr])(?:(?<=\b(?i:à|avant|après|depuis|pendant|durant|dès|jusqu['’]à|vers)\s+)"
        rf"(?i:noël|noel|pâques|paques)|(?<=\b(?i:le|au|du)\s+)(?i:réveillon))"
        rf"(?:\s+{_YEAR})?(?![\w'’-]){_HOLIDAY_ENDS_FR}",
        _PERIOD_SCORE,
    ),
]
# Seasons are lifted by an event cue only; the other periods by a cue or a health detail.
_SEASON_NAMES = frozenset({"season", "fête de plusieurs jours"})
_PERIOD_NAMES = frozenset(p.name for p in (*_PERIODS_EN, *_PERIODS_FR)) - _SEASON_NAMES
# Named days and seasons, dropped in greetings and habits (DateMentionRecognizer.analyze).
_HOLIDAY_NAMES = _SEASON_NAMES | {"named day", "jour férié ou fête"}
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


# "3/23/1940" -> 3, 23 and "14/02" -> 14, 2 (day-month order unknown; one must be <= 12)
_NUMERIC_PARTS = re.compile(r"^(\d{1,2})[/.-](\d{1,2})(?:[/.-]\d{2,4})?$")
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
_NOUN_AFTER = re.compile(rf"\s+(?!(?:{_FUNCTION_EN}|{_COORD_EN}|{_TIME_OF_DAY_EN}|of)\b)[a-z]")
# French emergency numbers that are also days: "En cas de malaise, le 15." is the SAMU.
_EMERGENCY_DAYS = frozenset({"15", "17", "18"})
_EMERGENCY_WORDS = re.compile(
    r"\b(?:urgences?|samu|secours|pompiers|police|gendarmerie|appel\w*|compos\w*)\b",
    re.IGNORECASE,
)


def _patterns(language: str) -> list[Pattern]:
    """The date patterns for a language (English for any other)."""
    if language == "fr":
        return [*_NUMERIC, *_EXPLICIT_FR, *_DAYS_FR, *_PERIODS_FR, _BIRTH_YEAR_FR]
    return [*_NUMERIC, *_EXPLICIT_EN, *_DAYS_EN, *_PERIODS_EN, _BIRTH_YEAR_EN]


class DateMentionRecognizer(CheckedPatternRecognizer):
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
        """Refuse numeric dates where neither of the first two numbers can be a month.

        "24/7" is round-the-clock, never the 24th of July.
        """
        parts = _NUMERIC_PARTS.match(pattern_text)
        if parts is None:
            return False
        return min(int(parts[1]), int(parts[2])) > 12 or pattern_text == "24/7"

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """Refuse holidays in greetings and habits, and emergency numbers."""
        return not _not_a_date(text, result)

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
        """
        health = [r for r in other_raw_recognizer_results if r.entity_type in HEALTH_EVENTS]
        for result in raw_recognizer_results:
            name = result.analysis_explanation.pattern_name
            if name not in _PERIOD_NAMES and name not in _SEASON_NAMES:
                continue
            cued = has_event_cue(text[: result.start], text[result.end :])
            if name in _PERIOD_NAMES:
                cued = cued or any(_same_sentence(text, result, h) for h in health)
            if cued:
                result.score += PERIOD_BOOST
                result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = (
                    True
                )
        return raw_recognizer_results


def _not_a_date(text: str, result: RecognizerResult) -> bool:
    """A holiday greeted or habitual, or a French emergency number read as a day."""
    name = result.analysis_explanation.pattern_name if result.analysis_explanation else None
    before = text[: result.start]
    if name in _HOLIDAY_NAMES:
        if _GREETING.search(before[-40:]) or _HABITUAL.search(_words_before(before)):
            return True
        if name != "named day":  # the tests below are English; French needs its article
            return False
        if _name_part_before(before[-60:]):
            return True
        return bool(_DETERMINER_BEFORE.search(before[-20:]) and _NOUN_AFTER.match(text, result.end))
    if name == "quantième seul" and text[result.start : result.end] in _EMERGENCY_DAYS:
        sentence = _words_before(before) + " " + _words_after(text[result.end :])
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
    generic: the DateMentionRecognizer finds the cued ones itself, and the named days of the
    year ("Christmas Day") and days of the month ("the 12th") with the context they need.
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
