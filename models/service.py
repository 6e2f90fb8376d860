"""`ReviewService`: the one entry point of `web/`, the CLI and the bots into `models/`.

Permissions are checked against the actor's role as stored now (not as cached in a UserView).
An actor is a `UserView` (a signed-in user), a string naming a trusted local caller such as
`cli:alice` (recorded as is in the audit trail, no role check) or None (the system).
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager
from datetime import datetime, timedelta
from typing import Any, Literal

from argon2 import PasswordHasher
from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from models import accounts, audit, lifecycle, posts, rotation, workflow
from models.crypto import ContentCipher
from models.db import session_scope, upgrade_schema, write_engine
from models.decisions import DecisionRequest, apply_decision, prepare_decision
from models.errors import InvalidInput, NotFound, PermissionDenied
from models.permissions import SUPPORT_CHANNEL, require_admin, require_view
from models.posts import ScreenerLike
from models.tables import Post, User, utcnow
from models.validation import (
    check_action,
    check_name,
    check_reason,
    check_text,
    clamp_limit,
    parse_status,
)
from models.views import (
    AuditEventView,
    DecisionAction,
    PostStatus,
    PostSummary,
    PostView,
    Role,
    UserView,
    VerifyReport,
)
from screener.types import ScreenResult

log = logging.getLogger(__name__)

Actor = UserView | str | None


class ReviewService:
    """Accounts, posts, decisions and the audit trail over one database."""

    def __init__(
        self,
        engine: Engine,
        cipher: ContentCipher,
        screener: ScreenerLike | None,
        *,
        password_hasher: PasswordHasher | None = None,
    ) -> None:
        self._engine = engine
        self._writer = write_engine(engine)
        self._cipher = cipher
        self._screener = screener
        self._passwords = accounts.PasswordChecker(password_hasher or PasswordHasher())

    @property
    def cipher(self) -> ContentCipher:
        """The key ring in use."""
        return self._cipher

    def create_schema(self) -> None:
        """Run the Alembic migrations to head (idempotent)."""
        upgrade_schema(self._engine)

    # -- accounts -----------------------------------------------------------------------------

    def create_user(
        self, username: str, password: str, role: Role | str, *, actor: Actor = None
    ) -> UserView:
        """Create a user (an admin, or a trusted caller such as the CLI or first-run setup)."""
        role = accounts.parse_role(role)
        with self._write() as s:
            label = self._require_admin(s, actor)
            user = accounts.add_user(s, self._passwords.hasher, username, password, role)
            audit.append_event(
                s, actor=label, action="user_add", detail={"username": username, "role": role.value}
            )
            log.info("user %s created with role %s", user.id, role.value)
            return accounts.to_view(user)

    def authenticate(self, username: str, password: str) -> UserView | None:
        """The user if the password matches, else None; records `login` or `login_failed`."""
        with self._read() as s:
            user = accounts.find_user(s, username)
        ok = self._passwords.verify(user, password)
        with self._write() as s:
            if not ok or user is None:
                audit.append_event(
                    s,
                    actor=user.username if user is not None else "unknown",
                    action="login_failed",
                    detail={"known_user": user is not None},
                )
                return None
            if self._passwords.needs_rehash(user):
                stored = s.get(User, user.id)
                if stored is not None:
                    stored.password_hash = self._passwords.hasher.hash(password)
                    s.add(stored)
            audit.append_event(s, actor=user.username, action="login")
            return accounts.to_view(user)

    def set_role(self, actor: Actor, username: str, role: Role | str) -> UserView:
        """Change a user's role (admins only); the last admin cannot be demoted."""
        role = accounts.parse_role(role)
        with self._write() as s:
            label = self._require_admin(s, actor)
            user = self._user_named(s, username)
            old = Role(user.role)
            if old is Role.ADMIN and role is not Role.ADMIN and accounts.count_admins(s) <= 1:
                raise InvalidInput("the last admin cannot lose the admin role")
            user.role = role.value
            s.add(user)
            audit.append_event(
                s,
                actor=label,
                action="role_change",
                detail={"username": username, "from": old.value, "to": role.value},
            )
            return accounts.to_view(user)

    def create_token(self, username: str, *, actor: Actor = None) -> str:
        """A new API token for `username`, returned in clear once (only its hash is stored)."""
        with self._write() as s:
            user = self._user_named(s, username)
            if isinstance(actor, UserView) and actor.id != user.id:
                self._require_admin(s, actor)
            row, plain = accounts.add_token(s, user)
            audit.append_event(
                s,
                actor=self._label(actor),
                action="token_create",
                detail={"username": username, "token_id": row.id},
            )
            return plain

    def user_for_token(self, token: str) -> UserView | None:
        """The owner of an API token, or None."""
        with self._read() as s:
            user = accounts.user_for_token(s, token)
            return accounts.to_view(user) if user is not None else None

    def get_user(self, user_id: int) -> UserView | None:
        """The user with this id, or None."""
        with self._read() as s:
            user = s.get(User, user_id)
            return accounts.to_view(user) if user is not None else None

    def count_users(self) -> int:
        """How many users exist (0 means first-run setup is needed)."""
        with self._read() as s:
            return accounts.count_users(s)

    def list_users(self, actor: Actor = None) -> list[UserView]:
        """Every user, by username (admins, or a trusted caller)."""
        with self._read() as s:
            self._require_admin(s, actor)
            return [accounts.to_view(u) for u in accounts.list_users(s)]

    # -- posts ---------------------------------------------------------------------------------

    def screen(self, text: str, channel: str) -> ScreenResult:
        """Screen text without storing anything."""
        return self._screen(check_text(text), check_name(channel, "channel"))

    def submit(self, actor: UserView, text: str, channel: str, source: str = "web") -> PostView:
        """Screen and store a post: held, or approved by the system when it passes."""
        text = check_text(text)
        channel = check_name(channel, "channel")
        source = check_name(source, "source")
        result = self._screen(text, channel)
        with self._write() as s:
            post = lifecycle.intake(
                s,
                self._cipher,
                self._load(s, actor),
                text,
                channel=channel,
                source=source,
                result=result,
            )
            log.info(
                "post %s submitted: %s %s", post.id, post.status, posts.entity_types_of(result)
            )
            return self._view(s, post)

    def list_posts(
        self,
        actor: UserView,
        *,
        status: PostStatus | str | None = None,
        channel: str | None = None,
        source: str | None = None,
        entity_type: str | None = None,
        older_than: datetime | timedelta | None = None,
        mine: bool = False,
        limit: int = 100,
    ) -> list[PostSummary]:
        """Posts the actor may see, filtered; held posts oldest first, others newest first."""
        limit = clamp_limit(limit)
        with self._read() as s:
            user = self._load(s, actor)
            role = Role(user.role)
            return posts.query_summaries(
                s,
                visible_author_id=user.id if role in (Role.SUBMITTER, Role.MODERATOR) else None,
                visible_channel=SUPPORT_CHANNEL if role is Role.MODERATOR else None,
                status=parse_status(status) if status is not None else None,
                channel=channel,
                source=source,
                entity_type=entity_type,
                older_than=older_than,
                author_id=user.id if mine else None,
                limit=limit,
            )

    def queue_counts(self) -> dict[str, int]:
        """How many posts are in each status (every status present, zeros included)."""
        with self._read() as s:
            rows = s.exec(select(Post.status, func.count()).group_by(col(Post.status)))
            found = {status: int(count) for status, count in rows}
        return {status.value: found.get(status.value, 0) for status in PostStatus}

    def get_post(self, actor: UserView, post_id: int) -> PostView:
        """One post with its content; a view of a held post is recorded in the audit trail."""
        with self._read() as s:
            user = self._load(s, actor)
            post = posts.get_post_row(s, post_id)
            require_view(user, post)
            view = self._view(s, post)
        if view.status is PostStatus.HELD:
            self.record(actor, "view", post_id=post_id, version_hash=view.version_hash)
        return view

    def decide(
        self,
        actor: UserView,
        post_id: int,
        action: DecisionAction | str,
        *,
        version_hash: str,
        text: str | None = None,
        reason: str | None = None,
    ) -> PostView:
        """Approve, approve redacted, edit or reject a held post at version `version_hash`."""
        try:
            act = DecisionAction(action)
        except ValueError:
            raise InvalidInput(f"unknown action {action!r}") from None
        if act is DecisionAction.EDIT:
            text = check_text(text)
        if act is DecisionAction.REJECT:
            reason = check_reason(reason)
        request = DecisionRequest(act, post_id, version_hash, text=text, reason=reason)
        with self._read() as s:
            user = self._load(s, actor)
            new_text, channel = prepare_decision(s, self._cipher, user, request)
        result = self._screen(new_text, channel) if new_text is not None else None
        with self._write() as s:
            user = self._load(s, actor)
            post = apply_decision(s, self._cipher, user, request, new_text, result)
            log.info("post %s: %s by user %s -> %s", post_id, act.value, user.id, post.status)
            return self._view(s, post)

    def mark_published(self, actor: Actor, post_id: int, *, version_hash: str) -> PostView:
        """Record that the approved version was published (approved or failed -> published)."""
        return self._after_approval(actor, post_id, version_hash, PostStatus.PUBLISHED, {})

    def mark_failed(
        self, actor: Actor, post_id: int, *, version_hash: str, error_code: str
    ) -> PostView:
        """Record that publishing the approved version failed (approved -> failed)."""
        code = check_name(error_code, "error code")
        return self._after_approval(
            actor, post_id, version_hash, PostStatus.FAILED, {"error": code}
        )

    def expire_held(self, *, older_than: timedelta, actor: Actor = None) -> list[int]:
        """Expire held posts not changed for `older_than`; returns the ids expired."""
        with self._read() as s:
            self._require_admin(s, actor)
            query = select(Post.id).where(
                Post.status == PostStatus.HELD.value, col(Post.updated_at) < utcnow() - older_than
            )
            candidates = [post_id for post_id in s.exec(query) if post_id is not None]
        expired = []
        for post_id in candidates:
            with self._write() as s:
                if lifecycle.expire(s, post_id, actor_name=self._label(actor)):
                    expired.append(post_id)
        return expired

    # -- audit ---------------------------------------------------------------------------------

    def record(
        self,
        actor: Actor,
        action: str,
        *,
        post_id: int | None = None,
        version_hash: str | None = None,
        detail: dict[str, Any] | None = None,
    ) -> None:
        """Append an audit event (detail: ids, statuses, entity types; never post text)."""
        check_action(action)
        with self._write() as s:
            audit.append_event(
                s,
                actor=self._label(actor),
                action=action,
                post_id=post_id,
                version_hash=version_hash,
                detail=detail,
            )

    def audit_events(
        self, actor: UserView, *, limit: int = 200, post_id: int | None = None
    ) -> list[AuditEventView]:
        """Newest events first: admins see all; others a post's events if they may see it."""
        with self._read() as s:
            user = self._load(s, actor)
            if Role(user.role) is not Role.ADMIN:
                if post_id is None:
                    raise PermissionDenied("only admins can read the whole audit trail")
                require_view(user, posts.get_post_row(s, post_id))
            events = audit.list_events(s, limit=clamp_limit(limit), post_id=post_id)
            return [audit.to_view(e) for e in events]

    def verify_audit(self) -> VerifyReport:
        """Check the whole hash chain; problems name the seq concerned."""
        with self._read() as s:
            return audit.verify_chain(s)

    def export_audit(self, fmt: Literal["csv", "json"] | str, *, actor: Actor = None) -> str:
        """The whole trail as CSV or JSON (admins, or a trusted caller); records an export."""
        with self._read() as s:
            self._require_admin(s, actor)
            body = audit.export_events(s, fmt)
        self.record(actor, "export", detail={"format": fmt})
        return body

    def rotate_keys(self, new_cipher: ContentCipher, *, actor: Actor = None) -> int:
        """Re-encrypt all content under `new_cipher`'s newest key (which must still read the
        old keys); afterwards this service uses it. Returns how many values were rewritten."""
        with self._read() as s:
            self._require_admin(s, actor)
        count = rotation.reencrypt_all(self._engine, new_cipher)
        for _ in range(3):  # catch values written under an old key by another process meanwhile
            if rotation.reencrypt_all(self._engine, new_cipher, only_stale=True) == 0:
                break
        self._cipher = new_cipher
        self.record(actor, "key_rotation", detail={"key_id": new_cipher.key_id, "values": count})
        log.info("re-encrypted %s values under key %s", count, new_cipher.key_id)
        return count

    # -- helpers -------------------------------------------------------------------------------

    def _read(self) -> AbstractContextManager[Session]:
        return session_scope(self._engine)

    def _write(self) -> AbstractContextManager[Session]:
        return session_scope(self._writer)

    def _screen(self, text: str, channel: str) -> ScreenResult:
        if self._screener is None:
            raise RuntimeError("this ReviewService was built without a screener")
        return self._screener.screen(text, channel=channel)

    def _view(self, s: Session, post: Post) -> PostView:
        assert post.id is not None
        found, decider = workflow.last_decider(s, post.id)
        name = workflow.actor_label(decider) if found else None
        return posts.build_view(s, self._cipher, post, decided_by=name)

    def _after_approval(
        self,
        actor: Actor,
        post_id: int,
        version_hash: str,
        target: PostStatus,
        detail: dict[str, Any],
    ) -> PostView:
        with self._write() as s:
            user = self._load(s, actor) if isinstance(actor, UserView) else None
            post = posts.get_post_row(s, post_id)
            if user is not None:
                require_view(user, post)
            lifecycle.finish(
                s,
                post,
                target,
                version_hash=version_hash,
                actor=user,
                actor_name=self._label(actor),
                detail=detail,
            )
            return self._view(s, post)

    def _load(self, s: Session, actor: UserView) -> User:
        user = s.get(User, actor.id)
        if user is None:
            raise PermissionDenied(f"user {actor.id} no longer exists")
        return user

    def _user_named(self, s: Session, username: str) -> User:
        user = accounts.find_user(s, username)
        if user is None:
            raise NotFound(f"user {username!r} does not exist")
        return user

    def _label(self, actor: Actor) -> str:
        if isinstance(actor, UserView):
            return actor.username
        return actor if actor else audit.SYSTEM_ACTOR

    def _require_admin(self, s: Session, actor: Actor) -> str:
        if isinstance(actor, UserView):
            require_admin(self._load(s, actor))
        return self._label(actor)
