"""Event cues: the words that tie a weekday, a month or a year to one person's event.

"died on Saturday", "admitted in March 2021", "born in 1932": a cue counts only in the same
sentence and within a few words of the date.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

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
BIRTH_CUE = re.compile(
    r"(?<!\w)(?:born|died|b\.|d\.|dob|deceased|passed away|birth|née?|décédée?|morte?|naissance)"
    r"\s*:?\s*(?:in|on|en|during)?\s*$",
    re.I,
)
# Where a sentence ends: a cue in another sentence is about something else.
_SENTENCE_END = re.compile(r"[.!?\n;]")


def same_sentence(text: str, a: RecognizerResult, b: RecognizerResult) -> bool:
    """True when nothing ends a sentence between two results."""
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return lo <= hi and not _SENTENCE_END.search(text, lo, hi)


def words_before(text: str) -> str:
    """The last CUE_WORDS_BEFORE words of `text`, within its last sentence."""
    sentence = _SENTENCE_END.split(text[-200:])[-1]
    return " ".join(sentence.split()[-CUE_WORDS_BEFORE:])


def words_after(text: str) -> str:
    """The first CUE_WORDS_AFTER words of `text`, within its first sentence."""
    sentence = _SENTENCE_END.split(text[:200])[0]
    return " ".join(sentence.split()[:CUE_WORDS_AFTER])


def has_event_cue(before: str, after: str = "") -> bool:
    """Whether a person's event (birth, death, admission, surgery...) is named next to a date.

    `before` and `after` are the texts on either side of the date; only the same sentence
    and a few words (CUE_WORDS_BEFORE / CUE_WORDS_AFTER) count.
    """
    return bool(_CUE.search(words_before(before)) or _CUE.search(words_after(after)))
