"""Settings of the web UI and JSON API (env prefix `CLEARPOST_`)."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import SettingsConfigDict

from models.settings import ServiceSettings


class WebSettings(ServiceSettings):
    """Everything `clearpost serve` needs: the service's fields plus the web's own.

    `session_secret` signs the session cookie; when unset, a random key is kept in
    `session_key_file` (created 0600 on first start), so sessions survive a restart.
    """

    model_config = SettingsConfigDict(env_prefix="CLEARPOST_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = 8000
    session_secret: SecretStr | None = None
    session_key_file: Path = Path("./.clearpost/session.key")
    session_max_age: int = Field(default=8 * 3600, description="seconds a login lasts")
    cookie_secure: bool = Field(
        default=False, description="send the session cookie over HTTPS only"
    )
    channels: tuple[str, ...] = ("comms", "support")
    max_text_chars: int = Field(default=10_000, description="longest post accepted, in characters")
    max_body_bytes: int = Field(default=256 * 1024, description="largest request body accepted")
    # Password guessing: 5 failures in 15 minutes is more than a person mistyping makes.
    login_max_failures: int = Field(
        default=5, ge=1, description="failed sign-ins per account or address before a wait"
    )
    login_window_seconds: int = Field(
        default=15 * 60, ge=1, description="seconds over which failed sign-ins are counted"
    )
    api_docs: bool = Field(
        default=False,
        description="serve Swagger UI at /docs and ReDoc at /redoc (their scripts load from a "
        "CDN, so they are off by default; /openapi.json is always served)",
    )
    auto_migrate: bool = Field(
        default=True, description="run the database migrations when the app starts"
    )

    def session_key(self) -> str:
        """The session signing secret: the setting, else the key file (created if missing)."""
        if self.session_secret is not None:
            return self.session_secret.get_secret_value()
        path = self.session_key_file
        if path.exists():
            return path.read_text(encoding="ascii").strip()
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        key = secrets.token_urlsafe(48)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(key + "\n")
        return key
