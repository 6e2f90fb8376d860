"""Health details (CONDITION, SYMPTOM, MEDICATION, PROCEDURE) matched from packaged vocabularies.

The vocabularies (screener/data/health_<lang>.tsv, see SOURCES.md there) hold lower-cased terms
with their inflected and spelling variants already generated, because the engine runs spaCy
without a lemmatizer. Terms are matched on token LOWER with spaCy's PhraseMatcher, longest
match first. On top of the list:

- a term followed by a bracketed abbreviation ("chronic fatigue syndrome (CFS)") makes that
  abbreviation a term of the same type for the rest of the post;
- terms that are also everyday words or other abbreviations ("MS", "op", "cold", "stroke")
  are kept only when a guard (case, neighbouring words) says they are meant as health terms;
- a word no list has but built on a medical suffix ("tendonitis", "nephrotoxicity",
  "arthroscopy") is a condition or a procedure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import cast

import spacy
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

ENTITIES = ["CONDITION", "SYMPTOM", "MEDICATION", "PROCEDURE"]
# A vocabulary match is reported at 0.85, Presidio's default for NER findings: the terms are
# specific (common words were filtered out when the list was built), above the 0.5 threshold.
SCORE = 0.85
# An abbreviation defined in the post ("... (CFS)") is inferred, not listed: a little lower,
# still reported.
ABBREVIATION_SCORE = 0.7
# A word recognised only by its medical suffix is inferred from its shape: reported, lower.
SUFFIX_SCORE = 0.6
# English medical suffixes after at least 4 letters (so "anemia" is left to the list and short
# words never match): inflammations, toxicities, diseases, paralyses, blood conditions and
# tumours are conditions; removals, openings, repairs and scopes are procedures. The French
# forms differ ("-ite", "-ectomie") and collide with ordinary words, so English only.
_SUFFIX = re.compile(
    r"^[a-z]{4,}(?:"
    r"(?P<condition>itis|itides|toxicity|toxicities|opathy|opathies|plegia|paresis|aemia|emia"
    r"|carcinomas?|sarcomas?|blastomas?|lymphomas?|myelomas?|gliomas?|adenomas?)"
    r"|(?P<procedure>ectomy|ectomies|ostomy|ostomies|oplasty|oplasties|oscopy|oscopies))$"
)
# Tokens after which a capitalised word may just start a sentence.
_SENTENCE_END = frozenset([*'. ! ? : ; ( " “'.split(), "\n"])
# Everyday and laboratory words with those endings.
_NOT_SUFFIXED = frozenset("academia bohemia microscopy spectroscopy stereoscopy".split())
# Runs of letters inside a token; a run shorter than MIN_GLUED letters is too likely a unit,
# an abbreviation or a fragment ("mg", "iv") to be looked up on its own.
_LETTERS = re.compile(r"[^\W\d_]+")
MIN_GLUED = 4
# Patterns are added to the matcher in batches of this many (bounded memory while tokenizing).
BATCH = 2000


@dataclass(frozen=True, slots=True)
class Guard:
    """When an ambiguous term counts: all the given conditions must hold."""

    cased: str | None = None  # the surface must be written exactly so ("MS", not "Ms")
    not_upper: bool = False  # rejected when written in capitals ("OP" is the original poster)
    before_any: frozenset[str] = frozenset()  # one of these words among the 2 before it
    before_not: frozenset[str] = frozenset()  # the word just before may not be one of these
    after_not: frozenset[str] = frozenset()  # the word just after may not be one of these
    after_only: frozenset[str] | None = None  # if set, the next token is punctuation or these


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that end a clause after "a cold" ("I've got a cold and ..."), unlike "a cold morning".
_CLAUSE_END = _words("and but so for since too again at on in this that or all now today still")
# Words that introduce someone's condition ("she has MS", "diagnosed with MS", "my MS").
_HAS = _words("have has had having with my his her their of diagnosed relapsing progressive")

GUARDS: dict[str, dict[str, Guard]] = {
    "en": {
        "ms": Guard(cased="MS", before_any=_HAS),
        "als": Guard(cased="ALS"),
        "aids": Guard(cased="AIDS"),
        "ect": Guard(cased="ECT"),  # "ect" is a common misspelling of "etc"
        "tia": Guard(cased="TIA"),
        "gad": Guard(cased="GAD"),
        "op": Guard(not_upper=True, before_any=_words("my his her their our post pre")),
        "cold": Guard(
            before_any=_words("caught catch got have has had having bad nasty heavy stinking"),
            after_only=_CLAUSE_END,
        ),
        "type 1": Guard(before_any=_words("is am 'm are was being with diagnosed as")),
        "type 2": Guard(before_any=_words("is am 'm are was being with diagnosed as")),
        "disorder": Guard(before_not=_words("public civil")),
        # "the stroke of midnight", "a stroke of luck", "breast stroke", "to stroke the cat"
        "stroke": Guard(after_not=_words("of"), before_not=_words("to breast back key pen")),
        "strokes": Guard(after_not=_words("of"), before_not=_words("breast back key pen brush")),
    },
    "fr": {
        "sep": Guard(cased="SEP"),
        "sla": Guard(cased="SLA"),
        "tcc": Guard(cased="TCC"),
        "greffe": Guard(before_not=_words("au du le")),  # "le greffe du tribunal"
    },
}
# An abbreviation in brackets: 2-10 characters ("MS", "A-T", "SCA3", "dex"), split by the
# tokenizer into at most 5 tokens (see _is_abbreviation for the letters test).
ABBREVIATION_MIN, ABBREVIATION_MAX = 2, 10
ABBREVIATION_TOKENS = 5


@cache
def load_vocabulary(language: str) -> Mapping[str, str]:
    """The packaged vocabulary of a language: lower-cased term -> entity type (read once)."""
    path = resources.files("screener.data").joinpath(f"health_{language}.tsv")
    terms: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            term, entity = line.split("\t")
            terms[term] = entity
    return MappingProxyType(terms)


# A one-word term made of letters only is one token whatever the tokenizer: it is looked up per
# token in a dict (same LOWER attribute), which halves the matcher's build time and memory.
_ONE_WORD = re.compile(r"^[^\W\d_]+$")


@dataclass(frozen=True, slots=True)
class TermMatcher:
    """One-word terms by token LOWER, every other term with spaCy's PhraseMatcher (LOWER)."""

    words: Mapping[str, str]
    phrases: PhraseMatcher
    labels: Mapping[int, str]  # the phrase matcher's match ids -> entity types

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        """(entity type, start token, end token) of every match, overlaps included."""
        found = [(self.labels[key], start, end) for key, start, end in self.phrases(doc)]
        found += [(self.words[t.lower_], t.i, t.i + 1) for t in doc if t.lower_ in self.words]
        return found


