"""Outbreaks and cases among a few people of one place: news about a small, closed group.

An outbreak in a named care home, a case in one worker of a named workplace, two pupils of one
class taken ill: with the place, the post is about the few people it struck
(docs/verdict-rules.md).
"""

from __future__ import annotations

import re

__all__ = ["few_struck", "outbreak"]

# A traveller or a visitor, English and French: one case a notice follows on its way.
_TRAVELLER = (
    r"(?:passenger|travell?er|visitor|voyageu(?:r|se)|passag(?:er|[èe]re)|visiteur|visiteuse)"
)
# An outbreak is news about the people it struck: in a named care home, a small group.
_OUTBREAK = re.compile(
    # ("un épisode de gastro-entérite touche l'EHPAD Les Tilleuls")
    r"\b(?:outbreak|outbreaks|cases?\s+of|cluster|test(?:ed|ing|s)?\s+positive|[ée]pid[ée]mie|foyer|"
    # ("Éclosion de COVID-19 au CHSLD": Québec French for an outbreak)
    r"[ée]closions?|"
    r"[ée]pisode\s+(?:de|d['’])|"
    # a contagious illness said to go round a home ("COVID is going through Maple Lane Senior
    # Living", "flu has been sweeping through the home", "la grippe fait le tour de l'EHPAD");
    # not people "going through chemo"
    r"(?:covid(?:-19)?|flu|influenza|norovirus|noro|virus|bug|sickness|d\s?&\s?v|gastro|"
    r"measles|chickenpox|scabies|rsv|strep|whooping\s+cough|grippe|gastro-ent[ée]rite)\s+"
    r"(?:is|was|has\s+been|['’]s)\s+(?:going|spreading|sweeping|tearing|running)\s+"
    r"(?:through|round|around)|"
    r"(?:grippe|gastro|covid|gale|varicelle|rougeole)\s+fait\s+le\s+tour\s+(?:de|du|des)|"
    r"cas\s+de|flamb[ée]e|test[ée]e?s\s+positi(?:f|ve)s?|"
    # an illness among a home's residents ("norovirus was confirmed among residents", "12
    # résidents malades", "plusieurs résidents touchés")
    # (a few words may come between: "confirmed in a small number of our residents", "we
    # confirmed COVID-19 in five residents")
    r"(?:confirmed|spreading|circulating|reported)\s+(?:[\w-]+\s+){0,3}?(?:among|in)\s+"
    r"(?:[\w-]+\s+){0,5}?"
    r"(?:residents|patients)|"
    r"(?:\d+|deux|trois|quatre|cinq|plusieurs|several|two|three|four|five)\s+"
    # ("three of our residents", "trois de nos résidents")
    r"(?:(?:of\s+(?:our|the)|de\s+nos|des)\s+)?"
    r"(?:r[ée]sidents|residents|pensionnaires|patients|patientes|soignants|staff)\b"
    # ("6 patients et 2 soignants ont une grippe confirmée", "have been diagnosed with TB";
    # "11 résidents et 4 professionnels de l'EHPAD Les Oyats présentent des symptômes", "12
    # residents have developed symptoms": up to 60 characters for a second group and the home)
    r"[^.!?\n]{0,60}?\b(?:malades|touch[ée]s|atteints|contamin[ée]s|infect[ée]s|positifs|ill|"
    r"unwell|infected|affected|confirm[ée]e?s?|confirmed|diagnosed|diagnostiqu[ée]e?s|"
    # (symptoms, not wishes: "présentent des vomissements", not "présentent leurs vœux")
    r"(?:pr[ée]sent(?:ent|aient|ant)|ont\s+pr[ée]sent[ée])\s+(?:des|de|d['’]|une?)|"
    r"symptomatiques|symptomatic|"
    # (symptoms developed, not a liking: "have developed a real love of chair yoga")
    r"developed\s+(?:symptoms|signs|(?:a\s+)?(?:fever|rash|cough|diarrh\w*|vomiting))|"
    r"(?:are|were)\s+showing\s+(?:symptoms|signs)))\b",
    re.IGNORECASE,
)
# A case in one worker of a named place ("un cas confirmé ... chez un infirmier du centre de
# santé de Ngongolio", "a case of TB in a member of staff at"): a few colleagues; or cases
# among the patients of one ward.
_CASE_AT_WORK = re.compile(
    # (a kind of worker too: "in a health worker at", "chez un agent de santé")
    # (not a conditional: "in case of heat stroke in an outdoor worker", "en cas de")
    r"(?<!\bin\s)(?<!\ben\s)\b(?:cas|case)\b[^.!?\n]{0,80}?\b(?:chez|in)\s+(?:un|une|an?|one)\s+"
    # (a word of the trade before it: "in a kitchen worker at", "in a farm worker")
    r"(?:[\w-]+\s+)?(?:member\s+of\s+staff|"
    r"staff\s+member|worker|employee|nurse|teacher|pupil|agent|infirmi(?:er|[eè]re)|employ[ée]e?|"
    r"travailleu(?:r|se)|ouvri(?:er|[eè]re)|coll[eè]gue|"
    r"salari[ée]e?|enseignante?|[ée]l[eè]ve|agente?|student|patient|patiente|resident|"
    r"r[ée]sidente?|child|enfant)\b"
    # one of a workplace's people diagnosed ("a member of staff at the school has been
    # diagnosed with tuberculosis", "un salarié du site a été testé positif")
    # (a class or a trade between: "one of our Grade 11 boarding students", "a member of our
    # cleaning staff")
    r"|\b(?:an?|one|un|une)\s+(?:of\s+(?:their|our|the|his|her)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:classmates|pupils|students|learners|boarders|colleagues|workers|staff|residents)\s+|"
    r"de\s+(?:leurs|nos|ses)\s+(?:camarades|coll[eè]gues|[ée]l[eè]ves)\s+|"
    r"member\s+of\s+(?:staff|(?:our|the)\s+(?:[\w-]+\s+)?(?:staff|team))|staff\s+member|worker|"
    r"employee|teacher|pupil|student|colleague|membre\s+du\s+personnel|salari[ée]e?|"
    # a hospital's staff ("a nurse working in the Paediatric Ward has been diagnosed")
    r"nurse|doctor|midwife|porter|cleaner|infirmi(?:er|[eè]re)|m[ée]decin|aide-soignante?|"
    # a camp's or a club's staff ("a counselor at Camp Namekagon has been diagnosed")
    r"counsell?or|camper|volunteer|coach|moniteur|monitrice|animat(?:eur|rice)|b[ée]n[ée]vole|"
    r"employ[ée]e?|enseignante?|[ée]l[eè]ve|agente?|coll[eè]gue)\b[^.!?\n]{0,50}?\b(?:has\s+been|"
    r"was|is|a\s+[ée]t[ée]|est)\s+(?:diagnosed|confirmed|found|tested\s+positive|"
    r"diagnostiqu[ée]e?|test[ée]e?\s+positi(?:f|ve))"
    # cases among the patients of one ward ("Trois cas d'hépatite A ... chez des enfants
    # hospitalisés en salle Ibn Sina")
    r"|\b(?:cas|cases)\b[^.!?\n]{0,80}?\b(?:chez|in|among|parmi)\s+(?:des|les|the|our|nos)?\s*"
    r"(?:patients|patientes|enfants|children|residents|r[ée]sidents|b[ée]b[ée]s|babies)\s+"
    r"(?:hospitalis[ée]e?s\s+)?(?:en|on|in|dans|à|au|sur)\s+(?:la\s+|l['’]|the\s+)?"
    r"(?:salle|service|unit[ée]|ward|unit|bay|[ée]tage|pavillon)\b"
    # one traveller or visitor found ill, whose movements a notice then gives ("confirmed
    # measles in a passenger who travelled on", "A person who has since tested positive for
    # measles was at these places"): a case the people there can tell
    # (confirmed or detected, not "diagnosed": "Type 2 diabetes is often diagnosed years late
    # in a person over 40" is anyone)
    r"|\b(?:confirmed|detected|confirm[ée]e?|d[ée]tect[ée]e?)\s+"
    r"(?:(?:a\s+case\s+of\s+|un\s+cas\s+de\s+)?[\w'’-]+\s+){0,3}?(?:in|chez)\s+(?:an?|one|une?)\s+"
    # (not "a person": "Measles is confirmed in a person by a simple blood test" is anyone)
    rf"(?:[\w-]+\s+)?{_TRAVELLER}\b"
    # (and where they went, in the sentence: "A person who has been diagnosed with dementia
    # can still live well" is anyone)
    rf"|\b(?:an?|one|une?)\s+(?:{_TRAVELLER}|person|child|personne|enfant)\s+(?:who|qui)\s+"
    r"(?:has|a)\s+"
    r"(?:since\s+|depuis\s+|now\s+)?(?:tested\s+positive|been\s+diagnosed|been\s+confirmed|"
    r"[ée]t[ée]\s+(?:test[ée]e?\s+positi|diagnostiqu|confirm))[^.!?\n]{0,80}?\b"
    r"(?:was\s+at|were\s+at|visited|attended|travell?ed|flew|boarded|passed\s+through|"
    r"[ée]tait\s+(?:à|au|aux|dans)|a\s+fr[ée]quent[ée]|s['’]est\s+rendue?|a\s+s[ée]journ[ée]|"
    r"a\s+voyag[ée])"
    # ... or back from a trip ("measles in an unvaccinated adult who recently returned from
    # out of state", "chez une personne qui revenait de")
    # (a notice's word first: "A fever in an adult who has recently returned from the
    # tropics needs testing" is advice)
    r"|\b(?:confirm\w*|detect\w*|d[ée]tect\w*|cases?|cas)\b[^.!?\n]{0,60}?"
    r"\b(?:in|chez)\s+(?:an?|one|une?)\s+(?:[\w-]+\s+){0,2}?(?:person|adult|resident|child|"
    r"man|woman|personne|adulte|r[ée]sidente?|enfant|homme|femme)\s+(?:who|qui)\s+"
    r"(?:had\s+|has\s+|have\s+|est\s+|[ée]tait\s+)?(?:recently\s+|just\s+|r[ée]cemment\s+)?"
    r"(?:returned|travell?ed|came\s+back|arrived|flew\s+in|rentr[ée]e?|revenue?|revenait|"
    r"arriv[ée]e?)\s+(?:home\s+)?(?:from|de|d['’]|du|des)\b",
    re.IGNORECASE,
)
# Verbs of falling ill ("diagnosed", "diagnostiqués", not "sepsis diagnosis"; signs of food
# poisoning: "ont présenté des vomissements", "présentent une varicelle"; a worker's "treated
# for", "medevaced", "ont fini aux urgences").
_TAKEN_ILL = (
    r"(?:hospitalis|admitted|treated\s+for|taken\s+ill|fell\s+ill|tomb[ée]s?\s+malades|sick|"
    r"unwell|malades|infect|contamin|tested\s+positive|test[ée]s\s+positifs|diagnos(?!is\b)|"
    r"intoxi(?:qu|cation)|[ée]vacu[ée]s|died|passed\s+away|d[ée]c[ée]d|confirm|medevac|"
    r"soign[ée]s|urgences|pr[ée]sent(?:[ée]|ent|aient)\s+(?:des|une?)|vomi|diarrh|"
    # carried to or treated at a hospital ("were flown to Hedland Health Campus", "treated at
    # Logan Regional Medical Center", "transportés à l'hôpital de"), not any trip ("flown to
    # Sydney for a conference")
    r"(?:flown|airlifted|rushed|taken|transferred|treated)\s+(?:to|at)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?"
    r"(?:hospital|health\s+campus|medical\s+cent(?:re|er)|a&e|emergency)|"
    r"transport[ée]e?s?\s+(?:à|a|au|aux|vers)\s+(?:l['’]\s*|les\s+)?(?:h[ôo]pital|hospices|chu|"
    r"clinique)|pris\s+en\s+charge\s+par\s+(?:les\s+)?(?:sapeurs|pompiers|smur|samu))"
)
# A few children or workers of one class, school or workplace struck by an illness ("deux
# enfants de la classe de CM1 ... ont été hospitalisés", "two pupils at Hill Primary were
# admitted"): news about a small, closed group, like a case at work. A verb of falling ill in
# the same sentence, as "two pupils at Hill Primary ran a diabetes stall" is no case.
_FEW_STRUCK = re.compile(
    r"\b(?:(?:deux|trois|quatre|cinq|plusieurs|quelques|two|three|four|five|several|a\s+few|"
    # (boarders of a school too: "trois internes de seconde")
    r"[2-9])\s+(?:enfants|[ée]l[eè]ves|[ée]coliers|coll[ée]giens|lyc[ée]ens|internes|salari[ée]s|"
    r"employ[ée]s|agents|ouvriers|children|kids|pupils|students|workers|employees|staff|"
    r"patients|patientes|residents|r[ée]sidents|"
    # a few of one team ("two of the nurses on Ward 14", "two guys from my shift", "deux de nos
    # infirmières"): "two nurses in Ondo State" are a region's
    r"(?:of\s+(?:the|our|my)\s+|d['’]entre\s+(?:les|nos)\s+|de\s+nos\s+)(?:nurses|colleagues|"
    r"guys|lads|infirmi[eè]res|infirmiers|soignants|coll[èe]gues)|(?:guys|lads)(?=\s+from\s+my))"
    # (a two-digit count of one workplace's staff is still a small group: "14 salariés du";
    # forty patients of a hospital are not)
    r"|[1-9]\d\s+(?:salari[ée]s|employ[ée]s|agents|ouvriers|workers|employees|staff))"
    r"\s+(?:hospitalis[ée]e?s\s+)?"
    r"(?:de|du|d['’]|at|from|of|in|on|en|dans|sur)\s+"
    r"(?:la\s+|l['’]|the\s+|our\s+|notre\s+|a\s+|une?\s+|my\s+|mon\s+|ma\s+)?"
    r"(?:classe|[ée]cole|coll[èe]ge|lyc[ée]e|cr[èe]che|usine|entreprise|abattoir|chantier|"
    # (a shift of one workplace: "two guys from my shift at Ruiru Steel Mills")
    r"class|school|primary|nursery|factory|plant|site|warehouse|shift|"
    # (a French school year: "de seconde", "de CM1", "de 6e")
    r"seconde|premi[èe]re|terminale|sixi[èe]me|cinqui[èe]me|quatri[èe]me|troisi[èe]me|"
    r"(?-i:CP|CE1|CE2|CM1|CM2)|[3-6]e\b|"
    r"centre\s+logistique|entrep[ôo]t|d[ée]p[ôo]t|depot|bureaux?|office|"
    # ... or of one ward ("Two patients on Ward 5 North have confirmed C. difficile"), a US
    # unit named by its floor and wing too ("on 4 East")
    r"ward|unit|bay|salle|service|unit[ée]|[ée]tage|pavillon|(?-i:[A-Z])|"
    r"[1-9]\d?\s+(?:north|south|east|west)\b)"
    r"[^.!?\n]*?\b" + _TAKEN_ILL,
    re.IGNORECASE,
)
# A verb of falling ill anywhere ("were treated for", "ont été hospitalisés"): what makes a
# counted group of a place patients (groups.group_near).
TAKEN_ILL = re.compile(r"\b" + _TAKEN_ILL, re.IGNORECASE)


# A service's count of acts for the patients counted next ("14 200 séances de dialyse pour 96
# patients atteints d'insuffisance rénale", "3,000 visits for 250 patients with"): a yearly
# figure, no outbreak.
_ACTS_FOR_BEFORE = re.compile(
    r"\b(?:s[ée]ances|consultations|examens|actes|dialyses|sessions|treatments|visits|"
    r"appointments|procedures|scans)\b[^.!?\n]{0,40}\b(?:pour|for)\s+$",
    re.IGNORECASE,
)


def outbreak(text: str) -> bool:
    """Whether the post tells of an outbreak or of cases among residents or patients (not a
    service's yearly count of patients)."""
    return any(
        not _ACTS_FOR_BEFORE.search(text, max(0, m.start() - 80), m.start())
        for m in _OUTBREAK.finditer(text)
    )


def few_struck(text: str) -> bool:
    """Whether the post tells of a case in one worker, pupil or patient of a place, or of a few
    of one class, workplace or ward taken ill."""
    return bool(_CASE_AT_WORK.search(text) or _FEW_STRUCK.search(text))
