"""Context checks of the health recognizer: when a matched word is not meant as a health detail.

A companion inside a name or among words in capitals, a state made figurative by the next word
("sick of it"), a procedure naming a department, a job or a building ("endoscopy unit",
"specialist physio Tom", "Wensleydale Road Surgery"), and more (see each function).
"""

from __future__ import annotations

from spacy.tokens import Span

from screener.gazetteers import NAME, first_name_level
from screener.recognizers.age_words import KIN_EN_WORDS
from screener.recognizers.health_rules import COMPANION, Cues

# spaCy entity labels of people and places (English and French models): a companion term
# inside one is part of a name ("Grace Payne", "MI" for Michigan). Organisations are left
# out: the small models call most abbreviations in capitals ORG.
# Tokens after which a capitalised word may just start a sentence.
SENTENCE_END = frozenset([*'. ! ? : ; ( " “'.split(), "\n"])
_NAME_LABELS = frozenset({"PERSON", "PER", "GPE", "LOC", "FAC"})
_PEOPLE = frozenset({"PERSON", "PER"})


def in_name(span: Span) -> bool:
    """Whether the span may be (part of) a name: spaCy's NER put it inside a person or a place,
    or it is one capitalised word inside a sentence ("Amber", "Sage")."""
    doc = span.doc
    inside = span.start > 0 and doc[span.start - 1].text not in SENTENCE_END
    if len(span) == 1 and span[0].is_title and inside:
        return True
    return any(
        ent.label_ in _NAME_LABELS and ent.start <= span.start and span.end <= ent.end
        for ent in doc.ents
    )


def shouted(span: Span) -> bool:
    """Whether a capitalised term stands among words in capitals ("ALL DAY", "AS IF"): in
    shouting, an abbreviation may be an ordinary word."""
    doc = span.doc
    around = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    return span.text.isupper() and any(t.is_alpha and t.is_upper and len(t) > 1 for t in around)


