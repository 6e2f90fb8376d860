"""Post storage: versions, screenings and findings (encrypted), and the views built from them.

Nothing here changes a post's status (that is `models.workflow`).
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import and_, exists, or_
from sqlmodel import Session, col, select

from models.crypto import ContentCipher
from models.errors import NotFound
from models.tables import Finding, Post, PostVersion, Screening, User, utcnow
from models.views import FindingView, PostStatus, PostSummary, PostView
from screener.types import ScreenResult, Verdict


class ScreenerLike(Protocol):
    """What the service needs from a screener (the real `screener.Screener` or a test fake)."""

    def screen(self, text: str, channel: str = ...) -> ScreenResult:
        """Screen one post for a channel."""
        ...


def version_hash(text: str, version_no: int) -> str:
    """SHA-256 of a version's text and number: what an approval binds to."""
    return hashlib.sha256(f"{version_no}\n{text}".encode()).hexdigest()


def add_version(
    session: Session,
    cipher: ContentCipher,
    post: Post,
    *,
    version_no: int,
    text: str,
    kind: str,
    created_by: User | None,
    result: ScreenResult,
) -> PostVersion:
    """Store one version with its screening and findings, content encrypted."""
    assert post.id is not None
    version = PostVersion(
        post_id=post.id,
        version_no=version_no,
        kind=kind,
        text_enc=cipher.encrypt(text),
        version_hash=version_hash(text, version_no),
        created_by_id=created_by.id if created_by is not None else None,
    )
    session.add(version)
    session.flush()
    assert version.id is not None
    screening = Screening(
        version_id=version.id,
        verdict=result.verdict.value,
        reason_rules=json.dumps([r.rule for r in result.reasons]),
        reasons_enc=cipher.encrypt(json.dumps([r.message for r in result.reasons])),
        redacted_enc=cipher.encrypt(result.redacted),
        entity_types=json.dumps(entity_types_of(result)),
        language=result.language,
    )
    session.add(screening)
    session.flush()
    assert screening.id is not None
    for f in result.findings:
        session.add(
            Finding(
                screening_id=screening.id,
                start_offset=f.start,
                end_offset=f.end,
                entity_type=f.entity_type,
                category=f.category,
                score=f.score,
                text_enc=cipher.encrypt(f.text),
            )
        )
    session.flush()
    return version


def entity_types_of(result: ScreenResult) -> list[str]:
    """The sorted entity types of a screening (safe to store and log)."""
    return sorted(result.entity_types)


def get_post_row(session: Session, post_id: int) -> Post:
    """The post row, or NotFound."""
    post = session.get(Post, post_id)
    if post is None:
        raise NotFound(f"post {post_id} does not exist")
    return post


def current_version(session: Session, post: Post) -> tuple[PostVersion, Screening]:
    """The post's current version and its screening."""
    query = (
        select(PostVersion, Screening)
        .join(Screening, col(Screening.version_id) == col(PostVersion.id))
        .where(PostVersion.post_id == post.id, PostVersion.version_no == post.current_version_no)
    )
    version, screening = session.exec(query).one()
    return version, screening


def build_view(
    session: Session, cipher: ContentCipher, post: Post, *, decided_by: str | None
) -> PostView:
    """Decrypt the post's current version into a PostView."""
    assert post.id is not None
    version, screening = current_version(session, post)
    author = session.get(User, post.author_id)
    assert author is not None
    findings = session.exec(
        select(Finding)
        .where(Finding.screening_id == screening.id)
        .order_by(col(Finding.start_offset), col(Finding.id))
    )
    reason_text = cipher.decrypt(post.rejection_reason_enc) if post.rejection_reason_enc else None
    return PostView(
        id=post.id,
        status=PostStatus(post.status),
        channel=post.channel,
        source=post.source,
        author=author.username,
        text=cipher.decrypt(version.text_enc),
        version_no=version.version_no,
        version_hash=version.version_hash,
        verdict=Verdict(screening.verdict),
        reasons=tuple(json.loads(cipher.decrypt(screening.reasons_enc))),
        findings=tuple(
            FindingView(
                start=f.start_offset,
                end=f.end_offset,
                entity_type=f.entity_type,
                category=f.category,
                score=f.score,
                text=cipher.decrypt(f.text_enc),
            )
            for f in findings
        ),
        redacted=cipher.decrypt(screening.redacted_enc),
        rejection_reason=reason_text,
        created_at=post.created_at,
        updated_at=post.updated_at,
        decided_by=decided_by,
    )


def query_summaries(
    session: Session,
    *,
    visible_author_id: int | None,
    visible_channel: str | None,
    status: PostStatus | None,
    channel: str | None,
    source: str | None,
    entity_type: str | None,
    older_than: datetime | timedelta | None,
    author_id: int | None,
    limit: int,
) -> list[PostSummary]:
    """Post summaries matching the filters, without decrypting anything.

    `visible_author_id` / `visible_channel` restrict to what the actor may see (None: no limit;
    both: own posts or that channel). Held posts come oldest first (a queue), others newest first.
    """
    query = (
        select(Post, User.username, Screening.verdict, Screening.entity_types)
        .join(User, col(User.id) == col(Post.author_id))
        .join(
            PostVersion,
            and_(
                col(PostVersion.post_id) == col(Post.id),
                col(PostVersion.version_no) == col(Post.current_version_no),
            ),
        )
        .join(Screening, col(Screening.version_id) == col(PostVersion.id))
    )
    if visible_author_id is not None and visible_channel is not None:
        query = query.where(
            or_(col(Post.author_id) == visible_author_id, col(Post.channel) == visible_channel)
        )
    elif visible_author_id is not None:
        query = query.where(Post.author_id == visible_author_id)
    if author_id is not None:
        query = query.where(Post.author_id == author_id)
    if status is not None:
        query = query.where(Post.status == status.value)
    if channel is not None:
        query = query.where(Post.channel == channel)
    if source is not None:
        query = query.where(Post.source == source)
    if entity_type is not None:
        query = query.where(
            exists().where(
                col(Finding.screening_id) == col(Screening.id),
                col(Finding.entity_type) == entity_type,
            )
        )
    if older_than is not None:
        cutoff = utcnow() - older_than if isinstance(older_than, timedelta) else older_than
        query = query.where(col(Post.created_at) < cutoff)
    oldest_first = status is PostStatus.HELD
    order = col(Post.id) if oldest_first else col(Post.id).desc()
    rows = session.exec(query.order_by(order).limit(limit))
    return [
        PostSummary(
            id=_id(post),
            status=PostStatus(post.status),
            channel=post.channel,
            source=post.source,
            author=username,
            verdict=Verdict(verdict),
            entity_types=tuple(json.loads(types)),
            created_at=post.created_at,
            version_no=post.current_version_no,
        )
        for post, username, verdict, types in rows
    ]


def _id(post: Post) -> int:
    assert post.id is not None
    return post.id
