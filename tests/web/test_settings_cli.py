"""WebSettings' session key and the `serve` command."""

from __future__ import annotations

import argparse
import stat
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from web import cli
from web.settings import WebSettings


def test_session_key_file_is_created_private_and_reused(tmp_path: Path) -> None:
    settings = WebSettings(session_key_file=tmp_path / "keys" / "session.key")
    key = settings.session_key()
    assert len(key) > 40
    mode = stat.S_IMODE((tmp_path / "keys" / "session.key").stat().st_mode)
    assert mode == 0o600
    assert settings.session_key() == key


def test_session_secret_wins_over_the_file(tmp_path: Path) -> None:
    settings = WebSettings(session_secret=SecretStr("s3cret"), session_key_file=tmp_path / "k")
    assert settings.session_key() == "s3cret"
    assert not (tmp_path / "k").exists()


def test_settings_read_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLEARPOST_COOKIE_SECURE", "true")
    monkeypatch.setenv("CLEARPOST_DATABASE_URL", "sqlite:///x.db")
    settings = WebSettings()
    assert settings.cookie_secure is True
    assert settings.database_url == "sqlite:///x.db"
    assert "s3cret" not in repr(WebSettings(session_secret=SecretStr("s3cret")))


def test_serve_command_runs_uvicorn(monkeypatch: pytest.MonkeyPatch) -> None:
    parser = argparse.ArgumentParser(prog="clearpost")
    cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["serve", "--host", "0.0.0.0", "--port", "9001"])
    seen: dict[str, Any] = {}
    sentinel = object()
    monkeypatch.setattr("web.app.create_app", lambda settings: sentinel)
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: seen.update(app=app, **kw))
    assert args.func(args) == 0
    assert seen["app"] is sentinel
    assert seen["host"] == "0.0.0.0"
    assert seen["port"] == 9001
