"""People, places and dates found by spaCy's statistical NER, with the noise taken out.

spaCy tags "Parkinson's" as a person, "today" as a date and "France" as a place: the first is
left to the health recognizer (overlaps are resolved in favour of the health term), generic
times are dropped here, and countries become COUNTRY, which the policy does not count.
Also dropped: everyday words and nouns spaCy calls people or places ("Don't bin it",
"Preceptorship", "carte Vitale", "IPP"; ner_words.py), one opening a sentence or a quoted title
(«Apprivoiser l'anxiété»), titles alone ("le Pr"), rooms, codes and
times ("Chambre 214", "P2", "8am–4pm"), an organisation's name after "NHS" or before "Trust",
French eponyms ("corps de Lewy") and exclamations opening a post ("Llongyfarchiadau!"). A
person's span loses the everyday words at its edges ("Bravo Léa"), and a saint's name is the
place named after the saint ("St Ninian's").
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Span

from screener.gazetteers import NAME, canonical, everyday_words, first_name_level, places
from screener.name_context import (
    PLACE_A_BEFORE_FR,
    PUBLIC_FROM_BEFORE,
    TITLES,
    VENUE_OF_A_TOWN,
    post_context,
)
from screener.recognizers.address import VOIE_FR
from screener.recognizers.foreign_words import is_foreign_word
from screener.recognizers.ner_kinds import ADDRESS_STREET_TYPES, VENUE_TYPES, classify
from screener.recognizers.ner_words import (
    ARTICLE_OPENING,
    HOSPITAL_SITE_HEADS,
    LANGUAGES,
    LANGUAGES_ALSO_NAMES,
    EntityWords,
    countries,
    inside_a_glottal_word,
)
from screener.venues import is_club, is_venue

__all__ = ["NerEntityRecognizer", "countries", "recognizers"]

# Organisation acronyms whose next words are the organisation's name, not a person's ("NHS Loch
# Varrick", "HSE Dublin", "CHU Lapeyronie"), and words after a name that make it one ("the
# Varrick Trust", "Loch Varrick Health Board").
_ORG_BEFORE = re.compile(r"(?:\b(?:NHS|HSE|CHU|CHRU|CHR|GHU|AP-HP)\s+)\Z")
_ORG_AFTER = re.compile(r"^\s+(?:NHS\s+)?(?:Foundation\s+)?(?:Trust|Health\s+Board)\b")
# A French street or square word before a name ("place du Ralliement", "rue de la Paix").
_AFTER_STREET_WORD = re.compile(rf"\b{VOIE_FR}\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])?\s*\Z")
# Emoji, bullets and quotes spaCy sometimes takes into a name ("🎀 Octobre Rose"): trimmed.
_EDGE = re.compile(r"^[^\w]+|[^\w.'’]+$")
# What comes before a sentence's first word: nothing, an end of sentence, or symbols/emoji;
# an emoji also ends a sentence, as posts use them instead of full stops ("... 💉 Êtes-vous").
# An opening quote starts a title or a quotation as a full stop starts a sentence (the
# «Apprivoiser l'anxiété» workshop): «, “, ‘ and „ only ever open one; a straight quote does
# when it follows a space or a bracket (not in "l'Anxiété" nor after a closing word).
_OPENER = re.compile(
    r"(?:^|[.!?:;\n\U0001f300-\U0001faff\u2600-\u27bf«“‘„]|(?<=[\s(\[])[\"'])[^\w]*$"
)


# A one-word name after a place preposition and "the", ending the phrase: people are not "at
# the Freeman"; hospitals, venues and pubs named after someone are ("Mon/Wed/Fri at the
# Freeman.", "in the Christie for"). Not "the Aitken family" or "the Ronaldo criticism".
_THE_BEFORE = re.compile(
    r"(?:\b(?:at|in|into|to|from|outside|near)|\()\s*the\s+$", re.IGNORECASE
)  # "(The Hayes)": a venue's address in brackets
# "the" / "a" and one capitalised word before a device's noun: a brand or a model named before
# what it is ("the Otovent balloon", "a Hoyer lift"); "the Ronaldo criticism" is a person.
_BARE_THE_BEFORE = re.compile(r"\b(?:the|a|an|le|la|un|une)\s+$", re.IGNORECASE)
_THING_AFTER = re.compile(
    r"^\s+(?:balloon|device|pump|sensor|app|machine|spray|inhaler|patch|pen|monitor|tablets?|"
    r"pills?|cream|gel|drops|kit|brace|mask|thing|stuff|brand|capteur|pompe|appareil|"
    # mobility aids named after their maker ("a Hoyer lift", "the Zimmer frame")
    r"lift|hoist|frame|walker|chair|"
    r"pansement|dispositif|truc)\b",
    re.IGNORECASE,
)
# An administrative site's word and "de" before a name ("l'antenne de Poindimié", "mairie de
# Ziguinchor"): sites are "of" a town, people rarely are. Administrative sites only:
# name_context.HEADS_BEFORE_DE (place_name's, for gazetteer towns) also holds care places
# ("centre de", "clinique de") that do take people's names.
# A wish or thanks to someone in a French post ("Courage à Fanfan qui commence", "Bravo à
# Titi pour son bac"): the French model often calls the unknown nickname after "à" a place; an
# unknown one-word "place" there is the person wished well (a known town stays a town).
_WISHED_BEFORE_FR = re.compile(
    r"\b(?i:courage|bon\s+r[ée]tablissement|prompt\s+r[ée]tablissement|bravo|f[ée]licitations|"
    r"pens[ée]es|bon\s+anniversaire|joyeux\s+anniversaire|"
    # kisses and hugs sent to someone ("Gros bisous à Nanou qui passe sur le billard")
    r"bisous|câlins|calins)\s+(?:à|a)\s+\Z"
)
# ... that a person's doing follows ("qui commence", "pour son bac"): "Courage à Kerhuon !" is
# a village.
_DOING_AFTER_FR = re.compile(r",?\s+(?:qui|pour\s+(?:son|sa|ses))\b", re.IGNORECASE)
# Words that speak to or of a person before a name, and "who" after it: a lower-case word
# there is a nickname ("coucou à morgwen qui sort de chimio", "thinking of nkem today").
_SPOKEN_TO_BEFORE = re.compile(
    r"\b(?:à|to|for|pour|of|coucou|bravo|courage|merci|thanks|hi|hello|bonjour|salut)\s+\Z",
    re.IGNORECASE,
)
_WHO_AFTER = re.compile(r",?\s+(?:qui|who)\b", re.IGNORECASE)
_HEAD_DE_BEFORE = re.compile(
    r"\b(?i:antenne|mairie|commune|ville|pr[ée]fecture|agglom[ée]ration|district|r[ée]gion|zone|"
    r"d[ée]partement|canton|province|secteur|permanence|site|cpts|cpam|ars|"
    # parts of a town ("au marché de Médina Coura", "le quartier de Cocody")
    r"march[ée]|quartier|hameau|village|lieu-dit|"
    # the schools or the towns of a region ("les écoles de Touraine")
    r"[ée]coles|villes|communes|villages|"
    # a landform or a shore ("départ de la plage de Caroual", "la pointe de Pen-Hir")
    r"plage|pointe|anse|baie|col|lac|[ée]tang|for[êe]t|vall[ée]e|gorges|cap|presqu['’][îi]le|"
    # a seafront or a quay ("la corniche de Boujaafar", "le quai de Caraquet")
    r"corniche|quai|promenade|esplanade|front\s+de\s+mer|"
    # a venue of a town ("au Liberty Theater d'Eunice", "la salle des fêtes de Florac")
    rf"{VENUE_OF_A_TOWN}|"
    # a village's post of care ("l'infirmerie de Vaitape", "le dispensaire de Mékambo")
    r"infirmerie|dispensaire|poste\s+de\s+sant[ée]|case\s+de\s+sant[ée]|"
    # ... or a health post or hospital of French-speaking Africa by its acronym ("le CMA de
    # Kossodo", "CSPS de Tanghin", "CSCom de Sébénikoro", "le CHR de Sokodé")
    r"(?-i:CMA|CSPS|CSCom|CSCOM|CSB|CSI|CMS|CHR|CHU|CHD|CHP))"
    r"\s+(?:de|d['’])\s*\Z"
    # ... or a public school's acronym right before its place ("EPP Kalaban Coro Plateau")
    r"|\b(?-i:EPP|CEG|CEM)\s+\Z"
    # ... or a hospital or one of its sites right before its name ("site Émile Muller")
    rf"|\b(?i:{HOSPITAL_SITE_HEADS})\s+\Z"
    # a Louisiana parish by its name, without "de" ("la paroisse Lafourche", "St. Landry
    # Parish" is the English order)
    r"|\b(?i:paroisse)\s+\Z"
)
# The rest of a list of names that ends with a plural kind of place ("Grant, Haskell, Stevens
# and Morton counties", "our Ulysses and Hugoton clinics"): every name of it is a place. Items
# are one to three capitalised words, without a possessive ("Tom's clinics" is Tom's).
_LIST_ITEM = r"[A-ZÀ-Ý][\w.-]*(?:\s+[A-ZÀ-Ý][\w.-]*){0,2}"
_PLACES_LIST_AFTER = re.compile(
    rf"(?:\s*,\s*{_LIST_ITEM})*\s*,?\s*(?:(?:and|&|or|et|ou)\s+{_LIST_ITEM})?\s+"
    r"(?:counties|parishes|townships|boroughs|districts|provinces|cantons|communes|"
    r"d[ée]partements|clinics|hospitals|surgeries|branches|sites|campuses|offices|pharmacies|"
    r"cliniques|h[ôo]pitaux)\b"
)
# Languages that interpreters and leaflets are offered in ("Spanish, Somali and Karen"), with
# those the name lists hold (ner_words.LANGUAGES); not endings, which names share ("Brian").
_LANGUAGE_WORD = re.compile(
    r"(?:English|Spanish|French|Arabic|Somali|Vietnamese|Chinese|Russian|Ukrainian|Polish|"
    r"Portuguese|Italian|German|Korean|Japanese|Thai|Hmong|Nepali|Haitian(?:\s+Creole)?|"
    r"Creole|Burmese|Turkish|Greek|Romanian|Albanian|Kurdish|Lao|Khmer|Samoan|Tongan|Navajo|"
    r"ASL|BSL|Welsh|Gaelic|Irish|Espagnol|Anglais|Arabe|Portugais|Turc|Russe|Ukrainien|"
    + "|".join(w.capitalize() for w in LANGUAGES if w.isalpha())
    + r")\b"
)
# The head of a list of languages before a name ("Interpreters for Spanish, Somali and
# Karen", "in Arabic or Dari"): that name is a language too, not a person.
_LANGUAGES_BEFORE = re.compile(
    rf"(?:{_LANGUAGE_WORD.pattern})(?:\s*,\s*(?:{_LANGUAGE_WORD.pattern}))*\s*,?\s*"
    r"(?:and|or|&|et|ou)\s+\Z"
)
# A venue of a town opening a "person" ("Cinéma de Vernon", "Théâtre d'Eunice", "Salle des
# fêtes de Florac"): the whole is a place.
_VENUE_OF_A_TOWN = re.compile(
    rf"(?:{VENUE_OF_A_TOWN}|(?i:mairie|march[ée]))\s+(?:de|d['’])\s*(?-i:[A-ZÀ-Ý])"
)
# A home's kind right before its name ("l'orphelinat Bon Pasteur", "l'EHPAD Marguerite
# Yourcenar"): the home, named with its kind, as the residential rules read it.
_HOME_BEFORE = re.compile(r"\b(?i:orphelinat|orphanage|ehpad|chsld|maison\s+de\s+retraite)\s+\Z")
# A French verb with its pronoun after a hyphen ("Munissez-vous", "Protégeons-les").
_VERB_PRONOUN = re.compile(r"-(?:vous|toi|nous|moi|en|les|le|la|y)\b")
# A French imperative opening a sentence, then a determiner or a pronoun ("Rompez le jeûne",
# "Contrôlez votre glycémie", "Pensez à"): a verb; known surnames ending in -ez ("Martinez")
# are kept by the caller.
_IMPERATIVE_FR = re.compile(
    # (only words a verb needs: "Lefez toujours en réa", "Lefez en réa" are a surname)
    r"[A-ZÀ-Ý][a-zà-ÿ]+ez\s+(?:le|la|les|l['’]|votre|vos|un|une|des|du|ce|cette|ces|à|au|aux|y)\b"
)
# Where a spaCy name or place runs on: a line break, a pictograph (emoji), or a spaced dash
# between a heading and its subject ("Communiqué — Centre hospitalier du Cotentin").
_RUN_ON = re.compile(r"\n|[\U0001F000-\U0001FAFF\u2600-\u27BF]|\s[—–]\s")
# Titles of both languages ("Dre" in a post detected as English too).
_ANY_TITLE = TITLES["en"] | TITLES["fr"]
# A weekday written short before a day's number ("Sam. 11 octobre", "Mar. 7", "Sat 12 April",
# "Wed 3rd"): a date of a listing.
_WEEKDAY_BEFORE_DATE = re.compile(
    r"(?i:lun|mar|mer|jeu|ven|sam|dim|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?\s+"
    # a day of the month, not a count ("Sam 3 weeks post op", "Sam 12 ans": Sam)
    r"(?:[12]\d|3[01]|0?[1-9])(?!\d)(?!\s*(?i:weeks?|wks?|days?|months?|years?|yrs?|y/?o|"
    r"hours?|hrs?|mins?|ans?|semaines?|jours?|mois|heures?|kg|lbs?|%))"
)
# A saint's name opening a "person": a parish, a church or a town ("paroisse Saint-Théodule
# de Sion", "St Peter Port"), never a living person's name.
# ("Ste" is left out: in the UK it is Stephen)
_SAINT = re.compile(r"(?:St|Saint|Sainte)\.?[\s-][A-ZÀ-Ý]")
# A message and who sent it, before a colon ("Lovely message from Kerry: ...", "Mot de
# Florence :"): a first name that is also a place is the sender.
_MESSAGE_FROM = re.compile(
    r"\b(?:message|note|update|news|card|letter|text|words?|email|e-mail|reply|mot|mail|"
    r"nouvelles|courriel|r[ée]ponse)\s+(?:from|de(?:\s+la\s+part\s+de)?)\s+$",
    re.IGNORECASE,
)
_COLON_AFTER = re.compile(r"[ \t]*:")
# A possessive and a relative before a name the NER took in with them ("mon mari jojo", "my
# husband dave"): the name is the last word.
_KIN_BEFORE = re.compile(
    r"(?i:my|our|mon|ma|notre)\s+(?i:husband|wife|partner|son|daughter|brother|sister|dad|mum|"
    r"mom|mam|mari|femme|[ée]poux|[ée]pouse|conjointe?|compagne?|copain|copine|fils|fille|"
    r"fr[èe]re|s[œo]eur|p[èe]re|m[èe]re)"
)
# A messaging or social platform in a "place" or a "person": a channel or a group's name
# ("Canal Telegram « Jeunes parents »", "the WhatsApp group"), no one and nowhere.
_PLATFORM = re.compile(
    r"\b(?:Telegram|WhatsApp|Discord|Facebook|Instagram|YouTube|TikTok|Snapchat|Reddit|"
    r"LinkedIn|Mastodon)\b",
    re.IGNORECASE,
)
# A word of two letters or more: what must be left of a name once cut.
_WORD = re.compile(r"[^\W\d_]{2,}")
# A chat export's clock time and dash opening an entity ("18/11/2025 à 09:02 - Annick:"):
# spaCy ran the time into the sender's name.
_CHAT_CLOCK = re.compile(r"\d{1,2}[:h]\d{2}(?:\s*[ap]\.?m\.?)?\s*[-–—]\s", re.IGNORECASE)
# French "ben" as an interjection ("Ben là, chu tannée", "ben oui", "ben je sais pas"): before
# a word that opens a reply, not a verb ("Ben est venu") nor a resumptive pronoun ("Ben il").
_INTERJECTION_FR = re.compile(
    r"(?i:ben|bah|beh)\b[\s,]+(?i:là|oui|non|voyons|quoi|alors|ouais|dis|justement|écoute|"
    r"c['’]est|j['’]|je|moi|sinon|si|voilà|bref)(?!\w)"
)
# "max" as a maximum: before a dose, an amount or whom a dose is for.
_MAXIMUM = re.compile(
    r"(?i:max)\s+(?:(?:[\w-]+\s+)?dose|for\s+(?:adults|children|kids)|daily|per\s+day|"
    r"a\s+day|\d|of\s+\d)",
)
# A word in capitals: an acronym ("CHAS"), a person only in a post written in capitals.
_CAPITALS = re.compile(r"^[A-Z]{3,6}$")
# Share of capital letters from which a post is written in capitals.
_SHOUTING_SHARE = 0.5
# Before a "person": the street of an address line ("Randolph Ave, Elkins"); after it, a clock
# time ("Khayelitsha, 8am–3pm"): a listing's town, not a person.
_ADDRESS_BEFORE = re.compile(rf"\b(?:{'|'.join(ADDRESS_STREET_TYPES + VENUE_TYPES)})\.?,\s*$")
# A venue's head word and a comma before a "person" that is a known town ("Claudelands Event
# Centre, Hamilton"): the venue's town. Only known towns, as a name may follow a venue too.
_VENUE_COMMA_BEFORE = re.compile(
    r"\b(?:Centre|Center|Hall|Library|Theatre|Theater|Church|Market|Park|Pavilion)\.?,\s*$"
)
# ... or a venue, then a "person", then the event's day: the venue's district in a listing
# ("at the Nepal Club, Al Qusais, on Friday 21 March", "Pakistan Association, Oud Metha, on")
_VENUE_LINE_BEFORE = re.compile(
    r"\b(?:Centre|Center|Hall|Library|Church|Club|Association|Mosque|Masjid|Temple|Gurdwara|"
    r"School|Hospital|Clinic)\.?,\s*$"
)
# (not "on behalf": "We thank the Rotary Club, John Smith, on behalf of ...")
_DAY_AFTER = re.compile(r"\s*,\s*(?:on(?!\s+behalf)|from|this|next|le|du|ce)\b", re.IGNORECASE)
# A preposition of place right before a capitalised "person" ("in Mullingar", "lives in
# Gouyave", "east of Morton", "du côté de Thonon"): with no known first name or surname in it,
# a town the gazetteers lack. Not "of", French "à" or "de", which take people and brands too
# ("a box of Dunkin'", "merci à Ginette", "le fils de Kofi"), nor a titled or possessive name
# ("in Mrs Kerr's class").
_PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|near|outside|around|past|from|(?:east|west|north|south)\s+of|pr[èe]s\s+de|"
    r"du\s+c[ôo]t[ée]\s+de|vers|(?:habite|habitons|vit|vis|vivons)\s+[àa]|originaire\s+de)"
    # ... or a second place after the first ("in Cork and Kerry", "near Wem or Hodnet")
    r"(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+)?\s*(?:,|&|\b(?:and|or|et|ou)))?"
    r"\s+\Z",
    re.IGNORECASE,
)
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\b")
# "in" right before a one-word "person" (case-sensitive, with one space: "in Gillette").
_IN_BEFORE = re.compile(r"\b(?:in|In) \Z")
_TITLED_OR_OWNING = re.compile(
    r"^(?:(?:mrs|mr|ms|miss|mx|dr|mme|mlle)\b|m\.(?=\s))|['’]s?$", re.IGNORECASE
)
_CLOCK_AFTER = re.compile(r"^,\s*\d{1,2}(?::\d\d|h\d\d)?\s*(?:am|pm|h)\b", re.IGNORECASE)
# (an apostrophe may end the name: "at the Dunkin' on Newport Ave")
_PHRASE_END = re.compile(
    r"^['’]?(?:\s*(?:[.,;:!?)]|$)|\s+(?:in|on|for|with|and|today|yesterday)\b)"
)


class NerEntityRecognizer(EntityRecognizer):
    """PERSON, LOCATION, COUNTRY and DATE from the spaCy entities in the NLP artifacts."""

    ENTITIES = ("PERSON", "LOCATION", "COUNTRY", "DATE")
    # spaCy sm has no calibrated confidence; 0.85 (Presidio's default) sits above the 0.5
    # reporting threshold so NER findings are always reported unless filtered below.
    SCORE = 0.85

    def __init__(self, supported_language: str = "en") -> None:
        self._label = f"NerEntityRecognizer_{supported_language}"
        super().__init__(
            supported_entities=list(self.ENTITIES),
            supported_language=supported_language,
            name=self._label,
        )
        self._words = EntityWords(supported_language)

    def load(self) -> None:
        """Nothing to load: the entities come with the NLP artifacts."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Turn spaCy's entities into findings, dropping the known kinds of noise."""
        if nlp_artifacts is None:
            return []
        results = []
        persons = [
            (e.start_char, e.end_char) for e in nlp_artifacts.entities if e.label_ == "PERSON"
        ]
        for ent, score in zip(nlp_artifacts.entities, nlp_artifacts.scores, strict=False):
            if ent.start_char > 0 and text[ent.start_char - 1] in "#@":
                continue  # a hashtag is a topic; a mention is the handle recognizer's
            if inside_a_glottal_word(text, ent.start_char, ent.end_char):
                continue  # "Ta'ata ora", "fa'a'apu", "va'a": a Polynesian word, cut at its stop
            start, end = self._trim(text, ent.start_char, ent.end_char)
            if ent.label_ == "DATE" and "\n\n" in text[start:end]:
                continue  # "Oct\n\nThurs 16th": spaCy ran a date across paragraphs
            if ent.label_ != "DATE":
                # a name or a place ends with its line or at an emoji ("Alberta 📊\n• 1,642",
                # "Gaëlle de Romont 👋 SEP"): spaCy ran on
                cut = _RUN_ON.search(text, start, end)
                if cut is not None:
                    after = self._trim(text, cut.end(), end)
                    if (
                        cut.group(0).strip()
                        and self._everyday(text[start : cut.start()])
                        and not self._everyday(text[after[0] : after[1]])
                        and canonical(text[after[0] : after[1]]) in places(self.supported_language)
                    ):
                        start, end = after  # "Santé publique — Val-d'Or": a heading, the town
                    else:
                        start, end = self._trim(text, start, cut.start())
                    if not _WORD.search(text, start, end):
                        continue
            if _PLATFORM.search(text, start, end):
                continue  # "Canal Telegram": a channel, not a place
            label = ent.label_
            clock = _CHAT_CLOCK.match(text, start, end) if label != "DATE" else None
            if clock is not None:
                # "09:02 - Annick", "09:17 - Annick: Parfait": a chat line's time run into its
                # speaker, a person whatever spaCy called it; the name ends at its colon
                colon = text.find(":", clock.end(), end)
                start, end = self._trim(text, clock.end(), colon if colon > 0 else end)
                if not _WORD.search(text, start, end):
                    continue
                label = "PERSON"
            opener = _OPENER.search(text[:start]) is not None
            street = _AFTER_STREET_WORD.search(text[:start]) is not None
            if (
                label == "LOCATION"
                and self.supported_language == "fr"
                and " " not in text[start:end]
                and _WISHED_BEFORE_FR.search(text, max(0, start - 30), start)
                and _DOING_AFTER_FR.match(text, end) is not None
                and canonical(text[start:end]) not in places("fr")
            ):
                label = "PERSON"  # "Courage à Fanfan qui commence la dialyse"
            cued = bool(
                _SPOKEN_TO_BEFORE.search(text, max(0, start - 20), start)
                or _WHO_AFTER.match(text, end)
            )
            entity_type = classify(label, text[start:end], self._words, opener, street, cued)
            if entity_type is None or entity_type not in entities:
                continue
            if entity_type == "PERSON" and label == "LOCATION":
                # "Le Dr Mbuyi": a titled name spaCy called a place; the name, without its article
                article = ARTICLE_OPENING.match(text, start, end)
                start = article.end() if article is not None else start
            if self._named_otherwise(ent, text, start, end, opener):
                continue
            if entity_type == "PERSON" and not cued and is_foreign_word(text, start, end, persons):
                continue  # "kopi and kaypoh", "char kway teow": things of another language
            if entity_type == "PERSON" and self._acronym_in_mixed_case(text, text[start:end]):
                continue
            home = _HOME_BEFORE.search(text, max(0, start - 25), start)
            if entity_type == "PERSON" and home is not None:
                if "LOCATION" not in entities:
                    continue
                entity_type, start = "LOCATION", home.start()  # "orphelinat Bon Pasteur"
            if (
                entity_type == "PERSON"
                and self.supported_language == "fr"
                and " " not in text[start:end]
                and PLACE_A_BEFORE_FR.search(text, max(0, start - 40), start)
            ):
                if "LOCATION" not in entities:
                    continue
                entity_type = "LOCATION"  # "le jeudi 13 novembre à Lafayette"
            if (
                entity_type == "PERSON"
                and " " not in text[start:end]
                and _LANGUAGES_BEFORE.search(text, max(0, start - 80), start)
            ):
                continue  # "Interpreters for Spanish, Somali and Karen": a language
            if entity_type == "PERSON" and _PLACES_LIST_AFTER.match(text, end):
                if "LOCATION" not in entities:
                    continue
                entity_type = "LOCATION"  # "Haskell, Stevens and Morton counties"
            if entity_type == "PERSON" and _VENUE_OF_A_TOWN.match(text, start, end):
                if "LOCATION" not in entities:
                    continue
                entity_type = "LOCATION"  # "Cinéma de Vernon" read as one person: a venue
            if entity_type == "PERSON" and _HEAD_DE_BEFORE.search(text, 0, start):
                if "LOCATION" not in entities:
                    continue
                entity_type = "LOCATION"  # "l'antenne de Poindimié": a site of a town
            one_word_after_the = (
                " " not in text[start:end]
                and _THE_BEFORE.search(text[max(0, start - 12) : start])
                and _PHRASE_END.match(text[end : end + 12])
            )
            if (
                entity_type == "PERSON"
                and " " not in text[start:end]
                and _BARE_THE_BEFORE.search(text[max(0, start - 5) : start])
                and _THING_AFTER.match(text[end : end + 20])
            ):
                continue  # "the Otovent balloon thing": a brand before its noun, not a person
            if (
                entity_type == "PERSON"
                and self.supported_language == "fr"
                and (
                    _INTERJECTION_FR.match(text, start)
                    or _VERB_PRONOUN.match(text, end)
                    or (
                        opener
                        and " " not in text[start:end]
                        and _IMPERATIVE_FR.match(text, start)
                        and not self._words.known_name(text[start:end])
                    )
                )
            ):
                continue  # "Ben là, ...": an interjection; "Munissez-vous": a verb
            if entity_type == "LOCATION" and _titled(text[start:end]) and "PERSON" in entities:
                entity_type = "PERSON"  # "Dre Anne-Sophie Rochat", "Dr Benhamou" read as places
            sender = (
                "PERSON" in entities
                and _MESSAGE_FROM.search(text, max(0, start - 30), start) is not None
                and _COLON_AFTER.match(text, end) is not None
                and first_name_level(text[start:end], self.supported_language) is not None
            )
            if entity_type == "LOCATION" and sender:
                entity_type = "PERSON"  # "message from Kerry: ...": a first name, speaking
            if entity_type == "PERSON" and _SAINT.match(text, start) and "LOCATION" in entities:
                entity_type = "LOCATION"  # "Saint-Théodule de Sion", "St Peter Port": a place
            if entity_type == "PERSON" and _WEEKDAY_BEFORE_DATE.match(text, start):
                continue  # "Sam. 11 octobre", "Sat 12 April": a weekday, not Sam
            if entity_type == "PERSON" and _MAXIMUM.match(text[start:]):
                continue  # "Max for adults is 4,000mg", "the max Tylenol dose": a maximum
            if (
                entity_type == "PERSON"
                and (
                    _ADDRESS_BEFORE.search(text[max(0, start - 12) : start])
                    or _CLOCK_AFTER.match(text[end : end + 12])
                    or (
                        _VENUE_COMMA_BEFORE.search(text[max(0, start - 12) : start])
                        and canonical(text[start:end]) in places(self.supported_language)
                    )
                    or (
                        _VENUE_LINE_BEFORE.search(text[max(0, start - 14) : start])
                        and _DAY_AFTER.match(text, end)
                        # (not a first name of the lists: "the Rotary Club, John, on Friday")
                        and first_name_level(text[start:end].split()[0], self.supported_language)
                        != NAME
                    )
                )
            ):
                if "LOCATION" not in entities:
                    continue
                # "Randolph Ave, Elkins", "Khayelitsha, 8am–3pm", "Event Centre, Hamilton"
                entity_type = "LOCATION"
            if (
                entity_type == "PERSON"
                and not sender
                and text[start].isupper()
                and _PLACE_PREPOSITION_BEFORE.search(text[max(0, start - 25) : start])
                and not _POSSESSIVE_AFTER.match(text[end : end + 3])
                and not _TITLED_OR_OWNING.search(text[start:end])
                and (
                    not any(map(self._words.known_name, text[start:end].split()))
                    # a known place even if a name too ("pharmacists in Cork and Kerry")
                    or canonical(text[start:end]) in places(self.supported_language)
                    # one word right after "in", whatever name it shares ("in Austin", "out
                    # here in Alice"): people are not "in" someone
                    # (not a language spoken: "counselling in Dari", "talk in Shona")
                    or (
                        " " not in text[start:end]
                        and _IN_BEFORE.search(text, 0, start) is not None
                        and text[start:end].lower() not in LANGUAGES_ALSO_NAMES
                    )
                    # a public from somewhere ("Patients from Arran", "referrals from
                    # Bowman"): a place, whatever name it shares
                    or (
                        " " not in text[start:end]
                        and PUBLIC_FROM_BEFORE.search(text, max(0, start - 30), start) is not None
                    )
                )
            ):
                if "LOCATION" not in entities:
                    continue
                entity_type = "LOCATION"  # "in Mullingar", "east of Morton": a town
            if entity_type == "PERSON" and is_club(text[start:end], text[end : end + 40]):
                continue  # "Kelso Harriers", "Brandon" + " Minor Hockey": a sports club
            if entity_type == "PERSON" and is_venue(text[start:end]):
                if "LOCATION" not in entities:
                    continue
                entity_type = "LOCATION"  # "Sha Tin Town Hall", "Tuen Mun Park": a venue
            if entity_type == "PERSON" and one_word_after_the:
                # "at the Freeman", "the Christie": a hospital or a venue called by a name
                if "LOCATION" not in entities:
                    continue
                entity_type = "LOCATION"
            if entity_type == "PERSON":
                start, end = self._name_only(text, start, end)
            explanation = AnalysisExplanation(
                recognizer=self._label,
                original_score=score,
                textual_explanation=f"spaCy NER label {ent.label_}",
            )
            results.append(
                RecognizerResult(
                    entity_type=entity_type,
                    start=start,
                    end=end,
                    score=min(score, self.SCORE),
                    analysis_explanation=explanation,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self._label,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results

    @staticmethod
    def _everyday(words: str) -> bool:
        """Whether every word of a span is an everyday word ("Santé publique", "Communiqué")."""
        found = _WORD.findall(words)
        return bool(found) and all(w.lower() in everyday_words() for w in found)

    @staticmethod
    def _trim(text: str, start: int, end: int) -> tuple[int, int]:
        """The span without symbols at its edges."""
        surface = text[start:end]
        lead = _EDGE.match(surface)
        if lead:
            start += lead.end()
        tail = _EDGE.search(text[start:end])
        if tail and tail.start() > 0:
            end = start + tail.start()
        return start, end

    @staticmethod
    def _acronym_in_mixed_case(text: str, surface: str) -> bool:
        """A one-word "person" in capitals in a post that is not written in capitals ("So
        many acronyms: CHAS, MediSave"): an acronym."""
        if not _CAPITALS.match(surface):
            return False
        letters = [c for c in text if c.isalpha()]
        return sum(c.isupper() for c in letters) < _SHOUTING_SHARE * len(letters)

    @staticmethod
    def _named_otherwise(ent: Span, text: str, start: int, end: int, opener: bool) -> bool:
        """Whether spaCy's person is something else by the words around it: an organisation's
        name ("NHS Loch Varrick", "the Varrick Trust"), a disease's eponym ("corps de Lewy",
        "Lewy body dementia"), or an exclamation opening a sentence ("Llongyfarchiadau!")."""
        if ent.label_ != "PERSON":
            return False
        if _ORG_BEFORE.search(text[:start]) or _ORG_AFTER.match(text[end:]):
            return True
        doc = ent.doc
        # French eponyms follow their disease ("démence à corps de Lewy"); English ones are
        # left to the health terms that cover them, as "Rotherham blood test" is no eponym.
        if doc.lang_ == "fr" and post_context(doc, "fr").is_eponym(ent.start, ent.end):
            return True
        one_word = len(text[start:end].split()) == 1
        exclaimed = text[end : end + 2].strip().startswith("!")
        if opener and one_word and exclaimed:
            word = text[start:end]
            return first_name_level(word, "en") is None and first_name_level(word, "fr") is None
        return False

    def _name_only(self, text: str, start: int, end: int) -> tuple[int, int]:
        """A person's span without the everyday words at its edges (see `core`), when a
        known name or a bare name is left; otherwise unchanged."""
        found = list(re.finditer(r"\S+", text[start:end]))
        words = [m.group() for m in found]
        kept = self._words.core(words)
        if not kept and len(words) > 2 and _KIN_BEFORE.fullmatch(" ".join(words[:-1])):
            kept = words[-1:]  # "mon mari jojo": a relative's name, even an everyday word
        if not kept or len(kept) == len(words):
            return start, end
        if all(w.lower() in _ANY_TITLE for w in kept) and words[-1] not in kept:
            return start, end  # "Dre Pelletier": the everyday word after a title is the name
        if not any(map(self._words.known_name, kept)) and not self._words.bare_name(kept):
            return start, end
        first = next(i for i in range(len(words)) if words[i : i + len(kept)] == kept)
        return start + found[first].start(), start + found[first + len(kept) - 1].end()


def _titled(surface: str) -> bool:
    """A title opening a "place", then a capitalised word: a person spaCy misread ("Dre
    Anne-Sophie Rochat", "Mme Laval")."""
    words = surface.split()
    return len(words) > 1 and words[0].lower() in _ANY_TITLE and words[1][:1].isupper()


def recognizers(language: str) -> list[EntityRecognizer]:
    """The NER recognizer for a language."""
    return [NerEntityRecognizer(supported_language=language)]
