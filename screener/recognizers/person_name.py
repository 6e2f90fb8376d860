"""People's names that spaCy's small models miss, found with first-name and surname lists.

spaCy sm tags "Jaime" or "Marcelo" as organisations, misses lower-case names in chat ("omg poor
emily") and names it has not seen. This recognizer reports PERSON for (levels: GAZETTEERS.md):
(a) a spaCy ORG / NORP / PRODUCT / GPE / FAC entity (ORG / MISC / LOC in French) whose first
    word is an unambiguous first name: re-typed, 0.8 (0.9 from a place label, to win over the
    NER recognizer's LOCATION on the same words);
(b) a capitalised first name, with its surname if one follows: 0.85 with a known surname
    (names that are words, "Hope", need an unambiguous one: "Hope Thompson"), 0.7 alone
    mid-sentence, 0.6 for names that are sometimes words ("Frank"), 0.55 at the start of a
    sentence (unambiguous names only: "Will you walk?" is not a person);
(c) a lower-case unambiguous first name: 0.6 after a word that introduces a person ("tell
    brad", "poor emily") or before a surname, 0.55 in a post written as chat; none in edited
    text, where lower-case "names" are Latin or jargon ("vena cava");
(d) a surname or name after a title ("Dr Okafor", "Mrs May", "Mme Lefèvre"; after "doctor",
    "nurse" only a known name): 0.8, 0.6 in lower case. Titled staff are still people: the
    policy decides what they weigh;
(e) a capitalised word no list knows, or an initial, before an unambiguous surname ("Tunde
    Davies", "K Choi"): 0.7; not an everyday word, a town, or a code letter ("Ward C").
It also reports SOCIAL_HANDLE for mentions that exports split as "@ name" (spaced_handles.py).

Never reported: month and weekday names (left out of the lists), words of a ward, street or
event name ("Grace Ward", "St Mary's", "Florence ward"), disease eponyms ("Parkinson's",
"maladie de Crohn"), first names that are also cities ("Paris"; the place recognizer reports
them), acronyms ("IBAN") unless the post is written in capitals.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from screener.gazetteers import (
    CAP,
    NAME,
    WORD,
    canonical,
    everyday_words,
    first_name_level,
    is_reported_place,
    places,
    surname_level,
)
from screener.name_context import (
    FACILITY_HEADS,
    FACILITY_PREFIXES,
    ORG_WORDS,
    PERSON_CUES,
    PLACE_A_BEFORE_FR,
    PUBLIC_FROM_BEFORE,
    SITE_AFTER,
    SURNAME_PARTICLES,
    THANKS_WORDS,
    TITLE_NOUNS,
    TITLES,
    VENUE_OF_A_TOWN,
    PostContext,
)
from screener.recognizers.age_words import OTHER_KIN_WORDS
from screener.recognizers.doc_recognizer import DocRecognizer
from screener.recognizers.ner_words import (
    FRENCH_SMS,
    NOT_NAMES,
    countries,
    inside_a_glottal_word,
)
from screener.recognizers.results import recognizer_result
from screener.recognizers.spaced_handles import spaced_handles

# Thanks and greetings of other languages that the name lists also hold ("Asante", "Tak",
# "Aloha"): a name only with a surname after them ("Kofi Asante" is judged by its first name).
# Not "Salam", a first name as often as a greeting, even in lower case.
_NAMES_TOO = frozenset({"salam", "salaam"})
_THANKS_AND_GREETINGS = frozenset(THANKS_WORDS) | frozenset(
    "sana nnyo nui aloha jambo habari moin hej hei servus namaste "
    # the I-Kiribati greeting ("Mauri! 🌺") and Maltese "mela" ("Mela, tonight we eat")
    "mauri mela".split()
)
# Endings of nationality and language adjectives, which spaCy tags NORP and which the name
# lists also hold as rare first names ("British", "Irish", "Japanese", "Christian").
_DEMONYM_ENDINGS = ("ish", "ese", "ian", "ean", "ans", "ic", "ch", "aise", "ais", "oise", "ois")
# Scores (the engine reports >= 0.5; spaCy's own PERSON findings score 0.85).
SCORE_FULL_NAME = 0.85  # known first name + known surname: as sure as spaCy
SCORE_RETYPED = 0.8  # spaCy saw an entity, and its first word is an unambiguous first name
# Re-typed from a spaCy place (GPE, FAC, LOC): the NER recognizer reports the same words as a
# LOCATION at 0.85, and overlap resolution keeps the higher score of two equal spans.
SCORE_RETYPED_PLACE = 0.9
SCORE_TITLED = 0.8  # "Dr Okafor": a title introduces a person
SCORE_NICKNAME = 0.9  # "ti-paul": the nickname prefix beats spaCy's 0.85 place
SCORE_NAME = 0.7  # unambiguous first name, capitalised mid-sentence
SCORE_CAP_NAME = 0.6  # a name that is sometimes a word, capitalised mid-sentence
SCORE_CUED_LOWER = 0.6  # lower-case name after a word that introduces a person
SCORE_SENTENCE_START = 0.55  # unambiguous first name opening a sentence ("Marcelo is...")
SCORE_LOWER_CHAT = 0.55  # lower-case name in a post written as chat, the weakest evidence

# A first name shared by a local town of this size ("Burton", "Stanley") counts as WORD: a
# person only with a surname, as alone it is as likely the town. Villages ("Brooke") do not.
_TOWN_DOUBT = 10_000
# spaCy labels whose entities are re-typed when they begin with a first name.
_RETYPED = {
    "en": frozenset({"ORG", "NORP", "PRODUCT", "GPE", "FAC"}),
    "fr": frozenset({"ORG", "MISC", "LOC"}),
}
# spaCy entities never looked into: people (the NER recognizer reports them), numbers, times,
# events and laws ("Stroke Awareness Month" is an EVENT). Titles of works are: spaCy calls
# "Jese Rodriguez" one.
_SKIPPED = frozenset(
    {"PERSON", "PER", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
     "EVENT", "LAW", "LANGUAGE"}
)  # fmt: skip
# spaCy labels of places and nationalities: a capitalised first name inside one that was not
# re-typed is a place's name ("Victoria Park") or a people's ("Thai", "Christian"); in lower
# case it is spaCy's confusion ("ian connor" as a nationality).
_NOT_INSIDE = frozenset({"GPE", "LOC", "FAC", "NORP"})
# Words after which a capital letter is a code, not an initial ("Ward C", "Bay B", "vitamin
# D", "type A", "hep C").
_LETTER_NOUNS = frozenset(
    "ward bay bed room block wing unit level floor type vitamin grade stage plan class group "
    "hepatitis hep category section zone gate platform".split()
)


# Prepositions before a place, not a person: a first name spaCy calls GPE or ORG after one of
# them ("here in Denver", "near Florence", "in Palmer") is the town; not "to" ("said to
# Florence"), and French "à" only after a word that leads to a place (PLACE_A_BEFORE_FR).
# Of the 16,000 labelled posts, one has a person right after "in" ("get in deano", lower
# case).
_TOWARDS = frozenset({"in", "near"})
# ... unless "in" follows a word that takes a person ("We believe in Tyler", "found a true
# friend in Marcy").
_IN_A_PERSON = frozenset("believe believed believes believing faith trust friend".split())
# Verbs of a journey or a transfer: a first name after one of them and "to", with no surname
# ("headed to Marquette", "referred to Addis", "medevaced up to Bethel"), is the destination,
# whatever spaCy calls it. Not "go", "back", "sent" or "said": "go to Wambui directly", "back
# to Dawn on Ward 7", "said to Florence".
_TRAVEL_VERBS = frozenset(
    "drive drove driven driving fly flew flown flying flight head headed heading heads travel "
    "travels travelled traveled travelling traveling move moved moving relocate relocated "
    "relocating trip commute commuting airlifted medevaced medevacked transferred referred "
    "evacuated".split()
)
# Particles allowed between the verb and "to" ("headed back to", "moving down to").
_TRAVEL_PARTICLES = frozenset({"back", "down", "up", "over", "out", "home"})
# Machines a unit after a number measures ("a 3 Tesla scanner").
_MACHINES = frozenset("scanner scanners magnet magnets machine machines unit units".split())
# A brand written in CamelCase ("BreastScreen", "HealthLink"): an organisation's name.
_CAMEL_BRAND = re.compile(r"^[A-Z][a-z]+[A-Z][a-z]+")


def _rallying_tag(text: str, name: str) -> bool:
    """True when the post rallies behind the name in a hashtag ("#colbystrong",
    "#TeamMaisie", "#PrayForLeo", "#ColbyStrong"): the lower-case word is that person."""
    if "#" not in text:
        return False
    tag = re.escape(name.lower())
    return (
        re.search(
            rf"#(?:{tag}(?:strong|warrior|army|fighter|fights|forte|fort)|"
            rf"(?:team|prayfor|prayers4|pray4|courage|forza){tag})\b",
            text,
            re.IGNORECASE,
        )
        is not None
    )


_VENUE_WORD = re.compile(VENUE_OF_A_TOWN)


def _after_public_from(ctx: PostContext, i: int) -> bool:
    """True after a public and "from" ("Patients from Arran"): the place they come from."""
    start = ctx.tokens.idx[i]
    return PUBLIC_FROM_BEFORE.search(ctx.doc.text, max(0, start - 30), start) is not None


def _after_venue(ctx: PostContext, i: int) -> bool:
    """A word right after a venue's name and a comma ("at Ocean Terminal, Leith, on
    Saturday", "Cresta Mall, Randburg"), or a venue's "de" ("Liberty Theater d'Eunice"): the
    venue's town, not a person."""
    tokens = ctx.tokens
    if i < 2:
        return False
    if tokens.lower[i - 1] in ("de", "d'", "d’"):
        return _VENUE_WORD.fullmatch(tokens.lower[i - 2]) is not None
    return tokens.text[i - 1] == "," and tokens.lower[i - 2] in FACILITY_HEADS


