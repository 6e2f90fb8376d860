"""Map errors to responses: JSON under `/api`, an HTML page (or redirect) elsewhere."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from models.errors import (
    IllegalTransition,
    InvalidInput,
    NotFound,
    PermissionDenied,
    ReviewError,
    StaleVersion,
)
from web.auth import LoginRequired, RoleRequired
from web.csrf import CsrfError
from web.templating import is_htmx, render

STALE_MESSAGE = "Too late: another reviewer decided first. Reload the post to see where it stands."

# (HTTP status, stable error code) of each service error, most specific first.
_REVIEW_ERRORS: tuple[tuple[type[ReviewError], int, str], ...] = (
    (NotFound, 404, "not_found"),
    (PermissionDenied, 403, "permission_denied"),
    (StaleVersion, 409, "stale_version"),
    (IllegalTransition, 409, "illegal_transition"),
    (InvalidInput, 422, "invalid_input"),
)


def review_error_status(exc: ReviewError) -> tuple[int, str, str]:
    """(status, code, message shown to the user) of a service error."""
    for kind, status, code in _REVIEW_ERRORS:
        if isinstance(exc, kind):
            message = STALE_MESSAGE if kind is StaleVersion else (str(exc) or code)
            return status, code, message
    return 400, "review_error", str(exc) or "request refused"


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error_page(request: Request, status: int, message: str) -> Response:
    return render(request, "error.html", {"status": status, "message": message}, status)


async def _on_review_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ReviewError)
    status, code, message = review_error_status(exc)
    if _is_api(request):
        return JSONResponse({"error": code, "detail": message}, status_code=status)
    return _error_page(request, status, message)


async def _on_csrf(request: Request, exc: Exception) -> Response:
    message = "The form has expired or did not come from this site: reload the page and retry."
    return _error_page(request, 403, message)


async def _on_login_required(request: Request, exc: Exception) -> Response:
    target = "/login"
    if request.method == "GET" and request.url.path not in ("/", "/login"):
        target = f"/login?next={request.url.path}"
    if is_htmx(request):
        return Response(status_code=200, headers={"HX-Redirect": target})
    return RedirectResponse(target, status_code=303)


async def _on_role_required(request: Request, exc: Exception) -> Response:
    return _error_page(request, 403, "Your role does not allow this page.")


async def _on_validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    # Never echo the offending input back: it may be post text.
    errors = [
        {"loc": [str(part) for part in error.get("loc", ())], "msg": str(error.get("msg", ""))}
        for error in exc.errors()
    ]
    if _is_api(request):
        return JSONResponse(
            {"error": "invalid_request", "detail": "invalid request", "errors": errors},
            status_code=422,
        )
    fields = ", ".join(".".join(e["loc"][1:]) or "request" for e in errors)
    return _error_page(request, 422, f"Invalid form: check {fields}.")


async def _on_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if _is_api(request) or request.url.path in ("/healthz", "/openapi.json"):
        return JSONResponse(
            {"error": "http_error", "detail": exc.detail},
            status_code=exc.status_code,
            headers=exc.headers,
        )
    return _error_page(request, exc.status_code, str(exc.detail))


def install_error_handlers(app: FastAPI) -> None:
    """Register every handler on `app`."""
    app.add_exception_handler(ReviewError, _on_review_error)
    app.add_exception_handler(CsrfError, _on_csrf)
    app.add_exception_handler(LoginRequired, _on_login_required)
    app.add_exception_handler(RoleRequired, _on_role_required)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
