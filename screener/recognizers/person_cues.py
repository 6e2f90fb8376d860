"""People's names told by the words around them, where the name lists alone are not enough.

The name recognizer (person_name) trusts a word that is mostly a name; these cues make a
person of a word whatever else it could be, and win over spaCy's place or organisation
reading of the same words (score 0.9 against its 0.85):
- a title before a name that spaCy calls a place or an organisation ("Dr Benhamou", "Mme
  Laval" tagged LOC), reported with its title as spaCy's span is;
- a lower-case first name in chat that spaCy calls a place ("karim est sorti hier");
- a family word before a first name, in any case ("my daughter lily", "mon fils karim",
  "my son Will"), but not a function word ("my son will be..."); a family word used as a
  title needs no possessive ("mamie jeanne", "Tantine Mbuyi", "auntie Pat");
- a first name before "'s" and a state ("Lily's been back at school", "Jack's home");
- a word before "from our/the ... team/group/class" ("Mo from our estates team", "Kev from
  the Tuesday group") or before "from" and a town ("Morag from Tobermory");
- a signature ending the post ("— Nath", "- Val x", a last line "Sue xx");
- a word after "my name is", "her name's", "je m'appelle" ("Her name is Scout"), whatever
  it is, or after a greeting ("Hi Garvan", "Dear Amitabh"), when no everyday word;
- a word after "news of", "an update on", "des nouvelles de" ("des nouvelles de mimi").
Function words ("Will", "May") count only after a family word, capitalised.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from screener.gazetteers import (
    NAME,
    WORD,
    canonical,
    everyday_words,
    first_name_level,
    is_reported_place,
    places,
    surname_level,
)
from screener.name_context import CHAT_WORDS, TITLE_NOUNS, TITLES, PostContext
from screener.recognizers.doc_recognizer import DocRecognizer
from screener.recognizers.ner_words import NOT_NAMES, countries
from screener.recognizers.results import recognizer_result

SCORE_CUED = 0.9  # a cue names the person: beats spaCy's 0.85 place or organisation
SCORE_STATE = 0.75  # "Lily's been": a name-shaped word before a personal state

# Family words after "my", "our", "his"... that a first name may follow ("my daughter lily").
_KIN = frozenset(
    "son daughter husband wife partner brother sister mum mom dad mother father nephew niece "
    "grandson granddaughter nan nana gran grandma grandpa grandad cousin friend boy girl baby "
    "boyfriend girlfriend fils fille mari femme frère soeur sœur neveu nièce cousin cousine "
    "copain copine petit-fils petite-fille lad lass bairn hubby eldest youngest "
    # a partner in Québec French ("mon chum Réal", "mon chum Ti-Guy")
    "chum".split()
)
# ... and a neighbour or a colleague, with a name of the lists or a capitalised one ("My
# neighbour Agnes in Area 25"; not a nickname no list holds, "ma collègue yovo" is a word)
_NEIGHBOURS = frozenset("neighbour neighbor voisin voisine colleague collègue".split())
# Words of endearment after a possessive, before a capitalised name ("notre petit Titi", "our
# little Ava", "my wee Isla"); not before a family word ("my little boy").
# (chat spellings too: "ma ptite Loulou", "mon p'tit Hugo")
_ENDEARMENTS = frozenset("petit petite ptit ptite p'tit p'tite p’tit p’tite little wee".split())
# Family words that stand before a name as a title does, no possessive needed ("mamie jeanne",
# "Tantine Mbuyi", "Maman Odette", "auntie Pat", "my nani shabnam").
_FAMILY_TITLES = frozenset(
    "mamie mamy papi papy mémé pépé tata tatie tonton tantine maman papa auntie aunty aunt "
    "uncle nan nana nanna nanny gran granny grandma grandpa grandad nani nana dadi nonna "
    "nonno nain taid mamgu granda "
    # grandparents of the US South and parents and grandparents of Spanglish posts ("MeMaw
    # Jean", "mi apá Rogelio", "Abuela Rosa")
    "memaw meemaw mamaw pawpaw papaw apá amá abuela abuelo abuelita abuelito tanty tantie".split()
)
# A family title and a capitalised word inside quotes: a nickname, whatever the word ('to
# "Mama Chips", who fries the best chips', « Tonton Gâteau », qui): the quotes and the
# apposition after them make the pair one name ('a free "Mama Kit" for delivery' is a thing).
# Not a country or a continent ("Mama Africa", a song's or a charity's name).
_TITLED_NICKNAME = re.compile(
    r"(?<=[\"“«]) ?(?P<name>(?i:"
    + "|".join(sorted(_FAMILY_TITLES | {"mama", "mami", "baba", "mzee", "bibi"}))
    + r") [A-ZÀ-Ý][a-zà-ÿ'’-]+)(?= ?[\"”»]\s*(?:,|(?i:who|qui)\b))"
)
_NOT_NICKNAMES = countries() | frozenset(
    "africa afrique europe asia asie america amérique earth terre nature".split()
)
# Words after "news of" or "courage à" that are no name: relatives, titles, endearments
# ("congratulations to Sister Aoife", "bisous à ptit louis").
_NOT_CHEERED = (
    _KIN
    | _FAMILY_TITLES
    | _ENDEARMENTS
    | TITLE_NOUNS
    | TITLES["en"]
    | TITLES["fr"]
    | frozenset({"ptit", "p'tit", "p’tit", "big", "notre", "our", "the"})
)
# Chat words a post may put after a family word that are nobody's nickname ("my son tho").
_CHAT_AFTER_KIN = frozenset("tho innit hun hunny bruv cos coz atm asap irl iirc aswell".split())
_VOWEL = re.compile(r"[aeiouyéèàù]")
# Endings of verbs, adverbs and adjectives the word lists hold only in their base form ("my
# wife nagged", "mon fils asthmatique", "my son reckons"): no nickname ends so.
_NOT_A_NICKNAME_ENDING = re.compile(
    r"(?:ed|ing|ly|ons|ens|es|ique|iques|eux|euse|ant|ante|ment|tion|sion|[ée]e?s?)$"
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
# Words that give news of someone, and the word before them ("news of", "update on",
# "nouvelles de").
_NEWS_OF = {
    "of": frozenset({"news"}), "on": frozenset({"update", "updates"}),
    "de": frozenset({"nouvelles"}), "d'": frozenset({"nouvelles"}),
    "d’": frozenset({"nouvelles"}),
}  # fmt: skip
# Words that cheer someone on, and the word before them ("courage à mimi", "prayers for
# jen", "hugs to bea").
_CHEERED_BY = {
    "à": frozenset({"courage", "bravo", "bisous", "pensées", "félicitations"}),
    "pour": frozenset({"pensées", "prières", "courage"}),
    "for": frozenset({"prayers", "praying"}),
    "to": frozenset({"hugs", "love"}),
}
# Dashes and tildes that introduce a signature.
_SIGN = frozenset("- – — ~ --".split())
# Words of a sign-off, a comma, then the name ending the post ("Cheers, Dáithí", "Bisous,
# Murielle"): opening their own sentence.
_SIGN_OFFS = frozenset(
    "cheers thanks thx ta love regards best bisous bises merci amitiés cordialement".split()
)
# A person's age in news style: 1 to 110.
_AGE_NUMBER = re.compile(r"^(?:[1-9]\d?|10\d|110)$")
# A first name, a nickname in quotes, a surname ('Agnes "Nessie" Cullen', "Raymond « Ti-Ray »
# Gagnon"): the quoted nickname between two capitalised words is how a person is written.
# Not after a pronoun or an article ('We saw "Wicked" Tuesday'), nor before a day or a month.
_NICKNAME_QUOTES = ('"', "“", "«")  # one of them opens the nickname: a cheap pre-check
_NICKNAMED = re.compile(
    r"\b(?!(?:We|I|The|They|You|He|She|It|Our|My|Your|This|That|In|On|At|Le|La|Les|Un|Une|"
    r"Nous|Je|Il|Elle|On)\b)[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+[\"“«]\s?[A-Za-zÀ-ÿ'’ -]{2,15}?\s?[\"”»]\s+"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Lundi|Mardi|Mercredi|"
    r"Jeudi|Vendredi|Samedi|Dimanche)\b)"
    r"(?:(?i:mc|mac|ní|nic|mhic|ó|ua|de|van|von|le|la|du)\s)?[A-ZÀ-Ý][\w'’-]+"
)
# One or two initials with full stops, then a surname ("D. Kowalczyk", "A. MacInnes",
# "M.-C. Baillargeon"); not inside an abbreviation ("U.S. Army": the letter before is glued).
# Not an abbreviation's letters ("P.O. Box", "P.S."), nor a firm's name ("H. J. Wilson & Co").
_INITIALLED = re.compile(
    r"(?<![\w.])(?!P\.[OS]\.|U\.[SK]\.|N\.B\.)(?P<initials>[A-Z]\.(?:-?[A-Z]\.)?)\s?"
    r"(?P<surname>(?:Mac|Mc|O['’])?[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\b"
    r"(?!\s*(?:&|and)\s+(?:Co|Company|Sons|Partners)\b|\s+(?:Ltd|Inc|LLC|Company|plc)\b)"
)
# Two initials standing for a resident or a member ("Our E.W. in Room 14", "notre résidente
# M.D."): after "our" or a word for them, as care homes write a resident's initials.
_OUR_INITIALS = re.compile(
    r"\b(?:[Oo]ur|[Nn]otre|[Rr]esident|[Rr][ée]sidente?|[Mm]ember|[Mm]embre|[Pp]atiente?)\s"
    r"(?!P\.[OS]\.|U\.[SK]\.|N\.B\.)(?P<initials>[A-Z]\.[A-Z]\.)(?!\w)"
    r"(?!\s+(?:team|unit|ward|group|service|clinic|programme|[ée]quipe|groupe))"
)
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Mme|M\.|Mlle|Pr|Prof)\.?\s+$")
# Kisses and hearts after a signature ("Val x", "Sue xx").
_KISSES = re.compile(r"^(?:x+|xo+|<3)$", re.IGNORECASE)
# spaCy labels that a cued name may wrongly carry.
_MISREAD = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PRODUCT", "MISC", "WORK_OF_ART", ""})
# spaCy's place labels: a lower-case first name in chat under one is spaCy's mistake
# ("karim est sorti" tagged LOC).
_PLACES = frozenset({"GPE", "LOC", "FAC"})
# The labels a cued name may carry: misread ones, or spaCy's person.
_CUED_LABELS = _MISREAD | {"PERSON", "PER"}

_Found = tuple[int, int, float, str]


def _trailing(text: str) -> bool:
    """Whether a token after a signature may be dropped to find it (emoji, kisses, dots); not
    a number or a colon: "Switchboard: 01632 960233" ends with a heading and its number."""
    if text in _SIGN or ":" in text:
        return False
    if _KISSES.match(text):
        return True
    return not any(c.isalnum() for c in text)


# Honorifics written after a name in South Asian English and chat ("Ramesh sir", "Sunita
# ji", "Priya madam", "Raju bhai", "Lakshmi amma", "Kumar anna", "Meena didi").
_HONORIFICS_AFTER = frozenset("sir ji madam madame bhai bhaiya didi amma anna akka ammi".split())


# Nouns whose letter is a code, not an initial ("Gate B", "Bay C", "Block D").
_CODE_NOUN_BEFORE = re.compile(
    r"\b(?:gate|bay|block|level|zone|door|entrance|wing|unit|platform|section|ward|stage|"
    r"grade|type|vitamin|hep|hepatitis|plan|porte|b[âa]timent|niveau|aile)\s+$",
    re.IGNORECASE,
)


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
        tokens = ctx.tokens
        for i in range(len(tokens)):
            if not tokens.word[i] or ctx.labels[i] not in _CUED_LABELS:
                continue  # what `_cued` refuses first, without a call
            hit = self._cued(ctx, i)
            if hit is not None:
                found.append(hit)
        signature = self._signature(ctx)
        if signature is not None:
            found.append(signature)
        # character spans: the text-level cues first, then the token-level ones
        spans: list[_Found] = []
        if any(quote in text for quote in _NICKNAME_QUOTES):
            spans += [
                (m.start(), m.end(), SCORE_CUED, "nickname") for m in _NICKNAMED.finditer(text)
            ]
            spans += [
                (m.start("name"), m.end("name"), SCORE_CUED, "titled nickname in quotes")
                for m in _TITLED_NICKNAME.finditer(text)
                if m.group("name").split()[1].lower() not in _NOT_NICKNAMES
            ]
        if "." in text:
            spans += [
                (m.start(), m.end(), SCORE_CUED, "initial")
                for m in _INITIALLED.finditer(text)
                if self._initialled(text, m)
            ]
            spans += [
                (m.start("initials"), m.end("initials"), SCORE_CUED, "initials")
                for m in _OUR_INITIALS.finditer(text)
            ]
        spans += [(tokens.idx[s], tokens.end_char(e - 1), score, why) for s, e, score, why in found]
        return [
            recognizer_result((self._label, self.id), "PERSON", s, e, score, why)
            for s, e, score, why in spans
        ]

    def _cued(self, ctx: PostContext, i: int) -> _Found | None:
        """A name at token i pointed at by the word before it or the words after it."""
        tokens = ctx.tokens
        text, lower, stop = tokens.text[i], tokens.lower[i], tokens.stop[i]
        if not tokens.word[i] or ctx.labels[i] not in _CUED_LABELS:
            return None
        if lower in TITLES[self._lang] or (
            text.islower() and lower in NOT_NAMES and first_name_level(text, self._lang) is None
        ):
            # "Dear Mr J. Hughes": the title, not the name it introduces; "Meh granny seh":
            # a word of chat in lower case that no list holds as a name ("my husband Ken",
            # "my cousin mela", "Tonton Mabrouk" are names)
            return None
        capitalised = ctx.capitalised(i)
        if stop and not capitalised:
            return None  # "my son will be...": a verb; "my son Will" is a name
        before = ctx.previous_word(i)
        before_lower = None if before is None else tokens.lower[before]
        level = first_name_level(text, self._lang)
        if before_lower is not None and before_lower in TITLES[self._lang]:
            assert before is not None
            if capitalised and ctx.labels[i] not in ("", "PERSON", "PER"):
                return (before, i + 1, SCORE_CUED, "title before a name read as a place")
            return None
        named = level is not None or (capitalised and not ctx.sentence_start(i))
        if capitalised and self._named_by(ctx, before):
            return (i, i + 1, SCORE_CUED, "a name given: 'my name is'")
        if (
            before is not None
            and before_lower in _ENDEARMENTS
            and capitalised
            and lower not in _KIN
            # (a name that is also a word elsewhere, "Luz", counts; an everyday word, "our
            # little Miracle", does not)
            and (level != WORD or lower not in everyday_words())
        ):
            two_before = ctx.previous_lower(before)
            if two_before is not None and two_before in _POSSESSIVES:
                return (i, i + 1, SCORE_CUED, "a name after a possessive and a word of endearment")
        # (a nickname no list holds, in lower case, counts too: "my lad tommo", "my son jayo";
        # not chat words, "my son tbh", "my daughter lmao": a vowel and none of them)
        nickname = (
            lower.isalpha()
            and len(lower) >= 3
            and _VOWEL.search(lower) is not None
            and lower not in everyday_words()
            and lower not in CHAT_WORDS
            and lower not in _CHAT_AFTER_KIN
            and _NOT_A_NICKNAME_ENDING.search(lower) is None
        )
        if before is not None and (
            (before_lower in _KIN and (named or nickname))
            or (before_lower in _NEIGHBOURS and named)
        ):
            two_before = ctx.previous_lower(before)
            if two_before is not None and two_before in _POSSESSIVES:
                return (i, i + 1, SCORE_CUED, "family word before a first name")
        # (a capitalised nickname no list holds counts too, "Get well soon Tanty Fide"; not an
        # everyday word: "Maman Blues")
        titled = (
            level is not None
            or ctx.labels[i] in ("PERSON", "PER")
            or (
                capitalised
                and lower.isalpha()
                and len(lower) >= 3
                and lower not in everyday_words()
                and not ctx.sentence_start(i)
            )
        )
        if before_lower in _FAMILY_TITLES and titled and lower not in ("noël", "noel"):  # Santa
            assert before is not None
            # spaCy's place reading covers the title too ("Maman Odette" LOC): take the same span
            start = before if ctx.labels[i] not in ("", "PERSON", "PER") else i
            return (start, i + 1, SCORE_CUED, "family title before a first name")
        if is_reported_place(text, self._lang):
            return None
        if text.islower() and level == NAME and ctx.informal and ctx.labels[i] in _PLACES:
            return (i, i + 1, SCORE_CUED, "lower-case first name read as a place")
        if not capitalised:
            # chat writes names in lower case too ("mo from the thursday walking group")
            known = level == NAME or (level is None and lower not in everyday_words())
            if known and not stop and ctx.informal and self._from_group(ctx, i):
                return (i, i + 1, SCORE_CUED, "someone from a team or group")
            # (a nickname in the first-name lists counts even when also a word: "mimi")
            named_lower = level is not None or lower not in everyday_words()
            if (
                named_lower
                and not stop
                and lower not in _NOT_CHEERED
                and self._spoken_of(ctx, before)
            ):
                return (i, i + 1, SCORE_STATE, "someone news is given of")
            return None
        if level is not None and not stop and self._state_after(ctx, i):
            return (i, i + 1, SCORE_STATE, "first name before 's and a state")
        if level is None and lower in everyday_words():
            return None  # "Flights from Leeds", "Greetings from the team"
        if before_lower is not None and before_lower in _GREETINGS and not stop:
            return (i, i + 1, SCORE_STATE, "someone greeted")
        if self._from_group(ctx, i):
            return (i, i + 1, SCORE_CUED, "someone from a team or group")
        if not stop and lower not in _NOT_CHEERED and self._spoken_of(ctx, before):
            # (over spaCy's place reading of an unlisted word after news: "An update on
            # Tootie"; one cheered may be a village: "Courage à Kerhuon !")
            news = before is not None and tokens.lower[before] in _NEWS_OF
            score = SCORE_CUED if news and ctx.labels[i] in _PLACES else SCORE_STATE
            return (i, i + 1, score, "someone news is given of")
        if not stop and self._age_after(ctx, i) and not is_reported_place(text, self._lang):
            return (i, i + 1, SCORE_STATE, "a name before its age in commas")
        if self._from_town(ctx, i):
            return (i, i + 1, SCORE_STATE, "someone from a town")
        if not stop and i + 1 < len(tokens) and tokens.lower[i + 1] in _HONORIFICS_AFTER:
            return (i, i + 1, SCORE_STATE, "a name before an honorific")
        return None

    @staticmethod
    def _named_by(ctx: PostContext, before: int | None) -> bool:
        """Whether token `before` ends "my name is", "her name's", "je m'appelle"."""
        if before is None or ctx.tokens.lower[before] not in _NAMING:
            return False
        two_before = ctx.previous_lower(before)
        return two_before is not None and two_before in _NAMING[ctx.tokens.lower[before]]

    @staticmethod
    def _state_after(ctx: PostContext, i: int) -> bool:
        tokens = ctx.tokens
        return (
            i + 2 < len(tokens)
            and tokens.text[i + 1] in ("'s", "’s")
            and tokens.lower[i + 2] in _STATE_AFTER
        )

    @staticmethod
    def _spoken_of(ctx: PostContext, before: int | None) -> bool:
        """Whether the words before speak of someone: "news of", "an update on", "des
        nouvelles de" ("des nouvelles de mimi : encore des convulsions"), or a cheer
        ("courage à mimi", "prayers for jen")."""
        if before is None:
            return False
        word = ctx.tokens.lower[before]
        two_before = ctx.previous_lower(before)
        if two_before is None:
            return False
        return two_before in _NEWS_OF.get(word, ()) or two_before in _CHEERED_BY.get(word, ())

    @staticmethod
    def _from_group(ctx: PostContext, i: int) -> bool:
        """ "Mo from our estates team", "Kev from the Tuesday group"."""
        words = ctx.tokens.lower[i + 1 : i + 7]
        if len(words) < 3 or words[0] != "from" or words[1] not in ("our", "the", "my", "your"):
            return False
        return any(w in _GROUP_WORDS for w in words[2:])

    def _initialled(self, text: str, match: re.Match[str]) -> bool:
        """An initial and a surname is a name when the surname is one, a title comes first
        ("Mr A. MacInnes") or the initials are a French compound's ("M.-C. Baillargeon")."""
        surname = match.group("surname")
        if surname.lower() in everyday_words() and surname_level(surname, self._lang) is None:
            return False  # "P.S. Thanks"
        if _CODE_NOUN_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
            return False  # "by Gate B. Park & Ride": a gate's letter, not an initial
        titled = _TITLE_BEFORE.search(text[max(0, match.start() - 6) : match.start()])
        compound = "-" in match.group("initials")
        return bool(titled or compound or surname_level(surname, self._lang) is not None)

    @staticmethod
    def _age_after(ctx: PostContext, i: int) -> bool:
        """ "Harjit, 45, from Southall", "Moussa, 27 ans, vit": a word, a comma, a number of
        years, then a comma (or "ans" and a comma): news style for a person's age."""
        t = ctx.tokens
        if i + 3 >= len(t) or t.text[i + 1] != "," or not _AGE_NUMBER.match(t.text[i + 2]):
            return False
        k = i + 3
        if t.lower[k] == "ans" and k + 1 < len(t):
            k += 1
        return t.text[k] == ","

    def _from_town(self, ctx: PostContext, i: int) -> bool:
        """ "Morag from Tobermory", "Aled from Bala": a name-shaped word, "from", then a town
        (a gazetteer town or a spaCy place), the way posts introduce someone."""
        tokens = ctx.tokens
        if i + 2 >= len(tokens) or tokens.lower[i + 1] != "from" or tokens.stop[i]:
            return False
        if ctx.labels[i] not in ("", "PERSON", "PER") or is_reported_place(
            tokens.text[i], self._lang
        ):
            return False
        town = i + 2
        if not ctx.capitalised(town):
            return False
        return ctx.labels[town] in _PLACES or is_reported_place(tokens.text[town], self._lang)

    def _town(self, word: str) -> bool:
        """A town of the gazetteer, even one named like a person ("Mags, Paisley"): after a
        signature's comma, a town is likelier than a second name."""
        return canonical(word) in places(self._lang)

    def _signature(self, ctx: PostContext) -> _Found | None:
        """A name signing the post: after a dash at its end, or alone on its last line."""
        tokens = ctx.tokens
        text = tokens.text
        end = len(tokens)
        while end > 0:
            if _trailing(text[end - 1]):
                end -= 1  # emoji, kisses, full stops after the name
            elif end >= 2 and text[end - 2] == "#":
                end -= 2  # a closing line of hashtags ("– Wiremu\n#Movember")
            elif text[end - 1].startswith("#"):
                end -= 1
            else:
                break
        start = end - 1
        if start >= 3 and text[start - 1] == "," and self._town(text[start]):
            start, end = start - 2, start - 1  # "— Isabelle, Dijon": the name before the town
        if start < 1 or not tokens.word[start] or not ctx.capitalised(start):
            return None
        mark = start - 1
        signed_off = (
            text[mark] == ","
            and mark >= 1
            and tokens.lower[mark - 1] in _SIGN_OFFS
            and (mark < 2 or text[mark - 2] in ".!?" or "\n" in text[mark - 2])
        )  # "... take it down? Cheers, Dáithí"
        if (
            text[mark] not in _SIGN
            and not (tokens.space[mark] and "\n" in text[mark])
            and not signed_off
        ):
            return None
        word = text[start]
        level = first_name_level(word, self._lang)
        if (
            tokens.stop[start]
            or tokens.lower[start] in NOT_NAMES  # "Sahha", "Misaotra": thanks signing off
            or (level is None and tokens.lower[start] in everyday_words())
            or is_reported_place(word, self._lang)
        ):
            return None
        return (start, end, SCORE_CUED, "signature")


def recognizers(language: str) -> list[EntityRecognizer]:
    """The cued-name recognizer for a language."""
    return [PersonCueRecognizer(supported_language=language)]
