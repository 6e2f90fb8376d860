"""The audit trail for admins: recent events, chain verification and export."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Form, Request
from starlette.responses import Response

from models.views import Role, UserView
from web.auth import require_roles
from web.csrf import check_csrf
from web.deps import get_service
from web.templating import is_htmx, render

log = logging.getLogger(__name__)
router = APIRouter(dependencies=[Depends(check_csrf)], include_in_schema=False)
_admin = require_roles(Role.ADMIN)
_MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json"}


@router.get("/audit")
def audit_page(
    request: Request,
    user: Annotated[UserView, Depends(_admin)],
    post_id: int | None = None,
) -> Response:
    """The latest audit events, optionally for one post."""
    events = get_service(request).audit_events(user, limit=200, post_id=post_id)
    return render(request, "audit.html", {"events": events, "post_id": post_id})


@router.post("/audit/verify")
def verify(request: Request, user: Annotated[UserView, Depends(_admin)]) -> Response:
    """Check the audit chain; HTMX gets the result fragment only."""
    report = get_service(request).verify_audit()
    log.info("audit verified ok=%s checked=%s", report.ok, report.checked)
    if is_htmx(request):
        return render(request, "_verify.html", {"report": report})
    events = get_service(request).audit_events(user, limit=200)
    return render(request, "audit.html", {"events": events, "report": report, "post_id": None})


@router.post("/audit/export")
def export(
    request: Request,
    user: Annotated[UserView, Depends(_admin)],
    fmt: Annotated[Literal["csv", "json"], Form()],
) -> Response:
    """Download the whole trail as CSV or JSON (the export itself is audited)."""
    body = get_service(request).export_audit(fmt, actor=user)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    log.info("audit exported fmt=%s user_id=%s", fmt, user.id)
    return Response(
        body,
        media_type=_MEDIA_TYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="clearpost-audit-{stamp}.{fmt}"'},
    )
