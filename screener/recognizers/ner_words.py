"""What the words of a spaCy entity say about it: a name, an everyday word, a code, a title.

The NER recognizer (ner_entities) asks these questions of each person or place spaCy finds;
the answers come from the gazetteers (screener/gazetteers.py) and the word lists, per language.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from screener.gazetteers import (
    NAME,
    canonical,
    common_words,
    everyday_words,
    first_name_level,
    places,
    surname_level,
)
from screener.name_context import FACILITY_HEADS, THANKS_WORDS, TITLE_NOUNS, TITLES
from screener.recognizers.age_words import OTHER_KIN_WORDS

# Languages spaCy reads as places or people ("in urdu", "Pashto interpreters", "Interpret
# română"): no one's name. Not "Dari" or "Shona", first names too (LANGUAGES_ALSO_NAMES: a
# language only where used as one, not_people.in_a_name), nor "Romana".
LANGUAGES = (
    "urdu", "hindi", "punjabi", "bengali", "gujarati", "tamil", "tagalog", "pashto", "pashtu",
    "farsi", "tigrinya", "amharic", "oromo", "swahili", "kiswahili", "yoruba", "igbo", "hausa",
    "twi", "ndebele", "lingala", "wolof", "bambara", "kinyarwanda", "kirundi", "malagasy",
    "cantonese", "mandarin", "hokkien", "teochew", "hakka", "sorani", "kurmanji", "kabyle",
    "tamazight", "darija", "bislama", "română", "polski", "русский",
    # Aboriginal, Torres Strait and Pacific languages and their words for "language" ("they
    # speak Kriol, Yolŋu Matha, Tiwi and Murrinh-Patha", "in lea faka-Tonga", "te reo")
    "kriol", "yolŋu", "yolngu", "matha", "murrinh-patha", "pitjantjatjara", "warlpiri",
    "arrernte", "yumplatok", "lea", "faka-tonga", "faka", "gagana", "kreyòl", "kreyol",
)  # fmt: skip
LANGUAGES_ALSO_NAMES = ("dari", "shona")
# A hospital or one of its sites right before its name ("site Émile Muller", "pavillon
# Schweitzer", "l'hôpital Jean-Minjoz"): the name is the place's, not a person's (read by
# ner_entities, which makes it a place, and by not_people).
HOSPITAL_SITE_HEADS = r"clinique|polyclinique|h[ôo]pital|pavillon|site"
# French SMS spellings ("jai" = j'ai, "pa" = pas, "tjr" = toujours, "ke" = que): words, not
# names, in French posts; in an English post "jai" is a name (person_name reads this).
FRENCH_SMS = frozenset({"jai", "pa", "tjr", "qqn", "ke"})
# Tokens spaCy sometimes tags as people or places in social text that are never identifiers,
# and kinship words and titles standing alone ("Mum", "Ma mère", "Nurse"): they point at a
# person without naming anyone (the policy reads them as a person reference instead).
NOT_NAMES = (
    frozenset(
        "rt lol omg thanks thank merci bravo congrats congratulations happy dear hi hello bonjour "
        "covid covid-19 nhs ehpad chu ward "
        "mum mom mam mummy mother dad daddy father nan nana gran granny grandma grandpa grandad "
        # Welsh and Ulster grandparents ("Nain's Welsh cakes", "Taid", "Mamgu", "my granda")
        "nain taid mamgu tadcu tad-cu granda "
        # the doctor called "Doc" ("Doc found nothing")
        "doc "
        "sister brother son daughter wife husband partner auntie aunt uncle nurse doctor dr sir "
        "madam mr mrs ms miss m. mme maman papa mère père mamie papi papy frère sœur soeur fils "
        "fille mari femme tata tonton docteur infirmière infirmier gp consultant bébé bebe baby "
        # social networks named in passing ("insta is @...", "sur fb")
        "insta instagram fb facebook twitter tiktok snap snapchat whatsapp youtube "
        # ... and their words ("Link's in my bio"), a CV, French "Rdv" (rendez-vous), "Visio" (a
        # video call) and "Dispo" (available)
        "link bio cv rdv visio dispo "
        # greetings, blessings and interjections of other languages ("Salam", "Kenavo", "Allah
        # yrahmou", "Inch'Allah"), and police forces named as a body ("Gardaí")
        "salam salaam kenavo allah inchallah inch'allah inshallah mashallah hamdoulah "
        "hamdoulillah wallah gardaí garda "
        "dzień dobry dziękuję cześć merhaba hola gracias ciao grazie namaste "
        # Māori, Irish, Arabic, Nigerian and Haitian greetings and words of the group ("Kia ora",
        # "Maith thú", "Comhghairdeas", "asalaam alaikum", "Abeg", "Fanmi"); not those that are
        # also names ("Aroha", "Mai", "Morena", "Ka")
        "kia ora mōrena whānau whanau mahi maith thú "
        "comhghairdeas sláinte slainte asalaam assalamu alaikum alaykum abeg wahala fanmi "
        # dishes spaCy reads as places ("the jollof")
        "jollof kouign-amann "
        # festivals spaCy reads as people ("Eid al-Adha", Somali "Ciid wanaagsan", "Diwali")
        "eid ciid al-adha al-fitr adha fitr wanaagsan diwali deepavali vaisakhi navratri "
        "hanukkah nowruz tabaski "
        # chat abbreviations spaCy reads as names ("tia" = thanks in advance, "YMMV")
        "tia tyia ymmv imo imho fwiw iirc afaik tbh smh idk thx btw "
        # and French ones ("Slt" = salut, "Bjr", "dsl", "mdr", "tkt")
        "slt bjr bsr dsl mdr ptdr stp svp tkt bcp jsp cad "
        # words of endearment in chat ("cheers hun"), interjections of Singapore English and
        # Hindi ("wah", "lah", "Namaste sabko"), "Olympic" as an adjective
        "hun hunny hon wah lah leh lor aiyo aiyoh aiyah alamak shiok sabko olympic olympique "
        # Scots words of chat, and nicknames of specialties and anonymous posters
        "nae tae fir wur telt hale gaun wis aye ken cannae dinnae wan ma huv mair doon oot aboot "
        "hud ah noo efter fur wabbit rheumy anonymous anon aadhaar aadhar chifa cafat "
        # French SMS spellings (FRENCH_SMS, below)
        # thanks and blessings of languages spoken in francophone Africa, the Maghreb, the
        # Caribbean and the Indian Ocean, and of South Africa and Aotearoa (Wolof "Jërëjëf",
        # Kreyòl "Mèsi", Darija "Sahha", Lingala "Matondo", isiZulu "Ngiyabonga", Māori "koutou";
        # one-word thanks that open a thanked name are name_context.THANKS_WORDS)
        "jërëjëf jerejef mèsi mési mesi sahha saha barakallah mabrouk "
        "mabrook matondo ngiyabonga enkosi dankie koutou katoa tātou tatou "
        # Réunion and Antilles Creole words of chat written with a capital ("Doktèr la di",
        # "Bondié", "Zot i fé")
        "doktèr doktè dokter bondié bondyé zot marmay granmoun "
        # more Māori words of New Zealand English ("Kia kaha", "Ngā mihi nui", "Arohanui", "the
        # marae"), Tagalog ones of Filipino posts ("Salamat po", "mga kapatid") and
        # Welsh ones of Welsh posts ("Diolch", "Brechiadau ffliw"); not "Kai", "Tangi", "Reo" nor
        # "Hoa", names too
        "kaha ngā mihi arohanui marae tamariki kaumātua kaumatua hauora "
        "salamat mga kapatid "
        "diolch croeso iechyd brechiadau brechlyn ffliw "
        # Swahili, Irish, Māori and Lebanese words of thanks, welcome and greeting ("Asante
        # sana", "Hongera", "Fáilte", "te reo Māori", "kifkon", "merci ktir"), a premature baby
        # ("our prem group") and a Singapore breakfast ("kaya toast")
        "sana hongera karibu pongezi fáilte failte reo kifkon kifak ktir yalla prem prems "
        "preemie kaya "
        # Breton greetings and thanks of Breton posts ("Trugarez", "Demat", "Kenavo", "Bloavezh
        # mat"), a French greeting's adjective opening a reply ("Bonne question !", "Bonne
        # journée") and the "dys" disorders ("Dys, TDAH : comprendre")
        "trugarez demat kenavo bloavezh degemer bonne dys "
        # second-person plurals of English dialects ("Y'all pray", "yinz", "youse", Caribbean
        # "yuh", "unu", "allyuh")
        "y'all y’all yall ya'll yinz youse yous yuh unu allyuh "
        # greetings and endearments of South Asia and the Pacific ("Ayubowan", "Vanakkam", "It
        # gets better, kanna", "Malo e lelei", "Talofa", "Bula vinaka")
        "ayubowan vanakkam namaskar namaskaram kanna malo lelei talofa bula "
        # the other words of Alaska Native and West African thanks and greetings ("Quyana
        # cakneq", "Chi-miigwech", Krio "Una kushe"; not "Akwaaba", a name too)
        "quyanaq cakneq chi-miigwech kushe "
        # greetings of Kabyle, Haitian and Guyanese Creole, and Hmong ("Azul", "Bonjou", "Nyob
        # zoo") opening a post
        "azul bonjou nyob "
        # the second words of thanks and greetings of East Africa, Hawaii and the Nordic
        # countries ("Webale nnyo", "Mahalo nui", "Takk fyrir", "Tusen takk"), greetings of
        # the Navajo, Hawaiian, Swahili, Scandinavian, Frisian, Swiss and Alsatian posts
        # ("Yá'át'ééh", "Aloha e ʻohana", "Jambo", "Hej allihop", "Moin", "Grüezi", "Hopla"),
        # and Navajo's own name ("Diné Bizaad")
        "nnyo nyo nui fyrir tusen yá'át'ééh yá’át’ééh aloha jambo habari hej hei moin "
        "grüezi gruezi servus hopla glück gluck diné bizaad "
        # words of Australian and New Zealand English and of te reo Māori that spaCy reads as
        # names ("every Tuesday arvo", "with your tucker", "Whānau Caregivers Hui", "Ngā
        # Kōrero", "Nau mai, haere mai"), Cook Islands greetings and thanks ("Kia orana",
        # "Meitaki maata") and Haitian Creole's "katye" (neighbourhood); not "Kai", a name too
        "arvo arvos tucker servo hui kōrero korero nau haere orana meitaki maata katye "
        # the other words of thanks and greetings, and everyday words, of Tahitian and
        # Wallisian ("Mālō aupito", "au fenua"), Bislama, Tok Pisin and Pijin ("Tankyu tumas",
        # "Tenkyu tru", "Haus krai", "Lukim yu", "Olsem wanem"), Setswana ("Modimo") and Pulaar ("A
        # jaraama"); the one-word thanks are THANKS_WORDS. Not "Maeva" (Tahitian welcome),
        # "Malo" nor "Sana", first names too
        "aupito fenua tumas tru haus krai lukim olsem wanem modimo jaraama "
        # thanks, greetings and endearments of Palauan, I-Kiribati and Maltese posts
        # ("Sulang!", "Alii", "Ko rabwa", "Mauri", "Merħba lura", "Grazzi", "ħanini", "Mela" for
        # "well then"; as names they are rare), the Upper Midwest's "Uff da", and Guyanese
        # Creole's "wha", "seh", "dem" and "fuh" ("Wha yuh seh", "Dem seh", "fuh everybody")
        "sulang alii rabwa merħba merhba lura grazzi ħanini hanini uff da wha seh fuh dem mauri "
        "mela "
        # Saint Lucian and Antillean Kwéyòl's pronouns and everyday words, which spaCy reads
        # as names when capitalised ("Sa ka fèt fanmi?", "Mwen la", "Bondyé bon", "Nou la pou
        # ou", "Nou fò"); the French words among them ("la", "ou") are function words there
        "mwen nou sa ka fèt fanmi bon fò pou la ou".split()
    )
    | FRENCH_SMS
    | frozenset(LANGUAGES)
    | frozenset(OTHER_KIN_WORDS)
    | frozenset(THANKS_WORDS)
)  # "amma", "Appa's tablets": a parent
# Titles standing alone ("le Pr", "Monsieur est malentendant", "M."): no one is named.
TITLES_ALONE = TITLES["en"] | TITLES["fr"] | TITLE_NOUNS | frozenset({"monsieur", "madame"})
# Noun endings no first name or surname has ("Preceptorship", "Bienveillance", "Vaccination"):
# a one-word "person" ending so is a common noun that spaCy saw capitalised. 7+ letters, and
# known names are kept ("Clement", "Florence", "Constance" end alike).
_NOUN_ENDING = re.compile(
    r"(?:ship|ness|ment|tion|sion|ence|ance|ology|ités?|isme|ismo|ism|ité)$", re.IGNORECASE
)
_NOUN_MIN_LENGTH = 7
# An acronym: 2-5 capitals ("IPP", "MP", "CDI").
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")
# The letters of a span with digits, split at digits and punctuation ("8am–4pm" -> am, pm).
_LETTER_RUNS = re.compile(r"[^\w]+|\d+")
# A person's name, once trimmed, has words of 3+ letters: shorter ones are initials or noise.
_BARE_NAME_MIN_LENGTH = 3


def unelided(word: str) -> str:
    """A French word without its elided article: "l'hôpital" -> "hôpital"."""
    return re.sub(r"^[ldjmnst]['’]", "", word)


@cache
def countries() -> frozenset[str]:
    """Lower-cased country names (English and French), from the packaged list."""
    text = resources.files("screener.data").joinpath("countries.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


class EntityWords:
    """The word-level tests on spaCy's entities for posts in one language."""

    def __init__(self, language: str) -> None:
        self.language = language

    def known_name(self, word: str) -> bool:
        """A first name or surname of the gazetteers."""
        return (
            first_name_level(word, self.language) is not None
            or surname_level(word, self.language) is not None
        )

    def name_level(self, word: str) -> int | None:
        """The best level of `word` as a first name or surname in this language."""
        levels = [first_name_level(word, self.language), surname_level(word, self.language)]
        known = [level for level in levels if level is not None]
        return max(known) if known else None

    def opener_word(self, word: str, label: str) -> bool:
        """A one-word person or place opening a sentence that is an everyday word and no
        known name or town: spaCy's small French model tags capitalised sentence openers
        ("Bienvenue", "Prenez", "Canicule") as people or places. Words of either language
        count, as posts mix them ("Help 😭 je dois...")."""
        if word.lower() not in everyday_words():
            return False
        if label == "PERSON":  # a rare surname spelled like the word ("Joyeux") is the word
            return (
                first_name_level(word, self.language) is None
                and surname_level(word, self.language) != NAME
            )
        return canonical(word) not in places(self.language)

    def not_a_name(self, word: str, label: str, street: bool = False) -> bool:
        """A one-word person or place that its spelling shows is no name: a lower-case everyday
        word ("Don't bin it", "the commode", "xx"), a noun by its ending ("Preceptorship"); in
        French posts also an everyday word or an acronym called a place ("carte Vitale",
        "d'État", "le Ramadan", "IPP", "en MP"), as the French model tags capitalised nouns as
        places, unless it names a street ("place du Ralliement": `street`)."""
        lowered = word.lower()
        if label == "LOCATION" and (
            canonical(word) in places(self.language) or lowered in countries()
        ):
            return False
        if word.islower() and lowered in everyday_words():
            known = first_name_level(word, self.language) is not None
            return label == "LOCATION" or not (known or self.name_level(word) == NAME)
        if label == "PERSON":
            long_noun = len(word) >= _NOUN_MIN_LENGTH and _NOUN_ENDING.search(word) is not None
            return long_noun and not self.known_name(word)
        if self.language != "fr" or street:
            return False
        return lowered in common_words("fr") or _ACRONYM.match(word) is not None

    def is_code(self, words: list[str]) -> bool:
        """Whether the letters of a short span with digits are no name: everyday words,
        acronyms, single letters or "am"/"pm" ("Chambre 214", "SEP 35", "P2", "8am–4pm")."""
        common, towns = common_words(self.language), places(self.language)
        letters = [w for w in _LETTER_RUNS.split(" ".join(words)) if w and not w.isdigit()]
        if any(canonical(w) in towns for w in letters):
            return False  # "Stoke 2": a town and a number
        return all(
            w.lower() in common or _ACRONYM.match(w) or len(w) <= 2 or w.lower() in ("am", "pm")
            for w in letters
        )

    def core(self, words: list[str]) -> list[str]:
        """A person's words without the everyday ones spaCy took in at its edges ("Bravo
        Léa", "Canelo Vs", "Zombie Salonen"); empty when all are everyday words."""
        common = common_words(self.language)

        def edge(word: str) -> bool:
            lowered = word.lower()
            return (lowered in common or lowered in NOT_NAMES) and self.name_level(word) != NAME

        def first_name(word: str) -> bool:
            # a capitalised first name of any level before the rest of the name ("Jacques
            # Ollivier", "Pierre Martin"): French first names that are also words stay
            return word[:1].isupper() and first_name_level(word, self.language) is not None

        first, last = 0, len(words)
        while first < last and edge(words[first]):
            if (
                first < last - 1
                and first_name(words[first])
                and words[first].lower() not in NOT_NAMES
            ):
                break
            first += 1
        while last > first and edge(words[last - 1]):
            if (
                last - 2 >= first
                and words[last - 1][:1].isupper()
                and surname_level(words[last - 1], self.language) is not None
                and words[last - 1].lower() not in FACILITY_HEADS  # "Heather Grove": a street
                and first_name(words[last - 2])
            ):
                break  # "Mei-Lin Chow", "Julie Pelletier": a surname that is also a word
            last -= 1
        return words[first:last]

    def bare_name(self, words: list[str]) -> bool:
        """Whether words that no list knows still read as a name in an English post: each
        capitalised (not an acronym), 3+ letters, no everyday word ("Canelo", "Salonen"). Not
        in French posts, where spaCy tags capitalised nouns ("Angioscanner demandé")."""
        if self.language != "en" or not words:
            return False
        common = common_words("en")
        return all(
            w.isalpha() and len(w) >= _BARE_NAME_MIN_LENGTH and w[0].isupper()
            and not w.isupper() and w.lower() not in common
            for w in words
        )  # fmt: skip


