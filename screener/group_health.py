"""Health details of a group, and places that are the poster's own: neither is about one person.

- "our prem babies", "for the diabetic patients", "les enfants asthmatiques": a health term
  that qualifies a plural noun for people, after a determiner that is not one person's
  ("my prem babies" stays the twins' own); "children with cerebral palsy", "personnes
  atteintes de démence": people who have it, unless one's own ("my kids with asthma").
- "— Pharmacie du Centre, Saint-Flour": a place on the post's sign-off line is where the
  poster writes from, not where someone was seen.
"""

from __future__ import annotations

import re
from functools import lru_cache

from screener.recognizers.date_words import MONTH_EN, MONTH_FR
from screener.types import Finding

# Plural nouns for people right after the term ("prem babies", "stroke survivors") or inside
# it at its end: the term describes the group.
_PEOPLE_PLURAL = (
    r"babies|patients|children|kids|people|residents|families|women|men|adults|survivors|"
    r"sufferers|mums|moms|mothers|parents|teens|pupils|students|members|"
    r"b[ée]b[ée]s|enfants|patients|patientes|malades|personnes|r[ée]sidents|femmes|hommes|"
    r"familles|adultes|survivant(?:e)?s"
)
_PLURAL_AFTER = re.compile(rf"^\s+(?:{_PEOPLE_PLURAL})\b", re.IGNORECASE)
_PLURAL_END = re.compile(rf"\b(?:{_PEOPLE_PLURAL})$", re.IGNORECASE)
# ... and French puts the noun first ("les enfants asthmatiques", "des patients diabétiques").
_PLURAL_BEFORE_FR = re.compile(rf"\b(?:{_PEOPLE_PLURAL})\s+$", re.IGNORECASE)
# A determiner of the group before the term ("our", "the", "all", "nos", "les"), not a
# person's own ("my", "her", "were").
_GROUP_DETERMINER = re.compile(
    r"\b(?:our|the|all|for|nos|les|des|aux|pour|tous\s+les|toutes\s+les)\s+(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
# A plural noun for people, then "with" or "living with" and the like, right before the term
# ("children with cerebral palsy", "personnes atteintes de démence", "adults living with
# diabetes"): people who have it, in general.
# (Not residents: those of a named home are a small group; not "have" / "ont": "trois
# résidents ont la grippe", "les autres enfants qui ont un TDAH comme moi" tell of someone.)
_PLURAL_WITH = re.compile(
    rf"\b(?!r[ée]sidents)(?:{_PEOPLE_PLURAL})\s+(?:(?:who\s+(?:are\s+)?)?(?:living\s+with|"
    r"live\s+with|with|affected\s+by|diagnosed\s+with)|(?:qui\s+(?:sont\s+)?)?"
    r"(?:atteint(?:e)?s\s+(?:d['’]\s*|de\s+|du\s+|des\s+)|vivant\s+avec|"
    r"souffrant\s+(?:d['’]\s*|de\s+|du\s+|des\s+)|avec|touch[ée](?:e)?s\s+par))"
    r"\s*(?:(?:a|an|the|une?|la|le|l['’])\s*)?$",
    re.IGNORECASE,
)
# People named in the plural by their condition or treatment ("our diabetics", "les dialysés",
# "des greffés"): the group, after a group determiner.
_CONDITION_PEOPLE = re.compile(
    r"(?:diabetics|asthmatics|epileptics|ha?emophiliacs|coeliacs|celiacs|amputees|"
    r"diab[ée]tiques|asthmatiques|[ée]pileptiques|h[ée]mophiles|dr[ée]panocytaires|dialys[ée]e?s|"
    r"greff[ée]e?s|transplant[ée]e?s|amput[ée]e?s)",
    re.IGNORECASE,
)
# A count of two or more right before such a noun ("12 dialysés", "three diabetics").
_A_COUNT_BEFORE = re.compile(
    r"\b(?:[2-9]|[1-9]\d+|two|three|four|five|six|deux|trois|quatre|cinq)\s+$", re.IGNORECASE
)
# Those of the readers who have it, right before the term ("pour celles qui sont
# diabétiques", "ceux d'entre vous qui sont dialysés", "for anyone who's diabetic"): a group.
_THOSE_WHO = re.compile(
    r"\b(?:ceux|celles|tous\s+ceux|toutes\s+celles|quiconque)\s+(?:d['’]entre\s+vous\s+)?qui\s+"
    r"(?:sont|est|ont)\s+(?:(?:une?|des|du|de\s+la|de\s+l['’]|la|le|les|l['’])\s*)?$"
    r"|\b(?:anyone|anybody|everyone|those)\s+(?:(?:here\s+)?who\s+(?:is|are|has|have)|who['’]s)\s+"
    r"(?:(?:a|an)\s+)?$",
    re.IGNORECASE,
)
# ... unless someone is counted among them ("Jade fait partie de celles qui ont", "Sam is one
# of those who have", "parmi ceux qui ont").
_COUNTED_AMONG = re.compile(
    r"\b(?:fait\s+partie\s+de|font\s+partie\s+de|one\s+of|parmi|among|including|dont)\s+$",
    re.IGNORECASE,
)
# ... unless one person's (or one family's) own: "my kids with asthma", "ses enfants atteints",
# counted out of a group ("one of our patients with dementia", "une de nos patientes"), or had
# ("we have three children with cystic fibrosis", "nous avons trois enfants atteints").
_ONES_OWN_BEFORE = re.compile(
    r"(?:\b(?:my|his|her|their|mes|ses|leurs)|\w['’]s)\s+(?:[\w'’-]+\s+)?$"
    r"|\b(?:one|two|three|four|five|six|\d+|un|une|deux|trois|quatre|cinq|six)\s+"
    r"(?:of|d['’]entre|de)\s+(?:our|the|these|nos|les|ces)\s+$"
    r"|\b(?:we|i|they)\s+(?:have|had|['’]ve\s+got)\s+(?:[\w-]+\s+){0,2}$"
    r"|\b(?:nous\s+avons|nous\s+avions|j['’]ai|on\s+a)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A condition put to any reader, opening the clause of a health term: "in case of", "if you
# (or your child) have", "en cas de", "si vous avez".
_IF_YOU = re.compile(
    r"^\W*(?:in\s+case\s+of|if\s+(?:you|your\s+child|your\s+baby)\s+(?:have|has|get|gets|feel|"
    r"develop|notice|are|is|experience)|if\s+you['’](?:re|ve)|"
    r"en\s+cas\s+d['’e]|si\s+(?:vous|votre\s+enfant|"
    r"votre\s+b[ée]b[ée])\s+(?:avez|a|pr[ée]sentez?|ressentez|[êe]tes|souffrez))\b",
    re.IGNORECASE,
)
_YOU_ASK = re.compile(
    r"^\W*(?:vous\s+(?:avez|[êe]tes|prenez|revenez)|avez-vous|[êe]tes-vous|prenez-vous|"
    r"have\s+you|are\s+you|do\s+you|did\s+you)\b",
    re.IGNORECASE,
)
# The quoted title of a workshop, a talk, a live or a campaign, open before a health term
# ("l'atelier « Bien vivre avec son diabète »", "thème « douleur chronique et respiration »",
# "a talk titled “Living with my MS”"): its topic, nobody's health.
_TITLE_OPEN_BEFORE = re.compile(
    r"\b(?:atelier|workshop|talk|conf[ée]rence|s[ée]ance|session|webinaire?|campagne|campaign|"
    r"programme|program|cours|course|class|th[èe]me|theme|titled|intitul[ée]e?|called|live|"
    # a lunchtime talk or a seminar ("Lunch & Learn 🥪 "Living with Lupus"")
    r"learn|seminar|s[ée]minaire|lecture|presentation|pr[ée]sentation|"
    # a debate's or a talk's topic, a month's theme ("Thème du mois : « Quand mon proche ... »")
    r"titre|title|topic|sujet|d[ée]bat|debate|"
    # a group's or a page's quoted name ("Export WhatsApp — groupe « Lyme Ariège entraide »")
    r"groupe|group|page|forum|association)(?:\s+du\s+mois|\s+of\s+the\s+month)?"
    # (an emoji or a dash may sit between the kind and its quoted title)
    r"[^\w«“\"]{0,6}[«“\"]\s*[^»”\"\n]*$"
    # a group's voice chat or live, its time, then a colon and its quoted topic ("voice chat
    # this Thursday 8pm UK time: "Tinnitus & sleep"", "Vocal spécial jeudi à 21h30 : « ... »")
    # ("live" as a noun only: "a live", "notre live"; "my nan and grandad live in Hull" is a verb)
    r"|\b(?:voice\s+chat|video\s+chat|vocal|visio|(?:a|our|the|un|notre|le|ce|en)\s+live|"
    r"podcast|webinaire?|[ée]pisode|episode)\b"
    # (a topic, not someone's words or story: no "my", "I", "his", "son" in it)
    r"[^«“\"\n]{0,40}?:\s*[«“\"]\s*"
    r"(?:(?!\b(?:my|I|mon|ma|mes|je|j['’]|his|her|their|son|sa|ses|leur)\b)[^»”\"\n])*$",
    re.IGNORECASE,
)
# A testimony given for a campaign, right before the campaign's word ("d'avoir témoigné pour
# notre campagne : « ... »", "shared for our campaign: "...""): the quote is the speaker's own
# words, not a title. (Not "As Bernie told us, the workshop "..."": a title someone spoke of.)
_TESTIMONY_BEFORE = re.compile(
    r"\b(?:t[ée]moign\w*|racont\w*|confi[ée]\w*|partag\w*|shar(?:e|ed|ing)|spoke|speaking|"
    r"talked|talking)\s+(?:[\w'’-]+\s+){0,2}?(?:pour|for|in|dans|à|to)\s+"
    r"(?:notre|nos|our|la|le|the|cette|ce|this|l['’])\s*\Z",
    re.IGNORECASE,
)
# A qualification's subject ("completing her MSc in Diabetes Education", "did her diploma in
# palliative care", "un DU de douleur chronique"): what someone studied, not their health.
_QUALIFICATION_BEFORE = re.compile(
    r"\b(?:MSc|MA|BSc|BA|PhD|MPH|MD|diploma|degree|certificate|certification|master['’]?s|"
    r"fellowship|qualification|DU|DIU|dipl[ôo]me|certificat|master|formation\s+dipl[ôo]mante)"
    r"\s+(?:in|en|de|d['’])\s*"
    # (its subject's words, not a month, a year or a linker: "his degree in May despite
    # sickle cell crises", "her BSc in 2022 on dialysis")
    rf"(?:(?!(?:{MONTH_EN}|{MONTH_FR}|(?i:despite|while|during|after|before|on|with|and|but|"
    r"malgr[ée]|pendant|avec|et|mais|sous))\b)[^\W\d][\w-]*\s+){0,2}$"
)
# How far back (characters) a title's opening quote may be.
_TITLE_WINDOW = 80
_SENTENCE_END = re.compile(r"[.!?\n]")
# Where a clause starts, and how far back to look for one.
_CLAUSE_START = re.compile(r"[.!?;:\n]")
_CLAUSE_WINDOW = 80
# A sign-off line: the post's last line (or the one before a line of hashtags) opening with a
# dash, as organisations sign their posts ("— Centre dentaire de Fribourg", "- The Team"), or
# with the name of a place of care after an earlier line ("Pharmacie de la Croix-Rousse, Lyon",
# "Koombana Chemist, Bunbury").
_SIGN_OFF = re.compile(
    r"(?:^|\n)[ \t]*(?:[—–]|-{1,2}\s|(?<=\n)(?=(?:Pharmacie|Pharmacy|Cabinet|Clinique|"
    r"Maison\s+de\s+sant[ée]|Surgery|Practice|Centre\s+(?:m[ée]dical|dentaire|de\s+sant[ée])|"
    r"Medical\s+Cent(?:re|er))\b"
    # ... or ending with one ("Koombana Chemist, Bunbury", "Market Place Pharmacy")
    r"|(?:[A-Z][\w'’&-]*\s+){1,4}(?:Pharmacy|Chemists?|Surgery|Practice|Medical\s+Cent(?:re|er)|"
    r"Health\s+Cent(?:re|er))\b))"
    r"[^\n]{1,80}(?=(?:\n[ \t]*#[^\n]*)?\s*\Z)"
)


def is_group_health(text: str, finding: Finding) -> bool:
    """A health term about a group of people ("our prem babies", "les enfants asthmatiques")."""
    if finding.category != "health":
        return False
    before = text[max(0, finding.start - 30) : finding.start]
    with_it = _PLURAL_WITH.search(text, max(0, finding.start - 45), finding.start)
    if with_it and not _ONES_OWN_BEFORE.search(text, max(0, with_it.start() - 25), with_it.start()):
        return True
    those = _THOSE_WHO.search(text, max(0, finding.start - 45), finding.start)
    if those and not _COUNTED_AMONG.search(text, max(0, those.start() - 25), those.start()):
        return True
    determiner = _GROUP_DETERMINER.search(before)
    if (
        determiner
        and _CONDITION_PEOPLE.fullmatch(finding.text)
        and not _COUNTED_AMONG.search(before, 0, determiner.start())
    ):
        return True  # "the dessert table for our diabetics", "nos dialysés"; not "one of"
    if _CONDITION_PEOPLE.fullmatch(finding.text) and _A_COUNT_BEFORE.search(before):
        return True  # "On était 45, dont 12 dialysés et 3 greffés"
    noun_first = _PLURAL_BEFORE_FR.search(before)
    if noun_first:
        # ... after a group determiner, or counted ("par quatre patients BPCO")
        prefix = before[: noun_first.start()]
        return bool(_GROUP_DETERMINER.search(prefix) or _A_COUNT_BEFORE.search(prefix))
    plural = _PLURAL_END.search(finding.text) or _PLURAL_AFTER.match(
        text[finding.end : finding.end + 20]
    )
    return bool(plural and _GROUP_DETERMINER.search(before))


def is_hypothetical(text: str, finding: Finding) -> bool:
    """A health term in a condition put to any reader ("En cas de rhume ou de toux, merci de
    porter un masque", "If you have a fever, stay home"): no one's health."""
    clause = _CLAUSE_START.split(text[max(0, finding.start - _CLAUSE_WINDOW) : finding.start])[-1]
    if _IF_YOU.match(clause):
        return True
    # a question to the reader ("Vous avez été opéré récemment, vous prenez des
    # anticoagulants ? Le médecin vous dira", "Have you had chemo in the last year?")
    rest = _SENTENCE_END.search(text, finding.end)
    return bool(_YOU_ASK.match(clause) and rest is not None and rest.group() == "?")


def in_sign_off(text: str, finding: Finding) -> bool:
    """A finding on the post's sign-off line ("— Pharmacie du Centre, Saint-Flour")."""
    line = _sign_off_span(text)
    return line is not None and line[0] <= finding.start and finding.end <= line[1]


@lru_cache(maxsize=64)
def _sign_off_span(text: str) -> tuple[int, int] | None:
    """Where the post's sign-off line is, if it has one (searched once per post, read for
    each of its places)."""
    match = _SIGN_OFF.search(text)
    return match.span() if match else None


def in_a_title(text: str, finding: Finding) -> bool:
    """A health term inside the quoted title of a workshop, a talk or a campaign, or the
    subject of a qualification ("her MSc in Diabetes Education")."""
    before = text[max(0, finding.start - _TITLE_WINDOW) : finding.start]
    return in_a_quoted_title(text, finding.start) or bool(_QUALIFICATION_BEFORE.search(before))


def in_a_quoted_title(text: str, position: int) -> bool:
    """Whether `position` is inside the quoted title of a workshop, a talk, a campaign or a
    month's theme (the words there are the title's: people.py reads its words for people
    so), not inside a testimony given for a campaign."""
    before = text[max(0, position - _TITLE_WINDOW) : position]
    title = _TITLE_OPEN_BEFORE.search(before)
    # "d'avoir accepté de témoigner pour notre campagne : « J'avais ... »": the speaker's own
    return title is not None and not _TESTIMONY_BEFORE.search(
        before, max(0, title.start() - 50), title.start()
    )
