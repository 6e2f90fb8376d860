"""Users, passwords (argon2id) and API tokens (random, stored as SHA-256).

Functions here work inside the caller's session; `ReviewService` adds permissions and audit.
"""

from __future__ import annotations

import hashlib
import re
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func
from sqlmodel import Session, col, select

from models.errors import InvalidInput
from models.tables import ApiToken, User
from models.views import Role, UserView

USERNAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}")
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 1024
TOKEN_PREFIX = "cpt_"


def parse_role(value: str | Role) -> Role:
    """The Role named by `value`, or InvalidInput."""
    try:
        return Role(value)
    except ValueError:
        choices = ", ".join(r.value for r in Role)
        raise InvalidInput(f"unknown role {value!r} (one of {choices})") from None


def check_username(username: str) -> str:
    """`username` if well formed (letters, digits, `_.@-`, at most 64), else InvalidInput."""
    if not USERNAME_PATTERN.fullmatch(username):
        raise InvalidInput(
            "a username is 1-64 letters, digits or _ . @ - and starts with a letter or digit"
        )
    return username


def check_password(password: str) -> str:
    """`password` if long enough, else InvalidInput (the password is never echoed)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise InvalidInput(f"a password has at most {MAX_PASSWORD_LENGTH} characters")
    return password


def to_view(user: User) -> UserView:
    """The public view of a stored user."""
    assert user.id is not None
    return UserView(id=user.id, username=user.username, role=Role(user.role))


def find_user(session: Session, username: str) -> User | None:
    """The user called `username`, if any."""
    return session.exec(select(User).where(User.username == username)).one_or_none()


def list_users(session: Session) -> list[User]:
    """Every user, by username."""
    return list(session.exec(select(User).order_by(col(User.username))))


def count_users(session: Session) -> int:
    """How many users exist."""
    return int(session.exec(select(func.count()).select_from(User)).one())


def count_admins(session: Session) -> int:
    """How many users have the admin role."""
    query = select(func.count()).select_from(User).where(User.role == Role.ADMIN.value)
    return int(session.exec(query).one())


def add_user(
    session: Session, hasher: PasswordHasher, username: str, password: str, role: Role
) -> User:
    """Store a new user with an argon2 hash of `password`; InvalidInput if the name is taken."""
    check_username(username)
    check_password(password)
    if find_user(session, username) is not None:
        raise InvalidInput(f"user {username!r} already exists")
    user = User(username=username, password_hash=hasher.hash(password), role=role.value)
    session.add(user)
    session.flush()
    return user


class PasswordChecker:
    """Verifies passwords in constant-ish time, also for unknown users."""

    def __init__(self, hasher: PasswordHasher) -> None:
        self.hasher = hasher
        self._dummy_hash: str | None = None

    def verify(self, user: User | None, password: str) -> bool:
        """True when `password` matches `user`'s hash (a dummy hash is checked for None)."""
        if user is None:
            if self._dummy_hash is None:
                self._dummy_hash = self.hasher.hash(secrets.token_urlsafe(16))
            self._safe_verify(self._dummy_hash, password)
            return False
        return self._safe_verify(user.password_hash, password)

    def needs_rehash(self, user: User) -> bool:
        """True when the stored hash uses older parameters than the current hasher."""
        return self.hasher.check_needs_rehash(user.password_hash)

    def _safe_verify(self, stored: str, password: str) -> bool:
        try:
            return self.hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False


def hash_token(token: str) -> str:
    """The stored form of an API token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_token(session: Session, user: User) -> tuple[ApiToken, str]:
    """Store a new token for `user`; returns the row and the plain token (show it once)."""
    assert user.id is not None
    plain = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(user_id=user.id, token_hash=hash_token(plain))
    session.add(row)
    session.flush()
    return row, plain


def user_for_token(session: Session, token: str) -> User | None:
    """The owner of `token`, or None for an unknown or malformed token."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    query = select(User).join(ApiToken, col(ApiToken.user_id) == col(User.id))
    return session.exec(query.where(ApiToken.token_hash == hash_token(token))).one_or_none()
