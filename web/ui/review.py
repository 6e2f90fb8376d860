"""The review queue, the post page and reviewers' decisions."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from models.errors import ReviewError
from models.views import PostStatus, PostSummary, PostView, UserView
from screener.entities import ENTITIES
from web.auth import DECIDER_ROLES, require_roles, require_user
from web.csrf import check_csrf
from web.deps import get_service, get_settings
from web.errors import review_error_status
from web.templating import flash, is_htmx, render

log = logging.getLogger(__name__)
router = APIRouter(dependencies=[Depends(check_csrf)], include_in_schema=False)

Action = Literal["approve", "approve_redacted", "edit", "reject"]
# "Older than" choices of the queue filter: form value -> (label, age).
AGE_CHOICES: dict[str, tuple[str, timedelta]] = {
    "1h": ("over 1 hour", timedelta(hours=1)),
    "4h": ("over 4 hours", timedelta(hours=4)),
    "24h": ("over 1 day", timedelta(days=1)),
    "72h": ("over 3 days", timedelta(days=3)),
}
DONE_WORDS = {
    "approve": "approved",
    "approve_redacted": "approved in its redacted version",
    "reject": "rejected",
    "edit": "edited and screened again",
}
_decider = require_roles(*DECIDER_ROLES)


def _matches(summary: PostSummary, entity_types: list[str]) -> bool:
    return not entity_types or bool(set(entity_types) & set(summary.entity_types))


@router.get("/queue")
def queue(
    request: Request,
    user: Annotated[UserView, Depends(_decider)],
    channel: str = "",
    source: str = "",
    age: str = "",
    entity_type: Annotated[list[str], Query()] = [],  # noqa: B006 (FastAPI copies defaults)
) -> Response:
    """Held posts, filtered by channel, source, age and entity types, with counts."""
    service = get_service(request)
    wanted = [t for t in entity_type if t in ENTITIES]
    posts = service.list_posts(
        user,
        status=PostStatus.HELD,
        channel=channel or None,
        source=source or None,
        entity_type=wanted[0] if len(wanted) == 1 else None,
        older_than=AGE_CHOICES[age][1] if age in AGE_CHOICES else None,
    )
    posts = [p for p in posts if _matches(p, wanted)]
    context = {
        "posts": posts,
        "filters": {"channel": channel, "source": source, "age": age, "entity_types": wanted},
        "filtered": bool(channel or source or age in AGE_CHOICES or wanted),
    }
    if is_htmx(request):
        return render(request, "_queue_rows.html", context)
    all_held = service.list_posts(user, status=PostStatus.HELD, limit=1000)
    context |= {
        "counts": service.queue_counts(),
        "channels": get_settings(request).channels,
        "sources": sorted({p.source for p in all_held}),
        "entity_types": sorted(ENTITIES),
        "ages": AGE_CHOICES,
    }
    return render(request, "queue.html", context)


def _post_page(
    request: Request, user: UserView, post: PostView, *, error: str = "", status_code: int = 200
) -> Response:
    can_decide = user.role in DECIDER_ROLES and post.status == PostStatus.HELD
    context = {
        "post": post,
        "can_decide": can_decide,
        "own_post": post.author == user.username,
        "error": error,
        "max_chars": get_settings(request).max_text_chars,
    }
    return render(request, "post.html", context, status_code=status_code)


@router.get("/posts/{post_id}")
def post_page(
    request: Request, post_id: int, user: Annotated[UserView, Depends(require_user)]
) -> Response:
    """One post: its text with findings highlighted, reasons, redacted text, decisions."""
    return _post_page(request, user, get_service(request).get_post(user, post_id))


@router.post("/posts/{post_id}/decision")
def decide(
    request: Request,
    post_id: int,
    user: Annotated[UserView, Depends(require_user)],
    action: Annotated[Action, Form()],
    version_hash: Annotated[str, Form(max_length=200)],
    text: Annotated[str | None, Form()] = None,
    reason: Annotated[str | None, Form(max_length=2000)] = None,
) -> Response:
    """Apply a decision; service errors are shown on the post page with their status."""
    service = get_service(request)
    problem = ""
    if action == "reject" and not (reason or "").strip():
        problem = "Give a reason to reject the post: the author will see it."
    elif action == "edit" and not (text or "").strip():
        problem = "The edited text is empty."
    elif action == "edit" and len(text or "") > get_settings(request).max_text_chars:
        problem = f"The text is over {get_settings(request).max_text_chars} characters."
    if problem:
        return _post_page(
            request, user, service.get_post(user, post_id), error=problem, status_code=422
        )
    try:
        post = service.decide(
            user,
            post_id,
            action,
            version_hash=version_hash,
            text=text if action == "edit" else None,
            reason=reason.strip() if action == "reject" and reason else None,
        )
    except ReviewError as exc:
        status, code, message = review_error_status(exc)
        log.info("decision refused post_id=%s action=%s code=%s", post_id, action, code)
        if status == 404:
            raise
        return _post_page(
            request, user, service.get_post(user, post_id), error=message, status_code=status
        )
    log.info("decision post_id=%s action=%s user_id=%s", post_id, action, user.id)
    if action == "edit":
        flash(request, f"Post #{post_id} {DONE_WORDS[action]}: now {post.status}.", "success")
        return RedirectResponse(f"/posts/{post_id}", status_code=303)
    flash(request, f"Post #{post_id} {DONE_WORDS[action]}.", "success")
    return RedirectResponse("/queue", status_code=303)
