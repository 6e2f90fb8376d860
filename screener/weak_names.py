"""One-word "people" that only spaCy's guess makes people.

spaCy calls many unfamiliar capitalised words people: a venue ("move to the Jaarbeurs"), a
clinic ("diagnosed through PsyQ"), half a city ("Den Haag"), a pastry ("Bredele partout").
The name lists do not know these words, and nothing around them says that a person is meant.
Such a word stays a finding (it is redacted like any name), but it does not make a post about
someone on its own: the verdict needs a word the lists know as a name, a name of several
words, or a cue that tells a person ("Dr Kgosi", "my hubby Tater", "Thandi, 54,", "Funke:",
"— Seb", "Get well soon, Henk!").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from screener.gazetteers import first_name_level, surname_level
from screener.name_context import (
    ISLAND_GREETINGS,
    PERSON_CUES,
    THANKS_WORDS,
    TITLE_NOUNS,
    TITLES,
)
from screener.recognizers.age_words import OTHER_KIN_WORDS
from screener.types import Finding

__all__ = ["is_weak_person"]

# One capitalised word of letters, with inner hyphens or apostrophes ("Læknavaktin",
# "Hy'shqe"); initials ("J.", "E.W.") and lower-case nicknames come from the cue recognizers
# and stay people.
_ONE_WORD = re.compile(r"[A-ZÀ-ÝĀ-Ž][^\W\d_]*(?:['’-][^\W\d_]+)*")
# Words before a name that tell a person: titles, family and care words, greetings and thanks
# (name_context's lists), and words of address and respect that no list there holds.
_CUE_WORDS = (
    PERSON_CUES - {"and", "with", "et", "avec"}  # a list's joint: cued only by the name before it
    | TITLES["en"]
    | TITLES["fr"]
    | TITLE_NOUNS
    | frozenset(THANKS_WORDS)
    | frozenset(
        "hubby wifey bub bubba mate buddy lad lass bairn neighbour neighbor voisin voisine "
        "colleague collègue carer coach pastor father brother sister aunty auntie aunt uncle "
        "tanty tantie granny grandad mama papa mamie papi tonton tata tatie big little wee "
        "rip soon prayers pray praying welcome bienvenue cheers shout shoutout félicitations "
        "courage condolences condoléances petit petite anniversaire birthday "
        # a group's moderators and a role's holder ("Mod Aroha", "mods Tash & Rua", "our
        # Team Lead, Losaline,"), and introductions ("Meet Peninah", "This is Tayo", "Je vous
        # présente Tiavina", "Voici Lalao")
        "mod mods modo modos admin admins lead manager coordinator chair meet présente "
        "voici".split()
    )
    | frozenset(ISLAND_GREETINGS)  # "Alii Bilung,", "Merħba lura Josephine"
    | {"lura"}
    | frozenset(OTHER_KIN_WORDS)  # "Jajja Esereda", "Mon avi Josep"
    | {"avi", "àvia", "avia"}
)
# The word just before a name, on its line: letters only ("Dr." -> "dr").
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[\s,]*$")
# A list's joint between two names ("Karen and Deji", "Aisling, Trev"): a name beside a known
# one is a name.
_JOINT = re.compile(r"\s*(?:,|&|and|et)\s*", re.IGNORECASE)
# A chat line's sender ("[14/03/2026, 09:16] Funke:") or a signature ("— Seb", "- Val x").
_LINE_OPENING = re.compile(r"(?:^|\n)\s*(?:\[[^\]\n]{4,30}\]\s*|[—–-]\s*)?$")
# What follows a person's name: an age ("Thandi, 54,", "Heimana (7)"), speech ("Funke:"), a
# family name ("the Goh family"), or a verb that people do ("Heimana est prêt", "Ceri is").
_AFTER = re.compile(
    r"(?:\s*,\s*\d{1,3}\b|\s*\(\d{1,3}\)|\s*:|\s+(?:family|famille|fam)\b|"
    # an initial ("Thandi M."), a relative clause ("Mere Ngata, who died"), where one is from
    # ("Mo from our estates team", "Aroha from Ōtāhuhu")
    r"\s+(?-i:[A-Z])\.|\s*,\s*(?:who|qui)\b|"
    # (not a start date: "move to the Tollhalle from Monday")
    r"\s+from\s+(?:our|the|my|(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|"
    r"Aug|Sep|Oct|Nov|Dec)[a-z]*\b)(?-i:[A-ZÀ-ÝĀ-Ž]))|"
    r"\s+(?:is|was|has|had|have|will|would|can|could|did|does|died|passed|started|starts|went|"
    r"goes|got|gets|came|comes|says|said|told|tells|wants|needs|loves|loved|asked|asks|made|"
    r"took|takes|just|who|and\s+(?:his|her|their)|est|a|était|va|sera|vient|fait|avait|qui|"
    r"n['’]a|s['’]est|se|ne)\b|"
    # a bracket after a name (an age, a nickname, a role: "Aqil (6)", "Ceri (admin)", "Peninah
    # (not her real name)"), a role in apposition ("Seb, admin", "Chantha, une de nos
    # bénévoles"), or "'s" and a state ("Jordo's doing the Pen y Fan challenge")
    r"\s*\(|\s*,\s*(?:admin|mod|modo|moderator|modératrice|modérateur|une?\s+de\s+nos|one\s+of\s+our)\b|"
    r"['’]s\s+(?:been|doing|going|having|got|gone|home|back|still|now|not|off|out)\b)",
    re.IGNORECASE,
)
# A wish, thanks or news to or of someone, two words back ("Courage à Fanfan", "Tous nos
# encouragements à Nénette", "An update on Tootie", "Des nouvelles de Zézette").
_WISHED_BEFORE = re.compile(
    r"\b(?:courage|pens[ée]es?|encouragements|r[ée]tablissement|anniversaire|birthday|"
    r"recovery|prayers?|condolences|condol[ée]ances|f[ée]licitations|congratulations|bravo|"
    r"merci|thanks|love|hugs|bisous|update|news|nouvelles|"
    # a message left for someone ("Message for Reenie out at Bayulu", "Reminder to Thandi")
    r"message|reminder|note|shout-?out|rappel|"
    # a parent named by their child ("Adjoa, maman de Kossi", "mum of Tiva")
    r"maman|m[èe]re|papa|p[èe]re|mum|mom|dad|mother|father)\s+(?:[àa]|to|for|pour|on|of|de|d['’])"
    r"\s+(?:notre|nos|our|mon|ma|my)?\s*$",
    re.IGNORECASE,
)
# A name spoken to at the end of a sentence ("Enjoy the grandchildren, Sisi!").
_VOCATIVE = re.compile(r",\s*$")
_VOCATIVE_END = re.compile(r"\s*(?:!|\n|$|[\U0001f300-\U0001faff\u2600-\u27bf])")
# A signature after a dash, on any line ("... c'est normal ? — Nath", "– Kat, Comms team"), or
# a nickname in quotes ('Big welcome back to "Sparky" who').
# (the dash ends a sentence, a number or an emoji, or opens the line: "Clinic notice –
# Wadeye" and "Polyclinique Al Menara – Marrakech" are a heading's or an address's place)
_DASH_BEFORE = re.compile(r"(?:^|[.!?…\d)\U0001f300-\U0001faff\u2600-\u27bf]\s*)(?:[—–]|\s-)\s*$")
_SIGNATURE_END = re.compile(r"\s*(?:,|\(|\n|$)")
_QUOTED = re.compile(r"[\"“]$")
_QUOTE_END = re.compile(r"[\"”]")
# A role or a person's noun after a possessive ("Our first aider Mo", "our new porter Henk",
# "notre infirmière Hanta"): agent nouns end so; "our clinic Zorgkwartier" has no such noun.
_ROLE_BEFORE = re.compile(
    r"\b(?i:our|my|his|her|their|notre|mon|ma|nos|mes)\s+(?:[a-zé]+\s+)?"
    r"[a-zé]+(?:er|or|ist|ian|ant|ent|eur|euse|rice|i[èe]re|ier)\s*,?\s*$"
)
# A third person's pronoun after a name, in its sentence or opening the next ("Losana fell on
# the stairs and broke her hip", "misses Fetu. His bowel cancer"), with no other person
# between ("Zim?? my mum ... she", "a Pasifika counsellor ... she"): the name is someone's.
# Not French "il", "lui" (impersonal "il y a", "s'il").
_PRONOUN_AFTER = re.compile(
    r"(?P<between>[^.!?\n]{0,60}?)\b(?i:she|he|her|his|him|elle)\b"
    r"|(?P<before_next>[^.!?\n]{0,80}?)[.!?]+\s+(?:She|He|Her|His|Elle)\b"
)
# Another person between the name and the pronoun: a relative or someone indefinite ("my
# mum", "a nurse"), or a person's noun right after the name, which makes it an adjective
# ("a Pasifika counsellor").
_OTHER_PERSON = re.compile(
    r"\b(?i:my|our|mon|ma|notre|a|an|un|une)\s+[a-zà-ÿ]+"
    r"|^\s*[a-zà-ÿ]+(?:er|or|ist|ian|ant|ent|eur|euse|rice|i[èe]re|ier)\b"
)
# "the Goh family", "la famille Dupuis": a family's name.
_FAMILY_BEFORE = re.compile(r"\b(?:famille|family)\s+$", re.IGNORECASE)


def _known(word: str) -> bool:
    """Whether a name list knows the word or one of its hyphenated parts as a name."""
    parts = [word, *re.split(r"[-'’]", word)]
    return any(
        first_name_level(part, lang) is not None or surname_level(part, lang) is not None
        for part in parts
        if part
        for lang in ("en", "fr")
    )


def _cued(
    text: str, start: int, end: int, strong: Sequence[Finding], health: Sequence[Finding]
) -> bool:
    """Whether the words around one mention of a name tell a person."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40) : start]
    word = _WORD_BEFORE.search(before)
    if word is not None and word.group(1).lower() in _CUE_WORDS:
        return True
    if (
        _FAMILY_BEFORE.search(before)
        or _WISHED_BEFORE.search(before)
        or _ROLE_BEFORE.search(before)
    ):
        return True
    if _AFTER.match(text, end):
        return True
    pronoun = _PRONOUN_AFTER.match(text, end)
    if pronoun is not None and not _OTHER_PERSON.search(
        pronoun.group("between") or pronoun.group("before_next") or ""
    ):
        return True
    if _VOCATIVE.search(before) and _VOCATIVE_END.match(text, end):
        return True
    if _DASH_BEFORE.search(text, line_start, start) and _SIGNATURE_END.match(text, end):
        return True
    if _QUOTED.search(before) and _QUOTE_END.match(text, end):
        return True
    if text.startswith(("'s ", "’s "), end) and any(h.start == end + 3 for h in health):
        return True  # "Bittu's fever is back"
    if _LINE_OPENING.search(text, 0, start) and (
        text.startswith(":", end) or not text[end:].strip(" \t!.xX")[:1].strip()
    ):
        return True  # a sender before a colon, a signature alone on its line
    return any(
        _JOINT.fullmatch(text, f.end, start) or _JOINT.fullmatch(text, end, f.start)
        for f in strong
        if f.end <= start or f.start >= end
    )


