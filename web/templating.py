"""Jinja2 templates, the context every page gets, and one-shot flash messages."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from fastapi import Request
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

from web.csrf import CSRF_FIELD, CSRF_HEADER, csrf_token
from web.highlight import highlight

TEMPLATE_DIR = Path(__file__).parent / "templates"
Level = Literal["info", "success", "error"]
_FLASH_KEY = "flash"


def flash(request: Request, message: str, level: Level = "info") -> None:
    """Keep a message for the next page this session renders."""
    pending = list(request.session.get(_FLASH_KEY, []))
    pending.append([level, message])
    request.session[_FLASH_KEY] = pending


def _pop_flashes(request: Request) -> list[tuple[str, str]]:
    pending = request.session.pop(_FLASH_KEY, [])
    return [(str(level), str(message)) for level, message in pending]


def format_time(value: object) -> str:
    """A timestamp as `YYYY-MM-DD HH:MM` UTC (strings are shown as they are)."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.strftime("%Y-%m-%d %H:%M")
    return "" if value is None else str(value)


def _context(request: Request) -> dict[str, Any]:
    return {
        "user": getattr(request.state, "user", None),
        "csrf_token": csrf_token(request),
        "csrf_field": CSRF_FIELD,
        "csrf_header": CSRF_HEADER,
        "flashes": _pop_flashes(request),
    }


def make_templates() -> Jinja2Templates:
    """The app's template set (autoescaping on)."""
    templates = Jinja2Templates(directory=TEMPLATE_DIR, context_processors=[_context])
    templates.env.filters["highlight"] = highlight
    templates.env.filters["time"] = format_time
    return templates


def render(
    request: Request,
    name: str,
    context: dict[str, Any] | None = None,
    status_code: int = 200,
) -> Response:
    """Render `name` with the app's templates."""
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, name, context or {}, status_code=status_code)


def is_htmx(request: Request) -> bool:
    """True when HTMX sent the request (answer with a fragment)."""
    return request.headers.get("HX-Request") == "true"
