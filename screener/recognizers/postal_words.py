"""The words of postal addresses: house numbers, street types, units, boxes, non-street words.

House numbers, street-type words, units and boxes, and the words that never belong to a street
or a town.

Regex fragments for postal_patterns.py, and word tests (is this a street-type word?) for the
address-block finder.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import regex  # type: ignore[import-untyped]  # Presidio's regex engine (\p{..}, lookbehinds)

# --- words ----------------------------------------------------------------------------------
# Street words, English and French, as the verdict's rules on homes and streets read them
# after or before a street's name ("Bay Road", "rue du Port"; screener/quasi.py,
# screener/groups.py): a plain alternation, for case-insensitive patterns.
STREET_WORDS = (
    r"street|road|rd|lane|avenue|ave|close|drive|crescent|terrace|rue|chemin|impasse|all[ée]e|"
    r"boulevard|bd|quai|lotissement|"
    # Spanish streets ("Calle Luna", "Avenida Ponce de León")
    r"calle|avenida|paseo"
)
# Determiners and possessives before a "house number" make it an event's or a thing's, not a
# home's: "The 2024 Pink Tie Gala", "her 10K Canal Walk", "notre 5e marche" (address.py reads
# the English ones; postal_patterns.py both).
DETERMINERS_EN = r"the|our|their|this|a|an|my|his|her|your"
DETERMINERS = rf"(?i:{DETERMINERS_EN}|le|la|les|notre|nos|un|une|ce|cette|mon|ma|son|sa)"
# A house number: "14", "221B", "12-14", "3/5", French "12 bis"; not inside a longer number,
# a decimal, a time or a word ("4,500", "3.5", "9:30", "5th", French "10h").
NUM = (
    r"(?<![\p{L}\d.,:/-])\d{1,5}(?:[-/]\d{1,4})?(?:(?![hH])[A-Za-z])?(?![\p{L}\d]|[.,:]\d)"
    r"(?:\s(?i:bis|ter|quater)(?![\p{L}\d]))?"
)
# Small words inside street and town names ("Rua das Pedras", "Vila do Conde", "Stratford upon
# Avon", "Frankfurt am Main"); a name never starts with one.
PARTICLE_WORDS = frozenset(
    "de del della delle degli dei di da do dos das du des la le les el los las van von der den "
    "het ter am an im zum zur y e nad pod na u sur sous lès upon on of the".split()
)
PARTICLE = "(?:(?i:" + "|".join(sorted(PARTICLE_WORDS, key=len, reverse=True)) + r")(?=\s))"
# Street-type words that stand before the name ("Via Roma", "ul. Polna", "rue des Lilas") or
# after it in lower case ("Rolfsens vei", "Dózsa György út"): any case inside a street name.
_TYPE_WORDS = (
    "via viale piazza piazzale corso largo vicolo strada calle avenida avda camino camiño "
    "carrera carretera paseo plaza ronda travesía pasaje rua rúa travessa estrada praça "
    "alameda carrer passeig rue avenue boulevard chemin impasse allée quai place "
    "ul ulica aleja tee maantee puiestee tänav kalea enparantza rakpart útja sétány "
    "osiedle plac náměstí nám ulice třída utca út tér körút krt str strasse straße gasse "
    "weg allee platz vej vei veien gata gatan gade plads straat laan plein gracht kade "
    "steenweg tie katu kuja vegur cesta trg οδός λεωφόρος"
).split()
TYPE_WORD = "(?:" + "|".join(sorted(_TYPE_WORDS, key=len, reverse=True)) + r")\.?(?=\s)"
# English types that are also everyday words ("close", "court", "way"): types only when
# capitalised; the plain ones count in any case ("street", "road").
_EN_TYPES_ANY = "street road avenue lane drive boulevard crescent terrace parkway highway".split()
_EN_TYPES_CAP = (
    "Close Court Way Place Square Grove Gardens Row Mews Walk Hill Green Park Rise Parade "
    "Vale View St Rd Ave Av Ln Dr Blvd Pkwy Hwy Cres Ct Pl Sq Tce Gdns Str"
).split()
# Word endings that make a word a street ("Lindenstrasse", "Industrivej", "Sahantie",
# "Herfststraat", "Meierigaten"): German, Nordic, Dutch, Finnish, Hungarian, Icelandic types.
TYPE_SUFFIXES = tuple(
    "straße strasse gasse weg allee platz damm ufer chaussee vej vei veien gata gatan gaten "
    "gade plads stræde torv torget vägen väg gränd straat laan plein gracht kade dreef singel "
    "steenweg tie katu kuja polku vegur braut stræti utca ulica cesta ulice".split()
)
# Unit and box keywords ("Apt. 4", "Suite 210", "Flat 2", "Box 118", "appartement 3").
_UNIT_KEYWORD = r"(?i:apt|apartment|suite|ste|unit|flat|appartement|appt|box|bte)"
# A unit: keyword, then an optional "#"/"No."/"n°", then the number.
UNIT = rf"{_UNIT_KEYWORD}\.?\s*(?:#\s*|(?i:no)\.?\s*|n°\s*)?\d{{1,5}}[A-Za-z]?(?![\p{{L}}\d])"
# A capitalised word of a name: "Baker", "O'Connell", "Saint-Michel", "d'Alsace", "St.",
# "ΤΡΙΚΟΥΚΚΙΑ"; not a unit keyword, which starts the next part of the address.
CAP_WORD = rf"(?!{_UNIT_KEYWORD}\b)(?:(?i:[dl])['’])?\p{{Lu}}[\p{{L}}\p{{M}}'’-]*\.?"
# Any word, for addresses written all in lower case ("16 salontie 6").
ANY_WORD = rf"(?!{_UNIT_KEYWORD}\b)[\p{{L}}\p{{M}}][\p{{L}}\p{{M}}'’-]*\.?"
# Spanish "C/" (calle), Polish "ul." (ulica), English ordinals ("5th Avenue").
SPECIAL_WORD = r"C/|(?i:c/)|(?i:ul)\.|\d{1,3}(?i:st|nd|rd|th)(?=\s)"
# A word starting a street name, then a word inside one, in each case mode.
FIRST = {
    "cap": rf"(?:{SPECIAL_WORD}|(?i:{TYPE_WORD})|{CAP_WORD})",
    "low": rf"(?:{SPECIAL_WORD}|{ANY_WORD})",
}
# Norwegian and Swedish types written in lower case after the name ("Karl Johans gate 22",
# "Storgata 5"): types only in lower case ("Gate 22" is at an airport).
# French "route" and "cours" likewise ("12 route de Lyon", not "Bus Route 42").
_LOWER_TYPES = frozenset("gate gaten veg vegen vei veien vej väg vägen route cours".split())
_LOWER_TYPE = "(?:" + "|".join(sorted(_LOWER_TYPES, key=len, reverse=True)) + r")(?=\s)"
INNER = {
    mode: rf"(?:{PARTICLE}|(?i:u)\.(?=\s)|{_LOWER_TYPE}|{word})" for mode, word in FIRST.items()
}
# In capitalised text a street name can still hold lower-case words ("Trg revolucije 12",
# "Luite tee 71", "Árpád fejedelem útja 3."): allowed only when a house number closes the
# name, so that a sentence does not run on into it.
LOOSE = rf"(?:{INNER['cap']}|[\p{{Ll}}][\p{{L}}\p{{M}}'’-]*)"
# Post-office box words in the languages of the addresses seen most.
PO_BOX = (
    r"(?i:p\.?\s?o\.?\s?box|post\s+office\s+box|boîte\s+postale|postfach|postbus|apartado"
    r"|casilla|caixa\s+postal|casella\s+postale)"
)
# Nothing glued before a street start ("McDonald" does not start at "Donald").
START = r"(?<![\p{L}\p{M}\d'’.-])"

# Words that never start or fill a town or street in lower-case text: pronouns, verbs and
# function words of a sentence ("i moved", "see you soon", "merci").
STOPWORDS = frozenset(
    "i you he she it we they me my your his her our their is are was were be been am have has "
    "had do did does will would can could should please thanks thank and or but if so to for "
    "with at in on from by this that these those a an not no yes what when where how why who "
    "just also very too then there here all some any one ok okay lol je tu il elle nous vous "
    "ils elles est sont et ou mais merci pour avec dans chez ce cette mon ma mes ton ta son sa "
    "pas oui non".split()
)
# Month, weekday and unit words: "12 March 2024" or "2 tablets 500" is not a street.
NOT_STREET = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday janvier février mars avril mai juin juillet août septembre octobre "
    "novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche "
    "mg ml mcg kg g x times tablets tablet pills pill caps days weeks months years hours mins "
    "minutes jours semaines mois ans heures fois comprimés cp".split()
)
# Boxes and ships: a street on their own.
BOXES = regex.compile(rf"(?:{PO_BOX}|(?i:psc|cmr|unit|usns|usnv|uss|uscgc))\b")


@cache
def _common_words() -> frozenset[str]:
    """Everyday English and French words, which a street-type ending does not make a street
    ("decade", "brigade", "auntie")."""
    words: set[str] = set()
    for name in ("common_words_en.txt", "common_words_fr.txt"):
        text = resources.files("screener.data").joinpath(name).read_text("utf-8")
        words.update(w for w in text.splitlines() if w and not w.startswith("#"))
    return frozenset(words)


def bare_type(word: str) -> bool:
    """True for a street-type word that is no name ("Road", "rue"; not "Lindenstrasse")."""
    bare = word.rstrip(".,").replace("’", "'")
    low = bare.lower()
    return (
        low in _TYPE_WORDS
        or low in _EN_TYPES_ANY
        or bare in _EN_TYPES_CAP
        or bare in _LOWER_TYPES
        or low == "c/"
    )


def is_type_word(word: str) -> bool:
    """True when a word of a street name says it is a street ("Road", "rue", "-strasse")."""
    if bare_type(word):
        return True
    low = word.rstrip(".,").lower()
    return (
        len(low) > 5
        and low.endswith(TYPE_SUFFIXES)
        and low not in _common_words()
        and low not in STOPWORDS
    )
