"""Two reviewers acting on the same post at once: exactly one decision wins, the other is told."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from models import decisions
from models.errors import StaleVersion
from models.service import ReviewService
from models.tables import Decision
from models.views import PostStatus, PostView, UserView
from tests.models.fakes import HELD_TEXT

Users = dict[str, UserView]


def _race(calls: list[Callable[[], PostView]]) -> tuple[list[PostView], list[BaseException]]:
    """Run the calls in parallel threads; returns (results, errors)."""
    results: list[PostView] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def run(call: Callable[[], PostView]) -> None:
        try:
            outcome = call()
        except BaseException as exc:  # collected and checked by the test
            with lock:
                errors.append(exc)
        else:
            with lock:
                results.append(outcome)

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads)
    return results, errors


@pytest.fixture
def both_checked(monkeypatch: pytest.MonkeyPatch) -> threading.Barrier:
    """Make both decisions pass their read-only checks before either one writes."""
    barrier = threading.Barrier(2, timeout=30)
    original = decisions.prepare_decision

    def prepare_then_wait(*args: Any, **kwargs: Any) -> tuple[str | None, str]:
        outcome = original(*args, **kwargs)
        barrier.wait()
        return outcome

    monkeypatch.setattr("models.service.prepare_decision", prepare_then_wait)
    return barrier


RACES = [
    ({"action": "approve"}, {"action": "approve"}),
    ({"action": "approve"}, {"action": "reject", "reason": "no"}),
    ({"action": "edit", "text": "John Smith again"}, {"action": "approve_redacted"}),
    ({"action": "edit", "text": "version A"}, {"action": "edit", "text": "version B"}),
]


@pytest.mark.parametrize(("first", "second"), RACES, ids=lambda r: r["action"])
def test_exactly_one_of_two_concurrent_decisions_wins(
    service: ReviewService,
    engine: Engine,
    users: Users,
    both_checked: threading.Barrier,
    first: dict[str, str],
    second: dict[str, str],
) -> None:
    held = service.submit(users["sue"], HELD_TEXT, "comms")

    def decide(user: str, request: dict[str, str]) -> Callable[[], PostView]:
        return lambda: service.decide(
            users[user], held.id, version_hash=held.version_hash, **request
        )

    results, errors = _race([decide("rita", first), decide("rob", second)])
    assert len(results) == 1, errors
    assert len(errors) == 1 and isinstance(errors[0], StaleVersion), errors
    winner = results[0]
    final = service.get_post(users["admin"], held.id)
    assert (final.status, final.version_hash) == (winner.status, winner.version_hash)
    with Session(engine) as session:  # one reviewer decision recorded, not two
        rows = session.exec(select(Decision).where(Decision.post_id == held.id)).all()
    human = [d for d in rows if d.action in ("approve", "approve_redacted", "edit", "reject")]
    assert len(human) == 1
    assert service.verify_audit().ok


def test_many_concurrent_approvals_of_many_posts(service: ReviewService, users: Users) -> None:
    posts = [service.submit(users["sue"], HELD_TEXT, "comms") for _ in range(4)]

    def approve(post: PostView, user: str) -> Callable[[], PostView]:
        return lambda: service.decide(
            users[user], post.id, "approve", version_hash=post.version_hash
        )

    calls = [approve(p, u) for p in posts for u in ("rita", "rob", "admin")]
    results, errors = _race(calls)
    assert len(results) == len(posts)
    assert len(errors) == 2 * len(posts)
    assert all(isinstance(e, StaleVersion) for e in errors)
    assert sorted(r.id for r in results) == sorted(p.id for p in posts)
    assert all(r.status is PostStatus.APPROVED for r in results)
    report = service.verify_audit()
    assert report.ok, report.problems
