"""Staff and public figures: people a post names in their role, whose own health is theirs.

Staff speak in their own name and public figures' health news is already public
(docs/verdict-rules.md): neither makes a post health data, unless the health detail near the
name is their own ("recovering well after her bypass").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from screener import group_health
from screener.fiction import characters
from screener.people import FAQ_QUESTION
from screener.public_figures import FRENCH_NATIONALITY, is_public_figure
from screener.quotes import open_quote_before
from screener.services import TREATMENT_AGAINST, given_as_a_service
from screener.types import Finding

# US and Canadian clinical credentials written after a name ("Jenna Cole, RD", "Cody Barrow,
# ATC", "Priya Natarajan, RN"): the person's licence, not a condition ("RD") or a place ("RN").
_CREDENTIAL = re.compile(
    r"RN|RD|RDN|ATC|MD|NP|DO|PA-C|LPN|CNM|FNP|CNA|LCSW|LMFT|LPC|MSW|BSN|MSN|CDCES|CDE|IBCLC|"
    r"APRN|DNP|PharmD|DPT|OTR|CCC-SLP"
)
# A capitalised name and its comma, other credentials maybe between ("Kim Ho, MSN, ").
_CREDENTIAL_AFTER_NAME = re.compile(r"\b[A-Z][\w'’-]+,\s*(?:[A-Z][\w-]*,\s*)*\Z")


# A clinical credential right after a name and its comma ("Kayla Bartley, RN, CDCES, who
# joins us", "Kelsey Arnaud, FNP-C,") in a post of staff news (a welcome, a new credential, a
# retirement): the name is staff's. Elsewhere a credential says nothing of whose health is
# told ("Jenna Cole, RN, had a stroke").
_CREDENTIAL_NEXT = re.compile(rf"^\s*,\s*(?:{_CREDENTIAL.pattern})\b")
_STAFF_NEWS = re.compile(
    r"\b(?:welcome|welcoming|joins|joined|joining|congratulations|congrats|earned|certified|"
    r"certification|credential|promoted|promotion|retires|retiring|retirement|introducing|"
    r"meet\s+our)\b",
    re.IGNORECASE,
)


def is_credential(text: str, finding: Finding) -> bool:
    """A credential written after a name and a comma ("Jenna Cole, RD", "Kim Ho, MSN, RN"),
    which spaCy or the vocabulary may take for a place or a condition."""
    return _CREDENTIAL.fullmatch(finding.text) is not None and bool(
        _CREDENTIAL_AFTER_NAME.search(text, max(0, finding.start - 40), finding.start)
    )


# Who leads, hosts or runs something ("led by Dwayne", "animé par Chantal"): a regex source,
# case-insensitive where it is used.
_HOSTED_BY = r"(?:led|hosted|run|facilitated|chaired|presented)\s+by|anim[ée]e?s?\s+par"
# A clinical title or a role right before a name introduces staff ("Dr Okafor", "specialist
# physio Tom Ashdown", "MS nurse specialist Gemma Lloyd", "Pr Martin"), not a patient.
_ROLE_BEFORE = re.compile(
    r"\b(?:dr|dre|doctor|docteure?|doctoresse|prof|professor|professeur|pr|(?:nurse\s+)?practitioner|nurse|(?-i:Sister|Sr\.?)|matron|midwife|"
    # (a head nurse too: "notre infirmière en chef Martine", "l'infirmière-chef Line")
    r"consultant|surgeon|chirurgien(?:ne)?|infirmi[eè]re?(?:\s+en\s+chef|-chef)?|sage-femme|"
    r"specialist|physio|"
    r"physiotherapist|dietitian|dietician|pharmacist|paramedic|therapist|psychologist|"
    r"health\s+visitor|gp|radiographer|sonographer|m[ée]decin|kin[ée](?:sith[ée]rapeute)?|"
    r"di[ée]t[ée]ticien(?:ne)?|psychologue|pharmacien(?:ne)?|cadre\s+de\s+sant[ée]|"
    # officers named by their rank or office speak in that role too ("Chair: Jo Rees")
    r"chair|chairman|chairwoman|cllr|councillor|sgt|sergeant|capt|captain|pc|revd?|"
    r"reverend|pastor|manager|lead|director|coordinator|directeur|directrice|president|"
    # a job advert's recruiter ("Contact our recruiter Jenna Slone at")
    r"recruiter|recruteur|recruteuse|"
    # clergy and coaches who lead a class or a group ("Deacon Ray Tillman", "Coach Lisa")
    r"deacon|deaconess|vicar|priest|imam|rabbi|coach|abb[ée]|cur[ée]|aum[ôo]nier|pasteur|"
    # a staff member's colleague ("Her colleague Rhys Jenkins covers Pontypridd"; "notre
    # collègue" may be back from their own illness)
    r"(?:her|his|their|sa|son|leur)\s+coll(?:eague|[eè]gue)|"
    # who leads, hosts or runs something ("our estates team led by Dwayne", "hosted by
    # @mod_kezia", "animé par Chantal Lejeune"): its organiser, not its subject
    rf"{_HOSTED_BY}|"
    r"pr[ée]sidente?|"
    r"chef(?:fe)?\s+de\s+(?:service|p[ôo]le)|"
    # a ward's head nurse in francophone Africa ("Notre major, Mme Sanogo"; not "major surgery")
    r"(?:notre|le|la|du|au)\s+majore?|"
    # lactation consultants ("Notre consultante en lactation IBCLC, Laure Pichon")
    r"consultante?\s+en\s+lactation(?:\s+IBCLC)?,?|lactation\s+consultant,?|ibclc,?|"
    # allied-health and care roles by their endings ("audiologist", "podiatrist",
    # "optometrist", "orthoptist", "physician") and workers ("social worker Marcus Hill")
    r"[a-z]*(?:ologist|iatrist|ometrist|optist|therapist|ician)|(?:social|support|care|"
    r"youth|link)\s+worker|health\s+adviser|"
    # "-ist" professions ("dentist", "phlebotomist", "anaesthetist", "hygienist") and others
    # a post names staff by ("researcher Ana Diaz", "chaplain Rev Ade", "porter Ken")
    r"[a-z]{3,}ist|researcher|scientist|lecturer|fundraiser|chaplain|porter|receptionist|"
    r"administrator|officer|trustee|ambassador|investigator|registrar|hca|"
    # people quoted in their job ("Tāhunanui Beach lifeguard Sam Te Awa says")
    r"lifeguard|ranger|firefighter|spokes(?:person|man|woman)|porte-parole|"
    # a school's or a team's athletic trainer ("Athletic trainer Cody Barrow, ATC:")
    r"athletic\s+trainer|"
    # who guides patients or gives first aid ("nurse navigator Colleen", "first aider Jo"),
    # a pharmacy's technician ("Notre préparatrice Ketty")
    r"navigator|first\s+aider|pr[ée]parat(?:eur|rice)|"
    r"healthcare\s+assistant|chief\s+executive|ceo|"
    # a group's moderators by their chat names ("Modo Claire", "Admin Kev")
    r"modo|mod|admin|moderator|mod[ée]rat(?:eur|rice)|"
    # US degrees and licences written as titles ("PharmD Chukwuemeka Eze", "RN Maria Lopez")
    r"pharmd|rn|aprn|dnp|(?-i:PT)|"
    r"[a-zé]{3,}iste|[a-zé]+th[ée]rapeute|[a-zé]+logue|aide-soignante?|"
    # UK surgeons are "Mr" / "Miss": a patient is "under", "with" or "seen by" one
    r"(?:under|with|by|to|seen|saw)\s+(?:mr|miss|ms)|"
    # who leads a workshop or a class ("atelier d'orthophonie avec Manon Thiriet")
    r"(?:atelier|conf[ée]rence|s[ée]ance|cours|workshop|talk|session|class)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:avec|with|led\s+by|par|anim[ée]e?\s+par))"
    # where they work may come between ("the dietitian at Altnagelvin, Roisin"), or in French
    # their service ("comme aide-soignante en pédiatrie, Josiane", "infirmière-chef en
    # chirurgie, Lise")
    r"(?:\s+(?:at|from|in)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2},"
    r"|\s+(?:en|au\s+service\s+d['’]|aux)\s*[\w'’-]+,)?"
    # ... or the office they lead, in capitals ("Director of Health Angela Duncan",
    # "Director of Public Health Dr Ama Boateng")
    r"(?:\s+(?:of|for)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?:and\s+|&\s+)?(?-i:[A-Z])[\w'’-]+){0,2})?"
    r"[.:,]?\s*(?:\((?:retd|ret['’]d|retired)\)\s*)?"
    # a nationality may follow a French role ("le chirurgien anglais William Little")
    rf"(?:(?-i:{FRENCH_NATIONALITY})\s+)?"
    # a civil title may sit between ("son nouveau directeur, M. Philippe Renard")
    r"(?:(?:m|mme|mr|mrs|ms|mx|madame|monsieur)\.?\s+)?$",
    re.IGNORECASE,
)
# ... or a staff role in apposition after the name ("Helen Marsh, Lead Nurse", "Mme Arnaud,
# cadre de santé", "I'm Priya, and I've been an endoscopy nurse", "Gwen Pugh, our new first
# contact physiotherapist", "... and Aarav are the physiotherapists"): up to three words of
# grade or specialty before the role noun; the "-ologist" / "-logue" / "-therapist" / "-ician"
# families are all clinical or allied-health roles.
# French care roles, singular (an "s" may follow where they are used): shared by the role after
# a name and the bare profession after "est".
_FR_CARE_ROLES = (
    r"cadre\s+de\s+sant[ée]|infirmi[eè]re?|m[ée]decin|kin[ée](?:sith[ée]rapeute)?|sage-femme|"
    r"ost[ée]o(?:pathe)?|orthophoniste|[a-zé]*logue|[a-zé]*th[ée]rapeute|di[ée]t[ée]ticien(?:ne)?|"
    r"secr[ée]taire|manipulat(?:eur|rice)|pharmacien(?:ne)?|directeur|directrice|"
    r"brancardi(?:er|[eè]re)|"
    # eye and body care professions ("Claire Wagner, orthoptiste", "psychomotricienne",
    # "pédicure-podologue"; not an optician, a shop's: "Mme Roux, opticienne à Dinan")
    r"orthoptiste|psychomotricien(?:ne)?|p[ée]dicure(?:-podologue)?"
)
_ROLE_AFTER = re.compile(
    # the surname the NER left out may come first ("Camille [Fournier], infirmière")
    r"^(?:\s+[A-ZÀ-Ý][\w'’-]+(?=\s*,))?\s*(?:(?:[,(–—-]|[\U0001F300-\U0001FAFF\u2600-\u27BF]+|"
    r",?\s*(?:and\s+)?i(?:['’]ve|\s+have)?\s+(?:been|am))\s*"
    # "Meet Priya 👋 one of our diabetes specialist nurses", "Inès, l'une de nos IPA"
    r"(?:one\s+of\s+(?:our|the)\s+|(?:l['’]\s*)?une?\s+de\s+nos\s+|"
    r"our\s+|the\s+|an?\s+|my\s+|notre\s+|le\s+|la\s+|l['’]|ma\s+|mon\s+)?|"
    # "... are the physiotherapists", "est notre diététicienne": the team's own, not "a nurse"
    r"(?:is|are|est|sont)\s+(?:one\s+of\s+)?(?:our|the|notre|nos|les|le|la|l['’])\s*|"
    # "joins us as our Diabetes Educator", "rejoint l'équipe en tant que diététicienne"
    # (", who has come on board as our ...", ", qui arrive dans l'équipe comme ...")
    # (a time may come between: "joins us this month as", "joined the team in May as")
    r",?\s*(?:(?:who|qui)\s+)?(?:(?:joins|joined|has\s+joined)\s+(?:us|the\s+team|our\s+team)"
    r"(?:\s+(?:this|next|last)\s+(?:week|month|year|spring|summer|autumn|fall|winter)|"
    r"\s+(?:today|in\s+\w+|on\s+\w+))?|"
    r"(?:has\s+)?come\s+on\s+board)\s+as\s+(?:(?:our|the|an?)\s+)?|"
    r",?\s*(?:qui\s+)?(?:rejoint|a\s+rejoint|arrive\s+dans)\s+(?:l['’]\s*[ée]quipe|notre\s+"
    r"[ée]quipe)\s+(?:en\s+tant\s+que|comme)\s+(?:notre\s+|nouvelle?\s+)?|"
    # with no comma, a possessive or determiner must come first ("Karim notre IPA")
    # (up to four words of grade and specialty: "our new heart failure specialist nurse")
    r"(?:our|the|my|notre|le|la|l['’]|ma|mon)\s*)(?:[\w'’-]+\s+){0,4}"
    r"(?:nurse|matron|manager|consultant|physio|dietitian|pharmacist|midwife|"
    r"midwives|surgeon|"
    r"doctor|gp|lead|director|coordinator|practitioner|adviser|advisor|counsell?or|worker|"
    r"paramedic|"
    r"assistant|technician|receptionist|[a-z]*ologist|[a-z]*therapist|[a-z]*ician|"
    rf"{_FR_CARE_ROLES}|coordinat(?:eur|rice)|responsable|ipa|"
    r"head\s*teacher|teacher|principal|enseignante?|pr[ée]parat(?:eur|rice)|"
    # a coach, a pharmacy's owner, a French registered nurse (IDE), a radiographer (TRM), a
    # group's admin ("Kevin, coach diplômé", "M. Etchegaray le titulaire", "(admin)")
    r"coach|titulaire|ide|idel|trm|admin|audioproth[ée]siste|porter|chaplain|driver|recruiter|"
    r"organi[sz]er|organisat(?:eur|rice)|hca|president|pr[ée]sidente?|"
    # an educator, a community health representative, a navigator, a technician or the
    # hospital's engineer ("our Diabetes Educator", "the newest Community Health
    # Representative", "Thomas, notre ingénieur biomédical"; not "CHR", a French hospital, nor
    # any engineer: "Tom, ingénieur chez Airbus")
    r"educator|health\s+representative|navigator|tech|(?:biomedical|clinical)\s+engineer|"
    r"ing[ée]nieure?\s+(?:biom[ée]dicale?|hospitali(?:er|[eè]re))|"
    # a group's moderators ("Hervé, modérateur du groupe"); a volunteer only in a list (below),
    # as one volunteer's number is their own mobile
    r"moderator|mod[ée]rat(?:eur|rice)|"
    # a community health worker ("Hery, agent communautaire à Fianarantsoa")
    r"agente?\s+(?:communautaire|de\s+sant[ée])|relais\s+communautaire)s?\b"
    # ... or a member of a named team ("Claire from the Parkinson's nurse team", "Inès de
    # l'équipe mobile de soins palliatifs")
    # ... or at the front desk ("Maëva à l'accueil", "Jo on reception")
    r"|^\s*(?:à|at|on)\s+(?:l['’]|the\s+)?(?:accueil|reception|front\s+desk)\b"
    # ... or working in a department ("I'll check with Gillian in outpatients", "Mo from
    # pharmacy")
    r"|^\s+(?:in|from|at)\s+(?:the\s+)?(?:outpatients|pharmacy|radiology|x-ray|theatres?|"
    r"admin|reception|estates|comms|finance|payroll|procurement|switchboard|medical\s+records|"
    r"hr)\b"
    # ... or caring for a public ("Gwen Pritchard has looked after people with Parkinson's for
    # eleven years", "soigne les patients atteints de"): their work
    r"|^\s+(?:has\s+|have\s+)?(?:looked\s+after|cared\s+for|treated|nursed|supported|"
    r"soigne|accompagne|suit)\s+(?:people|patients|families|children|adults|les\s+patients|"
    r"les\s+personnes|les\s+familles|les\s+enfants)\b"
    r"|^\s*,?\s*(?:from|of|de|du)\s+(?:the\s+|our\s+|l['’]|la\s+|notre\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:team|department|practice|[ée]quipe)\b",
    re.IGNORECASE,
)
# French names a profession without an article, right after "est" ("Claire Besson est
# infirmière dans notre unité"); words between would let anything through ("est hospitalisé à
# Principal").
_FRENCH_BARE_ROLE = re.compile(
    rf"^\s+(?:est|sont)\s+(?:(?:{_FR_CARE_ROLES}|aide-soignante?|ambulanci(?:er|[eè]re)|"
    r"chirurgien(?:ne)?|dentiste|pu[ée]ricultrice)s?|sages-femmes|cadres\s+de\s+sant[ée])\b",
    re.IGNORECASE,
)
# What may separate two parts of one name the NER split: a space, or a quoted nickname.
_SAME_NAME_GAP = re.compile(r"^ (?:['‘\"“][^'’\"”\n]{1,15}['’\"”] )?$")
# What joins the names of a list: a comma, "and", "&", "et", "ou".
_LIST_JOIN = re.compile(r"^\s*(?:,|,?\s*(?:and|&|et|or|ou))\s*$", re.IGNORECASE)
# Who runs the group or the session, right after the name ("Denise, qui anime le groupe",
# "Bev, who runs the coffee mornings"): its organiser speaking in that role.
_RUNS_THE_GROUP_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:qui\s+(?:anime|animait|organise|coordonne)|who\s+(?:runs|ran|leads|hosts|"
    r"organi[sz]es|facilitates))\s+(?:le|la|les|l['’]|nos|our|the)\s*(?:[\w'’-]+\s+){0,2}?"
    r"(?:groupe|group|atelier|r[ée]union|rencontres?|caf[ée]|coffee\s+mornings?|sessions?|"
    r"meetings?|walks?|marches?|classes?)\b"
    # ... or said with a pronoun ("Josette qui l'anime", "Bev, who runs it")
    r"|qui\s+l['’](?:anime|animait|organise)\b|who\s+(?:runs|leads|hosts)\s+it\b)",
    re.IGNORECASE,
)
# Who organises, before a list of names ("volunteers led by Kensa Hocking and Mike Ellis",
# "animé par Chantal et Rémi"): every name of the list leads it, not only the first.
_ORGANISED_BY = re.compile(
    rf"\b(?:{_HOSTED_BY}|organi[sz]ed\s+by|organis[ée]e?s?\s+par)\s+\Z", re.IGNORECASE
)
# A plural verb after a list of names, before the role they share ("... are the physios").
_PLURAL_VERB = re.compile(r"^\s*,?\s*(?:are|sont)\b", re.IGNORECASE)
# Plural roles, written before the names of a list ("Drs Lee and Roy", "nos infirmières").
_PLURAL_ROLES = (
    r"drs|doctors|nurses|physios|[a-z]*therapists|midwives|consultants|surgeons|pharmacists|"
    r"dietitians|[a-z]*ologists|volunteers|infirmi[eè]res|m[ée]decins|docteurs|kin[ée]s|"
    r"sages-femmes|[a-zé]*logues|b[ée]n[ée]voles|"
    # masculine and other French plurals, speakers ("infirmiers", "les TRM", "Intervenants :")
    r"infirmiers|pharmacien(?:ne)?s|coordinat(?:eur|rice)s|pr[ée]parat(?:eur|rice)s|trm|ide|"
    r"aides-soignant(?:e)?s|auxiliaires|secr[ée]taires|intervenant(?:e)?s|speakers|"
    r"(?:nurse\s+)?specialists|radiographers|porters|"
    # coordinators of any kind, navigators and first aiders ("our living donor coordinators
    # Bev and Tunde", "Our first aiders Jonno and Kaz")
    r"coordinators|navigators|first\s+aiders|secouristes|"
    # a group's moderators and admins ("Les modos : Céline, Anh & Jo", "Mods: Kev and Sal")
    r"moderators|mods|admins|mod[ée]rat(?:eur|rice)s|modos|animat(?:eur|rice)s|"
    # radiographers ("Nos manipulatrices radio Aïcha et Nadia")
    r"manipulat(?:eur|rice)s(?:\s+radio)?|"
    # drivers of a volunteer transport ("nos chauffeurs bénévoles", "our volunteer drivers")
    r"chauffeurs(?:\s+b[ée]n[ée]voles)?|(?:volunteer\s+)?drivers|"
    # community health workers ("nos relais communautaires Awa, Bintou et Oumar", "our CHWs
    # Grace and Halima", "les agents de santé communautaires")
    r"relais(?:\s+communautaires)?|agents\s+(?:de\s+sant[ée]\s+)?communautaires|"
    r"community\s+health\s+workers|chws|"
    # technicians ("the dialysis techs", "our lab technicians")
    r"techs|technicians|techniciens|techniciennes"
)
# A name anywhere in a list after a plural role ("physiotherapists Ann, Bo and Cy", "le cabinet
# des Drs Le Goff et Tanguy"): the role, then the earlier names (capitalised words, whether or
# not the NER found them) each followed by a comma or "and" / "et" / "&".
_LISTED_AFTER_PLURAL_ROLE = re.compile(
    # a qualifier may follow the role ("les coordinatrices de prélèvement Hélène et Fatima",
    # "les bénévoles de l'antenne jurassienne, Marc-André et Odile")
    rf"\b(?:{_PLURAL_ROLES})(?:\s+(?:de|du|des|d['’]|en|of|for)\s*(?:l['’]|la\s+|le\s+|the\s+)?"
    # (the list may stand in brackets: "Note des modos (Awa, Seydou & Maman Fatou)")
    r"[a-zéèêàç-]+(?:\s+[a-zéèêàç-]+)?){0,2}"
    # ... or where they work, then "especially" ("the dialysis techs at Tuba City, especially
    # Ray and Bernice", "les infirmières du 3e, surtout Léa")
    r"(?:\s+(?:at|in)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})?"
    r"(?:\s*,?\s*(?:especially|notably|in\s+particular|above\s+all|surtout|notamment|"
    r"en\s+particulier))?"
    r"\s?[.:,(]?\s*"
    r"(?:(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*){0,3}"
    r"(?:\s*,\s*|,?\s+(?:and|et|&|or|ou)\s+))*$",
    re.IGNORECASE,
)
# ... or after the list, in apposition ("Fabienne et Hervé, bénévoles de France Parkinson").
# (a count or a grade may come between: "Aurélie, Nadia et Pauline, nos trois nouvelles
# infirmières en pratique avancée", "our two new physios")
_PLURAL_ROLE_AFTER = re.compile(
    rf"^\s*,\s*(?:(?:our|the|nos|les|mes|my|vos|your)\s+)?(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{_PLURAL_ROLES})\b",
    re.IGNORECASE,
)
# A rota's line: a day and hours, or a shift, then a colon, before the names on duty ("Fri
# 9–12: Priya & Tom D", "Sat 12–3:", "Earlies: ...", "Matin :"), in a post that says it is a
# rota or a volunteers' planning.
_ROTA_LINE = re.compile(
    r"[ \t•*-]*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)"
    r"[a-z]*\.?\s*)?(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|h)?\s*[–-]\s*\d{1,2}(?:[:.h]\d{2})?\s*"
    r"(?:am|pm|h)?|earl(?:y|ies)|lates?|nights?|long\s+days?|matin|apr[èe]s-midi|soir|nuit)"
    r"\s*:[^\n]*$",
    re.IGNORECASE,
)
_ROTA_WORD = re.compile(r"\b(?:rota|roster|rostered|planning)\b", re.IGNORECASE)
# A title before a name on such a line: a patient visited ("Earlies: Mrs Pike (leg ulcer
# dressing)"), not a member of staff on duty.
_TITLE_JUST_BEFORE = re.compile(r"\b(?:mrs|mr|ms|miss|mme|m\.|mlle)\.?\s+\Z", re.IGNORECASE)
# Words right before a health term that make it the health of the person spoken of, staff
# included ("sharing her experience of postnatal depression", "her own story: the hot
# flushes", "soigner son cancer", "while she has IVF", "after finishing chemo for", "opérée
# hier d'un"): same line, at most three words between. Singular only: "their colonoscopy" is
# the patients'.
_OWN_HEALTH_BEFORE = re.compile(
    # a name, then what they have ("Jane has diabetes", "Tom had a stroke")
    # (not "I've had", "Everyone has")
    r"(?:\b(?!(?:every|any|some|no)(?:one|body)\b)(?-i:[A-Z][a-z][\w'’-]*)\s+(?:has|had)\s+"
    r"(?:(?:a|an)\s+)?(?=\S+\s+$|$)|"
    r"\b(?:her|his|son|sa|ses)\s+(?:own\s+)?|\b(?:she|he|il|elle)\s+(?:has|had|is|was|"
    r"got|suffered|suffers|sustained|a|avait|est|[ée]tait)\s+|\blost\s+(?:her|his)\s+|"
    # French "qui a fait un AVC", "il a fait une chute", "qui a fait un don de rein", "Bev,
    # qui anime le groupe, a fait un AVC"
    r"\b(?:(?:qui|il|elle)\s+|,\s*)a\s+fait\s+(?:une?|des)\s+|"
    # verbs of going through an illness or a treatment, not of giving one
    r"\b(?:finish(?:ing|ed)|undergo(?:ing|ne)?|underwent|went\s+through|"
    # (French "a subi un triple pontage", "vient de subir une opération")
    r"a\s+subi\s+(?:une?|des)|subi[rt]\s+(?:\w+ment\s+)?(?:une?|des)|"
    # an illness overcome ("beat breast cancer along the way", "survived a stroke"), or gone
    # through oneself ("a elle-même traversé un cancer du sein", "herself went through")
    r"beat|beaten|survived|a\s+vaincu|a\s+surv[ée]cu\s+[àa]|"
    r"(?:a\s+)?(?:elle|lui)-m[êe]me\s+(?:\w+\s+)?(?:travers[ée]|v[ée]cu|connu|eu)\s+(?:une?|des)|"
    r"recover(?:ing|ed|s)?\s+(?:well\s+|nicely\s+)?(?:from|after)|(?:se\s+)?remet\w*\s+(?:\w+ment\s+)?d['’e]\w*|"
    # a long fight with it ("se battait depuis longtemps contre une dépression", "elle lutte
    # contre un cancer"; not the noun: "la lutte contre le cancer" is a cause)
    r"(?:se\s+bat(?:tait|tu|tue|tre|)|(?:il|elle|qui)\s+lutt(?:e|ait))\s+"
    r"(?:depuis\s+(?:[\w-]+\s+){1,3})?contre|"
    r"diagnosed\s+with|battling|living\s+with|op[ée]r[ée]e?|soign[ée]e?|atteinte?|"
    # ("lives with COPD", "vit avec un diabète", "a eu un AVC", "a perdu la vue")
    r"lives\s+with|vit\s+avec|a\s+eu\s+(?:une?|des)|a\s+perdu|"
    # back at work after it ("was back at work after a heart attack in March", "still helping
    # out after a double mastectomy")
    r"(?:back|returned|still\s+\w+ing(?:\s+out)?)\s+(?:(?:at|to)\s+work\s+)?after\s+(?:an?|her|his)|"
    # time off for an illness is the absent person's ("off sick with", "arrêt pour burn-out")
    r"off\s+sick\s+with|signed\s+off\s+with|"
    # ... and leave taken for it ("on long-term leave following a cancer diagnosis", "en congé
    # suite à une opération")
    r"\b(?:on|en)\s+(?:[\w-]+\s+){0,2}(?:leave|cong[ée])\s+(?:maladie\s+)?(?:for|with|"
    r"following|after|due\s+to|because\s+of|suite\s+[àa]|apr[èe]s|pour)|"
    r"arr[êe]ts?\s+(?:maladie\s+)?(?:pour|de|depuis)|"
    r"souffr\w*|r[ée]mission|"
    # treatments against it (services.TREATMENT_AGAINST)
    rf"{TREATMENT_AGAINST}|"
    # a patient's passive ("was an inpatient being treated for", "while she's treated for")
    r"(?:being|been|was|is|['’]s|gets|getting)\s+treated\s+for|"
    # struck by an event of illness ("victime d'un AVC ce week-end", "the victim of a stroke")
    r"victime\s+d['’]une?|(?:the\s+)?victim\s+of\s+an?|"
    # a death from it ("décès ... survenu le 8 août des suites d'une dengue sévère", "died from
    # complications of")
    r"des\s+suites\s+d['’]une?|des\s+suites\s+de\s+(?:la|sa|son|ses)|"
    r"(?:from|of)\s+complications\s+(?:of|from)|"
    # taken into hospital with it, in the passive ("was admitted with a heart attack", "has
    # been hospitalised for", "a été hospitalisée pour"): a patient's, never the carer's work
    r"(?:was|were|been|being|got|is|['’]s|est|a\s+[ée]t[ée]|[ée]tait)\s+(?:admitted|"
    r"hospitali[sz]ed|hospitalis[ée]e?|rushed\s+(?:in|to\s+hospital)|transf[ée]r[ée]e?)"
    r"(?:\s+to\s+[\w&' -]{1,25}?)?\s+(?:with|for|after|pour|avec|suite\s+[àa]))\s+)"
    # up to three words between, none a possessive of someone else ("elle a pris mes douleurs
    # au sérieux" is the poster's pain)
    r"(?:(?:(?!(?:my|mes|mon|ma|your|ton|ta|tes|votre|vos|our|nos|notre)\b)[^\W\d_][\w'’-]*[:,]?"
    r"\s+){0,3}"
    # (or, right after the cue, an elided article glued to the term: "qui vit avec l'épilepsie";
    # not after other words: "il est top pour l'endométriose" is his field)
    r"|[ld]['’])$",
    re.IGNORECASE,
)
# One person taken into a named place for it, the place and when told between ("She was admitted
# to Luton & Dunstable Hospital on Wednesday 14 May after a stroke", "a été hospitalisée au CHU
# de Nouméa le 3 mars pour"): too long for the cues right before the term. Singular only:
# "were admitted" may be a ward's patients.
_ADMITTED_TO_BEFORE = re.compile(
    # (a pronoun or a name as the subject, not "when a patient is admitted", "un nourrisson qui
    # est hospitalisé": anyone's)
    r"(?:\b(?:he|she|il|elle)|(?-i:\b[A-Z][a-z][\w'’-]*))\s+"
    r"(?:was|['’]s\s+been|has\s+been|est|a\s+[ée]t[ée]|[ée]tait)\s+(?:admitted|hospitali[sz]ed|"
    r"hospitalis[ée]e?|rushed)\s+(?:to|at|in|into|à|au|aux|dans)\s+[^.!?\n]{1,70}?\s+"
    r"(?:with|for|after|pour|avec|suite\s+[àa])\s+(?:[^\W\d_][\w'’-]*\s+){0,3}$",
    re.IGNORECASE,
)
# Work on a health subject, between a possessive and the term ("his research on", "ses
# travaux sur le dépistage de"): the subject of their work, not their health.
_WORK_ON = re.compile(
    r"\b(?:work|research|studies|study|thesis|paper|lecture|talk|travaux|recherches?|th[èe]se|"
    r"[ée]tudes?|expertise|conf[ée]rence|publications?|projets?|projects?|programmes?|"
    # the team or the lab behind the work ("les travaux de la Pr X et de son équipe sur la
    # drépanocytose", "her lab's work")
    r"[ée]quipe|team|lab|laboratoire)\s+(?:on|into|about|sur|en|de)\b"
    # a diploma or a course in it ("son DU « Plaies et cicatrisation »", "her diploma in")
    r"|\b(?:DU|DIU|dipl[ôo]me|certificat|formation|diploma|degree|certificate|training|"
    # (not a treatment's course: "his six-month course of anti-TB drugs")
    r"course(?!\s+of\b)|qualification|master)\b",
    re.IGNORECASE,
)
# "had" an operation or an illness, right before it: "had a knee replacement", "has had her
# gallbladder out", "had his hip done", or written in the term ("had her knee replaced"). At
# most one word between, as "had a busy day with hip replacements" is work.
_HAD_BEFORE = re.compile(
    r"\b(?:has\s+had|had|having|got)\s+(?:a|an|her|his)\s+(?:[^\W\d_][\w'’-]*\s+)?$"
    # a French injury of one's own ("s'est fait une fracture du poignet", "s'est cassé le")
    r"|\bs['’]est\s+(?:fait|cass[ée]e?|foul[ée]e?|d[ée]chir[ée]e?)\s+(?:une?|la|le|les)?\s*$",
    re.IGNORECASE,
)
# A line opening with a verb of treatment and no subject ("FINISHED CHEMO!!", "Just finished
# my last round of"): the poster's own news, not a colleague's.
_SUBJECTLESS_OPENING = re.compile(
    r"^\W*(?:just\s+|finally\s+)?(?:finish(?:ed|ing)?|done\s+with|completed|started|starting|"
    r"recovering\s+from|fini|termin[ée]e?)\s+(?:my\s+|the\s+|last\s+|ma\s+|mon\s+|la\s+|le\s+)?"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# Away for health reasons, then what it is ("absent pour raisons de santé (intervention sur le
# genou", "off for health reasons: a hip op").
_AWAY_FOR_HEALTH = re.compile(
    r"(?:raisons?\s+de\s+sant[ée]|(?:health|medical)\s+reasons)\s*[(:,–-]\s*(?:an?\s+|une?\s+)?$"
    # off sick because of it ("est en arrêt prolongé suite à un burn-out", "off sick with",
    # "signed off after a")
    # (a time between: "est en arrêt jusqu'à la fin du mois de mars suite à une opération")
    r"|\b(?:en\s+arr[êe]t(?:\s+(?:maladie|prolong[ée]|de\s+travail))?|off\s+sick|signed\s+off)"
    r"(?:\s+(?:jusqu|until|till|for|pendant|depuis)\b[^.!?\n,;]{0,40}?)?"
    r"\s+(?:suite\s+[àa]|[àa]\s+cause\s+d['’]?|pour|apr[èe]s|with|after|because\s+of|due\s+to)\s*"
    r"(?:une?\s+|an?\s+|la\s+|le\s+|l['’]|sa\s+|son\s+|his\s+|her\s+)?$",
    re.IGNORECASE,
)
# ... or a treatment she or he goes to start, in the same clause ("as she heads south to
# Winnipeg to start radiation", "il commence sa chimio lundi"): the subject's own.
_THEY_START = re.compile(
    r"\b(?:she|he|elle|il)\s+(?:is\s+|was\s+|will\s+)?(?:[\w'’-]+\s+){0,6}?(?:to\s+)?"
    r"(?:start|starts|starting|begin|begins|beginning|commence|commencer)\s+"
    # (her or his own, or none: "il commence une chimiothérapie orale en consultation" is a
    # service he opens)
    r"(?:her\s+|his\s+|sa\s+|son\s+|ses\s+)?$",
    re.IGNORECASE,
)
# ... or a verb of injury with a possessive inside it ("broke his ankle", "hurt her back").
_HAD_IN = re.compile(
    r"^(?:(?:has\s+)?had|broke|broken|hurt|injured|fractured|sprained|twisted|tore|torn|"
    r"pulled|dislocated|cassé|foulé|tordu)\s+(?:her|his|sa|son|ses)\s",
    re.IGNORECASE,
)
# A living donation, the verb in the term ("Adaeze donated a kidney to her brother"): the
# donor's own operation, not work.
_DONATED = re.compile(r"donated\s", re.IGNORECASE)
# A treatment done by someone ("opéré par le Dr Martineau", "operated on by Mr Shah"): the
# doctor's work, not their own health.
_DONE_BY = re.compile(r"^\s+(?:par|by)\b", re.IGNORECASE)
# What one shows towards others' illness, between a possessive and the health term ("sa
# patience face aux otites", "his kindness during my chemo", "ses tours de magie pendant").
# ... or shares for it ("demandez-lui ses astuces pour le PICC line", "her tips for").
_FACING = re.compile(
    r"\b(?:face\s+(?:aux?|à)|pendant|during|towards?|envers|astuces|conseils|trucs|tips|"
    r"advice|tricks)\b",
    re.IGNORECASE,
)
# A first-person possessive right before a health term, at most two words between ("Mes
# bouffées de chaleur", "my own MS", "ma sclérose"), none a group of people.
_FIRST_PERSON_BEFORE = re.compile(
    r"\b(?:my|mes|mon|ma)\s+(?:own\s+)?"
    r"(?:(?!(?:patients?|clients?|pupils?|students?|members?|r[ée]sidents?|[ée]l[eè]ves?|"
    r"membres?|enfants?|children|kids)\b)[^\W\d_][\w'’-]*\s+){0,2}$",
    re.IGNORECASE,
)
# Helping others through an illness, before the verb ("helped so many families beat cancer",
# "aide les patients à"): their illness, not the helper's.
_HELPED = re.compile(r"\b(?:help\w*|aid(?:e|er|ait|é)\w*|support\w*|accompagn\w*)\b", re.IGNORECASE)
# People in the plural before a verb of illness: the health of a group, not anyone's own
# ("adults living with diabetes", "les personnes atteintes de").
_GROUP_SUBJECT = re.compile(
    r"\b(?:people|adults|patients|children|kids|those|anyone|everyone|men|women|families|"
    r"residents|veterans|others|personnes|adultes|enfants|ceux|celles|femmes|hommes)\s+"
    r"(?:who\s+are\s+|who\s+have\s+|qui\s+sont\s+)?(?:living|diagnosed|battling|recovering|"
    r"undergoing|vivant|atteint|souffr)"
    # ... or a topic ("a talk on living with tinnitus", "conseils pour vivre avec")
    r"|\b(?:on|about|for|sur|pour)\s+(?:living|coping|vivre)",
    re.IGNORECASE,
)
# "who has" / "qui a" right before a health detail: that person's ("Jo, who has MS",
# "notre bénévole, qui a eu un cancer"), with nothing but an article or "been diagnosed
# with" between ("who has cared for stroke patients" is work, not health).
_OWN_WHO = re.compile(
    r"\b(?:who|qui)\s+(?:has|had|a|avait)\s+(?:(?:eu|been\s+diagnosed\s+with|"
    r"[ée]t[ée]\s+diagnostiqu[ée]e?\s+(?:avec|d['’]))\s+)?(?:(?:a|an|un|une|des)\s+)?$",
    re.IGNORECASE,
)
# A death, then a health detail in the same sentence: the cause of that person's death ("passed
# away on 14 May after a short illness with ...", "décédée des suites d'un ...").
_DEATH_BEFORE = re.compile(
    r"\b(?:died|passed\s+away|passed\s+on|succumbed|succomb[ée]e?|d[ée]c[ée]d[ée]e?|"
    r"nous\s+a\s+quitt[ée]e?s?|emport[ée]e?)\b"
    # (where and when may come between: "who passed on at Livingstone University Teaching
    # Hospital on Sunday 4 May 2025 after a short illness with"; the sentence bounds it)
    r"[^.!?\n]{0,110}$",
    re.IGNORECASE,
)


def _titled_inside(name: str) -> bool:
    """A title inside a name as found: its first word, or its second after a greeting ("Dr
    Anne", "Merci Docteure Moreau", "Bienvenue Docteure Gasnier"); a lone title too ("Sgt")."""
    words = name.split(" ")
    return any(
        _ROLE_BEFORE.search(" ".join(words[:k]) + " ") for k in (1, 2) if k < max(2, len(words))
    )


def is_staff_name(text: str, finding: Finding) -> bool:
    """A person introduced by a clinical title, role or credential ("Dr Okafor", "Helen Marsh,
    Lead Nurse", "Kayla Bartley, RN")."""
    if finding.entity_type not in ("PERSON", "SOCIAL_HANDLE"):
        return False  # a handle may host or moderate ("hosted by @mod_kezia")
    before = text[max(0, finding.start - 50) : finding.start]
    after = text[finding.end : finding.end + 50]
    return bool(
        _ROLE_BEFORE.search(before)
        or _titled_inside(finding.text)
        or _ROLE_AFTER.match(after)
        or (
            finding.entity_type == "PERSON"
            and _CREDENTIAL_NEXT.match(after) is not None
            and _STAFF_NEWS.search(text) is not None
        )
        or _FRENCH_BARE_ROLE.match(after)
        or _RUNS_THE_GROUP_AFTER.match(after)
        or _LISTED_AFTER_PLURAL_ROLE.search(text[max(0, finding.start - 60) : finding.start])
        # the plural role inside the name as found ("Physios Brian, Achieng and Musa run ...")
        or (
            " " in finding.text
            and _LISTED_AFTER_PLURAL_ROLE.search(finding.text.split(" ")[0] + " ")
        )
    )


def staff(text: str, findings: Sequence[Finding]) -> frozenset[Finding]:
    """Names introduced by a clinical role (a plural one before a list: "physios Ann and Bo"),
    lists of names sharing a role after them ("Siobhán, Tomasz and Aarav are the
    physiotherapists"), and later mentions of them ("Dr Ifeoma Eze ... well done Ifeoma")."""
    titled = [f for f in findings if is_staff_name(text, f) or _on_a_rota(text, f)]
    for chain in _name_lists(text, findings):
        after = text[chain[-1].end : chain[-1].end + 60]
        if (
            (_PLURAL_VERB.match(after) and _ROLE_AFTER.match(after))
            or _PLURAL_ROLE_AFTER.match(after)
            or _ORGANISED_BY.search(text, max(0, chain[0].start - 30), chain[0].start)
        ):
            titled.extend(chain)
    return _with_later_mentions(findings, titled, text)


def _on_a_rota(text: str, finding: Finding) -> bool:
    """A name on a rota's line ("Fri 9–12: Priya & Tom D – blood pressure checks",
    "Earlies: Gráinne, Declan") in a post that says it is one: on duty, not a patient."""
    if finding.entity_type != "PERSON" or not _ROTA_WORD.search(text):
        return False
    if _TITLE_JUST_BEFORE.search(text, max(0, finding.start - 6), finding.start):
        return False
    line_start = text.rfind("\n", 0, finding.start) + 1
    return _ROTA_LINE.match(text, line_start, finding.start) is not None


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
    """Names introduced by a public role, characters of a story and the authors credited on
    it (fiction.py), and later mentions of them."""
    titled = [f for f in findings if is_public_figure(text, f)]
    titled += [f for f in characters(text, findings) if f not in titled]
    return _with_later_mentions(findings, titled, text)


# A verb of naming someone, then an opening quote, right before a name: a nickname.
_NICKNAME_GIVEN_BEFORE = re.compile(
    r"\b(?:(?:l['’]|les\s+|la\s+|le\s+)?(?:appel\w+|surnomm\w+)|called\s+(?:her|him|them)|"
    r"known\s+as|nicknamed)\s*[«“\"‘']\s*\Z",
    re.IGNORECASE,
)
_SENTENCE_ENDS_AFTER_QUOTE = re.compile(r"\s*[»”\"’']\s*(?:[.!…]|\n|\Z)")


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
    if titled:
        # the nickname people gave them, in quotes ("les enfants l'appelaient « Tatie Jo »",
        # "the kids called her 'Nurse Bee'"): in a post about staff, the staff member's
        # (one that ends its sentence: "known as 'Tanty Aggie', on 3 September after a short
        # illness" goes on to her own health, told of the name she had)
        titled += [
            f
            for f in names
            if _NICKNAME_GIVEN_BEFORE.search(text, max(0, f.start - 40), f.start)
            and _SENTENCE_ENDS_AFTER_QUOTE.match(text, f.end)
        ]
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
        if not _DONE_BY.match(text[f.end : f.end + 6])
        and not given_as_a_service(text, f)  # "has menopause appointments", "flu jabs"
        and not _SUBJECTLESS_OPENING.match(text[text.rfind("\n", 0, f.start) + 1 : f.start])
        # a reader's question in a FAQ ("Q : « On m'opère bientôt ... »"): the asker's
        and not FAQ_QUESTION.match(text, text.rfind("\n", 0, f.start) + 1)
        and not group_health.in_a_title(text, f)
        and (
            _own_before(text[max(0, f.start - 70) : f.start].split("\n")[-1])
            # the cue inside the term's span ("Maya, diagnosed with MND")
            or _own_before(text[max(0, f.start - 70) : f.start].split("\n")[-1] + _lead(f))
            or _OWN_WHO.search(text[max(0, f.start - 50) : f.start])
            or _ADMITTED_TO_BEFORE.search(text[max(0, f.start - 130) : f.start].split("\n")[-1])
            or _DEATH_BEFORE.search(text[max(0, f.start - 120) : f.start])
            or _OWN_HEALTH_BEFORE.match(f.text.split(" ", 1)[0] + " ")  # "her heart bypass"
            or _HAD_BEFORE.search(text[max(0, f.start - 40) : f.start])
            or _HAD_IN.match(f.text)
            or _DONATED.match(f.text)
            or _AWAY_FOR_HEALTH.search(text[max(0, f.start - 90) : f.start])
            or _THEY_START.search(text[max(0, f.start - 80) : f.start])
            or _told_in_first_person(text, f)
            # the role's holder is the verb's subject ("Mame Diarra, notre sage-femme, a
            # accouché ce matin", the verb inside the term's span)
            or (
                _AUXILIARY_START.match(f.text) is not None
                and _APPOSED_SUBJECT.search(text[max(0, f.start - 70) : f.start]) is not None
            )
        )
    ]


