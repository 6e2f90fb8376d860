"""Fixtures of the review-service tests: one database per test, on SQLite and (when
CLEARPOST_TEST_DATABASE_URL is set) on PostgreSQL in a fresh schema dropped afterwards."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url

from models.crypto import ContentCipher
from models.db import create_db_engine
from models.service import ReviewService
from models.views import Role, UserView
from tests.models.fakes import FakeScreener

PG_ENV = "CLEARPOST_TEST_DATABASE_URL"


def _targets() -> list[object]:
    targets: list[object] = ["sqlite"]
    if os.environ.get(PG_ENV):
        targets.append(pytest.param("postgresql", marks=pytest.mark.postgres))
    return targets


@pytest.fixture(params=_targets())
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to an empty database: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'clearpost.db'}"
        return
    base = os.environ[PG_ENV]
    schema = f"cp_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An engine on the test database, disposed after the test."""
    engine = create_db_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def screener() -> FakeScreener:
    """The fake screener."""
    return FakeScreener()


@pytest.fixture
def cipher() -> ContentCipher:
    """A one-key ring."""
    return ContentCipher([ContentCipher.generate_key()])


@pytest.fixture
def service(engine: Engine, cipher: ContentCipher, screener: FakeScreener) -> ReviewService:
    """A migrated service with a fast (test-only) argon2 setting."""
    hasher = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    service = ReviewService(engine, cipher, screener, password_hasher=hasher)
    service.create_schema()
    return service


PASSWORD = "correct horse battery"


@pytest.fixture
def users(service: ReviewService) -> dict[str, UserView]:
    """One user per role, plus a second submitter and a second reviewer."""
    roles = {
        "admin": Role.ADMIN,
        "rita": Role.REVIEWER,
        "rob": Role.REVIEWER,
        "mo": Role.MODERATOR,
        "sue": Role.SUBMITTER,
        "sam": Role.SUBMITTER,
    }
    return {name: service.create_user(name, PASSWORD, role) for name, role in roles.items()}