def build_matcher(language: str, vocabulary: Mapping[str, str]) -> TermMatcher:
    """The matcher of a vocabulary (typographic apostrophes included)."""
    nlp = spacy.blank(language)
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
    words = {t: e for t, e in vocabulary.items() if _ONE_WORD.match(t)}
    pairs = [(t, e) for t, e in vocabulary.items() if t not in words]
    pairs += [(t.replace("'", "’"), e) for t, e in pairs if "'" in t]
    for start in range(0, len(pairs), BATCH):
        chunk = pairs[start : start + BATCH]
        by_type: dict[str, list[Doc]] = {}
        for (_, entity), doc in zip(chunk, tokenizer.pipe(t for t, _ in chunk), strict=True):
            by_type.setdefault(entity, []).append(doc)
        for entity, docs in by_type.items():
            phrases.add(entity, docs)
    labels = {nlp.vocab.strings.add(entity): entity for entity in ENTITIES}
    return TermMatcher(MappingProxyType(words), phrases, MappingProxyType(labels))


@cache
def packaged_matcher(language: str) -> TermMatcher:
    """The matcher of the packaged vocabulary, built once per language."""
    return build_matcher(language, load_vocabulary(language))


class HealthTermRecognizer(EntityRecognizer):  # type: ignore[misc, unused-ignore]
    """CONDITION, SYMPTOM, MEDICATION and PROCEDURE terms of a vocabulary, found in the Doc."""

    def __init__(
        self, supported_language: str = "en", vocabulary: Mapping[str, str] | None = None
    ) -> None:
        self._custom = vocabulary
        self._matcher: TermMatcher | None = None
        self._guards = GUARDS.get(supported_language, {})
        self._label = f"HealthTermRecognizer_{supported_language}"
        super().__init__(
            supported_entities=ENTITIES, supported_language=supported_language, name=self._label
        )

    def load(self) -> None:
        """Build (or reuse) the matcher."""
        if self._custom is None:
            self._matcher = packaged_matcher(self.supported_language)
        else:
            self._matcher = build_matcher(self.supported_language, self._custom)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Longest non-overlapping vocabulary matches, guarded, plus abbreviations they define."""
        doc = getattr(nlp_artifacts, "tokens", None)
        if not isinstance(doc, Doc) or self._matcher is None:
            return []
        spans = [
            Span(doc, start, end, label=entity)
            for entity, start, end in self._matcher(doc)
            if self._allowed(doc[start:end])
        ]
        kept = filter_spans(spans)
        found = [(span, SCORE) for span in kept]
        found += [(span, ABBREVIATION_SCORE) for span in self._abbreviations(doc, kept)]
        if self.supported_language == "en":
            found += [(span, SUFFIX_SCORE) for span in _suffixed(doc, [s for s, _ in found])]
        hits = [(s.label_, s.start_char, s.end_char, score) for s, score in found]
        hits += self._glued(doc, [s for s, _ in found])
        hits.sort(key=lambda hit: hit[1])
        return [self._result(*hit) for hit in hits if hit[0] in entities]

    def _glued(self, doc: Doc, taken: list[Span]) -> list[tuple[str, int, int, float]]:
        """One-word terms inside a token glued to punctuation ("-cimetidine", "chemo/rads")."""
        assert self._matcher is not None
        covered = {i for span in taken for i in range(span.start, span.end)}
        hits = []
        for token in doc:
            if token.i in covered or token.is_alpha:
                continue
            for run in _LETTERS.finditer(token.lower_):
                word = run.group()
                entity = self._matcher.words.get(word)
                if entity and len(word) >= MIN_GLUED and word not in self._guards:
                    hits.append((entity, token.idx + run.start(), token.idx + run.end(), SCORE))
        return hits

    def _allowed(self, span: Span) -> bool:
        """Whether a match passes the guard of its term (terms without a guard always do)."""
        guard = self._guards.get(span.text.lower().replace("’", "'"))
        if guard is None:
            return True
        doc = span.doc
        before = [t.lower_ for t in doc[max(span.start - 2, 0) : span.start]]
        after = doc[span.end] if span.end < len(doc) else None
        return not (
            (guard.cased is not None and span.text != guard.cased)
            or (guard.not_upper and span.text.isupper())
            or (guard.before_any and not guard.before_any.intersection(before))
            or (guard.before_not and before and before[-1] in guard.before_not)
            or (after is not None and after.lower_ in guard.after_not)
            or (
                guard.after_only is not None
                and after is not None
                and after.is_alpha
                and after.lower_ not in guard.after_only
            )
        )

    def _abbreviations(self, doc: Doc, kept: list[Span]) -> list[Span]:
        """Abbreviations a term defines ("term (ABC)"): ABC and its later uses, same type."""
        defined: dict[tuple[str, ...], tuple[str, int]] = {}  # token texts -> (label, start)
        for span in kept:
            inside = _bracketed(doc, span.end)
            if inside is None and span.start >= 2 and doc[span.start - 1].text == "(":
                # "ABC (long form)": the abbreviation comes first
                before = doc[span.start - 2 : span.start - 1]
                inside = before if span.end < len(doc) and doc[span.end].text == ")" else None
            if inside is not None and _is_abbreviation(inside.text, span.text):
                key = tuple(t.text for t in inside)
                defined.setdefault(key, (span.label_, inside.start))
        if not defined:
            return []
        taken = {i for span in kept for i in range(span.start, span.end)}
        found = []
        for key, (label, first) in defined.items():
            size = len(key)
            for i in range(first, len(doc) - size + 1):
                same = tuple(t.text for t in doc[i : i + size]) == key
                if same and not taken.intersection(range(i, i + size)):
                    found.append(Span(doc, i, i + size, label=label))
                    taken.update(range(i, i + size))
        return found

    def _result(self, entity: str, start: int, end: int, score: float) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=self._label,
            original_score=score,
            textual_explanation=_EXPLANATIONS.get(score, "health vocabulary term"),
        )
        return RecognizerResult(
            entity_type=entity,
            start=start,
            end=end,
            score=score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self._label,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


def _suffixed(doc: Doc, taken: list[Span]) -> list[Span]:
    """Single words outside the matches that carry a medical suffix.

    A capitalised word inside a sentence, or followed by another capitalised word, is a name
    ("Afroditis Georgiou"), not a condition.
    """
    covered = {i for span in taken for i in range(span.start, span.end)}
    found = []
    for token in doc:
        match = _SUFFIX.match(token.lower_) if token.i not in covered else None
        starts_sentence = token.i == 0 or doc[token.i - 1].text in _SENTENCE_END
        followed_by_name = token.i + 1 < len(doc) and doc[token.i + 1].is_title
        named = token.is_title and (not starts_sentence or followed_by_name)
        if match and not named and token.lower_ not in _NOT_SUFFIXED:
            label = "CONDITION" if match.group("condition") else "PROCEDURE"
            found.append(Span(doc, token.i, token.i + 1, label=label))
    return found


def _bracketed(doc: Doc, start: int) -> Span | None:
    """The text of "( ... )" starting at token `start` when written without spaces inside."""
    if start >= len(doc) or doc[start].text != "(":
        return None
    for end in range(start + 2, min(start + 2 + ABBREVIATION_TOKENS, len(doc))):
        if doc[end].text == ")":
            inside = doc[start + 1 : end]
            return inside if not any(t.whitespace_ for t in inside[:-1]) else None
    return None


def _is_abbreviation(short: str, long: str) -> bool:
    """Whether `short` abbreviates `long` ("CFS", "DM" for "myotonic dystrophy", "dex").

    2-10 letters, digits or hyphens, and either Schwartz & Hearst's test (every letter or
    digit found in the term in the same order, the first one starting a word) or, for a
    capitalised short form, every letter the initial of one of the term's words (word order
    differs between languages: "DM" for "myotonic dystrophy"). Lower-case short forms need
    three characters ("dex"), so that "(ok)" or "(so)" never qualify.
    """
    if not ABBREVIATION_MIN <= len(short) <= ABBREVIATION_MAX:
        return False
    if not short.replace("-", "").isalnum() or (short.islower() and len(short) < 3):
        return False
    chars = [c for c in short.lower() if c.isalnum()]
    text = long.lower()
    initials = {word[0] for word in text.replace("-", " ").split()}
    if not short.islower() and all(c in initials for c in chars if c.isalpha()):
        return True
    position = len(text) - 1
    for index in range(len(chars) - 1, -1, -1):
        while position >= 0 and (
            text[position] != chars[index]
            or (index == 0 and position > 0 and text[position - 1].isalnum())
        ):
            position -= 1
        if position < 0:
            return False
        position -= 1
    return True


_EXPLANATIONS = {
    ABBREVIATION_SCORE: "abbreviation defined by a health term",
    SUFFIX_SCORE: "word with a medical suffix",
}


def recognizers(language: str) -> list[EntityRecognizer]:
    """The health-term recognizer for a language (packaged vocabulary)."""
    return [HealthTermRecognizer(supported_language=language)]
