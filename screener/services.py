"""Health terms that name a service, a team, a campaign or a topic rather than anyone's health
("our stroke unit", "Dementia Awareness Week", "a leaflet comparing Evorel, Oestrogel and
Elleste", "notre nouvelle IRM"): docs/verdict-rules.md, rule 2."""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import attrgetter

from screener.recognizers.age_words import KIN_EN, KIN_FR, POSTERS_KIN
from screener.sentences import sentence, sentence_of
from screener.types import Finding

# Words after a health term that make it the name of a service, a team or a campaign ("our
# stroke unit", "the sickle cell day unit", "diabetes team", "Dementia Awareness Week").
# Capitalised heads of job titles named after a disease.
_JOB_HEADS = r"Navigators?|Coordinators?|Co-ordinators?|Leads?|Advocates?|Practitioners?"
_SERVICE_AFTER = re.compile(
    # (one word in capitals may come between: "300 stroke FAST leaflets"; another specialty
    # joined to it too: "our burns and plastics dressing clinic")
    # (no determiner there: "has asthma and a clinic appointment", "et le service est complet")
    r"^[\s-]*(?:(?:and|&|et)\s+(?!(?:a|an|the|his|her|their|my|our|le|la|les|un|une|son|sa|ses|"
    r"mon|ma|leur|notre)\s)[a-z]+\s+(?:[a-z]+\s+)?"
    r"(?=(?:clinic|unit|service|team|ward|centre|center|society|fund)s?\b))?"
    # (or a gerund: "STI testing clinics", "a wound dressing clinic")
    r"(?:day\s+|(?-i:[A-Z]{2,6})\s+|(?-i:[a-z]+ing)\s+(?=clinics?\b)|"
    # (a capitalised word before a capitalised charity's head: "the Sickle Cell Family Fund")
    # (not a word of lived experience: a "Stroke Survivor Advocate" has had one)
    r"(?-i:(?!(?:Survivor|Patient|Peer|Lived|Experience)\b)[A-Z][a-z]+)\s+"
    rf"(?=(?-i:Fund|Trust|Foundation|Society|Network|Appeal|{_JOB_HEADS})\b))?"
    r"(?:unit|units|ward|wards|team|teams|service|"
    r"services|clinic|clinics|"
    r"centre|center|department|nurse|nurses|specialists?|educators?|co-?ordinators?|"
    r"awareness|month|week|day|charity|"
    # a team's work in the community ("Diabetes outreach cover: Marty", "the dementia liaison")
    r"outreach|liaison|in-?reach|"
    r"society|foundation|research|appeal|café|cafe|support\s+group|helpline|network|trust|fund|"
    # a group's gatherings ("the Brixton sickle cell coffee morning", "our MS walk")
    r"coffee\s+mornings?|meet-?ups?|choir|walk|fun\s+run|drop-ins?|"
    # a mobile service ("the breast screening bus"); a group's gatherings ("a small gout
    # support meetup"), a service's talks ("menopause chats with our pharmacist")
    r"bus|van|truck|support\s+(?:groups?|meet-?ups?|circles?|nights?|sessions?|networks?)|"
    # a job named after it, capitalised ("our new Sickle Cell Community Navigator", "Stroke
    # Coordinator"; not "diabetes can lead to")
    rf"(?-i:{_JOB_HEADS})|"
    # a programme named with it ("Dementia Friends", "Diabetes Champions"), a team's name
    # ("Myeloma Mates", "Team Lymphoma Legends")
    r"(?-i:Friends|Champions|Buddies|Ambassadors|Mates|Legends|Warriors|Squad|Crew|Posse|"
    r"Heroes|Runners|Walkers)|"
    r"chats?|"
    # charities ("Macmillan Cancer Support", "Marie Curie Cancer Care"), capitalised
    r"(?-i:Support|Care)|"
    r"programme|program|screening\s+programme|[ée]quipe|unit[ée]|p[ôo]le|"
    r"consultation|association|ligue|mois|semaine|journ[ée]e|"
    # documents and talks about it ("the pulmonary rehab leaflets", "a dementia webinar")
    r"leaflets?|booklets?|brochures?|flyers?|factsheets?|posters?|webinars?|workshops?|"
    r"guidelines?|guidance|"
    # a place or a thing fit for it ("dementia-friendly leaflets", "a dementia-friendly café")
    r"friendly|"
    # a charity named by a disease and its country ("Parkinson's UK", "Diabetes Ireland")
    r"(?-i:UK|Ireland|Scotland|Cymru|Wales|Canada|Australia|NZ|SA|Suisse|Belgique|Québec))\b",
    re.IGNORECASE,
)
# ... or before it, as French names services ("le nouveau centre de dialyse", "service
# d'oncologie", "la Fondation contre le Cancer") and charities are named ("Society for ...").
_SERVICE_BEFORE = re.compile(
    r"\b(?:centre|service|unit[ée]|p[ôo]le|consultation|[ée]quipe|fondation|ligue|association|"
    # (the words between may be elided: "centre d'évaluation et de traitement de la douleur")
    r"f[ée]d[ée]ration|institut|foundation|society|alliance|fund|campaign)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|contre\s+"
    r"(?:le\s+|la\s+|les\s+|l['’])?)$"
    # a French café named by the disease right after it ("au café Alzheimer de Vannes"); not a
    # group, whose members' health it tells ("Michel du groupe Parkinson est hospitalisé")
    r"|\bcaf[ée]s?\s+$"
    # English names with "for" / "against" are capitalised ("the Society for Endocrinology",
    # "Centre for Dialysis Research"): "comes to our centre for dialysis" is a visit's purpose
    r"|\b(?-i:Centre|Center|Foundation|Society|Alliance|Fund|Campaign|Institute|Trust)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:for|against)\s+(?:the\s+)?$"
    # the topic of a talk or a leaflet ("the talk on dementia and sleep", "atelier sur le")
    # a group that meets about it ("le groupe de parole douleur chronique de Rennes")
    r"|\bgroupes?\s+(?:de\s+parole|de\s+soutien|d['’]entraide)\s+(?:(?:sur|autour\s+de|"
    r"pour)\s+)?(?:la\s+|le\s+|les\s+|l['’])?$"
    # (articles, webinars and videos too: "l'article sur les statines", "le webinaire sur
    # l'asthme"), and the rest of its clause ("leaflets on the signs of an underactive
    # thyroid", "a talk on atrial fibrillation and blood thinners", "les brochures sur la
    # rééducation après AVC"); a possessive there still makes it someone's (_PERSONAL_BEFORE)
    r"|\b(?:talks?|webinars?|webinaires?|workshops?|leaflets?|booklets?|conf[ée]rences?|"
    r"ateliers?|brochures?|meetings?|sessions?|evenings?|r[ée]unions?|soir[ée]es?|articles?|"
    r"vid[ée]os?|papers?|studies|study|[ée]tudes?|factsheets?|fiches?|pages?|"
    # the readers' questions on it ("vos questions sur les glycémies"; not "Nadia had loads of
    # questions about the chemo she starts")
    r"(?:(?<=\byour\s)|(?<=\bvos\s)|(?<=\bany\s)|(?<=\btes\s))questions?|"
    # research on it ("un programme de recherche sur la drépanocytose", "research into")
    r"recherches?|research|"
    # a group's voice chats, podcasts and shows ("tonight's voice chat (8pm UK) is on"); a
    # chat or a discussion only as an event ("had a chat with her consultant about" is hers)
    r"(?:(?:voice|video|group|live|weekly|monthly|online|tonight['’]s|next|our|notre|"
    r"prochaine?|en\s+ligne)\s+)(?:chats?|discussions?)|podcasts?|[ée]missions?|guides?|"
    # a report or a documentary on it ("le reportage d'hier soir sur la bipolarité", "a
    # documentary about psychosis")
    r"reportages?|documentaires?|docus?|documentar(?:y|ies))\s+"
    # (up to two words between: "une réunion d'info sur", "une page claire sur"; a time in
    # brackets and "is" too: "chat (8pm UK) is on"; no one met there: "with her consultant")
    r"(?:(?!(?:with|avec|his|her|their|my|son|sa|ses|mon|ma|leur|leurs)\b)[\w'’()-]+\s+){0,4}?"
    r"(?:(?:is|will\s+be|est|sera)\s+)?"
    # what a leaflet does with it ("a leaflet comparing Evorel, Oestrogel and Elleste")
    # (a cause's research too: "une course pour la recherche contre le cancer")
    r"(?:on|about|into|sur|autour\s+de|comparing|covering|explaining|listing|contre|against)\s+"
    # (no capital, no word for someone: "the webinar on Monday, Paul Dunn told us he has" is
    # not a topic)
    r"(?:(?!\b(?:he|she|who|his|her|il|elle|qui|son|sa|ses)\b)(?-i:[^.!?\nA-ZÀ-Ý])){0,40}$"
    # a remedy said to help with it ("c'est bon contre l'arthrose", "good for gout"): a
    # claim, no one's health
    r"|\b(?:bon(?:ne)?s?|efficaces?|good|great)\s+(?:contre|pour|for|against)\s+"
    r"(?:le\s+|la\s+|les\s+|l['’]|the\s+)?$"
    # an event named after it ("Bénévoles Marche Trisomie 21", "the Walk for Parkinson's")
    r"|\b(?-i:Marche|Course|Relais|Foul[ée]es|Corrida|Walk|Run|Ride|Swim)\s+(?:(?:contre|pour|"
    r"for|against)\s+(?:le\s+|la\s+|les\s+|l['’]|the\s+)?)?$"
    # ... in lower case after an article ("la marche contre l'hypertension", "une course pour
    # la mucoviscidose"; not "ça marche contre la toux")
    r"|\b(?:la|une|notre|leur|cette|sa|the|our|a)\s+(?:marche|course|randonn[ée]e|collecte|"
    r"mobilisation|campagne|walk|run|ride)\s+(?:solidaire\s+|caritative\s+|sponsored\s+)?"
    r"(?:contre|pour|against|for)\s+(?:le\s+|la\s+|les\s+|l['’]|the\s+)?$"
    # a French service named by the disease in apposition ("la nouvelle unité drépanocytose",
    # "notre consultation Parkinson", "le service diabète")
    r"|\b(?:unit[ée]|service|p[ôo]le|consultation|centre|[ée]quipe|r[ée]seau)\s+$"
    # a mobile service ("le camion de dépistage du glaucome", "the breast screening bus"),
    # and a fair's or a walk's stand ("un stand de dépistage du cancer du sein")
    r"|\b(?:camion|bus|caravane|van|truck|stand|stands|tente|booth)\s+(?:[\w-]+\s+){0,2}?(?:de\s+la\s+|de\s+l['’]|du\s+|"
    r"des\s+|de\s+|d['’])$",
    re.IGNORECASE,
)
# What joins the items of a list ("Evorel, Oestrogel and Elleste", "IRM et scanner").
_LIST_JOIN = re.compile(r"\s*(?:,|&|/|,?\s*\b(?:and|or|et|ou)\b)\s*", re.IGNORECASE)
# Service words in French apposition ("consultation Alzheimer", "service diabète"): a
# possessive before them is the patient's ("sa consultation Alzheimer mardi").
_SERVICE_HEADS = frozenset({"consultation", "consultations", "service", "unité", "unite"})
# A procedure's machine, new to a service ("inauguration de notre nouvelle IRM", "our new MRI
# scanner"): equipment, not anyone's scan ("she needs a new MRI", "une nouvelle IRM" may be).
_NEW_MACHINE_BEFORE = re.compile(
    r"\b(?:our|the|notre|la|le|l['’])\s*(?:brand[\s-]+)?(?:new|nouvel(?:le)?|nouveau)\s+$",
    re.IGNORECASE,
)
# What makes such a term about someone after all ("my dementia nurse", "Mum's MS team").
_PERSONAL_BEFORE = re.compile(
    r"\b(?:my|his|her|their|your|mon|ma|mes|son|sa|ses)\s+$|\w['’]s\s+$"
    # a patient's own passage through the service ("the first baby born from our new IVF
    # service", "discharged from our stroke unit", "soignée par notre équipe")
    r"|\b(?:born|conceived|discharged|treated|released)\s+(?:from|through|by|in|on|at|thanks\s+to)"
    r"\s+(?:our|the)\s+(?:new\s+)?$"
    # someone telling their own story in the work ("for talking so openly in our video about
    # living with sickle cell", "d'avoir témoigné dans notre vidéo sur"): their health
    r"|\b(?:talk(?:ing|ed)|speaking|spoke|shar(?:ing|ed)|telling|told|t[ée]moign\w*|"
    r"parl[ée]\w*|racont\w*)\s+(?:so\s+|very\s+|si\s+)?(?:openly\s+|honestly\s+|bravely\s+|"
    r"ouvertement\s+)?(?:in|on|dans|sur)\s+(?:our|the|a|notre|la|le|une?)\s+(?:[\w-]+\s+)?"
    r"(?:video|vid[ée]o|film|podcast|interview|[ée]mission)\s+(?:about|on|sur|de)\b"
    r"[^.!?\n]*$",
    re.IGNORECASE,
)
# ... or a relative's after it ("le documentaire sur la schizophrénie de mon frère", "the
# talk on the stroke of my husband"): that relative's health.
_RELATIVES_AFTER = re.compile(
    r"\s*(?:de|d['’]|of)\s+(?:my|his|her|their|our|mon|ma|mes|son|sa|ses|notre|nos|leur)\s+"
    rf"(?:[\w'’-]+\s+)?(?:{KIN_EN}|{KIN_FR})\b",
    re.IGNORECASE,
)
# ... or, after a report's word, a person by name ("le reportage sur le cancer de Ginette
# Roy"; a service's town stays a service's: "le service de cardiologie de Bayonne")
_NAMED_AFTER = re.compile(
    r"\s*(?:de|d['’]|of)\s+(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)?(?-i:[A-ZÀ-Ý])[\w'’-]+"
)
# A report's or a documentary's word: a topic there is no one's, unless the poster's own
# people are in the same sentence ("the documentary about dementia at Ferndale, that's my gran
# Edna in the opening scene").
_REPORT = re.compile(
    r"\b(?:reportages?|documentaires?|docus?|documentar(?:y|ies))\b", re.IGNORECASE
)
_OWN_PEOPLE = re.compile(POSTERS_KIN)


