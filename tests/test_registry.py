"""Our recognizers live beside Presidio's without shadowing them."""

from __future__ import annotations

from presidio_analyzer.recognizer_registry import RecognizerRegistryProvider

from screener.registry import RECOGNIZER_MODULES, build_registry


def test_presidio_default_registry_still_loads_after_ours() -> None:
    # Presidio's loader finds classes by name: a subclass of ours with the same name as one of
    # Presidio's would replace it (this broke vanilla Presidio in the benchmark once).
    build_registry(["en"])
    registry = RecognizerRegistryProvider(
        registry_configuration={"supported_languages": ["en"]}
    ).create_recognizer_registry()
    names = {type(r).__name__ for r in registry.recognizers}
    assert {"UsSsnRecognizer", "PhoneRecognizer", "EmailRecognizer", "DateRecognizer"} <= names


def test_every_module_gives_recognizers_for_both_languages() -> None:
    registry = build_registry(["en", "fr"])
    modules = {type(r).__module__.rsplit(".", 1)[-1] for r in registry.recognizers}
    assert modules == set(RECOGNIZER_MODULES)
