"""A person singled out by the one role they hold at a place ("the lollipop lady at St
Anne's", "notre factrice", "our ward sister ... after her hysterectomy") rather than by a name
(docs/verdict-rules.md, rule 2)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from screener.gazetteers import NAME, first_name_level
from screener.sentences import sentence, sentence_ends, sentence_of
from screener.services import TREATMENT_AGAINST, given_as_a_service
from screener.types import Finding

# A word, for comparing a role's title with the words around a name.
_WORD = re.compile(r"[\w'’-]+")

# A role at any branch is everyone's ("the pharmacist at any Apollo Pharmacy counter").
_ANY_PLACE_AFTER = re.compile(
    r"\s+(?:at|in|from)\s+(?:any|every|your\s+local|a\s+local)\b|\s+(?:de|d['’]|dans)\s+"
    r"(?:n['’]importe\s+quel(?:le)?|chaque|tout(?:e)?\s+(?:les?\s+)?)",
    re.IGNORECASE,
)

# A role the reader is told to consult ("have a chat to our pharmacist", "ask the school
# nurse", "parlez-en à votre pharmacien"): a service, no one's health.
_CONSULTED_BEFORE = re.compile(
    r"\b(?:ask|see|consult|contact|call|ring|visit|(?:speak|chat|talk)\s+(?:to|with)|"
    r"demandez\s+(?:à|au)|parlez-en\s+(?:à|au)|consultez|contactez|appelez|"
    # ... or who confirmed a piece of news ("confirmé au téléphone par la pharmacienne")
    r"confirm[ée]e?\s+(?:[\w'’]+\s+){0,3}?(?:par|by))\s+\Z",
    re.IGNORECASE,
)
# The people a superlative ranks ("our oldest resident", "la plus jeune patiente"): words for a
# person, and nouns of agents by their ending ("participant", "parishioner", "bénévole").
_PERSON_NOUNS = (
    r"(?:resident|patient|porter|orderly|volunteer|member|player|runner|nurse|doctor|midwife|"
    r"carer|worker|employee|colleague|pupil|student|baby|child|kid|boy|girl|man|woman|lady|"
    r"gentleman|parishioner|customer|client|fan|supporter|survivor|participant|donor|"
    r"r[ée]sidente?|patiente?|b[ée]n[ée]vole|membre|joueu(?:r|se)|infirmi(?:er|[eè]re)|"
    r"m[ée]decin|sage-femme|salari[ée]e?|employ[ée]e?|coll[eè]gue|[ée]l[eè]ve|enfant|b[ée]b[ée]|"
    r"gar[çc]on|fille|femme|homme|dame|monsieur|paroissien(?:ne)?|donneu(?:r|se)|"
    r"parent|attendant|assistant|pharmacist|chemist|therapist|physician|technician|"
    # a choir's or a band's ("la plus ancienne choriste", "our oldest chorister")
    r"chorister|singer|choriste|chanteu(?:r|se)|musicien(?:ne)?|musician)\b"
    # (not a group of them: "our oldest patient group", "our oldest member club")
    r"(?!\s+(?:group|club|association|forum|network|panel|council|list)s?\b)"
)
# A school grade and its number, in the school systems posts come from ("Year 2", "Grade 5",
# "Form 4", "JHS 2", "JSS 1", "Primary 4", "Std 5").
_GRADE = r"(?:grade|year|yr|form|jhs|shs|jss|sss|primary|std\.?|standard)\s*\d+"
# Someone singled out by the one role they hold in a place ("the lollipop lady at St Anne's",
# "our postwoman in Eyam", "la factrice de Saint-Pons"), or one pupil of a named school ("a
# Year 2 pupil", "une élève de CE1"): with a place and a health detail, the role names them as
# surely as a name would. Singular, after a determiner.
_ROLE_REFERENCE = re.compile(
    # (not "your" / "votre": "parlez-en à votre pharmacien" is anyone's)
    # ("the only", "le seul" too: "le seul boulanger de Saint-Nectaire")
    r"\b(?:(?:(?:the|our|their|la|le|du|au|notre|leur)\s+|l['’]\s*)(?:(?:local|village|school|"
    r"head|chief|much-loved|beloved|well-known|new|old|former|retired|practice|office|ward|only|"
    # a parish's or a choir's one holder ("our parish priest", "the church organist")
    r"parish|church|"
    r"sole|seule?|"
    # ... or of a named place ("the Longwood postie", "the Kirkwall harbourmaster"), the role
    # then in lower case ("l'Hôpital Principal", "l'Institut Pasteur" are names)
    r"(?-i:[A-Z][\w'’-]+(?=\s+[a-z]))|"
    # ... or of a named school, its name in full ("our Tinian Jr./Sr. High School principal",
    # "the Birch Point Elementary janitor")
    r"(?-i:(?:[A-Z][\w'’./-]*\s+){0,4}(?:School|Primary|Academy|Elementary|High|College|"
    r"Middle)(?=\s+[a-z])))\s+)?(?:lollipop\s+(?:lady|man)|"
    r"(?:chief|head)\s+of\s+security|security\s+chief|"
    r"postman|postwoman|postie|milkman|caretaker|janitor|head\s*teacher|headmaster|"
    r"headmistress|head\s+of\s+year|principal|vice[-\s]principal|deputy\s+head|proviseur|"
    r"postmistress|postmaster|postie|postwoman|postman|lighthouse\s+keeper|ferryman|harbourmaster|sexton|verger|"
    r"principale?|doyen(?:ne)?|cook|chef|(?:chef\s+)?cuisini(?:er|[eè]re)|groundsman|"
    r"vicar|priest|rabbi|imam|pastor|pasteur|deacon|diacre|organist|organiste|mayor|landlord|"
    # clergy named in other languages (Samoan "faifeau", Hindu "pujari", Sikh "granthi")
    r"faifeau|pujari|granthi|"
    # who leads a choir or a band ("our choir director", "le chef de chœur")
    r"(?:choir|music|band)\s+(?:director|leader)|choirmaster|chef\s+de\s+ch(?:œ|oe)ur|"
    # who runs a health post ("the nurse in charge at Ha'afeva Health Centre")
    r"(?:nurse|sister|officer|doctor|midwife)[-\s]in[-\s]charge|"
    r"landlady|"
    # (not "chemist": "the chemist in Moree" is the shop)
    r"shopkeeper|butcher|baker|pharmacist|lunch\s+supervisor|dinner\s+lady|"
    # a street's or a market's tradespeople ("le tailleur en face de la pharmacie", "the barber
    # on Main Street")
    r"tailor|barber|hairdresser|mechanic|grocer|fishmonger|cobbler|tailleur|couturi[eè]re|"
    r"coiffeu(?:r|se)|m[ée]canicien|[ée]pici(?:er|[eè]re)|cordonnier|poissonni(?:er|[eè]re)|"
    r"receptionist|(?:school|resident|island|village|practice|district)\s+(?:nurse|doctor|gp|"
    r"midwife)|bus\s+driver|coach|manager|captain|chairman|chairwoman|"
    r"chair|treasurer|secretary|facteur|factrice|maire|boulang[eè]re?|boucher|bouch[eè]re|"
    r"pharmacien(?:ne)?|instituteur|institutrice|directeur|directrice|cur[ée]|gardien(?:ne)?|"
    r"concierge|school\s+crossing\s+patrol|crossing\s+guard|"
    # who keeps a school's or a compound's gate, and a school canteen's cook ("the old gateman
    # at St. Teresa's", "the watchman of the clinic", "notre cantinière")
    r"gateman|gatekeeper|watchman|cantini[eè]re|cantinier|"
    # a unit's nurse manager ("notre cadre de santé de nuit")
    r"cadre\s+de\s+sant[ée]|"
    # "la kiné" is also the therapy itself ("la kiné pelvienne"): a role only before its place
    r"kin[ée](?:sith[ée]rapeute)?(?=\s+(?:de|du|d['’]|à|au)\b)|dentiste|v[ée]t[ée]rinaire|orthophoniste|entra[iî]neur|entra[iî]neuse|pr[ée]sidente?|secr[ée]taire|tr[ée]sori[eè]re?|"
    r"ma[iî]tresse|chauffeur|capitaine|instit|prof(?:esseure?)?\s+de\s+(?:cm\d|ce\d|cp|\w+)|"
    # a post's title written with capitals ("our Aboriginal Liaison Officer")
    r"(?-i:(?:[A-Z][\w'’-]+\s+){1,3}(?:Officer|Coordinator|Lead|Director|Administrator|"
    r"Superintendent|Registrar|Matron|Pharmacist)))"
    # "notre sage-femme (la seule de la MSP de Lormes)": the only one of a place, or the only
    # one to do something there ("ma voisine, la seule à rester là-haut l'hiver"), or the only
    # one of a kind ("la sage-femme du centre, seule soignante du poste")
    # (or said of a pupil: "Ma grande est la seule de l'école Saint-Isidore avec le diabète";
    # "la maternité est la seule du Cantal" is a service)
    r"|(?:(?<=\best\s)|(?<=\bis\s)|(?<=\bwas\s)|(?<=\b[ée]tait\s))"
    r"(?:la\s+seule|le\s+seul|the\s+only\s+one)\s+(?:de\s+l['’][ée]cole|du\s+coll[èe]ge|"
    r"du\s+lyc[ée]e|de\s+(?:la|sa|son)\s+classe|de\s+l['’][ée]quipe|in\s+(?:the|her|his|their)\s+"
    r"(?:school|class|team)|at\s+(?:the|her|his|their)\s+school)\b"
    r"|(?:(?<=[(,])|(?<=[(,]\s))"
    r"(?:la\s+seule|le\s+seul|the\s+only\s+one)\s+"
    r"(?:de|du|des|d['’]|at|in|on|à|to|who|qui)\b"
    r"|(?:(?<=[(,])|(?<=[(,]\s))seule?\s+[\w-]+\s+(?:de|du|des|d['’])"
    # ... or said after a dash ("our brand inspector out here in Kaycee — only one we've got")
    r"|(?:(?<=[—–])|(?<=[—–]\s))(?:the\s+)?only\s+one\s+(?:we['’]ve\s+got|we\s+have|"
    r"they['’]ve\s+got|for|in|at|of)\b"
    # a village's physio ("notre kiné étant hospitalisé"): "la kiné" alone is the therapy
    r"|\b(?:notre|leur|our|their)\s+kin[ée](?:sith[ée]rapeute)?\b"
    r"|\bl['’][ée]l[eè]ve\s+de\s+(?:\d+(?:e|è|ème)?|cp|ce\d|cm\d|seconde|premi[eè]re|terminale)"
    # the only carer of a place ("The only PA at the Point Hope clinic", "la seule infirmière
    # du dispensaire"): one person, whoever else the place employs
    r"|\b(?:the|la|le)\s+(?:only|sole|seule?)\s+(?:[\w-]+\s+)?(?:PA|NP|nurse|doctor|GP|"
    r"physician|midwife|paramedic|nurse\s+practitioner|physician\s+assistant|health\s+aide|"
    r"m[ée]decin|docteur|infirmi[eè]re?|sage-femme|kin[ée])\s+(?:at|in|on|of|for|de|du|d['’]|à|au)\b"
    # a classmate of a named class ("one of their classmates who has leukaemia", "à leur
    # camarade, hospitalisé"): one pupil
    r"|\bone\s+of\s+(?:their|our|his|her|my|the)\s+classmates\b"
    r"|\b(?:a|their|our|his|her|my|leur|notre|son|sa)\s+(?:little\s+|petite?\s+)?"
    r"(?:classmate|camarade(?:\s+de\s+classe)?)\b(?!s)"
    # a child of one's child's class ("a boy in my daughter's class at Holy Cross PS")
    r"|\b(?:a|one|another)\s+(?:little\s+)?(?:boy|girl|child|kid|pupil|lad|lass)\s+in\s+"
    r"(?:my|our|his|her)\s+(?:[\w-]+['’]s\s+)?(?:class|year|form)\b"
    # ... or of a numbered class ("a kid in Room 9 at Ponsonby Primary", "a pupil in Year 3")
    r"|\b(?:a|one|another)\s+(?:little\s+)?(?:boy|girl|child|kid|pupil|student|lad|lass)\s+in\s+"
    r"(?:room|class|year|yr|grade|p)\s*\d+\b"
    # ... or a student named by their grade ("a Grade 3 student at our school", "a Year 9
    # student"): a student alone is anyone
    # (school systems' other grades too: "a Form 4 student", "a JHS 2 pupil", "a Std 5 girl")
    rf"|\b(?:a|one|another)\s+{_GRADE}\s+(?:student|pupil|child|kid|boy|girl)\b"
    # one's own child in a named class ("ma grande est en 3e année", "my son is in Year 2",
    # "my daughter's in P4")
    # ("my little one", "mon petit dernier", "ma benjamine" too)
    r"|\b(?:my|our|ma|mon|notre)\s+(?:[\w-]+\s+)?(?:son|daughter|boy|girl|lad|(?:wee|little)\s+"
    r"one|kid|child|eldest|youngest|dd|ds|fille|fils|grande?|petite?|gars|gamine?|ado|enfant|"
    r"cadette?|a[iî]n[ée]e?|puce|loulou|derni[eè]re?|benjamine?)(?:['’]s|\s+is|\s+est)?\s+(?:in|en)\s+"
    rf"(?:{_GRADE}|p\s?\d|\d+(?:st|nd|rd|th)\s+(?:class|grade|year)|"
    # ... or a kindergarten's ("in K2 Sunflower class", "en moyenne section")
    r"k[12]|kg\s?[1-3]|n[12]|(?:petite|moyenne|grande)\s+section|\d+(?:e|è|ème)\s+"
    r"(?:ann[ée]e|primaire|secondaire)|cp|ce[12]|cm[12]|\d(?:e|è|ème)|sec(?:ondaire)?\s*\d|"
    # ... or Romandie's ("en 7H")
    r"(?-i:\d{1,2}H))\b"
    # ... said with a pronoun ("He's in Year 3 at St Wilfrid's", "elle est en CE2")
    r"|\b(?:he|she|il|elle)(?:['’]s|\s+is|\s+est)\s+(?:in|en)\s+(?:year\s*\d+|yr\s*\d+|"
    r"p\s?\d|grade\s*\d+|cp|ce[12]|cm[12])\b"
    # "the pupil in Year 2", "the pupil, who is in 2nd class": one child of a named class
    r"|\bthe\s+(?:pupil|child|student|schoolboy|schoolgirl)\b(?=[^.!?\n]{0,25}?\b(?:"
    r"(?:year|yr|class|grade|form|p)\s*\d|\d+(?:st|nd|rd|th)\s+(?:class|year|grade|form)))"
    # whoever is the only one of a kind ("the only kid in the school with T1D", "le seul
    # élève diabétique du collège", "la seule sage-femme libérale de Plougasnou")
    # ("the island's only GP", "the village's only pharmacist", "our town's only pharmacist"
    # too)
    r"|\b(?:the\s+(?:[\w-]+['’]s\s+)?only|(?:our|their|my)\s+[\w-]+['’]s\s+only|le\s+seul|"
    r"la\s+seule|l['’]unique|"
    r"(?:our|their|its|notre|leur)\s+(?:only|sole|unique|seule?|one\s+and\s+only))\s+"
    r"(?:[\w-]+\s+)?(?:one|kid|child|"
    r"pupil|student|girl|boy|person|woman|man|lady|guy|member|mum|mom|dad|parent|teen|"
    r"teenager|nurse|doctor|gp|midwife|teacher|carer|assistant|worker|employee|receptionist|"
    r"driver|cleaner|porter|technician|pharmacist|chemist|dentist|vet|trainee|apprentice|"
    # a dispensary's one clinician ("the only clinical officer at Kilindoni Dispensary"), a
    # team's one player ("le seul joueur de l'équipe M13 qui vit avec le diabète")
    r"officer|clinician|player|joueu(?:r|se)|athl[eè]te|"
    r"volunteer|[ée]l[eè]ve|enfant|fille|gar[çc]on|"
    # clinicians of a small town or service, by their profession ("our sole physiotherapist",
    # "la seule orthophoniste de la ville")
    r"physio(?:therapist)?|[a-z]*therapist|[a-z]*ologist|[a-z]*iatrist|optician|optometrist|"
    r"paramedic|counsell?or|social\s+worker|health\s+visitor|dietitian|surgeon|consultant|"
    r"orthophoniste|orthoptiste|orthoptist|[a-zé]*logue|[a-zé]*th[ée]rapeute|podologue|"
    r"opticien(?:ne)?|"
    r"ost[ée]o(?:pathe)?|ambulanci(?:er|[eè]re)|aide-soignante?|p[ée]diatre|psychiatre|"
    r"personne|femme|homme|maman|papa|ado|infirmi(?:er|[eè]re)|m[ée]decin|sage-femme|"
    r"institut(?:eur|rice)|ma[iî]tresse|employ[ée]e?|salari[ée]e?|pharmacien(?:ne)?|dentiste|"
    r"kin[ée]|v[ée]t[ée]rinaire|facteur|factrice)"
    # whoever ranks first among a place's people ("our longest-serving porter", "the
    # youngest player in the Under-12s", "la plus ancienne bénévole de l'association"): a
    # superlative singles out one person, whatever their role
    r"|\b(?:(?:the|our|their)\s+(?:[\w-]+['’]s\s+)?(?:longest[-\s](?:serving|standing)|"
    r"oldest|youngest|eldest)|(?:le|la|notre|leur)\s+plus\s+(?:anci(?:en|enne)|jeune|[âa]g[ée]e?))"
    rf"\s+(?:[\w-]+\s+)?(?:{_PERSON_NOUNS})"
    # someone known by what they sell or run in a place ("la dame qui vend le poisson au marché
    # de Mongo", "the man who runs the chip van at the harbour")
    r"|\b(?:the|la|le)\s+(?:(?:old|little|vieille|vieux|petite?)\s+)?(?:lady|man|woman|guy|fella|"
    r"dame|monsieur|femme|homme|vieille|vieux|mama|maman)\s+(?:who|qui)\s+"
    r"(?:sells|sold|runs|ran|owns|keeps|vend|vendait|tient|tenait)\b"
    # "a Year 2 pupil", "a Junior Infants pupil", "a sixth-form pupil": up to three words
    # ... or by an American grade, for whom something is done or in a building ("for a
    # second-grader in their building", "a 5th grader at our school"; not a rule for any: "if
    # a second-grader is sent home")
    r"|(?:for|to|of|with|from)\s+(?:a|one)\s+(?:[\w-]+\s+)?(?:[\w]+[-\s]grader|"
    r"kindergart(?:e)?ner|preschooler)"
    r"|(?:a|one)\s+(?:[\w-]+\s+)?(?:[\w]+[-\s]grader|kindergart(?:e)?ner|preschooler)\s+"
    r"(?:in|at|from)\s+(?:their|our|my|his|her|the)\s+(?:building|school|class)"
    r"|(?:a|one|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:pupil|schoolboy|schoolgirl)|une?\s+(?:[ée]l[eè]ve|[ée]coli[eè]re?|coll[ée]gienn?e?|"
    r"lyc[ée]enn?e?))\b",
    re.IGNORECASE,
)


# Care roles one person holds on a ward or in a hospital ("our ward sister", "the matron",
# "our lead chaplain", "l'aumônier"; not "our sister"): their work is care, so only health
# told as theirs makes the role name them ("back after her hysterectomy", "recovering well
# after a heart attack"; not "thanks to our chaplain for the service for families bereaved
# by cancer").
_CARE_ROLE = re.compile(
    r"\b(?:(?:the|our|notre|la|le)\s+|l['’]\s*)(?:(?:lead|senior|head|chief|hospital|hospice)\s+)?"
    r"(?:ward\s+sister|charge\s+nurse|matron|chaplain|aum[ôo]ni(?:er|[eè]re))\b",
    re.IGNORECASE,
)
# Someone else between a role and a health detail: a relative, a patient, or a first name.
_SOMEONE_ELSE = re.compile(
    # (not "son": French for "his" / "her")
    r"\b(?:maman|papa|mum|mom|dad|mother|father|wife|husband|daughter|femme|mari|fils|"
    r"fille|m[èe]re|p[èe]re|patient|patiente|resident|r[ée]sident(?:e)?)\b",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"(?<=\w\s)[A-Z][a-z]+")


def _someone_else(between: str) -> bool:
    """Whether words between a role and a health detail name another person ("passé voir
    maman après son AVC", "thank you Tom"); not a weekday ("the Sunday services")."""
    return _SOMEONE_ELSE.search(between) is not None or any(
        first_name_level(m.group(0), language) == NAME
        for m in _CAPITALISED.finditer(between)
        for language in ("en", "fr")
    )


# The poster's own place: "our", "notre" (not "their": someone else's).
_OURS = re.compile(r"\b(?:our|notre)\s", re.IGNORECASE)
# Right before a health detail: a third person's possessive, or getting over it.
_THEIRS_BEFORE = re.compile(
    r"(?:\b(?:her|his|son|sa|ses)\s+(?:[\w'’-]+\s+)?"
    r"|\b(?:recover\w*|home|back|se\s+remet\w*|de\s+retour)\b[^.!?\n]{0,30}?"
    r"\b(?:after|from|following|suite\s+[àa]|apr[èe]s)\s+(?:an?\s+|une?\s+|the\s+|la\s+|le\s+|l['’])?"
    # "se remet d'une pneumonie", "se remet de son AVC"
    r"|\bse\s+remet\w*\s+(?:\w+ment\s+)?(?:d['’]\s*(?:une?\s+)?|de\s+(?:la\s+|l['’]|son\s+|sa\s+|"
    r"ses\s+)?|du\s+)"
    # "who had a stroke over Christmas", "qui a eu un AVC"
    r"|\b(?:who|qui)\s+(?:has\s+had|had|has|a\s+eu)\s+(?:an?\s+|une?\s+)?"
    # off work or in hospital with it, diagnosed with it, died of it ("is off sick with
    # malaria", "has been diagnosed with diabetes", "succumbed to cancer", "hospitalisé pour")
    r"|\b(?:off\s+sick|signed\s+off|in\s+(?:the\s+)?hospital|hospitali[sz]ed|admitted|diagnosed|"
    r"being\s+treated|struck\s+down|laid\s+up)\s+(?:with|for|after)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}"  # ("diagnosed with sugar diabetes", "with type 2 diabetes")
    r"|\b(?:succumbed\s+to|died\s+(?:of|from))\s+(?:an?\s+)?"
    # taken to a hospital with it ("He was taken to TTM on Friday with pneumonia")
    r"|\b(?:taken|brought|rushed|flown|evacuated|airlifted)\b[^.!?\n]{0,40}?\bwith\s+(?:an?\s+)?"
    r"|\b(?:hospitalis[ée]e?|op[ée]r[ée]e?|atteinte?|soign[ée]e?|diagnostiqu[ée]e?)\s+"
    r"(?:pour|d['’]|de|du|avec)\s*(?:une?\s+|la\s+|le\s+|l['’])?"
    # a treatment against it (services.TREATMENT_AGAINST)
    rf"|{TREATMENT_AGAINST}\s+(?:le\s+|la\s+|l['’])?)$",
    re.IGNORECASE,
)


# A sentence about the person just named by their role ("He has been diagnosed ...").
_PRONOUN_OPENING = re.compile(r"(?:he|she|il|elle)\b", re.IGNORECASE)


def care_role_reference(text: str, health: Sequence[Finding]) -> bool:
    """A care role held by one person (`_CARE_ROLE`) with health told as theirs in its
    sentence: "A huge welcome back to our ward sister after six weeks off following her
    hysterectomy"."""
    return any(_told_as_theirs(text, m, health) for m in _CARE_ROLE.finditer(text))


def own_role_reference(
    text: str, health: Sequence[Finding], introduced: Sequence[Finding] = ()
) -> str | None:
    """A role only one person holds in the poster's own place ("our lead chaplain", "our
    longest-serving porter", "notre cadre de santé") with health told as theirs in its
    sentence ("is home and recovering well after a heart attack"): the poster's place is
    known to every reader, so no place need be named. Returns the role's words, or None.
    Not a role that introduces a name (judged by that name's rules)."""
    if _OURS.search(text) is None:
        return None  # the common case: no "our" / "notre", no need to run the role patterns
    for pattern in (_CARE_ROLE, _ROLE_REFERENCE):
        for m in pattern.finditer(text):
            if (
                _OURS.match(m.group(0)) is not None
                and not _introduces(m, introduced)
                and _told_as_theirs(text, m, health)
            ):
                return m.group(0)
    return None


def _told_as_theirs(text: str, role: re.Match[str], health: Sequence[Finding]) -> bool:
    """A health detail after the role, in its sentence or in the next one if it opens with
    "he" / "she" ("remember our pastor in your prayers. He has been diagnosed with ..."), told
    as theirs (`_THEIRS_BEFORE`): no other person between them ("Notre pasteur est passé voir
    maman après son AVC": hers), and not a service they give ("his flu jabs", "sa formation
    diabète")."""
    index = sentence_of(text, role.start())
    told_in = {index}
    if index < len(sentence_ends(text)) and _PRONOUN_OPENING.match(
        sentence(text, index + 1).lstrip()
    ):
        told_in.add(index + 1)
    return any(
        sentence_of(text, f.start) in told_in
        and f.start > role.end()
        and _THEIRS_BEFORE.search(text, max(role.end(), f.start - 60), f.start) is not None
        and not _someone_else(text[role.end() : f.start])
        and not given_as_a_service(text, f)
        for f in health
    )


# The poster saying the role is theirs ("je suis LA prof de SVT", "I'm the only nurse").
_MINE_ROLE = re.compile(
    r"\b(?:je\s+suis|j['’]\s*[ée]tais|i['’]m|i\s+am|i\s+was)\s+$", re.IGNORECASE
)
# A first-person possessive right before a health detail: the poster's ("my chemo", "ma
# chimio").
_MINE_BEFORE = re.compile(r"\b(?:my|ma|mon|mes)\s+$", re.IGNORECASE)


def role_reference(
    text: str, introduced: Sequence[Finding] = (), health: Sequence[Finding] | None = None
) -> bool:
    """A role only one person holds at a place, or one pupil of a school; not a role that
    introduces a name the post already judged (`introduced`: "le maire de Calvi, Paul
    Santoni" is about Paul Santoni, a public figure). With `health`, only a role in the
    sentence of a health detail or next to it: "The practice nurse mentioned a slow-release
    one" is not the nurse's health."""
    return any(
        (health is None or _near_health(text, m.start(), health, _posters_own(text, m.start())))
        and not _introduces(m, introduced)
        and not _ANY_PLACE_AFTER.match(text, m.end())
        and not _CONSULTED_BEFORE.search(text, max(0, m.start() - 45), m.start())
        and not _titled_earlier(text, m.group(0), introduced)
        for m in _ROLE_REFERENCE.finditer(text)
    )


def _introduces(role: re.Match[str], introduced: Sequence[Finding]) -> bool:
    """Whether the role introduces a name the post judged ("le maire de Calvi, Paul Santoni")
    or follows one in apposition ("Claire, notre pharmacienne")."""
    return any(
        0 <= f.start - role.end() <= 30 or 0 <= role.start() - f.end <= 3 for f in introduced
    )


def _titled_earlier(text: str, role: str, introduced: Sequence[Finding]) -> bool:
    """Whether the role's title was given to a name the post judged, before or after it
    ("Mayor Philippa Gallant ... the Mayor of Charlottetown", "Lisa Bevan (Practice Manager)
    ... the practice manager reported"): the same person again, not someone new."""
    title = role.split()[-1].lower()
    if not (title.isalpha() and len(title) > 3):
        return False  # "a kid in Room 9", "la seule de": no title to give twice
    return any(
        title in _WORD.findall(text[max(0, f.start - 30) : f.end + 30].lower()) for f in introduced
    )


def _near_health(text: str, position: int, health: Sequence[Finding], mine: bool = False) -> bool:
    """Whether a health detail is in the sentence at `position` or the one before or after,
    and not the poster's ("le tailleur ... après ma mastectomie", _MINE_BEFORE), unless the
    role is the poster's own (`mine`: "je suis LA prof de SVT ... avec mon SII")."""
    at = sentence_of(text, position)
    return any(
        abs(sentence_of(text, f.start) - at) <= 1
        and (mine or _MINE_BEFORE.search(text, max(0, f.start - 12), f.start) is None)
        for f in health
    )


def _posters_own(text: str, position: int) -> bool:
    """Whether the poster says the role at `position` is theirs (_MINE_ROLE)."""
    return _MINE_ROLE.search(text, max(0, position - 20), position) is not None
