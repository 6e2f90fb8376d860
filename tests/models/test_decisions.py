"""Submitting and deciding through the service: statuses, versions, roles and own posts."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest

from models.errors import (
    IllegalTransition,
    InvalidInput,
    NotFound,
    PermissionDenied,
    StaleVersion,
)
from models.posts import version_hash
from models.service import ReviewService
from models.views import PostStatus, UserView
from screener.types import Verdict
from tests.models.fakes import HELD_TEXT, PASSING_TEXT, FakeScreener

Users = dict[str, UserView]


def _actions(service: ReviewService, users: Users, post_id: int) -> list[tuple[str, str]]:
    events = service.audit_events(users["admin"], post_id=post_id)
    return [(e.actor, e.action) for e in reversed(events)]


def test_a_held_post_is_stored_with_its_screening(service: ReviewService, users: Users) -> None:
    view = service.submit(users["sue"], HELD_TEXT, "comms", source="telegram")
    assert view.status is PostStatus.HELD
    assert (view.author, view.channel, view.source) == ("sue", "comms", "telegram")
    assert view.text == HELD_TEXT
    assert view.verdict is Verdict.HOLD
    assert view.version_no == 1
    assert view.version_hash == version_hash(HELD_TEXT, 1)
    assert [f.entity_type for f in view.findings] == ["PERSON", "UK_NHS", "MEDICAL_CONDITION"]
    assert view.findings[0].text == "Margaret Thompson"
    assert view.reasons == ("contains 'Margaret Thompson'", "contains 'NHS 943 476 5919'")
    assert view.redacted == "[PERSON], [UK_NHS], started chemo on ward 7"
    assert view.decided_by is None and view.rejection_reason is None
    assert view.created_at.tzinfo is not None
    assert _actions(service, users, view.id) == [("sue", "submit"), ("system", "hold")]


def test_a_passing_post_is_approved_by_the_system(service: ReviewService, users: Users) -> None:
    view = service.submit(users["sue"], PASSING_TEXT, "comms")
    assert view.status is PostStatus.APPROVED
    assert view.verdict is Verdict.PASS
    assert view.decided_by == "system"
    assert _actions(service, users, view.id) == [("sue", "submit"), ("system", "system_approve")]


def test_reviewer_approves_a_held_post(service: ReviewService, users: Users) -> None:
    held = service.submit(users["sue"], HELD_TEXT, "comms")
    done = service.decide(users["rita"], held.id, "approve", version_hash=held.version_hash)
    assert done.status is PostStatus.APPROVED
    assert done.decided_by == "rita"
    assert done.version_hash == held.version_hash
    assert ("rita", "approve") in _actions(service, users, held.id)


@pytest.mark.parametrize("action", ["approve", "approve_redacted"])
def test_nobody_approves_their_own_post(service: ReviewService, users: Users, action: str) -> None:
    held = service.submit(users["rita"], HELD_TEXT, "comms")
    with pytest.raises(PermissionDenied, match="own post"):
        service.decide(users["rita"], held.id, action, version_hash=held.version_hash)
    assert service.get_post(users["rob"], held.id).status is PostStatus.HELD
    done = service.decide(users["rob"], held.id, action, version_hash=held.version_hash)
    assert done.status is PostStatus.APPROVED


def test_an_author_may_still_reject_their_own_post(service: ReviewService, users: Users) -> None:
    held = service.submit(users["rita"], HELD_TEXT, "comms")
    done = service.decide(
        users["rita"], held.id, "reject", version_hash=held.version_hash, reason="withdrawn"
    )
    assert done.status is PostStatus.REJECTED


def test_approve_redacted_approves_a_new_version_with_the_redacted_text(
    service: ReviewService, users: Users
) -> None:
    held = service.submit(users["sue"], HELD_TEXT, "comms")
    done = service.decide(
        users["rita"], held.id, "approve_redacted", version_hash=held.version_hash
    )
    assert done.status is PostStatus.APPROVED
    assert done.text == held.redacted
    assert done.version_no == 2
    assert done.version_hash == version_hash(held.redacted, 2) != held.version_hash
    # the approval binds to the redacted version, not the original
    with pytest.raises(StaleVersion):
        service.mark_published(users["rita"], held.id, version_hash=held.version_hash)
    published = service.mark_published(users["rita"], held.id, version_hash=done.version_hash)
    assert published.status is PostStatus.PUBLISHED


def test_an_edit_that_still_holds_makes_a_new_held_version(
    service: ReviewService, users: Users, screener: FakeScreener
) -> None:
    held = service.submit(users["sue"], HELD_TEXT, "support")
    new_text = "John Smith started chemo"
    edited = service.decide(
        users["rita"], held.id, "edit", version_hash=held.version_hash, text=new_text
    )
    assert edited.status is PostStatus.HELD
    assert (edited.text, edited.version_no) == (new_text, 2)
    assert [f.text for f in edited.findings] == ["John Smith", "chemo"]
    assert edited.reasons == ("contains 'John Smith'",)
    # re-screened on the post's channel
    assert screener.calls[-1] == "support"
    # the old version can no longer be decided on
    with pytest.raises(StaleVersion, match="newer version"):
        service.decide(users["rob"], held.id, "approve", version_hash=held.version_hash)
    done = service.decide(users["rob"], held.id, "approve", version_hash=edited.version_hash)
    assert (done.status, done.decided_by) == (PostStatus.APPROVED, "rob")


def test_an_edit_that_passes_is_approved_by_the_system(
    service: ReviewService, users: Users
) -> None:
    held = service.submit(users["sue"], HELD_TEXT, "comms")
    edited = service.decide(
        users["rita"], held.id, "edit", version_hash=held.version_hash, text=PASSING_TEXT
    )
    assert edited.status is PostStatus.APPROVED
    assert edited.decided_by == "system"
    assert _actions(service, users, held.id)[-2:] == [
        ("rita", "edit"),
        ("system", "system_approve"),
    ]
    published = service.mark_published("bot:test", held.id, version_hash=edited.version_hash)
    assert published.status is PostStatus.PUBLISHED


def test_a_rejection_reason_is_shown_to_the_submitter(service: ReviewService, users: Users) -> None:
    held = service.submit(users["sue"], HELD_TEXT, "comms")
    with pytest.raises(InvalidInput):
        service.decide(users["rita"], held.id, "reject", version_hash=held.version_hash)
    with pytest.raises(InvalidInput):
        service.decide(
            users["rita"], held.id, "reject", version_hash=held.version_hash, reason="  "
        )
    service.decide(
        users["rita"], held.id, "reject", version_hash=held.version_hash, reason="names a patient"
    )
    seen = service.get_post(users["sue"], held.id)
    assert seen.status is PostStatus.REJECTED
    assert (seen.rejection_reason, seen.decided_by) == ("names a patient", "rita")


def test_a_second_decision_on_a_decided_post_is_stale(service: ReviewService, users: Users) -> None:
    held = service.submit(users["sue"], HELD_TEXT, "comms")
    service.decide(users["rita"], held.id, "approve", version_hash=held.version_hash)
    for action in ("approve", "reject", "edit", "approve_redacted"):
        with pytest.raises(StaleVersion, match="already decided"):
            service.decide(
                users["rob"], held.id, action, version_hash=held.version_hash, text="x", reason="y"
            )


def test_deciding_a_post_that_was_never_held_is_illegal(
    service: ReviewService, users: Users
) -> None:
    passed = service.submit(users["sue"], PASSING_TEXT, "comms")
    with pytest.raises(IllegalTransition):
        service.decide(
            users["rita"], passed.id, "reject", version_hash=passed.version_hash, reason="no"
        )


def test_bad_requests(service: ReviewService, users: Users) -> None:
    held = service.submit(users["sue"], HELD_TEXT, "comms")
    with pytest.raises(InvalidInput):
        service.decide(users["rita"], held.id, "publish", version_hash=held.version_hash)
    with pytest.raises(InvalidInput):
        service.decide(users["rita"], held.id, "edit", version_hash=held.version_hash, text=" ")
    with pytest.raises(NotFound):
        service.decide(users["rita"], 9999, "approve", version_hash=held.version_hash)
    with pytest.raises(NotFound):
        service.get_post(users["rita"], 9999)
    with pytest.raises(InvalidInput):
        service.submit(users["sue"], "", "comms")
    with pytest.raises(InvalidInput):
        service.submit(users["sue"], "x" * 20_001, "comms")
    with pytest.raises(InvalidInput):
        service.submit(users["sue"], "hello", "Comms!")
    with pytest.raises(InvalidInput):
        service.list_posts(users["rita"], status="pending")


def test_roles_limit_who_decides(service: ReviewService, users: Users) -> None:
    comms = service.submit(users["sue"], HELD_TEXT, "comms")
    support = service.submit(users["sue"], HELD_TEXT, "support")
    with pytest.raises(PermissionDenied):
        service.decide(users["sam"], comms.id, "approve", version_hash=comms.version_hash)
    with pytest.raises(PermissionDenied):
        service.decide(users["sue"], comms.id, "edit", version_hash=comms.version_hash, text="a")
    with pytest.raises(PermissionDenied):
        service.decide(users["mo"], comms.id, "approve", version_hash=comms.version_hash)
    done = service.decide(users["mo"], support.id, "approve", version_hash=support.version_hash)
    assert (done.status, done.decided_by) == (PostStatus.APPROVED, "mo")
    done = service.decide(users["admin"], comms.id, "approve", version_hash=comms.version_hash)
    assert done.decided_by == "admin"


def test_roles_limit_who_sees_what(service: ReviewService, users: Users) -> None:
    comms = service.submit(users["sue"], HELD_TEXT, "comms")
    support = service.submit(users["sue"], HELD_TEXT, "support")
    own = service.submit(users["mo"], PASSING_TEXT, "comms")
    with pytest.raises(PermissionDenied):
        service.get_post(users["sam"], comms.id)
    with pytest.raises(PermissionDenied):
        service.get_post(users["mo"], comms.id)
    assert service.get_post(users["mo"], support.id).text == HELD_TEXT
    assert service.get_post(users["sue"], comms.id).text == HELD_TEXT

    def ids(user: str, **filters: object) -> list[int]:
        return [p.id for p in service.list_posts(users[user], **filters)]  # type: ignore[arg-type]

    assert ids("sue") == [support.id, comms.id]  # newest first
    assert ids("sam") == []
    assert ids("mo") == [own.id, support.id]
    assert ids("mo", mine=True) == [own.id]
    assert ids("rita") == [own.id, support.id, comms.id]
    assert ids("rita", status="held") == [comms.id, support.id]  # the queue: oldest first
    assert ids("rita", channel="support") == [support.id]
    assert ids("rita", entity_type="UK_NHS") == [support.id, comms.id]
    assert ids("rita", entity_type="EMAIL") == []
    assert ids("rita", source="web", limit=1) == [own.id]
    assert ids("rita", older_than=timedelta(hours=1)) == []
    assert ids("rita", older_than=datetime.now(UTC) + timedelta(seconds=5)) == [
        own.id,
        support.id,
        comms.id,
    ]
    summary = service.list_posts(users["rita"], status=PostStatus.HELD)[0]
    assert summary.entity_types == ("MEDICAL_CONDITION", "PERSON", "UK_NHS")
    assert (summary.author, summary.verdict, summary.version_no) == ("sue", Verdict.HOLD, 1)
    assert service.queue_counts() == {
        "submitted": 0,
        "held": 2,
        "approved": 1,
        "published": 0,
        "rejected": 0,
        "expired": 0,
        "failed": 0,
    }


def test_viewing_held_content_is_audited(service: ReviewService, users: Users) -> None:
    held = service.submit(users["sue"], HELD_TEXT, "comms")
    passed = service.submit(users["sue"], PASSING_TEXT, "comms")
    service.get_post(users["rita"], held.id)
    service.get_post(users["rita"], passed.id)
    assert ("rita", "view") in _actions(service, users, held.id)
    assert ("rita", "view") not in _actions(service, users, passed.id)
    with pytest.raises(PermissionDenied):
        service.audit_events(users["sam"], post_id=held.id)
    with pytest.raises(PermissionDenied):
        service.audit_events(users["rita"])
    assert service.audit_events(users["sue"], post_id=held.id)[0].action == "view"


def test_publishing_and_failure(service: ReviewService, users: Users) -> None:
    view = service.submit(users["sue"], PASSING_TEXT, "comms")
    failed = service.mark_failed(
        "bot:x", view.id, version_hash=view.version_hash, error_code="rate_limited"
    )
    assert failed.status is PostStatus.FAILED
    with pytest.raises(IllegalTransition):
        service.mark_failed("bot:x", view.id, version_hash=view.version_hash, error_code="again")
    done = service.mark_published("bot:x", view.id, version_hash=view.version_hash)
    assert done.status is PostStatus.PUBLISHED
    with pytest.raises(IllegalTransition):
        service.mark_published("bot:x", view.id, version_hash=view.version_hash)
    held = service.submit(users["sue"], HELD_TEXT, "comms")
    with pytest.raises(IllegalTransition):
        service.mark_published("bot:x", held.id, version_hash=held.version_hash)
    with pytest.raises(PermissionDenied):
        service.mark_published(users["sam"], view.id, version_hash=view.version_hash)
    assert [a for _, a in _actions(service, users, view.id)][-2:] == ["failed", "published"]


def test_expiring_old_held_posts(service: ReviewService, users: Users) -> None:
    held = service.submit(users["sue"], HELD_TEXT, "comms")
    service.submit(users["sue"], PASSING_TEXT, "comms")
    assert service.expire_held(older_than=timedelta(days=1)) == []
    with pytest.raises(PermissionDenied):
        service.expire_held(older_than=timedelta(0), actor=users["rita"])
    assert service.expire_held(older_than=timedelta(0)) == [held.id]
    assert service.get_post(users["sue"], held.id).status is PostStatus.EXPIRED
    with pytest.raises(StaleVersion):
        service.decide(users["rita"], held.id, "approve", version_hash=held.version_hash)


def test_nothing_logged_contains_post_content(
    service: ReviewService, users: Users, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    held = service.submit(users["sue"], HELD_TEXT, "comms")
    edited = service.decide(
        users["rita"], held.id, "edit", version_hash=held.version_hash, text="John Smith, dementia"
    )
    service.decide(
        users["rob"], held.id, "reject", version_hash=edited.version_hash, reason="Sensitive!"
    )
    service.get_post(users["sue"], held.id)
    assert caplog.records
    for secret in ("Margaret", "943 476", "chemo", "John Smith", "dementia", "Sensitive!"):
        assert secret not in caplog.text
