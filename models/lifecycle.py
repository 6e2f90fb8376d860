"""A post's steps outside review: intake (screened, then held or approved by the system),
publishing or its failure (bound to the approved version), and expiry of stale held posts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlmodel import Session

from models import posts, workflow
from models.crypto import ContentCipher
from models.errors import StaleVersion
from models.tables import Post, User
from models.views import PostStatus
from screener.types import ScreenResult


def intake(
    session: Session,
    cipher: ContentCipher,
    author: User,
    text: str,
    *,
    channel: str,
    source: str,
    result: ScreenResult,
) -> Post:
    """Store a screened post: held, or approved by the system (recorded as such) if it passed."""
    vhash = posts.version_hash(text, 1)
    post = workflow.start_post(
        session, author=author, channel=channel, source=source, version_hash=vhash
    )
    posts.add_version(
        session,
        cipher,
        post,
        version_no=1,
        text=text,
        kind="submitted",
        created_by=author,
        result=result,
    )
    workflow.transition(
        session,
        post,
        PostStatus.HELD if result.held else PostStatus.APPROVED,
        action="hold" if result.held else "system_approve",
        actor=None,
        version_hash=vhash,
        detail={
            "rules": [r.rule for r in result.reasons],
            "entity_types": posts.entity_types_of(result),
        },
    )
    return post


def finish(
    session: Session,
    post: Post,
    target: PostStatus,
    *,
    version_hash: str,
    actor: User | None,
    actor_name: str,
    detail: Mapping[str, Any],
) -> None:
    """Mark an approved post published or failed; StaleVersion unless `version_hash` is both
    the current version and the one the standing approval covers."""
    assert post.id is not None
    workflow.check_transition(PostStatus(post.status), target)
    version, _ = posts.current_version(session, post)
    approved = workflow.approved_version_hash(session, post.id)
    if version_hash != version.version_hash or version_hash != approved:
        raise StaleVersion(f"post {post.id}: the approval does not cover this version")
    workflow.transition(
        session,
        post,
        target,
        action=target.value,
        actor=actor,
        version_hash=version_hash,
        detail=detail,
        actor_name=actor_name,
    )


def expire(session: Session, post_id: int, *, actor_name: str) -> bool:
    """Expire one held post; False when it was decided meanwhile."""
    post = posts.get_post_row(session, post_id)
    if post.status != PostStatus.HELD.value:
        return False
    version, _ = posts.current_version(session, post)
    try:
        workflow.transition(
            session,
            post,
            PostStatus.EXPIRED,
            action="expire",
            actor=None,
            version_hash=version.version_hash,
            actor_name=actor_name,
        )
    except StaleVersion:
        return False
    return True
