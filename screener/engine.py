"""The screener: Presidio's AnalyzerEngine over slimmed spaCy models, then policy and redaction.

Speed comes from batching: `screen_many` parses posts with spaCy's `nlp.pipe` (one call per
language) and hands each parsed doc to Presidio as precomputed NLP artifacts.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterable, Sequence
from typing import cast

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpArtifacts

from screener.context import ContextAnalyzerEngine, ContextEnhancer
from screener.entities import ENTITIES, info
from screener.language import detect_language
from screener.nlp import ClearpostNlpEngine
from screener.overlaps import join_patronymics, resolve
from screener.policy import ChannelPolicy, decide, load_policies
from screener.recognizers.gated import any_isdigit
from screener.redact import Redactor
from screener.registry import build_registry
from screener.settings import ScreenerSettings
from screener.types import Finding, ScreenResult
from screener.warmup import warm_up_posts

logger = logging.getLogger(__name__)

# Presidio's recognizers score 0..1; below 0.5 a result is a hint waiting for context (e.g. a
# bare number that only context makes a record number), so it is not reported.
REPORT_THRESHOLD = 0.5
# Context words count within the 5 tokens before a match (Presidio's default window) and the
# 2 after ("MRN 004839 (hospital number)"); a context word adds 0.35 to a score.
CONTEXT_BEFORE, CONTEXT_AFTER = 5, 2

# Entity types whose every pattern contains a digit, or an "@": a post without one cannot hold
# them, so their recognizers are skipped (most posts have neither: a large share of the time
# Presidio spends per post goes to running these patterns for nothing).
NEEDS_DIGIT = frozenset(
    {
        "NHS_NUMBER", "FR_NIR", "CH_AVS", "BE_NISS", "LU_MATRICULE", "US_SSN", "IE_PPSN",
        "ZA_ID_NUMBER", "IN_AADHAAR",
        "MEDICAL_RECORD_NUMBER",
        "INSURANCE_NUMBER",
        "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "PHONE_NUMBER", "UK_POSTCODE",
    }
)  # fmt: skip
NEEDS_AT = frozenset({"EMAIL_ADDRESS"})
# Below this many posts a second process costs more (fork, result transfer) than it saves.
MIN_PARALLEL = 256
# Distinct requests (language, entity list) whose recognizers a registry remembers: the engine
# makes four per language (digit or not, "@" or not).
MAX_REMEMBERED = 64

# The screener forked worker processes use: set before the pool forks, so each worker inherits
# the loaded models instead of loading its own (copy-on-write memory).
_WORKER: Screener | None = None


class RememberingRegistry(RecognizerRegistry):
    """Presidio's registry, remembering which recognizers serve each request (Presidio filters
    every recognizer for every entity of every post). Forgets all when recognizers are added
    or removed."""

    def __init__(self, registry: RecognizerRegistry) -> None:
        super().__init__(
            recognizers=registry.recognizers,
            global_regex_flags=registry.global_regex_flags,
            supported_languages=registry.supported_languages,
        )
        self._served: dict[tuple[object, ...], list[EntityRecognizer]] = {}
        self._state: tuple[object, int] = (None, 0)

    def get_recognizers(
        self,
        language: str,
        entities: list[str] | None = None,
        all_fields: bool = False,
        ad_hoc_recognizers: list[EntityRecognizer] | None = None,
    ) -> list[EntityRecognizer]:
        """Presidio's answer, in the same order (the first one given for this request)."""
        if ad_hoc_recognizers:
            return list(super().get_recognizers(language, entities, all_fields, ad_hoc_recognizers))
        recognizers = cast(list[EntityRecognizer], self.recognizers)
        if recognizers is not self._state[0] or len(recognizers) != self._state[1]:
            self._served, self._state = {}, (recognizers, len(recognizers))
        wanted = None if entities is None else tuple(entities)
        key = (language, wanted, all_fields)
        served = self._served.get(key)
        if served is None:
            served = list(super().get_recognizers(language, entities, all_fields))
            supported = {e for r in served for e in r.supported_entities}
            # remembered only when Presidio had nothing to warn about (no unsupported entity)
            warned = not all_fields and not supported.issuperset(wanted or ())
            if len(self._served) < MAX_REMEMBERED and not warned:
                self._served[key] = served
        return list(served)


