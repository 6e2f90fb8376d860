"""Workflow rules: every legal and illegal move, the optimistic lock, and who changes status."""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from models import workflow
from models.db import session_scope, write_engine
from models.errors import IllegalTransition, StaleVersion
from models.service import ReviewService
from models.tables import AuditEvent, Post
from models.views import PostStatus, UserView
from tests.models.fakes import HELD_TEXT, PASSING_TEXT

S = PostStatus
# The contract (docs/review-service.md), written out independently of workflow.TRANSITIONS.
LEGAL = {
    (S.SUBMITTED, S.HELD),
    (S.SUBMITTED, S.APPROVED),
    (S.HELD, S.APPROVED),
    (S.HELD, S.REJECTED),
    (S.HELD, S.EXPIRED),
    (S.HELD, S.HELD),
    (S.APPROVED, S.PUBLISHED),
    (S.APPROVED, S.FAILED),
    (S.FAILED, S.PUBLISHED),
}
ALL_PAIRS = list(itertools.product(PostStatus, PostStatus))


@pytest.mark.parametrize(("current", "target"), ALL_PAIRS, ids=lambda s: s.value)
def test_every_move_is_legal_exactly_when_the_contract_says(
    current: PostStatus, target: PostStatus
) -> None:
    assert workflow.is_allowed(current, target) is ((current, target) in LEGAL)
    if (current, target) in LEGAL:
        workflow.check_transition(current, target)
    else:
        with pytest.raises(IllegalTransition):
            workflow.check_transition(current, target)


def test_terminal_statuses_go_nowhere() -> None:
    for status in (S.PUBLISHED, S.REJECTED, S.EXPIRED):
        assert not any(workflow.is_allowed(status, target) for target in PostStatus)


def _load(engine: Engine, post_id: int) -> Post:
    with session_scope(engine) as session:
        post = session.get(Post, post_id)
        assert post is not None
        return post


def _audit_count(engine: Engine) -> int:
    with Session(engine) as session:
        return len(session.exec(select(AuditEvent)).all())


def test_transition_with_a_stale_lock_version_is_refused(
    service: ReviewService, engine: Engine, users: dict[str, UserView]
) -> None:
    view = service.submit(users["sue"], HELD_TEXT, "comms")
    stale = _load(engine, view.id)  # detached copy at lock_version N
    service.decide(users["rita"], view.id, "approve", version_hash=view.version_hash)
    events = _audit_count(engine)
    with pytest.raises(StaleVersion), session_scope(write_engine(engine)) as session:
        workflow.transition(
            session,
            stale,
            S.REJECTED,
            action="reject",
            actor=None,
            version_hash=view.version_hash,
        )
    assert _load(engine, view.id).status == S.APPROVED.value
    assert _audit_count(engine) == events  # nothing half-written


def test_illegal_transition_changes_nothing(
    service: ReviewService, engine: Engine, users: dict[str, UserView]
) -> None:
    view = service.submit(users["sue"], PASSING_TEXT, "comms")
    assert view.status is S.APPROVED
    events = _audit_count(engine)
    post = _load(engine, view.id)
    with pytest.raises(IllegalTransition), session_scope(write_engine(engine)) as session:
        workflow.transition(
            session, post, S.HELD, action="hold", actor=None, version_hash=view.version_hash
        )
    after = _load(engine, view.id)
    assert (after.status, after.lock_version) == (S.APPROVED.value, post.lock_version)
    assert _audit_count(engine) == events


def test_each_transition_bumps_the_lock_and_writes_a_decision_and_an_event(
    service: ReviewService, engine: Engine, users: dict[str, UserView]
) -> None:
    view = service.submit(users["sue"], HELD_TEXT, "comms")
    before = _load(engine, view.id)
    events = _audit_count(engine)
    service.decide(users["rita"], view.id, "approve", version_hash=view.version_hash)
    after = _load(engine, view.id)
    assert after.lock_version == before.lock_version + 1
    assert _audit_count(engine) == events + 1


def test_cancelled_approval_no_longer_covers_the_version(
    service: ReviewService, engine: Engine, users: dict[str, UserView]
) -> None:
    view = service.submit(users["sue"], PASSING_TEXT, "comms")
    with session_scope(engine) as session:
        assert workflow.approved_version_hash(session, view.id) == view.version_hash
    with session_scope(write_engine(engine)) as session:
        assert workflow.cancel_approvals(session, view.id, before_version_no=1) == 0
        assert workflow.cancel_approvals(session, view.id, before_version_no=2) == 1
    with session_scope(engine) as session:
        assert workflow.approved_version_hash(session, view.id) is None
    with pytest.raises(StaleVersion):
        service.mark_published("bot:test", view.id, version_hash=view.version_hash)


def _status_writes(tree: ast.AST) -> list[int]:
    """Lines that assign `.status`, pass `status=` to `.values()` or build a `Post(status=...)`."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Attribute) and t.attr == "status" for t in targets):
                lines.append(node.lineno)
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("values", "Post") and any(k.arg == "status" for k in node.keywords):
                lines.append(node.lineno)
    return lines


def test_only_the_workflow_module_changes_post_status() -> None:
    package = Path(workflow.__file__).parent
    offenders = {
        str(path.relative_to(package)): lines
        for path in package.rglob("*.py")
        if path.name != "workflow.py"
        and (lines := _status_writes(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert offenders == {}
    assert _status_writes(ast.parse(Path(workflow.__file__).read_text(encoding="utf-8")))