class PersonNameRecognizer(DocRecognizer):
    """PERSON from name lists where spaCy missed or mislabelled a person; spaced handles."""

    ENTITIES: ClassVar[tuple[str, ...]] = ("PERSON", "SOCIAL_HANDLE", "LOCATION")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Names and spaced handles in one post."""
        ctx = self.post(entities, nlp_artifacts)
        if ctx is None:
            return []
        found: list[tuple[int, int, str, float, str]] = []  # start, end (tokens), type, ...
        if "PERSON" in entities:
            found += self._retyped(ctx)
            taken = {i for start, end, *_ in found for i in range(start, end)}
            found += self._names(ctx, taken)
        if "SOCIAL_HANDLE" in entities:
            found += spaced_handles(ctx)
        tokens = ctx.tokens
        return [
            recognizer_result(
                (self._label, self.id),
                kind,
                tokens.idx[start],
                tokens.end_char(end - 1),
                score,
                why,
            )
            for start, end, kind, score, why in found
            # (not the end of a Polynesian word cut at its stop: "ata" of "Ta'ata")
            if not inside_a_glottal_word(text, tokens.idx[start], tokens.end_char(end - 1))
        ]

    # (a) -------------------------------------------------------------------------------------
    def _retyped(self, ctx: PostContext) -> list[tuple[int, int, str, float, str]]:
        out = []
        tokens = ctx.tokens
        for start, ent_end, label in ctx.ents:
            if label not in _RETYPED[self._lang] or not ctx.capitalised(start):
                continue
            name_end = self._compound_end(ctx, start)
            first = tokens.span_text(start, name_end)
            if self._level(first) != NAME or is_reported_place(first, self._lang):
                continue
            whole = tokens.span_text(start, ent_end)
            if canonical(whole) in places(self._lang) or whole.lower() in countries():
                continue  # "San Francisco", "Hong Kong": the whole entity is a town or a country
            if label in ("GPE", "ORG", "LOC") and self._after_in(ctx, start, french=True):
                continue  # "here in Denver", "a kitchen table in Palmer": a town after "in"
            if self._brand_and_town(ctx, name_end, ent_end):
                continue
            if self._after_travel(ctx, start):
                continue  # "headed to Marquette": the journey's destination
            if _after_venue(ctx, start):
                continue
            if self._after_place(ctx, start):
                continue  # "the Stormont Vail education center": a place's second word
            if _after_public_from(ctx, start):
                continue  # "Patients from Arran": where they come from
            if ent_end < len(tokens) and tokens.lower[ent_end] in SITE_AFTER:
                continue  # "our Weston store": a branch named by its town
            if label in ("NORP", "MISC") and first.lower().endswith(_DEMONYM_ENDINGS):
                continue  # "British", "Irish", "Française": a people, not a person
            lower = tokens.lower[start:ent_end]
            if any(w in FACILITY_HEADS or w in ORG_WORDS for w in lower):
                continue  # "Emily Jackson House", "Marie Curie Foundation"
            end = self._surname_end(ctx, name_end, limit=ent_end)[0]
            if ctx.in_facility_name(start, end) or ctx.is_eponym(start, end):
                continue
            score = SCORE_RETYPED_PLACE if label in _NOT_INSIDE else SCORE_RETYPED
            out.append((start, end, "PERSON", score, f"spaCy {label}, first name"))
        return out

    def _brand_and_town(self, ctx: PostContext, name_end: int, end: int) -> bool:
        """True when the words after a first name are a town's name of two words or more
        ("Bronson Battle Creek", "Munson Traverse City"): a brand's branch, not a surname."""
        return end - name_end >= 2 and canonical(ctx.tokens.span_text(name_end, end)) in places(
            self._lang
        )

    @staticmethod
    def _after_in(ctx: PostContext, i: int, french: bool = False) -> bool:
        """True after "in" or "near", not after a word that takes a person ("believe in");
        with `french`, in a French post, after "à" that leads to a place (PLACE_A_BEFORE_FR):
        only where spaCy calls the name a place, as a bare first name after "à" is mostly a
        person ("c'est grâce à Nadège")."""
        if french and ctx.language == "fr":
            text = ctx.doc.text
            start = ctx.tokens.idx[i]
            return PLACE_A_BEFORE_FR.search(text, max(0, start - 40), start) is not None
        j = ctx.previous_word(i)
        if j is None or ctx.tokens.lower[j] not in _TOWARDS:
            return False
        k = ctx.previous_word(j)
        return k is None or ctx.tokens.lower[k] not in _IN_A_PERSON

    @staticmethod
    def _unit(ctx: PostContext, j: int) -> bool:
        """True when token j names a machine a unit measures ("3 Tesla MRI", "1.5 Tesla
        scanner", "IRM 3 Tesla"); not a name and what follows ("Room 3 Margaret is", "15
        Nicole's gum")."""
        if j >= len(ctx.tokens):
            return False
        word = ctx.tokens.text[j]
        return (len(word) >= 2 and word.isupper()) or word.lower() in _MACHINES

    @staticmethod
    def _after_place(ctx: PostContext, i: int) -> bool:
        """True right after a capitalised word spaCy calls a place, with nothing between
        ("Stormont Vail", two place entities side by side): a brand or a place's name; not
        after a greeting or another everyday word spaCy misread ("Bonjour Sandrine")."""
        j = i - 1
        return (
            j >= 0
            and ctx.tokens.space_after[j]
            and ctx.tokens.word[j]
            and ctx.labels[j] in _NOT_INSIDE
            and ctx.capitalised(j)
            and ctx.tokens.lower[j] not in everyday_words()
            and ctx.tokens.lower[j] not in _THANKS_AND_GREETINGS
        )

    @staticmethod
    def _after_travel(ctx: PostContext, i: int) -> bool:
        """True after a verb of a journey and "to" ("flew back to Austin")."""
        j = ctx.previous_word(i)
        if j is None or ctx.tokens.lower[j] != "to":
            return False
        j = ctx.previous_word(j)
        if j is not None and ctx.tokens.lower[j] in _TRAVEL_PARTICLES:
            j = ctx.previous_word(j)
        return j is not None and ctx.tokens.lower[j] in _TRAVEL_VERBS

    # (b), (c), (d) ----------------------------------------------------------------------------
    def _names(self, ctx: PostContext, taken: set[int]) -> list[tuple[int, int, str, float, str]]:
        out = []
        tokens, labels, i = ctx.tokens, ctx.labels, 0
        titles = TITLES[self._lang]
        # words inside an organisation's name after a first word that is no name ("Kings
        # Heath branch", "Bishop Auckland"): part of a place or a body, not a person
        org_inner = {
            k
            for start, end, label in ctx.ents
            if label == "ORG"
            and self._level(tokens.text[start]) is None
            and (
                tokens.lower[start] in everyday_words()
                or canonical(tokens.text[start]) in places(self._lang)
                or _CAMEL_BRAND.match(tokens.text[start]) is not None  # "BreastScreen Victoria"
            )
            for k in range(start + 1, end)
        }
        while i < len(tokens):
            label = labels[i]
            inside_place = (label in _NOT_INSIDE and not tokens.text[i].islower()) or i in org_inner
            if label == "NORP" and self._level(tokens.text[i]) is None:
                inside_place = False  # "Bindi Irwin" read as a people: judged by its surname
            if i in taken or label in _SKIPPED or inside_place:
                i += 1
                continue
            lower = tokens.lower[i]
            titled = lower in titles or lower in TITLE_NOUNS
            found = self._titled(ctx, i) if titled else self._first_name(ctx, i)
            if found is None:
                i += 1
                continue
            out.append(found)
            i = found[1]
        return out

    def _first_name(self, ctx: PostContext, i: int) -> tuple[int, int, str, float, str] | None:
        tokens = ctx.tokens
        if not tokens.word[i] or ctx.glued_to_symbol(i) or tokens.lower[i] in FACILITY_PREFIXES:
            return None
        name_end = self._compound_end(ctx, i)
        word = tokens.span_text(i, name_end)
        level = self._level(word)
        if (level is None or len(word) == 1) and name_end == i + 1:
            return self._unknown_first_name(ctx, i)  # or an initial: "K Choi"
        if level is None or is_reported_place(word, self._lang):
            return None
        if _after_venue(ctx, i):
            if not ctx.capitalised(i):
                return None
            return (i, name_end, "LOCATION", SCORE_NAME, "town after a venue's name")
        end, known_surname = self._surname_end(ctx, name_end)
        if (
            end == name_end
            and i > 0
            and tokens.text[i - 1].isdigit()
            and (self._unit(ctx, end) or (i > 1 and self._unit(ctx, i - 2)))
        ):
            return None  # "a 3 Tesla MRI scanner", "une IRM 3 Tesla": a unit after a number
        if (
            end == name_end
            and ctx.capitalised(i)
            and (self._after_in(ctx, i) or self._after_travel(ctx, i) or _after_public_from(ctx, i))
        ):
            return (i, name_end, "LOCATION", SCORE_NAME, "town after 'in' or a journey")
        if tokens.stop[i]:
            level = WORD  # "Will", "May", "Le": function words first, names only with a surname
        if ctx.in_facility_name(i, end) or ctx.is_eponym(i, end):
            return None
        if self._brand_and_town(ctx, name_end, end):
            return None
        if tokens.text[i].islower():
            if word.lower().startswith("ti-"):
                # "la famille à ti-paul": the nickname prefix of Québec and Acadiana is its cue
                return (i, end, "PERSON", SCORE_NICKNAME, "nickname 'ti-' and a first name")
            return self._lower_case(ctx, i, end, known_surname)
        if not ctx.capitalised(i):
            return None
        if known_surname and (level >= CAP or self._strong_surname(ctx, name_end, end)):
            return (i, end, "PERSON", SCORE_FULL_NAME, "first name and surname")
        if level == WORD:
            return None  # "Will", "Grace", "Mark" need a surname
        if ctx.sentence_start(i):
            if level == NAME and not ctx.title_case(i):
                return (i, end, "PERSON", SCORE_SENTENCE_START, "first name, sentence start")
            return None
        if level == NAME:
            return (i, end, "PERSON", SCORE_NAME, "first name")
        if ctx.title_case(i):
            return None
        return (i, end, "PERSON", SCORE_CAP_NAME, "first name, sometimes a word")

    def _unknown_first_name(
        self, ctx: PostContext, i: int
    ) -> tuple[int, int, str, float, str] | None:
        """A capitalised word no list knows, or an initial, before an unambiguous surname
        ("Bindi Irwin", "K Choi"): the surname vouches for the first name. Not an everyday
        word ("Alder Hey", "Bishop Auckland"), a town ("Stoke Mandeville"), an acronym or a
        Title Case headline."""
        tokens = ctx.tokens
        text = tokens.text[i]
        initial = len(text) == 1 and text.isupper()
        if i + 1 >= len(tokens) or tokens.stop[i] or not (ctx.capitalised(i) or initial):
            return None
        if (text.isupper() and not initial) or ctx.title_case(i):
            return None
        if canonical(text) in places(self._lang):
            return None
        if tokens.lower[i] in everyday_words() and not initial:
            return None
        before = ctx.previous_lower(i)
        if initial and before is not None and before in _LETTER_NOUNS:
            return None  # "Ward C Davies": a ward's letter
        nxt, nxt_text, nxt_lower = i + 1, tokens.text[i + 1], tokens.lower[i + 1]
        if not ctx.capitalised(nxt) or ctx.labels[nxt] in (_NOT_INSIDE - {"NORP"}) | _SKIPPED:
            return None
        if surname_level(nxt_text, self._lang) != NAME or nxt_lower in everyday_words():
            return None
        if is_reported_place(nxt_text, self._lang) or nxt_lower in FACILITY_HEADS:
            return None
        if ctx.in_facility_name(i, i + 2) or ctx.is_eponym(i, i + 2):
            return None
        return (i, i + 2, "PERSON", SCORE_NAME, "unknown first name, known surname")

    @staticmethod
    def _compound_end(ctx: PostContext, i: int) -> int:
        """The end of a first name that English tokenizing split at its hyphen ("Anne-Marie")."""
        tokens = ctx.tokens
        split = (
            i + 2 < len(tokens)
            and tokens.text[i + 1] == "-"
            and tokens.word[i + 2]
            and not tokens.space_after[i]
            and not tokens.space_after[i + 1]
        )
        if split and first_name_level(tokens.span_text(i, i + 3), ctx.language) is not None:
            return i + 3
        return i + 1

    def _lower_case(
        self, ctx: PostContext, i: int, end: int, known_surname: bool
    ) -> tuple[int, int, str, float, str] | None:
        text = ctx.tokens.text[i]
        other = "fr" if self._lang == "en" else "en"
        own_level, other_level = self._level(text), first_name_level(text, other)
        if (
            own_level is not None
            and own_level >= CAP
            and not ctx.tokens.stop[i]
            and _rallying_tag(ctx.doc.text, text)
        ):
            return (i, end, "PERSON", SCORE_CUED_LOWER, "lower-case name of a hashtag")
        if len(text) < 3 or ctx.tokens.stop[i] or own_level != NAME or text in OTHER_KIN_WORDS:
            return None  # ("amma": a mother in Indian languages, as "mum" is)
        if other_level is None or other_level < CAP:
            return None  # a common word of the other language ("lea", "will"): posts mix them
        before = ctx.previous_lower(i)
        cued = known_surname or (before is not None and before in PERSON_CUES)
        if cued:
            return (i, end, "PERSON", SCORE_CUED_LOWER, "lower-case first name, cue word")
        if ctx.informal:
            return (i, end, "PERSON", SCORE_LOWER_CHAT, "lower-case first name in chat")
        return None  # edited text: Latin and jargon ("vena cava") look like rare names

    def _titled(self, ctx: PostContext, i: int) -> tuple[int, int, str, float, str] | None:
        tokens = ctx.tokens
        n = len(tokens)
        start = i + 1
        while start < n and tokens.text[start] in (".",) and not tokens.text[i].endswith("."):
            start += 1
        if start >= n or not tokens.word[start] or tokens.stop[start]:
            return None
        if ctx.labels[start] in _SKIPPED and ctx.labels[start] not in ("PERSON", "PER"):
            return None
        word, lower = tokens.text[start], tokens.lower[start]
        known = [self._level(word), surname_level(word, self._lang)]
        end = self._surname_end(ctx, start + 1)[0]
        if ctx.in_facility_name(start, end) or ctx.is_eponym(start, end):
            return None
        if all(lv is None for lv in known) and (
            tokens.lower[i] in TITLE_NOUNS or lower in everyday_words()
        ):
            return None  # "my doctor Said", "my Dr. Wants me to...": not a name
        if ctx.capitalised(start) and not is_reported_place(word, self._lang):
            return (start, end, "PERSON", SCORE_TITLED, "title and name")
        if word.islower() and any(lv is not None and lv >= CAP for lv in known):
            return (start, end, "PERSON", SCORE_CAP_NAME, "title and lower-case name")
        return None

    # helpers ---------------------------------------------------------------------------------
    def _level(self, word: str) -> int | None:
        """The first-name level; WORD for a town named like a person ("Burton")."""
        level = first_name_level(word, self._lang)
        lowered = word.lower()
        if level is not None and (
            lowered in _THANKS_AND_GREETINGS
            # kin words of other languages, capitalised as names ("with Oma riding behind")
            or lowered in OTHER_KIN_WORDS
            # in lower case, any word of NOT_NAMES ("jai" = j'ai, "interpret română")
            or (
                word.islower()
                and lowered in NOT_NAMES
                and lowered not in _NAMES_TOO
                and not (self._lang == "en" and lowered in FRENCH_SMS)
            )
        ):
            # "Asante sana", "Tak Mette": thanks or a greeting; a name only with a surname
            return WORD
        town = places(self._lang).get(canonical(word))
        if level is not None and town is not None and town.population >= _TOWN_DOUBT:
            return WORD
        return level

    def _surname_end(self, ctx: PostContext, j: int, limit: int | None = None) -> tuple[int, bool]:
        """The end of the name started before token j, and whether a known surname ends it.

        Takes capitalised words that are not facility words, and surname particles followed
        by one ("van der Voet"); in lower case, only known surnames ("amy schumer").
        """
        tokens = ctx.tokens
        text, lowers = tokens.text, tokens.lower
        titles = TITLES[self._lang]
        limit = len(tokens) if limit is None else limit
        lower = text[j - 1].islower()
        end, known = j, False
        while end < limit and end < j + 3:
            k = end
            while k < limit and lowers[k] in SURNAME_PARTICLES and not lower:
                k += 1
            if k >= limit or not tokens.word[k] or tokens.stop[k]:
                break
            if lowers[k] in titles or lowers[k] in TITLE_NOUNS:
                break
            if lowers[k] in FACILITY_HEADS or lowers[k] in ORG_WORDS:
                break
            if ctx.labels[k] in _SKIPPED and ctx.labels[k] not in ("PERSON", "PER"):
                break
            level = surname_level(text[k], self._lang)
            if lower:
                if not text[k].islower() or level != NAME:
                    break
            elif not ctx.capitalised(k) or ctx.sentence_start(k):
                break
            end, known = k + 1, known or (level is not None and level >= CAP)
        return end, known

    def _strong_surname(self, ctx: PostContext, j: int, end: int) -> bool:
        """True when a surname after an ambiguous first name is itself unambiguous."""
        text = ctx.tokens.text
        return any(surname_level(text[k], self._lang) == NAME for k in range(j, end))


def recognizers(language: str) -> list[EntityRecognizer]:
    """The person-name recognizer for a language."""
    return [PersonNameRecognizer(supported_language=language)]
