"""Context enhancement that costs nothing for findings no context word can change.

Presidio's lemma enhancer deep-copies every result and needs the post's keywords (a vocabulary
lookup per token) even when no recognizer that produced a result has context words (spaCy's
people and places, health terms), or when none of those words is in the post. Here such
results pass straight through, and keywords are computed only when some result needs them.
Presidio's engine also splits the results per recognizer by scanning all of them once for
each recognizer; ContextAnalyzerEngine groups them in one pass.
"""

from __future__ import annotations

from typing import Any

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine
from spacy.tokens import Doc

_ID_KEY = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
# Lists of recognizers whose context recognizers ContextEnhancer remembers: the engine asks
# with four per language (see engine.MAX_REMEMBERED).
_MAX_LISTS = 64


class LazyNlpArtifacts(NlpArtifacts):
    """NlpArtifacts whose token lists are built on first use, from the spaCy doc.

    Lower-cased tokens stand in for lemmas (the lemmatizer is not run, for speed); `keywords`
    follow Presidio's definition. Only context enhancement reads these three lists.
    """

    def __init__(self, *, tokens: Doc, nlp_engine: NlpEngine, language: str, **kwargs: Any) -> None:
        # No engine and no lemmas: Presidio's constructor computes nothing from them.
        super().__init__(
            tokens=tokens,
            tokens_indices=[],
            lemmas=[],
            nlp_engine=None,
            language=language,
            **kwargs,
        )
        self.nlp_engine = nlp_engine
        self._language = language
        self._keywords: list[str] | None = None
        self._lemmas: list[str] | None = None
        self._indices: list[int] | None = None

    @property
    def lemmas(self) -> list[str]:
        """Lower-cased tokens."""
        if self._lemmas is None:
            self._lemmas = [t.lower_ for t in self.tokens]
        return self._lemmas

    @lemmas.setter
    def lemmas(self, value: list[str]) -> None:
        self._lemmas = None  # Presidio's constructor assigns the placeholder

    @property
    def tokens_indices(self) -> list[int]:
        """Character offset of each token."""
        if self._indices is None:
            self._indices = [t.idx for t in self.tokens]
        return self._indices

    @tokens_indices.setter
    def tokens_indices(self, value: list[int]) -> None:
        self._indices = None

    @property
    def keywords(self) -> list[str]:
        """Non-stop-word, non-punctuation lower-cased lemmas (Presidio's definition)."""
        if self._keywords is None:
            self._keywords = self.set_keywords(self.nlp_engine, self.lemmas, self._language)
        return self._keywords

    @keywords.setter
    def keywords(self, value: list[str]) -> None:
        # Presidio's __init__ assigns [] (no engine given); that is not the post's keywords.
        self._keywords = None


class ContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer, applied only where a context word can matter."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # recognizers (by identity) -> those of them with context words, by id
        self._with_context: dict[tuple[int, ...], dict[object, EntityRecognizer]] = {}

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Enhance the results of recognizers with context words; pass the others through."""
        if not raw_results and not context:
            return []  # what Presidio's gives for no results: nothing to enhance
        with_context = self._context_recognizers(recognizers)
        words: dict[object, bool] = {}  # recognizer id -> whether one of its words is in the text
        lowered = ""
        needs: list[RecognizerResult] = []
        rest: list[RecognizerResult] = []
        for result in raw_results:
            key = result.recognition_metadata.get(_ID_KEY)
            if key not in with_context:
                rest.append(result)
                continue
            if key not in words:
                lowered = lowered or text.lower()
                words[key] = bool(context) or _may_occur(with_context[key].context, lowered)
            (needs if words[key] else rest).append(result)
        if not needs and not context:
            return rest
        enhanced: list[RecognizerResult] = super().enhance_using_context(
            text, needs, nlp_artifacts, recognizers, context
        )
        return rest + enhanced

    def _context_recognizers(
        self, recognizers: list[EntityRecognizer]
    ) -> dict[object, EntityRecognizer]:
        """The recognizers that have context words, by id; remembered per list of recognizers
        (the engine asks with the same few lists, and the memory keeps their recognizers, so
        their identities stay theirs)."""
        key = tuple(map(id, recognizers))
        found = self._with_context.get(key)
        if found is None:
            if len(self._with_context) >= _MAX_LISTS:
                self._with_context.clear()
            found = self._with_context[key] = {r.id: r for r in recognizers if r.context}
        return found


def _may_occur(context_words: list[str], lowered: str) -> bool:
    """Whether a context word can be found around a match: Presidio finds a word (lower-cased)
    inside a lower-cased token, and a token is a piece of the text, so the word is in the
    lower-cased text too; lower case differs between a piece and the whole text only in the
    Greek final sigma, so words with a sigma are always taken as possible."""
    return any(w.lower() in lowered or {"σ", "ς"} & set(w.lower()) for w in context_words)


class ContextAnalyzerEngine(AnalyzerEngine):
    """Presidio's analyzer engine, splitting the results per recognizer in one pass."""

    def _enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's: each recognizer's own enhancement (called only where a recognizer
        overrides the default, which returns its results unchanged, and has results: an
        enhancer adjusts the results it is given), then the enhancer's."""
        own: dict[str, list[RecognizerResult]] = {}
        for result in raw_results:
            own.setdefault(result.recognition_metadata[_ID_KEY], []).append(result)
        results: list[RecognizerResult] = []
        if own:
            for recognizer in recognizers:
                key = recognizer.id
                mine = own.get(key)
                if mine is None:
                    continue
                if type(recognizer).enhance_using_context is not _DEFAULT_ENHANCE:
                    others = [r for r in raw_results if r.recognition_metadata[_ID_KEY] != key]
                    mine = recognizer.enhance_using_context(
                        text=text,
                        raw_recognizer_results=mine,
                        other_raw_recognizer_results=others,
                        nlp_artifacts=nlp_artifacts,
                        context=context,
                    )
                results.extend(mine)
        enhanced: list[RecognizerResult] = self.context_aware_enhancer.enhance_using_context(
            text=text,
            raw_results=results,
            nlp_artifacts=nlp_artifacts,
            recognizers=recognizers,
            context=context,
        )
        return enhanced


_DEFAULT_ENHANCE = EntityRecognizer.enhance_using_context
