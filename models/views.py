"""What the review service hands out: frozen dataclasses and the enums they use.

Views are plain values detached from any database session; `web/` and the CLI only see these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from screener.types import Verdict


class Role(StrEnum):
    """What a user may do (see `docs/review-service.md`)."""

    SUBMITTER = "submitter"
    MODERATOR = "moderator"
    REVIEWER = "reviewer"
    ADMIN = "admin"


class PostStatus(StrEnum):
    """Where a post is in the workflow."""

    SUBMITTED = "submitted"
    HELD = "held"
    APPROVED = "approved"
    PUBLISHED = "published"
    REJECTED = "rejected"
    EXPIRED = "expired"
    FAILED = "failed"


class DecisionAction(StrEnum):
    """What a reviewer can do to a held post (`ReviewService.decide`)."""

    APPROVE = "approve"
    APPROVE_REDACTED = "approve_redacted"
    EDIT = "edit"
    REJECT = "reject"


@dataclass(frozen=True, slots=True)
class UserView:
    """A user account, without its password hash."""

    id: int
    username: str
    role: Role


@dataclass(frozen=True, slots=True)
class FindingView:
    """One screener finding of a post's current version; `text` is content."""

    start: int
    end: int
    entity_type: str
    category: str
    score: float
    text: str


@dataclass(frozen=True, slots=True)
class PostView:
    """A post with its decrypted current version and that version's screening."""

    id: int
    status: PostStatus
    channel: str
    source: str
    author: str
    text: str
    version_no: int
    version_hash: str
    verdict: Verdict
    reasons: tuple[str, ...]
    findings: tuple[FindingView, ...]
    redacted: str
    rejection_reason: str | None
    created_at: datetime
    updated_at: datetime
    decided_by: str | None


@dataclass(frozen=True, slots=True)
class PostSummary:
    """A row of a post list: no text, so lists never decrypt content."""

    id: int
    status: PostStatus
    channel: str
    source: str
    author: str
    verdict: Verdict
    entity_types: tuple[str, ...]
    created_at: datetime
    version_no: int


@dataclass(frozen=True, slots=True)
class AuditEventView:
    """One event of the audit trail."""

    seq: int
    at: datetime
    actor: str
    action: str
    post_id: int | None
    version_hash: str | None
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """The outcome of `verify_audit()`: each problem names the seq it concerns."""

    ok: bool
    checked: int
    problems: tuple[str, ...]