def _screen_chunk(chunk: tuple[list[str], list[str], list[str | None]]) -> list[ScreenResult]:
    assert _WORKER is not None
    texts, channels, languages = chunk
    return _WORKER.screen_many(texts, channels, languages, processes=1)


class Screener:
    """Screens posts: findings, a verdict with reasons, and a redacted suggestion."""

    def __init__(
        self,
        analyzer: AnalyzerEngine,
        nlp_engine: ClearpostNlpEngine,
        policies: dict[str, ChannelPolicy],
        settings: ScreenerSettings,
    ) -> None:
        self._analyzer = analyzer
        self._nlp = nlp_engine
        self._policies = policies
        self._settings = settings
        self._redactor = Redactor()
        # The entity list Presidio is asked for, per language and per (has a digit, has "@").
        self._wanted_lists = {
            (lang, digit, at): sorted(
                frozenset(analyzer.get_supported_entities(lang))
                - (frozenset() if digit else NEEDS_DIGIT)
                - (frozenset() if at else NEEDS_AT)
            )
            for lang in settings.languages
            for digit in (True, False)
            for at in (True, False)
        }

    @classmethod
    def from_settings(cls, settings: ScreenerSettings | None = None) -> Screener:
        """Load the models and recognizers named by `settings` and warm them (see `warm`)."""
        settings = settings or ScreenerSettings()
        models = {"en": settings.en_model, "fr": settings.fr_model}
        nlp_engine = ClearpostNlpEngine({lang: models[lang] for lang in settings.languages})
        nlp_engine.load()
        analyzer = ContextAnalyzerEngine(
            registry=RememberingRegistry(build_registry(settings.languages)),
            nlp_engine=nlp_engine,
            supported_languages=list(settings.languages),
            context_aware_enhancer=ContextEnhancer(
                context_prefix_count=CONTEXT_BEFORE, context_suffix_count=CONTEXT_AFTER
            ),
        )
        screener = cls(analyzer, nlp_engine, load_policies(settings.policy_file), settings)
        screener.warm()
        return screener

    def warm(self) -> None:
        """Screen a few invented posts per language (screener/warmup.py), so that the tables
        built on first use are built now, once, and inherited by forked workers."""
        texts, languages = warm_up_posts(self._settings.languages)
        self.screen_many(texts, languages=list(languages), processes=1)

    @property
    def processes(self) -> int:
        """Worker processes used for large batches."""
        return self._settings.processes

    @property
    def channels(self) -> tuple[str, ...]:
        """The channel names the policy file defines."""
        return tuple(self._policies)

    def policy(self, channel: str) -> ChannelPolicy:
        """The policy of a channel; ValueError naming the known channels otherwise."""
        try:
            return self._policies[channel]
        except KeyError:
            known = ", ".join(sorted(self._policies))
            raise ValueError(f"unknown channel {channel!r} (known: {known})") from None

    def screen(
        self, text: str, channel: str = "comms", language: str | None = None
    ) -> ScreenResult:
        """Screen one post."""
        return self.screen_many([text], channels=[channel], languages=[language])[0]

    def screen_many(
        self,
        texts: Sequence[str],
        channels: Sequence[str] | None = None,
        languages: Sequence[str | None] | None = None,
        processes: int | None = None,
    ) -> list[ScreenResult]:
        """Screen posts in batches; results come back in input order.

        `processes` > 1 (default: the `processes` setting) screens large batches in that many
        forked worker processes, each with the already-loaded models.
        """
        n = len(texts)
        processes = self._settings.processes if processes is None else processes
        if processes > 1 and n >= MIN_PARALLEL:
            return self._screen_parallel(texts, channels, languages, processes)
        channel_names = list(channels) if channels is not None else ["comms"] * n
        forced = list(languages) if languages is not None else [None] * n
        if len(channel_names) != n or len(forced) != n:
            raise ValueError("texts, channels and languages must have the same length")
        for text in texts:
            if not isinstance(text, str):
                raise TypeError(f"a post must be a str, not {type(text).__name__}")
        policies = [self.policy(c) for c in channel_names]
        langs = [self._language(t, p, f) for t, p, f in zip(texts, policies, forced, strict=True)]
        results: list[ScreenResult | None] = [None] * n
        for language in dict.fromkeys(langs):
            indices = [i for i in range(n) if langs[i] == language]
            docs = self._nlp.pipe((texts[i] for i in indices), language, self._settings.batch_size)
            for i, doc in zip(indices, docs, strict=True):
                findings = self._analyze(texts[i], language, self._nlp.artifacts(doc, language))
                results[i] = self._result(texts[i], findings, policies[i], language)
        return [r for r in results if r is not None]

    def _screen_parallel(
        self,
        texts: Sequence[str],
        channels: Sequence[str] | None,
        languages: Sequence[str | None] | None,
        processes: int,
    ) -> list[ScreenResult]:
        """Split the batch into one chunk per process and screen the chunks in parallel."""
        global _WORKER
        n = len(texts)
        channel_list = list(channels) if channels is not None else ["comms"] * n
        language_list: list[str | None] = list(languages) if languages is not None else [None] * n
        for channel in set(channel_list):
            self.policy(channel)  # fail here, not in a worker
        size = -(-n // processes)
        chunks = [
            (list(texts[i : i + size]), channel_list[i : i + size], language_list[i : i + size])
            for i in range(0, n, size)
        ]
        _WORKER = self
        try:
            with multiprocessing.get_context("fork").Pool(len(chunks)) as pool:
                parts = pool.map(_screen_chunk, chunks)
        finally:
            _WORKER = None
        return [result for part in parts for result in part]

    def _language(self, text: str, policy: ChannelPolicy, forced: str | None) -> str:
        language = (
            forced or policy.language or detect_language(text, self._settings.default_language)
        )
        if language not in self._settings.languages:
            raise ValueError(f"language {language!r} is not loaded ({self._settings.languages})")
        return language

    def _wanted(self, text: str, language: str) -> list[str]:
        """The entity types worth looking for in `text` (see NEEDS_DIGIT)."""
        return self._wanted_lists[(language, any_isdigit(text), "@" in text)]

    def _analyze(self, text: str, language: str, artifacts: NlpArtifacts) -> list[Finding]:
        raw = self._analyzer.analyze(
            text,
            language=language,
            entities=self._wanted(text, language),
            nlp_artifacts=artifacts,
            score_threshold=REPORT_THRESHOLD,
        )
        findings = (
            Finding(
                start=r.start,
                end=r.end,
                entity_type=r.entity_type,
                category=info(r.entity_type).category,
                score=float(r.score),
                text=text[r.start : r.end],
            )
            for r in raw
            if r.entity_type in ENTITIES
        )
        return join_patronymics(text, resolve(findings))

    def _result(
        self, text: str, findings: Iterable[Finding], policy: ChannelPolicy, language: str
    ) -> ScreenResult:
        kept = tuple(f for f in findings if not policy.allowed(f.text))
        verdict, reasons = decide(text, kept, policy, language)
        logger.debug(
            "screened: verdict=%s channel=%s types=%s",
            verdict.value,
            policy.name,
            sorted({f.entity_type for f in kept}),
        )
        return ScreenResult(
            verdict=verdict,
            reasons=reasons,
            findings=kept,
            redacted=self._redactor.redact(text, kept),
            language=language,
            channel=policy.name,
        )
