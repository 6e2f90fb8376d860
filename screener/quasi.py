"""Quasi-identifiers (dates and places): when they single someone out.

Each date or place is shared by many people; together, or when the place is small (a street,
a care home, a child's school, a numbered bed), they narrow a post down to a few. Used by the
verdict (screener/policy.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from screener import groups, outbreaks, roles
from screener.recognizers.facility import PERSON_WORDS
from screener.recognizers.postal_words import STREET_WORDS
from screener.types import Finding

__all__ = ["enough"]

# School words (street words: postal_words.STREET_WORDS), shared by the small places below and
# the kinds of small place a home or a child's days are in (_STREET, _SCHOOL).
_SCHOOL_WORDS = (
    r"school|ysgol|scoil|primary|academy|[ée]cole|coll[èe]ge|lyc[ée]e|maternelle|kindergarten|"
    # (West Africa's public schools by their acronyms: "CEG Tokoin", "EPP Bè-Kpota")
    r"cr[èe]che|(?-i:CEG|CEM|EPP)"
)
# Places that hold few people: a street, a school, a ward or a room (and postcodes, IP
# addresses, residential homes). With one of them, places alone narrow a post down to a few
# people; two towns, or a pharmacy and its town, do not.
_SMALL_PLACE = re.compile(
    rf"\b(?:{STREET_WORDS}|st|ln|gardens|grove|mews|hameau|lieu-dit|"
    rf"{_SCHOOL_WORDS}|college|high|elementary|preschool|daycare|"
    # a hospital bay has a number ("Bay 4"); "Hawke's Bay" is a region
    r"ward|bay(?=\s*\d)|bed|room|unit|unit[ée]|chambre|salle|lit|box|"
    # workplaces: a case there points at a few colleagues
    r"plant|factory|depot|warehouse|abattoir)\b",
    re.IGNORECASE,
)
# A workplace's word before its name ("l'usine Normandie Emballages", "the Brook Foods
# plant"): a case there points at a few colleagues.
_WORKPLACE_BEFORE = re.compile(
    r"\b(?:usine|entreprise|atelier|entrep[ôo]t|abattoir|chantier|plant|factory|depot|"
    r"warehouse)\s+(?:de\s+|d['’]|du\s+|des\s+)?\Z",
    re.IGNORECASE,
)
# A street, a school: the kinds of small place a home or a child's days are in.
# ("St" and "Ln" only at the end, "Chestnut St": first, "St" is a saint, "St Albans")
_STREET = re.compile(rf"\b(?:{STREET_WORDS}|walk|way)\b|\s(?:st|ln)\.?$", re.IGNORECASE)
# ("High" and "Elementary" end a school's name: "Kununurra District High")
_SCHOOL = re.compile(rf"\b(?:{_SCHOOL_WORDS}|nursery|high|elementary)\b", re.IGNORECASE)
# Living somewhere, right before its street ("on habite une vieille maison de la rue ...",
# "we live on Lovers Walk"): a home, which few people share. French allows a few words
# between; English wants "live on / in / at" right before ("living with MS near ..." is no
# home).
# Words for someone a post calls by where they live ("the lad from ...", "the old fella next
# door on ...").
_SOMEONE = (
    r"(?:lad|lass|man|woman|gentleman|lady|fella|feller|guy|chap|bloke|boy|girl|family|couple|"
    r"folks?|people|dame|monsieur|gars|famille|se[ñn]ora|se[ñn]or|do[ñn]a)"
)
_LIVES_ON = re.compile(
    # (Cajun and Québec French "rester" is to live: "On reste sur la rue Berard")
    r"\b(?:(?:habite|habitons|habitent|vis|vit|vivons|vivent|reste|restons|restent|demeure|"
    r"demeurons|demeurent)\b[^.!?\n]{0,40}|"
    r"(?:live[sd]?|living)\s+(?:on|in|at|off)\s+(?:the\s+)?|"
    # someone called by where they live ("the lad from Pearse Street", "la dame de la rue")
    rf"\b{_SOMEONE}\s+(?:from|off|of|de\s+la|du|de)\s+|"
    # (or "on" it, someone old or a lady: "the señora on Calle Luna", "the old man on Gower
    # Street"; not "the man on Market Street handing out leaflets", a passer-by)
    r"\b(?:old\s+(?:man|woman|lady|fella|boy|girl|gentleman|chap)|lady|se[ñn]ora|se[ñn]or|"
    r"do[ñn]a|abuela|abuelo)\s+on\s+(?:the\s+)?|"
    # a neighbour by the street they share ("my neighbour on Lovers Walk", "ma voisine de la
    # rue des Lilas")
    r"\b(?:neighbou?rs?|voisine?s?)\s+(?:on|in|at|off|from|de\s+la|du|de|dans\s+la)\s+(?:the\s+)?|"
    # ... or someone next door on it ("the old fella next door to us on Cabot Street"; not
    # "the pharmacy next door to us on")
    rf"\b{_SOMEONE}\s+next\s+door\s+(?:to\s+(?:us|me|mine|them)\s+)?(?:on|in|at|off)\s+"
    r"(?:the\s+)?)$",
    re.IGNORECASE,
)
# A street's word left out of the place found after it ("la rue du Château-des-Rentiers" found
# as "Château-des-Rentiers"): the place is that street.
_STREET_WORD_BEFORE = re.compile(
    rf"\b(?:{STREET_WORDS})\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)?$",
    re.IGNORECASE,
)
# One's own child ("my daughter", "mon fils", "our wee boy"): with their school, one pupil.
_CHILD_OF = re.compile(
    r"\b(?:my|our|his|her|their|mon|ma|notre|leur)\s+(?:[\w-]+\s+)?(?:son|daughter|boy|girl|kid|"
    r"child|fils|fille|gar[çc]on|enfant|ado|"
    # (a grandchild, a nephew or a niece at their school too)
    r"grandson|granddaughter|grandchild|grandkid|nephew|niece|petit-fils|petite-fille|"
    r"neveu|ni[èe]ce)\b",
    re.IGNORECASE,
)
# A numbered bed, patient's room or dialysis chair ("bed 4", "chambre 12", "Room 312").
_BED_OR_ROOM = re.compile(r"^(?:bed|chambre|lit|room|chair|fauteuil)\s", re.IGNORECASE)
# A service before the street it stands on ("the walk-in on Tranquille Rd", "la pharmacie de
# la rue Nationale"): the street is the service's, not a home's.
_SERVICE_ON = re.compile(
    r"\b(?:walk-in|clinic|pharmacy|chemist|surgery|practice|hospital|centre|center|office|shop|"
    r"store|branch|pharmacie|cabinet|clinique)\s+(?:on|in|at|off|de\s+la|du|rue)\s*$",
    re.IGNORECASE,
)
# ... or after the street that names it ("our Gurney Drive branch", "the Mill Lane surgery").
_BRANCH_AFTER = re.compile(
    # (not "site" or "depot": "the Garryduff Road site" is a workplace, a few colleagues)
    r"\s+(?:branch|store|shop|surgery|clinic|practice|pharmacy|succursale|agence|officine)\b",
    re.IGNORECASE,
)
# ... or inside the service's own name, its last word ("our Main Street clinic", "Elm Road
# Surgery"): a service anyone may visit.
_SERVICE_LAST = re.compile(
    rf"\b(?:{STREET_WORDS}|st)\s+(?:branch|surgery|clinic|practice|pharmacy|"
    r"(?:medical|health)\s+cent(?:re|er))$",
    re.IGNORECASE,
)
# Homes whose residents are a small, closed population: naming one with a health detail is
# about them ("an outbreak of norovirus at Oakfield House care home").
_RESIDENTIAL = re.compile(
    # (not a community or meeting house, a venue for all: "Hamilton East Community House")
    r"\b(?:care\s+home|nursing\s+home|residential\s+home|"
    r"(?:eventide|rest|old\s+people['’]s|old\s+age|cheshire)\s+home|home\s+for\s+the\s+(?:aged|elderly)|"
    # children's homes ("l'orphelinat Sainte-Anne de Kara", "St Mary's Orphanage")
    r"orphelinat|orphanage|children['’]s\s+home|foyer\s+de\s+l['’]enfance|"
    r"(?<!community\s)(?<!meeting\s)(?<!Community\s)(?<!Meeting\s)house|lodge|court|hospice|"
    r"r[ée]sidence|ehpad|maison\s+de\s+retraite|foyer|ems|chsld|"
    # Belgium's and Switzerland's care homes ("le home Les Peupliers", "MRS Les Glycines", "la
    # maison de repos")
    r"(?<![\w-])(?-i:home)(?=\s+(?-i:[A-Z]))|(?-i:\bMRS?\b)(?=\s+(?-i:[A-Z]))|"
    r"maison\s+de\s+repos|"
    # care homes named like estates ("Rosewood Manor", "The Grange"), not a hospital or a
    # surgery of that name ("Walsall Manor Hospital", "Grange Medical Centre")
    r"(?:manor|grange)(?!\s+(?:hospital|surgery|medical|health|practice|clinic))|"
    # South Africa's care homes ("Sunnyridge Frail Care Centre"), and the US's ("Cedar Ridge
    # Assisted Living", "Maple Lane Senior Living", "Pine Ridge Memory Care")
    r"frail\s+care|senior\s+living|assisted\s+living|memory\s+care|skilled\s+nursing)\b",
    re.IGNORECASE,
)


def enough(
    text: str,
    quasi: Sequence[Finding],
    to_hold: int,
    referred: bool,
    exempt: Iterable[Finding] = (),
    signed: Sequence[Finding] = (),
    health: Sequence[Finding] | None = None,
) -> bool:
    """Whether the quasi-identifiers single someone out (`to_hold`: how many distinct ones
    the channel wants): enough of them about a person or a
    small group, one place with a person's unique role ("the lollipop lady at St Anne's"),
    or an outbreak in a named residential home. `signed`: places on the sign-off line, which
    count only for a role there ("our practice manager ... – Kirkmichael Surgery")."""
    places = [f for f in quasi if f.entity_type != "DATE"]
    if (places or signed) and roles.role_reference(text, list(exempt), health):
        return True
    if (places or signed) and health and roles.care_role_reference(text, health):
        return True
    if outbreaks.outbreak(text) and any(
        _residential(f) or _small(f, text) or _RESIDENTIAL.search(f.text) for f in quasi
    ):  # a home the NER called a place ("Elmwood Lodge") counts for an outbreak
        return True
    if places and (outbreaks.few_struck(text) or groups.counted_taken_ill(text)):
        return True  # cases in a named home, school, ward or team: a small, closed group
    if any(_tiny(f, text) and (referred or _someone_in(f, text)) for f in places):
        return True  # one person in a named care home, at a home address, in a hospital bed
    # Dates alone (a campaign's start and end) narrow no one down: a place must be among them;
    # places alone (two towns) neither, unless one is small (a street, a home, a postcode).
    distinct = len({f.text.lower() for f in quasi})
    narrow = (
        to_hold < 2  # a strict channel holds on any one of them
        or len(places) < len(quasi)
        or any(_small(f, text) for f in places)
    )
    return bool(places) and narrow and distinct >= to_hold and _about_people(text, quasi, referred)


def _small(place: Finding, text: str) -> bool:
    """A place that holds few people: a street, a school, a ward, a postcode, a home; not the
    street of a service ("the walk-in on Tranquille Rd"), which anyone may visit."""
    if _of_a_service(place, text):
        return False
    return (
        place.entity_type in ("UK_POSTCODE", "IP_ADDRESS", "ADDRESS")
        or _residential(place)
        or bool(_SMALL_PLACE.search(place.text))
        or bool(_WORKPLACE_BEFORE.search(text, max(0, place.start - 20), place.start))
    )


def _tiny(place: Finding, text: str) -> bool:
    """A place that alone narrows a person down to a few dozen people: a named care home, a
    home address or postcode, a numbered bed or patient's room ("Ma mère est à l'EHPAD Les
    Charmilles", "the gentleman in bed 4"), the street one lives on ("on habite rue du
    Maréchal-Foch"), one's child's school ("my daughter's Crohn's ... her school (Ysgol
    ...)"). Not a street of a service."""
    if _of_a_service(place, text):
        return False
    before = text[max(0, place.start - 45) : place.start]
    sentence = text[max(0, place.start - 120) : place.end + 60]
    return (
        _residential(place)
        or place.entity_type in ("ADDRESS", "UK_POSTCODE")
        or bool(_BED_OR_ROOM.match(place.text))
        or bool(_STREET.search(place.text) and _LIVES_ON.search(before))
        or _street_lived_on(before)
        or bool(_SCHOOL.search(place.text) and _CHILD_OF.search(sentence))
    )


