"""The database tables (SQLModel). Only `models/` touches them.

Columns ending in `_enc` hold Fernet tokens (see `models.crypto`): post text, redacted text,
reason messages, finding values, rejection reasons and publishing-target configuration are never
stored in clear. The schema itself is created by the Alembic migrations in `models/migrations`,
which must match these classes (a test compares them).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlmodel import Field, SQLModel

from models.views import PostStatus, Role

STATUS_CHECK = "status IN ({})".format(", ".join(f"'{s.value}'" for s in PostStatus))
ROLE_CHECK = "role IN ({})".format(", ".join(f"'{r.value}'" for r in Role))


def utcnow() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back timezone-aware (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Refuse naive datetimes; store UTC (naive on SQLite, which has no zone)."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Read back as aware UTC."""
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _created() -> Any:
    return Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class User(SQLModel, table=True):
    """An account: a username, an argon2 password hash and one role."""

    __tablename__ = "users"
    __table_args__ = (CheckConstraint(ROLE_CHECK, name="ck_users_role"),)

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(sa_column=Column(String(64), nullable=False, unique=True))
    password_hash: str = Field(sa_column=Column(String(255), nullable=False))
    role: str = Field(sa_column=Column(String(16), nullable=False))
    created_at: datetime = _created()


class ApiToken(SQLModel, table=True):
    """An API token, stored as the SHA-256 of the random token (shown once at creation)."""

    __tablename__ = "api_tokens"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(
        sa_column=Column(Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    )
    token_hash: str = Field(sa_column=Column(String(64), nullable=False, unique=True))
    created_at: datetime = _created()


class Post(SQLModel, table=True):
    """A post under review. `status` changes only through `models.workflow`.

    `lock_version` is the optimistic lock: every change is `UPDATE ... WHERE lock_version = ?`.
    """

    __tablename__ = "posts"
    __table_args__ = (CheckConstraint(STATUS_CHECK, name="ck_posts_status"),)

    id: int | None = Field(default=None, primary_key=True)
    author_id: int = Field(
        sa_column=Column(Integer, ForeignKey("users.id"), nullable=False, index=True)
    )
    channel: str = Field(sa_column=Column(String(40), nullable=False, index=True))
    source: str = Field(sa_column=Column(String(40), nullable=False))
    status: str = Field(sa_column=Column(String(16), nullable=False, index=True))
    current_version_no: int = Field(sa_column=Column(Integer, nullable=False))
    lock_version: int = Field(sa_column=Column(Integer, nullable=False))
    rejection_reason_enc: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False, index=True)
    )
    updated_at: datetime = _created()


class PostVersion(SQLModel, table=True):
    """One version of a post's text; `version_hash` is what approvals bind to."""

    __tablename__ = "post_versions"
    __table_args__ = (UniqueConstraint("post_id", "version_no", name="uq_post_versions_no"),)

    id: int | None = Field(default=None, primary_key=True)
    post_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("posts.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    version_no: int = Field(sa_column=Column(Integer, nullable=False))
    kind: str = Field(sa_column=Column(String(16), nullable=False))
    text_enc: str = Field(sa_column=Column(Text, nullable=False))
    version_hash: str = Field(sa_column=Column(String(64), nullable=False))
    created_by_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("users.id"), nullable=True)
    )
    created_at: datetime = _created()


class Screening(SQLModel, table=True):
    """The screener's result for one version. Reason messages may quote the post: encrypted."""

    __tablename__ = "screenings"

    id: int | None = Field(default=None, primary_key=True)
    version_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("post_versions.id", ondelete="CASCADE"), nullable=False, unique=True
        )
    )
    verdict: str = Field(sa_column=Column(String(8), nullable=False))
    reason_rules: str = Field(sa_column=Column(Text, nullable=False))
    reasons_enc: str = Field(sa_column=Column(Text, nullable=False))
    redacted_enc: str = Field(sa_column=Column(Text, nullable=False))
    entity_types: str = Field(sa_column=Column(Text, nullable=False))
    language: str = Field(sa_column=Column(String(16), nullable=False))
    created_at: datetime = _created()


class Finding(SQLModel, table=True):
    """One span found by the screener; its surface text is encrypted."""

    __tablename__ = "findings"

    id: int | None = Field(default=None, primary_key=True)
    screening_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("screenings.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    start_offset: int = Field(sa_column=Column(Integer, nullable=False))
    end_offset: int = Field(sa_column=Column(Integer, nullable=False))
    entity_type: str = Field(sa_column=Column(String(64), nullable=False, index=True))
    category: str = Field(sa_column=Column(String(16), nullable=False))
    score: float = Field(sa_column=Column(Float, nullable=False))
    text_enc: str = Field(sa_column=Column(Text, nullable=False))


class Decision(SQLModel, table=True):
    """One status change of a post, with who made it (NULL actor: the system)."""

    __tablename__ = "decisions"

    id: int | None = Field(default=None, primary_key=True)
    post_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("posts.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    actor_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("users.id"), nullable=True)
    )
    action: str = Field(sa_column=Column(String(24), nullable=False))
    from_status: str | None = Field(default=None, sa_column=Column(String(16), nullable=True))
    to_status: str = Field(sa_column=Column(String(16), nullable=False))
    version_no: int = Field(sa_column=Column(Integer, nullable=False))
    version_hash: str = Field(sa_column=Column(String(64), nullable=False))
    cancelled: bool = Field(default=False, sa_column=Column(Boolean, nullable=False))
    created_at: datetime = _created()


class PublishingTarget(SQLModel, table=True):
    """Where approved posts may be published (platform, name, encrypted JSON configuration)."""

    __tablename__ = "publishing_targets"

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(sa_column=Column(String(32), nullable=False))
    name: str = Field(sa_column=Column(String(100), nullable=False, unique=True))
    config_enc: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = _created()


class AuditEvent(SQLModel, table=True):
    """One append-only audit event, chained to the previous one by `prev_hash`.

    `at` is stored as the exact ISO string that was hashed; `detail` is canonical JSON.
    `post_id` has no foreign key: the trail outlives what it talks about.
    """

    __tablename__ = "audit_events"

    seq: int = Field(sa_column=Column(Integer, primary_key=True, autoincrement=False))
    at: str = Field(sa_column=Column(String(40), nullable=False))
    actor: str = Field(sa_column=Column(String(100), nullable=False))
    action: str = Field(sa_column=Column(String(40), nullable=False, index=True))
    post_id: int | None = Field(default=None, sa_column=Column(Integer, nullable=True, index=True))
    version_hash: str | None = Field(default=None, sa_column=Column(String(64), nullable=True))
    detail: str = Field(sa_column=Column(Text, nullable=False))
    prev_hash: str = Field(sa_column=Column(String(64), nullable=False))
    hash: str = Field(sa_column=Column(String(64), nullable=False))


class AuditHead(SQLModel, table=True):
    """The single row holding the last seq and hash: appends lock it, so the chain never forks,
    and `verify_audit()` uses it to notice events deleted from the end."""

    __tablename__ = "audit_head"

    id: int = Field(sa_column=Column(Integer, primary_key=True, autoincrement=False))
    seq: int = Field(sa_column=Column(Integer, nullable=False))
    hash: str = Field(sa_column=Column(String(64), nullable=False))
