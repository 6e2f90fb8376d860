"""A base for recognizers that read the post's spaCy doc through its PostContext."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.nlp_engine import NlpArtifacts

from screener.name_context import PostContext, post_context


class DocRecognizer(EntityRecognizer):  # type: ignore[misc, unused-ignore]
    """A recognizer of `ENTITIES` working on the parsed post, with one language's lists."""

    ENTITIES: ClassVar[tuple[str, ...]] = ()

    def __init__(self, supported_language: str = "en") -> None:
        name = f"{type(self).__name__}_{supported_language}"
        super().__init__(
            supported_entities=list(self.ENTITIES),
            supported_language=supported_language,
            name=name,
        )
        self._label = name
        self._lang = supported_language if supported_language in ("en", "fr") else "en"

    def load(self) -> None:
        """Nothing to load: the lists are read on first use (screener.gazetteers)."""

    def post(self, entities: list[str], nlp_artifacts: NlpArtifacts | None) -> PostContext | None:
        """The post's context, or None when there is no doc or none of ours is asked for."""
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return None
        if not set(self.ENTITIES) & set(entities):
            return None
        return post_context(nlp_artifacts.tokens, self._lang)
