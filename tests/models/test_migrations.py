"""The packaged Alembic migrations: they run, are idempotent and match the table classes."""

from __future__ import annotations

from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect
from sqlmodel import SQLModel

import models.tables  # noqa: F401  (registers the tables)
from models.db import MIGRATIONS_DIR, current_revision, upgrade_schema, write_engine

TABLES = {
    "users", "api_tokens", "posts", "post_versions", "screenings", "findings", "decisions",
    "publishing_targets", "audit_events", "audit_head",
}  # fmt: skip


def test_upgrade_creates_every_table_and_is_idempotent(engine: Engine) -> None:
    assert current_revision(engine) is None
    upgrade_schema(engine)
    upgrade_schema(engine)
    assert current_revision(engine) == "0001"
    assert set(inspect(engine).get_table_names()) == TABLES | {"alembic_version"}


def test_the_migrated_schema_matches_the_table_classes(engine: Engine) -> None:
    upgrade_schema(engine)

    def ours(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
        table = obj if type_ == "table" else getattr(obj, "table", None)
        return getattr(table, "name", name) in TABLES

    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": ours}
        )
        diffs = compare_metadata(context, SQLModel.metadata)
    assert diffs == []


def test_downgrade_to_base_and_back(engine: Engine) -> None:
    upgrade_schema(engine)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with write_engine(engine).begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade_schema(engine)
    assert current_revision(engine) == "0001"
