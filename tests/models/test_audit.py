"""The audit trail: what is recorded, the hash chain, tamper detection and export."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from models.audit import GENESIS_HASH, event_hash
from models.errors import InvalidInput
from models.service import ReviewService
from models.views import UserView
from tests.models.conftest import PASSWORD
from tests.models.fakes import HELD_TEXT, PASSING_TEXT

Users = dict[str, UserView]
CONTENT = ("Margaret", "943 476 5919", "chemo", "private reason", "John Smith")


@pytest.fixture
def busy(service: ReviewService, users: Users, cipher: Any) -> ReviewService:
    """A service whose trail holds one event of every kind."""
    service.authenticate("rita", PASSWORD)
    service.authenticate("rita", "wrong password")
    service.authenticate("nobody", "wrong password")
    service.set_role(users["admin"], "rob", "moderator")
    service.create_token("sue")
    held = service.submit(users["sue"], HELD_TEXT, "comms")
    service.get_post(users["rita"], held.id)
    edited = service.decide(
        users["rita"], held.id, "edit", version_hash=held.version_hash, text="John Smith, chemo"
    )
    service.decide(
        users["admin"], held.id, "reject", version_hash=edited.version_hash, reason="private reason"
    )
    service.submit(users["sue"], PASSING_TEXT, "comms")
    service.rotate_keys(cipher.rotate())
    service.export_audit("csv")
    return service


def _tamper(engine: Engine, *statements: str, **params: Any) -> None:
    """Run raw SQL on the audit table, first dropping its append-only guard (as an attacker
    with database access would)."""
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.exec_driver_sql("DROP TRIGGER audit_events_append_only ON audit_events")
        else:
            connection.exec_driver_sql("DROP TRIGGER audit_events_no_update")
            connection.exec_driver_sql("DROP TRIGGER audit_events_no_delete")
        for statement in statements:
            connection.execute(text(statement), params)


def test_every_kind_of_event_is_recorded(busy: ReviewService, users: Users) -> None:
    events = list(reversed(busy.audit_events(users["admin"], limit=1000)))
    assert [e.seq for e in events] == list(range(1, len(events) + 1))
    actions = {e.action for e in events}
    assert actions >= {
        "user_add", "login", "login_failed", "role_change", "token_create", "submit", "hold",
        "view", "edit", "reject", "system_approve", "key_rotation", "export",
    }  # fmt: skip
    failed = [e for e in events if e.action == "login_failed"]
    assert [(e.actor, e.detail) for e in failed] == [
        ("rita", {"known_user": True}),
        ("unknown", {"known_user": False}),
    ]
    role = next(e for e in events if e.action == "role_change")
    assert (role.actor, role.detail) == (
        "admin",
        {"username": "rob", "from": "reviewer", "to": "moderator"},
    )
    reject = next(e for e in events if e.action == "reject")
    assert reject.detail == {"from": "held", "to": "rejected"}
    assert reject.version_hash is not None and reject.post_id is not None
    report = busy.verify_audit()
    assert report.ok and report.checked == len(events) and report.problems == ()


def test_the_trail_never_holds_post_content(busy: ReviewService) -> None:
    for fmt in ("csv", "json"):
        exported = busy.export_audit(fmt)
        for secret in CONTENT:
            assert secret not in exported


def _problems(service: ReviewService) -> str:
    report = service.verify_audit()
    assert not report.ok
    return "\n".join(report.problems)


def test_an_edited_event_is_named(busy: ReviewService, engine: Engine) -> None:
    _tamper(engine, "UPDATE audit_events SET actor = 'mallory' WHERE seq = 5")
    report = busy.verify_audit()
    assert report.problems == ("seq 5: hash does not match its content (event edited)",)


def test_an_edited_event_with_a_recomputed_hash_breaks_the_next_link(
    busy: ReviewService, engine: Engine
) -> None:
    with engine.connect() as connection:
        row = connection.execute(text("SELECT * FROM audit_events WHERE seq = 6")).mappings().one()
    forged = event_hash(
        seq=6, at=row["at"], actor=row["actor"], action="approve", post_id=row["post_id"],
        version_hash=row["version_hash"], detail=json.loads(row["detail"]),
        prev_hash=row["prev_hash"],
    )  # fmt: skip
    _tamper(
        engine,
        "UPDATE audit_events SET action = 'approve', hash = :h WHERE seq = 6",
        h=forged,
    )
    problems = _problems(busy)
    assert "seq 7: prev_hash does not match" in problems
    assert "seq 6" not in problems


def test_a_deleted_event_is_named(busy: ReviewService, engine: Engine) -> None:
    _tamper(engine, "DELETE FROM audit_events WHERE seq = 4")
    problems = _problems(busy)
    assert "seq 4: missing (deleted)" in problems
    assert "seq 5: prev_hash does not match" in problems


def test_deleting_the_last_events_is_caught_by_the_head(
    busy: ReviewService, engine: Engine, users: Users
) -> None:
    last = busy.audit_events(users["admin"], limit=1)[0].seq
    _tamper(engine, "DELETE FROM audit_events WHERE seq >= :s", s=last - 1)
    assert _problems(busy) == f"seq {last - 1}-{last}: missing (deleted from the end)"


def test_reordered_events_are_named(busy: ReviewService, engine: Engine) -> None:
    _tamper(
        engine,
        "UPDATE audit_events SET seq = -1 WHERE seq = 3",
        "UPDATE audit_events SET seq = 3 WHERE seq = 4",
        "UPDATE audit_events SET seq = 4 WHERE seq = -1",
    )
    problems = _problems(busy)
    assert "seq 3: hash does not match" in problems
    assert "seq 4: hash does not match" in problems
    assert "seq 3: prev_hash does not match" in problems


def test_an_inserted_event_is_named(busy: ReviewService, engine: Engine) -> None:
    with engine.connect() as connection:
        prev = connection.execute(text("SELECT hash FROM audit_events WHERE seq = 2")).scalar_one()
    forged = {
        "seq": 3, "at": "2025-01-01T00:00:00.000000+00:00", "actor": "mallory",
        "action": "approve", "post_id": 1, "version_hash": None, "detail": {},
    }  # fmt: skip
    digest = event_hash(**forged, prev_hash=prev)  # type: ignore[arg-type]
    _tamper(
        engine,
        "UPDATE audit_events SET seq = seq + 1000 WHERE seq >= 3",
        "UPDATE audit_events SET seq = seq - 999 WHERE seq >= 1003",
        "INSERT INTO audit_events (seq, at, actor, action, post_id, version_hash, detail,"
        " prev_hash, hash) VALUES (3, :at, 'mallory', 'approve', 1, NULL, '{}', :prev, :hash)",
        at=forged["at"],
        prev=prev,
        hash=digest,
    )
    problems = _problems(busy)
    assert "seq 4: prev_hash does not match" in problems
    assert "seq 4: hash does not match" in problems
    assert "events after the recorded head" in problems


def test_the_database_refuses_to_change_audit_events(busy: ReviewService, engine: Engine) -> None:
    for statement in ("UPDATE audit_events SET actor = 'x'", "DELETE FROM audit_events"):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
            connection.execute(text(statement))
    assert busy.verify_audit().ok


def test_exports_carry_the_chain(busy: ReviewService, users: Users) -> None:
    rows = json.loads(busy.export_audit("json"))
    prev = GENESIS_HASH
    for row in rows:
        fields = {k: row[k] for k in ("seq", "at", "actor", "action", "post_id", "version_hash")}
        assert row["prev_hash"] == prev
        assert event_hash(**fields, detail=row["detail"], prev_hash=prev) == row["hash"]
        prev = row["hash"]
    table = list(csv.DictReader(io.StringIO(busy.export_audit("csv"))))
    assert [int(r["seq"]) for r in table] == [*(r["seq"] for r in rows), len(rows) + 1]
    assert json.loads(table[0]["detail"]) == rows[0]["detail"]
    newest = busy.audit_events(users["admin"], limit=2)
    assert [e.action for e in newest] == ["export", "export"]
    with pytest.raises(InvalidInput):
        busy.export_audit("xml")


def test_record_validates_its_input(service: ReviewService, users: Users) -> None:
    service.record(users["rita"], "logout", detail={"via": "web"})
    assert service.audit_events(users["admin"], limit=1)[0].detail == {"via": "web"}
    with pytest.raises(InvalidInput):
        service.record(None, "Bad Action")
    with pytest.raises(InvalidInput):
        service.record(None, "note", detail={"x": object()})
    assert service.verify_audit().ok
