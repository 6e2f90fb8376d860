"""`/api/v1`: screen, submit, list, read and decide on posts with a bearer token."""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from models.errors import InvalidInput
from models.views import PostStatus, UserView
from web.api.schemas import (
    DecisionIn,
    ErrorOut,
    PostIn,
    PostOut,
    PostSummaryOut,
    ScreenIn,
    ScreenOut,
)
from web.auth import api_user
from web.deps import get_service, get_settings

log = logging.getLogger(__name__)

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "missing or invalid bearer token"},
    422: {"model": ErrorOut, "description": "invalid input"},
}
router = APIRouter(prefix="/api/v1", tags=["api"], responses=_ERRORS)
ApiUser = Annotated[UserView, Depends(api_user)]


def _check(request: Request, text: str | None, channel: str | None) -> None:
    settings = get_settings(request)
    if text is not None and len(text) > settings.max_text_chars:
        raise InvalidInput(f"text is over {settings.max_text_chars} characters")
    if channel is not None and channel not in settings.channels:
        raise InvalidInput(f"unknown channel: use one of {', '.join(settings.channels)}")


@router.post("/screen")
def screen(request: Request, body: ScreenIn, user: ApiUser) -> ScreenOut:
    """Screen a text without storing it: verdict, reasons, findings (no surface text)."""
    _check(request, body.text, body.channel)
    return ScreenOut.of(get_service(request).screen(body.text, body.channel))


@router.post("/posts", status_code=201)
def submit(request: Request, body: PostIn, user: ApiUser) -> PostOut:
    """Submit a post: screened, stored, held for review or approved."""
    _check(request, body.text, body.channel)
    post = get_service(request).submit(user, body.text, body.channel, source=body.source)
    log.info("api submitted post_id=%s status=%s", post.id, post.status)
    return PostOut.of(post)


@router.get("/posts")
def list_posts(
    request: Request,
    user: ApiUser,
    status: Annotated[PostStatus | None, Query()] = None,
    mine: bool = False,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[PostSummaryOut]:
    """Posts the token's user may see (summaries, no text)."""
    posts = get_service(request).list_posts(user, status=status, mine=mine, limit=limit)
    return [PostSummaryOut.of(p) for p in posts]


@router.get("/posts/{post_id}", responses={404: {"model": ErrorOut}})
def get_post(request: Request, post_id: int, user: ApiUser) -> PostOut:
    """One post with its current version."""
    return PostOut.of(get_service(request).get_post(user, post_id))


@router.post(
    "/posts/{post_id}/decision",
    responses={
        403: {"model": ErrorOut, "description": "role, channel or own post"},
        404: {"model": ErrorOut},
        409: {"model": ErrorOut, "description": "stale version or illegal transition"},
    },
)
def decide(request: Request, post_id: int, body: DecisionIn, user: ApiUser) -> PostOut:
    """Approve, approve redacted, edit (re-screened) or reject the current version."""
    if body.action == "reject" and not (body.reason or "").strip():
        raise InvalidInput("a reason is required to reject")
    if body.action == "edit" and body.text is None:
        raise InvalidInput("text is required to edit")
    _check(request, body.text, None)
    post = get_service(request).decide(
        user,
        post_id,
        body.action,
        version_hash=body.version_hash,
        text=body.text,
        reason=body.reason,
    )
    log.info("api decision post_id=%s action=%s user_id=%s", post_id, body.action, user.id)
    return PostOut.of(post)
