"""Gates of the age patterns: what a post must hold for each pattern to match (see gated.py).

Each gate is a necessary condition of its pattern in age_patterns_en.py or age_patterns_fr.py,
argued beside it from the pattern's mandatory parts (a lookbehind that must hold counts; a
negative one does not). Changing a pattern means checking its gate here.
"""

from __future__ import annotations

from types import MappingProxyType

import regex  # type: ignore[import-untyped]  # the patterns' engine: the same `\d`

from screener.recognizers.age_words import KIN_EN_WORDS
from screener.recognizers.gated import DIGIT, Gate, en_ordinal, has_digit

# Every English age in words (age_words.EN_WORD_NUM) contains one of these: the units, "ten",
# "eleven", "twelve", the teens ("-teen"), the tens ("sixty" to "ninety" contain their unit)
# and "hundred". With DIGIT: a number (NUM or EN_WORD_NUM) is there.
_EN_NUMBER = (
    DIGIT,
    *"one two three four five six seven eight nine ten eleven twelve teen twenty thirty forty "
    "fifty hundred".split(),
)
# The same from ten (age_words.EN_WORD_NUM10): no units alone.
_EN_NUMBER10 = (
    DIGIT,
    *"ten eleven twelve teen twenty thirty forty fifty sixty seventy eighty ninety hundred".split(),
)
# The English ages in words alone (EN_WORD_NUM without NUM): the words of _EN_NUMBER.
_EN_WORDS = _EN_NUMBER[1:]
# The last word of every French number in words (age_words.FR_WORD_NUM): units ("une?"),
# teens, tens ("quatre-vingts", "soixante") and "cent".
_FR_LAST_WORDS = tuple(
    "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
    "seize vingt vingts trente quarante cinquante soixante septante huitante octante nonante "
    "cent".split()
)
# The units of time after a French age, after its whitespace: ANS_FR ("ans?", "mois"),
# "printemps" and "bougies" ("ses 8 printemps"): each starts with one of these.
_FR_UNITS = (" an", " mois", " printemps", " bougies")


def fr_years(folded: str) -> bool:
    """Whether a number, in digits or French words, stands before a French unit of time.

    Every French pattern but the ordinals holds `{FR_NUM}\\s+` then a unit of _FR_UNITS: with
    whitespace runs made one space (Python's whitespace includes the patterns' `\\s`), the
    unit follows " " right after a digit or the last word of a number in words.
    """
    spaced = " ".join(folded.split())
    for unit in _FR_UNITS:
        at = spaced.find(unit)
        while at > 0:
            if has_digit(spaced, at - 1) or spaced.endswith(_FR_LAST_WORDS, 0, at):
                return True
            at = spaced.find(unit, at + 1)
    return False


# TAG_NUM's last two digits, whitespace or none, then "[MF]" (folded to "m" or "f").
_EN_TAG = regex.compile(r"\d\d\s?[mf]")


def en_tag(folded: str) -> bool:
    """Whether two digits stand before an "m" or "f" ("34F", "28 M"), as an age-sex tag needs."""
    return _EN_TAG.search(folded) is not None


_SEX_FIRST_TAG = regex.compile(r"(?:^|\n)\s*[mf],\s?\d")


def sex_first_tag(folded: str) -> bool:
    """Whether a post or a line opens with "F, " or "M, " and a digit ("F, 29.")."""
    return _SEX_FIRST_TAG.search(folded) is not None


_AT_DIGIT = Gate(DIGIT, "at")  # AT_DIGIT: "(?=\d)" after "(?i:at)"
_COMMA_DIGIT = Gate(DIGIT, ",")  # an age in commas: NUM after a lookbehind ending in ","

