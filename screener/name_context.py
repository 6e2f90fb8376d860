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

from spacy.tokens import Doc

from screener.tokens import Tokens, tokens_of

# A token made only of sentence-ending punctuation ends a sentence; ":" too ("Rachel: I love
# you"), as chat exports put a speaker or a subject before one.
_SENTENCE_END = re.compile(r"^[.!?…:;]+$")
# One-word thanks of the languages posts mix in (Swahili, Malagasy, Tahitian, Fijian, Samoan,
# Arabic, Hindi and Urdu, Yup'ik, Gwich'in, Ojibwe, Twi, Krio): no one's name themselves
# (recognizers/ner_words.NOT_NAMES), and a name right after them is the one thanked
# (people._THANKS_OPENING: "Māuruuru Hinatea pour le lien", "Medaase Kofi for visiting").
THANKS_WORDS = (
    "asante", "misaotra", "māuruuru", "mauruuru", "vinaka", "fa'afetai", "fa’afetai", "shukran",
    "choukran", "dhanyavaad", "shukriya", "quyana", "mahsi", "miigwech", "medaase", "tenki",
    # Maltese, Kabyle, Somali, Shona, Dari and Romanian
    "grazzi", "tanemmirt", "mahadsanid", "ndatenda", "tashakor", "mulțumesc", "multumesc",
    # Luganda, Acholi and Lango, Chichewa, Ewe, Hausa and Zarma, Igbo, Amharic, Navajo,
    # Hawaiian, Danish, Norwegian, Swedish, Icelandic, Finnish, German, Dutch, Portuguese,
    # Turkish, Indonesian and Malay ("Webale nnyo", "Apwoyo", "Akpé Kossi", "Mahalo nui",
    # "Ahéhee' Bernadine", "Tak Mette", "Kiitos", "Obrigada"); not "Barka" (Hausa thanks) nor
    # "Kasih", first names too
    "webale", "apwoyo", "zikomo", "akpé", "akpe", "daalụ", "daalu", "amesegnalehu",
    "ahéhee'", "ahéhee’", "ahehee'", "mahalo", "tak", "takk", "tack", "kiitos", "danke",
    "bedankt", "obrigado", "obrigada", "teşekkürler", "tesekkurler", "terima",
    # Wallisian, Bemba, Tonga (Zambia), Tok Pisin, Pijin and Bislama, Wolof, Iñupiaq
    # ("Mālō aupito", "Natotela", "Twalumba", "Tenkyu tru", "Tagio tumas", "Jërëjëf Awa")
    "mālō", "natotela", "twalumba", "tenkyu", "tankyu", "tagio", "jërëjëf", "jerejef", "taikuu",
    # Basque, Breton, Occitan and Gascon, Inuktitut and Inuttitut ("Milesker Ainhoa",
    # "Trugarez Yann", "Mercés Joana", "Qujannamiik to her", "Nakummek", "Matna, Eli")
    "milesker", "eskerrik", "trugarez", "mercés", "merces", "qujannamiik", "qujanamiik",
    "nakurmiik", "nakummek", "matna",
)  # fmt: skip
# Chat words and abbreviations, and contractions without their apostrophe (English and
# French), that edited text never uses.
CHAT_WORDS = frozenset(
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
# Venue words that end a place's name and no person's ("Cresta Mall", "Ocean Terminal").
VENUE_WORDS = frozenset("mall plaza arcade stadium arena wharf quay terminal pier".split())
# Sites that are "of" a town ("CeGIDD de Brest", "mairie de Vitré", "CHU de Caen"): a
# gazetteer town after one of them and "de" is the town (place_name). The NER recognizer
# re-types a spaCy person only after the administrative ones (ner_entities._HEAD_DE_BEFORE).
HEADS_BEFORE_DE = frozenset(
    "chu chru ch cegidd hôpital hopital clinique mairie ville commune centre région marché "
    "département ehpad maternité cpam caf ars préfecture université pharmacie gare port "
    "aéroport lycée collège école agglomération métropole communauté pôle site antenne "
    "permanence".split()
)
# Venues that French names "of" their town ("au Liberty Theater d'Eunice", "le cinéma de
# Florac", "la salle des fêtes de Vernon"): the word after them and "de" is the town. A regex
# source, case-insensitive, read by the NER recognizer and person_name.
VENUE_OF_A_TOWN = (
    r"(?i:th[ée][âa]tre|theater|theatre|cin[ée]ma|salle\s+des\s+f[êe]tes|stade|stadium|gymnase)"
)
# In French, "à" before a capitalised word is a town's only after a word that leads to a
# place: a service or a building ("l'oncologie à Amos", "ton chalet à Lamèque"), living,
# moving or care ("rentré à Gap", "hospitalisée à Laval"), a month, a day's number or a time
# ("le jeudi 13 novembre à Lafayette", "à 20h à Eunice"). Elsewhere "à" gives, says or
# wishes to a person ("un bon retour à Sandrine", "au revoir à Réjeanne"). Read by the NER
# recognizer and person_name, where spaCy or a name list says the word is a person.
PLACE_A_BEFORE_FR = re.compile(
    r"(?:\b(?:oncologie|cardiologie|p[ée]diatrie|urgences?|h[ôo]pital|clinique|clsc|ch|chu|"
    r"centre|service|unit[ée]|pharmacie|cabinet|bureau|maison|chalet|jardin|foyer|ehpad|chsld|"
    r"r[ée]sidence|[ée]cole|coll[èe]ge|lyc[ée]e|march[ée]|salle|stade|"
    r"habit(?:e|ent|ait)|vi(?:t|vent|vait)|n[ée]e?s?|rentr[ée]e?s?|retourn[ée]e?s?|"
    r"d[ée]m[ée]nag[ée]e?s?|install[ée]e?s?|hospitalis[ée]e?s?|op[ée]r[ée]e?s?|"
    r"transf[ée]r[ée]e?s?|[ée]vacu[ée]e?s?|soign[ée]e?s?|suivie?s?|domicili[ée]e?s?|"
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|"
    r"d[ée]cembre)|\b\d{1,2}h\d{0,2}|\b\d{1,4})\s+à\s+\Z",
    re.IGNORECASE,
)
# Publics that come from somewhere ("patients from Arran", "referrals from Bowman", "les
# familles de Sark"): a regex source, case-insensitive.
PUBLICS = (
    r"(?i:patients|people|families|residents|visitors|members|referrals|cases|pupils|students|"
    r"players|teams|clubs|schools|communities|folks?|personnes|familles|habitants|[ée]l[èe]ves)"
)
# A public and "from" right before a word: where they come from, whatever name it shares
# ("Patients from Arran"; not French "de", too common: "les familles de Rosalie"). Read by the
# NER recognizer and person_name.
PUBLIC_FROM_BEFORE = re.compile(rf"\b{PUBLICS}\s+(?:from|venant\s+de)\s*\Z", re.IGNORECASE)
FACILITY_HEADS = (
    frozenset(
        "ward wards unit units house hospital hospice centre center clinic infirmary wing suite "
        "building block theatre theater hall room lodge court surgery practice pharmacy library "
        "school college university academy nursery church chapel cathedral trust foundation fund "
        "appeal charity society institute award awards lecture prize memorial day week month year "
        "walk run ride challenge festival ball cup fair road street lane avenue way close drive "
        "crescent place square park gardens garden terrace grove estate station bridge team "
        "programme program project service services network group ltd limited inc plc llp cic fc "
        "united city county council hotel inn cafe café bar pub shop store home homes "
        # a street's abbreviated kind ("Lenox Ave", "Dexter Ave & Davison", "Airline Hwy")
        "ave rd blvd boulevard pkwy parkway hwy highway "
        # a health service named by its specialty or its field after a founder's or a
        # town's name ("Grady Nephrology", "Eastside Neighborhood Health", "Bayou City
        # Community Health")
        "health healthcare nephrology cardiology oncology neurology urology dermatology "
        "radiology pediatrics paediatrics orthopedics orthopaedics rheumatology "
        # a hospital's site ("the Harrison Campus gift shop") and a department by its
        # abbreviation ("Sparrow GI scheduling", "Bronson ICU")
        "campus campuses gi icu ent obgyn ob-gyn".split()
    )
    | VENUE_WORDS
)
# The US states' postal codes, and those of DC and the territories (Guam, Puerto Rico...), as
# written after a town ("Williamson, WV", "Hagåtña, GU").
US_STATE_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
)
US_TERRITORY_CODES = frozenset("DC GU PR VI MP AS".split())
# The last word of a hospital called by its town ("South Kerry General", "Wexford General",
# "Bradford Royal Infirmary", "Baxter Regional", "Cornwall Regional"): no surname is
# "General" or "Regional", so it ends a place, not a person.
HOSPITAL_LAST_WORDS = frozenset({"General", "Infirmary", "Regional"})
# Particles inside surnames: "Donald van der Voet", "Jean de La Fontaine", "Leonardo da Vinci".
SURNAME_PARTICLES = frozenset(
    "van der den de del della di da du des la le von ter ten d' d’".split()
)
# Greetings of Palau, Kiribati and Malta before the name of the one greeted ("Alii Bilung,",
# "Mauri Teeta", "Merħba lura Josephine"): no names themselves (ner_words.NOT_NAMES), they
# tell that the next name is someone spoken to.
ISLAND_GREETINGS = ("alii", "mauri", "merħba", "merhba")
# Words after which a lower-case word is a person: greetings, thanks, verbs of telling, and
# family words ("my son oliver", "mon fils enzo").
PERSON_CUES = frozenset(
    "hi hey hello hiya yo dear thanks thank thx ty congrats congratulations bye love miss "
    "poor tell told ask asked call called text texted message with and sorry son daughter "
    "husband wife mum mom dad brother sister nephew niece aunt aunty auntie uncle grandson "
    "granddaughter nan nana gran grandma grandpa cousin friend bestie boyfriend girlfriend "
    "partner baby bonjour salut coucou merci bravo pauvre avec et dis demande "
    "appelle fils fille mari femme frère soeur sœur neveu nièce tante tata oncle tonton cousine "
    "copain copine ami amie bébé mamie papi maman papa".split()
)
# Titles that introduce a person, with and without a full stop ("M." only in French: in
# English it abbreviates a genus, "M. musculus").
# Honorifics of other languages that posts keep before a name ("Chị Linh", "Bà Lan", "Whaea
# Mere", "Lalla Khadija", "Shri Mohan"): a title, whatever spaCy makes of the name.
# (and Setswana's and Oshiwambo's "Mma", "Rra", "Meme": "Mma Lesego", "Meme Namutenya")
_HONORIFICS = (
    "chị bà ông cô chú whaea matua lalla hajja hajj shri smt señora doña mma rra meme".split()
)
TITLES = {
    # "Sr" (a nursing sister, South Africa, Ireland) and "Fr" (a priest) before a name
    "en": frozenset(
        "dr dr. prof prof. mr mr. mrs mrs. ms ms. mx miss sr sr. fr fr.".split() + _HONORIFICS
    ),
    "fr": frozenset(
        # "Dre" is the feminine of "Dr" in Québec and Switzerland
        "dr dr. dre dre. pr pr. m. mme mme. mlle mlle. madame monsieur mademoiselle".split()
        + _HONORIFICS
    ),
}
# Nouns used as titles ("Nurse Okafor", "docteur Martin") that are also plain nouns ("my doctor
# Wants me to..."): a name only when a known first name or surname follows.
# ("Docteure", "Doctoresse": the feminine forms of "docteur")
TITLE_NOUNS = frozenset(
    "doctor professor sister nurse matron docteur docteure doctoresse professeur infirmière "
    "infirmier".split()
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
    "campagne opération operation "
    # Spanish and Haitian pharmacies and clinics of US and Caribbean posts ("Farmacia La
    # Quisqueyana", "Klinik Sen Franswa")
    "farmacia clínica clinica klinik".split()
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
_EPONYM_BEFORE_FR = frozenset(
    "méthode methode manœuvre manoeuvre technique test protocole échelle echelle score régime "
    "regime".split()
)
# Words after a town that make it a place, a local service or site named by its town
# ("Kendal town centre", "the Stroud branch", "the next Nairn session", "our Weston store"),
# not a person's first name.
SITE_AFTER = frozenset(
    "town city centre center area branch site station high market district council session "
    "sessions clinic clinics surgery practice library hospital campus office depot hub venue "
    "donor community locality store shop pharmacy".split()
)
# A post is written in capitals when at least 2 of its words, and 60% of them, are: one
# acronym ("My IBAN is") is not shouting.
SHOUTING_WORDS, SHOUTING_SHARE = 2, 0.6
# Endings of procedure and disease names ("oesophagectomy", "thyroiditis", "sarcoidosis").
_PROCEDURE_ENDINGS = ("ectomy", "otomy", "ostomy", "plasty", "scopy", "itis", "osis")
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def post_context(doc: Doc, language: str) -> PostContext:
    """The context of a parsed post, built once per doc (several recognizers read it)."""
    key = f"clearpost.post_context.{language}"
    context = doc.user_data.get(key)
    if context is None:
        context = doc.user_data[key] = PostContext(doc, language)
    assert isinstance(context, PostContext)
    return context


def _capitalised(text: str, shouting: bool) -> bool:
    if not text[:1].isupper():
        return False
    return not text.isupper() or (shouting and len(text) >= 4)


@dataclass
class PostContext:
    """Sentence starts, spaCy labels per token and informality of one parsed post; its tokens
    are read from `tokens` (see screener/tokens.py), by index."""

    doc: Doc
    language: str
    tokens: Tokens = field(init=False)
    starts: list[int] = field(init=False)  # token index -> index of its sentence's first word
    labels: list[str] = field(init=False)  # token index -> spaCy entity label, "" if none
    # (start, end, label) of spaCy's entities (Doc.ents builds its Spans anew at each read)
    ents: list[tuple[int, int, str]] = field(init=False)
    informal: bool = field(init=False)
    shouting: bool = field(init=False)  # written in capitals: "EMILY" may then be a name
    _title_case: dict[int, bool] = field(init=False)  # sentence start -> title_case

    def __post_init__(self) -> None:
        self.tokens = tokens = tokens_of(self.doc)
        self.starts, self.labels = [], [""] * len(tokens)
        first: int | None = None
        for i, text in enumerate(tokens.text):
            if _SENTENCE_END.match(text) or "\n" in text:
                first = None
            elif first is None and any(c.isalnum() for c in text):
                first = i
            self.starts.append(i if first is None else first)
        self.ents = [(ent.start, ent.end, ent.label_) for ent in self.doc.ents]
        for start, end, label in self.ents:
            for i in range(start, end):
                self.labels[i] = label
        self.informal = self._informal()
        words = [t for t, a in zip(tokens.text, tokens.alpha, strict=True) if a and len(t) >= 2]
        capitals = sum(w.isupper() for w in words)
        self.shouting = capitals >= SHOUTING_WORDS and capitals >= SHOUTING_SHARE * len(words)
        self._title_case = {}

    def _informal(self) -> bool:
        text = self.tokens.doc_text
        if _EMOJI.search(text) or _REPEATED_MARK.search(text):
            return True
        tokens = self.tokens
        words = [i for i in range(len(tokens)) if tokens.alpha[i]]
        if any(tokens.lower[i] in CHAT_WORDS for i in words):
            return True
        if self.language == "en" and any(tokens.text[i] == "i" for i in words):
            return True  # the pronoun in lower case
        # a sentence starting in lower case
        return any(i == self.starts[i] and tokens.text[i][:1].islower() for i in words)

    def capitalised(self, i: int) -> bool:
        """True when token i is "Emily", "McDonald"; "EMILY" only in a post written in
        capitals (an all-caps word is otherwise an acronym: "IBAN", "NHS")."""
        return _capitalised(self.tokens.text[i], self.shouting)

    def sentence_start(self, i: int) -> bool:
        """True when token i is the first word of its sentence."""
        return self.starts[i] == i

    def title_case(self, i: int) -> bool:
        """True when token i's sentence is a Title Case headline ("Join Our Summer Walk").

        Counted over its words of 3+ letters after the first: at least 3, and 70% capitalised
        (a sentence naming two people has a few capitals, a headline nearly only capitals).
        """
        start = self.starts[i]
        known = self._title_case.get(start)
        if known is not None:
            return known
        tokens, starts = self.tokens, self.starts
        words = [
            text
            for k in range(start + 1, len(tokens))
            if starts[k] == start and tokens.alpha[k] and len(text := tokens.text[k]) >= 3
        ]
        capitals = sum(1 for text in words if text[:1].isupper())
        known = self._title_case[start] = len(words) >= 3 and capitals >= 0.7 * len(words)
        return known

    def previous_word(self, i: int) -> int | None:
        """The index of the token before i, skipping spaces; None at the start."""
        space = self.tokens.space
        j = i - 1
        while j >= 0 and space[j]:
            j -= 1
        return j if j >= 0 else None

    def previous_lower(self, i: int) -> str | None:
        """The lower-cased token before i, skipping spaces; None at the start."""
        j = self.previous_word(i)
        return None if j is None else self.tokens.lower[j]

    def glued_to_symbol(self, i: int) -> bool:
        """True for the word of a hashtag, a mention or a URL path ("#emily", "@leeds")."""
        tokens = self.tokens
        text = tokens.text[i]
        if tokens.url[i] or tokens.email[i] or "@" in text or "#" in text:
            return True
        # "-" too: the word after a hyphen belongs to a compound ("Stoke-on-Trent").
        return i > 0 and not tokens.space_after[i - 1] and tokens.text[i - 1][-1:] in "@#/_.-"

    def in_facility_name(self, start: int, end: int) -> bool:
        """True when tokens [start, end) belong to a longer name of a place or event."""
        tokens = self.tokens
        n = len(tokens)
        before = self.previous_lower(start)
        if before is not None and before in FACILITY_PREFIXES:
            return True
        if before is not None and before in ARTICLES and end - start == 1:
            return True
        # "Florence ward", "the Rose unit": a building word right after, in any case.
        if end < n and tokens.lower[end] in _BUILDING_HEADS:
            return True
        # The capitalised run after the name, up to 3 words, ending in a facility word; a
        # hospital called by its town and "General" ("South Kerry General": no surname).
        if tokens.text[end - 1] in HOSPITAL_LAST_WORDS and end - start >= 2:
            return True
        j = end
        while j < n and j < end + 3 and self.capitalised(j):
            if tokens.lower[j] in FACILITY_HEADS or tokens.text[j] in HOSPITAL_LAST_WORDS:
                return True
            j += 1
        # "St Mary's": the possessive of a name after a prefix was handled above; a possessive
        # followed by a facility word ("Maggie's Centre") is one too.
        if end + 1 < n and tokens.text[end] in _POSSESSIVE:
            return tokens.lower[end + 1] in FACILITY_HEADS
        return False

    def is_eponym(self, start: int, end: int) -> bool:
        """True when tokens [start, end) name a disease, a test or a procedure, not a person
        or a town ("Crohn's disease", "Denys-Drash syndrome", "Glasgow Coma Scale")."""
        tokens = self.tokens
        n, lower = len(tokens), tokens.lower
        j = end
        while j + 1 < n and tokens.text[j] == "-" and self.capitalised(j + 1):
            j += 2  # "Denys-Drash syndrome": a second eponym joined by a hyphen
        if j < n and lower[j] in _EPONYM_HEADS_EN:
            return True  # "Addison disease", "Hodgkin lymphoma"
        if j < n and tokens.text[j] in _POSSESSIVE:
            # "Crohn's disease", or a bare possessive: "I have Addison's", "at Maggie's."
            after = j + 1
            return after >= n or lower[after] in _EPONYM_HEADS_EN or not tokens.alpha[after]
        # A run of up to 3 words (not stop words) ending in a head, from the word after the
        # first: "Beck Depression Inventory", "Glasgow coma scale", "Ivor-Lewis oesophagectomy".
        k = start + 1
        while k < n and k < j + 3 and (tokens.alpha[k] or tokens.text[k] == "-"):
            if tokens.stop[k]:
                break
            if lower[k] in _EPONYM_HEADS_EN or lower[k].endswith(_PROCEDURE_ENDINGS):
                return True
            k += 1
        # French: "maladie de Crohn", "syndrome d'Asperger", "maladie de Lou Gehrig"; a method
        # or a test right before its eponym ("la méthode McKenzie", "le test Guthrie")
        before = self.previous_word(start)
        if before is not None and lower[before] in _EPONYM_BEFORE_FR:
            return True
        if before is not None and lower[before] in ("de", "d'", "d’"):
            head = self.previous_lower(before)
            return head is not None and head in _EPONYM_HEADS_FR
        return False
