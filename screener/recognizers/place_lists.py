"""Towns listed together after a place preposition: "clinics in Fresno and Clovis", "à Lyon
et Villeurbanne", "volunteers from Omagh or Strabane".

spaCy's small models and the first-name list call a town they do not know a person when it is
spelled like a name ("Clovis"), even where it is listed with a town they know. A word read as
a person (spaCy's PERSON, or a known first name or surname) joined by "and", "or", "et", "ou"
(and commas before them) to a known place (a gazetteer town, a country, a spaCy place), the
list coming right after "in", "at", "from", "near", "between", "à", "de", "dans"..., is the
same kind of thing: this recognizer reports it as a LOCATION, scored above every PERSON
reading of the same words so that overlap resolution keeps the place. Other words of such a
list (an organisation's name) are left alone.

A person stays a person where the list reads as two clauses or names people:
- the word after the list must end the phrase: punctuation, the end of the post, or a
  preposition or determiner ("... Clovis for flu jabs"). A verb may make the name the subject
  of a new clause ("we met in Leeds and Tom was lovely"), and without a parser that cannot be
  told from a verb of the sentence ("clinics in Fresno and Clovis are open"): left alone;
- no possessive ("in Leeds and Tom's house"), no title ("Dr Lee"), no second word ("in Leeds
  and Tom Baxter"), no everyday word ("in Leeds and Beyond"), no person before the
  preposition ("Dr Lee and Maria in Leeds": the list must follow the preposition).
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Span

from screener.gazetteers import (
    everyday_words,
    first_name_level,
    is_reported_place,
    surname_level,
)
from screener.name_context import PostContext
from screener.recognizers.doc_recognizer import DocRecognizer
from screener.recognizers.ner_words import countries
from screener.recognizers.results import recognizer_result

# Above every PERSON score (0.9 at most: a cue word, or a first name spaCy called a place), so
# the place wins over a person on the same words in overlap resolution.
SCORE = 0.95

# Prepositions after which a list names places (English, French). Not "to" or "with", which
# take people as often ("thanks to Leeds and Maria", "with Tom and Leeds fans").
_PREPOSITIONS = frozenset(
    "in at from near around outside between à de d' d’ dans sur entre vers".split()
)
# Words that join the items of a list; a comma alone does not ("in Leeds, Maria said").
_COORDINATORS = frozenset({"and", "or", "&", "et", "ou"})
# spaCy labels of places: the items that say what the list is.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# spaCy labels a town it does not know may carry: a person, an organisation, nothing.
_RELABELLED = frozenset({"", "PERSON", "PER", "ORG", "MISC", "NORP", "PRODUCT"})
# Punctuation that ends the phrase after a list (the possessive "'s" is a token of its own).
_CLOSING = re.compile(r"^[.,;:!?)\]…\"»”\-–—/]+$")
# Emoji, which posts use as full stops.
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
# The kinds of list items (see `PlaceListRecognizer._item`).
_PLACE, _NAME, _OTHER = "place", "name", "other"
# Words after a list of places that cannot open a new clause: prepositions, determiners and
# place nouns ("... Clovis for flu jabs", "... Strabane this week", "... Villeurbanne pour").
_FOLLOWERS = frozenset(
    "for to on in at from near until till during since this next last every each area areas "
    "region regions district districts pour en à au aux dans sur ce cette ces chaque depuis "
    "jusqu'à jusqu’à pendant près secteur secteurs région régions".split()
)


# Plural nouns of areas after a list: every item is an area's name, known or not ("from
# Letcher, Knott and Perry counties", "dans les communes de ..." is judged by its towns).
_AREA_NOUNS = frozenset(
    "counties parishes districts townships boroughs provinces regions states villages towns "
    "départements communes villes".split()
)


class PlaceListRecognizer(DocRecognizer):
    """LOCATION: a name listed with a known place after a place preposition, or in a
    list before a plural noun of areas ("Knott and Perry counties")."""

    ENTITIES: ClassVar[tuple[str, ...]] = ("LOCATION",)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """The unknown towns of the place lists in one post."""
        ctx = self.post(entities, nlp_artifacts)
        if ctx is None:
            return []
        tokens = ctx.tokens
        if _PREPOSITIONS.isdisjoint(tokens.lower):
            return []  # the common case: no list can start
        entity_of = {i: ent for ent in ctx.doc.ents for i in range(ent.start, ent.end)}
        results, i = [], 0
        while i < len(tokens):
            if tokens.lower[i] not in _PREPOSITIONS:
                i += 1
                continue
            items, end = self._list(ctx, entity_of, i + 1)
            for start, stop in items:
                span = (tokens.idx[start], tokens.end_char(stop - 1))
                why = "listed with a place after a place preposition"
                results.append(
                    recognizer_result((self._label, self.id), "LOCATION", *span, SCORE, why)
                )
            i = max(end, i + 1)
        return results

    def _list(
        self, ctx: PostContext, entity_of: dict[int, Span], start: int
    ) -> tuple[list[tuple[int, int]], int]:
        """The items to report as places of the list starting at token `start` (none when it
        is no list of places), and the token where the list ends."""
        tokens = ctx.tokens
        items: list[tuple[int, int, str]] = []  # start, end, kind (see `_item`)
        coordinated, j = False, start
        while (item := self._item(ctx, entity_of, j)) is not None:
            items.append((j, *item))
            k = item[0]
            comma = k < len(tokens) and tokens.text[k] == ","
            k += 1 if comma else 0
            joined = k < len(tokens) and tokens.lower[k] in _COORDINATORS
            k += 1 if joined else 0
            if not (comma or joined) or self._item(ctx, entity_of, k) is None:
                break
            coordinated, j = coordinated or joined, k
        end = items[-1][1] if items else start
        if coordinated and end < len(tokens) and tokens.lower[end] in _AREA_NOUNS:
            return [(s, e) for s, e, kind in items if kind != _PLACE], end  # "Perry counties"
        names = [(s, e) for s, e, kind in items if kind == _NAME]
        known = any(kind == _PLACE for _, _, kind in items)
        if not (coordinated and known and names) or not self._phrase_ends(ctx, end):
            return [], end
        return names, end

    def _item(self, ctx: PostContext, entity_of: dict[int, Span], j: int) -> tuple[int, str] | None:
        """The list item at token j: (its end, its kind), or None.

        _PLACE: a town of the gazetteer, a country, or a spaCy place not spelled like a first
        name. _NAME: what may be read as a person: a spaCy place spelled like a first name
        (spaCy calls "Lucie" a place, the name recognizer a person), or one capitalised word
        that spaCy calls a person or that is a known first name or surname. _OTHER: another
        capitalised word. Never a stop word, an everyday word, part of a longer name, a date,
        a number or an event."""
        tokens = ctx.tokens
        if j >= len(tokens):
            return None
        ent = entity_of.get(j)
        if ent is not None and ent.start == j and ent.label_ in _PLACE_LABELS:
            if len(ent) > 1 or ent.text.lower() in countries() or self._town(ent.text):
                return ent.end, _PLACE
            return ent.end, _PLACE if first_name_level(ent.text, self._lang) is None else _NAME
        if not tokens.word[j] or not ctx.capitalised(j) or tokens.stop[j]:
            return None
        if ctx.labels[j] not in _RELABELLED or ctx.glued_to_symbol(j):
            return None
        if ent is not None and sum(tokens.word[ent.start : ent.end]) > 1:
            return None  # part of a longer name: "Maria Lopez", "Leeds United"
        text = tokens.text[j]
        if self._town(text):
            return j + 1, _PLACE
        if tokens.lower[j] in everyday_words():
            return None
        named = first_name_level(text, self._lang) is not None
        named = named or surname_level(text, self._lang) is not None
        return j + 1, _NAME if named or ctx.labels[j] in ("PERSON", "PER") else _OTHER

    def _town(self, word: str) -> bool:
        """A town of the gazetteer, reported as one (not one named like a person)."""
        return is_reported_place(word, self._lang)

    @staticmethod
    def _phrase_ends(ctx: PostContext, end: int) -> bool:
        """Whether the phrase ends after the list (see `_FOLLOWERS`), so that its last item
        is not the subject of a new clause nor a possessive."""
        tokens = ctx.tokens
        while end < len(tokens) and tokens.space[end]:
            end += 1
        if end >= len(tokens):
            return True
        text = tokens.text[end]
        if text.lower() in ("'s", "’s", "'", "’"):
            return False  # "in Leeds and Maria's house"
        return bool(_CLOSING.match(text) or _EMOJI.match(text)) or tokens.lower[end] in _FOLLOWERS


def recognizers(language: str) -> list[EntityRecognizer]:
    """The place-list recognizer for a language."""
    return [PlaceListRecognizer(supported_language=language)]
