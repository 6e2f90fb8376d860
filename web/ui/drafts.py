"""Writing a post: the draft page screening as you type, submission and "my posts"."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from models.errors import ReviewError
from models.views import PostStatus, UserView
from web.auth import require_user
from web.csrf import check_csrf
from web.deps import get_service, get_settings
from web.errors import review_error_status
from web.templating import flash, render

log = logging.getLogger(__name__)
router = APIRouter(dependencies=[Depends(check_csrf)], include_in_schema=False)


def _draft_problem(request: Request, text: str, channel: str) -> str:
    settings = get_settings(request)
    if channel not in settings.channels:
        return f"Unknown channel: choose one of {', '.join(settings.channels)}."
    if len(text) > settings.max_text_chars:
        return f"The post is over {settings.max_text_chars} characters."
    return ""


@router.get("/posts/new")
def new_draft(request: Request, user: Annotated[UserView, Depends(require_user)]) -> Response:
    """The draft form; the verdict updates as the user types."""
    settings = get_settings(request)
    context = {"channels": settings.channels, "max_chars": settings.max_text_chars}
    return render(request, "draft.html", context)


@router.post("/drafts/screen")
def screen_draft(
    request: Request,
    user: Annotated[UserView, Depends(require_user)],
    text: Annotated[str, Form()] = "",
    channel: Annotated[str, Form(max_length=100)] = "comms",
) -> Response:
    """HTMX fragment: the verdict of the draft as it stands (nothing is stored)."""
    problem = _draft_problem(request, text, channel)
    result = None
    if not problem and text.strip():
        result = get_service(request).screen(text, channel)
    context = {"result": result, "text": text, "problem": problem}
    return render(request, "_verdict.html", context)


@router.post("/posts")
def submit(
    request: Request,
    user: Annotated[UserView, Depends(require_user)],
    text: Annotated[str, Form()],
    channel: Annotated[str, Form(max_length=100)],
) -> Response:
    """Store the post; a held post waits for a reviewer."""
    problem = _draft_problem(request, text, channel) or ("" if text.strip() else "Write a post.")
    service = get_service(request)
    if not problem:
        try:
            post = service.submit(user, text, channel, source="web")
        except ReviewError as exc:
            problem = review_error_status(exc)[2]
        else:
            log.info("submitted post_id=%s status=%s", post.id, post.status)
            held = post.status == PostStatus.HELD
            message = "held for review" if held else str(post.status)
            flash(request, f"Post #{post.id} submitted: {message}.", "success")
            return RedirectResponse("/mine", status_code=303)
    settings = get_settings(request)
    context = {
        "channels": settings.channels,
        "max_chars": settings.max_text_chars,
        "text": text,
        "channel": channel,
        "error": problem,
    }
    return render(request, "draft.html", context, status_code=422)


@router.get("/mine")
def my_posts(request: Request, user: Annotated[UserView, Depends(require_user)]) -> Response:
    """The user's own posts with their status and, when rejected, the reason."""
    service = get_service(request)
    posts = service.list_posts(user, mine=True)
    # Summaries carry no rejection reason: fetch it for the rejected posts only.
    reasons = {
        p.id: service.get_post(user, p.id).rejection_reason
        for p in posts
        if p.status == PostStatus.REJECTED
    }
    return render(request, "mine.html", {"posts": posts, "reasons": reasons})
