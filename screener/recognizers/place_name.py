"""Towns and cities that spaCy's small models miss, found with a GeoNames gazetteer.

spaCy sm misses lower-case towns in chat ("back in leeds"), tags some as people or
organisations ("Gardena") and does not know many small towns. This recognizer reports
LOCATION for a gazetteer place (screener/data/places_<language>.txt) where spaCy has not
already found a place:
- a capitalised unambiguous place name: 0.75; 0.9 where spaCy called the very same words a
  person (the list holds no people's names below a big city's size, so the town is likelier);
- a capitalised place name that is also a word or a name ("Reading", "Preston", "Paris"):
  0.65, mid-sentence only and not in a Title Case headline;
- a lower-case unambiguous place name: 0.6 after a place preposition ("moved to leeds"), 0.55
  otherwise for cities of 100,000 people or more;
- a capitalised town named like a person ("Kendal", "Stroud"): 0.65, only after "in", "near",
  "around"... or before "town centre", "branch", "area"...;
- a capitalised place name that is also a word, opening a sentence, where spaCy calls exactly
  it a name (an organisation: "Marseille has won"): 0.65;
- a named venue between "at" and "in"/"near" and a town ("still at Oakhaven in Frome"): a
  capitalised word that is no everyday word nor a known name, 0.6.
Countries are not reported here (the NER recognizer makes them COUNTRY), nor a town inside a
longer spaCy organisation ("Leeds United"), nor a disease named after a town ("Lyme disease").
"""

from __future__ import annotations

import re
from functools import cache
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from screener.gazetteers import (
    CAP,
    NAME,
    WORD,
    Place,
    canonical,
    everyday_words,
    first_name_level,
    longest_place,
    places,
    surname_level,
)
from screener.name_context import ARTICLES, HEADS_BEFORE_DE, SITE_AFTER, PostContext
from screener.recognizers.doc_recognizer import DocRecognizer
from screener.recognizers.ner_words import countries
from screener.recognizers.results import recognizer_result

SCORE_OVER_PERSON = 0.9  # beats spaCy's PERSON (0.85) on the same words in overlap resolution
SCORE_PLACE = 0.75  # capitalised, unambiguous
SCORE_CAP_PLACE = 0.65  # capitalised, also a word or a name
SCORE_CUED_LOWER = 0.6  # lower case after "in", "to", "from"...
SCORE_LOWER = 0.55  # lower case, a big city
SCORE_VENUE = 0.6  # "at Oakhaven in Frome": a name placed in a town, the kind of place unknown

