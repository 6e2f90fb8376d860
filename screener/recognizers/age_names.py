"""Whether the capitalised words before an age in name position are a name.

"Margaret Ellis, 94" and "my nan (94)" are; "Since January, 94" and "In Leeds, 94" (an
introductory phrase) are not.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from screener.gazetteers import first_name_level
from screener.recognizers.age_words import KIN_EN_WORDS

# Patterns whose number is an age only if the capitalised words before it are a name.
_AFTER_NAME = ("age after a name", "age in brackets", "âge après un nom", "name is n")
# Patterns whose number is an age only after a known first name ("Jeanne, 91 ans 👏").
_AFTER_FIRST_NAME = ("âge après un prénom, fin de ligne",)
# Capitalised words that are not names: an introductory phrase ("Since January, 94 ...").
_NOT_NAME_WORDS = (
    "in", "on", "at", "since", "by", "during", "from", "after", "before", "until", "of", "for",
    "with", "among", "across", "overall", "total", "today", "yesterday", "tomorrow", "also",
    "however", "then", "so", "and", "but", "or", "wards", "ward", "beds", "bed", "rooms", "room",
    "figure", "table", "step", "page", "chapter", "section", "item", "question", "part", "level",
    "stage", "grade", "type", "phase", "year", "years", "day", "days", "week", "weeks", "month",
    "months", "cases", "deaths", "patients", "staff", "score", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "en", "depuis",
    "pendant", "dans", "après", "avant", "chez", "pour", "avec", "sur", "sous", "vers", "entre",
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "aujourd'hui", "hier", "demain", "lits",
)  # fmt: skip
NOT_NAMES = frozenset(_NOT_NAME_WORDS)
# A job advert's posts and how many are open ("Oncology Nurse (6)", "Pharmacist (1)"): the
# title's last word right before the number (a title before a name stays one: "Paramedic Jake
# Ostrander, 44").
_JOB_TITLES = frozenset(
    "nurse nurses technologist technologists technician technicians pharmacist pharmacists "
    "officer officers assistant assistants midwife midwives physician physicians therapist "
    "therapists worker workers clerk clerks porter porters radiographer radiographers "
    "sonographer physiotherapist physiotherapists phlebotomist phlebotomists paramedic "
    "paramedics positions posts vacancies infirmier infirmiers infirmière infirmières "
    "postes".split()
)
# Times that may open a sentence right before a name ("Aujourd'hui Moussa, 27 ans, vit ...").
_TIME_OPENERS = frozenset({"aujourd'hui", "aujourd’hui", "today", "now", "désormais"})

# The last words before ", 94" or " (94)" (letters, apostrophes, hyphens; the last may be an
# initial: "Odette P., 67 ans").
_WORDS_BEFORE = re.compile(r"((?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*)\.?\s*,?\s*$")
# A bracketed aside after the name ("M. Dubois (Bulle), 72 ans"): the name is before it.
# An elided French article or preposition glued to the name ("d'Inès", "l'Ahmed").
_ELISION = re.compile(r"^(?:[dlDL]|[qQ]u)['’](?=\w)")
_ASIDE = re.compile(r"\s*\([^()\n]{1,40}\)\s*(?=,?\s*$)")


def after_non_name(text: str, result: RecognizerResult) -> bool:
    """True when a name-position match follows an introductory phrase, not a name.

    The capitalised run before the number is read: "Since January, 94" or "In Leeds, 94"
    starts or ends with a word of NOT_NAMES; "Margaret Ellis, 94" and "My Dad, 94" do not.
    """
    pattern = result.analysis_explanation.pattern_name
    if pattern in _AFTER_FIRST_NAME:
        word = _WORDS_BEFORE.search(text[max(0, result.start - 60) : result.start])
        last = word.group(1).split()[-1] if word else ""
        return first_name_level(last, "fr") is None
    if pattern not in _AFTER_NAME:
        return False
    window = _ASIDE.sub("", text[max(0, result.start - 100) : result.start])
    before = _WORDS_BEFORE.search(window[-60:])
    if before is None:
        return True
    # French elision is not part of the name: "la maman d'Inès, 15 ans" reads "Inès".
    words = [_ELISION.sub("", w) for w in before.group(1).split()]
    if any(w.lower() in KIN_EN_WORDS for w in words[-2:]):  # "my grandad (96)", "my son jack (7)"
        return False
    while words and not words[0][0].isupper():
        words.pop(0)
    if len(words) > 1 and words[0].lower() in _TIME_OPENERS:
        words.pop(0)  # "Aujourd'hui Moussa, 27 ans": a time opening the sentence, then the name
    lowered = [w.lower().removesuffix("'s").removesuffix("’s") for w in words]
    return (
        not lowered
        or lowered[0] in NOT_NAMES
        or lowered[-1] in NOT_NAMES
        or lowered[-1] in _JOB_TITLES
    )