def services_named(text: str, findings: Sequence[Finding]) -> set[Finding]:
    """The health terms naming a service, a team, a campaign or a topic, and those listed
    right after a topic ("a leaflet comparing Evorel, Oestrogel and Elleste": all three; not
    "back on the dialysis unit, pneumonia and sepsis this time")."""
    named: set[Finding] = set()
    last: Finding | None = None
    for f in sorted((f for f in findings if f.category == "health"), key=attrgetter("start")):
        listed = last is not None and _LIST_JOIN.fullmatch(text, last.end, f.start) is not None
        if listed:
            named.add(f)
            last = f
        elif _names_service(text, f):
            named.add(f)
            topic = _SERVICE_BEFORE.search(text, max(0, f.start - 70), f.start) is not None
            last = f if topic else None
        elif last is None or f.start >= last.end:
            last = None
    return named


def _names_service(text: str, finding: Finding) -> bool:
    """A health term naming a service, team or campaign ("our stroke unit", "Dementia
    Awareness Week", a found "dialysis unit"), or a new machine ("notre nouvelle IRM", "our
    new CT scanner"), unless a possessive makes it someone's ("my MS nurse", "born from our
    IVF service")."""
    # (70 characters: a topic's head may stand a clause before it, "une page claire sur la
    # rougeole : symptômes, vaccination")
    before = text[max(0, finding.start - 70) : finding.start]
    if finding.entity_type == "PROCEDURE" and _NEW_MACHINE_BEFORE.search(before):
        return not _PERSONAL_BEFORE.search(before)
    if _RELATIVES_AFTER.match(text, finding.end):
        return False
    if _REPORT.search(before) and (
        _NAMED_AFTER.match(text, finding.end)
        or _OWN_PEOPLE.search(sentence(text, sentence_of(text, finding.start)))
    ):
        return False
    words = finding.text.split()
    tail = " " + words[-1] if len(words) > 1 else ""
    service = _SERVICE_BEFORE.search(before)
    if service and service.group().split()[0].lower() in _SERVICE_HEADS:
        # "sa consultation Alzheimer", "son service diabète": a possessive before the service
        # word makes it that person's visit
        before = before[: service.start()]
    elif not (
        service
        or _SERVICE_AFTER.match(tail)
        or _SERVICE_AFTER.match(text[finding.end : finding.end + 40])
    ):
        return False
    return not _PERSONAL_BEFORE.search(before)


