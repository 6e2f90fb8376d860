"""Whether a phone number, e-mail, address or bank account in a post is an organisation's or a
private one.

A private person's contact is a direct identifier (docs/verdict-rules.md, rule 1); an
organisation's contact (a helpline, a switchboard, a ward's number, a staff member's work
mailbox) is not.
"""

from __future__ import annotations

import re
from functools import cache

from screener.gazetteers import CAP, canonical, everyday_words, first_name_level, surname_level
from screener.types import Finding

# Contact types that identify a private person unless written as an organisation's contact (a
# bank account too: a hospital charity's IBAN for donations is nobody's).
CONTACT_TYPES = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS", "IBAN_CODE"})

# Gap allowed between a cue and the contact: no sentence end ("." only when followed by a
# space, so the dots of "press@trust.nhs.uk or 0113 ..." do not cut it), at most 50 chars.
# (a line ending with a colon goes on to the next: "Faire un don au fonds :\nIBAN ...")
# (an initial's or a title's full stop is no sentence end: "Renseignements : M. Okemba, DRH")
_GAP = (
    r"(?:[^!?\n.]|\.(?!\s)|(?<=\b[A-Z])\.|(?<=\bDr)\.|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bMrs)\.|"
    r"(?<=\bMme)\.|(?<=:)[ \t]*\n){0,50}"
)
# A contact given as the other way to reach a mailbox just before it ("hr@harapan.example or
# WhatsApp 012-555 0134", "recrutement@... ou au 01 99 00 27 45"): the mailbox's owner's.
_ALTERNATIVE_TO = re.compile(
    r"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s+(?:or|ou)\s+(?:(?:call|ring|text|phone|whatsapp|sms|"
    r"tel\.?|t[ée]l\.?|by|par|on|at|au|le|us|nous|appelez)\s+){0,3}$",
    re.IGNORECASE,
)
# Someone giving their own contact: "call me on", "appelez-moi au", "my mobile is".
_PRIVATE_CUE = re.compile(
    r"(?:\b(?:call|ring|text|phone|message|email|e-mail|contact|whatsapp|dm|reach|find)\s+me\b|"
    # a number one is reached on at home ("ring Bev at home on")
    r"\bat\s+home\s+(?:on|at)\s*$|"
    r"\bdrop\s+me\s+a\s+(?:line|message|note|email)\b|\bwrite\s+to\s+me\b|"
    r"-moi\b|\bme\s+(?:joindre|contacter|appeler)\b|\b(?:my|mon|ma)\s+(?:own\s+)?"
    r"(?:number|mobile|cell|phone|email|e-mail|address|num[ée]ro|portable|t[ée]l|mail|adresse|"
    r"account|compte|rib|iban)\.?"
    # a relative's own line or mailbox ("Her father can be reached at", "sa maman est
    # joignable au"), not a team's ("Our bereavement team can be reached on")
    r"|\b(?:father|mother|mum|mom|dad|husband|wife|son|daughter|brother|sister|parents?|"
    r"family|guardian|p[èe]re|m[èe]re|maman|papa|mari|femme|fils|fille|fr[èe]re|s[œo]eur|"
    r"parents|famille)\s+(?:can\s+be\s+reached|is\s+reachable|est\s+joignable|sont\s+"
    r"joignables)\s+(?:at|on|au|à\s+l['’]adresse|par\s+mail\s+[àa])?\s*:?\s*$"
    # someone's own account ("sur son compte", "into his account")
    r"|\b(?:son|sa|his|her|their|leur)\s+(?:own\s+)?(?:compte|account|rib|iban)"
    # someone's own phone said to be personal ("sur son portable perso", "his personal mobile")
    r"|\b(?:son|sa|his|her|their|leur)\s+(?:(?:portable|mobile|num[ée]ro|t[ée]l[ée]phone|cell|"
    r"phone|number)\s+(?:perso(?:nnel)?|priv[ée]|personal|private)|(?:personal|private)\s+"
    r"(?:mobile|number|phone|cell))"
    # a family's account ("straight to the family's own account", "le compte de la famille";
    # not "create your own account")
    r"|\b(?:family|couple|parents)['’]?s?\s+(?:own\s+)?(?:bank\s+)?account"
    r"|\bcompte\s+(?:personnel|(?:bancaire\s+)?(?:de\s+la\s+famille|des\s+parents))"
    r")" + _GAP + "$",
    re.IGNORECASE,
)
# An organisation giving its contact: service words, a line of some kind ("the crisis line is",
# "text line:"), a heading ("Contact :", "Prise de RDV :"), or an imperative to the public right
# before the number ("Call 0808 ...", "Appelez le 15").
_ORG_CUE = re.compile(
    r"(?:\b(?:helpline|hotline|advice line|switchboard|enquir(?:y|ies)|inquir(?:y|ies)|press|"
    r"media|reception|appointments?|bookings?|freephone|quer(?:y|ies)|message\s+us|text\s+us|"
    r"whatsapp\s+us|dm\s+us|"
    # "notre consultation de psychiatrie périnatale reçoit sans délai :"
    r"(?:notre|nos)\b[^.!?\n]{0,40}\b(?:consultations?|services?|unit[ée]s?|[ée]quipes?|"
    r"cabinets?|centres?|pharmacies?|permanences?|secr[ée]tariats?|accueil)\b|"
    # a service open to all ("reçoit sans délai :", "sans rendez-vous", "no appointment needed")
    r"sans\s+(?:rendez-vous|rdv|d[ée]lai)|no\s+appointment\s+(?:needed|necessary)|"
    r"our\b[^.!?\n]{0,30}\b(?:team|office|"
    r"line|service|unit|clinic|ward|department|store|shop|branch|pharmacy|practice|surgery|"
    # a service's advisers ("Our benefits navigators: (215) ...")
    r"navigators?|advis[eo]rs?|"
    # a job advert's recruiter ("text our recruiter Kayla at"): the employer's desk
    r"recruiters?|recruitment)|"
    r"rsvp|can be reached|reach us|call us|contact us|call them|ring them|contact them|"
    # a team or a ward to ring ("ring the team on", "call the ward on")
    # (or "at", as North America writes it: "call the unit at (985) ...", "call the church
    # office at")
    # (an office of a hospital too: "call the PATS office at Alice Springs Hospital on")
    r"(?:call|ring|phone|contact)\s+the\s+(?:[\w'’-]+\s+)?"
    r"(?:team|ward|unit|clinic|nurses|office|desk)\s+(?:on|at)|"
    # ... or of a named body ("call the office of Dr Mensah on")
    r"(?:call|ring|phone|contact)\s+the\s+(?:[\w'’-]+\s+)?(?:office|desk)\s+of\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}on|"
    r"leur\s+num[ée]ro|their\s+(?:number|phone|line)|"
    # an office or a desk heading its line ("Rink office: (306) ...", "Band office:", "Front
    # desk:", "Bureau :")
    # (not someone's: "Sandra's office:", "my office:")
    r"(?<!['’]s\s)(?<!\bmy\s)(?<!\bmon\s)\b(?:office|desk|bureau)\s*:|"
    r"email us|e-mail us|write to us|ring us|visit us|join us|venue|held at|takes place at|"
    # a body's complaints office ("le commissaire aux plaintes du CISSS : 819 ...", "the
    # patient ombudsman on", "PALS")
    r"commissaire\s+aux\s+plaintes|ombudsman|patient\s+advocate|(?-i:PALS)|"
    r"m[ée]diat(?:eur|rice)\s+(?:de\s+la\s+sant[ée]|m[ée]dical|hospitali)|"
    r"welcome\s+at|find\s+us\s+at|based\s+at|we['’]re\s+at|nous\s+trouver|"
    r"located at|standard|secr[ée]tariat|accueil|permanence|num[ée]ro (?:utile|vert|unique)|"
    r"service|[ée]quipe|contactez-nous|joignable|rendez-vous|rdv|lieu|renseignements|"
    r"appelez-nous|t[ée]l[ée]phonez-nous|joignez-nous|plateforme|platform|"
    # a listing's questions ("Questions:", "Questions to", "Vos questions et dédicaces :")
    # (and "Questions? (601) 555-0120", "Questions? Chief Dave Marois, (603) ...", not
    # someone's own: "Questions? Text my husband on")
    r"questions?(?:\s+(?:et|and|&)\s+[\w-]+)?\s*:|questions?\s+(?:to|à)\b|requests?\s*:|"
    r"questions?\?(?![^\n]*\b(?:my|me|mine|his|her|mon|ma|mes|son|sa|ses)\b)"
    # (nor a volunteer to text by name: "Questions? ... or text Sheila on")
    r"(?![^\n]*\b(?:call|text|ring|phone|whatsapp|contact)\s+(?-i:[A-Z])[\w'’-]+\s+(?:on|at)\b)"
    # (nor one first name alone before it: "Questions? Jan, 07700 ...")
    r"(?!\s*\(?(?-i:[A-Z][a-z]+)\)?\s*[,:–-]?\s*$)|"
    # a service's new premises ("will move to our new, bigger premises:", "nos nouveaux locaux")
    r"premises|nouveaux\s+locaux|"
    # a venue's own address after it ("at the station, 157 Main St", "à la salle des fêtes,")
    r"\b(?:at|à)\s+(?:the|our|la|le|l['’])\s*(?:fire\s+)?(?:station|hall|church|"
    r"library|firehouse|legion|arena|rink|"
    r"salle(?:\s+des\s+f[êe]tes)?|mairie|[ée]glise|biblioth[èe]que|caserne)\s*,\s*$|"
    # a staff member to call by name and role ("Appelez Brigitte, notre coordinatrice, au")
    r"(?:call|ring|contact|appelez|contactez)\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?,\s*"
    r"(?:(?:our|the|notre|la|le|votre|your)\s+[\w-]+(?:\s+[\w-]+)?"
    # (or a job's title in capitals, as a signature writes it: "contact Tina Blake,
    # Recruitment Officer, at")
    r"|(?-i:[A-Z][\w-]+(?:\s+(?:of\s+)?[A-Z][\w-]+){0,2})),\s*(?:on|at|au|sur)\s*$|"
    # ... or a role, then a name ("Call our coordinator, Encik Hafiz, at")
    # (a job's title, not a relative: "call the daughter, Karen Hughes, on" is hers)
    r"(?:call|ring|contact|appelez|contactez)\s+(?:our|the|notre|la|le)\s+"
    r"(?!(?:daughter|son|wife|husband|mum|mom|dad|fille|fils|femme|mari)\b)[\w-]+(?:\s+[\w-]+)?,"
    r"\s*(?:[\w.'’-]+\s+){1,3}?[\w'’-]+,\s*(?:on|at|au|sur)\s*$|"
    r"inscriptions?|register|registration|(?:crisis|text|support|phone|help|info|health|advice|chat|"
    r"listening)\s+line|"
    # a service's hour or clinic on the phone ("our nurses run an open phone hour every
    # Wednesday on", "telephone clinic")
    r"(?:tele)?phone\s+(?:hours?|clinics?|sessions?|surgery)|"
    # any service's line heading its number ("Day hospital line:", "Nurse line:"), not
    # someone's ("my line:")
    r"\b(?!(?:my|his|her|their|mum['’]?s|mom['’]?s|dad['’]?s)\b)[\w-]+\s+line\s*:|"
    # a shop's or a pharmacy's line ("WhatsApp for orders:", "for home delivery")
    r"for\s+(?:orders?|home\s+delivery|bookings?)\b|"
    # a job advert's or a booking's contact ("Pour postuler :", "To apply", "Réservez vos
    # séances ... :")
    r"postuler|candidatures?|apply|applications?|r[ée]serv\w*|book\s+(?:via|through|online)|"
    # an event's bookings ("Book a table:", "Book your place")
    # (and a service's sessions: "Book a same-day session at", "book your appointment on")
    r"book\s+(?:a|an|your)\s+(?:[\w-]+\s+)?(?:table|place|seat|slot|stall|ticket|pitch|space|"
    r"session|appointment|consultation|spot)s?|"
    r"dossiers?\s+(?:de\s+candidature\s+)?(?:à|au)|"
    # a race's or a contest's entries ("Entries: coraruns@..."; not "Infos :", which heads a
    # volunteer's own mailbox as often as a service's)
    r"entr(?:y|ies)\s*:|"
    # a donation account ("fonds de dotation", "charity")
    r"fonds\s+de\s+dotation|fondation|foundation|charity|dons|donations?|"
    # support for a fund ("Pour soutenir le fonds : IBAN", "to support the appeal")
    r"(?:soutenir|support)\s+(?:le|la|l['’]|the|our|notre)\s*(?:fonds|fund|appeal|fondation|"
    r"association|charity)|"
    r"ligne\s+d['’][ée]coute|une\s+ligne\s+(?:pour|d[ée]di[ée]e|directe)|a\s+line\s+for|"
    r"informal(?:ly)?|(?:chat|speak|talk)\s+(?:informally\s+)?(?:to|with)|"
    # "the number for Samaritans", "le numéro de Rares Ensemble": a named body's number
    r"(?:number\s+(?:for|of)|(?:num[ée]ro|ligne)\s+(?:de|du|des|d['’]))\s*"
    r"(?:the\s+|l['’]|la\s+)?(?-i:[A-ZÉ])|"
    # a body that answers the line, or is always open, said before it ("SOS Amitié répond
    # 24h/24 au", "answers 24/7 on")
    r"r[ée]pond(?:ent)?|answers|24/7|24\s*h\s*/\s*24|7\s*j\s*/\s*7)" + _GAP + "$"
    r"|\bcontact\s*:" + _GAP + "$"
    # a listing's pin or telephone sign ("📍 24 rue de la République", "☎️ 01 99 00 27 14")
    r"|(?:\U0001F4CD|\u260E|\U0001F4DE)\uFE0F?" + _GAP + "$"
    # a place of care named right before "on" / "au": "ring the surgery on", "appelé le centre
    # antipoison de Lyon au" (not "at the hospital, call ...": the number must follow the name)
    # (up to two words may qualify it: "the eye clinic on", "les urgences pédiatriques du CHU
    # de Libreville au"; an office too: "le bureau des évasan de la CAFAT au")
    r"|\b(?:the|le|la|les|l['’]|du|des)\s*(?:[\w-]+\s+){0,2}(?:centre|center|clinic|clinique|"
    r"pharmacy|pharmacie|surgery|practice|cabinet|hospital|h[ôo]pital|hospice|urgences|"
    # (an office only with whose it is: "le bureau des évasan", not "at the office", where a
    # relative may be reached)
    r"(?-i:CHU|CHR|CH)|bureau\s+(?:de|des|du|d['’])|office\s+of|"
    # a hospital's service or house for patients ("la Maison des usagers au", "le service ...
    # au"; not "rentrée à la maison au 12 rue ...", a home)
    r"(?-i:Maison)\s+d\w*|service|p[ôo]le|secr[ée]tariat)\b"
    # (its own name right after it: "le CHU Yalgado au", "the Mercy Clinic on")
    r"(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*){0,2}"
    # (no one's between them and the number: "de l'hôpital ou contactez son fils au" is his,
    # "the eye clinic so ring Dave on" and "des urgences alors appelez Julie au" too: a
    # capitalised name only after "de" / "of", the place's ("du CHU de Kara au"), else words in
    # lower case that are no possessive, link or verb of calling)
    r"(?:\s+(?:de|du|des|of|la|le)\s+(?-i:[A-ZÀ-Ý])[\w'’-]*"
    r"|\s+(?!(?:son|sa|ses|mon|ma|mes|leur|his|her|my|their|so|donc|alors|then|puis|ring|"
    r"call|text|phone|contact|appelez|joignez|contactez|appeler|joindre|depuis)\b)"
    r"(?-i:[a-zà-ÿ])[\w'’-]*){0,5}\s+(?:on|au|at)\s*$"
    # a radio or TV show's phone-in ("Call in with your questions during the show on"; not
    # "call in on Nan", a visit)
    r"|\b(?:call|phone|ring)[- ]in\s+(?:with\s+your|during|to\s+the\s+(?:show|programme|program))"
    + _GAP
    + "$"
    # a team that answers ("Any questions, the team is on")
    r"|\bthe\s+(?:[\w-]+\s+)?(?:team|ward|unit|clinic|desk|helpline)\s+(?:is|are)\s+on\s*$"
    # a sign-off line opening with a named place of care: "Market Place Pharmacy, Wymondham –"
    r"|(?:\A|\n)\s*[–—-]?\s*(?-i:(?:[A-Z][\w'’&-]*\s+){0,4}(?:Pharmacy|Surgery|Practice|Clinic|"
    r"Centre|Center|Hospital|Hospice|Pharmacie|Clinique|Cabinet))\b[^\n.!?]{0,40}$"
    # a venue named right before its address ("Maison des associations, 6 rue ...", "Salle
    # des fêtes, 2 place ...", "Village Hall, 14 Mill Lane")
    r"|\b(?:maison\s+(?:des|du|de\s+la|pour)\s+[\w'’ -]{1,30}|salle\s+[\w'’ -]{1,30}|"
    r"(?:la|the|our|notre)\s+(?:pharmacie|pharmacy|surgery|clinique|clinic|cabinet)|"
    r"m[ée]diath[èe]que[\w'’ -]{0,30}|biblioth[èe]que[\w'’ -]{0,30}|mairie[\w'’ -]{0,20}|"
    r"centre\s+(?:culturel|social|socio-?culturel|communal|paroissial)[\w'’ -]{0,30}|"
    r"(?:village|church|community|town|parish|scout|memorial)\s+(?:hall|centre|center)|"
    r"library)\s*,\s*$"
    # ... and a listing's "Tél." / "Tel:" right before it
    r"|\b(?:call|phone|ring|text|dial|book|appelez|composez|contactez|t[ée]l[ée]phonez|"
    r"t[ée]l\.?|tel\.?|ph\.?)\s*"
    r"(?:on|at|au|le|:)?\s*$)",
    re.IGNORECASE,
)
# What only an organisation's number is said to be, right after it: free to call, always open
# ("01 99 00 36 12 (gratuit)", "0113 496 0000, free from mobiles", "24/7").
_ORG_AFTER = re.compile(
    r"^\s*[(,–—-]?\s*(?:appel\s+|num[ée]ro\s+)?(?:gratuit|free(?:phone)?|toll[- ]free|"
    r"24/7|24\s*h\s*/\s*24|7\s*j\s*/\s*7|"
    # opening hours: a line staffed on weekdays ("(du lundi au vendredi)", "Mon-Fri 9-5")
    r"(?:du\s+)?lundi\s+au\s+vendredi|mon(?:day)?\s*(?:-|–|to)\s*fri(?:day)?|"
    r"lun\.?\s*(?:-|–|au)\s*ven|de\s+\d{1,2}\s*h|\d{1,2}(?::\d\d)?\s*(?:am|h)\s*(?:-|–|à)|"
    # a fund's or a charity's account said after its number ("(compte du fonds)", "(the
    # foundation's account)")
    r"(?:compte|account)\s+(?:du|de\s+la|de\s+l['’]|of\s+the|of\s+our)\s*(?:fonds|fondation|"
    r"association|fund|foundation|charity|appeal)|"
    r"the\s+(?:fund|foundation|charity|appeal)['’]s\s+account)",
    re.IGNORECASE,
)
# Numbers that only organisations have: UK freephone and non-geographic service numbers
# (0800, 0808, and 03xx, 084x, 087x of eleven digits; a French 03 number, ten digits, is a
# home line in the north-east), French numéros verts and services (080x), North American
# toll-free numbers (800, 888, 877, 866, 855, 844, 833), Irish and Australian 1800 and 1300
# numbers (ten digits; "0800 1111" is eight), after the digits are normalised; and
# any number of 3-6 digits (the EU's 116 lines, SMS short codes): no private line is so short.
_SERVICE_NUMBER = re.compile(
    r"^(?:0(?:800|808)\d{4,7}|0(?:3[0-9]{2}|84[0-9]|87[0-9])\d{7}|080[0-5]\d{6}"
    r"|1?8(?:00|88|77|66|55|44|33)\d{7}|1[38]00\d{6}|\d{3,6})$"
)
# Role mailboxes are organisational whoever writes them ("memoryteam@", "press@",
# "schoolnursing.north@", a research study's "hypermobility.study@").
_ROLE_MAILBOX = re.compile(
    r"^[^@]*(?:info|contact|enquir|press|comms|communication|admin|hello|appointment|booking|"
    r"rdv|accueil|secretariat|noreply|no-reply|recrutement|jobs|careers|pals|feedback|team|"
    r"service|office|media|bereavement|support|help|clinic|unit|equipe|nurs|school|health|"
    r"care|sante|pharm|surgery|practice|hospi|maternit|midwi|ward|msp|cabinet|carri|emploi|"
    r"vacances|dialyse|planning|study|studies|research|trial|recruit|etude|étude|essai|"
    # a school nurse's office, a podcast's or a show's inbox ("infirmerie.rivoli@", "podcast@")
    r"infirmerie|podcast|emission|questions|"
    # a group's or a charity's shared mailbox ("groupe-loire@", "asso.diabete@")
    r"group|asso|comite|comité|benevol|volunteer|"
    # moderators' and immunisation teams' mailboxes ("modos.thyroide@", "orkney.immunisation@")
    r"modo|mods|moderat|immuni[sz]|vaccin|screening|depistage|journee|experience)[^@]*@"
    # patients' relations and complaints, as a whole part of the address ("usagers@",
    # "relations.patients@", "complaints@"; not "concernedmum72@")
    r"|^(?:[^@]*[._-])?(?:usagers?|relations|qualite|plaintes?|complaints?|concerns|"
    r"reclamations?|mediation|"
    # human resources ("rh.delemont@", "hr@", "drh-recrutement@")
    r"rh|drh|hr)(?:[._-][^@]*)?@",
    re.IGNORECASE,
)
# A volunteer transport's desk, as the whole local part, off webmail ("drivers@", "rides@",
# "transport@"; not "hartleytransport@btinternet.com" nor "driverdan78@gmail.com").
_TRANSPORT_DESK = re.compile(r"^(?:drivers?|rides|transport|chauffeurs?)@", re.IGNORECASE)
# A health or public body's domain: a named mailbox there is a staff member's work address
# ("h.marsh@harrowmoor.nhs.uk", "delphine.arnaud@chu-vallonne.fr"), not a private one.
_INSTITUTION_DOMAIN = re.compile(
    r"@(?:[\w-]+\.)*(?:nhs\.(?:uk|net|scot)|hscni\.net|(?:ch|chr|chi|chru|ghu|cisss|ciusss)-"
    r"[\w-]+\.|[\w-]*(?:chu|chru|hopital|hospital|clinic|"
    r"clinique|sante|health|gouv|gov|aphp|ap-hp|hospice|surgery|medical|"
    # hospitals in the Nordic, German, Dutch and Italian words for them ("@landssjukrahus.fo",
    # "@sygehus.dk", "@klinikum-x.de", "@ziekenhuis.nl", "@ospedale.it")
    r"sjukrahus|sjukehus|sjukhus|sygehus|sykehus|krankenhaus|klinikum|ziekenhuis|spital|"
    r"ospedale|"
    # associations and charities ("@asbl-memoire.be", "@association-x.fr", "@charity.org.uk")
    r"asbl|vzw|association|charity|ngo|ong)[\w-]*\.)"
    # ... "asso" as a word of the domain ("@asso.example", "@asso-diabete.fr")
    r"|@(?:[\w-]+[.-])*asso[.-]",
    re.IGNORECASE,
)
# A personal e-mail: a local part made of two names ("jane.doe@", "tom_okafor@"), or any
# address at a webmail provider, where organisations seldom have their mailboxes.
_WEBMAIL_PROVIDER = (
    r"@(?:gmail|googlemail|hotmail|outlook|live|yahoo|icloud|me|aol|gmx|proton(?:mail)?|"
    r"btinternet|sky|orange|wanadoo|free|sfr|laposte|neuf|"
    # home broadband and other free mail ("bigpond.com", "xtra.co.nz", "talktalk.net")
    r"bigpond|optusnet|xtra|talktalk|ntlworld|virginmedia|tiscali|numericable|bbox|ymail|msn)\."
)
_PERSONAL_MAILBOX = re.compile(
    rf"^[^\W\d_]{{2,}}[._][^\W\d_]{{2,}}\d*@|{_WEBMAIL_PROVIDER}", re.IGNORECASE
)
# A local part of two words of letters, a digit or two after them ("dilmei.rechirei@",
# "tom_okafor72@").
_TWO_WORDS = re.compile(r"^([^\W\d_]{2,})[._]([^\W\d_]{2,})\d{0,4}@")
# A webmail address and the first word of its local part ("nadine" in nadine.roux72@gmail.com).
_WEBMAIL = re.compile(rf"^([^\W\d_]+)[._-][^@]*{_WEBMAIL_PROVIDER}", re.IGNORECASE)
_WEBMAIL_DOMAIN = re.compile(_WEBMAIL_PROVIDER, re.IGNORECASE)
# Said right after a contact to be someone's own ("- that's his wife's mobile", "(my cell)").
_SOMEONES_AFTER = re.compile(
    r"\s*[-–—(,:]?\s*(?:that['’]s\s+|c['’]est\s+)?(?:(?:his|her|their|my|son|sa|mon|ma)\s+"
    r"(?:own\s+)?(?:[\w'’-]+\s+){0,2}?|(?-i:[A-Z])[\w-]+['’]s\s+)"
    r"(?:mobile|cell|number|phone|portable|num[ée]ro|email|e-mail|address)\b",
    re.IGNORECASE,
)
# Digits in a local part mark a person's own address ("sunshine72@"), seldom a team's.
_DIGIT = re.compile(r"\d")
# How far back (characters) to look for a cue, and how far on for "(gratuit)", "24/7".
# A post whose first line heads a list of services ("📌 PINNED: Helplines (please save)",
# "Numéros utiles", "Useful contacts", "Resources"): each number in it is a service's.
# (a heading alone on its first line, of up to 60 characters: "Resources that helped us
# after Dad's stroke: the Stroke Association ..." opens a story)
_LISTING_HEADING = re.compile(
    r"[^\w\n]*(?:pinned\s*:?\s*)?(?:helplines?|hotlines?|useful\s+(?:numbers|contacts)|"
    r"resources|crisis\s+(?:lines|numbers|contacts)|num[ée]ros\s+utiles|contacts\s+utiles|"
    r"ressources|lignes\s+d['’][ée]coute)\b[^\n]{0,45}$",
    re.IGNORECASE | re.MULTILINE,
)
# The longest first line read as a heading.
_HEADING_MAX = 60
# A person's word on a contact's own line: the number is theirs, whatever heads the post.
_PERSONAL_LINE = re.compile(
    r"\b(?:my|me|mine|his|her|he|she|their|home|mum|mom|dad|husband|wife|son|daughter|sister|"
    r"brother|friend|neighbou?r|mon|ma|mes|moi|sa|son|chez\s+(?:moi|lui|elle))\b",
    re.IGNORECASE,
)


