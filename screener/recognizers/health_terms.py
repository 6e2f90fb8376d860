"""Health details (CONDITION, SYMPTOM, MEDICATION, PROCEDURE) matched from packaged vocabularies.

The vocabularies (screener/data/health_<lang>.tsv, see SOURCES.md there) hold lower-cased terms
with their inflected and spelling variants already generated, because the engine runs spaCy
without a lemmatizer, and abbreviations written as the sources write them ("VHL", "AKI"),
matched only so. Terms are matched on token LOWER (abbreviations on ORTH) with spaCy's
PhraseMatcher, longest match first. On top of the lists (health_rules.py, health_guards.py,
health_context.py, health_shapes.py):

- phrase rules find what people write in words of their own ("pain in my knee", "had my
  tonsils out", "felt really dizzy", "j'ai mal à l'épaule");
- a term followed by a bracketed abbreviation ("chronic fatigue syndrome (CFS)") makes that
  abbreviation a term of the same type for the rest of the post;
- terms that are also everyday words or other abbreviations ("MS", "op", "cold", "stroke")
  are kept only when a guard (case, neighbouring words) says they are meant as health terms;
- a match is dropped in a figure of speech ("with great sadness", "fell asleep") or where its
  context names something else ("sick of it", "physio Tom", "GP surgery", "Amelia (16)");
- a word no list has but built on a medical ending ("tendonitis", "atorvastatin",
  "neuroblastome") is a condition, a procedure or a drug;
- companions (vocabulary types ending in "?", some rules) are everyday words that are health
  details only in a post that holds another one ("tired", "my scan", "VHL"): they are dropped
  from posts with no other health finding, so they never make a post health data alone.
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

from screener.recognizers import health_context as context
from screener.recognizers import health_guards as guards
from screener.recognizers import health_rules as rules
from screener.recognizers import health_shapes as shapes
from screener.recognizers.health_rules import COMPANION, FIGURATIVE

ENTITIES = ["CONDITION", "SYMPTOM", "MEDICATION", "PROCEDURE"]
# Match labels: the four types and their companion forms ("SYMPTOM?").
LABELS = [*ENTITIES, *(e + COMPANION for e in ENTITIES)]
# A vocabulary match is reported at 0.85, Presidio's default for NER findings: the terms are
# specific (common words were filtered out when the list was built), above the 0.5 threshold.
SCORE = 0.85
# A phrase rule match is inferred from a pattern of cue words: reported, a little lower.
RULE_SCORE = 0.75
# An abbreviation defined in the post ("... (CFS)") is inferred, not listed: lower still.
ABBREVIATION_SCORE = 0.7
# A word recognised only by its medical ending is inferred from its shape: reported, lower.
SUFFIX_SCORE = 0.6
# A companion is reported only beside another health finding: just above the 0.5 threshold.
COMPANION_SCORE = 0.55
# Patterns are added to the matcher in batches of this many (bounded memory while tokenizing).
BATCH = 2000


@cache
def load_vocabulary(language: str) -> Mapping[str, str]:
    """The packaged vocabulary of a language: term -> type ("TYPE?" for companions), read once.

    Terms are lower-cased except abbreviations, which are matched as written."""
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
    """One-word terms by token LOWER (ORTH for abbreviations), other terms with PhraseMatchers."""

    words: Mapping[str, str]
    cased_words: Mapping[str, str]
    phrases: PhraseMatcher
    cased_phrases: PhraseMatcher
    labels: Mapping[int, str]  # the phrase matchers' match ids -> labels

    def __call__(self, doc: Doc, words: rules.Words) -> list[tuple[str, int, int]]:
        """(label, start token, end token) of every match, overlaps included."""
        found = [(self.labels[k], s, e) for k, s, e in self.phrases(doc)]
        found += [(self.labels[k], s, e) for k, s, e in self.cased_phrases(doc)]
        for i, lower in enumerate(words.lower):
            entity = self.words.get(lower)
            if entity is None and not lower.isascii():  # lists and posts both drop accents
                entity = self.words.get(shapes.unaccented(lower))
            if entity is not None:
                found.append((entity, i, i + 1))
            if words.text[i] in self.cased_words:
                found.append((self.cased_words[words.text[i]], i, i + 1))
        return found


def build_matcher(language: str, vocabulary: Mapping[str, str]) -> TermMatcher:
    """The matcher of a vocabulary (typographic apostrophes included)."""
    nlp = spacy.blank(language)
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    matchers = {False: PhraseMatcher(nlp.vocab, attr="LOWER"), True: PhraseMatcher(nlp.vocab)}
    words: dict[bool, dict[str, str]] = {False: {}, True: {}}
    pairs: dict[bool, list[tuple[str, str]]] = {False: [], True: []}
    for term, entity in vocabulary.items():
        cased = term != term.lower()  # an abbreviation, matched as written
        if _ONE_WORD.match(term):
            words[cased][term] = entity
        else:
            pairs[cased].append((term, entity))
            if "'" in term:
                pairs[cased].append((term.replace("'", "’"), entity))
    for cased, matcher in matchers.items():
        chunk_pairs = pairs[cased]
        for start in range(0, len(chunk_pairs), BATCH):
            chunk = chunk_pairs[start : start + BATCH]
            by_type: dict[str, list[Doc]] = {}
            for (_, entity), doc in zip(chunk, tokenizer.pipe(t for t, _ in chunk), strict=True):
                by_type.setdefault(entity, []).append(doc)
            for entity, docs in by_type.items():
                matcher.add(entity, docs)
    labels = {nlp.vocab.strings.add(label): label for label in LABELS}
    return TermMatcher(
        MappingProxyType(words[False]),
        MappingProxyType(words[True]),
        matchers[False],
        matchers[True],
        MappingProxyType(labels),
    )


@cache
def packaged_matcher(language: str) -> TermMatcher:
    """The matcher of the packaged vocabulary, built once per language."""
    return build_matcher(language, load_vocabulary(language))


def _longest(spans: list[tuple[Span, float]]) -> list[tuple[Span, float]]:
    """Non-overlapping spans: firm terms before companions (a companion phrase never hides a
    firm term inside it: "was so depressed"), then the longest, the higher score, the earlier."""
    ranked = sorted(
        spans,
        key=lambda p: (p[0].label_.endswith(COMPANION), -len(p[0]), -p[1], p[0].start),
    )
    taken: set[int] = set()
    kept = []
    for span, score in ranked:
        if not taken.intersection(range(span.start, span.end)):
            kept.append((span, score))
            taken.update(range(span.start, span.end))
    return kept


class HealthTermRecognizer(EntityRecognizer):  # type: ignore[misc, unused-ignore]
    """CONDITION, SYMPTOM, MEDICATION and PROCEDURE terms of a vocabulary, found in the Doc."""

    def __init__(
        self, supported_language: str = "en", vocabulary: Mapping[str, str] | None = None
    ) -> None:
        self._custom = vocabulary
        self._matcher: TermMatcher | None = None
        self._rules: rules.RuleMatcher | None = None
        self._guards = guards.GUARDS.get(supported_language, {})
        self._label = f"HealthTermRecognizer_{supported_language}"
        super().__init__(
            supported_entities=ENTITIES, supported_language=supported_language, name=self._label
        )

    def load(self) -> None:
        """Build (or reuse) the matchers."""
        language = self.supported_language
        if self._custom is None:
            self._matcher = packaged_matcher(language)
            self._rules = rules.rule_matcher(language)
        else:
            self._matcher = build_matcher(language, self._custom)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Longest non-overlapping matches, guarded, with the abbreviations and endings around
        them; companions only when a firm finding is there too."""
        doc = getattr(nlp_artifacts, "tokens", None)
        if not isinstance(doc, Doc) or self._matcher is None:
            return []
        words = rules.Words.of(doc)
        spans = [
            (Span(doc, start, end, label=label), SCORE)
            for label, start, end in self._matcher(doc, words)
            if guards.allowed(doc[start:end], self._guards)
        ]
        cues = rules.load_cues(self.supported_language) if self._rules is not None else {}
        if self._rules is not None:
            matched = self._rules(doc, words)
            spans += [(s, RULE_SCORE) for s in matched if s.label_ != FIGURATIVE]
            figures = {i for s in matched if s.label_ == FIGURATIVE for i in range(s.start, s.end)}
            spans = [(s, v) for s, v in spans if not figures.intersection(range(s.start, s.end))]
            spans = [(context.firm(s, cues), v) for s, v in spans if context.kept(s, cues)]
        found = _longest(spans)
        starts = {s.start for s, _ in found if not s.label_.endswith(COMPANION)}
        found = [(s, v) for s, v in found if not context.generic(s, starts, cues)]
        firm_spans = [s for s, _ in found if not s.label_.endswith(COMPANION)]
        defined = shapes.defined_abbreviations(doc, firm_spans)
        if defined:  # a defined abbreviation overrides a companion reading of the same words
            inside = {i for s in defined for i in range(s.start, s.end)}
            found = [(s, v) for s, v in found if not inside.intersection(range(s.start, s.end))]
            found += [(s, ABBREVIATION_SCORE) for s in defined]
        covered = {i for s, _ in found for i in range(s.start, s.end)}
        if self._custom is None:
            language = self.supported_language
            vocabulary = load_vocabulary(language)
            suffixed = shapes.suffixed(doc, words, covered, language, vocabulary)
            found += [(s, SUFFIX_SCORE) for s in suffixed]
            covered.update(s.start for s, _ in found if s.end == s.start + 1)
            found += [(s, SUFFIX_SCORE) for s in shapes.misspelled(doc, words, covered, vocabulary)]
        hits = [(s.label_, s.start_char, s.end_char, score) for s, score in found]
        glued = shapes.glued(doc, words, covered, self._matcher.words, self._guards)
        hits += [(entity, start, end, SCORE) for entity, start, end in glued]
        if all(label.endswith(COMPANION) for label, *_ in hits):
            return []
        results = []
        for label, start, end, score in sorted(hits, key=lambda hit: hit[1]):
            entity = label.removesuffix(COMPANION)
            if entity != label:
                span = doc.char_span(start, end)
                if span is None or context.in_name(span) or context.shouted(span):
                    continue
                score = COMPANION_SCORE
            if entity in entities:
                results.append(self._result(entity, start, end, score))
        return results

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


_EXPLANATIONS = {
    RULE_SCORE: "health phrase",
    ABBREVIATION_SCORE: "abbreviation defined by a health term",
    SUFFIX_SCORE: "word with a medical ending",
    COMPANION_SCORE: "everyday word beside a health term",
}


def recognizers(language: str) -> list[EntityRecognizer]:
    """The health-term recognizer for a language (packaged vocabulary)."""
    return [HealthTermRecognizer(supported_language=language)]
