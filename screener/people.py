"""Who a post is about: staff and public figures, a person, a small group, a unique role.

The verdict rules (docs/verdict-rules.md) cross health details with identifiers only when they
can be about someone: these are the cues the policy reads for that.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from screener.gazetteers import everyday_words
from screener.types import Finding

# A clinical title or a role right before a name introduces staff ("Dr Okafor", "specialist
# physio Tom Ashdown", "MS nurse specialist Gemma Lloyd", "Pr Martin"), not a patient.
_ROLE_BEFORE = re.compile(
    r"\b(?:dr|doctor|docteur|prof|professor|professeur|pr|nurse|(?-i:Sister)|matron|midwife|"
    r"consultant|surgeon|chirurgien(?:ne)?|infirmi[eè]re?|sage-femme|specialist|physio|"
    r"physiotherapist|dietitian|dietician|pharmacist|paramedic|therapist|psychologist|"
    r"health\s+visitor|gp|radiographer|sonographer|m[ée]decin|kin[ée](?:sith[ée]rapeute)?|"
    r"di[ée]t[ée]ticien(?:ne)?|psychologue|pharmacien(?:ne)?|cadre\s+de\s+sant[ée]|"
    # officers named by their rank or office speak in that role too ("Chair: Jo Rees")
    r"chair|chairman|chairwoman|cllr|councillor|sgt|sergeant|capt|captain|pc|revd?|"
    r"reverend|pastor|manager|lead|director|coordinator|"
    # UK surgeons are "Mr" / "Miss": a patient is "under", "with" or "seen by" one
    r"(?:under|with|by|to)\s+(?:mr|miss|ms))[.:,]?\s*(?:\((?:retd|ret['’]d|retired)\)\s*)?$",
    re.IGNORECASE,
)
# A public role right before a name introduces a public figure speaking in their own name,
# whose health news is already public ("broadcaster Marcus Delaney", "Health Secretary Yvonne
# Achterberg", "la chanteuse Léna Marceau", "l'ancien ministre ...", "Ex-Wales hooker Rhod
# Lewis", "l'ancien champion de judo Marc ..."): a national or olympic side before any sport
# role makes it public.
_PUBLIC_BEFORE = re.compile(
    r"(?:\b(?:broadcaster|presenter|actor|actress|singer|footballer|cricketer|athlete|olympian|"
    r"paralympian|comedian|author|novelist|writer|poet|musician|rapper|journalist|mp|minister|"
    r"secretary|senator|mayor|chanteuse|chanteur|acteur|actrice|animat(?:eur|rice)|"
    r"footballeur|ministre|d[ée]put[ée]e?|s[ée]nat(?:eur|rice)|journaliste|[ée]crivaine?|"
    r"humoriste|maire)(?:\s+(?:of|for|de|du|d['’])\s*(?:la\s+|l['’]|the\s+)?[\w'’-]+)?|"
    r"\b(?:olympic|paralympic|gb|england|wales|scotland|ireland|international|world|"
    r"olympique|paralympique)\s+(?:[\w-]+\s+)?[\w-]+|"
    r"\bchampion(?:ne)?\s+(?:olympique\s+|du\s+monde\s+)?(?:de|du|d['’])\s*[\w-]+)"
    # a first name the NER left out may sit between ("la ministre, Élise Vandamme")
    r",?\s*(?:[A-ZÀ-Ý][\w'’-]*\s+)?$",
    re.IGNORECASE,
)
# ... or after the name, as an apposition ("Jess Harlow the olympic rower", "Léna Marceau, la
# chanteuse"): a determiner, at most one word, then the role; "olympic" / "paralympic" / "world
# champion" make any sport a public role.
_PUBLIC_AFTER = re.compile(
    r"^\s*[,(]?\s*(?:(?:the|an?|la|le|l['’]|notre)\s+(?:(?:olympic|paralympic|olympique|"
    r"paralympique|gb|england|wales|scotland|ireland|international|world\s+champion|"
    r"champion(?:ne)?\s+du\s+monde)\s+[\w-]+|(?:[\w-]+\s+)?"
    r"(?:broadcaster|presenter|actor|actress|singer|footballer|olympian|paralympian|comedian|"
    r"author|novelist|journalist|mp|minister|senator|chanteuse|chanteur|acteur|actrice|"
    r"animat(?:eur|rice)|footballeur|ministre|d[ée]put[ée]e?|journaliste|humoriste))"
    # someone heard or seen in the media ("X off the evening news", "Y on the radio")
    r"|(?:off|on|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:news|telly|tv|radio|television))\b",
    re.IGNORECASE,
)
# A possessive before a public role makes it the group's own ("notre animatrice Fanny", "our
# presenter"): a member of staff or of the group, not a public figure.
_OWN_ROLE = re.compile(r"\b(?:our|my|notre|nos|mon|ma|leur|their)\s+$", re.IGNORECASE)
# ... or a staff role in apposition after the name ("Helen Marsh, Lead Nurse", "Mme Arnaud,
# cadre de santé", "I'm Priya, and I've been an endoscopy nurse", "Gwen Pugh, our new first
# contact physiotherapist", "... and Aarav are the physiotherapists"): up to three words of
# grade or specialty before the role noun; the "-ologist" / "-logue" / "-therapist" / "-ician"
# families are all clinical or allied-health roles.
_ROLE_AFTER = re.compile(
    r"^\s*(?:(?:[,(–—-]|,?\s*(?:and\s+)?i(?:['’]ve|\s+have)?\s+(?:been|am))\s*"
    r"(?:our\s+|the\s+|an?\s+|my\s+|notre\s+|le\s+|la\s+|l['’]|ma\s+|mon\s+)?|"
    # "... are the physiotherapists", "est notre diététicienne": the team's own, not "a nurse"
    r"(?:is|are|est|sont)\s+(?:one\s+of\s+)?(?:our|the|notre|nos|les|le|la|l['’])\s*|"
    # with no comma, a possessive or determiner must come first ("Karim notre IPA")
    r"(?:our|the|my|notre|le|la|l['’]|ma|mon)\s*)(?:[\w-]+\s+){0,3}"
    r"(?:nurse|matron|manager|consultant|physio|dietitian|pharmacist|midwife|midwives|surgeon|"
    r"doctor|gp|lead|director|coordinator|practitioner|adviser|advisor|counsell?or|worker|"
    r"assistant|technician|receptionist|[a-z]*ologist|[a-z]*therapist|[a-z]*ician|"
    r"cadre\s+de\s+sant[ée]|infirmi[eè]re?|m[ée]decin|directeur|directrice|"
    r"coordinat(?:eur|rice)|responsable|kin[ée]|ipa|sage-femme|ost[ée]o(?:pathe)?|"
    r"orthophoniste|[a-zé]*logue|ergoth[ée]rapeute|di[ée]t[ée]ticienne?|secr[ée]taire)s?\b"
    # ... or a member of a named team ("Claire from the Parkinson's nurse team", "Inès de
    # l'équipe mobile de soins palliatifs")
    r"|^\s*,?\s*(?:from|of|de|du)\s+(?:the\s+|our\s+|l['’]|la\s+|notre\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:team|department|practice|[ée]quipe)\b",
    re.IGNORECASE,
)
# What may separate two parts of one name the NER split: a space, or a quoted nickname.
_SAME_NAME_GAP = re.compile(r"^ (?:['‘\"“][^'’\"”\n]{1,15}['’\"”] )?$")
# What joins the names of a list: a comma, "and", "&", "et", "ou".
_LIST_JOIN = re.compile(r"^\s*(?:,|,?\s*(?:and|&|et|or|ou))\s*$", re.IGNORECASE)
# A plural verb after a list of names, before the role they share ("... are the physios").
_PLURAL_VERB = re.compile(r"^\s*,?\s*(?:are|sont)\b", re.IGNORECASE)
# A plural role right before a list of names ("physiotherapists Ann, Bo and Cy", "Drs Lee and
# Roy", "nos infirmières Léa et Inès").
_PLURAL_ROLE_BEFORE = re.compile(
    r"\b(?:drs|doctors|nurses|physios|[a-z]*therapists|midwives|consultants|surgeons|"
    r"pharmacists|dietitians|[a-z]*ologists|volunteers|infirmi[eè]res|m[ée]decins|docteurs|"
    r"kin[ée]s|sages-femmes|[a-zé]*logues|b[ée]n[ée]voles)[.:,]?\s*$",
    re.IGNORECASE,
)
# Words that point at one person ("a woman", "our patient", "his", "elle", "I"):
# quasi-identifiers about an event (a screening day at a library on a date) identify no one
# until the post is about someone; a poster's own admission date and town identify the poster.
_REFERENCE_EN = (
    r"i|me|my|he|she|him|his|her|hers|himself|herself|patient|man|woman|boy|girl|baby|newborn|"
    r"child|toddler|teenager|mum|mom|mam|dad|mother|father|son|daughter|wife|husband|partner|"
    r"brother|sister|grandmother|grandfather|gran|granny|grandad|grandpa|grandma|nan|nana|"
    r"resident|pensioner|gentleman|lady|mr|mrs|ms|miss"
)
_REFERENCE_FR = (
    r"je|j|me|moi|mon|ma|mes|son|il|elle|lui|patiente?|homme|femme|gar[çc]on|fille|b[ée]b[ée]|"
    r"enfant|nourrisson|maman|papa|m[èe]re|p[èe]re|fils|[ée]pouse|[ée]poux|mari|fr[èe]re|"
    r"s[œo]eur|grand-m[èe]re|grand-p[èe]re|mamie|papi|papy|r[ée]sidente?|monsieur|madame|mme"
)
_PERSON_REFERENCE = re.compile(rf"\b(?:{_REFERENCE_EN}|{_REFERENCE_FR})\b", re.IGNORECASE)
# The same words one language at a time: in an English post "Mon" is Monday, not "my".
_REFERENCE_IN = {
    "en": re.compile(rf"\b(?:{_REFERENCE_EN})\b", re.IGNORECASE),
    "fr": re.compile(rf"\b(?:{_REFERENCE_FR})\b", re.IGNORECASE),
}
# Where a sentence ends: after ., ! or ? and a space, or at a line break.
_SENTENCE_END = re.compile(r"[.!?]+(?=\s)|\n")
# Quantifiers that make a person word anyone ("one visitor per patient", "chaque patient").
_ANY_ONE = re.compile(r"\b(?:per|each|every|any|chaque|par|tout)\s+$", re.IGNORECASE)
# The person a reply is addressed to ("your POTS", "ton traitement"): the handle's owner.
_ADDRESSEE = re.compile(r"\b(?:your|you|ton|ta|tes|votre|vos|toi|tu)\b", re.IGNORECASE)
# A name spoken to: a greeting or thanks opening its sentence ("Hi Rhiannon, we're sorry you
# ...", "Thank you for the lovely review, Glenys!", "Bonjour Mme Roy,"), the name then ending a
# clause. "you" in the post is then that person.
_GREETING_BEFORE = re.compile(
    r"(?:^|[.!?\n]\s*)(?:hi|hiya|hello|hey|dear|thanks|thank\s+you|congratulations|congrats|"
    r"well\s+done|welcome|good\s+luck|bonjour|bonsoir|salut|coucou|cher|ch[èe]re|merci|bravo|"
    r"f[ée]licitations|bienvenue)\b[^.!?\n]{0,60}?[\s,]$",
    re.IGNORECASE,
)
_VOCATIVE_END = re.compile(r"^\s*(?:[,!.:;]|$)")
# A staff member introducing themselves ("Hi, I'm Dr Aisha Rahman"): "I" and "my" are theirs.
_SPEAKER = re.compile(
    r"\b(?:i['’]m|i\s+am|my\s+name\s+is|je\s+suis|je\s+m['’]appelle)\s+"
    r"(?:(?:dr|prof|pr|nurse|sister|docteur)\.?\s+)?$",
    re.IGNORECASE,
)
_FIRST_PERSON = frozenset({"i", "me", "my", "je", "j", "moi", "mon", "ma", "mes"})
# "your child", "votre enfant": the reader's, anyone's, in a post addressed to no one in
# particular (a campaign); in a reply to a handle they are the addressee's.
_GENERIC_YOUR = re.compile(r"\b(?:your|votre|vos|ton|ta|tes)\s+$", re.IGNORECASE)
# Third-person pronouns: in a post that names only staff, they are about the staff member.
_PRONOUNS = frozenset(
    {"he", "she", "him", "his", "her", "hers", "himself", "herself"} | {"il", "elle", "lui"}
)
# A small group: the residents of a named home, the patients of a named unit on a given date.
# A group word followed by what makes it particular people ("patients seen at", "residents
# of", "les patients hospitalisés"), not a service's public ("for frail older patients").
_GROUP_REFERENCE = re.compile(
    r"\b(?:residents|patients|pensioners|r[ée]sidents|patient(?:e)?s|pensionnaires)\s+(?:who|"
    r"that|seen|treated|admitted|attending|at|of|in|on|from|qui|vus|vues|trait[ée]e?s|"
    r"hospitalis[ée]e?s|admise?s|de|du|des|à|au|aux)\b",
    re.IGNORECASE,
)
# A handle that is an organisation's ("@SchoolNursesCeredigion", "@NHSEngland"), not a person's.
_ORG_HANDLE = re.compile(
    r"(?i:nhs|hse|chu|trust|team|nurses|clinic|health|hospital|h[ôo]pital|service|pharmacy|"
    r"surgery|practice|council|school|charity|foundation|unit|ward|sant[ée]|ars)"
)
# Someone singled out by the one role they hold in a place ("the lollipop lady at St Anne's",
# "our postwoman in Eyam", "la factrice de Saint-Pons"), or one pupil of a named school ("a
# Year 2 pupil", "une élève de CE1"): with a place and a health detail, the role names them as
# surely as a name would. Singular, after a determiner.
_ROLE_REFERENCE = re.compile(
    r"\b(?:(?:the|our|their|your|la|le|l['’]|notre|votre|leur)\s+(?:(?:local|village|school|"
    r"head|much-loved|beloved|well-known|new|old|former|retired)\s+)?(?:lollipop\s+(?:lady|"
    r"man)|postman|postwoman|postie|milkman|caretaker|janitor|head\s*teacher|headmaster|"
    r"headmistress|head\s+of\s+year|vicar|priest|rabbi|imam|mayor|landlord|landlady|"
    r"shopkeeper|butcher|baker|pharmacist|chemist|lunch\s+supervisor|dinner\s+lady|"
    r"receptionist|(?:school|resident|island|village|practice|district)\s+(?:nurse|doctor|gp|"
    r"midwife)|bus\s+driver|coach|manager|captain|chairman|chairwoman|"
    r"chair|treasurer|secretary|facteur|factrice|maire|boulang[eè]re?|boucher|bouch[eè]re|"
    r"pharmacien(?:ne)?|instituteur|institutrice|directeur|directrice|cur[ée]|gardien(?:ne)?|"
    r"concierge|entra[iî]neur|entra[iî]neuse|pr[ée]sidente?|secr[ée]taire|tr[ée]sori[eè]re?|"
    r"ma[iî]tresse|chauffeur|capitaine)"
    r"|\bl['’][ée]l[eè]ve\s+de\s+(?:\d+(?:e|è|ème)?|cp|ce\d|cm\d|seconde|premi[eè]re|terminale)"
    # "the pupil in Year 2", "the pupil, who is in 2nd class": one child of a named class
    r"|\bthe\s+(?:pupil|child|student|schoolboy|schoolgirl)\b(?=[^.!?\n]{0,25}?\b(?:"
    r"(?:year|yr|class|grade|form|p)\s*\d|\d+(?:st|nd|rd|th)\s+(?:class|year|grade|form)))"
    # whoever is the only one of a kind ("the only kid in the school with T1D", "le seul
    # élève diabétique du collège", "la seule sage-femme libérale de Plougasnou")
    r"|\b(?:the\s+only|le\s+seul|la\s+seule|l['’]unique)\s+(?:[\w-]+\s+)?(?:kid|child|"
    r"pupil|student|girl|boy|person|woman|man|lady|guy|member|mum|mom|dad|parent|teen|"
    r"teenager|nurse|doctor|gp|midwife|teacher|carer|assistant|worker|employee|receptionist|"
    r"driver|cleaner|porter|technician|pharmacist|chemist|dentist|vet|trainee|apprentice|"
    r"volunteer|[ée]l[eè]ve|enfant|fille|gar[çc]on|"
    r"personne|femme|homme|maman|papa|ado|infirmi(?:er|[eè]re)|m[ée]decin|sage-femme|"
    r"institut(?:eur|rice)|ma[iî]tresse|employ[ée]e?|salari[ée]e?)"
    r"|(?:a|one|an)\s+(?:new\s+|young\s+)?(?:(?:year|yr)\s*\d{1,2}\s+|reception\s+|nursery\s+|"
    r"sixth[- ]form\s+)?"
    r"(?:pupil|schoolboy|schoolgirl)|une?\s+(?:[ée]l[eè]ve|[ée]coli[eè]re?|coll[ée]gienn?e?|"
    r"lyc[ée]enn?e?))\b",
    re.IGNORECASE,
)
# Words right before a health term that make it the health of the person spoken of, staff
# included ("sharing her experience of postnatal depression", "her own story: the hot
# flushes", "soigner son cancer", "while she has IVF", "after finishing chemo for", "opérée
# hier d'un"): same line, at most three words between. Singular only: "their colonoscopy" is
# the patients'.
_OWN_HEALTH_BEFORE = re.compile(
    r"(?:\b(?:her|his|son|sa|ses)\s+(?:own\s+)?|\b(?:she|he|il|elle)\s+(?:has|had|is|was|"
    r"got|a|avait|est|[ée]tait)\s+|\blost\s+(?:her|his)\s+|"
    # verbs of going through an illness or a treatment, not of giving one
    r"\b(?:finish(?:ing|ed)|undergo(?:ing|ne)?|underwent|"
    r"recover(?:ing|ed|s)?\s+(?:well\s+|nicely\s+)?(?:from|after)|"
    r"diagnosed\s+with|battling|living\s+with|op[ée]r[ée]e?|soign[ée]e?|atteinte?|"
    # time off for an illness is the absent person's ("off sick with", "arrêt pour burn-out")
    r"off\s+sick\s+with|signed\s+off\s+with|sick\s+leave\s+(?:for|with)|"
    r"arr[êe]ts?\s+(?:maladie\s+)?(?:pour|de)|"
    r"souffr\w*|r[ée]mission)\s+)(?:[^\W\d_][\w'’-]*[:,]?\s+){0,3}$",
    re.IGNORECASE,
)
# A death, then a health detail in the same sentence: the cause of that person's death ("passed
# away on 14 May after a short illness with ...", "décédée des suites d'un ...").
_DEATH_BEFORE = re.compile(
    r"\b(?:died|passed\s+away|d[ée]c[ée]d[ée]e?|nous\s+a\s+quitt[ée]e?s?|emport[ée]e?)\b"
    r"[^.!?\n]{0,70}$",
    re.IGNORECASE,
)
# Words around a name that make it part of an event's, a fund's or a building's name ("La 8e
# Course Sophie Lemaire", "the Jack Hart Memorial Walk"): the name is not a person in the post.
_NAME_OF_BEFORE = re.compile(
    r"\b(?:Course|Marathon|Walk|Run|Trophy|Troph[ée]e|Prix|Fondation|Foundation|Fund|Cup|"
    r"Challenge|Ride|Swim|Bourse|Institut|Institute|Lecture|Award|Prize|Ward|Wing|Suite|"
    # rooms, buildings and streets named after someone ("salle Paul-Fort", "lycée Jean-Moulin")
    r"(?i:salle|aula|amphi(?:th[ée][aâ]tre)?|rue|avenue|boulevard|place|lyc[ée]e|coll[èe]ge|"
    r"[ée]cole|stade|gymnase|espace|pavillon|b[âa]timent|r[ée]sidence|quai|all[ée]e|"
    # associations and centres named after someone ("l'association Valentin Haüy")
    r"association|asso|ligue|fondation|centre|clinique|h[ôo]pital|institut))\s+$"
)
# Names that are a service's or an abbreviation rather than a person's: a health or
# information word in them ("Info-Santé", "SOS Médecins"), the initialisms support groups
# use for relatives and devices ("DS" dear son, "OH" other half, "CI" cochlear implant), and
# holidays that are also surnames ("Toussaint").
_NOT_A_NAME = re.compile(
    r"^(?:D[SDHW]|OH|SO|CI|GP|OT|IPA|Toussaint|P[âa]ques|Pentec[ôo]te|Easter|"
    # festivals that spaCy takes for names ("Ramadan fasting", "Diwali")
    r"Ramadan|Ramadhan|Eid|A[ïi]d|Diwali|Hanukk?ah|Chanukk?ah|Passover|Vaisakhi|Holi|No[ëe]l|"
    # inclusive writing ("seul·e", "patient·es") is a word, not a name
    r".*·.*|"
    r"(?:NHS|HSE|CHU|CHRU)\b.*|"
    r".*\b(?i:infos?|sant[ée]|health|healthline|m[ée]decins|sos|allo)\b.*)$"
)
# Small words inside names ("Pieter van Hove", "Bríd Ní Fhlatharta", "Ana de la Cruz").
_PARTICLES = frozenset(
    "de du des la le van von der den da di do dos das del della bin ibn al el ní nic mac mc "
    "ó ua y ap ter te st saint".split()
)
# French does not put an article before a person's name: "au François", "aux Abymes" are
# places (a title may follow: "merci au Dr Martin").
_PLACE_ARTICLE_BEFORE = re.compile(r"\b(?:au|aux)\s+$")
_TITLE_START = re.compile(r"^(?:Dr|Pr|M|Mme|Mlle|Me|Docteur|Professeur|Monsieur|Madame)\b")
# Landforms that open a place's name ("Glen Affric", "Loch Ness", "Ben Nevis"), read as a
# place after a word of being or going somewhere (a person may be called Glen or Ben).
_LANDFORM = re.compile(r"^(?:Glen|Loch|Ben|Strath|Mount|Mt\.?|Lake|Cape|Isle)\s")
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|up|near|around|round|climbing|climbed|walking|walked|hiking|hiked)\s+$",
    re.IGNORECASE,
)
_NAME_OF_AFTER = re.compile(
    r"^['’]?s?\s+(?:Memorial|Foundation|Fund|Trust|Walk|Run|Appeal|Challenge|Cup|Award|Prize|"
    r"Lecture|Centre|Center|Wing|Unit|Building|Trophy|Day|Ride|Swim|Fellowship|Scholarship)\b"
)


def is_staff_name(text: str, finding: Finding) -> bool:
    """A person introduced by a clinical title or role ("Dr Okafor", "Helen Marsh, Lead Nurse")."""
    if finding.entity_type != "PERSON":
        return False
    before = text[max(0, finding.start - 30) : finding.start]
    after = text[finding.end : finding.end + 50]
    return bool(
        _ROLE_BEFORE.search(before)
        or _ROLE_BEFORE.search(finding.text.split(" ")[0] + " ")
        or _ROLE_AFTER.match(after)
    )


def is_public_figure(text: str, finding: Finding) -> bool:
    """A person introduced by a public role ("broadcaster Marcus Delaney", "Jess Harlow the
    olympic rower")."""
    if finding.entity_type != "PERSON":
        return False
    before = text[max(0, finding.start - 40) : finding.start]
    role = _PUBLIC_BEFORE.search(before)
    if role and not _OWN_ROLE.search(before[: role.start()]):
        return True
    if _PUBLIC_BEFORE.search(finding.text + " "):
        return True  # the NER took the role for the name ("Ex-Wales hooker")
    return bool(_PUBLIC_AFTER.match(text[finding.end : finding.end + 40]))


def staff(text: str, findings: Sequence[Finding]) -> frozenset[Finding]:
    """Names introduced by a clinical role, names listed with a plural role ("physios Ann and
    Bo", "Siobhán, Tomasz and Aarav are the physiotherapists"), and later mentions of them
    ("Dr Ifeoma Eze ... well done Ifeoma")."""
    titled = [f for f in findings if is_staff_name(text, f)]
    for chain in _name_lists(text, findings):
        before = text[max(0, chain[0].start - 30) : chain[0].start]
        after = text[chain[-1].end : chain[-1].end + 60]
        if _PLURAL_ROLE_BEFORE.search(before) or (
            _PLURAL_VERB.match(after) and _ROLE_AFTER.match(after)
        ):
            titled.extend(chain)
    return _with_later_mentions(findings, titled, text)


def _name_lists(text: str, findings: Sequence[Finding]) -> list[list[Finding]]:
    """Runs of two or more names joined only by commas and "and" ("Siobhán, Tomasz and Aarav")."""
    names = sorted((f for f in findings if f.entity_type == "PERSON"), key=lambda f: f.start)
    chains: list[list[Finding]] = []
    for name in names:
        if chains and _LIST_JOIN.match(text[chains[-1][-1].end : name.start]):
            chains[-1].append(name)
        else:
            chains.append([name])
    return [chain for chain in chains if len(chain) > 1]


def public_figures(text: str, findings: Sequence[Finding]) -> frozenset[Finding]:
    """Names introduced by a public role, and later mentions of them."""
    titled = [f for f in findings if is_public_figure(text, f)]
    return _with_later_mentions(findings, titled, text)


def _with_later_mentions(
    findings: Sequence[Finding], titled: list[Finding], text: str = ""
) -> frozenset[Finding]:
    """The titled names, the rest of the same name where the NER split it ("Pr Jacques" +
    "Ollivier", "Rhodri 'Rhod'" + "Lewis"), and every other name made only of their words."""
    names = sorted((f for f in findings if f.entity_type == "PERSON"), key=lambda f: f.start)
    titled = list(titled)
    for first, second in itertools.pairwise(names):
        if first in titled and _SAME_NAME_GAP.match(text[first.end : second.start]):
            titled.append(second)
    words = {w.lower() for f in titled for w in f.text.split()}
    later = [f for f in names if f.text.split() and {w.lower() for w in f.text.split()} <= words]
    return frozenset(titled + later)


def own_health(text: str, health: Sequence[Finding]) -> bool:
    """Whether some health detail is written as someone's own (see `own_health_of`)."""
    return bool(own_health_of(text, health))


def own_health_of(text: str, health: Sequence[Finding]) -> list[Finding]:
    """The health details written as someone's own ("her experience of ...", "son cancer",
    "died on Sunday after a short illness with ...")."""
    return [
        f
        for f in health
        if _OWN_HEALTH_BEFORE.search(text[max(0, f.start - 50) : f.start].split("\n")[-1])
        or _DEATH_BEFORE.search(text[max(0, f.start - 80) : f.start])
        or _OWN_HEALTH_BEFORE.match(f.text.split(" ", 1)[0] + " ")  # "her heart bypass"
    ]


def is_org_handle(finding: Finding) -> bool:
    """A social handle made of an organisation's words ("@SchoolNursesCeredigion")."""
    return finding.entity_type == "SOCIAL_HANDLE" and bool(_ORG_HANDLE.search(finding.text))


def in_a_name(text: str, finding: Finding) -> bool:
    """A person's name inside an event's, fund's or building's name ("Course Sophie Lemaire",
    "the Jack Hart Memorial Walk", "salle Paul-Fort", "Aula Maria"), a "name" that is a
    service's or an initialism ("Info-Santé", "CI"), a phrase ("Da iawn Marcia"), a place
    ("au François", "walking in Glen Affric")."""
    if finding.entity_type != "PERSON":
        return False
    before = text[max(0, finding.start - 15) : finding.start]
    return bool(
        _NOT_A_NAME.match(finding.text)
        or _NAME_OF_BEFORE.search(before)
        or _NAME_OF_BEFORE.search(finding.text.split(" ", 1)[0] + " ")
        or _NAME_OF_AFTER.match(text[finding.end : finding.end + 20])
        or _is_phrase(finding.text)
        or (_PLACE_ARTICLE_BEFORE.search(before) and not _TITLE_START.match(finding.text))
        or (_LANDFORM.match(finding.text) and _LOCATIVE_BEFORE.search(before))
    )


def _is_phrase(words_text: str) -> bool:
    """Words that are a phrase of another language, not a name: lower-case words that are not
    English or French before a capitalised name ("Da iawn Marcia") or two of them after one
    ("Kia ora koutou", "Cymraeg yn ddymunol"), or more than two words all in lower case
    ("raibh míle maith agat"). Surname particles ("van", "de", "ní") and everyday words the NER
    ran on with ("Dafydd from Llanon", "Martine la kiné") do not make a phrase."""
    words = words_text.split()
    if len(words) < 2:
        return False
    if len(words) > 2 and all(w.islower() for w in words):
        return True
    everyday = everyday_words()
    foreign = [
        i
        for i, w in enumerate(words)
        if w.islower() and w not in _PARTICLES and w not in everyday and w.isalpha()
    ]
    capitals = [i for i, w in enumerate(words) if not w.islower()]
    if not foreign or not capitals:
        return False  # "tom smith": a name in lower case
    return foreign[0] < capitals[-1] or len(foreign) >= 2


def refers_to_person(
    text: str,
    staff_names: frozenset[Finding],
    others: bool,
    addressed: bool = False,
    language: str | None = None,
) -> bool:
    """Whether the post has a word for a person ("a woman", "my", "elle") in its language
    (both when unknown), outside the staff's own names ("Mme Arnaud"). Third-person pronouns in
    a post that names only staff (`others` False) are about the staff member."""
    words = {
        m.group(0).lower()
        for m in _REFERENCE_IN.get(language or "", _PERSON_REFERENCE).finditer(text)
        if not _ANY_ONE.search(text[max(0, m.start() - 8) : m.start()])
        if not any(_part_of(m.start(), m.end(), f, text) for f in staff_names)
        and (addressed or not _GENERIC_YOUR.search(text[max(0, m.start() - 8) : m.start()]))
    }
    if staff_names and not others:
        words -= _PRONOUNS
        if any(_SPEAKER.search(text[max(0, f.start - 25) : f.start]) for f in staff_names):
            words -= _FIRST_PERSON
    return bool(words)


def _part_of(start: int, end: int, name: Finding, text: str) -> bool:
    """A word inside a name, or a title right before it ("Mme" in "Mme Arnaud")."""
    return name.start <= start < name.end or (
        end <= name.start and text[end : name.start].strip(" .") == ""
    )


def linked(text: str, who: Finding, health: Sequence[Finding]) -> bool:
    """Whether a person identifier and some health detail can be about the same person: in the
    same sentence, in the next or previous sentence of the same paragraph, or with a word for
    a person ("she", "my", "le patient") in the health detail's sentence. A bulletin naming a
    volunteer in one item and a service in another crosses nothing."""
    where = _sentence_of(text, who.start)
    for finding in health:
        at = _sentence_of(text, finding.start)
        if at == where:
            return True
        if (
            abs(at - where) == 1
            and "\n" not in text[min(who.start, finding.start) : max(who.end, finding.end)]
        ):
            return True
        words = _sentence(text, at)
        if _PERSON_REFERENCE.search(words) or (
            (who.entity_type == "SOCIAL_HANDLE" or is_addressed(text, who))
            and _ADDRESSEE.search(words)
        ):
            return True
    return False


def is_addressed(text: str, name: Finding) -> bool:
    """A name the post speaks to ("Hi Rhiannon, ...", "... the lovely review, Glenys!")."""
    return bool(
        _GREETING_BEFORE.search(text[max(0, name.start - 70) : name.start])
        and _VOCATIVE_END.match(text[name.end : name.end + 3])
    )


@lru_cache(maxsize=64)
def _sentence_ends(text: str) -> tuple[int, ...]:
    """Where each sentence of a post ends (computed once per post, read by several rules)."""
    return tuple(m.end() for m in _SENTENCE_END.finditer(text))


def _sentence_of(text: str, position: int) -> int:
    """The index of the sentence holding `position`."""
    return bisect_right(_sentence_ends(text), position)


def _sentence(text: str, index: int) -> str:
    """The text of one sentence, by index."""
    ends = _sentence_ends(text)
    return text[ends[index - 1] if index else 0 : ends[index] if index < len(ends) else len(text)]


def role_reference(text: str, introduced: Sequence[Finding] = ()) -> bool:
    """A role only one person holds at a place, or one pupil of a school; not a role that
    introduces a name the post already judged (`introduced`: "le maire de Calvi, Paul
    Santoni" is about Paul Santoni, a public figure)."""
    return any(
        not any(0 <= f.start - m.end() <= 30 for f in introduced)
        for m in _ROLE_REFERENCE.finditer(text)
    )


def group_near(text: str, places: Sequence[Finding]) -> bool:
    """A small group ("residents", "patients") in the same sentence as a place: the patients
    of a named unit, not patients in general."""
    for match in _GROUP_REFERENCE.finditer(text):
        at = _sentence_of(text, match.start())
        if any(_sentence_of(text, f.start) == at for f in places):
            return True
    return False
