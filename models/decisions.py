"""Reviewer decisions on held posts: approve, approve redacted, edit, reject.

A decision is checked twice: once read-only before screening (so a bad request fails fast and the
screener never runs inside a write transaction), and again inside the write transaction, where
the workflow's optimistic lock makes exactly one of two concurrent decisions win.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from models import posts, workflow
from models.crypto import ContentCipher
from models.errors import IllegalTransition, PermissionDenied, StaleVersion
from models.permissions import can_decide
from models.tables import Post, PostVersion, Screening, User
from models.views import DecisionAction, PostStatus
from screener.types import ScreenResult

A = DecisionAction


@dataclass(frozen=True, slots=True)
class DecisionRequest:
    """What a reviewer asked for, about the version they saw."""

    action: DecisionAction
    post_id: int
    version_hash: str
    text: str | None = None
    reason: str | None = None


def check_decision(
    session: Session, user: User, post: Post, request: DecisionRequest
) -> tuple[PostVersion, Screening]:
    """Role, own-post, status and version checks; returns the current version and screening."""
    assert post.id is not None
    if not can_decide(user, post):
        raise PermissionDenied(f"user {user.id} may not decide on post {post.id}")
    if request.action in (A.APPROVE, A.APPROVE_REDACTED) and post.author_id == user.id:
        raise PermissionDenied("nobody approves their own post")
    status = PostStatus(post.status)
    if status is not PostStatus.HELD:
        if workflow.was_held(session, post.id):
            raise StaleVersion(f"post {post.id} was already decided (now {status.value})")
        raise IllegalTransition(f"post {post.id} is {status.value}, not held")
    version, screening = posts.current_version(session, post)
    if version.version_hash != request.version_hash:
        raise StaleVersion(f"post {post.id} has a newer version than the one reviewed")
    return version, screening


def prepare_decision(
    session: Session, cipher: ContentCipher, user: User, request: DecisionRequest
) -> tuple[str | None, str]:
    """Check the request read-only; returns (text to screen or None, the post's channel)."""
    post = posts.get_post_row(session, request.post_id)
    _, screening = check_decision(session, user, post, request)
    if request.action is A.EDIT:
        return request.text, post.channel
    if request.action is A.APPROVE_REDACTED:
        return cipher.decrypt(screening.redacted_enc), post.channel
    return None, post.channel


def apply_decision(
    session: Session,
    cipher: ContentCipher,
    user: User,
    request: DecisionRequest,
    new_text: str | None,
    result: ScreenResult | None,
) -> Post:
    """Check again and carry out the decision in the caller's write transaction."""
    post = posts.get_post_row(session, request.post_id)
    version, _ = check_decision(session, user, post, request)
    current_hash = version.version_hash
    if request.action is A.APPROVE:
        workflow.transition(
            session,
            post,
            PostStatus.APPROVED,
            action="approve",
            actor=user,
            version_hash=current_hash,
        )
        return post
    if request.action is A.REJECT:
        assert request.reason is not None
        workflow.transition(
            session,
            post,
            PostStatus.REJECTED,
            action="reject",
            actor=user,
            version_hash=current_hash,
            changes={"rejection_reason_enc": cipher.encrypt(request.reason)},
        )
        return post
    assert new_text is not None and result is not None and post.id is not None
    new_no = post.current_version_no + 1
    new_hash = posts.version_hash(new_text, new_no)
    redacting = request.action is A.APPROVE_REDACTED
    workflow.transition(
        session,
        post,
        PostStatus.APPROVED if redacting else PostStatus.HELD,
        action=request.action.value,
        actor=user,
        version_hash=new_hash,
        changes={"current_version_no": new_no},
        detail={
            "previous_version_hash": current_hash,
            "verdict": result.verdict.value,
            "entity_types": posts.entity_types_of(result),
        },
    )
    workflow.cancel_approvals(session, post.id, before_version_no=new_no)
    posts.add_version(
        session,
        cipher,
        post,
        version_no=new_no,
        text=new_text,
        kind="redacted" if redacting else "edit",
        created_by=user,
        result=result,
    )
    if not redacting and not result.held:
        workflow.transition(
            session,
            post,
            PostStatus.APPROVED,
            action="system_approve",
            actor=None,
            version_hash=new_hash,
        )
    return post
