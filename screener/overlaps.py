"""Resolve overlapping findings into one clean, ordered list.

Several recognizers can claim the same characters: spaCy calls "Parkinson" a person where the
health vocabulary sees "Parkinson's disease"; a facility pattern and spaCy both see "Leeds
General Infirmary". The rules:
- a health term that covers a person or place wins (eponymous diseases, "Lyme disease"),
  unless it is the very same words and a cue scored the person higher ("my daughter Amelia":
  a family word names her; "amelia" is also a birth defect);
- among identifiers, an identity number (checksum-validated or named by its context: NHS, NIR,
  record numbers...) beats any other reading of the same digits (a phone number); a specific
  recognizer (pattern, context) beats spaCy's generic NER; then the longer span, then the score;
- among health terms, the longer span, then the higher score.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from screener.types import Finding

# spaCy NER types: generic guesses that yield to any specific recognizer on the same text.
_GENERIC = frozenset({"PERSON", "LOCATION", "COUNTRY", "DATE"})
# Identity numbers: only reported after a checksum or a naming context, so they are the most
# deliberate reading of a run of digits.
_ID_NUMBERS = frozenset(
    {"NHS_NUMBER", "FR_NIR", "CH_AVS", "BE_NISS", "LU_MATRICULE", "US_SSN", "IE_PPSN",
     "ZA_ID_NUMBER", "IN_AADHAAR",
     "MEDICAL_RECORD_NUMBER",
     "INSURANCE_NUMBER",
     "CREDIT_CARD", "IBAN_CODE"}
)  # fmt: skip


def _covers(outer: Finding, inner: Finding) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _overlap(a: Finding, b: Finding) -> bool:
    return a.start < b.end and b.start < a.end


# Lower-case words a NER guess may start with before the name proper ("la Ventoline", "the
# Zoladex"): articles, which a drug or a disease does not need.
_LEADING_ARTICLE = re.compile(r"^(?:(?:la|le|les|l['’]|the|du|de|des)\b\s*)*", re.IGNORECASE)


def _named_in(health: Finding, guess: Finding) -> bool:
    """A NER guess whose words, leading article aside, are a health term's ("la Ventoline")."""
    article = _LEADING_ARTICLE.match(guess.text)
    start = guess.start + (article.end() if article else 0)
    return health.start <= start and guess.end <= health.end


# spaCy's score for a person it tags: a bare NER guess. Only a reading a cue raised above it
# ("my daughter Amelia", 0.9) outranks a health term of the same words; "Fièvre brutale"
# opening a line, tagged PER, is a symptom.
NER_PERSON_SCORE = 0.85


def _cued_name(person: Finding, health: Finding) -> bool:
    """The same words, scored higher as a person than as a health term and than a bare NER
    guess."""
    same = (person.start, person.end) == (health.start, health.end)
    return same and person.score > max(health.score, NER_PERSON_SCORE)


def _rank(f: Finding) -> tuple[int, int, float]:
    tier = 2 if f.entity_type in _ID_NUMBERS else 0 if f.entity_type in _GENERIC else 1
    return (tier, f.end - f.start, f.score)


def resolve(findings: Iterable[Finding]) -> list[Finding]:
    """Drop the losers of every overlap; return findings ordered by position."""
    items = sorted(findings, key=_rank, reverse=True)
    health = [f for f in items if f.category == "health"]
    kept: list[Finding] = []
    for f in items:
        generic = f.category == "identifier" and f.entity_type in _GENERIC
        if generic and any(_named_in(h, f) and not _cued_name(f, h) for h in health):
            continue  # an eponym or a disease named after a place
        if any(k.category == f.category and _overlap(k, f) for k in kept):
            continue
        kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end))


# A patronymic particle joining a given name to the father's ("Khadijetou mint Mohamed",
# "Brahim ould Cheikh", "Nurul binti Ahmad", "Intalla ag Ahmedou"), which spaCy often cuts in
# two people or reads only in part ("Abdallahi ould Ely": "Ely").
_PATRONYMIC_BEFORE = re.compile(
    r"(?:(?-i:[A-ZÀ-Ý])[\w'’-]*\.?\s+)?(?-i:[A-ZÀ-Ý])[\w'’-]+\s+"
    r"(?:ould|mint|bint|binti|bin|ibn|ag)\s+\Z"
)


def join_patronymics(text: str, findings: list[Finding]) -> list[Finding]:
    """One person for a name joined by a patronymic particle: the name after the particle
    reaches back to the given name before it (and to a title: "M. Brahim ould Cheikh")."""
    out = list(findings)
    for f in findings:
        if f.entity_type != "PERSON":
            continue
        head = _PATRONYMIC_BEFORE.search(text, max(0, f.start - 40), f.start)
        if head is None:
            continue
        start = head.start()
        merged = Finding(start, f.end, "PERSON", f.category, f.score, text[start : f.end])
        out = [
            g for g in out if g is not f and not (g.category == f.category and _overlap(g, merged))
        ]
        out.append(merged)
    return sorted(out, key=lambda g: (g.start, g.end))
