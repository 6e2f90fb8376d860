"""Settings of the review service (env prefix `CLEARPOST_`)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class ServiceSettings(BaseSettings):
    """Where the database is and where the content-encryption keys come from.

    `secret_key` holds one Fernet key, or several separated by commas (newest first, so that
    rows written under an older key stay readable). When unset, the keys are read from
    `key_file`, which is created with a fresh key and owner-only permissions on first run.
    """

    model_config = SettingsConfigDict(env_prefix="CLEARPOST_", extra="ignore")

    database_url: str = "sqlite:///./clearpost.db"
    secret_key: SecretStr | None = None
    key_file: Path = Field(default=Path("./.clearpost/secret.key"))
