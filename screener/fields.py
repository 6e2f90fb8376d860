"""Fields of work: a health term that names what someone works on, not anyone's health.

A hospital's obituary of a cardiologist "pionnier de la coronarographie", a new doctor who
"a consacré sa thèse à la mucoviscidose", a nurse "specialist in wound care": the term is
their field. Read by the verdict (screener/policy.py) with the other terms it sets aside.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from screener.types import Finding

__all__ = ["a_field_of_work"]

# Words of a field right before the term, up to two words between that are no possessive
# ("pionnier de la coronarographie", "research into childhood leukaemia", "sa thèse à la
# mucoviscidose chez les adolescents"; not "research on her MS", which is hers).
_FIELD_BEFORE = re.compile(
    r"\b(?:pioneer(?:ed|ing)?(?:\s+(?:of|in))?|pionni[eè]re?\s+(?:de|du|des|d['’])|"
    r"sp[ée]cialiste\s+(?:de|du|des|d['’]|en)|specialist\s+in|experte?\s+(?:in|en|de|du|des)|"
    r"expertise\s+(?:in|en)|th[èe]se\s+(?:sur|à|au|aux)|thesis\s+on|"
    r"(?:consacr[ée]e?|d[ée]di[ée]e?)\s+(?:sa\s+th[èe]se|sa\s+carri[èe]re|ses\s+recherches)\s+"
    r"(?:à|au|aux)|research(?:er)?\s+(?:on|into|in)|recherches?\s+sur|travaux\s+sur|"
    r"ph\.?d\.?\s+(?:on|in)|doctorat\s+sur|th[èe]se\s+de\s+doctorat\s+sur|"
    r"chef\s+du\s+service\s+(?:de|d['’])|head\s+of|"
    # a job advert's or a CV's experience or training ("Une expérience en soins palliatifs est
    # un plus", "experience in wound care", "formé(e) à l'ETP")
    # (not one's own "experience of" / "expérience de" an illness)
    r"exp[ée]rience\s+(?:en|in|dans)|form[ée]e?s?\s+(?:en|à|aux|au)|"
    r"trained\s+in|training\s+in|dipl[ôo]m[ée]e?\s+(?:en|de|d['’])|(?:DU|DIU)\s+(?:de|d['’]))\s+"
    r"(?:(?:la|le|l['’]|les|the)\s*)?"
    r"(?:(?!(?:my|his|her|their|your|our|mon|ma|mes|son|sa|ses|leur|leurs)\b)[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# How far back (characters) the field's words may stand.
_REACH = 70
# A word of a profession or of research near the field's words ("Pneumologue, elle a consacré
# sa thèse", "our new consultant and a specialist in", "Dr", "Pr", "pionnier"): a worker's
# field; without one, "the family expert in type 1 diabetes" is a child living with it.
_PROFESSION = re.compile(
    r"\b(?:dr|dre|pr|prof|professor|professeur|doctor|docteur|consultant|nurse|surgeon|"
    r"physician|researcher|scientist|chercheu(?:r|se)|m[ée]decin|infirmi[eè]re?|chirurgien(?:ne)?|"
    r"[a-zé]+olog(?:ist|ue)|pharmacist|pharmacien(?:ne)?|physio|therapist|th[ée]rapeute|"
    r"pioneer\w*|pionni[eè]re?|th[èe]se|thesis|ph\.?d|doctorat|research|recherches?|"
    r"chef\s+du\s+service|head\s+of|service|unit|department|clinic|clinique|hospital|"
    r"h[ôo]pital|chu|university|universit[ée]|institute?|institut|lab(?:oratory)?|"
    # a job advert's words ("ON RECRUTE", "postes", "Pour postuler", "we're hiring")
    # (not "job": "finally got a job offer" after one's own dialysis)
    r"recrute\w*|recruit\w*|hiring|postes?|postuler|candidat\w*|vacanc\w*|emploi|cdi|cdd)\b",
    re.IGNORECASE,
)
# How far back (characters) that word may stand before the field's words.
_PROFESSION_REACH = 150


# What joins two fields of a list ("de la coronarographie et de l'angioplastie").
_LIST_JOIN = re.compile(
    r"\s*(?:,|et|and|&|ou|or)\s*(?:(?:de|du|des|d['’]|of|in)\s*)?(?:(?:la|le|l['’]|les|the)\s*)?",
    re.IGNORECASE,
)


def a_field_of_work(text: str, term: Finding, others: Sequence[Finding] = ()) -> bool:
    """Whether a health term is the field someone works on ("pionnier de la
    coronarographie"), or listed after one (`others`: the post's other terms; "... et de
    l'angioplastie"), not a health detail."""
    field = _FIELD_BEFORE.search(text, max(0, term.start - _REACH), term.start)
    if field is not None and _PROFESSION.search(
        text, max(0, field.start() - _PROFESSION_REACH), field.end()
    ):
        return True
    return any(
        other.end <= term.start
        and _LIST_JOIN.fullmatch(text, other.end, term.start) is not None
        and a_field_of_work(text, other, others)
        for other in others
    )
