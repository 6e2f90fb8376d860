"""Fixtures of the web tests: the real ReviewService on a temporary SQLite file, a fake screener."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from pydantic import SecretStr
from starlette.exceptions import StarletteDeprecationWarning

from models.crypto import ContentCipher
from models.db import create_db_engine
from models.service import ReviewService
from models.views import PostView, Role, UserView
from tests.web.fakes import FakeScreener
from web.app import create_app
from web.settings import WebSettings

with warnings.catch_warnings():
    # Starlette 1.x asks for `httpx2` under its TestClient and warns, once at import, when it
    # falls back to `httpx` (which works). No-op once httpx2 is a dev dependency.
    warnings.filterwarnings(
        "ignore",
        message="Using `httpx` with `starlette.testclient` is deprecated",
        category=StarletteDeprecationWarning,
    )
    from fastapi.testclient import TestClient as TestClient

PASSWORD = "correct horse battery staple"
# Held by the fake screener: a name crossed with a condition.
HELD_TEXT = "Alice Smith is back home after her chemo, thank you all!"
PASS_TEXT = "Our new car park opens on Monday."
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def web_settings(tmp_path: Path) -> WebSettings:
    """Settings pointing every file at the test's temporary folder."""
    return WebSettings(
        database_url=f"sqlite:///{tmp_path / 'web.db'}",
        key_file=tmp_path / "secret.key",
        session_secret=SecretStr("test-session-secret-" + "x" * 32),
        session_key_file=tmp_path / "session.key",
        auto_migrate=False,
    )


@pytest.fixture
def screener() -> FakeScreener:
    """The fake screener shared by the service and the app."""
    return FakeScreener()


@pytest.fixture
def service(web_settings: WebSettings, screener: FakeScreener) -> Iterator[ReviewService]:
    """The real review service on a fresh SQLite database."""
    engine = create_db_engine(web_settings.database_url)
    cipher = ContentCipher([ContentCipher.generate_key()])
    # Argon2's defaults cost ~0.3 s a hash: cheap parameters keep the suite fast.
    fast = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    service = ReviewService(engine, cipher, screener, password_hasher=fast)
    service.create_schema()
    yield service
    engine.dispose()


@pytest.fixture
def users(service: ReviewService) -> dict[str, str]:
    """One account of each role (and a second submitter); username -> role."""
    accounts = {
        "admin": Role.ADMIN,
        "rita": Role.REVIEWER,
        "rob": Role.REVIEWER,
        "mo": Role.MODERATOR,
        "sam": Role.SUBMITTER,
        "sue": Role.SUBMITTER,
    }
    for name, role in accounts.items():
        service.create_user(name, PASSWORD, role)
    return {name: str(role) for name, role in accounts.items()}


@pytest.fixture
def app(web_settings: WebSettings, service: ReviewService) -> FastAPI:
    """The app around the test's service."""
    return create_app(web_settings, service=service)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    """A browser-like client (keeps cookies, does not follow redirects)."""
    with TestClient(app, follow_redirects=False) as test_client:
        yield test_client


def csrf_of(html: str) -> str:
    """The CSRF token embedded in a page's forms."""
    match = _CSRF.search(html)
    assert match, "no CSRF token in the page"
    return match.group(1)


def login(client: TestClient, username: str, password: str = PASSWORD) -> str:
    """Log `client` in through the form; returns the session's CSRF token."""
    token = csrf_of(client.get("/login").text)
    response = client.post(
        "/login", data={"username": username, "password": password, "csrf_token": token}
    )
    assert response.status_code == 303, response.text
    return csrf_of(client.get("/posts/new").text)


def token_headers(service: ReviewService, username: str) -> dict[str, str]:
    """API headers carrying a fresh token of `username`."""
    return {"Authorization": f"Bearer {service.create_token(username)}"}


def user(service: ReviewService, name: str) -> UserView:
    """An account created by the `users` fixture."""
    found = service.authenticate(name, PASSWORD)
    assert found is not None
    return found


def held_post(
    service: ReviewService,
    author: str = "sam",
    *,
    text: str = HELD_TEXT,
    channel: str = "comms",
    source: str = "web",
) -> PostView:
    """A post the fake screener holds."""
    post = service.submit(user(service, author), text, channel, source=source)
    assert post.status == "held"
    return post


def decide(client: TestClient, csrf: str, post: PostView, action: str, **fields: str) -> Any:
    """Post the decision form of `post`."""
    data = {"action": action, "version_hash": post.version_hash, "csrf_token": csrf, **fields}
    response = client.post(f"/posts/{post.id}/decision", data=data)
    return response
