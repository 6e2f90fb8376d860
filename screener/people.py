"""Who a post is about: a person, the person spoken to, a small group, a unique role.

The verdict rules (docs/verdict-rules.md) cross health details with identifiers only when they
can be about someone: these are the cues the policy reads for that (whether a name and a health
detail are about the same person is in screener/linking.py, staff and public figures in
screener/staff.py, names that are not people in screener/not_people.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from screener import newsletter
from screener.fiction import PLOT_VERB
from screener.gazetteers import first_name_level, is_reported_place
from screener.group_health import in_a_quoted_title
from screener.name_context import ISLAND_GREETINGS, THANKS_WORDS
from screener.quotes import open_quote_before
from screener.sentences import sentence, sentence_of
from screener.types import Finding

# Words that point at one person ("a woman", "our patient", "his", "elle", "I"):
# quasi-identifiers about an event (a screening day at a library on a date) identify no one
# until the post is about someone; a poster's own admission date and town identify the poster.
REFERENCE_EN = (
    r"i|me|my|he|she|him|his|her|hers|himself|herself|man|woman|boy|girl|baby|newborn|"
    # (not a patient group, patient safety, patient information: a kind of thing)
    r"patient(?!\s+(?:groups?|associations?|forums?|panels?|voices?|information|leaflets?|"
    r"safety|experience|transport|parking|services?|care|records?\s+system|"
    # a service for any patient ("the patient referral office", "patient travel", "patient
    # portal", "patient liaison")
    r"referrals?|travel|portal|liaison|navigat\w+|advice))|"
    r"child|toddler|teenager|mum|mom|mam|dad|mother|father|son|daughter|wife|husband|partner|"
    r"brother|sister|grandmother|grandfather|gran|granny|grandad|grandpa|grandma|nan|nana|"
    r"resident|pensioner|gentleman|lady|mr|mrs|ms|"
    # the title before a name ("Miss Ellis"), not the verb ("can't miss the red balloons")
    r"miss(?=\.?\s+(?-i:[A-Z]))|"
    # Spanish words for a lady, a gentleman or a grandparent, in English posts from Puerto Rico
    # and the US ("the señora on Calle Luna", "mi abuela")
    r"se[ñn]ora|se[ñn]or|do[ñn]a|abuela|abuelo|abuelita|abuelito|"
    # one neighbour, someone's ("my neighbour", "the neighbour"), not anyone's ("check on an
    # elderly neighbour", "your neighbours")
    r"(?:my|our|his|her|their|the)\s+(?:[\w-]+\s+)?neighbou?r(?!s)|"
    # two people ("a young couple from Laroo"), not a few ("a couple of weeks")
    r"couple(?!\s+of\b)|"
    # Filipino kin ("my tito", "Lola")
    r"tito|tita|lolo|lola|"
    # a sick child as a parent calls them ("our little warrior")
    r"little\s+(?:warrior|fighter|trooper|star|angel)"
)

REFERENCE_FR = (
    # a story told as one's own ("Petit retour d'expérience : urétéroscopie le 12 mai")
    r"retour\s+d['’]exp[ée]rience|"
    # not "son" / "sa": French possessives agree with the thing owned ("le CeGIDD, pour son
    # appui"), so they say nothing of a person; not "homme" / "femme" inside a compound ("la
    # sage-femme" is a role, "un homme-orchestre" a figure)
    # ("m'a rendu" is the speaker's; "Ben M'hidi" a name)
    r"je|j|(?-i:m)(?=['’])|me|moi|mon|ma|mes|il|elle|lui|patiente?|(?<!-)homme|(?<!-)femme|"
    r"gar[çc]on|fille|"
    r"b[ée]b[ée]|enfant|nourrisson|maman|papa|m[èe]re|p[èe]re|fils|[ée]pouse|[ée]poux|mari|fr[èe]re|"
    r"s[œo]eur|grand-m[èe]re|grand-p[èe]re|mamie|papi|papy|r[ée]sidente?|monsieur|madame|mme|"
    # a neighbour after a determiner ("notre voisin", "ma voisine"), not "l'école voisine" nor
    # anyone's ("prenez des nouvelles d'un voisin âgé")
    r"(?:ma|mon|sa|son|notre|leur|la|le)\s+voisine?|"
    # a lady of the house ("la dame de la chambre 214", "une vieille dame"), not Notre-Dame
    r"(?:la|une|cette|vieille|petite|vieilles|ces|les)\s+dames?|"
    # a sick child as a parent calls them ("notre petit guerrier", "ma petite battante"), a
    # baby who died ("notre petite étoile", "notre petit ange")
    r"petite?\s+(?:guerri(?:er|[eè]re)|battante?|combattante?|[ée]toile|ange)|"
    # a singular participle of care agrees with one person, the poster when no one else
    # ("Opérée du canal carpien le 3/11 à Poitiers")
    # (the é is needed: "greffe", "diagnostique" and "on hospitalise" are no participles)
    # (not after "été" / "êtes": "Vous avez été opéré récemment ?" is any reader)
    # (not the plural of inclusive writing: "les greffé·es" are a group, "notre cadre,
    # hospitalisé·e depuis mardi" is one person)
    r"(?<!été\s)(?<!êtes\s)(?:op[ée]r(?:é|ée|ee)|hospitalis(?:é|ée|ee)|diagnostiqu(?:é|ée|ee)|"
    r"greff(?:é|ée|ee)|accouch(?:ée|ee)|"
    # ... and of death ("une commerçante du marché, décédée le 21 octobre au CHU", "morte le
    # 3 mars"), before its date
    r"d[ée]c[ée]d(?:é|ée|ee)|morte?(?=\s+le\s+\d))(?!·e?s)"
)

PERSON_REFERENCE = re.compile(rf"\b(?:{REFERENCE_EN}|{REFERENCE_FR})\b", re.IGNORECASE)

# The same words one language at a time: in an English post "Mon" is Monday, not "my".
REFERENCE_IN = {
    "en": re.compile(rf"\b(?:{REFERENCE_EN})\b", re.IGNORECASE),
    "fr": re.compile(rf"\b(?:{REFERENCE_FR})\b", re.IGNORECASE),
}

# A sentence opening with an instruction to the reader: a French imperative ("Apportez",
# "Pensez à"; not "chez", "assez"), or "bring", "remember", "don't forget".
_INSTRUCTION = re.compile(
    r"^\W*(?:(?:please\s+)?(?:bring|remember|don['’]t\s+forget)\b|"
    r"(?!(?:chez|assez|nez|rez)\b)[a-zéèêô]{3,}ez\b|"
    # ... or to a public called by its name ("Parents, send the consent form with your child!",
    # "Familles : pensez au carnet")
    r"(?:parents|carers|caregivers|families|grandparents|mums|moms|dads|mamans|papas|familles|"
    r"aidants)\s*[,:!])",
    re.IGNORECASE,
)
# A sentence about whoever it may be ("Everyone touched by the death of a baby is welcome",
# "Toute personne ayant perdu un enfant"): its nouns for people are anyone.
_ANYONE_OPENING = re.compile(
    # (who it is for may come first: "For anyone who has lost a spouse, child or friend",
    # "Ouvert à tous les aidants de personnes vivant avec ...")
    r"^\W*(?:(?:for|to|pour|à|open\s+to|ouvert(?:e|s|es)?\s+à)\s+)?"
    r"(?:everyone|everybody|anyone|anybody|all\s+those|tous\s+ceux|toutes\s+celles|"
    r"toute\s+personne|quiconque|tous\s+les|toutes\s+les)\b",
    re.IGNORECASE,
)
# A FAQ's question at the start of a sentence or a line (read with .match there), asked in
# any reader's words, "I" included ("Q: How soon can I drive after cataract surgery?", "Q.
# Puis-je conduire ?"); staff.py reads it too.
FAQ_QUESTION = re.compile(r"\W*(?:Q|Question)\s*\d*\s*[:.)–-]")


def short_question(most_words: int) -> re.Pattern[str]:
    """A sentence that is a question of `most_words` words at most ("New partner?")."""
    return re.compile(rf"^\W*(?:[\w'’-]+\s+){{0,{most_words - 1}}}[\w'’-]+\s*\?\W*$")


# A question of a few words to the reader ("New partner?", "Pregnant woman?").
_SHORT_QUESTION = short_question(4)

# Quantifiers that make a person word anyone ("one visitor per patient", "chaque patient").
_ANY_ONE = re.compile(r"\b(?:per|each|every|any|chaque|par|tout)\s+$", re.IGNORECASE)
# A native of a place ("enfant de Cluny", "enfant du pays"): where a named person comes from,
# no child (a known place, or a capitalised word that is no first name: "l'enfant de Marie"
# is hers).
_NATIVE_OF = re.compile(r"\s+(?:du\s+pays\b|de\s+|d['’])(?P<town>[A-ZÀ-Ý][\w'’-]*)?")
# A person in advice on what to do ("how to support a partner", "what to say to a friend",
# "comment soutenir un proche"): anyone's, a kind of person, not someone.
_HOW_TO_BEFORE = re.compile(
    r"\b(?:how|what)\s+to\s+(?:\w+\s+){1,2}(?:an?|your)\s+$|"
    r"\bcomment\s+(?:\w+\s+){1,2}(?:une?|votre)\s+$",
    re.IGNORECASE,
)
# A person word in a ratio ("un bébé sur treize naît prématuré", "one woman in 8"): a
# statistic. Up to three digits, as "a baby in 2019" is a year.
_RATIO_AFTER = re.compile(
    # ... or a category by age ("les proches d'un bébé de moins de 6 mois", "a child under 5")
    r"\s+(?:de\s+(?:moins|plus)\s+de|under|over)\s+\d|"
    r"\s+(?:sur|in|out\s+of)\s+(?:\d{1,3}\b|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
    r"onze|douze|treize|quatorze|quinze|seize|vingt|cent|mille|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen|twenty|hundred|thousand)\b)",
    re.IGNORECASE,
)

# The medical generic: a kind of person after "chez l'" ("le diagnostic du TSA chez l'enfant",
# "l'asthme chez la femme enceinte"), or "de l'" / "de la" ("les méningites de l'enfant", "la
# Journée de la femme"); "chez la patiente" may be one patient.
# (and the wish for a child: "un projet de bébé", "un désir d'enfant")
_GENERIC_KIND_BEFORE = re.compile(
    r"\b(?:chez|de)\s+(?:l['’]|le\s+|la\s+)$|\b(?:projet|d[ée]sir)\s+(?:de\s+|d['’])$",
    re.IGNORECASE,
)

# A capitalised word for a person inside the name of a campaign, a group or a service ("Baby
# Loss Awareness Week", "Mum and Baby Group", "Men's Shed"): up to three capitalised words,
# then the kind of thing named.
_NAME_OF_A_THING = re.compile(
    r"(?:['’]s)?(?:\s+(?:and|&|et)?\s*[A-ZÀ-Ý][\w'’-]*){0,3}\s+(?:Awareness|Week|Day|Month|"
    r"Group|Club|Caf[ée]|Bank|Unit|Clinic|Fund|Appeal|Walk|Run|Service|Centre|Center|Ward|"
    r"Team|Network|Hub|Project|Programme|Shed|Semaine|Journ[ée]e|Mois|Groupe|Maison|"
    # an insurance plan or a scheme ("Child Health Plus", "the Patient Referral office")
    r"Plus|Plan|Scheme|Referral|Office|Portal|Benefit|Tax|Allowance)\b"
)

_KINDS = frozenset({"enfant", "nourrisson", "femme", "homme", "bébé", "bebe"})
# Nouns for a kind of person that name a condition inside a health term ("baby loss", "baby
# blues", "mort subite du nourrisson"); a participle there ("Opérée du canal carpien") still
# tells of someone.
_KIND_NOUNS = _KINDS | {"baby", "child", "woman", "man", "patient", "newborn"}

# French impersonal "il" ("il y a", "il faut", "il vaut mieux", "il s'agit", "il sera utilisé
# dès janvier"): nobody; nor a disease's course in a condition ("le paludisme se soigne s'il est
# pris tôt", "qu'il soit dépisté à temps"; "il a été pris à temps" is a person saved).
IMPERSONAL_IL = re.compile(
    r"(?i:il)\s+(?:y\s|n['’]y\s|ne\s+faut|faut|fallait|faudra|vaut\s+mieux|vaudrait\s+mieux|s['’]agit|suffit|"
    r"existe|reste|semble|para[iî]t|"
    r"manque|pleut|neige|(?:est|sera|était)\s+(?:possible|important|n[ée]cessaire|"
    r"recommand[ée]|conseill[ée]|interdit|temps|pr[ée]vu|utilis[ée]|ouvert|ferm[ée]|"
    r"disponible|gratuit|accessible|obligatoire)|fait\s+(?:beau|froid|chaud|nuit|jour))"
    r"|(?:(?<=\b[sS]['’])|(?<=\b[qQ]u['’]))(?i:il)\s+(?:est|soit)\s+(?:pris|trait[ée]|"
    r"d[ée]tect[ée]|d[ée]pist[ée]|rep[ée]r[ée]|diagnostiqu[ée])\s+(?:(?:assez|tr[èe]s|le\s+plus)"
    r"\s+)?(?:t[ôo]t|à\s+temps|rapidement|pr[ée]cocement)"
)

# "il" / "elle" standing for a thing, told by a verb no person takes: a test or a vaccine
# that "permet de dépister", "peut être fait par votre médecin", "est pris en charge à 100 %",
# "est remboursé", "concerne les femmes de 50 à 74 ans", "dure dix minutes".
THING_PRONOUN = re.compile(
    r"\b(?:il|elle)\s+(?:(?:peut|doit|pourra|devra)\s+(?:se\s+faire|[êe]tre\s+(?:faite?|"
    r"r[ée]alis[ée]e?|prise?|donn[ée]e?|administr[ée]e?|renouvel[ée]e?|associ[ée]e?))|"
    r"se\s+(?:fait|prend|pratique)|permet(?:tra|trait)?|concerne|dure|co[ûu]te|"
    r"(?:est|sera|reste)\s+(?:recommand[ée]e?|rembours[ée]e?|conseill[ée]e?|gratuite?|faite?|"
    r"r[ée]alis[ée]e?|indolore|utile|efficace|rapide|simple|pris(?:e)?\s+en\s+charge\s+à\s+100))\b",
    re.IGNORECASE,
)

# A name spoken to: a greeting or thanks opening its sentence ("Hi Rhiannon, we're sorry you
# ...", "Thank you for the lovely review, Glenys!", "Bonjour Mme Roy,"), the name then ending a
# clause. "you" in the post is then that person.
_GREETING_BEFORE = re.compile(
    # (a reply may open with the handle it answers: "@kelvin.tan Hi Kelvin!"; a line may open
    # with emoji: "🎂 Joyeux anniversaire Théo !")
    r"(?:^|[.!?\n])[^\w\n]*?(?:@[\w.]+\s+)?(?:hi|hiya|hello|hey|dear|thanks|thank\s+you|g['’]day|"
    r"howdy|kia\s+ora|(?:good\s+)?(?:morning|afternoon|evening)|"
    r"congratulations|congrats|happy\s+birthday|joyeux\s+anniversaire|bon\s+anniversaire|"
    r"well\s+done|welcome|good\s+luck|bonjour|bonsoir|salut|coucou|cher|ch[èe]re|merci|bravo|"
    r"f[ée]licitations|bienvenue|"
    # Palau's, Kiribati's and Malta's ("Alii Bilung, hope your dialysis went ok")
    + "|".join(ISLAND_GREETINGS)
    + r")(?:\s+lura)?\b[^.!?\n]{0,60}?[\s,]$",
    re.IGNORECASE,
)

VOCATIVE_END = re.compile(r"^\s*(?:[,!.:;–—]|-\s|$)")

# A name thanked for something as the post opens ("Merci Ginette pour la recette", "Thanks Jo
# for the lift"): spoken to as well.
_THANKS_OPENING = re.compile(
    r"(?:^|[.!?\n]\s*)(?:thanks|thank\s+you|cheers|merci|un\s+grand\s+merci|asante\s+sana|"
    # thanks in the languages posts mix in ("Asante Wanjiru for the tip")
    + "|".join(re.escape(word) for word in THANKS_WORDS)
    + r")\s+"
    # a title or a kinship word of respect before the name ("Thank you Auntie Faith for")
    r"(?:(?:auntie|aunty|aunt|uncle|sis|bro|mama|maman|tata|tatie|tante|tonton|mrs|mr|ms|"
    r"miss|mme|dr|nurse|sister)\.?\s+)?$",
    re.IGNORECASE,
)

_FOR_AFTER = re.compile(r"^\s+(?:pour|for)\b", re.IGNORECASE)

# A name cheered at the end of an exclamation ("... pour Kader !", "... to our Jo!"): the
# "tu" / "you" that follows speaks to them.
_CHEERED_BEFORE = re.compile(r"\b(?:pour|for|to|à)\s+(?:our\s+|notre\s+)?$", re.IGNORECASE)

_CHEER_END = re.compile(r"^\s*!")

# A staff member introducing themselves ("Hi, I'm Dr Aisha Rahman"): "I" and "my" are theirs.
_SPEAKER = re.compile(
    r"\b(?:i['’]m|i\s+am|my\s+name\s+is|je\s+suis|je\s+m['’]appelle)\s+"
    r"(?:(?:dr|prof|pr|nurse|sister|docteur)\.?\s+)?$",
    re.IGNORECASE,
)

FIRST_PERSON = frozenset({"i", "me", "my", "je", "j", "moi", "mon", "ma", "mes"})

# "your child", "votre enfant": the reader's, anyone's, in a post addressed to no one in
# particular (a campaign); in a reply to a handle they are the addressee's.
_GENERIC_YOUR = re.compile(r"\b(?:your|votre|vos|ton|ta|tes)\s+$", re.IGNORECASE)

# Third-person pronouns: in a post that names only staff, they are about the staff member.
_PRONOUNS = frozenset(
    {"he", "she", "him", "his", "her", "hers", "himself", "herself"} | {"il", "elle", "lui"}
)

# Words that stay a reference in a sentence spoken to any reader ("Bring your child ...").
_PERSONAL_WORDS = _PRONOUNS | FIRST_PERSON


def refers_to_person(
    text: str,
    staff_names: frozenset[Finding],
    others: bool,
    addressed: bool = False,
    language: str | None = None,
    terms: Sequence[Finding] = (),
    named: Sequence[Finding] = (),
) -> bool:
    """Whether the post has a word for a person ("a woman", "my", "elle") in its language
    (both when unknown), outside the staff's own names ("Mme Arnaud") and, for nouns of a
    kind of person, outside health terms (`terms`: "baby loss" names a condition, not a
    baby). Third-person pronouns in a post that names only staff (`others` False) are about the
    staff member."""
    matches = [
        m
        for m in REFERENCE_IN.get(language or "", PERSON_REFERENCE).finditer(text)
        if _stands_for_someone(text, m, staff_names, addressed)
        and not (
            m.group(0).lower() in _KIND_NOUNS
            and any(t.start <= m.start() and m.end() <= t.end for t in terms)
        )
    ]
    parts = newsletter.items(text)
    if parts and terms:
        # a newsletter's items are separate news: a pronoun for someone its own item names
        # (`named`) counts only in an item that tells of health ("Merci à Jeannine ... Elle
        # passe le relais" thanks a volunteer, not a patient of the next item); in an update
        # on one person ("He's been on Ward 7 ... 🧠 the stroke was a small one") it counts
        told = {newsletter.item_of(parts, t.start) for t in terms}
        with_names = {newsletter.item_of(parts, n.start) for n in named}
        matches = [
            m
            for m in matches
            if m.group(0).lower() not in _PRONOUNS
            or newsletter.item_of(parts, m.start()) in told
            or newsletter.item_of(parts, m.start()) not in with_names
        ]
    if staff_names and not others:
        # (the first person inside quotation marks is a named staff member or public figure
        # speaking: « J'ai été soignée parce qu'on l'a trouvé tôt », or an event's title)
        matches = [
            m
            for m in matches
            if m.group(0).lower() not in FIRST_PERSON or open_quote_before(text, m.start()) < 0
        ]
    words = {m.group(0).lower() for m in matches}
    if staff_names and not others:
        words -= _PRONOUNS
        if any(
            _SPEAKER.search(text[max(0, f.start - 25) : f.start]) or _on_last_line(text, f)
            for f in staff_names
        ):
            words -= FIRST_PERSON  # "I'm Dr ...", or a letter signed "Mme Delattre, infirmière"
    return bool(words)


def _on_last_line(text: str, name: Finding) -> bool:
    """Whether a name stands on the last line of a post of several ("...\nMme Ribot,
    infirmière"): the post's signature."""
    return "\n" in text[: name.start] and "\n" not in text[name.end :].rstrip()


# A time of someone's own life ("since he was a teenager", "quand elle était enfant", "as a
# kid"): the same person at an earlier age, not another one.
_STAGE_OF_LIFE_BEFORE = re.compile(
    r"\b(?:(?:he|she|i|they|you)\s+(?:was|were)|(?:il|elle|j['’])\s*[ée]tai[st]|ever\s+since|"
    r"since|as|depuis\s+qu['’](?:il|elle)\s+est)\s+(?:an?\s+|une?\s+|tout\s+petite?\s+|"
    r"petite?\s+)?\Z",
    re.IGNORECASE,
)
_STAGES_OF_LIFE = frozenset(
    "teenager teen child kid boy girl baby toddler enfant ado adolescent adolescente bébé "
    "bebe".split()
)


def _stands_for_someone(
    text: str, m: re.Match[str], staff_names: frozenset[Finding], addressed: bool
) -> bool:
    """Whether a word for a person points at someone: not anyone ("per patient", "chez
    l'enfant"), not impersonal "il", not part of a staff member's name, not a reader's "your"
    in a post addressed to no one, not a noun in an instruction to any reader."""
    before = text[max(0, m.start() - 8) : m.start()]
    return not (
        _ANY_ONE.search(before)
        or (
            m.group(0).lower() in _STAGES_OF_LIFE
            and _STAGE_OF_LIFE_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None
        )
        or _RATIO_AFTER.match(text, m.end())
        or (m.group(0).lower() == "enfant" and _native_of(text, m.end()))
        or (
            m.group(0).lower() not in _PERSONAL_WORDS
            and _HOW_TO_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None
        )
        or (
            m.group(0).lower() in _KINDS
            and _GENERIC_KIND_BEFORE.search(text, max(0, m.start() - 16), m.start())
        )
        or (m.group(0)[0].isupper() and _NAME_OF_A_THING.match(text, m.end()) is not None)
        or IMPERSONAL_IL.match(text, m.start())
        or THING_PRONOUN.match(text, m.start())
        or any(_part_of(m.start(), m.end(), f, text) for f in staff_names)
        or (not addressed and _GENERIC_YOUR.search(before))
        or _generic_sentence(text, m)
        # inside a talk's or a theme's quoted title ("Thème du mois : « Quand mon proche ne me
        # reconnaît plus »")
        or in_a_quoted_title(text, m.start())
        # a film's or a book's character, told by its plot ("le film « Les Jours blancs », qui
        # suit une jeune mère", "a novel that follows a young widow")
        or _PLOT_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None
    )


# A plot's verb right before a word for a person, a determiner and a word or two between
# ("qui suit une jeune mère", "which follows a retired fisherman"); not "the story of", which
# a patient's own story has too.
_PLOT_BEFORE = re.compile(
    rf"\b{PLOT_VERB}\s+(?:(?:une?|la|le|l['’]|an?|the)\s*)?(?:[\w'’-]+\s+){{0,2}}\Z",
    re.IGNORECASE,
)


def _native_of(text: str, end: int) -> bool:
    """Whether "enfant" at `end` is followed by the place one comes from ("enfant de Cluny")."""
    native = _NATIVE_OF.match(text, end)
    if native is None:
        return False
    town = native.group("town")
    if town is None:
        return native.group(0).strip().startswith("du pays")
    return is_reported_place(town, "fr") or all(
        first_name_level(town, language) is None for language in ("en", "fr")
    )


def _generic_sentence(text: str, match: re.Match[str]) -> bool:
    """A noun for a person in a sentence spoken to any reader: an instruction ("Apportez le
    carnet de santé de l'enfant", "Bring your child's red book"), a short question ("New
    partner? Get tested.") or a sentence about everyone ("Everyone touched by the death of a
    baby is welcome"). Pronouns and possessives still count, except in a FAQ's question ("Q:
    How soon can I drive after cataract surgery?")."""
    words = sentence(text, sentence_of(text, match.start()))
    if FAQ_QUESTION.match(words):
        return True
    if match.group(0).lower() in _PERSONAL_WORDS:
        return False
    return bool(
        _INSTRUCTION.match(words) or _SHORT_QUESTION.match(words) or _ANYONE_OPENING.match(words)
    )


def _part_of(start: int, end: int, name: Finding, text: str) -> bool:
    """A word inside a name, or a title right before it ("Mme" in "Mme Arnaud")."""
    return name.start <= start < name.end or (
        end <= name.start and text[end : name.start].strip(" .") == ""
    )


def is_addressed(text: str, name: Finding) -> bool:
    """A name the post speaks to ("Hi Rhiannon, ...", "... the lovely review, Glenys!")."""
    before = text[max(0, name.start - 70) : name.start]
    if _CHEERED_BEFORE.search(before) and _CHEER_END.match(text[name.end : name.end + 3]):
        return True  # "1 an de sobriété aujourd'hui pour Kader !", "Happy 90th to Jo!"
    if _THANKS_OPENING.search(before) and _FOR_AFTER.match(text[name.end : name.end + 6]):
        return True  # "Merci Ginette pour la recette"
    return bool(
        _GREETING_BEFORE.search(before) and VOCATIVE_END.match(text[name.end : name.end + 3])
    )
