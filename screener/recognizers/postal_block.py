"""Whole postal addresses: a street line, then unit, town, state, postcode and country lines.

    14 Birchwood Road            Tom Reyes, 402 Calle Luna 17, Apt. 3, Segovia, Spain 40001
    Flat 5                       PSC 2210, Box 118 / APO AE 09456
    Harrowgate, Latvia 04417     12 rue des Tilleuls, 69003 Lyon

An address is written as parts, one a line or separated by commas, sometimes behind quote marks
("> ", "??? "). The block starts at a street part: a house number before or after a street
name ("14 Birchwood Road", "Lindenstrasse 12", "ul. Polna 5"), a P.O. box, a military PSC/Unit
box or a ship. Following parts are units ("Apt. 4", "Suite 210"), towns, state codes, and end
parts with a postcode and/or a country ("Spain 40001", "IL 62704", "69003 Lyon", "APO AE
09456"). One ADDRESS span runs from the street to the last end part, covering every piece.
Single lines work the same way, commas or not ("9 Pine St Apt. 3 Dover Ghana").

How sure a block is depends on what backs the street:
- a unit or an end part: an address (0.85);
- a street-type word ("Road", "rue", "Via", "-strasse", "-vej") with at most a town: a street
  (0.6), also on its own ("Lindenstrasse 12");
- a bare "number + name" with only a town after it ("63 Orla 4, Vary") could be a dose ("2
  Tylenol 500, Advil"): reported only near an address word ("lives at", "address").
Intersections ("the corner of Elm Street and 5th Avenue") are a LOCATION: a place, not a home.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, ClassVar

import regex  # type: ignore[import-untyped]  # Presidio's regex engine (\p{..}, lookbehinds)
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from screener.recognizers.country import country_names

# --- words ----------------------------------------------------------------------------------
# A house number: "14", "221B", "12-14", "3/5", French "12 bis"; not inside a longer number,
# a decimal, a time or a word ("4,500", "3.5", "9:30", "5th").
_NUM = (
    r"(?<![\p{L}\d.,:/-])\d{1,5}(?:[-/]\d{1,4})?[A-Za-z]?(?![\p{L}\d]|[.,:]\d)"
    r"(?:\s(?i:bis|ter|quater)(?![\p{L}\d]))?"
)
# Small words inside street and town names ("Rua das Pedras", "Vila do Conde", "Stratford upon
# Avon", "Frankfurt am Main"); a name never starts with one.
_PARTICLE_WORDS = frozenset(
    "de del della delle degli dei di da do dos das du des la le les el los las van von der den "
    "het ter am an im zum zur y e nad pod na u sur sous lès upon on of the".split()
)
_PARTICLE = "(?:(?i:" + "|".join(sorted(_PARTICLE_WORDS, key=len, reverse=True)) + r")(?=\s))"
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
_TYPE_WORD = "(?:" + "|".join(sorted(_TYPE_WORDS, key=len, reverse=True)) + r")\.?(?=\s)"
# English types that are also everyday words ("close", "court", "way"): types only when
# capitalised; the plain ones count in any case ("street", "road").
_EN_TYPES_ANY = "street road avenue lane drive boulevard crescent terrace parkway highway".split()
_EN_TYPES_CAP = (
    "Close Court Way Place Square Grove Gardens Row Mews Walk Hill Green Park Rise Parade "
    "Vale View St Rd Ave Av Ln Dr Blvd Pkwy Hwy Cres Ct Pl Sq Tce Gdns Str"
).split()
# Word endings that make a word a street ("Lindenstrasse", "Industrivej", "Sahantie",
# "Herfststraat", "Meierigaten"): German, Nordic, Dutch, Finnish, Hungarian, Icelandic types.
_TYPE_SUFFIXES = tuple(
    "straße strasse gasse weg allee platz damm ufer chaussee vej vei veien gata gatan gaten "
    "gade plads stræde torv torget vägen väg gränd straat laan plein gracht kade dreef singel "
    "steenweg tie katu kuja polku vegur braut stræti utca ulica cesta ulice".split()
)
# Unit and box keywords ("Apt. 4", "Suite 210", "Flat 2", "Box 118", "appartement 3").
_UNIT_KEYWORD = r"(?i:apt|apartment|suite|ste|unit|flat|appartement|appt|box|bte)"
# A unit: keyword, then an optional "#"/"No."/"n°", then the number.
_UNIT = rf"{_UNIT_KEYWORD}\.?\s*(?:#\s*|(?i:no)\.?\s*|n°\s*)?\d{{1,5}}[A-Za-z]?(?![\p{{L}}\d])"
# A capitalised word of a name: "Baker", "O'Connell", "Saint-Michel", "d'Alsace", "St.",
# "ΤΡΙΚΟΥΚΚΙΑ"; not a unit keyword, which starts the next part of the address.
_CAP_WORD = rf"(?!{_UNIT_KEYWORD}\b)(?:(?i:[dl])['’])?\p{{Lu}}[\p{{L}}\p{{M}}'’-]*\.?"
# Any word, for addresses written all in lower case ("16 salontie 6").
_ANY_WORD = rf"(?!{_UNIT_KEYWORD}\b)[\p{{L}}\p{{M}}][\p{{L}}\p{{M}}'’-]*\.?"
# Spanish "C/" (calle), Polish "ul." (ulica), English ordinals ("5th Avenue").
_SPECIAL_WORD = r"C/|(?i:c/)|(?i:ul)\.|\d{1,3}(?i:st|nd|rd|th)(?=\s)"
# A word starting a street name, then a word inside one, in each case mode.
_FIRST = {
    "cap": rf"(?:{_SPECIAL_WORD}|(?i:{_TYPE_WORD})|{_CAP_WORD})",
    "low": rf"(?:{_SPECIAL_WORD}|{_ANY_WORD})",
}
# Norwegian and Swedish types written in lower case after the name ("Karl Johans gate 22",
# "Storgata 5"): types only in lower case ("Gate 22" is at an airport).
# French "route" and "cours" likewise ("12 route de Lyon", not "Bus Route 42").
_LOWER_TYPES = frozenset("gate gaten veg vegen vei veien vej väg vägen route cours".split())
_LOWER_TYPE = "(?:" + "|".join(sorted(_LOWER_TYPES, key=len, reverse=True)) + r")(?=\s)"
_INNER = {
    mode: rf"(?:{_PARTICLE}|(?i:u)\.(?=\s)|{_LOWER_TYPE}|{word})" for mode, word in _FIRST.items()
}
# In capitalised text a street name can still hold lower-case words ("Trg revolucije 12",
# "Luite tee 71", "Árpád fejedelem útja 3."): allowed only when a house number closes the
# name, so that a sentence does not run on into it.
_LOOSE = rf"(?:{_INNER['cap']}|[\p{{Ll}}][\p{{L}}\p{{M}}'’-]*)"
# Post-office box words in the languages of the addresses seen most.
_PO_BOX = (
    r"(?i:p\.?\s?o\.?\s?box|post\s+office\s+box|boîte\s+postale|postfach|postbus|apartado"
    r"|casilla|caixa\s+postal|casella\s+postale)"
)
# Nothing glued before a street start ("McDonald" does not start at "Donald").
_START = r"(?<![\p{L}\p{M}\d'’.-])"

# --- streets ----------------------------------------------------------------------------------


def _street(mode: str) -> str:
    """A street in a case mode: number first, number last, P.O. box, military box or ship."""
    first, inner = _FIRST[mode], _INNER[mode]
    # "14 Birchwood Road", "35 97 Guildry Street" (building, then house number), "45 R Carne
    # Azeda 16" (numbers on both sides); up to six name words.
    number_first = (
        rf"{_NUM}(?:\s+{_NUM})?\s+{first}(?:\s+{inner}){{0,5}}(?:\s+{_NUM}\.?)?"
        rf"|{_NUM}(?:\s+{_NUM})?\s+{first}(?:\s+{_LOOSE}){{1,3}}\s+{_NUM}\.?"
    )
    # "Lindenstrasse 12", "Via Santa Teresa 71", "Király u. 15. Ástráðsson Street": a name of
    # up to five words starting with a capital, its number, and a trailing type. In lower case
    # only a word with a type ending ("salontie 6"): from any other word on, the sentence
    # before would join the name ("meet me at the 2").
    if mode == "cap":
        name = rf"(?:{_SPECIAL_WORD}|{_CAP_WORD})(?:\s+{inner}){{0,4}}"
    else:
        name = rf"[\p{{L}}]+(?:{'|'.join(_TYPE_SUFFIXES)})"
    number_last = rf"{name}\s+{_NUM}\.?(?:\s+{first}(?:\s+{inner}){{0,2}})?"
    # "P.O. Box 101", "Post Office Box 9", "boîte postale 12", "Postfach 1234", "Postbus 5",
    # "Apartado 33". A building number may come first ("98 P.O. Box 101").
    po_box = rf"(?:{_NUM}\s+)?{_PO_BOX}\s+\d{{1,6}}"
    # US military mail: "PSC 4457, Box 7534", "Unit 2050 Box 4190", "CMR 402".
    military = r"(?i:psc|cmr|unit)\s+\d{3,5}(?:,?\s+(?i:box)\s+\d{1,5})?"
    # A ship's name for fleet mail: "USNS Comfort", "USCGC Healy".
    ship = rf"(?i:usns|usnv|uss|uscgc)\s+{_ANY_WORD}(?:\s+{_ANY_WORD}){{0,2}}"
    return rf"{_START}(?:{po_box}|{military}|{ship}|{number_first}|{number_last})"


# --- towns, postcodes, countries ---------------------------------------------------------------
# A town word: capitalised or all caps ("Lyon", "WELLINGTON", "Saint-Étienne"), or a short
# abbreviation with its dot ("St.", "Mt."); a longer word with a dot ends a sentence.
_TOWN_WORD = {
    "cap": r"(?:\p{Lu}[\p{L}\p{M}'’-]*|\p{Lu}\p{L}{0,2}\.)(?![\p{L}\d])",
    "low": r"[\p{L}\p{M}][\p{L}\p{M}'’-]*(?![\p{L}\d])",
}
# A town: up to five words joined by particles, and a district after it ("København K",
# "Karlovy Vary 17", "Lyon 3e").
_TOWN = {
    mode: rf"{word}(?:\s+(?:{_PARTICLE}\s+)?{word}){{0,4}}(?:\s+(?:\d{{1,2}}(?:e|er)?|\p{{Lu}})"
    rf"(?![\p{{L}}\d]))?"
    for mode, word in _TOWN_WORD.items()
}
# UK and Canadian postcodes ("SW1A 1AA", "K1A 0B1"): uppercase, as written on envelopes.
_UK = r"[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}"
_CA = r"[A-Z]\d[A-Z]\s?\d[A-Z]\d"
# A postcode: 4-6 digits with an optional country prefix ("75015", "D-10115", "CH-8000"), US
# ZIP+4, Portuguese "1100-053", Brazilian "01310-200", Swedish "114 55", Polish "00-950",
# Dutch "1012 AB", UK and Canadian forms.
_POSTCODE = (
    rf"(?<![\p{{L}}\d])(?:{_UK}|{_CA}|\d{{4}}\s?[A-Z]{{2}}|\d{{5}}-\d{{4}}|\d{{4,5}}-\d{{3}}"
    rf"|\d{{2}}-\d{{3}}"
    rf"|\d{{3}}\s\d{{2}}|(?:[A-Z]{{1,2}}-)?\d{{4,6}})(?![\p{{L}}\d])"
)
# A postcode that is also a likely year ("France 2019"): weaker evidence on its own.
_YEARLIKE = regex.compile(r"(?:19|20)\d\d")
# State or province codes ("IL", "NSW", "ZH"), capitals only.
_STATE = r"\p{Lu}{2,3}(?![\p{L}\d])"
# Military post offices: "APO AE 09012", "FPO AP 96601", "DPO AA 34001".
_MILITARY_END = r"(?i:apo|fpo|dpo)\s+(?i:aa|ae|ap)\s+\d{5}(?!\d)"


@cache
def _country() -> str:
    """An alternation of the country names (longest first), spaces and hyphens loosened."""
    names = sorted(country_names(), key=len, reverse=True)
    parts = [regex.escape(n).replace(r"\ ", r"[\s-]+").replace("'", "['’]") for n in names]
    return r"(?i:" + "|".join(parts) + r")(?![\p{L}\d])"


@cache
def _country_in() -> Any:
    """A country name anywhere in a text."""
    return regex.compile(rf"(?<![\p{{L}}\d]){_country()}")


@cache
def _end_patterns(mode: str) -> tuple[Any, ...]:
    """The end-part patterns of a case mode, each compiled on its own (the longest match wins,
    which one alternation would not give)."""
    town, country = _TOWN[mode], _country()
    state = _STATE if mode == "cap" else r"[a-z]{2}(?![\p{L}\d])"
    forms = [
        _MILITARY_END,
        rf"(?:the\s+)?{country}(?:,?\s+{_POSTCODE})?",  # "Latvia 04417", "Costa Rica"
        rf"{state},?\s+{_POSTCODE}",  # "IL 62704"
        rf"{_POSTCODE},?\s+{town}",  # "69003 Lyon", "1050 Ixelles"
        rf"{town}(?:,?\s+{state})?,?\s+{_POSTCODE}",  # "Altafulla T 51890", "London SW1A 1AA"
        _POSTCODE,  # "40001" on its own line
    ]
    return tuple(regex.compile(f) for f in forms)


@cache
def _compiled(mode: str) -> dict[str, Any]:
    """Compiled patterns of a case mode."""
    street, town, country = _street(mode), _TOWN[mode], _country()
    unit = rf"(?P<unit0>{_UNIT}\s+)?(?P<street>{street})(?P<unit>,?\s+{_UNIT})?"
    # The end of an address on the street's line: "Dover, Ghana 40001", "Curitiba 40001".
    end = rf",?\s+(?:(?:the\s+)?{country}(?:,?\s+{_POSTCODE})?|{_POSTCODE})"
    return {
        # A street that ends its part, with a unit before or after ("Apt. 3 12 Elm Road").
        "street_at_end": regex.compile(rf"{unit}\s*$"),
        # A street with its unit and/or its end on one line: "sent to 9 Pine St Apt. 3 Dover
        # Ghana. Thanks", "12 Orla 3 Apt. 4 Segovia", "93 Vangsvej 8 Ghana".
        "inline": regex.compile(
            rf"(?P<unit0>{_UNIT}\s+)?(?P<street>{street})(?:(?P<unit>,?\s+{_UNIT})"
            rf"(?P<tail>(?:,?\s+{town})?{end}|,?\s+{town})?|(?P<tail2>(?:,?\s+{town})?{end}))"
            rf"(?=[\s.,;:!?)]|$)"
        ),
        "street": regex.compile(street),
        "unit": regex.compile(_UNIT),
        "town": regex.compile(rf"(?:{town}|{_STATE})"),
    }


# "the corner of Elm Street and 5th Avenue", "à l'angle de la rue X et de la rue Y": each
# street an optional number, ordinal or type word, a capitalised word, then up to five more
# words, numbers or particles. A dot only ends a short abbreviation ("St."), not a sentence.
_CORNER_WORD = r"(?:\p{Lu}\p{L}{0,3}\.|\p{Lu}[\p{L}\p{M}'’-]*)"
_CORNER_STREET = (
    rf"(?:\d{{1,5}}\s+|\d{{1,3}}(?:st|nd|rd|th)\s+|(?i:{_TYPE_WORD})\s+)?{_CORNER_WORD}"
    rf"(?:\s+(?:\d{{1,5}}(?![\p{{L}}\d])|{_CORNER_WORD}|(?i:de|del|la|le|des|du|di|rue|avenue)"
    rf"(?=\s))){{0,5}}"
)
_CORNER = regex.compile(
    r"(?i:(?:the\s+)?corner\s+of|à\s+l['’]angle\s+de(?:\s+la)?)\s+"
    rf"{_CORNER_STREET}\s+(?:and|&|et(?:\s+de(?:\s+la)?)?)\s+{_CORNER_STREET}"
)

# The same in lower case: both streets taken greedily, then checked and trimmed (_corners).
_CORNER_LOW = regex.compile(
    r"(?<![\p{L}])(?:the\s+)?corner\s+of\s+(?P<first>(?:\d{1,5}\s+)?\p{Ll}[\p{Ll}\p{M}'’-]*"
    r"(?:\s+(?:\d{1,5}(?![\p{L}\d])|\p{Ll}[\p{Ll}\p{M}'’-]*)){0,4}?)\s+and\s+"
    r"(?P<second>(?:\d{1,5}\s+|\d{1,3}(?:st|nd|rd|th)\s+)?\p{Ll}[\p{Ll}\p{M}'’-]*"
    r"(?:\s+(?:\d{1,5}(?![\p{L}\d])|\p{Ll}[\p{Ll}\p{M}'’-]*)){0,4})"
)

# Words that never start or fill a town or street in lower-case text: pronouns, verbs and
# function words of a sentence ("i moved", "see you soon", "merci").
_STOPWORDS = frozenset(
    "i you he she it we they me my your his her our their is are was were be been am have has "
    "had do did does will would can could should please thanks thank and or but if so to for "
    "with at in on from by this that these those a an not no yes what when where how why who "
    "just also very too then there here all some any one ok okay lol je tu il elle nous vous "
    "ils elles est sont et ou mais merci pour avec dans chez ce cette mon ma mes ton ta son sa "
    "pas oui non".split()
)
# Month, weekday and unit words: "12 March 2024" or "2 tablets 500" is not a street.
_NOT_STREET = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday janvier février mars avril mai juin juillet août septembre octobre "
    "novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche "
    "mg ml mcg kg g x times tablets tablet pills pill caps days weeks months years hours mins "
    "minutes jours semaines mois ans heures fois comprimés cp".split()
)
# Boxes and ships: a street on their own.
_BOXES = regex.compile(rf"(?:{_PO_BOX}|(?i:psc|cmr|unit|usns|usnv|uss|uscgc))\b")
# Separators allowed between two parts of one address: commas, spaces, up to one blank line,
# and the quote marks of a quoted reply ("> ", "??? ").
_GAP = regex.compile(r"[\s,]*")
_QUOTE = regex.compile(r"[ \t]*(?:(?:[>|*•·]|\?{2,})[ \t]*)*")
_MAX_NEWLINES = 3
# At most this many parts after the street (unit, town, state, postcode, country).
_MAX_FOLLOWERS = 7
# Town parts in a row before a unit or an end part: town, district and state at most.
_MAX_TOWNS = 3


@cache
def _common_words() -> frozenset[str]:
    """Everyday English and French words, which a street-type ending does not make a street
    ("decade", "brigade", "auntie")."""
    words: set[str] = set()
    for name in ("common_words_en.txt", "common_words_fr.txt"):
        text = resources.files("screener.data").joinpath(name).read_text("utf-8")
        words.update(w for w in text.splitlines() if w and not w.startswith("#"))
    return frozenset(words)


def _bare_type(word: str) -> bool:
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


def _is_type_word(word: str) -> bool:
    """True when a word of a street name says it is a street ("Road", "rue", "-strasse")."""
    if _bare_type(word):
        return True
    low = word.rstrip(".,").lower()
    return (
        len(low) > 5
        and low.endswith(_TYPE_SUFFIXES)
        and low not in _common_words()
        and low not in _STOPWORDS
    )


@dataclass(frozen=True, slots=True)
class _Part:
    """A piece of an address: one line, or the text between two commas of a line."""

    start: int
    end: int
    text: str
    mode: str  # "cap" when the part has a capital letter, else "low"


def _parts(text: str) -> list[_Part]:
    """The text cut at line ends and commas, quote marks and spaces trimmed."""
    parts: list[_Part] = []
    offset = 0
    for line in text.split("\n"):
        quote = _QUOTE.match(line)
        skip = quote.end() if quote else 0
        position = offset + skip
        for piece in line[skip:].split(","):
            stripped = piece.strip()
            if stripped:
                start = position + piece.index(stripped[0])
                mode = "low" if stripped == stripped.lower() else "cap"
                parts.append(_Part(start, start + len(stripped), stripped, mode))
            position += len(piece) + 1
        offset += len(line) + 1
    return parts


def _words(text: str) -> list[str]:
    return text.replace(",", " ").split()


def _plausible_street(surface: str, mode: str) -> bool:
    """A street match that is not a date, a dose or a sentence ("12 March 2024", "2 tablets
    500", "took 2 of them"): no calendar or unit word, no lower-case function word but the
    particles of names ("Rua do Paseo")."""
    words = [w.strip(".").lower() for w in _words(surface) if not w[:1].isdigit()]
    if any(w in _NOT_STREET for w in words):
        return False
    lower = [w for w in _words(surface) if w[:1].islower() or mode == "low"]
    return not any(w.strip(".") in _STOPWORDS - _PARTICLE_WORDS for w in lower)


def _street_strength(surface: str) -> str:
    """ "strong" when a type word, a box or a ship backs the street, "numbered" when numbers
    stand on both sides of the name ("45 Orla 16") or two lead it ("35 97 Guildry"), else
    "weak"."""
    if _BOXES.search(surface) or any(_is_type_word(w) for w in _words(surface)):
        return "strong"
    words = _words(surface)
    numbers = [w[:1].isdigit() for w in words]
    if len(words) >= 3 and numbers[0] and (numbers[1] or numbers[-1]):
        return "numbered"
    return "weak"


def _town_ok(part: _Part, matched: str) -> bool:
    """A town part in lower case is no sentence ("see you soon")."""
    return part.mode == "cap" or not any(w in _STOPWORDS for w in matched.split())


def _end_match(part: _Part, whole: bool) -> tuple[int, str] | None:
    """(length, kind) of the longest end-part match at the start of a part (kinds: _end_kind):
    the whole part when `whole`, else a prefix followed by a break ("Bulgaria 83572 last
    night")."""
    best: tuple[int, str] | None = None
    for pattern in _end_patterns(part.mode):
        m = pattern.match(part.text)
        if m is None:
            continue
        length = m.end()
        if whole and length != len(part.text):
            continue
        if not whole and length < len(part.text) and part.text[length] not in " .;:!?)":
            continue
        if not _town_ok(part, m.group(0)):
            continue  # "call me on 07700": a sentence, not a town and postcode
        if best is None or length > best[0]:
            best = (length, _end_kind(m.group(0)))
    return best


def _end_kind(surface: str) -> str:
    """What an end part proves: "postcode" (a postcode, state + ZIP or military post office),
    "country" (a country, no postcode), "year" (a country or town with a number that reads as
    a year: "Spain 2023", "California 2019") or "town" (a town and nothing else)."""
    digits = regex.findall(r"\d+", surface)
    if digits and not (len(digits) == 1 and _YEARLIKE.fullmatch(digits[0])):
        return "postcode"
    if _country_in().search(surface):
        return "year" if digits else "country"
    return "year" if digits else "town"


@dataclass
class _Block:
    """An address found in the text, with what backs it."""

    start: int
    end: int
    street: str  # "strong" (type word, box, ship), "numbered" (two numbers) or "weak"
    unit: bool = False
    strong_end: bool = False  # a postcode, state + ZIP or military post office
    country_end: bool = False  # a country without a postcode
    towns: int = 0
    alone: bool = False  # a street with nothing after it


def _gap_ok(text: str, previous: _Part, nxt: _Part) -> bool:
    """Only separators, quote marks and at most one blank line between two parts."""
    gap = text[previous.end : nxt.start]
    if gap.count("\n") >= _MAX_NEWLINES:
        return False
    cleaned = "".join(_QUOTE.sub("", line) for line in gap.split("\n"))
    return _GAP.fullmatch(cleaned) is not None


def _add_end(block: _Block, end: int, kind: str) -> None:
    """Close a block on an end part of a kind (see _end_kind). A year after a town or country
    proves nothing ("Spain 2023" under a list), so it only extends a block a street-type word
    already backs."""
    if kind == "postcode":
        block.end, block.strong_end = end, True
    elif kind == "country":
        block.end, block.country_end = end, True
    elif block.street == "strong" or block.unit or block.strong_end:
        block.end = end
        block.towns += kind == "town"
    elif kind == "town":
        block.end, block.towns = end, block.towns + 1


def _extend(text: str, parts: list[_Part], i: int, block: _Block) -> _Block:
    """Grow a block over the parts after part i while they read as address parts: units and
    end parts confirm the towns before them; towns after the last of them are kept only
    behind a street-type word or a unit."""
    towns: list[_Part] = []
    j = i + 1
    while j < len(parts) and j - i <= _MAX_FOLLOWERS and _gap_ok(text, parts[j - 1], parts[j]):
        part = parts[j]
        patterns = _compiled(part.mode)
        end = _end_match(part, whole=True)
        if patterns["unit"].fullmatch(part.text):
            block.unit, block.end = True, part.end
        elif end is not None:
            _add_end(block, part.end, end[1])
        elif (m := patterns["town"].fullmatch(part.text)) and _town_ok(part, m.group(0)):
            towns.append(part)
            if len(towns) > _MAX_TOWNS:
                break
            j += 1
            continue
        else:
            prefix = _end_match(part, whole=False)
            if prefix is not None:
                block.towns += len(towns)
                towns = []
                _add_end(block, part.start + prefix[0], prefix[1])
            break
        block.towns += len(towns)
        towns = []
        j += 1
    if towns and len(towns) <= _MAX_TOWNS:
        if block.street == "strong" or block.unit or block.strong_end:
            block.end, block.towns = towns[-1].end, block.towns + len(towns)
        elif not block.country_end:
            # a bare street and a town: the town only, to be confirmed by context
            block.end, block.towns = towns[0].end, block.towns + 1
    return block


def _score(block: _Block) -> float:
    """How sure an address block is (see the module docstring): 0.85 for a unit or a postcode
    (an address beyond doubt), 0.6 for a street-type word (over the 0.5 reporting threshold on
    its own), 0.4 for a bare numbered street (under it until a context word adds 0.35), 0 for
    nothing worth reporting."""
    if block.unit or block.strong_end:
        return 0.85
    if block.alone:
        return 0.6 if block.street == "strong" else 0.4
    if block.street == "strong":
        return 0.85 if block.country_end else 0.6
    if block.country_end:
        # "18 Orla 75, Guyana" is an address; "Top 10 Beaches, Spain" a headline.
        return 0.6 if block.street == "numbered" else 0.0
    # "63 Orla 42, Vary" or "2 Tylenol 500, Advil": a context word (+0.35) must confirm it.
    return 0.4 if block.towns and block.street == "numbered" else 0.0


def find_addresses(text: str) -> list[tuple[int, int, float, str]]:
    """(start, end, score, entity type) of the postal addresses and street corners in a text."""
    # a corner names a place as surely as a street-type word does; its streets are not
    # reported again on their own
    found = [(start, end, 0.6, "LOCATION") for start, end in _corners(text)]
    # Every street has a number: a post without a digit can only hold a street corner.
    parts = _parts(text) if any(c.isdigit() for c in text) else []
    covered_to = -1
    for i, part in enumerate(parts):
        if part.start < covered_to:
            continue
        for block in _blocks_at(text, parts, i):
            score = _score(block)
            if score > 0 and not any(s < block.end and block.start < e for s, e, _, _ in found):
                found.append((block.start, block.end, score, "ADDRESS"))
                covered_to = block.end
                break
    return sorted(found)


def _corners(text: str) -> Iterator[tuple[int, int]]:
    """Street corners: capitalised ones as matched, lower-case ones ("the corner of main
    street and 5th avenue") cut after the last street-type word or number of the second
    street, and dropped when a street holds a sentence word ("the corner of my eye")."""
    for m in _CORNER.finditer(text):
        yield m.start(), m.end()
    for m in _CORNER_LOW.finditer(text):
        first, second = m.group("first").split(), m.group("second").split()
        marks = [i for i, w in enumerate(second) if w[:1].isdigit() or _is_type_word(w)]
        if not marks or not any(w[:1].isdigit() or _is_type_word(w) for w in first):
            continue
        second = second[: marks[-1] + 1]
        if any(w in _STOPWORDS - _PARTICLE_WORDS for w in first + second):
            continue
        kept = " ".join(second)
        yield m.start(), m.start("second") + m.group("second").index(kept) + len(kept)


def _street_block(part: _Part, m: Any) -> _Block:
    surface = m.group("street")
    return _Block(
        part.start + m.start(),
        part.start + m.end(),
        _street_strength(surface),
        unit=m.group("unit") is not None or m.group("unit0") is not None,
    )


def _blocks_at(text: str, parts: list[_Part], i: int) -> Iterator[_Block]:
    """Candidate address blocks starting in part i, the best reading first."""
    part = parts[i]
    if not any(c.isdigit() for c in part.text) and not _BOXES.search(part.text):
        return  # every street has a number, but a ship ("USNS Comfort")
    patterns = _compiled(part.mode)
    # 1. A street with a unit or an end on the same line: "9 Pine St Apt. 3 Dover Ghana".
    for m in patterns["inline"].finditer(part.text):
        if not _plausible_street(m.group("street"), part.mode):
            continue
        block = _street_block(part, m)
        tail = m.group("tail") or m.group("tail2")
        if tail and not regex.search(r"\p{L}", tail):
            if not block.unit:
                continue  # a number after a street is no postcode without its town
        elif tail:
            _add_end(block, block.end, _end_kind(tail))
        if block.end == part.end:
            block = _extend(text, parts, i, block)
        yield block
    # 2. A street ending its part, the address going on in the next parts.
    m = patterns["street_at_end"].search(part.text)
    if (
        m is not None
        and _plausible_street(m.group("street"), part.mode)
        # "33000 Bordeaux" is a postcode and its town, unless a type word makes it a street
        and (_end_match(part, whole=True) is None or _street_strength(m.group(0)) == "strong")
    ):
        block = _street_block(part, m)
        if (
            i > 0
            and patterns["unit"].fullmatch(parts[i - 1].text)
            and _gap_ok(text, parts[i - 1], part)
        ):
            block.start, block.unit = parts[i - 1].start, True  # "Flat 2, 5 Mill Lane"
        yield _extend(text, parts, i, block)
    # 3. A street on its own, in capitalised text: with a type word and a name ("Lindenstrasse
    # 12", "87 Rue Joseph Vernet"), or numbered on both sides ("76 Orla 149", to be confirmed
    # by context).
    if part.mode == "cap":
        for m in patterns["street"].finditer(part.text):
            surface = m.group(0)
            if not _plausible_street(surface, part.mode):
                continue
            words = _words(surface)
            while words and words[-1].lower() in _PARTICLE_WORDS:
                words.pop()  # "Hauptstrasse 6 the ..." ends before "the"
            strength = _street_strength(surface)
            named = any(w[:1].isupper() and not _bare_type(w) for w in words)
            # "1668 ACAG 1669" is a sequence, not a street: a name has lower-case letters.
            cased = any(w != w.upper() for w in words)
            if (strength == "strong" and named) or (strength == "numbered" and cased):
                end = part.start + m.start() + surface.rindex(words[-1]) + len(words[-1])
                yield _Block(part.start + m.start(), end, strength, alone=True)


class PostalBlockRecognizer(EntityRecognizer):
    """ADDRESS over a whole postal address (street to postcode/country); LOCATION for a
    street corner."""

    ENTITIES: ClassVar[list[str]] = ["ADDRESS", "LOCATION"]
    # Words that make a bare "number + name, town" an address (+0.35 within 5 words before).
    CONTEXT: ClassVar[list[str]] = [
        "address",
        "addresses",
        "live",
        "lives",
        "living",
        "moved",
        "adresse",
        "habite",
        "domicile",
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=self.ENTITIES,
            supported_language=supported_language,
            name=self._label(supported_language),
            context=self.CONTEXT,
        )

    @staticmethod
    def _label(language: str) -> str:
        """The recognizer's name (Presidio's `name` attribute is untyped)."""
        return f"PostalBlockRecognizer_{language}"

    def load(self) -> None:
        """Nothing to load: patterns are compiled on first use."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """The address blocks and street corners of `text`."""
        results = []
        for start, end, score, entity_type in find_addresses(text):
            if entity_type not in entities:
                continue
            explanation = AnalysisExplanation(
                recognizer=self._label(self.supported_language),
                original_score=score,
                textual_explanation="postal address block",
            )
            results.append(
                RecognizerResult(
                    entity_type=entity_type,
                    start=start,
                    end=end,
                    score=score,
                    analysis_explanation=explanation,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self._label(self.supported_language),
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results


def recognizers(language: str) -> list[EntityRecognizer]:
    """The postal block recognizer (every national format, in both languages)."""
    return [PostalBlockRecognizer(supported_language=language)]