def is_weak_person(text: str, finding: Finding, findings: Sequence[Finding]) -> bool:
    """Whether a one-word name is spaCy's guess alone: no list knows the word, and no mention
    of it in the post has a word around it that tells a person."""
    surface = finding.text
    if finding.entity_type != "PERSON" or not _ONE_WORD.fullmatch(surface) or _known(surface):
        return False
    strong = [
        f for f in findings if f.entity_type == "PERSON" and f is not finding and " " in f.text
    ] + [f for f in findings if f.entity_type == "PERSON" and " " not in f.text and _known(f.text)]
    health = [f for f in findings if f.category == "health"]
    if any(surface in f.text.split() for f in strong):
        return False  # "Greet Vos ... Greet": the first name of a full name
    return not any(
        _cued(text, m.start(), m.end(), strong, health)
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text)
    )


def is_cued_person(text: str, finding: Finding, findings: Sequence[Finding]) -> bool:
    """Whether a word around this very mention of a name tells a person ("Notre collègue
    Tauhiti", "Courage à Fanfan"), whatever the post makes of the word elsewhere."""
    strong = [f for f in findings if f.entity_type == "PERSON" and f is not finding]
    health = [f for f in findings if f.category == "health"]
    return _cued(text, finding.start, finding.end, strong, health)
