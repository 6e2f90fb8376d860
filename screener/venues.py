"""Venues and clubs the NER takes for people: "Sha Tin Town Hall", "Tuen Mun Park", "Kelso
Harriers".

A "person" ending in a kind of building, open space or sports club is a place's or a club's
name. Read by the NER recognizer (a venue becomes a LOCATION) and by the policy's list of
names that are not people (screener/not_people.py).
"""

from __future__ import annotations

import re

from screener.gazetteers import WORD, first_name_level

# Kinds of building no one is named like ("Sha Tin Town Hall", "Kwong Wah Hospital").
_VENUE_END = re.compile(
    r"\s(?:Town\s+Hall|City\s+Hall|Village\s+Hall|Community\s+Cent(?:re|er)|Hospital|Library|"
    r"Stadium|Museum|Cathedral|Mosque)$"
)
# Kinds often named after someone ("the Anna Freud Centre"), which the NER may also run into
# a person's name: a venue only when the first word is no first name ("Kowloon Centre"; "Rachel
# Temple" is a person). Not "Hall", "House" or "Church" alone, which are surnames too.
_NAMED_VENUE_END = re.compile(
    r"\s(?:Centre|Center|Clinic|School|Academy|Gallery|Hotel|Mall|Plaza|Arena|Pavilion|Chapel|"
    r"Temple|Station|Sportsplex|Fieldhouse|Rink|Auditorium|Coliseum)$"
)
# Hospitals named in Latin for Mary ("Mater Dei", "the Mater Misericordiae"): no one is named
# "Mater".
_VENUE_START = re.compile(r"^Mater\s")
# Open spaces and landforms, also surnames ("Grace Park", "Ella Brook"): a place only when the
# first word is no name and no word at all ("Tuen Mun Park", "Hobie Beach", "Malvern Hills").
_OPEN_SPACE_END = re.compile(
    r"\s(?:Park|Gardens|Square|Circle|Market|Recreation\s+Ground|Hills|Moor|Woods|Lake|Brook|"
    r"Beach|Bay|Forest)$"
)
# Landforms that end no one's name, whatever the first word ("Hobie Beach", "Kawau Bay").
_LANDFORM_END = re.compile(r"\s(?:Valley|Falls|Island|Peninsula|Estuary)$")
# Sports clubs by the word that ends their name ("Kelso Harriers", "Brandon Minor Hockey",
# "Ards RFC"): no person's name ends so.
_CLUB_END = re.compile(
    r"\s(?:Harriers|Rovers|Wanderers|Athletic|Hockey|Rugby|Netball|Cricket\s+Club|"
    r"Football\s+Club|FC|RFC|AFC|GAA)$"
)
# ... or right after a "person" the NER cut short ("Brandon" + " Minor Hockey reminder"): up to
# two capitalised words, then the club word.
_CLUB_AFTER = re.compile(
    r"^(?:\s+[A-Z][\w'’-]+){1,2}\s+(?:Harriers|Rovers|Wanderers|Hockey|Rugby|Netball|FC|RFC|"
    r"AFC|GAA)\b"
)


def is_venue(words_text: str) -> bool:
    """Whether a "name" ends in a kind of building or open space ("Sha Tin Town Hall", "Tuen Mun
    Park"); "Mary Lowe Center" may be the NER running a person into a venue, and stays."""
    if (
        _VENUE_END.search(words_text)
        or _LANDFORM_END.search(words_text)
        or _VENUE_START.match(words_text)
    ):
        return True
    first = words_text.split(" ", 1)[0]
    levels = [first_name_level(first, language) for language in ("en", "fr")]
    if _OPEN_SPACE_END.search(words_text):
        return levels == [None, None]
    return bool(_NAMED_VENUE_END.search(words_text)) and all(
        level in (None, WORD) for level in levels
    )


def is_club(words_text: str, after: str = "") -> bool:
    """Whether a "name" is a sports club's ("Kelso Harriers"), or runs into one (`after`, the
    text that follows it: "Brandon" + " Minor Hockey")."""
    return bool(_CLUB_END.search(words_text) or _CLUB_AFTER.match(after))