# A lower-case place with no preposition before it must be a city this big: small towns'
# names are more often other things in lower case.
LOWER_CASE_POPULATION = 100_000
# Prepositions and verbs after which a word is a place (English, French).
_PLACE_CUES = frozenset(
    "in at from to near around into outside visiting moved live lives living born à en de "
    "depuis vers près pres chez habite sur direction".split()
)
# Prepositions that make a town named like a person ("Kendal", "Stroud") a place: people are
# met "with" or thanked, not lived "in" or driven "near". Not "from" or "to" ("a card from
# Kendal", "thanks to Stroud"), which take people as often as places.
_STRONG_PLACE_CUES = frozenset("in near around outside into à près pres vers habite".split())
# spaCy labels of places: already reported by the NER recognizer.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# spaCy labels that a place may wrongly carry, and be re-typed from when the words match.
_OVERRIDDEN = frozenset({"PERSON", "PER", "ORG", "NORP", "PRODUCT", "MISC"})
# A place written in capitals within a mixed-case post ("HAYBOROUGH" in an address block):
# 5 letters or more, shorter capitals being acronyms.
_CAPS_PLACE = re.compile(r"^[^\W\d_a-z]{5,}$")
# spaCy labels that make a capitalised word a name rather than the word it is spelled like:
# "Marseille" tagged as an organisation at a sentence start is the city (or its club).
_NAME_LABELS = frozenset({"ORG", "PRODUCT", "NORP", "MISC"})
# spaCy labels under which a word may be a venue's name ("Oakhaven" is often untagged or ORG).
_VENUE_LABELS = frozenset({"", "ORG", "FAC", "PRODUCT"})
# Cues for a capitalised word no list knows: prepositions of being somewhere (not "at", which
# takes venues and people's homes, "at Emily's").
_UNKNOWN_PLACE_CUES = frozenset("in near around outside à".split())
# Endings of languages and peoples ("Japanese", "Aussies", "Canadians"), and the languages
# in "-ish" ("in Polish"; towns end so too: "Scarinish").
_PEOPLE_ENDINGS = ("ese", "ans", "ies")
_LANGUAGES_ISH = frozenset(
    "english polish spanish turkish danish swedish finnish irish scottish british kurdish "
    "cornish flemish".split()
)
# Events and places a town gives its name to ("Tramore parkrun", "Kinlochbervie surgery").
_NAMED_BY_TOWN = frozenset("parkrun marathon surgery".split())
# spaCy labels an unknown cued word may carry: none, an organisation, a place, or a person
# or a people (spaCy's guesses for an unknown capitalised word).
_UNKNOWN_LABELS = _VENUE_LABELS | {"PERSON", "PER", "GPE", "LOC", "NORP"}
# One word in title case: a capital then lower-case letters (not an acronym, not a code).
_TITLE_WORD = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:[-'’][A-Za-zÀ-ÿ]+)*$")
# Possessives: a lower-case word after one is something someone has ("ton palu"), not a town.
_POSSESSIVES = frozenset(
    "my your his her our their mon ma mes ton ta tes son sa ses notre nos votre vos leur "
    "leurs".split()
)
# French contractions of a preposition with a place's article: "au Mans", "du Havre" are
# "Le Mans", "Le Havre"; "aux Mureaux" is "Les Mureaux" (not "des", which is also the plain
# indefinite article: "des Lilas" is more often part of a street's name).
_CONTRACTED_ARTICLE = {"au": "le ", "du": "le ", "aux": "les "}
# Words inside multi-word place names that stay in lower case ("Stoke-on-Trent").
_LINKS = frozenset("on upon the of de la le les du des sur en sous lès".split())


@cache
def _prefixes(language: str) -> frozenset[str]:
    """Every leading run of words of every place name ("stoke", "stoke on", "stoke on trent"):
    a match is extended one token at a time while it is still a prefix."""
    out: set[str] = set()
    for key in places(language):
        words = key.split(" ")
        out.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    return frozenset(out)


class PlaceNameRecognizer(DocRecognizer):
    """LOCATION for gazetteer towns and cities spaCy did not report as places."""

    ENTITIES: ClassVar[tuple[str, ...]] = ("LOCATION",)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Towns and cities in one post."""
        ctx = self.post(entities, nlp_artifacts)
        if ctx is None:
            return []
        tokens = ctx.tokens
        results, i = [], 0
        while i < len(tokens):
            match = self._match(ctx, i)
            if match is None:
                i += 1
                continue
            end, place, contracted = match
            score = self._score(ctx, i, end, place, contracted)
            if score is not None:
                start_char, end_char = tokens.idx[i], tokens.end_char(end - 1)
                results.append(
                    recognizer_result(
                        (self._label, self.id),
                        "LOCATION",
                        start_char,
                        end_char,
                        score,
                        "GeoNames town or city",
                    )
                )
            i = end
        taken = {(r.start, r.end) for r in results}
        for start, end in self._venues(ctx) + self._cued_unknown(ctx):
            span = (tokens.idx[start], tokens.end_char(end - 1))
            if span not in taken:
                results.append(
                    recognizer_result(
                        (self._label, self.id), "LOCATION", *span, SCORE_VENUE, "venue in a town"
                    )
                )
        return results

    def _venues(self, ctx: PostContext) -> list[tuple[int, int]]:
        """ "at Oakhaven in Frome": one or two capitalised words after "at", before "in" or
        "near" and a town; not everyday words ("at Christmas in Leeds"), known names ("at
        Emily's in Leeds") or towns (the gazetteer pass reports those)."""
        tokens, out = ctx.tokens, []
        n, lower = len(tokens), tokens.lower
        for at in range(n):
            if lower[at] != "at":
                continue
            end = at + 1
            while end < n and end < at + 3 and self._venue_word(ctx, end):
                end += 1
            if end == at + 1 or end + 1 >= n or lower[end] not in ("in", "near"):
                continue
            town = end + 1
            in_town = ctx.labels[town] in _PLACE_LABELS or self._match(ctx, town) is not None
            if ctx.capitalised(town) and in_town:
                out.append((at + 1, end))
        return out

    def _cued_unknown(self, ctx: PostContext) -> list[tuple[int, int]]:
        """ "locum cover in Ennistymon", "the finish of Tramore parkrun": one capitalised word
        that no list knows (no everyday word, name or town), mid-sentence, after "in",
        "near", "around", "outside" or "à", or before an event a town gives its name to.
        Villages are too many for any gazetteer; people are not lived in. Languages and
        peoples no list knows ("in Tigrinya") are the known misses."""
        tokens, out = ctx.tokens, []
        n, lower = len(tokens), tokens.lower
        for i in range(1, n):
            if not _TITLE_WORD.match(tokens.text[i]) or ctx.sentence_start(i):
                continue  # the cheap test first: most tokens are no capitalised word
            cue = ctx.previous_word(i)
            if cue is not None and lower[cue] in _UNKNOWN_PLACE_CUES:
                if not tokens.text[cue].islower():
                    continue  # "In Memoriam": a title
            elif not (i + 1 < n and lower[i + 1] in _NAMED_BY_TOWN):
                continue
            if i + 1 < n and (tokens.text[i + 1][:1].isupper() or tokens.text[i + 1] == "-"):
                continue  # a longer name ("in Glen Affric", "in Chester-le-Street")
            if tokens.lower[i].endswith(_PEOPLE_ENDINGS) or tokens.lower[i] in _LANGUAGES_ISH:
                continue  # "in Polish", "cancer in Aussies": a language or a people
            if tokens.lower[i] in countries():
                continue  # "in Ukraine": the NER recognizer's COUNTRY
            if self._venue_word(ctx, i, _UNKNOWN_LABELS):
                out.append((i, i + 1))
        return out

    def _venue_word(self, ctx: PostContext, i: int, labels: frozenset[str] = _VENUE_LABELS) -> bool:
        """A capitalised word that may name a venue: no everyday word, name or town."""
        tokens = ctx.tokens
        text = tokens.text[i]
        if not tokens.word[i] or not ctx.capitalised(i) or tokens.stop[i]:
            return False
        if ctx.labels[i] not in labels or text.lower() in everyday_words():
            return False
        if canonical(text) in places(self._lang):
            return False
        known = first_name_level(text, self._lang), surname_level(text, self._lang)
        return known == (None, None)

    def _match(self, ctx: PostContext, i: int) -> tuple[int, Place, bool] | None:
        """The longest gazetteer place starting at token i: (end token, place, whether its
        article is inside a contraction before it)."""
        tokens, gazetteer, prefixes = ctx.tokens, places(self._lang), _prefixes(self._lang)
        if not tokens.word[i] or ctx.glued_to_symbol(i):
            return None
        # "au Mans" is Le Mans; "du Neudorf", no "Le Neudorf" known, is Neudorf
        for article in dict.fromkeys((self._contracted_article(ctx, i), "")):
            best: tuple[int, Place, bool] | None = None
            # A name of n words spans at most 2n tokens ("Stoke - on - Trent").
            for end in range(i + 1, min(len(tokens), i + 2 * longest_place(self._lang)) + 1):
                key = article + canonical(tokens.span_text(i, end))
                if key and key not in prefixes:
                    break
                place = gazetteer.get(key)
                if place is not None and tokens.word[end - 1]:
                    best = (end, place, bool(article))
            if best is not None:
                return best
        return None

    @staticmethod
    def _contracted_article(ctx: PostContext, i: int) -> str:
        """ "le " before a capitalised word after "au" / "du" ("au Mans" is Le Mans), "les "
        after "aux"; "" otherwise."""
        if not i or not ctx.tokens.text[i][:1].isupper() or not ctx.capitalised(i):
            return ""
        return _CONTRACTED_ARTICLE.get(ctx.previous_lower(i) or "", "")

    def _score(
        self, ctx: PostContext, start: int, end: int, place: Place, contracted: bool = False
    ) -> float | None:
        """The score of a matched place (`contracted`: read with the article of a contraction
        before it, "au Mans"), None when it is not reported."""
        tokens = ctx.tokens
        labels = {ctx.labels[k] for k in range(start, end)} - {""}
        # "au Mans": spaCy's place, which the NER recognizer may drop as the word "mans"
        contracted = contracted and place.level > WORD
        if not contracted and (labels & _PLACE_LABELS or labels - _OVERRIDDEN):
            return None  # spaCy already reports it, or calls it a date, number, event...
        if self._inside_longer_name(ctx, start, end):
            return None  # part of a longer entity ("Leeds United", "Paris Saint-Germain")
        if contracted:
            return SCORE_PLACE
        after = tokens.lower[end] if end < len(tokens) else ""
        if ctx.is_eponym(start, end) and not (place.level == NAME and after == "surgery"):
            return None  # "Mohs surgery"; but "the Tralee surgery" is a GP's
        words = [k for k in range(start, end) if tokens.word[k] and tokens.lower[k] not in _LINKS]
        before = ctx.previous_lower(start)
        if place.level == WORD:  # a town named like a person: a place only where cued
            return self._cued_word_place(ctx, start, end, words, labels)
        if all(tokens.text[k].islower() for k in words):
            if place.level != NAME or len(tokens.span_text(start, end)) < 4:
                return None
            if before is not None and before in _POSSESSIVES:
                return None  # "ton palu", "my bath": a thing someone has, not a town
            if before is not None and before in _PLACE_CUES:
                return SCORE_CUED_LOWER
            return SCORE_LOWER if place.population >= LOWER_CASE_POPULATION else None
        if not all(ctx.capitalised(k) or _CAPS_PLACE.match(tokens.text[k]) for k in words):
            return None
        if before is not None and before in ARTICLES and place.level == CAP:
            return None  # "the Reading list"
        if place.level == NAME:
            spacy_person = labels & {"PERSON", "PER"}
            return SCORE_OVER_PERSON if spacy_person else SCORE_PLACE
        if labels & {"PERSON", "PER"}:
            return None
        if ctx.sentence_start(start) or ctx.title_case(start):
            return SCORE_CAP_PLACE if self._spacy_name(ctx, start, end) else None
        return SCORE_CAP_PLACE

    @staticmethod
    def _spacy_name(ctx: PostContext, start: int, end: int) -> bool:
        """Whether spaCy tagged exactly these words as an organisation or a product: a name,
        not the everyday word a sentence may open with ("Reading is fun" is not tagged)."""
        return any(s == start and e == end and label in _NAME_LABELS for s, e, label in ctx.ents)

    @staticmethod
    def _cued_word_place(
        ctx: PostContext, start: int, end: int, words: list[int], labels: set[str]
    ) -> float | None:
        """A capitalised town named like a person ("Stroud"), reported only after a place
        preposition ("in Stroud", even where spaCy says PERSON) or before a place word
        ("Stroud town centre"); never before a possessive ("in Barry's house")."""
        if not all(ctx.capitalised(k) for k in words):
            return None
        tokens = ctx.tokens
        after = tokens.lower[end] if end < len(tokens) else ""
        if after in ("'s", "’s"):
            return None
        before = ctx.previous_word(start)
        before_lower = None if before is None else tokens.lower[before]
        if before_lower is not None and before_lower in _STRONG_PLACE_CUES:
            return SCORE_OVER_PERSON if labels & {"PERSON", "PER"} else SCORE_CAP_PLACE
        if before is not None and before_lower in ("de", "d'", "d’"):
            head = ctx.previous_lower(before)
            if head is not None and head in HEADS_BEFORE_DE:
                return SCORE_OVER_PERSON if labels & {"PERSON", "PER"} else SCORE_CAP_PLACE
        if after in SITE_AFTER and not labels & {"PERSON", "PER"}:
            return SCORE_CAP_PLACE
        return None

    @staticmethod
    def _inside_longer_name(ctx: PostContext, start: int, end: int) -> bool:
        """True when a spaCy entity runs on from the place with a word ("Leeds United");
        not when it only lists places ("Gardena / Compton") or ends with one ("de Douai")."""
        tokens = ctx.tokens
        for ent_start, ent_end, _ in ctx.ents:
            if ent_start < end and start < ent_end:
                if (
                    ent_start < start
                    and tokens.word[start - 1]
                    and tokens.text[start - 1][0].isupper()
                    and not tokens.stop[start - 1]  # "Next Nairn session", "Our Leeds team"
                ):
                    return True  # "Royal Leeds": not "Bisous de Douai", "Université de Lille"
                if ent_end > end and tokens.word[end] and tokens.text[end][0].isupper():
                    return True  # "Leeds United"; not a run-on guess ("CeGIDD de Brest vous")
        return False


def recognizers(language: str) -> list[EntityRecognizer]:
    """The place-name recognizer for a language."""
    return [PlaceNameRecognizer(supported_language=language)]
