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
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span

from screener.tokens import tokens_of

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
# my leg", "itchy feet", "my heart burst with pride"), and outer body parts "out" ("got my arm
# out") rather than removed.
_FIGURATIVE = re.compile(
    r"^(?:pain in the (?:neck|ass|arse|butt|backside|bum)|break a leg|stiff upper lip"
    r"|back (?:issues|changes)|itchy feet|.* killing|.* giving|hearts? burst"
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
# Words whose masks RuleMatcher remembers: beyond this many the memory is emptied (a few MB).
MAX_KNOWN = 100_000


@dataclass(frozen=True, slots=True)
class Words:
    """What the passes of the health recognizer read of every token, read once (a Doc builds a
    Token object at each access): lower-cased form, text, all letters, number-like."""

    lower: tuple[str, ...]
    text: tuple[str, ...]
    alpha: tuple[bool, ...]
    number: tuple[bool, ...]

    @classmethod
    def of(cls, doc: Doc) -> Words:
        """The words of a Doc (from its token table, shared with the other recognizers)."""
        table = tokens_of(doc)
        return cls(tuple(table.lower), tuple(table.text), tuple(table.alpha), tuple(table.num))


@dataclass(frozen=True, slots=True)
class Rule:
    """One phrase rule: its label, its slots, and the bits its first word may carry."""

    label: str
    pain: bool  # names a pain or an injury: a "heart" makes it a figure of speech
    slots: tuple[Slot, ...]
    first: int
    # When the first slot takes exactly one word and a later one is required: the bits the
    # next word must carry (those of the slots up to that one), else 0 (no such test).
    second: int


@dataclass(frozen=True, slots=True)
class RuleMatcher:
    """The phrase rules of a language. Each word class (and literal word) of the rules is a
    bit; a token's bits come from one dictionary lookup, and a rule is tried only where its
    first slot can match, which costs far less than a Matcher of set predicates."""

    bits: Mapping[str, int]  # lower-cased word -> bits of the classes it belongs to
    shapes: Mapping[str, int]  # "#NUM"... -> bit
    not_drug: frozenset[str]
    rules: tuple[Rule, ...]
    # The bits any rule's first word may carry, and for each such bit the rules (in order)
    # whose first word may carry it: most tokens start no rule, most others one or two.
    firsts: int
    by_first: Mapping[int, tuple[Rule, ...]]
    # The mask of each word seen so far (a word's mask depends on nothing else): most words
    # of a post recur across posts, so each is computed once.
    known: dict[tuple[str, str, bool, bool], int] = field(default_factory=dict, compare=False)
    # The rules worth trying (in order) where a word with the first bits starts, followed by a
    # word with the second bits: those whose first and second tests these bits pass (a word
    # of several classes would otherwise try every rule).
    tried: dict[tuple[int, int], tuple[Rule, ...]] = field(default_factory=dict, compare=False)

    def __call__(self, doc: Doc, words: Words) -> list[Span]:
        """Rule matches, labelled with their type ("SYMPTOM?" for companions), and figures of
        speech labelled FIGURATIVE (no term inside them counts)."""
        known = self.known
        if len(known) > MAX_KNOWN:
            known.clear()
        masks = []
        for word in zip(words.lower, words.text, words.alpha, words.number, strict=True):
            mask = known.get(word)
            if mask is None:
                mask = known[word] = self._mask(*word)
            masks.append(mask)
        firsts, tried = self.firsts, self.tried
        if len(tried) > MAX_KNOWN:
            tried.clear()
        found = []
        for start, mask in enumerate(masks):
            first = mask & firsts
            if not first:
                continue
            following = masks[start + 1] if start + 1 < len(masks) else 0
            rules = tried.get((first, following))
            if rules is None:
                rules = tried[first, following] = self._tried(first, following)
            for rule in rules:
                for end in _ends(rule.slots, 0, start, masks):
                    found.append(self._span(doc, start, end, rule))
        return found

    def _tried(self, first: int, following: int) -> tuple[Rule, ...]:
        rules = self.by_first.get(first)  # one bit: its rules, else those of any bit
        return tuple(
            rule
            for rule in (rules if rules is not None else self.rules)
            if first & rule.first and (not rule.second or following & rule.second)
        )

    def _mask(self, lower: str, text: str, alpha: bool, number: bool) -> int:
        mask = self.bits.get(lower, 0)
        if number:
            mask |= self.shapes["#NUM"]
        if lower[:1].isdigit():
            if _WEIGHT.match(lower):
                mask |= self.shapes["#WEIGHT"]
            if _DOSE.match(lower):
                mask |= self.shapes["#DOSE"]
        if alpha and len(text) >= MIN_DRUG_CHARS and lower not in self.not_drug:
            mask |= self.shapes["#DRUG"]
        if _ABBREVIATION.match(text):
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


def _second(slots: tuple[Slot, ...]) -> int:
    """Rule.second: with the first slot taking exactly one word, the word after it belongs to
    the first slot after it that takes a word, which is at the latest the first required one;
    0 when the first slot repeats or nothing after it is required (no test)."""
    if slots[0][1:] != (1, 1):
        return 0
    bits = 0
    for slot_bits, fewest, _ in slots[1:]:
        bits |= slot_bits
        if fewest:
            return bits
    return 0


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
        pain = bool(used & _PAIN_CLASSES)
        rules.append(Rule(label, pain, tuple(slots), first, _second(tuple(slots))))
    shapes = {shape: names[shape] for shape in _SHAPES}
    not_drug = cues.get("NOT_DRUG", frozenset())
    firsts = 0
    for rule in rules:
        firsts |= rule.first
    by_first = {
        bit: tuple(r for r in rules if r.first & bit)
        for bit in (1 << i for i in range(firsts.bit_length()))
        if bit & firsts
    }
    return RuleMatcher(bits, shapes, not_drug, tuple(rules), firsts, by_first)
