"""Guards of the health recognizer: ambiguous terms ("MS", "op", "cold", "stroke", "endo") are
kept only when their case and neighbouring words say they are meant as health terms.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Span


@dataclass(frozen=True, slots=True)
class Guard:
    """When an ambiguous term counts: all the given conditions must hold."""

    cased: frozenset[str] = frozenset()  # if set, written exactly so ("MS", not "Ms")
    not_upper: bool = False  # rejected when written in capitals ("OP" is the original poster)
    before_any: frozenset[str] = frozenset()  # one of these words among the 2 before it
    # one of these words among the NEAR_BEFORE before it or the NEAR_AFTER after it ("my endo",
    # "endo dx", "cuts and bruises")
    near_any: frozenset[str] = frozenset()
    before_not: frozenset[str] = frozenset()  # the word just before may not be one of these
    before_not_cased: frozenset[str] = frozenset()  # ... nor one of these, written so ("A")
    # the words just before may not be one of these phrases ("à la" cure, "salle de la" cure)
    before_not_phrase: frozenset[str] = frozenset()
    after_clock: bool = False  # rejected after a clock time ("4:47 PM", "10.30 EST", "7 pm CT")
    after_not: frozenset[str] = frozenset()  # the word just after may not be one of these
    after_only: frozenset[str] | None = None  # if set, the next token is punctuation or these
    after_not_name: bool = False  # the next word may not be capitalised ("MS Teams")
    # if set, one of these words among the WIDE_BEFORE before it or the WIDE_AFTER after it
    # ("the eczema on his arms is weeping", "des poux et des lentes")
    near_wide: frozenset[str] = frozenset()


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The window of Guard.near_any: a patient's own words sit close to the term ("got the runs",
# "giving anyone else the runs", "cuts, sprains"); further away they may be about anything.
NEAR_BEFORE, NEAR_AFTER = 3, 2
# The window of Guard.near_wide: the subject of a clause and its complement ("the eczema on his
# arms is flaking", "elle a des lentes plein les cheveux").
WIDE_BEFORE, WIDE_AFTER = 8, 6
# A clock time before an abbreviation ("4:47 PM", "10.30 EST", "7pm"), or its am/pm.
_CLOCK = re.compile(r"^(?:\d{1,2}[:.h]\d{2}(?:am|pm)?|\d{1,2}(?:am|pm)|[ap]\.?m\.?)$")


# Words that end a clause after "a cold" ("I've got a cold and ..."), unlike "a cold morning".
_CLAUSE_END = _words("and but so for since too again at on in this that or all now today still")
# Words before "type 1" that make it a diagnosis ("my son is type 1").
_IS = _words("is am 'm ’m are was being with diagnosed as")
# Pronouns after "DM" that make it a direct message ("DM me", "DM us for details").
_MESSAGE = _words("me us you him her them for if to with or and a the your our")
# Words of a person's own illness around a patients' abbreviation ("my endo", "have endo",
# "stage 4 endo", "endo dx"): elsewhere "endo" is a name or a game.
_OWN = _words(
    "my his her their your our have has had having with stage severe suspected diagnosed dx "
    "surgery excision pain belly flare warrior warriors symptoms"
)
# Words before "ME" that make it the illness (ME/CFS: "long covid then ME", "I've had ME"),
# not the pronoun shouted ("HELP ME") or Maine.
_ME_BEFORE = _words(
    "with have has had having severe moderate mild then dx diagnosed developed got suffer "
    "suffers suffering covid fibro fibromyalgia"
)
# Words of a laparoscopy near "lap" ("lap found it on my bowel", "diagnostic lap").
_LAPAROSCOPY = _words(
    "diagnostic excision exploratory found showed confirmed revealed booked surgery op scheduled"
)
# Places of a lap as a body part ("sat on my lap") or a round ("lap of honour").
_LAP_NOT = _words("on in into onto from off of a the victory final last first second another")
# Verbs that make "sectioned" the Mental Health Act ("got sectioned", "was sectioned").
_SECTIONED = _words("got get gets getting was were been being be is 's had")
# Words after "sectioned" that make it cut into parts ("sectioned off", "sectioned into").
_DIVIDED = _words("off into in by for from")
# Other injuries near "cuts" ("cuts, sprains", "cuts and grazes"); "budget cuts" has none.
_INJURIES = _words(
    "sprains sprain bruises bruise grazes graze burns burn scrapes scratches wounds stitches "
    "bumps blisters splinters bites stings fractures breaks minor scalds"
)
# Verbs of catching "the runs" (diarrhoea), unlike the runs of a game or a bank.
_CAUGHT = _words("give gives gave giving given got get gets getting have has had having caught")
# Words before "AF" that make it atrial fibrillation ("in AF", "has AF", "paroxysmal AF"), not
# the slang intensifier ("tired AF").
_AF_BEFORE = _words(
    "in with have has had having into diagnosed dx paroxysmal persistent permanent fast "
    "chronic new-onset his her my for went gone"
)
# A person before "has sugar" (diabetes in Indian English: "my father has sugar"), not a food or
# drink ("it has sugar in it"), and the words that may follow it when the clause says no more.
_SUGAR_PERSON = _words(
    "i he she father mother dad mum mom papa mummy daddy mommy husband wife son daughter "
    "grandfather grandmother grandpa grandma granny nana nani dadi dada uncle aunty auntie "
    "brother sister father-in-law mother-in-law patient patients"
)
_SUGAR_END = _words("but so also too since now bp thyroid both")
_HAS_SUGAR = Guard(before_any=_SUGAR_PERSON, after_only=_SUGAR_END, after_not=_words("-"))
# Words of the patient's own endometriosis around French "endo" ("mon endo", "diagnostic
# d'endo", "opérée de l'endo", "endo profonde"): elsewhere a name or an endoscopy.
_OWN_FR = _words(
    "mon ma ton ta son sa notre votre leur diagnostic diag diagnostiquée diagnostiqué suspicion "
    "suspectée opérée opéré chirurgie exérèse profonde profondes stade sévère douleurs douleur "
    "crise crises poussée symptômes lésions nodules kyste kystes atteinte souffre adénomyose "
    "guerrière guerrières"
)
# Words of an opioid substitution treatment around French "métha" ("sous métha", "baisser la
# métha", "60 mg de métha"): elsewhere it is the methanisation of farms ("un projet de métha").
_SUBSTITUTION = _words(
    "sous dose doses dosage mg ml baisser baisse baissé baissée diminuer diminue diminué "
    "diminution augmenter augmenté palier paliers sevrage traitement programme substitution "
    "csapa pharmacie subu subutex suboxone buprénorphine héro héroïne manque décrocher ma mon "
    "sirop gélules"
)
_METHADONE = Guard(near_any=_SUBSTITUTION)
# Words after "goutte" that make it a drop ("une goutte de sang"), not gout.
_DROP_OF = _words("de d' d’ du")
# Words after "perfusion" of the economic figure ("sous perfusion financière").
# A wreath, not a dental crown: a funeral's "ni fleurs ni couronnes", "fleurs et couronnes",
# "une couronne de fleurs", "la couronne mortuaire"; a king's "couronne des rois".
_WREATH = Guard(
    before_not=_words("ni et"),
    after_not=_words("de d' d’ des du mortuaire mortuaires funéraire funéraires"),
)
_MONEY = _words("financière financières budgétaire économique publique publiques")
# Words after "radio" of a station, not an X-ray ("une radio locale", "faire une radio sur le
# bénévolat", "radio-réveil"); a capitalised word after it names the station ("Radio Nova").
_STATION = Guard(
    after_not=_words(
        "locale locales nationale nationales associative associatives libre libres commerciale "
        "commerciales publique publiques pirate pirates étudiante étudiantes communautaire "
        "communautaires régionale régionales numérique fm web sur - musicale musicales"
    ),
    after_not_name=True,
)
_STATION_TERMS = (
    "radio",
    "radios",
    "pour une radio",
    "pour des radios",
    "faire une radio",
    "fait une radio",
    "faire des radios",
    "fait des radios",
    "pour faire une radio",
    "refaire une radio",
)
# Words before "block" of a building or a block of things ("the maternity block", "Block C",
# "a tower block", "a block of flats") and words after it of the verb ("block the road", "block
# him"), unlike a stammer's blocks; "heart block", "nerve block" are terms of their own.
_BUILDING = _words(
    "tower office apartment cell city starting stumbling mental chopping cinder concrete breeze "
    "building toy lego road sun ice engine cylinder main east west north south outpatient "
    "outpatients ward theatre theatres chip ad pop-up popup auction b c d e f g h new old "
    "science maths teaching housing council residential accommodation toilet shower admin "
    "administration cheese maternity surgical medical clinical oncology surgery x-ray xray "
    "radiology pathology imaging diagnostic diagnostics treatment treatments therapy therapies "
    "rehab rehabilitation mortuary laundry kitchen kitchens staff nurses doctors residence "
    "residences student students hostel canteen pharmacy emergency education research lab "
    "labs laboratory laboratories sports library annex annexe hospital clinic clinics estates "
    "parking car psychiatric psychiatry paediatric pediatric renal cardiac dental dialysis "
    "physio physiotherapy day flats creative artistic "
    # a specialty's building ("the nephrology block", "the OPD block")
    "nephrology cardiology neurology urology gastroenterology gynaecology gynecology obstetrics "
    "orthopaedic orthopedic orthopaedics paediatrics pediatrics medicine opd ipd casualty"
)
# A building's letter before "block" ("the C block", "K Block"), not the pronoun I ("I block") nor
# an article opening a sentence ("A block hits me on every word").
_BLOCK_LETTER = frozenset("BCDEFGHJKLMNOPQRSTUVWXYZ")
_BLOCK_VERB = _words(
    "booking bookings capital capitals party parties chain paving lego building buildings out "
    "off vote votes grant grants schedule scheduling letters printing heater chords button "
    "list user users account accounts number numbers him her them me everyone everything it "
    "the your their our a an this that access traffic sunlight light noise caving buster "
    "busters contract sale release 1 2 3 4 5 b c d e f g h"
)
_BLOCK = Guard(before_not=_BUILDING, before_not_cased=_BLOCK_LETTER, after_not=_BLOCK_VERB)
# Words right after "opération" that make it a campaign or a sale, not surgery: a quoted name
# ("OPÉRATION « QUARTIERS PROPRES »"), or a kind of action ("opération coup de poing",
# "opération portes ouvertes", "opération séduction", "opération ville propre").
_CAMPAIGN_OPERATION = Guard(
    after_not=_words(
        '« " “ coup portes séduction spéciale commerciale ville villes quartier quartiers '
        "escargot tirelire nettoyage propreté salubrité sourire"
    )
)
# Words before "CP" that make it cerebral palsy ("a kid with CP", "his CP", "spastic CP"), and
# words after it of child protection, car parks or game points ("his CP plan", "CP conference").
_CP_BEFORE = _words(
    "with w/ has have had having his her my their our your its diagnosed dx spastic "
    "dyskinetic athetoid ataxic mixed quadriplegic diplegic hemiplegic mild moderate severe "
    "suspected"
)
_CP_NOT_AFTER = _words(
    "plan plans conference conferences team teams register registration case cases worker "
    "workers investigation investigations meeting meetings concerns concern referral "
    "referrals officer officers procedures procedure policy policies training level levels "
    "points score hours"
)
# Words after "scald" of the kitchen verb ("scald the milk", "to scald your jars").
_SCALD_OBJECT = _words(
    "the a an your my it them some milk cream tomatoes tomato peaches almonds jars bottles "
    "pan pans utensils equipment in"
)
# Skin words near "flaking" and "weeping" ("the eczema on his arms is weeping"), unlike
# "the paint is flaking" or "she was weeping at the funeral".
_SKIN = _words(
    "skin scalp eczema psoriasis dermatitis rash rashes plaque plaques lesion lesions blister "
    "blisters wound wounds scab scabs burn burns scald scalds ulcer ulcers itchy itching itch "
    "cracked crusty crusting oozing bleeding flaky scaly flaking weeping dandruff"
)
_SKIN_SIGN = Guard(near_wide=_SKIN)
# A clock time or a number before a time zone or "PM" ("4:47 PM", "7pm EST"), not the
# abbreviations of polymyositis, an exercise stress test or photodynamic therapy.
_HOURS = _words("1 2 3 4 5 6 7 8 9 10 11 12 am pm a.m. p.m.")
_TIME_ZONE = Guard(before_not=_HOURS, after_clock=True)
# Words before French "PC" that make it a paralysie cérébrale ("une PC", "sa PC", "on parle de
# PC", "IMC/PC"), not a computer ("mon PC", "le PC"), the Swiss protection civile ("la PC") or
# supplementary benefits ("les PC AVS/AI").
_PC_BEFORE = _words(
    "une sa ma ta cette imc parle parlé diagnostic diagnostiqué diagnostiquée suspicion "
    "atteint atteinte"
)
_PC_NOT_AFTER = _words(
    "familiale familiales avs ai cantonale cantonales fédérale fédérales complémentaire "
    "complémentaires portable fixe gamer bureau"
)
# Words of the heart and of a child's birth near French "CIV" that make it a communication
# interventriculaire ("née avec une CIV", "son écho du cœur : la CIV se referme", "une petite
# CIV"), not Côte d'Ivoire ("CIV - SEN").
_HEART_FR = _words(
    "cœur coeur cardiaque cardiaques cardio cardiologue cardiopédiatre cardiopathie écho "
    "échographie souffle opération opérer opéré opérée chirurgie referme refermer refermée "
    "fermer fermeture fermée bébé malformation diagnostic né née nés nées naissance petite "
    "grande grosse large musculaire membraneuse périmembraneuse restrictive cia cav shunt"
)
# Words before French "IMG" that make it an interruption médicale de grossesse ("une IMG",
# "l'IMG", "après l'IMG"), not an image file ("le fichier IMG 2041").
_IMG_BEFORE = _words(
    "une l' l’ d' d’ cette mon ton son notre votre leur après avant pour subi subir fait faire "
    "accepté acceptée demandé demandée demande recours pratiqué pratiquer décidé décidée choisi"
)
# The presbytery ("verrée à la cure", "la salle de la cure"), not a course of treatment.
_PARISH = (
    "à a vers devant derrière",
    "salle salles jardin cour secrétariat bureau bureaux porte locaux cave caves parking "
    "grenier toit rénovation",
)
_PARISH_CURE = Guard(
    before_not_phrase=frozenset(
        [f"{word} la" for word in _PARISH[0].split()]
        + [f"{word} de la" for word in _PARISH[1].split()]
    ),
    after_not=_words("paroissiale catholique protestante réformée"),
)
# "curé" (a priest) is matched through its accent-less form "cure": only "cure" is a cure.
_PRIEST = Guard(cased=_words("cure cures Cure Cures CURE CURES"))
# Head lice ("des poux et des lentes", "un pou dans les cheveux"), not slow things ("des
# connexions lentes") or "fier comme un pou".
_LICE = _words("poux pou lentes lente peigne peignes anti-poux pédiculose")

# Words before "with TB", "of TB", "for TB", "from TB" that make TB tuberculosis said of a person
# ("off with TB", "kids with TB", "tested positive for TB", "died of TB", "recovering from TB"),
# not a terabyte ("a laptop with TB of storage", "hundreds of TB") nor Tampa Bay ("the game
# with TB"); and words after them of storage.
_TB_BEFORE = _words(
    "off sick ill unwell poorly died die dies dying death deaths diagnosed infected positive "
    "negative tested test testing tests screened screening treated treatment treating cured "
    "recovering recovered recovery suffering suffered suffers hospitalised hospitalized "
    "admitted hospital sanatorium living lives patients patient people children child kids "
    "kid adults men women person cases case contracted caught exposed exposure contact "
    "contacts isolating isolated quarantined vaccinated vaccine vaccination jab jabs medication "
    "meds drugs tablets symptoms risk sufferers sufferer survivor survivors battling fighting "
    "fought struggling diagnosis him her them me"
)
_STORAGE = _words(
    "of storage drive drives hdd hdds ssd ssds hard disk disks external cloud plan plans space "
    "nas nvme usb ram memory data upgrade sata portable backup backups raid"
)
_TB_PERSON = Guard(before_any=_TB_BEFORE, after_not=_STORAGE)
# "premature" of a baby ("our premature little guy", "she was premature and spent weeks in
# NICU"): a word of babies near it, and after it only a baby's noun or the end of the clause (not
# "premature to say", "a premature announcement", "a premature end", "it would be premature")
_BABY = _words(
    "baby babies babe bub bubba newborn newborns infant infants twins twin triplets born birth "
    "births nicu scbu neonatal neonate neonates incubator preemie preemies prem weeks wks weeker "
    "gestation delivered delivery labour labor c-section son daughter boy girl boys girls months "
    "maternity "
    "grandson granddaughter nephew niece lo little"
)
_PREMATURE_NEXT = _words(
    "and but so at by in with when after from until since too then or because as little baby "
    "babies babe bub bubba boy boys girl girls son sons daughter daughters twins twin triplets "
    "infant infants newborn newborns one ones lo grandson granddaughter nephew niece"
)
# Eye words near "pressure check" (a glaucoma check: "pressure check at the optician"), not
# tyres, boilers or pipes.
_EYE = _words(
    "eye eyes optician opticians optometrist optometrists ophthalmologist ophthalmologists "
    "ophthalmology glaucoma iop specsavers vision sight eyesight drops eyedrops retina cataract "
    "cataracts"
)
_EYE_PRESSURE = Guard(
    near_wide=_EYE, before_not=_words("tyre tyres tire tires boiler water oil air cabin gas")
)

# Words of seizures near "absences", "focals", "complex partials" ("the absences are getting
# worse since the tonic clonics", "focals every morning, Keppra upped"), unlike "absences from
# school" or the partial derivatives of a maths class.
# ("fit", "absence", "staring" are everyday words too: not among them).
_SEIZURE_TYPE = _words(
    "seizure seizures seizing epilepsy epileptic epileptics tonic clonic clonics tonic-clonic "
    "tonic-clonics myoclonic myoclonics myoclonus atonic atonics jerks jerking aura auras "
    "postictal post-ictal eeg eegs neurologist keppra levetiracetam epilim valproate "
    "lamotrigine lamictal ethosuximide zarontin briviact brivaracetam clobazam frisium buccal "
    "midazolam vns focal"
)

# "PKU" of phenylketonuria, not Peking University ("studied at PKU", "PKU students"): not after a
# word of studying or visiting, nor before a word of the university.
_PKU = Guard(
    before_not=_words(
        "at attend attended attending attends studied study studying studies visited visiting "
        "visit joined join"
    ),
    after_not=_words(
        "university uni students student alumni alumnus campus professor professors faculty "
        "law school business press library lab researchers scholars exchange"
    ),
)
# "SCI" of a spinal cord injury, written so and said of a person ("my SCI", "since his SCI", "an
# incomplete SCI"), not the Science Citation Index ("SCI journals") nor science fiction.
_SCI_BEFORE = _words(
    "my his her their your our an with since after before from complete incomplete traumatic "
    "cervical thoracic lumbar high low level acute chronic new recent 's ’s"
)
# "TS" of a tentative de suicide, written so after a determiner or a number ("a fait une TS",
# "après sa TS", "deux TS", "sa troisième TS"), not a class ("en TS", "une classe de TS"), a
# TypeScript file ("deux fichiers TS") or initials.
_TS_BEFORE = _words(
    "une sa ma ta leur ses mes tes leurs deux trois quatre cinq plusieurs multiples nombreuses "
    "2 3 4 5 première 1ère deuxième 2e 2ème troisième 3e 3ème seconde dernière nouvelle énième "
    "autre récidive cette"
)
_TS_NOT = _words(
    "fichier fichiers code projet projets module modules classe classes élève élèves prof profs "
    "option options filière section lycée terminale type types en"
)
_TS_NOT_AFTER = _words(
    "1 2 spé spécialité option svt si maths mathématiques physique euro européenne bio section "
    "lycée classe file files fichier fichiers code"
)

GUARDS: dict[str, dict[str, Guard]] = {
    "en": {
        # cookware, not a plaster cast ("heat the grease in a cast iron skillet")
        "in a cast": Guard(after_not=_words("iron iron-skillet")),
        # Microsoft products, degrees, a state after a town: not multiple sclerosis
        "ms": Guard(
            cased=_words("MS"),
            before_not=_words(", an"),
            after_not=_words("in degree degrees student students thesis program programme"),
            after_not_name=True,
        ),
        # a skin abscess ("a boil on his neck", "her boil"), not the verb of water safety
        # ("Boil all drinking water", "bring to the boil", "a rolling boil")
        "boil": Guard(
            before_any=_words("a the his her my their your one painful big huge nasty infected"),
            before_not_phrase=frozenset({"to the", "a rolling"}),
        ),
        "als": Guard(cased=_words("ALS")),
        "aids": Guard(cased=_words("AIDS")),
        "ect": Guard(cased=_words("ECT")),  # "ect" is a common misspelling of "etc"
        "tia": Guard(cased=_words("TIA")),
        "gad": Guard(cased=_words("GAD")),
        "dm": Guard(
            cased=_words("DM"),
            after_not=_MESSAGE | _words("→ -> - :"),  # "DM → mod team": a direct message
            before_not=_words("a the via by in send"),
        ),
        "op": Guard(
            not_upper=True,
            before_any=_words(
                "my his her their our post pre big major minor small an another after before "
                "since emergency routine latest"
            ),
        ),
        "cold": Guard(
            before_any=_words("caught catch got have has had having bad nasty heavy stinking"),
            after_only=_CLAUSE_END,
        ),
        "type 1": Guard(before_any=_IS),
        "type 2": Guard(before_any=_IS),
        "disorder": Guard(before_not=_words("public civil")),
        # "the stroke of midnight", "a stroke of luck", "breast stroke", "to stroke the cat"
        "stroke": Guard(after_not=_words("of"), before_not=_words("to breast back key pen")),
        "strokes": Guard(after_not=_words("of"), before_not=_words("breast back key pen brush")),
        # patients' abbreviations: written as patients write them, in a sense of their own
        "pots": Guard(cased=_words("POTS PoTS")),  # postural tachycardia, not kitchen pots
        "pem": Guard(cased=_words("PEM")),  # post-exertional malaise, not a key file
        "me": Guard(cased=_words("ME"), before_any=_ME_BEFORE, after_not_name=True),
        "endo": Guard(near_any=_OWN, before_not=_words("mr mrs ms dr miss")),
        "lap": Guard(near_any=_LAPAROSCOPY, before_not=_LAP_NOT, not_upper=True),
        "sectioned": Guard(before_any=_SECTIONED, after_not=_DIVIDED),
        "cuts": Guard(near_any=_INJURIES),
        "the runs": Guard(near_any=_CAUGHT),
        # "hypo-allergenic" is split at its hyphen: not a hypoglycaemia
        "hypo": Guard(after_not=_words("-")),
        # HIV prophylaxis and frozen embryo transfers as written: not a pep talk, meal prep or
        # a transistor
        "pep": Guard(cased=_words("PEP"), after_not=_words("talk talks rally squad band")),
        "prep": Guard(cased=_words("PrEP")),
        "fet": Guard(cased=_words("FET")),
        "fets": Guard(cased=_words("FETs")),
        # abbreviations of tests, scans and treatments as clinics write them: not rupees
        # ("inr"), a chip maker ("amd"), the arts ("art") or a flight ("mra")
        "inr": Guard(cased=_words("INR")),
        "mra": Guard(cased=_words("MRA")),
        "amd": Guard(cased=_words("AMD")),
        "art": Guard(cased=_words("ART")),
        "arv": Guard(cased=_words("ARV")),
        # procedures abbreviated as clinics write them: speech and language therapy, not table
        # salt; hip replacements, not "tha"/"thr" (slang for "the", "there"); not Spanish "eus"
        "salt": Guard(cased=_words("SALT")),
        "tha": Guard(cased=_words("THA")),
        "thr": Guard(cased=_words("THR")),
        "eus": Guard(cased=_words("EUS")),
        # a US time zone after a clock time ("7pm CT", "4:30 CT"), not a CT scan
        "ct": Guard(before_not=_words("am pm a.m. p.m."), after_clock=True),
        # patients' abbreviations of conditions, as patients write them: atrial fibrillation
        # (not "tired AF"), Ehlers-Danlos, spinal muscular atrophy, attention deficit (not
        # the verb), pro-anorexia and pro-bulimia slang (not the names Ana and Mia), Down's
        # syndrome as a proper name, metastases (not the Mets or METs)
        "af": Guard(cased=_words("AF"), before_any=_AF_BEFORE),
        "eds": Guard(cased=_words("EDS")),
        "sma": Guard(cased=_words("SMA")),
        "add": Guard(cased=_words("ADD")),
        "ana": Guard(cased=_words("ana")),
        "mia": Guard(cased=_words("mia")),
        "down's": Guard(cased=_words("Down's DOWN'S")),
        "mets": Guard(cased=_words("mets")),
        # a feeding tube written in capitals, not a clothes peg, "down a peg" or a PEG ratio
        "peg": Guard(cased=_words("PEG"), after_not=_words("ratio ratios")),
        # necrotising enterocolitis in capitals, not the NEC (the Birmingham venue), "NEC Arena"
        "nec": Guard(cased=_words("NEC"), before_not=_words("the"), after_not_name=True),
        # diabetes in Indian English, said of a person, not of a food ("has sugar in it",
        # "sugar-free")
        "has sugar": _HAS_SUGAR,
        "have sugar": _HAS_SUGAR,
        "got sugar": _HAS_SUGAR,
        # a stammer's block, not a building ("the maternity block") nor the verb ("block him")
        "block": _BLOCK,
        "blocks": _BLOCK,
        # cerebral palsy said of a person ("a kid with CP", "his CP"), not child protection
        "cp": Guard(cased=_words("CP"), before_any=_CP_BEFORE, after_not=_CP_NOT_AFTER),
        # heart defects in capitals, not a Visio file or a variable speed drive
        "vsd": Guard(cased=_words("VSD"), after_not=_words("file files drive drives")),
        # a burn, not the kitchen verb ("scald the milk", "to scald your jars")
        "scald": Guard(before_not=_words("to and then"), after_not=_SCALD_OBJECT),
        "scalds": Guard(before_not=_words("to and then"), after_not=_SCALD_OBJECT),
        # skin signs near a skin word, not paint nor tears
        "flaking": _SKIN_SIGN,
        "weeping": _SKIN_SIGN,
        # after a clock time these are the afternoon and time zones ("4:47 PM", "7pm EST"); "the
        # PM" is the Prime Minister and "PM me" a private message
        "pm": Guard(
            cased=_words("PM"),
            before_not=_HOURS | _words("the a via by in send former deputy ex"),
            after_clock=True,
            after_not=_MESSAGE,
        ),
        "est": _TIME_ZONE,
        "pdt": _TIME_ZONE,
        # a new joint, not a new dance ("our new hip-hop class")
        # (nor a flask or pads: "the new hip flask", "new knee pads")
        **dict.fromkeys(
            ("new hip", "new hips", "new knee", "new knees"),
            Guard(after_not=_words("- hop flask flasks pad pads socks warmers")),
        ),
        # "tested positive for norovirus": the infection named is the health detail, not the
        # verb ("positive for TB" is, TB alone being a companion)
        **dict.fromkeys(
            ("tested positive", "tests positive", "testing positive", "test positive"),
            Guard(after_not=_words("for")),
        ),
        # tuberculosis said of a person ("off with TB", "died of TB"), not a terabyte
        **dict.fromkeys(("with tb", "of tb", "for tb", "from tb"), _TB_PERSON),
        # a premature baby, not a premature announcement
        **dict.fromkeys(
            ("premature", "prematures"),
            Guard(
                near_wide=_BABY,
                after_only=_PREMATURE_NEXT,
                before_not=_words("be seems seemed seem bit"),
            ),
        ),
        # an eye pressure check, not a tyre's
        **dict.fromkeys(
            (
                "pressure check",
                "pressure checks",
                "pressure test",
                "pressure tests",
                "pressures checked",
                "pressure checked",
            ),
            _EYE_PRESSURE,
        ),
        # seizure types in the plural near a word of seizures, not absences from school or
        # partial derivatives
        **dict.fromkeys(
            ("absences", "focals", "complex partials", "simple partials"),
            Guard(near_wide=_SEIZURE_TYPE),
        ),
        # phenylketonuria, not Peking University; a spinal cord injury written so, of a person
        "pku": _PKU,
        "sci": Guard(cased=_words("SCI"), before_any=_SCI_BEFORE),
        # Scotland's Community Health Index number ("CHI number", "CHI no."), not a head injury
        "chi": Guard(
            before_not=_words("tai"),
            after_not=_words("number numbers no nos num # : -"),
        ),
    },
    "fr": {
        "sep": Guard(cased=_words("SEP")),
        "sla": Guard(cased=_words("SLA")),
        "tcc": Guard(cased=_words("TCC")),
        "greffe": Guard(before_not=_words("au du le")),  # "le greffe du tribunal"
        # "une opération portes ouvertes", "opération séduction": a campaign, not surgery
        "opération": _CAMPAIGN_OPERATION,
        "rch": Guard(cased=_words("RCH")),  # rectocolite hémorragique, written in capitals
        "couronne": _WREATH,
        "couronnes": _WREATH,
        "goutte": Guard(after_not=_DROP_OF),
        "gouttes": Guard(after_not=_DROP_OF),
        "perfusion": Guard(after_not=_MONEY),
        "prep": Guard(cased=_words("PrEP")),  # prophylaxie pré-exposition, pas une prépa
        "dpp": Guard(cased=_words("DPP")),  # dépression post-partum, écrite en capitales
        "inr": Guard(cased=_words("INR")),  # le dosage des anticoagulants, en capitales
        "ivt": Guard(cased=_words("IVT")),  # injection intravitréenne, en capitales
        "sii": Guard(cased=_words("SII")),  # syndrome de l'intestin irritable, en capitales
        "sed": Guard(cased=_words("SED")),  # syndrome d'Ehlers-Danlos, en capitales
        # "un bon gastro", "le gastro du CHU": the doctor; "une gastro" is the illness
        "gastro": Guard(before_not=_words("un le mon ton son du au bon")),
        # sigles de maladies écrits en capitales : pas "toc toc", "qu'il ait", la note fa,
        # "Pr" (professeur), un chat IRC
        "toc": Guard(cased=_words("TOC")),
        "tsa": Guard(cased=_words("TSA")),
        "tpb": Guard(cased=_words("TPB")),
        "geu": Guard(cased=_words("GEU")),
        "rgo": Guard(cased=_words("RGO")),
        "irc": Guard(cased=_words("IRC")),
        "ait": Guard(cased=_words("AIT")),
        "pr": Guard(cased=_words("PR")),
        "fa": Guard(cased=_words("FA")),
        "ipp": Guard(cased=_words("IPP")),
        # endométriose en abrégé, près des mots de la malade ; pas le Dr Endo, ni "mon endo m'a
        # dit" (l'endocrinologue)
        "endo": Guard(
            near_any=_OWN_FR,
            before_not=_words("m. mme mr dr docteur pr professeur madame monsieur"),
            after_not=_words("m' m’"),
        ),
        # méthadone en abrégé, près des mots du traitement : pas la méthanisation
        "métha": _METHADONE,
        "metha": _METHADONE,
        # une radiographie, pas une station ("une radio locale", "Radio Nova", "radio-réveil")
        **dict.fromkeys(_STATION_TERMS, _STATION),
        # la cure du village ("verrée à la cure") n'est pas un traitement, ni le curé une cure
        "cure": _PARISH_CURE,
        "curé": _PRIEST,
        "curés": _PRIEST,
        # sigles de l'enfant, en capitales et dans leur contexte : paralysie cérébrale, pas un
        # ordinateur ; communication interventriculaire, pas la Côte d'Ivoire ; interruption
        # médicale de grossesse, pas une image
        "pc": Guard(cased=_words("PC"), before_any=_PC_BEFORE, after_not=_PC_NOT_AFTER),
        "civ": Guard(cased=_words("CIV"), near_wide=_HEART_FR),
        "img": Guard(cased=_words("IMG"), before_any=_IMG_BEFORE),
        # les poux et leurs lentes, pas des connexions lentes ni "fier comme un pou"
        "lentes": Guard(near_wide=_LICE - {"lentes"}),
        "lente": Guard(near_wide=_LICE - {"lente"}),
        "pou": Guard(near_wide=(_LICE - {"pou"}) | _words("cheveux")),
        # le deuil d'un faire-part ("ont la profonde douleur de vous annoncer", "c'est avec une
        # immense douleur que", "a la douleur d'annoncer"), pas une douleur du corps
        "douleur": Guard(
            before_not=_words("profonde immense grande"),
            # (a body's or a family's formula, "Le CHN a la douleur d'annoncer", far more
            # often than a pain said so: "il a la douleur qui revient" is read as grief too)
            before_not_phrase=frozenset({"a la", "ont la", "avons la"}),
        ),
        # une tentative de suicide en sigle, après un déterminant ou un nombre : pas la terminale
        # S, un fichier TypeScript ni des initiales
        "ts": Guard(
            cased=_words("TS"), before_any=_TS_BEFORE, before_not=_TS_NOT, after_not=_TS_NOT_AFTER
        ),
    },
}


def allowed(span: Span, guards: Mapping[str, Guard]) -> bool:
    """Whether a match passes the guard of its term (terms without a guard always do)."""
    guard = guards.get(span.text.lower().replace("’", "'"))
    if guard is None:
        return True
    doc = span.doc
    before = [t.lower_ for t in doc[max(span.start - 2, 0) : span.start]]
    after = doc[span.end] if span.end < len(doc) else None
    near = {t.lower_ for t in doc[max(span.start - NEAR_BEFORE, 0) : span.start]}
    near.update(t.lower_ for t in doc[span.end : span.end + NEAR_AFTER])
    previous = doc[span.start - 1].lower_ if span.start > 0 else ""
    return not (
        (guard.cased and span.text not in guard.cased)
        or (guard.near_any and not guard.near_any.intersection(near))
        or (guard.near_wide and not guard.near_wide.intersection(_wide(span)))
        or (guard.not_upper and span.text.isupper())
        or (guard.before_any and not guard.before_any.intersection(before))
        or (guard.before_not and before and before[-1] in guard.before_not)
        or (span.start > 0 and doc[span.start - 1].text in guard.before_not_cased)
        or any(_ends_with(doc, span.start, phrase) for phrase in guard.before_not_phrase)
        or (guard.after_clock and _CLOCK.match(previous) is not None)
        or (after is not None and after.lower_ in guard.after_not)
        or (guard.after_not_name and after is not None and after.text[:1].isupper())
        or (
            guard.after_only is not None
            and after is not None
            and after.is_alpha
            and after.lower_ not in guard.after_only
        )
    )


def _wide(span: Span) -> set[str]:
    """The lower-cased words of Guard.near_wide's window around a span."""
    doc = span.doc
    words = {t.lower_ for t in doc[max(span.start - WIDE_BEFORE, 0) : span.start]}
    words.update(t.lower_ for t in doc[span.end : span.end + WIDE_AFTER])
    return words


def _ends_with(doc: Doc, start: int, phrase: str) -> bool:
    """Whether the words just before token `start` are `phrase` (lower-cased, apostrophes
    typographic or not)."""
    words = phrase.split()
    if start < len(words):
        return False
    before = doc[start - len(words) : start]
    return [t.lower_.replace("’", "'") for t in before] == words
