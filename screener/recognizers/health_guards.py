"""Guards of the health recognizer: ambiguous terms ("MS", "op", "cold", "stroke", "endo") are
kept only when their case and neighbouring words say they are meant as health terms.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Span


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
    after_not: frozenset[str] = frozenset()  # the word just after may not be one of these
    after_only: frozenset[str] | None = None  # if set, the next token is punctuation or these
    after_not_name: bool = False  # the next word may not be capitalised ("MS Teams")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The window of Guard.near_any: a patient's own words sit close to the term ("got the runs",
# "giving anyone else the runs", "cuts, sprains"); further away they may be about anything.
NEAR_BEFORE, NEAR_AFTER = 3, 2


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
_MONEY = _words("financière financières budgétaire économique publique publiques")

GUARDS: dict[str, dict[str, Guard]] = {
    "en": {
        # Microsoft products, degrees, a state after a town: not multiple sclerosis
        "ms": Guard(
            cased=_words("MS"),
            before_not=_words(", an"),
            after_not=_words("in degree degrees student students thesis program programme"),
            after_not_name=True,
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
        # a US time zone after a clock time ("7pm CT"), not a CT scan
        "ct": Guard(before_not=_words("am pm a.m. p.m.")),
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
    },
    "fr": {
        "sep": Guard(cased=_words("SEP")),
        "sla": Guard(cased=_words("SLA")),
        "tcc": Guard(cased=_words("TCC")),
        "greffe": Guard(before_not=_words("au du le")),  # "le greffe du tribunal"
        # "une opération portes ouvertes", "opération séduction": a campaign, not surgery
        "opération": Guard(after_not=_words("portes séduction spéciale commerciale coup")),
        "rch": Guard(cased=_words("RCH")),  # rectocolite hémorragique, written in capitals
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
    return not (
        (guard.cased and span.text not in guard.cased)
        or (guard.near_any and not guard.near_any.intersection(near))
        or (guard.not_upper and span.text.isupper())
        or (guard.before_any and not guard.before_any.intersection(before))
        or (guard.before_not and before and before[-1] in guard.before_not)
        or (after is not None and after.lower_ in guard.after_not)
        or (guard.after_not_name and after is not None and after.text[:1].isupper())
        or (
            guard.after_only is not None
            and after is not None
            and after.is_alpha
            and after.lower_ not in guard.after_only
        )
    )