# An article opening an entity ("Le Dr Mbuyi", "The Dr Mensah"): not part of a person's name.
ARTICLE_OPENING = re.compile(r"(?i:le|la|the)\s+")
# A glottal stop written as an apostrophe or an ʻokina inside a Polynesian word ("Ta'ata",
# "fa'a'apu", "va'a", "Hawaiʻi"), where spaCy cuts the word; not a French elision ("l'",
# "d'", "qu'", "jusqu'") nor an English or Irish name's ("O'Brien", "D'Arcy" start before it).
_GLOTTAL_BEFORE = re.compile(
    r"(?<!\w)(?!(?i:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|o)['’ʻ])"
    r"[^\W\d_]{1,4}['’ʻ]\Z"
)
_GLOTTAL_AFTER = re.compile(r"['’ʻ][^\W\d_]")


def inside_a_glottal_word(text: str, start: int, end: int) -> bool:
    """Whether an entity begins after, or ends on, a glottal stop inside a word ("ata" of
    "Ta'ata", "va'" of "va'a")."""
    if _GLOTTAL_BEFORE.search(text, max(0, start - 6), start):
        return True
    return (
        end > start + 1
        and _GLOTTAL_BEFORE.search(text, max(start, end - 6), end) is not None
        and _GLOTTAL_AFTER.match(text, end - 1) is not None
    )
