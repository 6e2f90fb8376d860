"""Where a capitalised word stands in a post: what the name and place recognizers look at.

The recognizers find candidates in gazetteers (screener/gazetteers.py); this module says when a
candidate is not a person or a town although it is spelled like one: at the start of a
sentence ("Will you walk?"), in a headline written in Title Case, inside the name of a ward,
a street or an event ("the Grace Ward open day", "St Mary's"), or as the eponym of a disease
("Parkinson's disease", "maladie d'Alzheimer"). It also tells informal chat from edited text:
only chat writes names in lower case ("omg poor emily").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

# A word, possibly compound: "Emily", "Jean-Pierre", "O'Brien", "Saint-Étienne".
_WORD = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$")
# A token made only of sentence-ending punctuation ends a sentence; ":" too ("Rachel: I love
# you"), as chat exports put a speaker or a subject before one.
_SENTENCE_END = re.compile(r"^[.!?…:;]+$")
# Chat words and abbreviations, and contractions without their apostrophe (English and
# French), that edited text never uses.
_CHAT_WORDS = frozenset(
    "lol lmao omg omfg wtf pls plz idk tbh btw imo smh u ur ya yea yeah nah gonna wanna gotta "
    "haha hahaha thx ty xx xxx bro dude yall im ive dont cant wont didnt doesnt isnt thats "
    "youre mdr ptdr stp jsp bcp slt tkt jpp pk pcq oklm".split()
)
# Pictographs and dingbats (emoji), and text emoticons (":)", ";-(", ":D", "<3", "xD").
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]|[:;]-?[()DPp](?![\\w(])|<3|\\bxD\\b")
# Repeated "!" or "?" ("omg!!!", "really??"): edited text uses one.
_REPEATED_MARK = re.compile(r"[!?]{2,}")

# Words that end the name of a place, an organisation or an event: a first name before them is
# part of that name ("Grace Ward", "Emily Jackson House", "Rose Walk", "Hope Appeal").
FACILITY_HEADS = frozenset(
    "ward wards unit units house hospital hospice centre center clinic infirmary wing suite "
    "building block theatre theater hall room lodge court surgery practice pharmacy library "
    "school college university academy nursery church chapel cathedral trust foundation fund "
    "appeal charity society institute award awards lecture prize memorial day week month year "
    "walk run ride challenge festival ball cup fair road street lane avenue way close drive "
    "crescent place square park gardens garden terrace grove estate station bridge team "
    "programme program project service services network group ltd limited inc plc llp cic fc "
    "united city county council hotel inn cafe café bar pub shop store home homes".split()
)
# Particles inside surnames: "Donald van der Voet", "Jean de La Fontaine", "Leonardo da Vinci".
SURNAME_PARTICLES = frozenset(
    "van der den de del della di da du des la le von ter ten d' d’".split()
)
# Words after which a lower-case word is a person: greetings, thanks, verbs of telling, and
# family words ("my son oliver", "mon fils enzo").
PERSON_CUES = frozenset(
    "hi hey hello hiya yo dear thanks thank thx ty congrats congratulations bye love miss "
    "poor tell told ask asked call called text texted message with and sorry son daughter "
    "husband wife mum mom dad brother sister nephew niece aunt aunty auntie uncle grandson "
    "granddaughter nan nana gran grandma grandpa cousin friend bestie boyfriend girlfriend "
    "partner baby bonjour salut coucou merci bravo pauvre avec et dis demande appelle fils "
    "fille mari femme frère soeur sœur neveu nièce tante tata oncle tonton cousine copain "
    "copine ami amie bébé mamie papi maman papa".split()
)
# Titles that introduce a person, with and without a full stop ("M." only in French: in
# English it abbreviates a genus, "M. musculus").
TITLES = {
    "en": frozenset("dr dr. prof prof. mr mr. mrs mrs. ms ms. mx miss".split()),
    "fr": frozenset("dr dr. pr pr. m. mme mme. mlle mlle. madame monsieur mademoiselle".split()),
}
# Nouns used as titles ("Nurse Okafor", "docteur Martin") that are also plain nouns ("my doctor
# Wants me to..."): a name only when a known first name or surname follows.
TITLE_NOUNS = frozenset(
    "doctor professor sister nurse matron docteur professeur infirmière infirmier".split()
)
# Words that make a spaCy organisation an organisation even when it starts with a first name
# ("Marie Curie Cancer Care", "Sue Ryder Support", "Jessica Smith Research Ltd").
ORG_WORDS = frozenset(
    "care cancer support research association alliance partnership company corporation corp "
    "club league band records studios press news media tv radio magazine nhs".split()
)
# Facility words that name a building or an organisation even in lower case ("Florence ward"),
# unlike "day", "team" or "run", which follow a person too ("Emily run the stall").
_BUILDING_HEADS = frozenset(
    "ward wards unit units house hospital hospice centre center clinic infirmary wing suite "
    "building theatre surgery practice pharmacy library school college university academy "
    "nursery church chapel trust foundation fund appeal charity society institute memorial "
    "road street lane avenue crescent gardens terrace".split()
)
# Words before a name that make it the name of a place, a building or a street ("St Mary's",
# "Mount Vernon", "Queen Elizabeth", "hôpital Necker", "rue Victor Hugo", "pavillon Rose").
FACILITY_PREFIXES = frozenset(
    "st st. saint ste sainte mount mt fort port lake cape queen king prince princess duke "
    "duchess royal hms hôpital hopital clinique pavillon service unité unite bâtiment batiment "
    "salle rue avenue boulevard bd allée allee impasse chemin quai cours route square lycée "
    "lycee collège college école ecole institut fondation maison résidence residence centre "
    "ehpad chu gare stade parc pont église eglise association prix journée semaine mois "
    "campagne opération operation".split()
)
# Articles: "the Christie", "la Pitié": an article before a lone name makes it a place or a
# thing.
ARTICLES = frozenset("the a an le la les l' un une du des au aux".split())
# Heads of eponymous disease and procedure names: "Crohn's disease", "Bell's palsy",
# "Addison disease"; in French the eponym follows them ("maladie de Crohn").
_EPONYM_HEADS_EN = frozenset(
    "disease diseases syndrome disorder palsy sarcoma lymphoma leukaemia leukemia tumour tumor "
    "ataxia dystrophy anomaly phenomenon sign test procedure operation surgery fracture cyst "
    "ulcer oesophagus esophagus thyroiditis chorea encephalopathy encephalitis neuralgia "
    "neuroma paralysis dementia myopathy arthritis reflex manoeuvre maneuver criteria scale "
    "score classification technique inventory questionnaire index maze method equation "
    "formula principle effect".split()
)
_EPONYM_HEADS_FR = frozenset(
    "maladie syndrome sarcome lymphome chorée choree paralysie signe test manœuvre manoeuvre "
    "opération operation technique classification score échelle echelle tumeur ataxie corps "
    "dystrophie myopathie démence demence".split()
)
# A post is written in capitals when at least 2 of its words, and 60% of them, are: one
# acronym ("My IBAN is") is not shouting.
SHOUTING_WORDS, SHOUTING_SHARE = 2, 0.6
# Endings of procedure and disease names ("oesophagectomy", "thyroiditis", "sarcoidosis").
_PROCEDURE_ENDINGS = ("ectomy", "otomy", "ostomy", "plasty", "scopy", "itis", "osis")
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def is_word(token: Token) -> bool:
    """True for a token of letters, hyphenated or with an apostrophe inside ("Jean-Pierre")."""
    return bool(_WORD.match(token.text))


def post_context(doc: Doc, language: str) -> PostContext:
    """The context of a parsed post, built once per doc (several recognizers read it)."""
    key = f"clearpost.post_context.{language}"
    context = doc.user_data.get(key)
    if context is None:
        context = doc.user_data[key] = PostContext(doc, language)
    assert isinstance(context, PostContext)
    return context


@dataclass
class PostContext:
    """Sentence starts, spaCy labels per token and informality of one parsed post."""

    doc: Doc
    language: str
    starts: list[int] = field(init=False)  # token index -> index of its sentence's first word
    labels: list[str] = field(init=False)  # token index -> spaCy entity label, "" if none
    informal: bool = field(init=False)
    shouting: bool = field(init=False)  # written in capitals: "EMILY" may then be a name

    def __post_init__(self) -> None:
        self.starts, self.labels = [], [""] * len(self.doc)
        first: int | None = None
        for token in self.doc:
            if _SENTENCE_END.match(token.text) or "\n" in token.text:
                first = None
            elif first is None and any(c.isalnum() for c in token.text):
                first = token.i
            self.starts.append(token.i if first is None else first)
        for ent in self.doc.ents:
            for i in range(ent.start, ent.end):
                self.labels[i] = ent.label_
        self.informal = self._informal()
        words = [t.text for t in self.doc if t.is_alpha and len(t.text) >= 2]
        capitals = sum(w.isupper() for w in words)
        self.shouting = capitals >= SHOUTING_WORDS and capitals >= SHOUTING_SHARE * len(words)

    def _informal(self) -> bool:
        text = self.doc.text
        if _EMOJI.search(text) or _REPEATED_MARK.search(text):
            return True
        words = [t for t in self.doc if t.is_alpha]
        if any(t.lower_ in _CHAT_WORDS for t in words):
            return True
        if self.language == "en" and any(t.text == "i" for t in words):
            return True  # the pronoun in lower case
        # a sentence starting in lower case
        return any(t.i == self.starts[t.i] and t.text[:1].islower() for t in words)

    def capitalised(self, token: Token) -> bool:
        """True for "Emily", "McDonald"; for "EMILY" only in a post written in capitals (an
        all-caps word is otherwise an acronym: "IBAN", "NHS")."""
        text = token.text
        if not text[:1].isupper():
            return False
        return not text.isupper() or (self.shouting and len(text) >= 4)

    def sentence_start(self, i: int) -> bool:
        """True when token i is the first word of its sentence."""
        return self.starts[i] == i

    def title_case(self, i: int) -> bool:
        """True when token i's sentence is a Title Case headline ("Join Our Summer Walk").

        Counted over its words of 3+ letters after the first: at least 3, and 70% capitalised
        (a sentence naming two people has a few capitals, a headline nearly only capitals).
        """
        start = self.starts[i]
        words = [
            t
            for t in self.doc[start + 1 :]
            if self.starts[t.i] == start and t.is_alpha and len(t.text) >= 3
        ]
        capitals = sum(1 for t in words if t.text[:1].isupper())
        return len(words) >= 3 and capitals >= 0.7 * len(words)

    def previous_word(self, i: int) -> Token | None:
        """The token before i, skipping spaces."""
        j = i - 1
        while j >= 0 and self.doc[j].is_space:
            j -= 1
        return self.doc[j] if j >= 0 else None

    def glued_to_symbol(self, i: int) -> bool:
        """True for the word of a hashtag, a mention or a URL path ("#emily", "@leeds")."""
        token = self.doc[i]
        if token.like_url or token.like_email or "@" in token.text or "#" in token.text:
            return True
        before = self.doc[i - 1] if i > 0 else None
        # "-" too: the word after a hyphen belongs to a compound ("Stoke-on-Trent").
        return before is not None and not before.whitespace_ and before.text[-1:] in "@#/_.-"

    def in_facility_name(self, start: int, end: int) -> bool:
        """True when tokens [start, end) belong to a longer name of a place or event."""
        before = self.previous_word(start)
        if before is not None and before.lower_ in FACILITY_PREFIXES:
            return True
        if before is not None and before.lower_ in ARTICLES and end - start == 1:
            return True
        # "Florence ward", "the Rose unit": a building word right after, in any case.
        if end < len(self.doc) and self.doc[end].lower_ in _BUILDING_HEADS:
            return True
        # The capitalised run after the name, up to 3 words, ending in a facility word.
        j = end
        while j < len(self.doc) and j < end + 3 and self.capitalised(self.doc[j]):
            if self.doc[j].lower_ in FACILITY_HEADS:
                return True
            j += 1
        # "St Mary's": the possessive of a name after a prefix was handled above; a possessive
        # followed by a facility word ("Maggie's Centre") is one too.
        if end + 1 < len(self.doc) and self.doc[end].text in _POSSESSIVE:
            return self.doc[end + 1].lower_ in FACILITY_HEADS
        return False

    def is_eponym(self, start: int, end: int) -> bool:
        """True when tokens [start, end) name a disease, a test or a procedure, not a person
        or a town ("Crohn's disease", "Denys-Drash syndrome", "Glasgow Coma Scale")."""
        doc = self.doc
        j = end
        while j + 1 < len(doc) and doc[j].text == "-" and self.capitalised(doc[j + 1]):
            j += 2  # "Denys-Drash syndrome": a second eponym joined by a hyphen
        nxt = doc[j] if j < len(doc) else None
        if nxt is not None and nxt.lower_ in _EPONYM_HEADS_EN:
            return True  # "Addison disease", "Hodgkin lymphoma"
        if nxt is not None and nxt.text in _POSSESSIVE:
            after = doc[j + 1] if j + 1 < len(doc) else None
            # "Crohn's disease", or a bare possessive: "I have Addison's", "at Maggie's."
            return after is None or after.lower_ in _EPONYM_HEADS_EN or not after.is_alpha
        # A run of up to 3 words (not stop words) ending in a head, from the word after the
        # first: "Beck Depression Inventory", "Glasgow coma scale", "Ivor-Lewis oesophagectomy".
        k = start + 1
        while k < len(doc) and k < j + 3 and (doc[k].is_alpha or doc[k].text == "-"):
            if doc[k].is_stop:
                break
            if doc[k].lower_ in _EPONYM_HEADS_EN or doc[k].lower_.endswith(_PROCEDURE_ENDINGS):
                return True
            k += 1
        # French: "maladie de Crohn", "syndrome d'Asperger", "maladie de Lou Gehrig"
        before = self.previous_word(start)
        if before is not None and before.lower_ in ("de", "d'", "d’"):
            head = self.previous_word(before.i)
            return head is not None and head.lower_ in _EPONYM_HEADS_FR
        return False
