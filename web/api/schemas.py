"""Request and response bodies of the JSON API (they shape the OpenAPI docs)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from models.views import FindingView, PostSummary, PostView
from screener.types import ScreenResult


def _clean_text(value: str) -> str:
    # JSON can smuggle lone surrogates (an escaped \ud800) that no store can encode, and NUL bytes.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text is not valid Unicode (lone surrogate)") from None
    if "\x00" in value:
        raise ValueError("text contains a NUL character")
    return value


PostText = Annotated[str, Field(min_length=1), AfterValidator(_clean_text)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class ScreenIn(_Strict):
    """A text to screen without storing it."""

    text: PostText
    channel: str = Field(default="comms", max_length=100)


class PostIn(_Strict):
    """A post to submit."""

    text: PostText
    channel: str = Field(max_length=100)
    source: str = Field(default="api", min_length=1, max_length=50)


class DecisionIn(_Strict):
    """A reviewer's decision on the current version of a held post."""

    action: Literal["approve", "approve_redacted", "edit", "reject"]
    version_hash: str = Field(min_length=1, max_length=200)
    text: PostText | None = None
    reason: str | None = Field(default=None, max_length=2000)


class FindingOut(BaseModel):
    """A finding without its surface text (offsets point into the post)."""

    start: int
    end: int
    entity_type: str
    category: str
    score: float


class ScreenOut(BaseModel):
    """The verdict of a screened text."""

    verdict: Literal["pass", "hold"]
    reasons: list[str]
    findings: list[FindingOut]
    redacted: str
    language: str
    channel: str

    @classmethod
    def of(cls, result: ScreenResult) -> ScreenOut:
        """From the screener's result."""
        return cls.model_validate(result.to_dict())


class PostSummaryOut(BaseModel):
    """A post in a list (no text)."""

    id: int
    status: str
    channel: str
    source: str
    author: str
    verdict: str
    entity_types: list[str]
    created_at: datetime
    version_no: int

    @classmethod
    def of(cls, post: PostSummary) -> PostSummaryOut:
        """From the service's summary."""
        return cls(
            id=post.id,
            status=str(post.status),
            channel=post.channel,
            source=post.source,
            author=post.author,
            verdict=str(post.verdict),
            entity_types=list(post.entity_types),
            created_at=post.created_at,
            version_no=post.version_no,
        )


class PostOut(BaseModel):
    """A post with its current version."""

    id: int
    status: str
    channel: str
    source: str
    author: str
    text: str
    version_no: int
    version_hash: str
    verdict: str
    reasons: list[str]
    findings: list[FindingOut]
    redacted: str
    rejection_reason: str | None
    created_at: datetime
    updated_at: datetime
    decided_by: str | None

    @classmethod
    def of(cls, post: PostView) -> PostOut:
        """From the service's view."""
        return cls(
            id=post.id,
            status=str(post.status),
            channel=post.channel,
            source=post.source,
            author=post.author,
            text=post.text,
            version_no=post.version_no,
            version_hash=post.version_hash,
            verdict=str(post.verdict),
            reasons=list(post.reasons),
            findings=[_finding(f) for f in post.findings],
            redacted=post.redacted,
            rejection_reason=post.rejection_reason,
            created_at=post.created_at,
            updated_at=post.updated_at,
            decided_by=post.decided_by,
        )


def _finding(finding: FindingView) -> FindingOut:
    return FindingOut(
        start=finding.start,
        end=finding.end,
        entity_type=finding.entity_type,
        category=finding.category,
        score=round(finding.score, 3),
    )


class ErrorOut(BaseModel):
    """Every API error: a stable code and a message."""

    error: str
    detail: str