GATES = MappingProxyType(
    {
        # "(?i:old)" closes every shape; NUM or EN_WORD_NUM before the unit.
        "n-year-old": Gate("old", _EN_NUMBER),
        # NUM, then "(?i:of\s+age)".
        "n years of age": Gate(DIGIT, "age"),
        # "(?i:aged|age\s*:|age(?:\s+of)?)", then NUM or words.
        "aged n": Gate("age", _EN_NUMBER),
        # NUM, then "(?i:yo|y/o|y\.o\.?)".
        "n yo": Gate(DIGIT, ("yo", "y/o", "y.o")),
        # NUM or EN_WORD_NUM10 after a lookbehind ending in ","
        "age after a name": Gate(_EN_NUMBER10, ","),
        "age after a relative": _COMMA_DIGIT,
        "age after a person noun": _COMMA_DIGIT,
        # The lookbehind's verb "(?i:is|was|turned|has\s+just\s+turned)", then NUM or words.
        "relative is n": Gate(("is", "was", "turned"), _EN_NUMBER),
        # A relative word (KIN_EN or KIN_AS_NAME, all in KIN_EN_WORDS) before "'s"/"s", then
        # NUM or words.
        "relative's n": Gate(KIN_EN_WORDS, _EN_NUMBER),
        # "(?i:is|was|turned|turns)" in the lookbehind, then NUM or words.
        "name is n": Gate(_EN_NUMBER, ("is", "was", "turn")),
        # "1[3-9]|[2-9]\d" before "(?=,\s+\p{Ll})".
        "age opening an introduction": Gate(DIGIT),  # a comma or "and" after the age
        "at n after an event": _AT_DIGIT,
        "at n after an event, clause goes on": _AT_DIGIT,
        "at n after an event, as a subject": _AT_DIGIT,
        "at n, then a subject": _AT_DIGIT,
        # ", at " in the lookbehind, then NUM13, then ",".
        "at n, in commas": Gate(DIGIT, "at", ","),
        # "(?i:at)" in the lookbehind; words or NUM13, each followed by "(?=,".
        "at n, opening": Gate("at", ",", _EN_NUMBER),
        # "(?i:happy)" in the lookbehind, then NUM.
        "happy nth to": Gate(DIGIT, "happy", en_ordinal),
        # A celebration word in the lookbehind, then NUM.
        "possessive nth, celebrated": Gate(
            DIGIT, ("celebrat", "mark", "plann", "organis", "organiz"), en_ordinal
        ),
        # "(?i:for)" or "(?i:it['’]s|it\s+is|it\s+was)" in the lookbehind, then NUM13.
        "possessive nth, for": Gate(DIGIT, ("for", "it"), en_ordinal),
        # "['’]s" in the lookbehind, then NUM13 and ORD_EN.
        "someone's nth": Gate(DIGIT, ("'s", "’s"), en_ordinal),
        # NUM and ORD_EN, then "(?=\s+(?i:party|bash|celebrations?|do|bday\s+party)\b)".
        "nth party": Gate(DIGIT, ("party", "bash", "celebration", "do"), en_ordinal),
        # "\({NUM}\)".
        "age in brackets": Gate(_EN_NUMBER, "("),  # "(" then NUM or words
        # "[(\[]" in the lookbehind, then TAG_NUM.
        "age-sex tag": Gate(DIGIT, ("(", "[")),
        # Both forms: TAG_NUM, "\s?", then "[MF]" (en_tag).
        "age-sex tag, opening": Gate(DIGIT, en_tag),
        # "[MF], " then TAG_NUM at a post's or a line's start (sex_first_tag).
        "sex-age tag, opening": Gate(DIGIT, sex_first_tag),
        # NUM, then "(?i:birthday|bday|b-day)".
        "nth birthday": Gate(DIGIT, ("birthday", "bday", "b-day")),
        "nth birthday wishes to": Gate(DIGIT, ("birthday", "bday", "b-day")),
        "nth birthday in words": Gate(("birthday", "bday", "b-day")),
        # "(?i:diagnosed|dx['’]?d)" and "(?i:at)" in the lookbehind, then EN_WORD_NUM.
        "diagnosed at n in words": Gate(("diagnosed", "dx"), "at", _EN_WORDS),
        # "s?he" in every subject of the lookbehind, then "two" to "nine".
        "she is n in words": Gate(
            "he", ("two", "three", "four", "five", "six", "seven", "eight", "nine")
        ),
        # "\(", a name and ",\s?" in the lookbehind, then NUM.
        "name and age in brackets": Gate(DIGIT, "(", ","),
        # "(?i:turn|turned|turns|turning)" in the lookbehind, then NUM or words.
        "turned n": Gate("turn", _EN_NUMBER),
        # NUM or EN_WORD_NUM10 after the subject.
        "she is n": Gate(_EN_NUMBER10),
        # The lookbehind's "(?:his|her|my|your)", then "\d0" or "twenties"... "nineties".
        "in her 80s": Gate((DIGIT, "ties"), ("his", "her", "my", "your")),
        # "centenarian" and "-genarian" both end in "enarian".
        "-genarian": Gate("enarian"),
        # "(?i:âgée?|agée?)", then FR_NUM and ANS_FR.
        "âgé de n ans": Gate(("âgé", "agé"), fr_years),
        # "(?i:l['’]âge|l['’]age)", then FR_NUM and ANS_FR.
        "l'âge de n ans": Gate(("l'âge", "l’âge", "l'age", "l’age"), fr_years),
        # FR_NUM, "\s+", ANS_FR.
        "a n ans": Gate(fr_years),
        # ", " in the lookbehind, then FR_NUM and ANS_FR.
        "âge après un prénom, fin de ligne": Gate(",", fr_years),
        "personne de n ans": Gate(fr_years),
        # FR_NUM, "\s+", "(?i:ans|printemps|bougies)".
        "ses n ans": Gate(fr_years),
        # "(?i:son|mon|ton)" in the lookbehind, then NUM.
        "son ne, fêté": Gate(DIGIT, ("son", "mon", "ton")),
        # NUM, ORD_FR, "(?i:anniversaire)".
        "ne anniversaire": Gate(DIGIT, "anniversaire"),
        # FR_NUM, "\s+", "(?i:ans)".
        "âge après un nom": Gate(fr_years),
        # "(" in the lookbehind, then FR_NUM, "\s+", "(?i:ans)".
        "(n ans)": Gate("(", fr_years),
        # "," in the lookbehind, then FR_NUM, "\s+", "(?i:ans)".
        "n ans entre virgules": Gate(",", fr_years),
        # "\(", a word and "," in the lookbehind, then FR_NUM, "\s+", "(?i:ans|mois)".
        "(nom, n ans)": Gate("(", ",", fr_years),
        # "(?:1[3-9]|[2-9]\d)\s+ans", then "\s+et" or "\s*,".
        "âge ouvrant une présentation": Gate(DIGIT, ("et", ","), fr_years),
        "à n ans": Gate(fr_years),
        # "-génaire"/"-genaire" ("g[ée]naire") or "supercentenaire".
        "-génaire": Gate(("génaire", "genaire", "centenaire")),
    }
)
