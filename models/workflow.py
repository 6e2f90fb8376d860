"""The post workflow: the only code that changes `Post.status`.

    submitted -> held | approved
    held      -> approved | rejected | expired | held (edit)
    approved  -> published | failed
    failed    -> published

Every change is an optimistic-lock `UPDATE posts ... WHERE id = ? AND lock_version = ?`: when no
row matches, someone else changed the post first and the caller gets `StaleVersion`. Each change
appends a decision row and an audit event in the same transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from models import audit
from models.errors import IllegalTransition, StaleVersion
from models.tables import Decision, Post, User, utcnow
from models.views import PostStatus

S = PostStatus
TRANSITIONS: Mapping[PostStatus, frozenset[PostStatus]] = {
    S.SUBMITTED: frozenset({S.HELD, S.APPROVED}),
    S.HELD: frozenset({S.APPROVED, S.REJECTED, S.EXPIRED, S.HELD}),
    S.APPROVED: frozenset({S.PUBLISHED, S.FAILED}),
    S.FAILED: frozenset({S.PUBLISHED}),
    S.PUBLISHED: frozenset(),
    S.REJECTED: frozenset(),
    S.EXPIRED: frozenset(),
}
APPROVING_ACTIONS = frozenset({"approve", "approve_redacted", "system_approve"})
MUTABLE_COLUMNS = frozenset({"current_version_no", "rejection_reason_enc"})


def is_allowed(current: PostStatus, target: PostStatus) -> bool:
    """True when the workflow allows `current -> target`."""
    return target in TRANSITIONS[current]


def check_transition(current: PostStatus, target: PostStatus) -> None:
    """Raise IllegalTransition unless the workflow allows `current -> target`."""
    if not is_allowed(current, target):
        raise IllegalTransition(f"a {current.value} post cannot become {target.value}")


def actor_label(actor: User | None) -> str:
    """The name recorded in decisions and audit events (`system` for automatic steps)."""
    return actor.username if actor is not None else audit.SYSTEM_ACTOR


def start_post(
    session: Session,
    *,
    author: User,
    channel: str,
    source: str,
    version_hash: str,
    detail: Mapping[str, Any] | None = None,
) -> Post:
    """Create a post in `submitted` (version 1, whose rows the caller adds next)."""
    assert author.id is not None
    now = utcnow()
    post = Post(
        author_id=author.id,
        channel=channel,
        source=source,
        status=S.SUBMITTED.value,
        current_version_no=1,
        lock_version=0,
        created_at=now,
        updated_at=now,
    )
    session.add(post)
    session.flush()
    assert post.id is not None
    session.add(
        Decision(
            post_id=post.id,
            actor_id=author.id,
            action="submit",
            from_status=None,
            to_status=S.SUBMITTED.value,
            version_no=1,
            version_hash=version_hash,
        )
    )
    audit.append_event(
        session,
        actor=author.username,
        action="submit",
        post_id=post.id,
        version_hash=version_hash,
        detail={"to": S.SUBMITTED.value, "channel": channel, "source": source, **(detail or {})},
    )
    return post


def transition(
    session: Session,
    post: Post,
    target: PostStatus,
    *,
    action: str,
    actor: User | None,
    version_hash: str,
    changes: Mapping[str, Any] | None = None,
    detail: Mapping[str, Any] | None = None,
    actor_name: str | None = None,
) -> Decision:
    """Move `post` to `target` under the optimistic lock, with a decision row and audit event.

    `changes` may also set `current_version_no` or `rejection_reason_enc` in the same UPDATE.
    `version_hash` is the version the decision is about (for approvals: the version approved).
    `actor_name` overrides the name recorded in the audit trail (a trusted caller's label).
    """
    assert post.id is not None
    current = PostStatus(post.status)
    check_transition(current, target)
    extra = dict(changes or {})
    if not set(extra) <= MUTABLE_COLUMNS:
        raise ValueError(f"transition cannot change {sorted(set(extra) - MUTABLE_COLUMNS)}")
    statement = (
        update(Post)
        .where(col(Post.id) == post.id, col(Post.lock_version) == post.lock_version)
        .values(status=target.value, lock_version=post.lock_version + 1, updated_at=utcnow())
        .values(**extra)
        .execution_options(synchronize_session=False)
    )
    if session.exec(statement).rowcount != 1:
        raise StaleVersion(f"post {post.id} was changed by someone else first")
    session.refresh(post)
    decision = Decision(
        post_id=post.id,
        actor_id=actor.id if actor is not None else None,
        action=action,
        from_status=current.value,
        to_status=target.value,
        version_no=post.current_version_no,
        version_hash=version_hash,
    )
    session.add(decision)
    audit.append_event(
        session,
        actor=actor_name or actor_label(actor),
        action=action,
        post_id=post.id,
        version_hash=version_hash,
        detail={"from": current.value, "to": target.value, **(detail or {})},
    )
    return decision


def cancel_approvals(session: Session, post_id: int, *, before_version_no: int) -> int:
    """Cancel the post's standing approvals of versions before `before_version_no` (an edit
    or a redaction supersedes them: an approval binds to the exact version approved)."""
    statement = (
        update(Decision)
        .where(
            col(Decision.post_id) == post_id,
            col(Decision.action).in_(APPROVING_ACTIONS),
            col(Decision.cancelled).is_(False),
            col(Decision.version_no) < before_version_no,
        )
        .values(cancelled=True)
        .execution_options(synchronize_session=False)
    )
    return session.exec(statement).rowcount


def approved_version_hash(session: Session, post_id: int) -> str | None:
    """The version hash of the post's standing approval, if any."""
    query = (
        select(Decision)
        .where(
            Decision.post_id == post_id,
            col(Decision.action).in_(APPROVING_ACTIONS),
            col(Decision.cancelled).is_(False),
        )
        .order_by(col(Decision.id).desc())
        .limit(1)
    )
    decision = session.exec(query).one_or_none()
    return decision.version_hash if decision is not None else None


def was_held(session: Session, post_id: int) -> bool:
    """True when the post has ever been in `held` (so a decision on it now is a late one)."""
    query = select(Decision.id).where(
        Decision.post_id == post_id, Decision.to_status == S.HELD.value
    )
    return session.exec(query.limit(1)).first() is not None


def last_decider(session: Session, post_id: int) -> tuple[bool, User | None]:
    """Who made the last approval, rejection or expiry: (found, user or None for the system)."""
    query = (
        select(Decision, User)
        .outerjoin(User, col(User.id) == col(Decision.actor_id))
        .where(
            Decision.post_id == post_id,
            col(Decision.to_status).in_([S.APPROVED.value, S.REJECTED.value, S.EXPIRED.value]),
        )
        .order_by(col(Decision.id).desc())
        .limit(1)
    )
    row = session.exec(query).first()
    if row is None:
        return False, None
    return True, row[1]
