"""Context enhancement that costs nothing for findings no context word can change.

Presidio's lemma enhancer deep-copies every result and needs the post's keywords (a vocabulary
lookup per token) even when no recognizer that produced a result has context words (spaCy's
people and places, health terms). Here results of context-free recognizers pass straight
through, and keywords are computed only when some result needs them.
"""

from __future__ import annotations

from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine
from spacy.tokens import Doc

_ID_KEY = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY


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

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Enhance the results of recognizers with context words; pass the others through."""
        with_context = {r.id for r in recognizers if r.context}
        needs = [r for r in raw_results if r.recognition_metadata.get(_ID_KEY) in with_context]
        rest = [r for r in raw_results if r.recognition_metadata.get(_ID_KEY) not in with_context]
        if not needs and not context:
            return rest
        enhanced: list[RecognizerResult] = super().enhance_using_context(
            text, needs, nlp_artifacts, recognizers, context
        )
        return rest + enhanced
