"""Encryption at rest: the key ring, the key file, rotation, and what the database holds."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from pydantic import SecretStr
from sqlalchemy import Engine, Text, cast, inspect, select, table
from sqlalchemy import column as sql_column
from sqlmodel import Session

from models import rotation
from models.crypto import ContentCipher, UndecryptableContent, parse_keys
from models.errors import PermissionDenied
from models.service import ReviewService
from models.views import UserView
from tests.models.fakes import HELD_TEXT

Users = dict[str, UserView]
SECRETS = ("Margaret Thompson", "943 476 5919", "chemo", "confidential reason")


def test_round_trip_and_tamper_detection(cipher: ContentCipher) -> None:
    token = cipher.encrypt(HELD_TEXT)
    assert "Margaret" not in token
    assert cipher.decrypt(token) == HELD_TEXT
    assert cipher.encrypt(HELD_TEXT) != token  # random IV
    forged = token[:-6] + ("A" if token[-6] != "A" else "B") + token[-5:]
    with pytest.raises(UndecryptableContent):
        cipher.decrypt(forged)
    with pytest.raises(UndecryptableContent):
        ContentCipher([ContentCipher.generate_key()]).decrypt(token)


def test_key_file_is_created_owner_only_and_reused(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "secret.key"
    first = ContentCipher.from_settings(None, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    again = ContentCipher.from_settings(SecretStr(""), path)
    assert again.keys == first.keys
    assert again.decrypt(first.encrypt("x")) == "x"


def test_secret_key_setting_wins_and_may_hold_a_ring(tmp_path: Path) -> None:
    old, new = ContentCipher.generate_key(), ContentCipher.generate_key()
    ring = ContentCipher.from_settings(
        SecretStr(f"{new.decode()}, {old.decode()}"), tmp_path / "unused.key"
    )
    assert ring.keys == (new, old)
    assert not (tmp_path / "unused.key").exists()
    assert ring.decrypt(ContentCipher([old]).encrypt("t")) == "t"
    assert ContentCipher([new]).decrypt(ring.encrypt("t")) == "t"


def test_malformed_keys_are_refused_without_echoing_them() -> None:
    with pytest.raises(ValueError, match="malformed") as caught:
        ContentCipher.from_settings(SecretStr("not-a-key-but-a-secret"), Path("/nonexistent"))
    assert "not-a-key" not in str(caught.value)
    with pytest.raises(ValueError, match="no encryption key"):
        parse_keys("# only a comment\n")


def test_ring_rotation_semantics(cipher: ContentCipher, tmp_path: Path) -> None:
    old_token = cipher.encrypt("hello")
    rotated = cipher.rotate()
    assert rotated.keys[1:] == cipher.keys and rotated.key_id != cipher.key_id
    assert rotated.decrypt(old_token) == "hello"
    assert not rotated.is_current(old_token)
    fresh = rotated.reencrypt(old_token)
    assert rotated.is_current(fresh)
    assert rotated.primary_only().decrypt(fresh) == "hello"
    with pytest.raises(UndecryptableContent):
        rotated.primary_only().decrypt(old_token)
    path = tmp_path / "k"
    rotated.save(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert ContentCipher.from_key_file(path).keys == rotated.keys


def _stored_values(engine: Engine) -> list[str]:
    """Every encrypted value in the database."""
    values: list[str] = []
    with engine.connect() as connection:
        for table_name, _, column_name in rotation.ENCRYPTED_COLUMNS:
            rows: list[str | None] = list(
                connection.execute(
                    select(sql_column(column_name)).select_from(table(table_name))
                ).scalars()
            )
            values.extend(v for v in rows if v is not None)
    return values


def _reject_one(service: ReviewService, users: Users) -> int:
    held = service.submit(users["sue"], HELD_TEXT, "comms")
    service.decide(
        users["rita"],
        held.id,
        "reject",
        version_hash=held.version_hash,
        reason="confidential reason",
    )
    return held.id


def test_key_rotation_reencrypts_everything(
    service: ReviewService, engine: Engine, users: Users, cipher: ContentCipher
) -> None:
    post_id = _reject_one(service, users)
    service.submit(users["sue"], HELD_TEXT, "support")
    before = _stored_values(engine)
    assert len(before) == 2 * (1 + 2 + 3) + 1  # versions, reasons+redacted, findings, reason
    rotated = cipher.rotate()
    count = service.rotate_keys(rotated, actor="cli:test")
    assert count == len(before)
    after = _stored_values(engine)
    new_only = rotated.primary_only()
    assert all(new_only.is_current(v) for v in after)
    assert not any(cipher.is_current(v) for v in after)
    view = ReviewService(engine, new_only, None).get_post(users["rita"], post_id)
    assert (view.text, view.rejection_reason) == (HELD_TEXT, "confidential reason")
    events = service.audit_events(users["admin"], limit=5)
    assert events[0].action == "key_rotation" and events[0].actor == "cli:test"
    assert events[0].detail == {"key_id": rotated.key_id, "values": count}
    assert rotation.reencrypt_all(engine, rotated, only_stale=True) == 0
    assert service.verify_audit().ok


def test_rotation_catches_rows_written_under_the_old_key(
    engine: Engine, service: ReviewService, users: Users, cipher: ContentCipher
) -> None:
    _reject_one(service, users)
    rotated = cipher.rotate()
    rotation.reencrypt_all(engine, rotated)
    _reject_one(service, users)  # another process still on the old key
    assert rotation.reencrypt_all(engine, rotated, only_stale=True) == 7
    assert all(rotated.primary_only().is_current(v) for v in _stored_values(engine))


def test_rotation_needs_an_admin(
    service: ReviewService, users: Users, cipher: ContentCipher
) -> None:
    with pytest.raises(PermissionDenied):
        service.rotate_keys(cipher.rotate(), actor=users["rita"])


def test_no_table_cell_holds_content_in_clear(
    service: ReviewService, engine: Engine, users: Users
) -> None:
    _reject_one(service, users)
    service.get_post(users["sue"], 1)
    service.export_audit("json")
    cells: list[str] = []
    with Session(engine) as session:
        for name in inspect(engine).get_table_names():
            columns = [c["name"] for c in inspect(engine).get_columns(name)]
            query = select(*(cast(sql_column(c), Text) for c in columns)).select_from(table(name))
            for row in session.execute(query):
                cells.extend(str(v) for v in row if v is not None)
    assert len(cells) > 50
    for secret in SECRETS:
        assert not [c for c in cells if secret in c], secret


def test_the_raw_sqlite_file_does_not_reveal_posts(
    service: ReviewService, engine: Engine, users: Users
) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("reads the SQLite file itself")
    _reject_one(service, users)
    database = Path(str(engine.url.database))
    engine.dispose()  # checkpoint the WAL into the file
    files = [p for p in database.parent.iterdir() if p.name.startswith(database.name)]
    raw = b"".join(p.read_bytes() for p in files)
    assert b"audit_events" in raw and len(raw) > 10_000  # we are reading the real thing
    for secret in SECRETS:
        assert secret.encode() not in raw, secret
        assert secret.encode("utf-16-le") not in raw, secret
    assert b"reject" in raw  # audit actions are in clear, content is not
