"""Named care places: hospitals, wards, care homes, clinics, hospices and schools.

English names put capitalised words before a head word ("St Mary's Hospital", "Leeds General
Infirmary", "Oakwood Care Home", "the Jubilee ward", "Riverside Primary School"); French ones
put the head word first ("CHU de Nantes", "Hôpital Necker", "EHPAD Les Tilleuls", "clinique
Saint-Jean"). A department counts only with its hospital ("service de cardiologie du CHU de
Nantes"). Generic mentions have no name ("the hospital", "a care home", "our wards", "au CHU")
or only generic words ("Children's Hospital", "Intensive Care Unit", "Primary School") and are
not reported. Patterns are case-sensitive unless marked `(?i:)`: a name is capitalised.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import ClassVar

import regex  # type: ignore[import-untyped]  # Presidio's regex engine, as the patterns use
from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from screener.gazetteers import CAP, first_name_level
from screener.recognizers.checked import CheckedPatternRecognizer
from screener.recognizers.gated import fold, has_digit

# A capitalised word of an English name ("St", "Mary's", "Addenbrooke's", "A&E"-like).
_CAP_EN = r"(?:St\.?|\p{Lu}[\p{L}'’&.-]*)"
# Spaces within a line: a name does not run on across a line break ("Tuesday.\nMarket Place
# Pharmacy" is a sentence, then a sign-off).
_SP = r"[^\S\n]+"
# 1-5 name words, joined by spaces or small words ("Newcastle upon Tyne", "Guy's and St
# Thomas'"). Not "on": "Gladys on Rowan Ward" is a person on a ward ("Burton on Trent" towns
# are usually hyphenated, and losing the first word still leaves the facility found).
_NAME_EN = rf"{_CAP_EN}(?:{_SP}(?:(?:of|upon|and|&|the){_SP})?{_CAP_EN}){{0,4}}"
# English head words, any case ("St Mary's hospital" is common in posts).
_HEAD_EN = (
    r"(?i:hospitals?|infirmary|clinic|hospice|care\s+home|nursing\s+home|residential\s+home|"
    r"retirement\s+home|(?:care|medical|health|cancer|treatment|rehabilitation)\s+cent(?:re|er)|"
    # homes for old people as Africa and Asia name them ("Jabulani Eventide Home", "Cheshire
    # Home", "St Joseph's Home for the Aged")
    r"(?:eventide|rest|old\s+people['’]s|old\s+age|cheshire)\s+home|home\s+for\s+the\s+(?:aged|elderly)|"
    r"medical\s+practice|school|academy|college|nursery|ward|unit|pharmacy|library|"
    # venues where a group meets or an event is held ("Newry Leisure Centre", "Bridgend Rugby
    # Club", "Suir Bank Hotel", "Sligo Farmers' Market", "Rathmullan pier", "Brighton Station")
    r"(?:leisure|sports?|community|arts?|youth|civic|family|wellbeing)\s+cent(?:re|er)|"
    r"club|hotel|market|marina|pier|galleries|station|"
    # workplaces, where a case of disease points at a few colleagues ("the Lisburn Meats plant",
    # "the Prairie Valley meat-processing plant": lower-case words may say what it makes)
    # (a mill by what it makes: "Ruiru Steel Mills"; "Jenny Mills" is a surname)
    r"(?:[a-z][a-z-]+\s+){0,2}(?:plant|factory|depot|warehouse|abattoir)|"
    r"(?:steel|paper|textile|cotton|flour|sugar|rice|saw|woollen|wool|cement)\s+mills?|refinery|"
    # South African and Australian care homes ("Rondebosch Gardens Frail Care", "Banksia Aged
    # Care", "Wattle Grove Retirement Village")
    r"frail\s+care|aged\s+care|retirement\s+village|"
    # US homes for old people ("Maple Lane Senior Living", "Oak Hill Assisted Living",
    # "Pine Ridge Memory Care", "Sunrise Skilled Nursing")
    r"senior\s+living|assisted\s+living|memory\s+care|skilled\s+nursing|"
    # US children's hospitals by their short name ("at Big Sioux Children's", "Boston
    # Children's"), not before another word of a name or a noun ("Children's Society")
    r"children['’]s(?![\w'’-]|[ \t]+\w))"
)
# Schools named by their kind alone, capitalised ("Brookside Primary", "Fairfield High",
# "Lincoln Elementary", "Riverside Infants"); not before a word that makes them a service
# ("Primary Care", "High Street", "High Court").
_SCHOOL_KIND = (
    r"(?:Primary|Infants|Juniors|Junior|High|Elementary|Middle|Grammar|Comprehensive"
    # Northern Ireland's primary schools and Ireland's national schools ("Holy Cross PS")
    r"|PS|NS)"
    r"(?!\s+(?i:care|health|street|st|road|court|school|schools|commission|sheriff|"
    r"tide|dose|risk|blood|level|levels|quality|speed|five|priority))\b"
)
# Buildings that house people ("Meadowbank House", "Holly Lodge", "Seaview Court"): a
# place only after a preposition of place ("at", "in", "moved to"), as "Court" or "House"
# also end the names of institutions and families.
_BUILDING = (
    r"(?:House|Lodge|Court|Manor|Grange|Mews|Gardens|Halls?|Rooms|Church|Chapel|Mosque|"
    r"Pavilion|Inn|Tavern|Arms)"
)
# The words before a building or a venue: a preposition of place, and "the" if written ("at
# Meadowbank House", "at the Corran Halls").
_AT_PLACE = r"(?<=\b(?i:at|in|into|to|from|near|outside|visiting)\s+(?:(?i:the)\s+)?)"
# Pubs and venues named "the X & Y" / "the X and Y" ("at the Crown & Anchor", "meet at the Fox
# and Hounds"): two capitalised words joined, after a preposition of place and "the".
_PAIR_NAME = (
    r"(?<=\b(?i:at|in|to|from|near|outside)\s+(?i:the)\s+)\p{Lu}\p{Ll}+\s+(?:&|and)\s+"
    r"\p{Lu}\p{Ll}+\b"
)
# A school or a care place named in brackets after the word for it ("school (Holy Cross in
# Chorley)", "her care home (Seaview)"); the name ends at the bracket, a comma or "in"/"at"
# (not a number: "school (Year 6)" names a class).
_BRACKETED = (
    r"(?<=\b(?i:school|hospital|hospice|nursery|college|care\s+home|nursing\s+home|surgery|"
    rf"practice)(?:['’]s)?\s*\(\s*){_NAME_EN}(?=\s*[),]|\s+(?:in|at|near)\b)"
)
# Hospitals named "the X General" ("the Northern General", "the Royal General", "at Ashbourne
# General"), after "the" or a preposition of place, not
# officials ("the Attorney General", "the Surgeon General", "the Secretary General").
_GENERAL = (
    r"(?<=\b(?:[Tt]he|at|in|into|to|from|near)\s+)(?!(?:Attorney|Surgeon|Solicitor|Secretary|Inspector|Postmaster|"
    r"Governor|Registrar|Consul|Director|Auditor|Comptroller|Paymaster|Advocate|Accountant|"
    r"Adjutant|Quartermaster|Judge|Vicar|Receiver|Major|Lieutenant|Brigadier)\b)"
    r"\p{Lu}[\p{Ll}'’]+\s+General\b(?!\s+(?i:election|assembly|manager|secretary|"
    r"practitioner|meeting|council|strike|public|medical))"
)
# French heads: acronyms in capitals (CHU, EHPAD...), words in any case.
_HEAD_FR = (
    # Swiss care homes (EMS, only before a French article: English "EMS" is the ambulance
    # service) and Québec's long-term care centres (CHSLD)
    # Algeria's and Tunisia's public hospitals (EPH, EHU, EHS, EPSP) and New Caledonia's
    # territorial hospital (CHT)
    # West Africa's public schools by their acronyms ("au CEG Tokoin Gbonvié", "l'EPP
    # Bè-Kpota"): collèges d'enseignement général or moyen, écoles primaires publiques
    r"(?:\b(?:CHU|CHRU|CHR|CHI|CHS|CH|GHU|EHPAD|Ehpad|IME|CHSLD|EPH|EHU|EHS|EPSP|CHT|CEG|CEM|EPP|"
    r"EMS(?=\s+(?i:l[ae]s?|de|du|des|d['’])\b))\b"
    r"|(?i:hôpital|hopital|clinique|"
    r"polyclinique|maison\s+de\s+retraite|maison\s+de\s+repos(?:\s+et\s+de\s+soins)?|"
    r"maison\s+de\s+santé|centre\s+hospitalier"
    r"(?:\s+(?:universitaire|régional|intercommunal|spécialisé))*|groupe\s+hospitalier|"
    r"hospices?\s+civils|hospice|institut|maternité|résidence|"
    # a school may be qualified as public or private before its name ("l'école publique de
    # Lanvollon", "le collège privé Saint-Joseph")
    r"(?:école(?:\s+(?:primaire|maternelle|élémentaire))?|collège|lycée)"
    r"(?:\s+(?:publi(?:c|que)|privée?))?|centre\s+de\s+santé|centre\s+médical|"
    r"centre\s+de\s+rééducation|pharmacie|unité|pavillon|"
    # an old people's home of the Maghreb ("foyer pour personnes âgées de Sidi Moussa")
    r"foyer(?:\s+pour\s+personnes\s+âgées)?|centre|"
    # a market where stalls and traders are known by sight ("au marché de Dantokpa", "le
    # marché Sandaga"), not a seasonal fair ("le marché de Noël")
    r"marché(?!\s+(?:de\s+|d['’])?(?:Noël|Pâques|Producteurs|Créateurs|Artisans)\b)|"
    # a care home as Belgium and Switzerland call it, in lower case before its article or
    # saint ("au home Les Peupliers à Libramont", "le home Saint-Joseph")
    r"(?-i:home)(?=\s+(?:Les?|La|L['’]|Saint|Sainte|Notre-Dame)\b)|"
    # Belgium's care homes by their acronyms before their name ("MRS Les Glycines", "MR
    # Saint-Joseph"; English "Mrs" is never in capitals before "Les")
    r"(?-i:MRS|MR)(?=\s+(?:Les?|La|L['’]|Saint|Sainte|Notre-Dame)\b)))"
)
# The name after a French head: optional "de", "du", "d'", "les"..., then capitalised words
# ("de la Pitié-Salpêtrière", "Les Tilleuls", "Saint-Jean", "Grenoble Alpes").
_PART_FR = r"(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|les|l['’])"
# (its words on one line: "Hôpital de Chicoutimi\n\nDeux patients" ends at the line)
_NAME_FR = (
    rf"(?:{_PART_FR}\s*)?\p{{Lu}}[\p{{L}}'’]*"
    rf"(?:(?:-|[^\S\n]+)(?:{_PART_FR}[^\S\n]*)?\p{{Lu}}[\p{{L}}'’]*){{0,3}}"
)
# A department before a French facility: "service de cardiologie du", "unité de soins
# palliatifs de l'".
_SERVICE_FR = (
    r"(?:(?i:service|unité|pôle|département)\s+(?:de\s+|d['’])[\p{L}-]+(?:\s+[\p{L}-]+)?\s+"
    r"(?i:du|de\s+l['’]|de\s+la|à\s+l['’]|au)\s*)"
)

# Words that name a kind of place, not a place: a name made only of these is generic.
_GENERIC_WORDS = (
    "hospital", "hospitals", "infirmary", "clinic", "hospice", "care", "home", "nursing",
    "residential", "retirement", "centre", "center", "medical", "health", "cancer", "treatment",
    "rehabilitation", "practice", "school", "academy", "college", "nursery", "ward", "unit",
    "general", "teaching", "community", "district", "royal", "university", "children",
    "children's", "childrens", "women's", "womens", "private", "local", "public", "nhs", "mental",
    "psychiatric", "maternity", "primary", "secondary", "high", "junior", "infant", "infants",
    "specialist", "day", "main", "new", "old", "city", "county", "national", "regional", "state",
    "intensive", "acute", "rehab", "eye", "dental", "veterinary", "vet", "fertility", "walk-in",
    "urgent", "emergency", "covid", "stroke", "cardiac", "surgical", "medicine", "elderly",
    "geriatric", "palliative", "oncology", "renal", "neonatal", "paediatric", "pediatric",
    "orthopaedic", "orthopedic", "memory", "dementia", "sexual", "gp", "dependency", "coronary",
    "burns", "baby", "special", "respiratory", "isolation", "admissions", "assessment",
    "discharge", "outpatient", "outpatients", "inpatient", "trauma", "accident", "labour",
    "delivery", "postnatal", "antenatal", "critical", "recovery", "haematology", "cardiology",
    "neurology", "surgery", "of", "upon", "on", "and", "&", "the", "st", "st.", "privé",
    "privée", "général", "générale", "universitaire", "régional", "régionale", "nationale",
    "départemental", "psychiatrique", "vétérinaire", "mutualiste", "professionnel",
    "spécialisé", "médical", "médicale", "pharmacy", "library", "central", "leisure", "sports",
    "sport", "arts", "art", "youth", "civic", "family", "wellbeing", "club", "hotel", "market",
    "marina", "pier", "galleries", "station", "farmers'", "rugby", "football", "golf", "bus",
    "train", "railway", "police", "fire", "village", "town",
)  # fmt: skip
_GENERIC = frozenset(_GENERIC_WORDS)
# Words that start a sentence or a phrase rather than a name ("The", "Our", "Yesterday"):
# trimmed from the front of an English match.
_LEADING_WORDS = (
    "today", "yesterday", "tomorrow", "tonight", "dear", "thanks", "hi", "hello", "happy",
    "welcome", "visiting", "local", "nearest", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday",
)  # fmt: skip
_LEADING = frozenset(STOP_WORDS) | frozenset(_LEADING_WORDS)
# Patterns whose match may start with words that are not the name ("The", "Our").
_TRIMMED = frozenset({"name + head", "name + school kind", "building after a place word"})
# Titles that begin a person's name: "Pastor Winston Clarke of New Testament Church" is a
# person "of" a building; the building starts after "of".
_TITLE_FIRST = re.compile(
    r"(?:Pastor|Rev|Revd|Reverend|Father|Fr|Dr|Mr|Mrs|Ms|Miss|Imam|Rabbi|Bishop|Canon|Sister|"
    r"Brother|Prof|Professor|Cllr|Councillor)\.?\s[^\n]*?\sof\s+"
)
# A word of a match, with its position (to move the start past trimmed words).
_WORD = re.compile(r"[^\s]+")


# Cheap necessary conditions of the patterns (FacilityRecognizer.may_match), by pattern name.
# Words are looked for in the folded text (gated.fold: every letter a case-insensitive pattern
# letter matches folds onto it, and a capitalised word folds to its lower case); each set
# holds a word of every form the pattern's head (or fixed word) can take.
_HEAD_EN_WORDS = (
    "hospital", "infirmary", "clinic", "hospice", "home", "centre", "center", "practice",
    "school", "academy", "college", "nursery", "ward", "unit", "pharmacy", "library", "plant",
    "factory", "depot", "warehouse", "abattoir", "club", "hotel", "market", "marina", "pier",
    "galleries", "station", "mill", "refinery", "frail", "aged", "retirement", "children",
    "living", "memory", "nursing",
)  # fmt: skip
# _SCHOOL_KIND's words ("infant" covers "Infants", "junior" "Juniors").
_SCHOOL_WORDS = (
    "primary", "infant", "junior", "high", "elementary", "middle", "grammar", "comprehensive",
)  # fmt: skip
# _BUILDING's words ("hall" covers "Halls").
_BUILDING_WORDS = (
    "house", "lodge", "court", "manor", "grange", "mews", "gardens", "hall", "rooms", "church",
    "chapel", "mosque", "pavilion", "inn", "tavern", "arms",
)  # fmt: skip
# _HEAD_FR's case-insensitive words ("clinique" covers "polyclinique", "hospice" "hospices
# civils", "centre" every "centre ...", "école" its kinds).
_HEAD_FR_WORDS = (
    "hôpital", "hopital", "clinique", "maison", "centre", "groupe", "hospice", "institut",
    "maternité", "résidence", "école", "collège", "lycée", "pharmacie", "unité", "pavillon",
    "foyer", "marché", "home",
)  # fmt: skip
# _HEAD_FR's acronyms, case-sensitive as in the pattern (the same sub-pattern, same engine and
# flags): "ch" or "ime" inside English words would let nearly every post through as words.
_HEAD_FR_ACRONYM = regex.compile(
    r"\b(?:CHU|CHRU|CHR|CHI|CHS|CH|GHU|EHPAD|Ehpad|IME|CHSLD|EPH|EHU|EHS|EPSP|CHT|CEG|CEM|EPP|EMS|"
    r"MRS|MR)\b",
    flags=re.DOTALL | re.MULTILINE,
)


def _any_word(words: tuple[str, ...]) -> Callable[[str, str], bool]:
    """A test met when one of the words is in the folded text."""
    return lambda text, folded: any(w in folded for w in words)


_MAY_MATCH: dict[str, Callable[[str, str], bool]] = {
    "name + head": _any_word(_HEAD_EN_WORDS),
    # the initials "PS" and "NS" are case-sensitive, after a name
    "name + school kind": lambda text, folded: (
        any(w in folded for w in _SCHOOL_WORDS) or " PS" in text or " NS" in text
    ),
    "building after a place word": _any_word(_BUILDING_WORDS),
    # "the" in the lookbehind, then "&" or "and" between the two names.
    "pair name after a place word": lambda text, folded: (
        "the" in folded and ("&" in text or "and" in folded)
    ),
    # The bracket after the head word.
    "name in brackets after a place": lambda text, folded: "(" in text,
    "school word + name": _any_word(("scoil", "coláiste", "ysgol")),
    "the X General": _any_word(("general",)),
    "ward number": lambda text, folded: "ward" in folded and has_digit(text),
    "bed number": lambda text, folded: (
        has_digit(text) and any(w in folded for w in ("bed", "chambre", "lit"))
    ),
    "room of a person": lambda text, folded: (
        has_digit(text) and any(w in folded for w in ("room", "chair", "fauteuil"))
    ),
    "unité number": lambda text, folded: (
        has_digit(text)
        and ("unit" in folded or any(w in text for w in ("Nord", "Sud", "Est", "Ouest")))
    ),
    "unit by floor and wing": lambda text, folded: (
        has_digit(text) and any(w in text for w in ("North", "South", "East", "West"))
    ),
    "tête + nom": lambda text, folded: (
        any(w in folded for w in _HEAD_FR_WORDS) or _HEAD_FR_ACRONYM.search(text) is not None
    ),
}


# Words for a person before the room or the chair they are in (an "Elder" of a First Nation
# or Inuit family too: "The Elder in room 108")
PERSON_WORDS = (
    "lady|gentleman|man|woman|patient|resident|guy|girl|boy|mum|mom|dad|mother|father|husband|"
    "wife|gran|granny|grandma|grandpa|grandad|elder|monsieur|dame|patiente|m[èe]re|p[èe]re|mari|"
    # (Québec's "la madame du fauteuil 11")
    "vieux|vieille|madame"
)


class FacilityRecognizer(CheckedPatternRecognizer):
    """FACILITY: a hospital, ward, care home, clinic, hospice or school named in the text."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # "St Mary's Hospital", "Oakwood Care Home", "Jubilee ward" (trimmed and checked in
        # analyze: leading "The"/"Our" dropped, a non-generic word required).
        # (a space, not a line break, before the head: "Order by Tuesday.\nMarket Place ...")
        Pattern("name + head", rf"\b{_NAME_EN}[ \t]+{_HEAD_EN}\b", 0.7),
        # "Brookside Primary", "Fairfield High": a school by its kind.
        Pattern("name + school kind", rf"\b{_NAME_EN}\s+{_SCHOOL_KIND}", 0.65),
        # "at Meadowbank House", "moved into Holly Lodge", "from St Luke's Church"
        Pattern(
            "building after a place word",
            rf"{_AT_PLACE}{_NAME_EN}\s+{_BUILDING}\b",
            0.6,
        ),
        # "Elmfield House, Louth", "Seaview Court, Whitby": a building named with its town
        # after a comma, as an address is written (not after a title: "Dr House, Wilson")
        Pattern(
            "building + town",
            rf"\b(?!(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Dame)\b){_NAME_EN}\s+{_BUILDING}"
            rf"(?=,[ \t]*\p{{Lu}}\p{{Ll}}+\b(?![ \t]+{_BUILDING}))",
            0.6,
        ),
        # "at the Crown & Anchor"
        Pattern("pair name after a place word", _PAIR_NAME, 0.6),
        # "school (Holy Cross in Chorley)"
        Pattern("name in brackets after a place", _BRACKETED, 0.6),
        # "Scoil Bhríde", "Gaelscoil Uí Riada", "Ysgol Gymraeg Aberystwyth": Irish and Welsh
        # schools open with the word for school.
        Pattern("school word + name", rf"\b(?:Scoil|Gaelscoil|Coláiste|Ysgol){_SP}{_NAME_EN}", 0.7),
        # "the Northern General"
        Pattern("the X General", _GENERAL, 0.65),
        # "Ward 7", "ward 12B": a numbered ward is a specific place; North American hospitals
        # number units by floor and wing ("Unit 4 West", "Ward 7 North", "on 4 West").
        Pattern(
            "ward number", r"\b(?i:ward)\s+\d{1,3}[A-Za-z]?\b(?:\s+(?:North|South|East|West))?", 0.7
        ),
        Pattern(
            "unit by floor and wing",
            r"\b(?:(?i:unit)\s+)?\d{1,2}\s+(?:North|South|East|West)\b(?!\s*[A-Z])",
            0.6,
        ),
        # ... and French ones: a unit by its code ("l'unité 5B", "unité 12") or by floor and
        # wing as Québec numbers them ("l'unité de médecine 4e Nord", "au 3e Ouest")
        Pattern(
            "unité number",
            # (not a dose: "1 unité 2 fois par jour", "1 unité 5"; not "2e Nord-Américain")
            r"(?<!\d\s)\b(?i:unit[ée])\s+\d{1,2}(?:\s?[A-Z]\b|\b)"
            r"(?![,.]\d|\s*(?:fois|x|par|/)\b)"
            r"|\b\d{1,2}e\s+(?:Nord|Sud|Est|Ouest)\b(?![-\s]*[A-Z])",
            0.6,
        ),
        # a hospital bed or a patient's room by its number ("bed 4", "chambre 12", "lit 3");
        # not "room", which is as often a meeting room
        Pattern("bed number", r"\b(?i:bed|chambre|lit)\s+(?:n°\s*)?\d{1,4}[A-Za-z]?\b", 0.6),
        # ... and a room a person is in, or a dialysis chair they sit in ("the lady in Room
        # 312", "the gentleman from chair 6", "le monsieur du fauteuil 6"): after a word for a
        # person only, or "he" / "she" being in it ("he's still in room 4 at Rawene Hospital");
        # "the mum from Room 9" is a school's class
        Pattern(
            "room of a person",
            rf"(?<=\b(?i:{PERSON_WORDS})\s+(?i:in)\s+)(?i:room)\s+\d{{1,4}}[A-Za-z]?\b"
            r"|(?<=\b(?i:he|she)(?:['’]s|\s+(?i:is|was))\s+(?:(?i:still|now)\s+)?(?i:in)\s+)"
            r"(?i:room)\s+\d{1,4}[A-Za-z]?\b"
            # (kin called by name, or the poster: "Mamaw's in room 412", "I'm back in room
            # 214 for round 4"; three digits or more, a ward's floor and bed, as "Mum's in
            # room 5 of the library" is a meeting room)
            # (the poster only "still" or "back" in it: "I'm in room 305 at the conference
            # centre" is a stand)
            r"|(?<=(?:\b\p{Lu}\p{Ll}+['’]s\s+(?:(?i:still|now|back)\s+)?|"
            r"\b(?i:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?i:still|back)\s+)(?i:in)\s+)"
            r"(?i:room)\s+\d{3,4}[A-Za-z]?\b"
            rf"|(?<=\b(?i:{PERSON_WORDS})\s+(?i:in|from|du|au)\s+)(?i:chair|fauteuil)\s+"
            r"\d{1,3}\b",
            0.6,
        ),
        # "CHU de Nantes", "Hôpital Necker", "EHPAD Les Tilleuls", "service de cardiologie du
        # CHU de Nantes"
        Pattern("tête + nom", rf"(?:{_SERVICE_FR})?{_HEAD_FR}\s+{_NAME_FR}", 0.7),
    ]
    # Words that place a person in a facility (Presidio adds 0.35 within 5 words before).
    CONTEXT: ClassVar[list[str]] = [
        "admitted",
        "transferred",
        "staying",
        "resident",
        "hospitalis",
        "admis",
        "séjour",
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="FACILITY",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name=f"FacilityRecognizer_{supported_language}",
            # Case matters (names are capitalised): each pattern marks its (?i:) parts.
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
        self._last_folded = ("", "")

    def may_match(self, text: str, pattern: Pattern) -> bool:
        """False when the text lacks a word the pattern needs (_MAY_MATCH)."""
        test = _MAY_MATCH.get(pattern.name)
        if test is None:
            return True
        folded = self._folded(text)
        return test(text, folded)

    def _folded(self, text: str) -> str:
        """The folded text, computed once for all the patterns of a post."""
        last = self._last_folded
        if last[0] is not text:
            last = self._last_folded = (text, fold(text))
        return last[1]

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """Trim leading non-name words ("The", "Our"); refuse generic names."""
        if result.analysis_explanation.pattern_name in _TRIMMED:
            result.start = _trimmed_start(text, result.start, result.end)
        named = _is_named(text[result.start : result.end])
        if result.analysis_explanation.pattern_name == "building + town" and _a_full_name(
            text[result.start : result.end]
        ):
            return False  # "Pam Hall, Kendal, has lived with MS": Hall, Court, Lodge are surnames
        return result.analysis_explanation.pattern_name == "ward number" or named


def _a_full_name(span: str) -> bool:
    """Whether a "building" is a first name and a surname ("Pam Hall", "Ian Court")."""
    words = span.split()
    if len(words) != 2:
        return False
    level = max(first_name_level(words[0], "en") or 0, first_name_level(words[0], "fr") or 0)
    return level >= CAP


def _trimmed_start(text: str, start: int, end: int) -> int:
    """The start of an English match once leading stop words ("The", "Our") are dropped."""
    words = list(_WORD.finditer(text, start, end))
    for word in words[:-1]:
        if word.group().lower() not in _LEADING:
            titled = _TITLE_FIRST.match(text, word.start(), end)
            return titled.end() if titled else word.start()
    return words[-1].start()


def _is_named(span: str) -> bool:
    """Whether a facility span has at least one word that is not generic."""
    words = (w.lower().strip(",.'’").removesuffix("'s").removesuffix("’s") for w in span.split())
    # Hyphenated and French names ("Saint-Jean", "Pitié-Salpêtrière") count as names.
    return any(w and w not in _GENERIC and not _FRENCH_HEAD.fullmatch(w) for w in words)


# A word of a French head, in lower case (it does not make a name).
_FRENCH_HEAD = re.compile(
    r"chu|chru|chr|chi|chs|ch|ghu|ehpad|ime|chsld|ems|hôpital|hopital|l['’]hôpital|clinique|"
    r"polyclinique|maison|retraite|santé|centre|hospitalier|universitaire|intercommunal|"
    r"spécialisé|groupe|hospices?|civils|institut|maternité|résidence|école|primaire|"
    r"maternelle|élémentaire|collège|lycée|publi(?:c|que)|privée?|rééducation|service|unité|"
    r"pôle|département|pharmacie|pavillon|foyer|de|du|des|d['’]|la|le|les|l['’]|au|à"
)


def recognizers(language: str) -> list[EntityRecognizer]:
    """The facility recognizer (English and French names in both languages)."""
    return [FacilityRecognizer(supported_language=language)]