def _listed_service(text: str, finding: Finding) -> bool:
    """A phone or a mailbox in a post whose first line heads a list of services, on a line
    with no person's word ("• Maitri Kochi (English): +91 ...")."""
    if finding.entity_type not in ("PHONE_NUMBER", "EMAIL_ADDRESS"):
        return False
    first_line = text.split("\n", 1)[0]
    if len(first_line) > _HEADING_MAX or not _LISTING_HEADING.match(first_line):
        return False
    line_start = text.rfind("\n", 0, finding.start) + 1
    line_end = text.find("\n", finding.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return _PERSONAL_LINE.search(line) is None


_LOOKBEHIND = 60
_LOOKAHEAD = 30


def is_org_contact(
    text: str,
    finding: Finding,
    refers_to_someone: bool = True,
    staff_names: frozenset[str] = frozenset(),
) -> bool:
    """A phone, e-mail or address written as an organisation's contact.

    True with an organisation's cue, a service number (freephone, 03xx, numéro vert), a role
    mailbox, a mailbox at a health or public body or a staff member's own work mailbox (its
    local part made of the words of one of `staff_names`, lower case: "rhodri.pugh@" beside
    "Therapies Lead Rhodri Pugh"), or in a post that refers to no person at all (a venue, a
    service line); never when written as one's own ("call me on"), nor for a personal mailbox
    ("jane.doe@") in a post about no one."""
    if finding.entity_type not in CONTACT_TYPES:
        return False
    before = text[max(0, finding.start - _LOOKBEHIND) : finding.start]
    if _PRIVATE_CUE.search(before) or _named_webmail(finding):
        return False
    if finding.entity_type == "EMAIL_ADDRESS" and (
        _ROLE_MAILBOX.match(finding.text)
        or (_TRANSPORT_DESK.match(finding.text) and not _WEBMAIL_DOMAIN.search(finding.text))
        or _INSTITUTION_DOMAIN.search(finding.text)
        or _staff_mailbox(finding.text, staff_names)
        or _nobody_mailbox(finding.text)
    ):
        return True
    if finding.entity_type == "PHONE_NUMBER" and _SERVICE_NUMBER.match(_national(finding.text)):
        return True
    if _SOMEONES_AFTER.match(text, finding.end):
        return False  # "call the stroke team on 07700 900456 - that's his wife Sue's mobile"
    alternative = _ALTERNATIVE_TO.search(before)
    if alternative is not None and (
        _org_mailbox(alternative[1]) or _staff_mailbox(alternative[1], staff_names)
    ):  # "hr@harapan.example or WhatsApp 012-555 0134", "jenna.slone@... or (606) ...": the
        return True  # same desk's number (a staff member's work line beside their mailbox)
    if _listed_service(text, finding):
        return True  # "📌 PINNED: Helplines" opening the post: a list of services
    if _ORG_CUE.search(before) or (
        finding.entity_type == "PHONE_NUMBER"
        and _ORG_AFTER.match(text[finding.end : finding.end + _LOOKAHEAD])
    ):
        return True
    return not refers_to_someone and not _PERSONAL_MAILBOX.search(finding.text)


def _org_mailbox(address: str) -> bool:
    """A mailbox of a role or a body ("hr@", "recrutement@", "@nhs.net")."""
    return bool(
        _ROLE_MAILBOX.match(address)
        or _INSTITUTION_DOMAIN.search(address)
        or _nobody_mailbox(address)
    )


def _staff_mailbox(address: str, staff_names: frozenset[str]) -> bool:
    """A mailbox whose local part is a staff member's name ("rhodri.pugh@", "h.marsh@" for
    Helen Marsh: initials count for all but the last word)."""
    parts = [p for p in re.split(r"[._-]", address.split("@", 1)[0].lower()) if p]
    if len(parts) < 2:
        return False
    return any(
        len(words) >= 2
        and parts[-1] == words[-1]
        and all(w.startswith(p) for p, w in zip(parts[:-1], words[:-1], strict=False))
        for words in (name.split() for name in staff_names)
    )


def _nobody_mailbox(address: str) -> bool:
    """A mailbox named after no one at an organisation's own domain ("requests@radio.example",
    "pairs@campus.example"): no digits, no webmail, no initials ("jp.moreau@"), every word
    of its local part an everyday word and none a first name or a surname (every capital a
    name may have: "rose@", "morgan.k@" and "tmorgan@" stay personal)."""
    local = address.split("@", 1)[0]
    if _DIGIT.search(local) or _WEBMAIL_DOMAIN.search(address):
        return False
    parts = [p for p in re.split(r"[._+-]", local) if p]
    if not parts or any(len(p) <= 2 for p in parts[:-1]):  # initials before a surname
        return False
    return all(_everyday(part) for part in parts) and not any(_name_like(p) for p in parts)


def _everyday(word: str) -> bool:
    """A local-part word that is an everyday English or French word, accents or not
    ("requests", "antenne", "etudiants"), or the plural of one ("navigators": the word lists
    hold some plurals only); "vaclavdvorak" is none."""
    words = _everyday_unaccented()
    return canonical(word) in words or (word.endswith("s") and canonical(word[:-1]) in words)


@cache
def _everyday_unaccented() -> frozenset[str]:
    return frozenset(canonical(w) for w in everyday_words())


def _name_like(word: str) -> bool:
    """A local-part word that may be a first name or a surname, bare or after an initial."""
    for language in ("en", "fr"):
        first = first_name_level(word, language)
        if first is not None and first >= CAP:
            return True
        # an initial glued to a surname ("tmorgan"): only long enough words, "psy" is no "sy"
        for surname in (word, word[1:]) if len(word) >= 6 else (word,):
            level = surname_level(surname, language)
            if level is not None and level >= CAP:
                return True
    return False


def _named_webmail(finding: Finding) -> bool:
    """A webmail address that opens with a first name ("nadine.roux72@gmail.com") or is made of
    two words that are no everyday words ("dilmei.rechirei@gmail.com"): a person's own
    mailbox, even when a post gives it for bookings ("asso.diabete@gmail.com" is not)."""
    if finding.entity_type != "EMAIL_ADDRESS":
        return False
    match = _WEBMAIL.match(finding.text)
    if match is None:
        return False
    if any(first_name_level(match.group(1), language) is not None for language in ("en", "fr")):
        return True
    # ... or two words no list knows, as names from elsewhere are ("dilmei.rechirei@gmail.com";
    # "asso.diabete@gmail.com", "club.marche@" have everyday words)
    two = _TWO_WORDS.match(finding.text)
    return two is not None and not any(_everyday(word) for word in two.groups())


def _national(number: str) -> str:
    """A phone number's digits in national form (+44 / +33 become 0; +1 is dropped)."""
    digits = re.sub(r"\D", "", number)
    if number.lstrip().startswith("+") or number.lstrip().startswith("00"):
        digits = digits.removeprefix("00")
        if digits.startswith(("44", "33")):
            return "0" + digits[2:]
        if digits.startswith("1"):
            return digits[1:]
    return digits