# A name, then its role in apposition, right before the verb ("Mame Diarra, notre
# sage-femme, a ...", "Tom, our porter, has ...").
_APPOSED_SUBJECT = re.compile(
    r"(?-i:[A-ZÀ-Ý][\w'’-]+)(?:\s+(?-i:[A-ZÀ-Ý][\w'’-]+))?,\s*(?:notre|our|la|le|the|l['’])\s*"
    r"[\w'’-]+(?:\s+[\w'’-]+)?,\s*$",
    re.IGNORECASE,
)
# A term that opens with its verb's auxiliary ("a accouché", "has had a stroke").
_AUXILIARY_START = re.compile(r"(?:a|has|had|is|was|est)\s", re.IGNORECASE)


def _lead(finding: Finding) -> str:
    """A multi-word term's words before its last one ("diagnosed with " of "diagnosed with
    MND"), where a recognizer took a cue into the span."""
    return finding.text[: finding.text.rfind(" ") + 1]


def _told_in_first_person(text: str, finding: Finding) -> bool:
    """A health detail inside a quotation, right after a first-person possessive ("d'avoir
    accepté de témoigner : « Mes bouffées de chaleur ... »", '"After my own MS diagnosis," he
    says'): the health of whoever the post quotes, not of a group they care for ("« Mes
    patients diabétiques »")."""
    opening = open_quote_before(text, finding.start, max(0, finding.start - 200))
    if opening < 0:
        return False
    before = text[opening + 1 : finding.start]
    return bool(_FIRST_PERSON_BEFORE.search(before)) and not _GROUP_SUBJECT.search(before[-40:])


def _own_before(before: str) -> bool:
    """Words before a health detail that make it one person's own, not a group's ("240 adults
    living with type 2 diabetes")."""
    cue = _OWN_HEALTH_BEFORE.search(before[-50:])
    if cue is None:
        return False
    start = len(before) - len(before[-50:]) + cue.start()
    if _WORK_ON.search(before[start:]):
        return False  # "ses travaux sur la drépanocytose": the subject of their work
    if _FACING.search(before[start:]):
        return False  # "sa patience face aux otites": what they faced in others
    if _HELPED.search(before[max(0, start - 40) : start]):
        return False  # "who has helped so many families beat cancer": others' illness
    return not _GROUP_SUBJECT.search(before[max(0, start - 30) : start + 12])
