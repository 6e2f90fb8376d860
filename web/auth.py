"""Who is asking: the session's user for the UI, the bearer token's user for the API."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from models.views import Role, UserView
from web.csrf import rotate_csrf
from web.deps import get_service

_USER_KEY = "user_id"
# Roles that may open the review queue and decide on held posts (the service checks the rest).
DECIDER_ROLES = frozenset({Role.MODERATOR, Role.REVIEWER, Role.ADMIN})

_bearer = HTTPBearer(auto_error=False, description="A token from `clearpost tokens create`")


class LoginRequired(Exception):
    """A UI page was asked for without a logged-in user."""


class RoleRequired(Exception):
    """The logged-in user's role does not allow this page."""


def login_session(request: Request, user: UserView) -> None:
    """Start a session for `user` (a new CSRF token, nothing kept from before)."""
    request.session.clear()
    request.session[_USER_KEY] = user.id
    rotate_csrf(request)


def logout_session(request: Request) -> None:
    """Forget the session's user."""
    request.session.clear()


def session_user(request: Request) -> UserView | None:
    """The logged-in user, or None (also when the account no longer exists)."""
    user_id = request.session.get(_USER_KEY)
    if not isinstance(user_id, int):
        return None
    user = get_service(request).get_user(user_id)
    if user is None:
        request.session.pop(_USER_KEY, None)
    return user


def require_user(request: Request) -> UserView:
    """Dependency of the UI pages: the logged-in user, else a redirect to the login page."""
    user = session_user(request)
    if user is None:
        raise LoginRequired()
    request.state.user = user
    return user


def require_roles(*roles: Role) -> Callable[[UserView], UserView]:
    """Dependency factory: the logged-in user when their role is one of `roles`."""
    allowed = frozenset(roles)

    def dependency(user: Annotated[UserView, Depends(require_user)]) -> UserView:
        if user.role not in allowed:
            raise RoleRequired()
        return user

    return dependency


def api_user(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> UserView:
    """Dependency of the JSON API: the user of `Authorization: Bearer <token>`, else 401."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(
            status_code=401,
            detail="missing bearer token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    user = get_service(request).user_for_token(credentials.credentials)
    if user is None:
        raise HTTPException(
            status_code=401,
            detail="invalid or revoked token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user
