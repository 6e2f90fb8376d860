"""People's names told by the words around them, where the name lists alone are not enough.

The name recognizer (person_name) trusts a word that is mostly a name; these cues make a
person of a word whatever else it could be, and win over spaCy's place or organisation
reading of the same words (score 0.9 against its 0.85):
- a title before a name that spaCy calls a place or an organisation ("Dr Benhamou", "Mme
  Laval" tagged LOC), reported with its title as spaCy's span is;
- a lower-case first name in chat that spaCy calls a place ("karim est sorti hier");
- a family word before a first name, in any case ("my daughter lily", "mon fils karim",
  "my son Will"), but not a function word ("my son will be...");
- a first name before "'s" and a state ("Lily's been back at school", "Jack's home");
- a word before "from our/the ... team/group/class" ("Mo from our estates team", "Kev from
  the Tuesday group") or before "from" and a town ("Morag from Tobermory");
- a signature ending the post ("— Nath", "- Val x", a last line "Sue xx");
- a word after "my name is", "her name's", "je m'appelle" ("Her name is Scout"), whatever
  it is, or after a greeting ("Hi Garvan", "Dear Amitabh"), when no everyday word.
Function words ("Will", "May") count only after a family word, capitalised.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Token

from screener.gazetteers import (
    NAME,
    canonical,
    everyday_words,
    first_name_level,
    is_reported_place,
    places,
)
from screener.name_context import TITLES, PostContext, is_word
from screener.recognizers.doc_recognizer import DocRecognizer
from screener.recognizers.results import recognizer_result

SCORE_CUED = 0.9  # a cue names the person: beats spaCy's 0.85 place or organisation
SCORE_STATE = 0.75  # "Lily's been": a name-shaped word before a personal state

# Family words after "my", "our", "his"... that a first name may follow ("my daughter lily").
_KIN = frozenset(
    "son daughter husband wife partner brother sister mum mom dad mother father nephew niece "
    "grandson granddaughter nan nana gran grandma grandpa grandad cousin friend boy girl baby "
    "boyfriend girlfriend fils fille mari femme frère soeur sœur neveu nièce cousin cousine "
    "copain copine petit-fils petite-fille".split()
)
_POSSESSIVES = frozenset("my our his her their your mon ma mes notre nos son sa ses".split())
# What follows "Lily's" when it means "Lily has / Lily is" something personal.
_STATE_AFTER = frozenset(
    "been got had gone doing having back home in out still now finally just not feeling off "
    "started starting due".split()
)
# Groups a person is "from" ("Mo from our estates team").
_GROUP_WORDS = frozenset(
    "team group ward class club office crew department choir unit squad staff".split()
)
# Greetings before the name of the one addressed ("Hi Garvan", "Dear Amitabh", "Coucou Inès",
# "Congratulations Sue").
_GREETINGS = frozenset(
    "hi hey hiya hello dear congratulations congrats bonjour salut coucou cher chère "
    "félicitations".split()
)
# Words that give a name, and the word before them ("name is", "m'appelle", "s'appelait").
_NAMING = {
    "is": frozenset({"name"}), "was": frozenset({"name"}), "'s": frozenset({"name"}),
    "’s": frozenset({"name"}), "appelle": frozenset({"m'", "m’", "s'", "s’"}),
    "appelait": frozenset({"m'", "m’", "s'", "s’"}),
}  # fmt: skip
# Dashes and tildes that introduce a signature.
_SIGN = frozenset("- – — ~ --".split())
# Kisses and hearts after a signature ("Val x", "Sue xx").
_KISSES = re.compile(r"^(?:x+|xo+|<3)$", re.IGNORECASE)
# spaCy labels that a cued name may wrongly carry.
_MISREAD = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PRODUCT", "MISC", ""})
# spaCy's place labels: a lower-case first name in chat under one is spaCy's mistake
# ("karim est sorti" tagged LOC).
_PLACES = frozenset({"GPE", "LOC", "FAC"})

_Found = tuple[int, int, float, str]


def _trailing(token: Token) -> bool:
    """Whether a token after a signature may be dropped to find it (emoji, kisses, dots); not
    a number or a colon: "Switchboard: 01632 960233" ends with a heading and its number."""
    if token.text in _SIGN or ":" in token.text:
        return False
    if _KISSES.match(token.text):
        return True
    return not any(c.isalnum() for c in token.text)


class PersonCueRecognizer(DocRecognizer):
    """PERSON for names that a title, a family word, a state or a signature points at."""

    ENTITIES: ClassVar[tuple[str, ...]] = ("PERSON",)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Cued names in one post."""
        ctx = self.post(entities, nlp_artifacts)
        if ctx is None:
            return []
        found: list[_Found] = []
        for i in range(len(ctx.doc)):
            hit = self._cued(ctx, i)
            if hit is not None:
                found.append(hit)
        signature = self._signature(ctx)
        if signature is not None:
            found.append(signature)
        doc = ctx.doc
        return [
            recognizer_result(
                (self._label, self.id),
                "PERSON",
                doc[s].idx,
                doc[e - 1].idx + len(doc[e - 1]),
                score,
                why,
            )
            for s, e, score, why in found
        ]

    def _cued(self, ctx: PostContext, i: int) -> _Found | None:
        """A name at token i pointed at by the word before it or the words after it."""
        doc = ctx.doc
        token = doc[i]
        if not is_word(token) or ctx.labels[i] not in _MISREAD | {"PERSON", "PER"}:
            return None
        if token.is_stop and not ctx.capitalised(token):
            return None  # "my son will be...": a verb; "my son Will" is a name
        before = ctx.previous_word(i)
        level = first_name_level(token.text, self._lang)
        if before is not None and before.lower_ in TITLES[self._lang]:
            if ctx.capitalised(token) and ctx.labels[i] not in ("", "PERSON"):
                return (before.i, i + 1, SCORE_CUED, "title before a name read as a place")
            return None
        named = level is not None or (ctx.capitalised(token) and not ctx.sentence_start(i))
        if ctx.capitalised(token) and self._named_by(ctx, before):
            return (i, i + 1, SCORE_CUED, "a name given: 'my name is'")
        if before is not None and before.lower_ in _KIN and named:
            two_before = ctx.previous_word(before.i)
            if two_before is not None and two_before.lower_ in _POSSESSIVES:
                return (i, i + 1, SCORE_CUED, "family word before a first name")
        if is_reported_place(token.text, self._lang):
            return None
        if token.text.islower() and level == NAME and ctx.informal and ctx.labels[i] in _PLACES:
            return (i, i + 1, SCORE_CUED, "lower-case first name read as a place")
        if not ctx.capitalised(token):
            return None
        if level is not None and not token.is_stop and self._state_after(ctx, i):
            return (i, i + 1, SCORE_STATE, "first name before 's and a state")
        if level is None and token.lower_ in everyday_words():
            return None  # "Flights from Leeds", "Greetings from the team"
        if before is not None and before.lower_ in _GREETINGS and not token.is_stop:
            return (i, i + 1, SCORE_STATE, "someone greeted")
        if self._from_group(ctx, i):
            return (i, i + 1, SCORE_CUED, "someone from a team or group")
        if self._from_town(ctx, i):
            return (i, i + 1, SCORE_STATE, "someone from a town")
        return None

    @staticmethod
    def _named_by(ctx: PostContext, before: Token | None) -> bool:
        """Whether `before` ends "my name is", "her name's", "je m'appelle"."""
        if before is None or before.lower_ not in _NAMING:
            return False
        two_before = ctx.previous_word(before.i)
        return two_before is not None and two_before.lower_ in _NAMING[before.lower_]

    @staticmethod
    def _state_after(ctx: PostContext, i: int) -> bool:
        doc = ctx.doc
        return (
            i + 2 < len(doc)
            and doc[i + 1].text in ("'s", "’s")
            and doc[i + 2].lower_ in _STATE_AFTER
        )

    @staticmethod
    def _from_group(ctx: PostContext, i: int) -> bool:
        """ "Mo from our estates team", "Kev from the Tuesday group"."""
        doc = ctx.doc
        words = [t.lower_ for t in doc[i + 1 : i + 7]]
        if len(words) < 3 or words[0] != "from" or words[1] not in ("our", "the", "my", "your"):
            return False
        return any(w in _GROUP_WORDS for w in words[2:])

    def _from_town(self, ctx: PostContext, i: int) -> bool:
        """ "Morag from Tobermory", "Aled from Bala": a name-shaped word, "from", then a town
        (a gazetteer town or a spaCy place), the way posts introduce someone."""
        doc = ctx.doc
        if i + 2 >= len(doc) or doc[i + 1].lower_ != "from" or doc[i].is_stop:
            return False
        if ctx.labels[i] not in ("", "PERSON", "PER") or is_reported_place(doc[i].text, self._lang):
            return False
        town = doc[i + 2]
        if not ctx.capitalised(town):
            return False
        return ctx.labels[town.i] in _PLACES or is_reported_place(town.text, self._lang)

    def _town(self, word: str) -> bool:
        """A town of the gazetteer, even one named like a person ("Mags, Paisley"): after a
        signature's comma, a town is likelier than a second name."""
        return canonical(word) in places(self._lang)

    def _signature(self, ctx: PostContext) -> _Found | None:
        """A name signing the post: after a dash at its end, or alone on its last line."""
        doc = ctx.doc
        end = len(doc)
        while end > 0 and _trailing(doc[end - 1]):
            end -= 1  # emoji, kisses, full stops after the name
        start = end - 1
        if start >= 3 and doc[start - 1].text == "," and self._town(doc[start].text):
            start, end = start - 2, start - 1  # "— Isabelle, Dijon": the name before the town
        if start < 1 or not is_word(doc[start]) or not ctx.capitalised(doc[start]):
            return None
        mark = doc[start - 1]
        if mark.text not in _SIGN and not (mark.is_space and "\n" in mark.text):
            return None
        word = doc[start]
        level = first_name_level(word.text, self._lang)
        if (
            word.is_stop
            or (level is None and word.lower_ in everyday_words())
            or is_reported_place(word.text, self._lang)
        ):
            return None
        return (start, end, SCORE_CUED, "signature")


def recognizers(language: str) -> list[EntityRecognizer]:
    """The cued-name recognizer for a language."""
    return [PersonCueRecognizer(supported_language=language)]