# A word for a person right before their room or bed ("the Elder in room 214", "la dame du
# lit 3"): someone there, though no pronoun tells of them.
_SOMEONE_IN_BEFORE = re.compile(
    rf"\b(?:{PERSON_WORDS})\s+(?:in|from|du|au|dans\s+la)\s+$", re.IGNORECASE
)


def _someone_in(place: Finding, text: str) -> bool:
    """Whether a numbered bed or room is given as where a person is ("the Elder in room
    214")."""
    return bool(_BED_OR_ROOM.match(place.text)) and bool(
        _SOMEONE_IN_BEFORE.search(text, max(0, place.start - 30), place.start)
    )


def _street_lived_on(before: str) -> bool:
    """Whether the words before a place are a home's street word ("ma voisine de la rue du
    ...", "we live on the rue des ..."), so that the place is the street one lives on."""
    street = _STREET_WORD_BEFORE.search(before)
    return street is not None and _LIVES_ON.search(before[: street.start()]) is not None


def _of_a_service(place: Finding, text: str) -> bool:
    """A place right after a service that stands on it ("the walk-in on Tranquille Rd"), or
    naming a service's branch ("our Gurney Drive branch", "our Main Street clinic")."""
    return bool(
        _SERVICE_ON.search(text[max(0, place.start - 30) : place.start])
        or _BRANCH_AFTER.match(text, place.end)
        or _SERVICE_LAST.search(place.text)
    )


