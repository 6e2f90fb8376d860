"""Surface variants of health terms: plurals, UK/US spellings, eponyms, hyphens, accents.

The screener runs spaCy without a lemmatizer, so the phrase matcher only sees the words as
written: "migraines", "tumours", "Parkinson's" and "diabete" must be in the vocabulary.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Container, Iterator

# US -> UK spelling pieces of medical words (both directions are generated). Each piece is long
# enough not to occur inside unrelated words.
_SPELLINGS = (
    ("tumor", "tumour"),
    ("edema", "oedema"),
    ("esophag", "oesophag"),
    ("diarrhea", "diarrhoea"),
    ("estrogen", "oestrogen"),
    ("fetal", "foetal"),
    ("fetus", "foetus"),
    ("pediatric", "paediatric"),
    ("orthopedic", "orthopaedic"),
    ("anesthe", "anaesthe"),
    ("cesarean", "caesarean"),
    ("celiac", "coeliac"),
    ("apnea", "apnoea"),
    ("dyspnea", "dyspnoea"),
    ("gynecolog", "gynaecolog"),
    ("hemorrhag", "haemorrhag"),
    ("hematom", "haematom"),
    ("hemoglobin", "haemoglobin"),
    ("hemophilia", "haemophilia"),
    ("hemorrhoid", "haemorrhoid"),
    ("leukemia", "leukaemia"),
    ("anemi", "anaemi"),
    ("ischemi", "ischaemi"),
    ("glycemi", "glycaemi"),
    ("septicemi", "septicaemi"),
    ("uremi", "uraemi"),
    ("kalemi", "kalaemi"),
    ("natremi", "natraemi"),
    ("calcemi", "calcaemi"),
    ("lipemi", "lipaemi"),
    ("bacteremi", "bacteraemi"),
    ("viremi", "viraemi"),
    ("toxemi", "toxaemi"),
    ("oxemi", "oxaemi"),
    ("behavior", "behaviour"),
    ("color", "colour"),
    ("ization", "isation"),
    ("labor", "labour"),
)
# English word endings that are not pluralised: already plural or Latin (-is, -us kept apart),
# mass nouns (-ia, -ism), Latin plurals (-i), adjectives and verb forms.
_EN_NO_PLURAL = re.compile(r"(?:[^su]s|is|ia|ism|ing|ed|ly|al|ic|ous|ive|ful|less|ar|ary|oid|i)$")
# One-word conditions in -algia and -rhythmia are counted in clinical writing ("myalgias").
_COUNTABLE_IA = re.compile(r"(?:algia|rhythmia)$")
# Possessive eponyms in sources ("parkinson's disease") also stand alone ("Parkinson's").
_EPONYM = re.compile(r"^([a-z]+)'s (?:disease|syndrome)$")
# An eponym stands alone only when the surname is rare as an English word: Wilson, Bell, Still,
# Down or Graves stay bound to "disease"/"syndrome".
EPONYM_MAX_ZIPF = 3.6
# ... and when it is no first name or surname of the gazetteers either: alone, "Anders",
# "Anton's", "Lowe's", "Tim Hortons" or "the Hellers" are people, shops and families (the eponyms
# patients do write alone, "Parkinson's", "Raynaud's", "Tourette's", are curated). The form
# without an apostrophe is left out too when it is a word or a name of its own ("ushers",
# "severs", "rotors", "Reyes", "Potts") or commoner than the possessive ("lobos", "sundowners").
# French words that start a complement or a coordination: only the words before them agree in
# number ("crise d'angoisse" -> "crises d'angoisse").
_FR_PREPOSITIONS = frozenset("de du des d' à au aux en par sur sous avec sans pour et ou".split())
_FR_INVARIABLE = re.compile(r"(?:[sxz]|\d)$")
# Words this short are abbreviations or function words ("tdah", "copd", "et", "non"): never
# pluralised.
MIN_PLURAL_CHARS = 5
# Terms longer than this many words are not inflected: long labels rarely occur verbatim, and
# their plurals would double the vocabulary for little gain.
MAX_INFLECTED_WORDS = 3


def english_plural(word: str) -> str | None:
    """The plural of an English noun, or None when the word is not pluralised."""
    if not word.isalpha() or len(word) < MIN_PLURAL_CHARS or _EN_NO_PLURAL.search(word):
        return None
    if re.search(r"(?:ss|us|x|z|ch|sh)$", word):  # abscess, virus, rash -> +es
        return word + "es"
    if re.search(r"[^aeiou]y$", word):  # allergy -> allergies
        return word[:-1] + "ies"
    return word + "s"


def french_plural(word: str) -> str:
    """The plural of a French noun or adjective (regular forms)."""
    if _FR_INVARIABLE.search(word) or "'" in word or len(word) < MIN_PLURAL_CHARS:
        return word
    if word.endswith("al"):  # mal -> maux, abdominal -> abdominaux
        return word[:-2] + "aux"
    if word.endswith(("eau", "au", "eu")):
        return word + "x"
    return word + "s"


def plurals(term: str, language: str) -> Iterator[str]:
    """Plural forms of a term: last word in English, agreeing words in French."""
    words = term.split(" ")
    if len(words) > MAX_INFLECTED_WORDS:
        return
    if language == "en" and len(words) == 1 and _COUNTABLE_IA.search(term):
        yield term + "s"  # "myalgias", "arrhythmias": clinical writing counts them
        return
    if language == "en":
        plural = english_plural(words[-1])
        if plural:
            yield " ".join([*words[:-1], plural])
        return
    head = next((i for i, w in enumerate(words) if w in _FR_PREPOSITIONS or "'" in w), len(words))
    inflected = [french_plural(w) for w in words[:head]] + words[head:]
    if inflected != words:
        yield " ".join(inflected)


def spellings(term: str) -> Iterator[str]:
    """The UK form of a US spelling and the other way round."""
    for us, uk in _SPELLINGS:
        if uk in term:
            yield term.replace(uk, us)
        elif us in term:
            yield term.replace(us, uk)


def eponyms(
    term: str,
    zipf: Callable[[str], float],
    names: Container[str] = frozenset(),
    words: Container[str] = frozenset(),
) -> Iterator[str]:
    """Forms of a possessive eponym: "X's disease" gives "X disease", "Xs disease" and, when X
    is a rare word and no name (`names`: first names and surnames), "X's" alone, and "Xs" alone
    when that is no name, no word of `words` and no commoner than "X's"."""
    match = _EPONYM.match(term)
    if not match:
        return
    name = match.group(1)
    rest = term[len(name) + 2 :]
    yield f"{name}{rest}"
    yield f"{name}s{rest}"
    if zipf(name) < EPONYM_MAX_ZIPF and name not in names:
        possessive, bare = f"{name}'s", f"{name}s"
        yield possessive
        if bare not in names and bare not in words and zipf(bare) <= zipf(possessive):
            yield bare


def unhyphenated(term: str) -> Iterator[str]:
    """The term with hyphens between letters as spaces ("beta blocker"): people drop them."""
    if "-" in term and re.search(r"[a-zà-ÿ]-[a-zà-ÿ]", term):
        yield re.sub(r"(?<=[a-zà-ÿ])-(?=[a-zà-ÿ])", " ", term)


def unapostrophised(term: str) -> Iterator[str]:
    """The term with "n't" typed without its apostrophe ("cant sleep")."""
    if "n't" in term:
        yield term.replace("n't", "nt")


def unaccented(term: str) -> Iterator[str]:
    """Forms without ligatures and accents ("oedème", "oedeme", "diabete"): posts drop them."""
    ligatures = term.replace("œ", "oe").replace("æ", "ae")
    stripped = "".join(
        c for c in unicodedata.normalize("NFD", ligatures) if not unicodedata.combining(c)
    )
    for form in (ligatures, stripped):
        if form != term:
            yield form


# Adjectives of English condition nouns ("cirrhosis" -> "cirrhotic", "anaemia" -> "anaemic",
# "haemorrhage" -> "haemorrhagic"): noun ending -> adjective ending, longest first.
_ADJECTIVE_ENDINGS = (
    ("oidism", "oid"),
    ("rrhage", "rrhagic"),
    ("plasia", "plastic"),
    ("trophy", "trophic"),
    ("pathy", "pathic"),
    ("osis", "otic"),
    ("asis", "atic"),
    ("itis", "itic"),
    ("ia", "ic"),
)
# A noun this short is an abbreviation or a stem too small to inflect safely.
MIN_ADJECTIVE_BASE = 6


def adjectives(term: str) -> Iterator[str]:
    """The adjective of a one-word English condition ("ischaemia" -> "ischaemic")."""
    if " " in term or "-" in term or len(term) < MIN_ADJECTIVE_BASE or not term.isalpha():
        return
    for noun, adjective in _ADJECTIVE_ENDINGS:
        if term.endswith(noun):
            yield term[: -len(noun)] + adjective
            return


def variants(
    term: str,
    entity: str,
    language: str,
    zipf: Callable[[str], float],
    names: Container[str] = frozenset(),
    words: Container[str] = frozenset(),
) -> set[str]:
    """Every extra surface form of a term (the term itself excluded); `names` and `words` (the
    gazetteers' names, the language's word list) keep bare eponyms apart from people and words."""
    forms = {term}
    if language == "en":
        forms.update(list(spellings(term)))
        forms.update([v for f in list(forms) for v in eponyms(f, zipf, names, words)])
    forms.update([v for f in list(forms) for v in unhyphenated(f)])
    forms.update([v for f in list(forms) for v in unapostrophised(f)])
    if entity != "MEDICATION":  # drug names are not pluralised in posts
        forms.update([v for f in list(forms) for v in plurals(f, language)])
    if language == "fr":
        forms.update([v for f in list(forms) for v in unaccented(f)])
    forms.discard(term)
    return forms
