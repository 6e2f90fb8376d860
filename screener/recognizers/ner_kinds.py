"""What kind of entity a spaCy entity is, by its own words: a person, a place, a country, a
date, or noise (numbers, codes, campaigns, titles alone, everyday words, streets and areas
spaCy called people). Used by the NER recognizer (ner_entities.py)."""

from __future__ import annotations

import re

from screener.gazetteers import WORD, canonical, common_words, places
from screener.name_context import HOSPITAL_LAST_WORDS, SURNAME_PARTICLES, TITLES, VENUE_WORDS
from screener.recognizers.date import is_generic_time
from screener.recognizers.ner_words import (
    ARTICLE_OPENING,
    NOT_NAMES,
    TITLES_ALONE,
    EntityWords,
    countries,
    unelided,
)

__all__ = ["ADDRESS_STREET_TYPES", "VENUE_TYPES", "classify"]

# A code of letters and digits ("P2", "B12") or a time ("8am–4pm"): one or two words with a digit.
_HAS_DIGIT = re.compile(r"\d")
_CODE_MAX_WORDS = 2
# A saint's name opening a "person": the place named after the saint ("St Ninian's").
_SAINTS = frozenset({"St", "St.", "Saint", "Ste", "Sainte"})
# "Ma mère", "my mum", "notre fille": a possessive before a kinship word or title.
_POSSESSIVE = re.compile(
    r"^(?:my|our|your|his|her|their|ma|mon|mes|notre|nos|ta|ton|sa|son)\s+", re.IGNORECASE
)
# A span made only of digits and punctuation ("94", "2,000") is a number, not a name or a place.
_NUMERIC = re.compile(r"^[\d\s.,:/'-]+$")
# Mentions (@x) and hashtags (#x) are handled by the handle recognizer or are topics.
_TAGGED = re.compile(r"^[@#]")
# A "name" that starts with a month or weekday is a campaign or an event ("Octobre Rose",
# "Movember Monday"), not a person; English months that are also first names are kept.
_CALENDAR = {
    "en": frozenset(
        "january february march july september october november december monday tuesday "
        "wednesday thursday friday saturday sunday".split()
    ),
    "fr": frozenset(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
        "lundi mardi mercredi jeudi vendredi samedi dimanche "
        # campaign words: "Journée de dépistage", "Semaine de la vaccination", "Mois sans tabac"
        "journée semaine mois".split()
    ),
}
# Capitalised street types ending a "name" ("Randolph Ave") and heads opening one ("Ward
# Glaslyn", Welsh "Ysbyty Alltwen" = hospital): a street or a place of care, not a person.
ADDRESS_STREET_TYPES = (
    "Ave Avenue Rd Road St Street Lane Drive Blvd Boulevard Crescent Close Terrace".split()
)
# ("Ln", "Dr." and "Way" end a street's name, but before a comma they are too often a title
# or a word to open an address line)
_STREET_TYPES = frozenset(ADDRESS_STREET_TYPES) | {"Ln", "Dr.", "Way"}
# Words opening a place's name, Welsh ones too (hospital, surgery, centre, street, road, lane),
# the Maghreb's districts, lanes and villages ("Hay Mohammadi", "Derb Ghallef", "Douar").
_PLACE_HEADS = frozenset(
    "Ward Ysbyty Meddygfa Canolfan Stryd Heol Ffordd Lôn Hay Derb Douar "
    # Malay and Filipino streets, lanes, estates, villages and clinics ("Jalan Masjid Negeri",
    # "Klinik Pulau Sihat", "Barangay Bagong Silang")
    "Jalan Lorong Kampung Klinik Barangay Purok Sitio "
    # Thai lanes and roads ("Soi Ekkamai 12", "Thanon Sukhumvit")
    "Soi Thanon".split()
)
# Parts of French compound place names ("Basse-Côte-Nord", "Saint-Pierre", "Val-d'Or").
_PLACE_PARTS = frozenset(
    "nord sud est ouest côte haute haut basse bas saint sainte mont val port pont bourg ville "
    "sur lès les en la le".split()
)
# Landforms ending a "person": a town named after one ("Tennant Creek", "Twin Falls",
# "Palm Springs"); not those that are surnames too ("Hill", "Lake", "Rivers", "Bay").
_LANDFORM_LAST = frozenset(
    "Creek Springs Falls Valley Harbour Harbor Crossing Heights Downs Plains".split()
)
# Endings of Dutch, German and Nordic street and square names, written as one word
# ("Wibautstraat", "Croeselaan", "Kastanienallee", "Nørregade", "Drottninggatan"), and of
# their hospitals' names ("Landspítali", "Rigshospitalet"): a place, not a person.
_GERMANIC_PLACE_END = re.compile(
    r"(?:straat|laan|gracht|plein|kade|singel|steeg|dijk|stra(?:ß|ss)e|gasse|allee|platz|"
    r"gade|vej|stræde|torv|gatan|vägen|v[äa]gen|torget|veien|spítali|hospitalet|sjukhuset|"
    r"sykehus|sygehus|ziekenhuis|klinikum|krankenhaus)$",
    re.IGNORECASE,
)
# (the ending needs a word before it: "Laan" or "Platz" alone may be a surname)
_GERMANIC_MIN_LENGTH = 7
# Words of health bodies in Dutch, German and the Nordic languages inside a "person": a
# hospital ("Erasmus MC Sophia", "Amsterdam UMC", "Huisartsenpost Haaglanden") or a
# foundation ("Stiftelsen Söderhemmet", "Stichting ...").
_HEALTH_BODY_WORDS = frozenset(
    "MC UMC Huisartsenpost Klinikum Krankenhaus Sygehus Sjukhus Sykehus Ziekenhuis "
    "Stiftelsen Stichting Stiftung Stiftelse "
    # a health service named by its field or specialty ("Grady Nephrology", "Te Ara Hauora
    # Tairāwhiti", "Bayou City Community Health", "Grady ER"), Spanish pharmacies and clinics
    # ("Farmacia La Quisqueyana")
    "Health Healthcare Hauora Nephrology Cardiology Oncology Neurology Urology Dermatology "
    "Radiology Pediatrics Paediatrics Rheumatology ER Farmacia Clínica".split()
)
# A region named "-land" is a long word ("Matabeleland", 12 letters); "Roland", "Leland" and
# "Garland" are short and listed names anyway.
_LAND_MIN_LENGTH = 9
# Words of administrative areas inside a "person": a place's name.
_AREA_WORDS = frozenset("Province Région Canton County District Département Borough".split())
# Venue words, capitalised as they end a place's name, and the Māori meeting ground ("Te
# Poho-o-Rāwiri Marae").
VENUE_TYPES = [*sorted(w.capitalize() for w in VENUE_WORDS), "Marae"]


