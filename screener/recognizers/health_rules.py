"""Phrase rules of the health recognizer beyond its word lists.

- Guards of ambiguous terms ("MS", "op", "cold") are in `health_guards`, the checks of a
  match's context ("sick of it", "endoscopy unit", "physio Tom") in `health_context`.
- Phrase rules find symptoms, injuries and procedures people write with words of their own
  ("pain in my left knee", "had her gallbladder removed", "felt really dizzy", "j'ai mal à
  l'épaule"), from the word classes of screener/data/health_cues_<lang>.tsv.
- Word endings, abbreviations and spellings are in `health_shapes`.

A rule marked `companion` (and a vocabulary type ending in "?") finds words that are health
details only in a post that holds another one ("felt so angry", "my scan"): the recognizer
drops them from posts with no other health term, so they never make a post health data alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

COMPANION = "?"  # label suffix of a finding that needs another health term in the post
FIGURATIVE = "-"  # label of a figure of speech that a rule recognised ("a pain in the neck")
Cues = Mapping[str, frozenset[str]]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@cache
def load_cues(language: str) -> Cues:
    """The word classes and phrase rules of a language (read once): CLASS -> items, and
    RULE -> "TYPE<TAB>slots" lines (see scripts/vocab/cues_en.tsv for the slot syntax)."""
    path = resources.files("screener.data").joinpath(f"health_cues_{language}.tsv")
    classes: dict[str, set[str]] = {}
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            name, item = line.split("\t", 1)
            classes.setdefault(name, set()).add(item)
    return {name: frozenset(items) for name, items in classes.items()}


# Numbers glued to a weight or dose unit, as one token ("18lbs", "500mg").
_WEIGHT = re.compile(r"^\d+(?:[.,]\d+)?(?:lbs?|kgs?|kilos?|st)$")
_DOSE = re.compile(r"^\d+(?:[.,]\d+)?(?:mg|mcg|µg|ug|iu|ui)$")
# An abbreviation as patients write one after "diagnosed with" ("RRMS", "T1D", "DT1"): a
# capital, then 1-5 capitals or digits (longer runs of capitals are shouting).
_ABBREVIATION = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
# A drug-name candidate before or after a dose: a word of at least 4 letters.
MIN_DRUG_CHARS = 4
# Slot repetition written "{m,n}" or "?" after the slot.
_REPEAT = re.compile(r"^(.+?)(?:\{(\d*),(\d*)\}|(\?))?$")
# Figurative phrases the rules would otherwise take ("a pain in the neck", "break a leg", "pull
# my leg", "itchy feet"), and outer body parts "out" ("got my arm out") rather than removed.
_FIGURATIVE = re.compile(
    r"^(?:pain in the (?:neck|ass|arse|butt|backside|bum)|break a leg|stiff upper lip"
    r"|back (?:issues|changes)|itchy feet|.* killing|.* giving"
    r"|(?:pull|pulled|pulling|pulls) (?:my|his|her|your|their|our) legs?"
    r"|(?:twist|twisted|twisting|twists) (?:my|his|her|your|their|our) arms?"
    r"|.* (?:arms?|hands?|heads?|faces?|legs?|foot|feet|fingers?|back|chest|breasts?|bum"
    r"|tongue|eyes?|nose|lips?|skin|ears?|neck) out)$"
)
# Idioms the rules may end on, kept when the next word completes them ("killing me",
# "giving way").
_COMPLETES = {"killing": _words("me"), "giving": _words("way out")}
# Body words that are also figures of speech for feelings ("my heart hurts", "broke her
# heart"): a pain or injury rule that names them has found a figure of speech.
_FEELING_BODY = _words("heart hearts cœur coeur")
# Rule classes of pain and injury (the figures of speech above).
_PAIN_CLASSES = frozenset({"PAIN", "SORE", "HURTS", "INJURE", "INJURED"})
# Slots matched on the token itself rather than on its word: a number, a weight or a dose
# glued to its unit, a word that may be a drug name, an abbreviation in capitals.
_SHAPES = ("#NUM", "#WEIGHT", "#DOSE", "#DRUG", "#ABBR")
Slot = tuple[int, int, int]  # (bits of the words it accepts, fewest, most repetitions)


@dataclass(frozen=True, slots=True)
class Rule:
    """One phrase rule: its label, its slots, and the bits its first word may carry."""

    label: str
    pain: bool  # names a pain or an injury: a "heart" makes it a figure of speech
    slots: tuple[Slot, ...]
    first: int


@dataclass(frozen=True, slots=True)
class RuleMatcher:
    """The phrase rules of a language. Each word class (and literal word) of the rules is a
    bit; a token's bits come from one dictionary lookup, and a rule is tried only where its
    first slot can match, which costs far less than a Matcher of set predicates."""

    bits: Mapping[str, int]  # lower-cased word -> bits of the classes it belongs to
    shapes: Mapping[str, int]  # "#NUM"... -> bit
    not_drug: frozenset[str]
    rules: tuple[Rule, ...]

    def __call__(self, doc: Doc) -> list[Span]:
        """Rule matches, labelled with their type ("SYMPTOM?" for companions), and figures of
        speech labelled FIGURATIVE (no term inside them counts)."""
        masks = [self._mask(t) for t in doc]
        found = []
        for start, mask in enumerate(masks):
            for rule in self.rules:
                if mask & rule.first:
                    for end in _ends(rule.slots, 0, start, masks):
                        found.append(self._span(doc, start, end, rule))
        return found

    def _mask(self, token: Token) -> int:
        mask = self.bits.get(token.lower_, 0)
        if token.like_num:
            mask |= self.shapes["#NUM"]
        if token.lower_[:1].isdigit():
            if _WEIGHT.match(token.lower_):
                mask |= self.shapes["#WEIGHT"]
            if _DOSE.match(token.lower_):
                mask |= self.shapes["#DOSE"]
        if token.is_alpha and len(token) >= MIN_DRUG_CHARS and token.lower_ not in self.not_drug:
            mask |= self.shapes["#DRUG"]
        if _ABBREVIATION.match(token.text):
            mask |= self.shapes["#ABBR"]
        return mask

    @staticmethod
    def _span(doc: Doc, start: int, end: int, rule: Rule) -> Span:
        text = doc[start:end].text.lower().replace("’", "'")
        feeling = rule.pain and any(t.lower_ in _FEELING_BODY for t in doc[start:end])
        if feeling or (_FIGURATIVE.match(text) and not _completed(doc, start, end)):
            return Span(doc, start, end, label=FIGURATIVE)  # "broke her heart"
        return Span(doc, start, end, label=rule.label)


def _ends(slots: tuple[Slot, ...], index: int, at: int, masks: list[int]) -> set[int]:
    """Every token index where the slots from `index` on can end when started at `at` (a
    whole match, from index 0, takes at least one token)."""
    if index == len(slots):
        return {at}
    bits, fewest, most = slots[index]
    ends: set[int] = set()
    position = at
    for taken in range(most + 1):
        if taken >= fewest:
            ends |= _ends(slots, index + 1, position, masks)
        if position >= len(masks) or not masks[position] & bits:
            break
        position += 1
    return {end for end in ends if end > at} if index == 0 else ends


def _completed(doc: Doc, start: int, end: int) -> bool:
    """Whether an idiom-looking match ends on a word its next word completes."""
    words = _COMPLETES.get(doc[end - 1].lower_)
    return words is not None and end < len(doc) and doc[end].lower_ in words


@cache
def rule_matcher(language: str) -> RuleMatcher:
    """The compiled phrase rules of a language (built once)."""
    cues = load_cues(language)
    names: dict[str, int] = {shape: 1 << i for i, shape in enumerate(_SHAPES)}
    bits: dict[str, int] = {}
    rules = []
    for line in sorted(cues.get("RULE", ())):
        label, pattern = line.split("\t")
        slots = []
        for text in pattern.split():
            match = _REPEAT.match(text)
            assert match is not None
            name, low, high, optional = match.groups()
            slot_bits = 0
            for part in name.split("|"):
                if part not in names:
                    names[part] = 1 << len(names)
                    words = cues.get(part, frozenset()) if part.isupper() else {part}
                    for word in words:
                        bits[word] = bits.get(word, 0) | names[part]
                slot_bits |= names[part]
            if optional:
                fewest, most = 0, 1
            elif low is not None:  # "{m,n}"
                fewest, most = int(low or 0), int(high or 1)
            else:
                fewest, most = 1, 1
            slots.append((slot_bits, fewest, most))
        first = 0
        for slot_bits, fewest, _ in slots:  # the bits any first word may carry
            first |= slot_bits
            if fewest:
                break
        used = {part for slot in pattern.split() for part in slot.rstrip("?").split("|")}
        rules.append(Rule(label, bool(used & _PAIN_CLASSES), tuple(slots), first))
    shapes = {shape: names[shape] for shape in _SHAPES}
    not_drug = cues.get("NOT_DRUG", frozenset())
    return RuleMatcher(bits, shapes, not_drug, tuple(rules))
