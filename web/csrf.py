"""Per-session CSRF tokens: every unsafe request of the UI must carry the session's token.

Forms send it as the `csrf_token` field; HTMX sends it as the `X-CSRF-Token` header (set once
on `<body hx-headers=...>`).
"""

from __future__ import annotations

import hmac
import secrets

from fastapi import Request

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
_SESSION_KEY = "csrf"
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class CsrfError(Exception):
    """An unsafe request without the session's CSRF token."""


def csrf_token(request: Request) -> str:
    """This session's token, created on first use."""
    token = request.session.get(_SESSION_KEY)
    if not isinstance(token, str) or not token:
        token = secrets.token_urlsafe(32)
        request.session[_SESSION_KEY] = token
    return token


def rotate_csrf(request: Request) -> str:
    """A fresh token (called when the session's user changes)."""
    request.session[_SESSION_KEY] = secrets.token_urlsafe(32)
    return str(request.session[_SESSION_KEY])


async def check_csrf(request: Request) -> None:
    """Dependency of the UI routes: refuse an unsafe request whose token does not match."""
    if request.method in _SAFE_METHODS:
        return
    expected = request.session.get(_SESSION_KEY)
    sent = request.headers.get(CSRF_HEADER)
    if not sent:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            value = (await request.form()).get(CSRF_FIELD)
            sent = value if isinstance(value, str) else None
    if not isinstance(expected, str) or not sent or not hmac.compare_digest(expected, sent):
        raise CsrfError("missing or wrong CSRF token")
