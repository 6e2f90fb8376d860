"""Whether a person identifier and a health detail are about the same person: sentences and
paragraphs, replies to a handle or a name spoken to, general answers, quotations, chat
speakers passing news on (docs/verdict-rules.md, rule 2); signatures, notices and thanks are
read in `posters`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from screener import posters
from screener.chat import message_at, message_of
from screener.gazetteers import everyday_words
from screener.people import (
    IMPERSONAL_IL,
    PERSON_REFERENCE,
    REFERENCE_EN,
    REFERENCE_FR,
    REFERENCE_IN,
    THING_PRONOUN,
    VOCATIVE_END,
    is_addressed,
    short_question,
)
from screener.quotes import CLOSING, OPENING, STRAIGHT
from screener.sentences import sentence, sentence_ends, sentence_of, sentence_start
from screener.services import given_as_a_service
from screener.types import Finding

# Kin of anyone at all ("anyone whose mam or dad's ...", "quiconque dont la mère ..."): the
# next few words stand for anyone.
_ANYONES = re.compile(
    r"\b(?:anyone|anybody|everyone|quiconque|ceux|celles)\s+(?:whose|dont)\s+"
    r"(?:[\w'’]+\s+){0,3}$",
    re.IGNORECASE,
)

# The person a reply is addressed to ("your POTS", "ton traitement"): the handle's owner.
_ADDRESSEE = re.compile(
    r"\b(?:your|you|ton|ta|tes|votre|vos|toi|tu|te)\b|\bt['’](?=\w)", re.IGNORECASE
)

# The answerer's own disclaimer ("je suis pas médecin hein, mais en général", "I'm not a
# doctor but"): a sign of a general answer, and its "I" is no one the health is about.
_DISCLAIMER_WORDS = (
    r"je\s+(?:ne\s+)?suis\s+pas\s+(?:m[ée]decin|docteur|pharmacien(?:ne)?|infirmi[èe]re?)|"
    r"i['’]?m\s+not\s+a\s+(?:doctor|nurse|pharmacist|medic)|"
    r"i\s+am\s+not\s+a\s+(?:doctor|nurse|pharmacist|medic)"
)
_DISCLAIMER = re.compile(rf"\b(?:{_DISCLAIMER_WORDS})\b", re.IGNORECASE)

# A reply that answers a question for anyone ("Good question!", "Bonne question !", "pour
# répondre à ta question générale", "Not medical advice, but in general", "the general advice
# is"): its health details are anyone's unless a sentence speaks of someone or of the reader's
# own.
_GENERAL_ANSWER = re.compile(
    r"\b(?:(?:good|great|excellent|fair)\s+question|bonne\s+question|question\s+g[ée]n[ée]rale|"
    r"general\s+advice|in\s+general|not\s+medical\s+advice|thanks\s+for\s+asking|"
    r"en\s+g[ée]n[ée]ral|merci\s+pour\s+(?:ta|votre)\s+question|generally\s+speaking|"
    r"de\s+(?:fa[çc]on|mani[èe]re)\s+g[ée]n[ée]rale|not\s+a\s+doctor|generally|"
    rf"{_DISCLAIMER_WORDS}|"
    # a question asked for everyone ("qui demandait pour tout le monde", "asking for everyone")
    r"(?:demand\w*|pos\w*|question)\s+(?:la\s+question\s+)?pour\s+tout\s+le\s+monde|"
    r"(?:asked|asking)\s+for\s+(?:everyone|everybody|all\s+of\s+us)|"
    r"en\s+r[èe]gle\s+g[ée]n[ée]rale)\b",
    re.IGNORECASE,
)

# A diary's sentence that drops its "I" ("Found a lump last month, had the biopsy", "Just
# started chemo", "Opérée hier"): with the author speaking of themself elsewhere in their
# post ("I", "my", "je"), the health told is the author's
_DIARY_OPENING = re.compile(
    r"(?:(?:just|finally)\s+)?(?:found|had|got|started|finished|been|went|diagnosed|told|"
    r"op[ée]r[ée]e?|diagnostiqu[ée]e?|re[çc]u|eu|fini|commenc[ée])\b",
    re.IGNORECASE,
)


# How far a diary's verb reaches to its health ("Found a lump", "Been coughing for", "Had the
# CT and bloods", "Opérée hier d'un cancer du sein"): some 35 characters.
_DIARY_REACH = 35


def _told_in_a_diary(text: str, health: Finding) -> bool:
    """Whether a health detail is what a diary's verb opening its sentence tells, a few words
    on ("Been coughing for 5 weeks"; "Had the practice nurse at our garden doing free blood
    pressure checks" is a service's visit)."""
    start = sentence_start(text, health.start)
    start += len(text[start : health.start]) - len(text[start : health.start].lstrip())
    return health.start - start <= _DIARY_REACH and bool(_DIARY_OPENING.match(text, start))


# What introduces a forum post's or a reply's author ("Posted by", "Reply from", "Réponse de").
_AUTHOR_BEFORE = re.compile(
    r"\b(?:posted\s+by|post[ée]e?\s+par|publi[ée]e?\s+par|(?:reply|answer)\s+(?:by|from)|"
    r"r[ée]ponse\s+de)\s*$",
    re.IGNORECASE,
)

# The author's own voice in a sentence of their post: "I", "my", "je"; "we" / "our" only with
# their own clinician ("our GP says", "notre gynéco nous oriente"), as services and clinicians
# write "we" too ("Our advice: ...", "Our carers' group meets").
_OWN_VOICE = re.compile(
    r"\b(?:i|me|my|mine|je|moi|mon|ma|mes)\b|\bj['’](?=\w)|"
    r"\b(?:our|notre|nos)\s+(?:gp|doctor|consultant|specialist|surgeon|gyn\w*|ob|m[ée]decin|"
    r"g[ée]n[ée]raliste|chirurgien(?:ne)?|oncologue|p[ée]diatre|cardiologue|neuro\w*|endo\w*)\b",
    re.IGNORECASE,
)

# A reply's subject line ("Re: Do I need ...", "RE : ma fille"): the thread's asker's words.
_REPLY_SUBJECT = re.compile(r"[^\w\n]*re\s?:", re.IGNORECASE)

# The reader's own, in a reply: a possessive before a health detail, at most two words between
# ("your glaucoma drops", "ta sciatique"), or before a word for a person ("your mum", "votre
# fille": the words of REFERENCE_EN and REFERENCE_FR);
# "you" with a verb of one's own illness.
_YOUR_BEFORE = re.compile(r"\b(?:your|votre|vos|ton|ta|tes)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)

_YOUR_KIN = re.compile(
    rf"\b(?:your|votre|vos|ton|ta|tes)\s+(?:[\w-]+\s+)?(?:{REFERENCE_EN}|{REFERENCE_FR})\b",
    re.IGNORECASE,
)

_YOU_PERSONAL = re.compile(
    r"\b(?:you(?:['’]ve|['’]re|\s+have|\s+had|\s+are|\s+were)\s+(?:been\s+)?(?:diagnosed|"
    r"having|had|got|on|taking|suffering|struggling|recovering)|vous\s+(?:avez|[êe]tes)\s+"
    r"(?:[ée]t[ée]\s+)?(?:op[ée]r|diagnostiqu|atteint|sous|hospitalis)|tu\s+as|t['’]as|t['’]es|"
    # sympathy with the reader ("you're not alone with the Crohn's", "sorry to hear")
    r"you['’]re\s+not\s+alone|sorry\s+(?:to\s+hear|about\s+your|you)|hope\s+you|get\s+well)",
    re.IGNORECASE,
)

# A condition put to any reader ("if you're on the aged pension", "si vous êtes sous"): the
# "you" after it is whoever it fits, not the reader's own.
# ("when you were diagnosed" is the reader's past: only "if", "unless", "si")
_IF_BEFORE = re.compile(r"\b(?:if|unless|si)\s+$", re.IGNORECASE)

# Handles a reply opens with ("@sam ", "@sam @lou "): the people it answers.
_OPENING_HANDLES = re.compile(r"\s*(?:@[\w.]+[\s,:]*)*")

# Sympathy for the reader's own trouble ("Sorry to hear", "get well soon", "désolée
# d'apprendre", "prompt rétablissement"): the "you" of later advice is then the reader.
_SYMPATHY = re.compile(
    r"\b(?:sorry\s+(?:to\s+hear|about\s+your|you)|get\s+well|speedy\s+recovery|"
    r"d[ée]sol[ée]e?s?\s+(?:d['’]apprendre|pour\s+(?:toi|vous))|(?:prompt|bon)\s+r[ée]tablissement)",
    re.IGNORECASE,
)

# What follows a name the poster gives as theirs ("Bryn from Aberystwyth by the way", "Shona
# here", "Inès ici"), and what precedes it ("Moi c'est Inès", "my name's Bryn").
_SELF_INTRO_AFTER = re.compile(
    r"(?:\s+(?:from|de|d['’])\s+[\w'’ -]{2,30}?)?,?\s+(?:here|by\s+the\s+way|btw|ici)\b",
    re.IGNORECASE,
)
# A sentence's or an emoji's end, then no word: the name opens what follows ("... whistle 🫖
# Bryn from Aberystwyth").
_OPENS_BEFORE = re.compile(r"(?:^|[.!?\n\U0001F000-\U0001FAFF\u2600-\u27BF])[^\w]*\Z")
_SELF_INTRO_BEFORE = re.compile(
    r"\b(?:moi\s+c['’]est|je\s+m['’]appelle|my\s+name['’]?s|my\s+name\s+is|i['’]m|i\s+am)\s+\Z",
    re.IGNORECASE,
)
# How far back (characters) a wish may stand before the name ("Wishing a very speedy
# recovery to our Bev"): the wish ends right before it, so a line's length is plenty.
_WISH_WINDOW = 60
# A name wished well ("Get well soon Tony!", "Speedy recovery to our Bev", "Bon
# rétablissement à Josiane", "Courage à Fanfan qui commence"), or whose news the post brings
# ("Des nouvelles de Jeannot", "An update on Bev"): the post's health news is theirs, in any
# paragraph.
# (what may stand between the wish and the name: "to our", "à", "au", "mon")
_WISHED_TO = r"\s*[,!]?\s*(?:to\s+|à\s+|au\s+)?(?:(?:our|my|notre|mon|ma)\s+)?\Z"
_GET_WELL_BEFORE = re.compile(
    r"\b(?:get\s+well(?:\s+soon)?|speedy\s+recovery|(?:bon|prompt)\s+r[ée]tablissement)"
    + _WISHED_TO,
    re.IGNORECASE,
)
# ... courage or news, everyday words: not for health in a later paragraph that opens as a
# notice ("Bon courage à Julie pour son bac !\n\nRappel : dépistage du diabète samedi").
_NEWS_OF_BEFORE = re.compile(
    r"\b(?:(?:bon\s+)?courage|(?:des\s+)?nouvelles\s+de|(?:an\s+)?update\s+on|news\s+of)"
    + _WISHED_TO,
    re.IGNORECASE,
)
# A service offered to whoever wants it ("are running at our clinic", "no booking needed",
# "walk-in", "sans rendez-vous"): in a reply, not the reader's own health.
_SERVICE_OFFER = re.compile(
    r"\b(?:(?:are|is)\s+(?:now\s+)?(?:running|available|open|offered|on\s+offer)|"
    r"no\s+(?:booking|appointment|referral|prescription)(?:\s+(?:needed|required))?|walk-?in|"
    r"drop-?in|sans\s+(?:rendez-vous|rdv|ordonnance)|(?:est|sont)\s+(?:disponibles?|"
    r"ouverte?s?)|pas\s+besoin\s+d['’](?:ordonnance|rendez-vous)|"
    # advice any reader gets ("is recommended from 65", "any pharmacy can give it to you",
    # "n'importe quelle pharmacie peut t'en donner")
    r"(?:is|are)\s+recommended|(?:est|sont)\s+recommand[ée]e?s?|(?:est|sont)\s+propos[ée]e?s?|"
    r"n['’]importe\s+quel(?:le)?\s+pharmac\w*|any\s+(?:of\s+our\s+)?pharmac(?:y|ies|ists?))\b",
    re.IGNORECASE,
)
# "You" as any reader, in advice: what one may or need not do ("you don't need a referral",
# "you can ask at any polyclinic", "if you're over 40", "si vous avez plus de 65 ans", "vous
# pouvez", "n'hésitez pas", "parlez-en à votre médecin"), and "your" before a professional
# ("your GP", "votre pharmacien").
_GENERIC_YOU = re.compile(
    r"\b(?:if\s+you(?:['’]re|['’]ve)?|you\s+asked|how\s+do\s+you\s+(?:tell|know)|"
    r"you\s+(?:don['’]t|do\s+not|won['’]t)\s+(?:need|have\s+to)|"
    r"you\s+(?:can|should|must|will\s+need|need\s+to)|you['’]ll\s+need|"
    # an age or a stage any reader reaches ("offered when you turn 65", "once you're 50")
    r"(?:when|once|until|before)\s+you(?:\s+turn|\s+reach|['’]re|\s+are)|"
    r"si\s+vous|vous\s+(?:pouvez|pourrez|devez|n['’]avez\s+pas\s+besoin)|n['’]h[ée]sitez|"
    r"parlez-en|renseignez-vous|adressez-vous|"
    r"(?:your|votre|vos|ton|ta)\s+(?:local\s+|own\s+)?(?:gp|doctor|pharmacist|chemist|optician|"
    r"optometrist|dentist|nurse|dietitian|dietician|midwife|m[ée]decin|pharmacien(?:ne)?|"
    r"g[ée]n[ée]raliste|dentiste|opticien(?:ne)?|infirmi[eè]re?|sage-femme|"
    r"di[ée]t[ée]ticien(?:ne)?))\b",
    re.IGNORECASE,
)

# A person named by an indefinite article in general advice ("headaches that wake a child at
# night", "si une personne a de la fièvre"): any one of them.
_INDEFINITE_PERSON = re.compile(
    r"\b(?:a|an|any|every|each|un|une|chaque|tout)\s+(?:[\w-]+\s+)?(?:child|kid|baby|toddler|"
    r"person|patient|woman|man|teen|adult|enfant|b[ée]b[ée]|personne|patiente?|femme|homme|ado)\b",
    re.IGNORECASE,
)

# A case likened to the reader's ("a woman who's had a c-section like you", "comme toi").
_LIKE_YOU = re.compile(
    r"\b(?:like|as)\s+(?:you|yours)\b|\bcomme\s+(?:toi|vous|le\s+tien|la\s+tienne|le\s+v[ôo]tre)\b"
    # ... or said to be the reader's case ("which is your situation", "c'est-à-dire toi", "ce
    # qui est ton cas")
    r"|\b(?:your|ton|ta|votre)\s+(?:situation|case|cas)\b|c['’]est-[àa]-dire\s+(?:toi|vous)\b"
    r"|\b(?:i\.?e\.?|that['’]s|which\s+is)\s+you\b",
    re.IGNORECASE,
)

# Person words, and those that stand for anyone ("anyone just out of hospital after a stroke").
_ANYONE = frozenset({"anyone", "anybody", "everyone", "everybody", "quiconque"})

_PERSON_OR_ANYONE = re.compile(
    rf"\b(?:{REFERENCE_EN}|{REFERENCE_FR}|everyone|everybody|quiconque"
    # "anyone else's tinnitus" says the poster has it too
    r"|(?:anyone|anybody)(?!\s+else))\b",
    re.IGNORECASE,
)

# A quotation right after a handle: a verb of writing maybe, a colon, then "> " on the same or
# the next line, or an opening quotation mark.
_QUOTE_AFTER = re.compile(
    r"\s*(?:wrote|said|replied|asked|a\s+[ée]crit|a\s+r[ée]pondu|a\s+demand[ée])?\s*:\s*"
    r"(?:\n\s*)?"
    rf"(?P<mark>>|[{''.join(OPENING)}{STRAIGHT}])"
)

_CLOSING = re.compile(rf"[{''.join(CLOSING)}{STRAIGHT}]|\n(?!\s*>)")

# A public that general advice speaks of ("children with", "anyone 65+", "tous les centres").
_PUBLIC_AUDIENCE = re.compile(
    r"\b(?:anyone|anybody|everyone|everybody|any|all|children|kids|people|adults|patients|"
    r"families|parents|women|men|babies|enfants|tous|toutes|personnes|adultes|familles|"
    r"nouveau-n[ée]s|newborns|"
    r"femmes|hommes|b[ée]b[ée]s|petits|"
    # the young of a programme ("Secondary 1 girls", "les filles et les garçons de 11 ans")
    r"girls|boys|teens|teenagers|pupils|students|filles|gar[çc]ons|ados|adolescent(?:e)?s|"
    r"jeunes|[ée]l[èe]ves|"
    # those who need it ("Pour ceux qui cherchent un dentiste"), a class told of lice
    r"ceux|celles|those|classe|class|tout\s+le\s+monde)\b",
    re.IGNORECASE,
)


# The roles anyone may come as ("as a patient, a donor or a carer", "en tant que patient ou
# proche"): no one in particular.
# (a closed list of roles: "as brave as he has been" keeps its "he")
_ROLE = (
    r"(?:patients?|patientes?|donors?|carers?|caregivers?|volunteers?|parents?|relatives?|"
    r"family\s+members?|friends?|members?|visitors?|professionals?|partners?|spouses?|"
    r"siblings?|grandparents?|survivors?|aidante?s?|proches?|conjointe?s?|"
    r"b[ée]n[ée]voles?|donneu(?:r|se)s?|membres?|soignante?s?|visiteu(?:r|se)s?|amie?s?)"
)
_ROLES_OF_ANYONE = re.compile(
    rf"\b(?:as|en\s+tant\s+que|whether\s+as)\s+(?:an?\s+|une?\s+)?{_ROLE}\b"
    rf"(?:\s*(?:,|,?\s*\b(?:or|and|ou|et)\b)\s*(?:an?\s+|une?\s+)?{_ROLE}\b){{0,4}}",
    re.IGNORECASE,
)
_ANYONE_WORD = re.compile(r"\b(?:anyone|anybody|everyone|everybody|quiconque)\b", re.IGNORECASE)


def _only_anyone(sentence_text: str) -> bool:
    """A sentence whose only words for people stand for anyone ("anyone just out of hospital
    after a stroke, come along"): its health is not a named person's."""
    if _ANYONE_WORD.search(sentence_text):  # "anyone ..., as a patient, a donor or a carer"
        sentence_text = _ROLES_OF_ANYONE.sub(" ", sentence_text)
    words = {m.group(0).lower() for m in _PERSON_OR_ANYONE.finditer(sentence_text)}
    return bool(words) and words <= _ANYONE


def linked(text: str, who: Finding, health: Sequence[Finding], language: str | None = None) -> bool:
    """Whether a person identifier and some health detail can be about the same person: in the
    same sentence, in the next or previous sentence of the same paragraph, or with a word for
    a person ("she", "my", "le patient") in the health detail's sentence. A bulletin naming a
    volunteer in one item and a service in another crosses nothing. `language`, when known,
    chooses the words for a person ("Mon–Sat" is no "my" in English)."""
    references = REFERENCE_IN.get(language or "", PERSON_REFERENCE)
    if (
        who.entity_type == "PERSON"
        and posters.signs_the_post(text, who)
        and not (posters.a_notice(text, who) and not posters.told_as_own(text, health))
    ):
        return True  # "... got the call. It's cancer. Cheers lads.\n– Marcus": the poster's name
    if (
        who.entity_type == "SOCIAL_HANDLE"
        and posters.HANDLE_SIGNATURE.match(text[: who.start][::-1])
        and not text[who.end :].strip(" \t\n.!")
    ):
        return True  # "... starting Keytruda Thursday. – @mainecoastmeg": the poster
    if (
        who.entity_type == "AGE"
        and _BIRTHDAY_WISH.search(text, max(0, who.start - 12), who.start)
        and any(_ADDRESSEE.search(sentence(text, sentence_of(text, f.start))) for f in health)
    ):
        return True  # "HAPPY 90TH BIRTHDAY NANNY! ... the pneumonia but look at you": hers
    if who.entity_type == "PERSON" and health and _introduces_the_poster(text, who):
        return True  # "... Mine goes from a hum to a whistle. Bryn from Aberystwyth btw"
    if (
        who.entity_type == "PERSON"
        and health
        and _GET_WELL_BEFORE.search(text, max(0, who.start - _WISH_WINDOW), who.start)
    ):
        return True  # "Get well soon Tony! ... laid up after an emergency op": his
    if (
        who.entity_type == "PERSON"
        and _NEWS_OF_BEFORE.search(text, max(0, who.start - _WISH_WINDOW), who.start)
        and any(f.start > who.end and not _in_a_notice(text, who.end, f.start) for f in health)
    ):
        return True  # "Des nouvelles de Jeannot\nIl est sorti de réa. L'infarctus ...": his
    quote = _quote_of(text, who) if who.entity_type == "SOCIAL_HANDLE" else None
    if quote is not None:  # "modo_aline a écrit :\n> ...": their words are the quote
        words = text[quote[0] : quote[1]]
        someone = any(not IMPERSONAL_IL.match(words, m.start()) for m in references.finditer(words))
        return someone and any(quote[0] <= f.start < quote[1] for f in health)
    below = _message_below(text, who) if who.entity_type == "SOCIAL_HANDLE" else None
    if (
        below is not None
        and any(below[0] <= f.start < below[1] for f in health)
        and not _passed_on(text[below[0] : below[1]])
    ):
        return True  # "bex_xo — 18/06/2025 18:02\ncycle 4 of R-CHOP done": the author's own
    message = message_of(text, who) if who.entity_type == "PERSON" else None
    if message is not None and _passed_on(text[message[0] : message[1]]):
        # "14:30 - Gareth: tip for anyone whose mam's hearing aids whistle": advice passed on
        health = [f for f in health if not message[0] <= f.start < message[1]]
    # advice another speaker passed on to a public ("[10/02 18:02] Josiane: petite info pour
    # ceux qui sont dialysés ...") is no one's, whoever is named in the chat
    health = [f for f in health if not _in_passed_on_message(text, f)]
    where = sentence_of(text, who.start)
    spoken_to = who.entity_type == "PERSON" and (
        is_addressed(text, who) or bool(posters.THANKED_BEFORE.search(text, 0, who.start))
    )
    # a forum reply's author ("Reply from u/cgm_dad", "Posted by oatcake_queen") writes it:
    # its "you" is whoever asked, not them
    author = who.entity_type == "SOCIAL_HANDLE" and bool(
        _AUTHOR_BEFORE.search(text, max(0, who.start - 20), who.start)
    )
    replied = (who.entity_type == "SOCIAL_HANDLE" and not author) or spoken_to
    answer = (replied or author) and _GENERAL_ANSWER.search(text) is not None
    sympathy = replied and _SYMPATHY.search(text) is not None
    if (
        author
        and not answer
        and posters.in_first_person(text[who.end :])
        and any(f.start > who.end and _told_in_a_diary(text, f) for f in health)
    ):
        return True  # "Posted by broome_girl_88\n\nFound a lump ... I can't afford to stop"
    if (
        author
        and not answer
        and any(
            f.start > who.end
            and _OWN_VOICE.search(sentence(text, sentence_of(text, f.start)))
            # (not a service the author saw given: "Had the practice nurse at our garden doing
            # free blood pressure checks")
            and not given_as_a_service(text, f)
            for f in health
        )
    ):
        return True  # "Posté par sylvie_72 ... un diagnostic de SOPK, notre gynéco nous oriente"
    # a handle the reply opens with is its reader: their own sentence is judged like the
    # next ("@sue the shingles jab is offered when you turn 65": any reader's)
    opening = who.entity_type == "SOCIAL_HANDLE" and bool(
        _OPENING_HANDLES.fullmatch(text[: who.start])
    )
    # a handle opening a later sentence is someone spoken of ("@sam Good question. @lou
    # had the same op"): their own sentence is about them, general answer or not
    spoken_of = (
        who.entity_type == "SOCIAL_HANDLE"
        and not opening
        and not text[sentence_start(text, who.start) : who.start].strip()
    )
    thanked = who.entity_type == "PERSON" and bool(
        posters.GRATITUDE_BEFORE.search(text, 0, who.start)
    )
    for finding in health:
        if (
            author
            and finding.start < who.start
            and _REPLY_SUBJECT.match(text, text.rfind("\n", 0, finding.start) + 1)
        ):
            continue  # "Re: Do I need to eat gluten ...?\n\nPosted by x": the asker's title
        if (
            spoken_to
            and posters.posters_own(text, who, finding)
            and not posters.quoted(text, who, finding)
        ):
            continue  # "hi Jess, could you delete my post about coming off sertraline?"
        if (
            thanked
            and posters.posters_beside(text, who, finding)
            and not posters.quoted(text, who, finding)
        ):
            continue  # "Merci Rachida pour le lien vers les ateliers ... Depuis mon AVC"
        at = sentence_of(text, finding.start)
        words = _message_words(text, at, finding)
        someone = references.search(words) is not None
        if at == where and spoken_of:
            return True
        if (
            answer
            and not references.search(_people_words_of_an_answer(words))
            and not _readers_own(text, at, health)
        ):
            # "@x Bonne question ! Pour les infections urinaires, ...", "@x Great question!
            # In general: headaches that wake a child at night": anyone's
            continue
        if at == where and not opening:
            if _public_between(text, who, finding, references):
                continue  # "Ann drove patients from Oakey to dialysis": the patients'
            if _advice_to_readers(text, who, finding):
                continue  # "Our dietitian Maggie says ... if you're living with diabetes"
            return True
        if _only_anyone(words):
            continue  # "Bev runs the group. Anyone after a stroke, come along": nobody's own
        if (
            at < where
            and not someone
            and _READERS_QUESTION.match(words)
            and not _ADDRESSEE.search(words)
        ):
            continue  # "Living with type 2 diabetes? Join Dr Anika Patel ...": any reader's
        # "Sorry to hear. You'll need to rest after the hysterectomy": the reader's own
        anyones = _generic_you(words) and not someone and not sympathy
        # "@x G'day Gaz! Walk-in flu jabs are running at our clinic", "n'importe quelle
        # pharmacie peut t'en donner": a service offered to the reader, not their health
        offered = (
            replied and _offers_service(words, references) and not _readers_own(text, at, health)
        )
        if (
            abs(at - where) <= 1
            and "\n" not in text[min(who.start, finding.start) : max(who.end, finding.end)]
            # "@x Good question! No, you don't need a referral for a glaucoma check": a reader
            # "Jo and Pete handed over £12,400. ... for young people during their IV
            # antibiotic admissions": a public's, not the person's in the sentence before
            and not (_to_everyone(words, references) and (replied or _public_before(text, finding)))
            # "Noreen shared her scone recipe. Check with your dietitian if you're newly
            # diagnosed with coeliac disease": any reader's, whoever the person before
            and not anyones
            and not offered
        ):
            return True
        if someone or (
            ((who.entity_type == "SOCIAL_HANDLE" and not author) or is_addressed(text, who))
            and _ADDRESSEE.search(words)
            and not anyones
            and not offered
        ):
            return True
    return False


def _advice_to_readers(text: str, who: Finding, finding: Finding) -> bool:
    """Whether a health detail after a name is the readers' condition in advice the named
    person passes on ("Maggie says ... if you're living with diabetes"), not theirs ("her
    chemo", "like her")."""
    return (
        who.end <= finding.start
        and _ADVISES.search(text, who.end, finding.start) is not None
        and _IF_YOU_BEFORE.search(text, max(0, finding.start - 60), finding.start) is not None
        and not _THIRD_POSSESSIVE.match(finding.text)
        and not _LIKE_THEM_AFTER.match(text, finding.end)
    )


def _message_words(text: str, at: int, finding: Finding) -> str:
    """The words of a health detail's sentence, without the head of the dated chat line it
    stands on ("10/6/25, 8:02 AM - Sister Faye: Reminder y'all, free flu shots"): the
    speaker's title is no word for someone of the message."""
    words = sentence(text, at)
    message = message_at(text, finding.start)
    if message is None:
        return words
    start = sentence_start(text, finding.start)
    return words[max(0, message[0] - start) :]


# A short question put to the readers, six words at most, before a named person's sentence
# ("Living with type 2 diabetes? Join Dr Anika Patel ..."): whoever reads it, unless it has a
# word for someone ("Is my dad's stent normal?") or speaks to one ("ta décompensation ça va
# mieux ?"). After the name it asks about them ("Meet Tracy Hale. Diagnosed with breast
# cancer at 39? She ...").
_READERS_QUESTION = short_question(6)


def _people_words_of_an_answer(words: str) -> str:
    """A sentence of a general answer without the words that speak of no one in particular:
    an indefinite person unless likened to the reader ("a woman who's had a c-section like
    you" is the reader's; "you don't need the ER for ... a child who is drinking" is any
    child), impersonal "il", "il"/"elle" of the thing answered about, and the answerer's
    disclaimer ("je suis pas médecin")."""
    if not _LIKE_YOU.search(words):
        words = _INDEFINITE_PERSON.sub(" ", words)
    words = _DISCLAIMER.sub(" ", words)
    return THING_PRONOUN.sub(" ", IMPERSONAL_IL.sub(" ", words))


def _introduces_the_poster(text: str, name: Finding) -> bool:
    """A name opening its sentence and said to be the poster's ("Bryn from Aberystwyth by the
    way, I'm the one who ...", "Shona here,", "Moi c'est Inès"): the poster's health is
    theirs."""
    opening = _OPENS_BEFORE.search(text, max(0, name.start - 40), name.start) is not None
    return bool(
        (opening and _SELF_INTRO_AFTER.match(text, name.end))
        or _SELF_INTRO_BEFORE.search(text, max(0, name.start - 20), name.start)
    )


def _message_below(text: str, handle: Finding) -> tuple[int, int] | None:
    """The message under a chat server's header line ("bex_xo — 18/06/2025 18:02",
    "**Modo_Alex** — hier à 22:47"): its lines up to the next header; None when the handle
    heads no message."""
    line_start = text.rfind("\n", 0, handle.start) + 1
    line_end = text.find("\n", handle.end)
    header = _HEADER_LINE.match(text, line_start)
    if line_end == -1 or header is None or not line_start <= handle.start < header.end():
        return None
    following = _HEADER_LINE.search(text, line_end + 1)
    return line_end + 1, following.start() if following else len(text)


def _public_between(text: str, who: Finding, finding: Finding, references: re.Pattern[str]) -> bool:
    """A public named between a name and a health detail after it, with no word for a person
    ("Ann Pettigrew ... drove 11,000 km taking patients from Oakey to dialysis"): the
    public's health; not "Jo and other patients" (Jo is one of them)."""
    if finding.start < who.end:
        return False
    between = text[who.end : finding.start]
    public = _SERVED.search(between)
    return (
        public is not None
        and not _FELLOW_BEFORE.search(between, 0, public.start())
        and not references.search(between)
    )


def _public_before(text: str, finding: Finding) -> bool:
    """A public named just before a health detail, in its sentence ("for young people during
    their IV antibiotic admissions", "nos familles touchées par la drépanocytose")."""
    start = max(sentence_start(text, finding.start), finding.start - 50)
    return _PUBLIC_AUDIENCE.search(text, start, finding.start) is not None


def _offers_service(words: str, references: re.Pattern[str] = PERSON_REFERENCE) -> bool:
    """A sentence offering a service to whoever wants it ("Walk-in flu vaccinations are
    running at our clinic", "sans rendez-vous", "Any of our pharmacists can check a medicine
    list for you"), with no word for a person (the reader's own is checked apart)."""
    return bool(_SERVICE_OFFER.search(words)) and not references.search(words)


def _readers_own(text: str, index: int, health: Sequence[Finding]) -> bool:
    """Whether a sentence of a reply speaks of the reader's own health: "your" or "ta" before
    a health detail ("your glaucoma drops", "ta sciatique") or a relative ("votre fille"), or
    "you've been diagnosed", "tu as", "vous avez été opéré"."""
    words = sentence(text, index)
    if _YOUR_KIN.search(words) or any(
        not _IF_BEFORE.search(words, max(0, m.start() - 8), m.start())
        for m in _YOU_PERSONAL.finditer(words)
    ):
        return True
    start = sentence_ends(text)[index - 1] if index else 0
    return any(
        _YOUR_BEFORE.search(text, start, f.start)
        for f in health
        if sentence_of(text, f.start) == index
    )


def _generic_you(words: str) -> bool:
    """Whether every "you" of a sentence is any reader's: what one may or need not do ("you
    don't need a GP referral for a glaucoma check", "if you're over 40", "parlez-en à votre
    médecin"), not the reader's own health ("you're not alone with the Crohn's")."""
    if words.rstrip().endswith("?"):
        return False  # "how long before you could eat after the op?": the reader's own
    rest = _GENERIC_YOU.sub(" ", words)
    return bool(_ADDRESSEE.search(words)) and not _ADDRESSEE.search(rest)


# Advice said to be for a public ("tip for anyone", "petite info pour ceux qui", "rappel pour
# tout le monde"): a "for" before the audience, so "on croise tout pour Coralie" is no advice.
_FOR_PUBLIC = re.compile(
    r"\b(?:for|pour)\s+(?:anyone|anybody|everyone|everybody|all\s+of\s+you|those|ceux|celles|"
    r"tous|toutes|tout\s+le\s+monde|"
    # a kind of people ("Info pour les nouveau-nés", "tip for new mums", "pour les parents")
    r"(?:les\s+|the\s+|all\s+|new\s+|nos\s+|our\s+)+(?:nouveau-n[ée]s|newborns|b[ée]b[ée]s|"
    r"babies|parents|mamans|mums|moms|familles|families|aidants|carers))\b",
    re.IGNORECASE,
)


# A paragraph opening as a notice to all ("Reminder:", "Rappel :", "Our drop-in runs ...").
_NOTICE_OPENING = re.compile(
    r"\W*(?:reminder|(?:petit\s+)?rappel|psa|p\.?s\.?\b|info|annonce|also|don['’]t\s+forget|"
    r"n['’]oubliez\s+pas|our|notre|nos|join|book|rejoignez)\b",
    re.IGNORECASE,
)
# News for those who asked ("pour ceux qui demandaient", "for those asking") is news of
# someone, not advice.
_ASKED = re.compile(r"\b(?:demand\w*|ask(?:ed|ing)|wondering)\b", re.IGNORECASE)
# A capitalised word inside a sentence (not opening it): a name maybe ("Michel du club",
# "Tony's scan"), unless an everyday word.
_INNER_CAPITAL = re.compile(r"(?<![.!?\n])(?<![.!?]\s)(?<!^)\b[A-ZÀ-Ý][a-zà-ÿ'’-]+")
# A possessive's ending ("Tony's"): the word is "Tony".
_POSSESSIVE_END = re.compile(r"['’]s$")


def _in_a_notice(text: str, start: int, position: int) -> bool:
    """Whether a paragraph begun between `start` and `position` opens as a notice."""
    paragraph = text.rfind("\n\n", start, position)
    return paragraph != -1 and _NOTICE_OPENING.match(text, paragraph + 2) is not None


def _in_passed_on_message(text: str, finding: Finding) -> bool:
    """Whether a health detail stands in a dated chat message that passes on advice said to be
    for a public."""
    message = message_at(text, finding.start)
    return message is not None and _advice_for_a_public(text[message[0] : message[1]])


@lru_cache(maxsize=256)
def _advice_for_a_public(message: str) -> bool:
    """Whether a chat message passes on advice said to be for a public, naming no one (a
    capitalised word that is no everyday word may be a name). Cached: `linked` asks it for
    every name and health detail of a chat."""
    return (
        _FOR_PUBLIC.search(message) is not None
        and _ASKED.search(message) is None
        and not any(
            _POSSESSIVE_END.sub("", m.group(0).lower()) not in everyday_words()
            for m in _INNER_CAPITAL.finditer(message)
        )
        and _passed_on(message)
    )


def _passed_on(message: str) -> bool:
    """Whether a chat message passes on news or advice for a public ("tip for anyone whose
    mam or dad's hearing aids whistle", "pour les bébés qui naissent en septembre") and has
    no word for a person: its health is not the speaker's ("Results back girls. It's stage 2"
    is)."""
    someone = any(
        not _ANYONES.search(message, 0, m.start()) and not IMPERSONAL_IL.match(message, m.start())
        for m in PERSON_REFERENCE.finditer(message)
    )  # ("il faut réserver" is no one)
    return not someone and any(
        (
            not VOCATIVE_END.match(message[m.end() :])
            or _DETERMINER_BEFORE.search(message, max(0, m.start() - 8), m.start()) is not None
        )
        and not _ASKING_THE_GROUP.match(message, m.start())
        for m in _PUBLIC_AUDIENCE.finditer(message)
    )  # "Results back girls." speaks to the group; "dans la classe." of it


# A condition put to any reader right before a health detail, in its clause ("if you're
# living with", "si vous avez", "when you have"): the reader's, not the named person's.
# (no one else's word between: "if you have a cough after her chemo" is hers)
_IF_YOU_BEFORE = re.compile(
    r"\b(?:if|when|si|quand|lorsque)\s+(?:you|vous|tu)\b"
    r"(?:(?!\b(?:his|her|their|he|she|him|son|sa|ses|il|elle|leur)\b)[^,.;:!?—–\n]){0,40}\Z",
    re.IGNORECASE,
)
# A birthday wished right before an age ("HAPPY 90TH BIRTHDAY NANNY", "Joyeux 80e
# anniversaire"): the post speaks to the one whose birthday it is, so its "you" is them.
_BIRTHDAY_WISH = re.compile(r"\b(?:happy|joyeux|bon)\s+\Z", re.IGNORECASE)
# A verb that passes on advice after a name ("Maggie says", "recommande"), and a health
# detail that is someone's by its own first word ("her chemo").
_ADVISES = re.compile(
    r"\b(?:says|said|recommends|advises|explains|reminds|suggests|adds|dit|conseille|rappelle|"
    r"explique|recommande|pr[ée]cise)\b",
    re.IGNORECASE,
)
_THIRD_POSSESSIVE = re.compile(r"(?:his|her|their|son|sa|ses|leur)\b", re.IGNORECASE)
# ... and the named person's own condition, shared with the reader ("if you're living with
# diabetes like her", "comme elle").
_LIKE_THEM_AFTER = re.compile(
    r"\s*,?\s*(?:like|comme|as)\s+(?:her|him|them|elle|lui|eux|she|he)\b", re.IGNORECASE
)
# "anyone" opening a short question to the group, then the speaker's own news without its "I"
# ("anyone on the Scillonian tmrw? going over for round 3 of chemo"): the speaker asks for
# company, passing nothing on. Up to 60 characters to the question mark, within the line.
_ASKING_THE_GROUP = re.compile(
    r"(?i:anyone|anybody)\b[^.!?\n]{0,60}\?\s+"
    r"(?i:going|heading|off\s+to|having|got|just\s+had|been|back|starting|waiting)\b"
)


# A chat server's header line: a username (in bold or not), a dash or a dot, then a day or
# a time ("bex_xo — 18/06/2025 18:02", "**carer_claire** — Today at 09:14").
_HEADER_LINE = re.compile(
    r"^[^\w\n]{0,6}[\w.]{2,30}\**\s+[—–·•]\s+(?:today|yesterday|aujourd['’]hui|hier|"
    r"\d{1,2}[/:.h])",
    re.IGNORECASE | re.MULTILINE,
)
# The people a service serves ("taking patients to dialysis", "les résidents"), not a
# person's own ("her twin girls", "our nursing students" hear a talk).
_SERVED = re.compile(
    # (not a job's title: "préposée aux résidents")
    r"(?<!\bher\s)(?<!\bhis\s)(?<!\bsa\s)(?<!\bses\s)(?<!\baux\s)"
    r"\b(?:patients|people|residents|families|clients|members|personnes|r[ée]sidents|familles|"
    r"usagers|malades)\b",
    re.IGNORECASE,
)
# "other" or "fellow" before a public: the person named is one of them.
_FELLOW_BEFORE = re.compile(r"\b(?:other|fellow|autres?|les\s+autres)\s+\Z", re.IGNORECASE)
# A determiner or a preposition before a public's word: spoken of, not to ("dans la classe.",
# "for all the kids.").
_DETERMINER_BEFORE = re.compile(
    r"\b(?:la|le|les|l['’]|the|dans|in|to|pour|for|aux|des)\s+\Z", re.IGNORECASE
)


def _quote_of(text: str, handle: Finding) -> tuple[int, int] | None:
    """The quotation a handle introduces ("bernard.v a répondu :\n> ...", "Citation de
    mamie_gateau : « ... »"): its "> " lines, or its text in quotation marks; None when the
    handle introduces no quote. A health detail there with a word for a person ("my scalp
    psoriasis") is the quoted author's; a reminder they quote ("le vaccin contre le zona à partir
    de 65 ans") is no one's, and what the poster writes after the quote is the poster's."""
    match = _QUOTE_AFTER.match(text, handle.end)
    if match is None:
        return None
    start = match.end()
    if match.group("mark") != ">":
        closing = _CLOSING.search(text, start)
        return start, closing.start() if closing else len(text)
    end = text.find("\n", start)
    while end != -1 and text[end + 1 :].lstrip(" \t").startswith(">"):
        end = text.find("\n", end + 1)  # the quote goes on while its lines open with ">"
    return start, len(text) if end == -1 else end


def _to_everyone(words: str, references: re.Pattern[str] = PERSON_REFERENCE) -> bool:
    """A sentence of general advice: it speaks of a public ("children with cerebral palsy",
    "les enfants de moins de 5 ans", "anyone 65+") and of no one in particular, as a reply to
    a commenter's question does after "Great question!" (or after "Hi Kelvin!": the name
    spoken to is the commenter)."""
    return bool(_PUBLIC_AUDIENCE.search(words)) and not (
        references.search(words) or _ADDRESSEE.search(words)
    )
