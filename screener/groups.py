"""Small groups: a few people of one place whose health a post tells ("the residents of Oakfield
House", "two of our night-shift porters", "quatre personnes d'une même famille").

A group of a named home, unit, workplace or household is as identifiable as one person, for
the people around it; a town's or a region's patients are not. Read by the verdict
(screener/policy.py) and its quasi-identifier rules (screener/quasi.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from screener.gazetteers import is_reported_place
from screener.outbreaks import TAKEN_ILL
from screener.recognizers.postal_words import STREET_WORDS
from screener.sentences import sentence, sentence_of
from screener.types import Finding

__all__ = ["counted_taken_ill", "group_near"]

# A small group: the residents of a named home, the patients of a named unit on a given date.
# A group word followed by what makes it particular people ("patients seen at", "residents
# of", "les patients hospitalisés"), not a service's public ("for frail older patients").
_GROUP_AFTER = (
    r"\s+(?:who|that|seen|treated|admitted|attending|at|of|in|on|from|working|qui|vus|vues|"
    r"trait[ée]e?s|hospitalis[ée]e?s|admise?s|de|du|des|à|au|aux)\b"
)
_GROUP_REFERENCE = re.compile(
    r"\b(?:residents|patients|pensioners|r[ée]sidents|patient(?:e)?s|pensionnaires)"
    + _GROUP_AFTER
    # a site's workers, counted ("deux employés de la Scierie Péribonka", "two of our
    # contractors working in the East Pit"), not a public ("for Nepali workers at", "our
    # staff at the depot will give flu jabs")
    # (and a site's other counted people, a word or two of kind between: "Two contract
    # workers at the Red Dog Mine", "deux éleveurs du GAEC", "douze internes du collège",
    # "four members of our wrestling team", "23 élèves internes du lycée")
    + r"|\b(?P<counted>(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)\s+"
    r"(?:of\s+our\s+|de\s+nos\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:employ[ée]s|employees|workers|contractors|staff|miners|ouvriers|salari[ée]s|"
    r"colleagues|coll[èe]gues|members|membres|students|pupils|learners|boarders|[ée]l[èe]ves|"
    r"internes|detainees|inmates|d[ée]tenus|[ée]leveurs|agriculteurs|vendangeurs|saisonniers))"
    + _GROUP_AFTER
    # a closed group's members among whom cases are counted ("parmi les détenus de la
    # prison", "among the inmates of")
    + r"|\b(?:parmi\s+les\s+|among\s+(?:the\s+)?)(?:d[ée]tenus|detainees|inmates|prisoners|"
    r"[ée]l[èe]ves|pupils|students|pensionnaires|r[ée]sidents|residents|employ[ée]s|employees|"
    r"workers|staff)"
    + _GROUP_AFTER
    # one household ("four members of one family", "quatre personnes d'une même famille")
    + r"|\b(?P<household>(?:a|one|the\s+same)\s+family|(?:d['’]une|une)\s+(?:m[êe]me\s+)?"
    r"famille|household|m[êe]me\s+foyer)\b",
    re.IGNORECASE,
)

# A count of a hundred or more before a group: no small, closed group ("plus de 1 800
# patients", "over 300 patients", "thousands of residents"), on the group's line (a year
# closing the line before is no count: "February 12, 2025\n\nTwo contract workers").
_MANY_BEFORE = re.compile(
    r"(?:\b\d{1,3}(?:[\s,.\u202f]\d{3})+|\b\d{3,})[ \t\u00a0\u202f]+\Z|"
    r"\b(?:hundreds|thousands|centaines|milliers)\s+(?:of|d['’]|de)\s*\Z",
    re.IGNORECASE,
)


# What joins a group to its town: a space, or "in", "from", "of", "de"... ("patients from
# Suðuroy", "les patients de Lyon").
_TOWN_OF = re.compile(
    r"\s*(?:(?:in|of|de|du|des|d['’]|à|en|from|across|around|venant\s+de)\s*)?", re.IGNORECASE
)
# ... a word of origin ending the group's words and the join ("patients from", "residents
# across"): where they come from, whatever the place's size.
_ORIGIN_END = re.compile(r"\b(?:from|across|around|venant\s+de)\s*\Z", re.IGNORECASE)


def group_near(text: str, places: Sequence[Finding], household_only: bool = False) -> bool:
    """A small group ("residents", "patients") in the same sentence as a place: the patients
    of a named unit, not patients in general (`household_only`: only one household, "quatre
    personnes d'une même famille")."""
    for match in _GROUP_REFERENCE.finditer(text):
        if _MANY_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "plus de 1 800 patients", "thousands of patients": no small group
        if any(
            0 <= f.start - match.end() <= 12
            and _TOWN_OF.fullmatch(text, match.end(), f.start) is not None
            and (_a_town(f) or _an_origin(text, match.start(), f))
            for f in places
        ):  # "patients in Chennai", "les patients de Lyon", "patients from Suðuroy": a town's
            continue  # or an island's patients, no small group
        at = sentence_of(text, match.start())
        if household_only and not match.group("household"):
            continue
        # a counted group is a few people taken ill only with a verb of it in the sentence
        if match.group("counted") and not TAKEN_ILL.search(sentence(text, at)):
            continue  # "Two members of our pharmacy team will be at ... offering checks"
        if any(sentence_of(text, f.start) == at for f in places):
            return True
    return False


# A few counted workers of one site or team, by their trade ("two of our night-shift
# porters", "deux brancardiers de l'équipe de nuit", "trois salariés", "three fellas off my
# section"): with a verb of falling ill, a small, closed group. Care staff ("two nurses")
# count only as "ours" or "of the" team: "two nurses in Ondo State" are a region's.
_COUNTED_STAFF = re.compile(
    r"\b(?:[2-9]|two|three|four|five|six|seven|eight|nine|deux|trois|quatre|cinq|six|sept|"
    r"huit|neuf)\s+(?:(?P<ours>of\s+(?:our|the|my)|de\s+nos|d['’]entre\s+nos|off\s+my|"
    # (a word or two of kind between, not of number: "deux mille saisonniers", "2 000")
    r"from\s+my)\s+)?(?:(?!(?:mille|cents?|hundreds?|thousands?|millions?)\b)[^\W\d][\w'’-]*\s+)"
    r"{0,2}?"
    r"(?:(?:porters|orderlies|brancardiers|agents|cleaners|drivers|chauffeurs|paramedics|"
    r"ambulanciers|firefighters|pompiers|crew\s+members|linemen|loggers|miners|mineurs|"
    r"fellas|guys|lads|blokes|gars|employ[ée]s|employees|workers|contractors|ouvriers|"
    r"salari[ée]s|[ée]leveurs|agriculteurs|vendangeurs|saisonniers)\b"
    r"|(?P<carers>nurses|infirmi[eè]res|infirmiers|aides-soignant[e]?s|soignants|"
    r"colleagues|coll[èe]gues)\b)",
    re.IGNORECASE,
)


def counted_taken_ill(text: str) -> bool:
    """A few counted people of one site or team with a verb of falling ill in their sentence
    ("two of our contractors working in the East Pit were flown to Hedland Health Campus",
    "deux brancardiers de l'équipe de nuit ... ont été diagnostiqués"): a small, closed
    group, like a case at work, wherever the post's place stands."""
    return any(
        (match.group("ours") or not match.group("carers"))
        and not _MANY_BEFORE.search(text, max(0, match.start() - 30), match.start())
        and TAKEN_ILL.search(sentence(text, sentence_of(text, match.start())))
        for match in _COUNTED_STAFF.finditer(text)
    ) or any(
        match.group("counted")
        and TAKEN_ILL.search(sentence(text, sentence_of(text, match.start())))
        for match in _GROUP_REFERENCE.finditer(text)
    )


# A region named by its compass point ("the West Coast", "the North West", "le Nord-Est",
# "Northern Gippsland"): many towns' people, no small group.
_COMPASS_REGION = re.compile(
    r"(?:the\s+|le\s+|la\s+|l['’])?(?:(?:north|south|east|west|nord|sud|est|ouest)"
    r"(?:[- ]?(?:north|south|east|west|est|ouest))?|northern|southern|eastern|western|central|"
    r"upper|lower|greater)\b",
    re.IGNORECASE,
)


# A street's word ending a place ("Upper Street", "North Road"): a street, however it opens.
_STREET_END = re.compile(rf"\b(?:{STREET_WORDS}|st|way|court|place|row|square)\.?$", re.IGNORECASE)


def _an_origin(text: str, group_start: int, place: Finding) -> bool:
    """A place a group comes from, whatever its size ("patients from Suðuroy"): not a street."""
    return (
        place.entity_type == "LOCATION"
        and _ORIGIN_END.search(text, group_start, place.start) is not None
        and _STREET_END.search(place.text) is None
    )


def _a_town(place: Finding) -> bool:
    """A place that is a known town or region (not a home, a ward or a street)."""
    return place.entity_type == "LOCATION" and (
        any(is_reported_place(place.text, language) for language in ("en", "fr"))
        or (
            _COMPASS_REGION.match(place.text) is not None and _STREET_END.search(place.text) is None
        )
    )