def figurative_state(span: Span, cues: Cues) -> bool:
    """Whether a term ends on a state word that the next word makes figurative ("sick of it",
    "feel awful about", "je me sens mal pour toi"), a verb ("flagging the post") or a worry
    ahead ("nervous before the scan")."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    last, following = doc[span.end - 1].lower_, doc[span.end].lower_
    if last in cues.get("IDIOM_OF", ()) and following == "of":
        return True
    if last in cues.get("STATE_ING", ()) and following in cues.get("OBJECT_START", ()):
        return True  # "is flagging the post": a verb with an object, not a state
    if last in cues.get("STATE_AHEAD", ()) and following in cues.get("AHEAD_OF", ()):
        return True  # "nervous before their colonoscopy": a worry ahead, not a symptom
    return last in cues.get("STATE_MOOD", ()) and following in cues.get("NOT_AFTER", ())


# How far before "feel" a verb of making may stand ("makes every single visit feel grim").
MAKE_WINDOW = 4


def thing_feels(span: Span, cues: Cues) -> bool:
    """Whether a feeling is a thing's, made so ("makes every visit feel less grim"): a verb of
    making shortly before "feel" and no person just before it ("made me feel sick" counts)."""
    doc = span.doc
    if span.start == 0 or span[0].lower_ not in cues.get("FEEL", ()):
        return False
    before = doc[max(span.start - MAKE_WINDOW, 0) : span.start]
    if not any(t.lower_ in cues.get("MAKE", ()) for t in before):
        return False
    person = cues.get("PERSON_SUBJ", frozenset()) | cues.get("PERSON_OBJ", frozenset())
    return doc[span.start - 1].lower_ not in person


# A determiner before a treatment word and what a person does after it ("a physio from the
# rehab team", "the physio who came", "la kiné qui"): the practitioner, not the treatment.
_DETERMINERS = frozenset("a an the our their your un une le la notre".split())
_DOES_AFTER = frozenset("from who came said says told qui".split())


def practitioner(span: Span, cues: Cues) -> bool:
    """Whether a treatment word names the person who gives it ("specialist physio Tom", "notre
    kiné Pierre-Yves"): a job word before it, or a first name or a person right after it."""
    doc = span.doc
    if span.text.lower() not in cues.get("PRACTITIONER", ()):
        return False
    before = doc[span.start - 1].lower_ if span.start else ""
    if before in cues.get("JOB_BEFORE", ()):
        return True
    after = doc[span.end] if span.end < len(doc) else None
    if after is None:
        return False
    if before in _DETERMINERS and after.lower_ in _DOES_AFTER:
        return True  # "a physio from the rehab team", "the physio who came": a person
    if not after.is_title:
        return False
    return after.ent_type_ in _PEOPLE or first_name_level(after.text, doc.lang_) is not None


def place(span: Span, cues: Cues) -> bool:
    """Whether a word of a doctor's practice names the building ("GP surgery", "the surgery is
    closed", "Wensleydale Road Surgery") rather than an operation."""
    doc = span.doc
    if span.text.lower() not in cues.get("PRACTICE", ()):
        return False
    before = doc[span.start - 1] if span.start else None
    if before is not None and before.lower_ in cues.get("PRACTICE_BEFORE", ()):
        return True
    if (  # the last word of a capitalised name ("Road Surgery"), not "Knee Surgery"
        before is not None
        and span[0].is_title
        and before.is_title
        and before.lower_ not in cues.get("BODY", ())
    ):
        return True
    following = {t.lower_ for t in doc[span.end : span.end + 2]}
    return bool(following & cues.get("PRACTICE_STATE", frozenset()))


# How many linking words may stand between a generic word of illness and the term it stands
# for ("illness with pancreatic cancer", "disease called ALS", "maladie : la SLA").
GENERIC_GAP = 2


def generic(span: Span, starts: set[int], cues: Cues) -> bool:
    """Whether a generic word of illness leads to the specific term (starting at one of
    `starts`) that it stands for: the specific term alone is the health detail."""
    if span.text.lower() not in cues.get("GENERIC", ()):
        return False
    doc, i = span.doc, span.end
    while i < len(doc) and i - span.end < GENERIC_GAP and doc[i].lower_ in cues.get("LINK_TO", ()):
        i += 1
    return i > span.end and i in starts


def first_name(span: Span) -> bool:
    """Whether a one-word term is a person's first name ("my daughter Amelia (16)"): a name
    that is hardly ever a word, capitalised inside a sentence or before a surname or a
    bracketed age. Drug brands are capitalised anyway: only the second test applies to them."""
    doc = span.doc
    if len(span) != 1 or not span[0].is_title:
        return False
    if first_name_level(span.text, doc.lang_) != NAME:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    aged = after is not None and after.text == "(" and span.end + 1 < len(doc)
    aged = aged and doc[span.end + 1].like_num
    followed = aged or (after is not None and after.is_title and after.is_alpha)
    if span.label_.startswith("MEDICATION"):
        return followed
    inside = span.start > 0 and doc[span.start - 1].text not in SENTENCE_END
    return inside or followed


def department(span: Span, cues: Cues) -> bool:
    """Whether a procedure names a place or a team ("endoscopy unit", "the physio team"), or an
    everyday word of one (a companion) names a service ("the screening service"); a named
    procedure before "service" stays ("our thrombectomy service": the policy treats the name)."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    following = doc[span.end].lower_
    if following in cues.get("DEPARTMENT", ()):
        return True
    return span.label_.endswith(COMPANION) and following in cues.get("SERVICE", ())


def taken_as_medicine(span: Span, cues: Cues) -> bool:
    """Whether an everyday drug name follows a verb of taking it or comes before a word of
    dosing ("started lithium", "the lithium dose")."""
    doc = span.doc
    before = {t.lower_ for t in doc[max(span.start - 2, 0) : span.start]}
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return bool(before & cues.get("MED_VERB", frozenset())) or after in cues.get("MED_AFTER", ())


def kept(span: Span, cues: Cues) -> bool:
    """Whether a match survives the context checks: not a state made figurative by the next
    word ("sick of it") or felt by a thing ("makes the visit feel grim"), not a procedure
    naming a department, a job or a building ("endoscopy unit", "physio Tom", "GP surgery"),
    not a first name ("Amelia")."""
    if span.label_.startswith("PROCEDURE") and (
        department(span, cues) or practitioner(span, cues) or place(span, cues)
    ):
        return False
    return not (figurative_state(span, cues) or thing_feels(span, cues) or first_name(span))


# A person's possessive ("your CT", "my lump", "son écho") ...
_POSSESSIVES = frozenset("my your his her their mon ma ton ta son sa mes tes ses".split())
# ... before an exam, a treatment or a finding that is health whatever else the post says:
# companions elsewhere ("the CT unit", "a lump of clay"), they are someone's here. Not the
# companions that are other things of one's own ("my cast", "my bridge", "ma radio", "mes
# examens", "mon bilan", "sa perf" at a race, "her therapy dog", "son opération brioches").
_OWN_HEALTH = frozenset(
    {
        *("ct", "cxr", "scan", "scans", "echo", "smear", "swab", "infusion", "infusions"),
        *("injection", "injections", "drain", "drains", "lump", "dressings", "rehab"),
        *("implant", "shunt", "stent", "stenting", "écho", "ponction", "infiltration"),
        *("pansement", "pansements", "sevrage", "rééducation", "plâtre", "attelle"),
    }
)


# Treatments that are everyday words elsewhere ("radiation" of a heater, a town's "bypass") ...
_TREATMENTS = frozenset({"radiation", "bypass", "bypasses"})
# ... after a verb of undergoing them, a word or two between ("heads south to start
# radiation", "had a triple bypass"), or a relative's possessive ("your dad's bypass": the
# kin words of the age recognizer).
_UNDERGO = frozenset(
    "start starts started starting begin begins began finish finished finishing have has had "
    "having need needs needed undergo underwent undergoing".split()
)
_KIN = frozenset(KIN_EN_WORDS)


def undergone(span: Span) -> bool:
    """Whether an everyday word of a treatment is one someone undergoes ("start radiation",
    "had a triple bypass", "your dad's bypass")."""
    doc = span.doc
    before = [t.lower_ for t in doc[max(span.start - 3, 0) : span.start]]
    if span.text.lower() not in _TREATMENTS or not before:
        return False
    if before[-1] in ("'s", "’s") and len(before) >= 2 and before[-2] in _KIN:
        return True
    return bool(_UNDERGO & set(before))


def firm(span: Span, cues: Cues) -> Span:
    """An everyday drug name ("lithium") after a verb of taking it is a firm medication; an
    exam or a finding after a person's possessive ("your CT", "my lump") is firm too, and so
    is a treatment someone undergoes ("start radiation")."""
    if span.label_ == "MEDICATION" + COMPANION and taken_as_medicine(span, cues):
        return Span(span.doc, span.start, span.end, label="MEDICATION")
    if span.label_ == "PROCEDURE" + COMPANION and undergone(span):
        return Span(span.doc, span.start, span.end, label="PROCEDURE")
    if (
        span.label_.endswith(COMPANION)
        and span.start > 0
        and span.doc[span.start - 1].lower_ in _POSSESSIVES
        and span.text.lower() in _OWN_HEALTH
    ):
        return Span(span.doc, span.start, span.end, label=span.label_.removesuffix(COMPANION))
    return span