# Last words of a phone service's name ("Harapan Helpline", "Silver Line"), and of a mobile
# money service's ("Orange Money", "Airtel Money", "MTN MoMo", "Wave Pay").
_LINE_WORDS = frozenset(
    {"helpline", "hotline", "lifeline", "line", "careline", "money", "momo", "pay", "cash"}
)
# Prepositions and articles after an everyday word opening a spaCy person ("coin de
# Stavelot", "quartier du Neudorf"): a phrase, not a name ("mari jojo" is a kin word and one).
_LINKING_WORDS = frozenset({"de", "du", "des", "d'", "d’", "of", "the", "la", "le", "les"})
# A hospital department's abbreviation ending a "name" ("Sparrow GI scheduling", "Mercy ICU"):
# the department of a hospital named after its founder, not a person.
_DEPARTMENT_LAST = frozenset({"GI", "ICU", "NICU", "PICU", "ENT", "OBGYN", "OB-GYN", "ED"})
# Nicknames that chat writes in lower case and no list knows are short ("esp kat", "my fella
# dinny"); an unknown lower-case word of 7+ letters spaCy calls a person is a noun or an
# interjection of some language ("créatinine", "claustrophobes", "hamdoullah").
_LONG_LOWER_WORD = 7


def classify(
    label: str,
    surface: str,
    words_of: EntityWords,
    opener: bool = False,
    street: bool = False,
    cued: bool = False,
) -> str | None:
    """Our entity type for a spaCy entity (its label and its text), or None when it is noise.

    `words_of` holds the word tests of the post's language; `opener`: the entity opens a
    sentence; `street`: a French street word comes right before it; `cued`: words around it
    speak to or of a person ("coucou à morgwen qui sort de chimio")."""
    language = words_of.language
    stripped = surface.strip()
    if _NUMERIC.match(stripped) or _TAGGED.match(stripped):
        return None
    if label != "DATE" and "·" in stripped:
        return None  # French inclusive writing ("patient·e·s", "suivi·e·s"): no name
    if label == "DATE":
        return None if is_generic_time(stripped, language) else "DATE"
    if _POSSESSIVE.sub("", stripped).lower() in NOT_NAMES or len(stripped) < 2:
        return None
    words = stripped.split()
    if all(w.lower() in NOT_NAMES for w in words if any(c.isalpha() for c in w)):
        return None  # "Dzień dobry 🇵🇱": a greeting of two words, an emoji after
    common = common_words(language)
    if words[0].lower() in _CALENDAR[language]:
        return None
    if stripped.lower() in TITLES_ALONE:
        return None  # "le Pr", "Monsieur est malentendant": a title naming no one
    if opener and len(words) == 1 and words_of.opener_word(stripped, label):
        return None  # "Bienvenue", "Prenez": a capitalised sentence opener
    if len(words) == 1 and words_of.not_a_name(stripped, label, street):
        return None
    if (
        label == "PERSON"
        and not cued
        and all(w.islower() for w in words)
        and not any(words_of.name_level(w) is not None for w in words)
        and (len(words) > 1 or len(stripped) >= _LONG_LOWER_WORD)
    ):
        return None  # "créatinine", "hamdoullah", "maraming tubig": lower case, no known name
    short = len(words) <= _CODE_MAX_WORDS
    if short and _HAS_DIGIT.search(stripped) and words_of.is_code(words):
        return None  # "Chambre 214", "P2", "8am–4pm": a room, a code or a time
    if label == "LOCATION" and all(w.islower() and unelided(w) in common for w in words):
        return None  # "l'amphithéâtre de l'hôpital": everyday words, no name
    if (
        label == "LOCATION"
        and opener
        and all(unelided(w.lower()) in common for w in words)
        and canonical(stripped) not in places(language)
    ):
        return None  # "Videz les soucoupes", "Personnes âgées :": a capitalised opener
    # (after an article: "Le Dr Garnier sera absent")
    article = ARTICLE_OPENING.match(stripped) if len(words) > 2 else None
    titled = stripped[article.end() :].split() if article is not None else words
    if (
        label == "LOCATION"
        and len(titled) > 1
        and titled[0].lower() in TITLES[language]
        and titled[1][:1].isupper()
    ):
        return "PERSON"  # "Le Dr Garnier, seul médecin de la commune": a titled person
    if (
        label == "PERSON"
        and len(words) > 1
        and canonical(words[0]) in places(language)
        and not words_of.known_name(words[0])
    ):
        return "LOCATION"  # "Hampstead Heath Ladies' Pond": a town's name opens it
    if (
        label == "PERSON"
        and len(words) > 2
        and words[0].islower()
        and words[1].lower() in _LINKING_WORDS
        and words[0] in common
        and words[0] not in SURNAME_PARTICLES
        and words_of.name_level(words[0]) in (None, WORD)
    ):
        # "ceux du coin de Stavelot": an everyday word and a preposition open it, which no name
        # does ("lifeguard Sam Te Awa" is a role before one, "mari jojo" a kin word); the
        # place at its end is the recognizers' to find
        return None
    if label == "PERSON" and len(words) > 1 and words[-1].lower() in _LINE_WORDS:
        return None  # "Harapan Helpline", "Orange Money": a service's name
    if label == "PERSON" and len(words) > 1 and words[-1] in _DEPARTMENT_LAST:
        return None  # "Sparrow GI": a hospital's department
    if label == "PERSON" and len(words) > 1 and words[-1] in HOSPITAL_LAST_WORDS:
        return "LOCATION"  # "Kerry General", "Wexford General": a hospital
    if label == "PERSON" and (
        any(w in _HEALTH_BODY_WORDS for w in words)
        or (
            len(words) == 1
            and len(stripped) >= _GERMANIC_MIN_LENGTH
            and _GERMANIC_PLACE_END.search(stripped) is not None
            and not words_of.known_name(stripped)
        )
    ):
        return "LOCATION"  # "Wibautstraat", "Landspítali", "Erasmus MC Sophia"
    if (
        label == "PERSON"
        and len(words) > 1
        and words[0] == "Te"
        and not words_of.known_name(words[1])
        and not (len(words) == 3 and words_of.known_name(words[2]))
    ):
        return "LOCATION"  # "Te Whatu Ora Lakes", "Te Puna Ora": the Māori article opens a
        # body's, a place's or a programme's name; "Te Aroha Smith" ends with a known surname
    if label == "PERSON" and len(words) > 1 and words[-1] in _LANDFORM_LAST:
        return "LOCATION"  # "Tennant Creek", "Twin Falls": a town named after a landform
    # "Info Service", "Diagnostiquée SEP": everyday words and no name in them.
    has_everyday = any(w.lower() in common for w in words)
    if label == "PERSON" and len(words) > 1 and has_everyday:
        core = words_of.core(words)
        named = any(map(words_of.known_name, words)) or words_of.bare_name(core)
        return "PERSON" if named else None
    if label == "PERSON" and (
        words[-1] in _STREET_TYPES or words[-1] in VENUE_TYPES or words[0] in _PLACE_HEADS
    ):
        return "LOCATION"  # "Randolph Ave", "Cresta Mall", "Ward Glaslyn", "Ysbyty Alltwen"
    if label == "PERSON" and any(w in _AREA_WORDS for w in words):
        return "LOCATION"  # "Province de Namur", "Canton de Vaud", "County Clare"
    if label == "PERSON" and len(words) == 1 and _hyphen_place(stripped):
        return "LOCATION"  # "Basse-Côte-Nord", "Sainte-Anne-des-Monts"
    if (
        label == "PERSON"
        and len(words) == 1
        and len(stripped) >= _LAND_MIN_LENGTH
        and stripped.endswith("land")
        and not words_of.known_name(stripped)
    ):
        return "LOCATION"  # "Matabeleland", "Mashonaland": a region; not Roland or Sutherland
    if label == "PERSON" and words[0] in _SAINTS:
        return "LOCATION"  # "St Ninian's", "Saint Luke's": a church, school or hospital
    if label == "LOCATION":
        lowered = stripped.lower().removeprefix("the ")
        return "COUNTRY" if lowered in countries() else "LOCATION"
    return label if label == "PERSON" else None


def _hyphen_place(word: str) -> bool:
    """A hyphenated compound with a word of French place names ("Basse-Côte-Nord"); not a
    compound first name ("Jean-Marie")."""
    parts = word.lower().split("-")
    return len(parts) >= 2 and any(part in _PLACE_PARTS for part in parts)