def _residential(finding: Finding) -> bool:
    """A named home ("Oakfield House care home"; "l'orphelinat Sainte-Anne", which the NER
    may call a place)."""
    if finding.entity_type == "LOCATION":
        return bool(_RESIDENTIAL_OPENING.match(finding.text))
    return finding.entity_type == "FACILITY" and bool(_RESIDENTIAL.search(finding.text))


# A home's kind opening a place's name ("orphelinat Sainte-Anne de Kara", "EHPAD Les Lilas").
_RESIDENTIAL_OPENING = re.compile(
    r"(?:l['’])?(?:orphelinat|orphanage|ehpad|chsld|maison\s+de\s+retraite|care\s+home|"
    r"nursing\s+home)\s+\S",
    re.IGNORECASE,
)


def _about_people(text: str, quasi: Sequence[Finding], referred: bool) -> bool:
    """Whether a post's quasi-identifiers point at someone: a person (`referred`: the post
    has a word for one), or a small group: the residents of a named home, the patients of a
    named unit on a date (a tea dance at a care home on a Sunday is about no one)."""
    if referred:
        return True
    places = [f for f in quasi if f.entity_type != "DATE"]
    homes = [f for f in places if _residential(f)]
    dated = len(places) < len(quasi)
    return groups.group_near(text, homes) or (dated and groups.group_near(text, places))