# Work someone gives around a health detail, not their own health: a service noun after it,
# one word on at most ("has menopause appointments", "COVID patients", "diabetes foot
# checks"), or before it ("sa formation diabète", "his talk on lupus"), or the term itself
# ending in a service in the plural ("his flu jabs": the ones he gives). Read by the tests of
# whose health a detail is (staff.own_health_of, roles), not by services_named: "Mum's chemo
# appointments" are still her chemo.
# Treatments against an illness, told as someone's own ("après un an de traitements contre le
# cancer du sein"; not the treatments in general: "elle présente les traitements contre la
# leucémie"). Read by the staff and role rules.
TREATMENT_AGAINST = r"(?<!les\s)(?<!des\s)(?<!aux\s)\btraitements?\s+contre"
_GIVEN_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:jabs?|vaccines?|clinics?|sessions?|training|formations?|talks?|"
    r"appointments?|patients|checks?|list|leaflets?|service|team|group|consultations?|"
    r"ateliers?|cours)\b",
    re.IGNORECASE,
)
_GIVEN_BEFORE = re.compile(
    r"\b(?:formation|training|session|talk|clinic|consultation|atelier|cours|conf[ée]rence)\s+"
    r"(?:(?:de|du|sur|on|about)\s+(?:la\s+|le\s+|l['’]|the\s+)?)?$",
    re.IGNORECASE,
)
_GIVEN_TERM = re.compile(r"\b(?:jabs|vaccines|vaccinations|checks|clinics)$", re.IGNORECASE)


def given_as_a_service(text: str, finding: Finding) -> bool:
    """Whether a health detail is told as work given to others (`_GIVEN_AFTER`)."""
    return bool(
        _GIVEN_AFTER.match(text, finding.end)
        or _GIVEN_BEFORE.search(text, max(0, finding.start - 30), finding.start)
        or _GIVEN_TERM.search(finding.text)
    )
