"""Login, logout and the home redirect."""

from __future__ import annotations

import logging
import math
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from web.auth import DECIDER_ROLES, login_session, logout_session, session_user
from web.csrf import check_csrf
from web.deps import get_service
from web.templating import flash, render
from web.throttle import LoginThrottle

log = logging.getLogger(__name__)
router = APIRouter(dependencies=[Depends(check_csrf)], include_in_schema=False)

FIRST_RUN = "create the first admin with `clearpost users add NAME --role admin`"


def safe_next(target: str | None) -> str:
    """`target` when it is a path on this site, else `/` (no open redirects)."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"


@router.get("/")
def home(request: Request) -> Response:
    """Send each user to the page they start from."""
    user = session_user(request)
    if user is None:
        return RedirectResponse("/login", status_code=303)
    return RedirectResponse("/queue" if user.role in DECIDER_ROLES else "/mine", status_code=303)


@router.get("/login")
def login_page(request: Request, next: str | None = None) -> Response:
    """The login form, or the first-run message when no account exists yet."""
    first_run = get_service(request).count_users() == 0
    context = {"next": safe_next(next), "first_run": first_run, "first_run_text": FIRST_RUN}
    return render(request, "login.html", context)


@router.post("/login")
def login(
    request: Request,
    username: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=1000)],
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    """Check the password through the service and start a session; after too many failures
    for the account or from the address, ask to wait (429) without checking."""
    service = get_service(request)
    throttle: LoginThrottle = request.app.state.login_throttle
    keys = (
        "user:" + username.strip().lower(),
        "addr:" + (request.client.host if request.client else "unknown"),
    )
    context = {
        "next": safe_next(next),
        "first_run": service.count_users() == 0,
        "first_run_text": FIRST_RUN,
        "username": username,
    }
    wait = throttle.retry_after(*keys)
    if wait:
        log.warning("login throttled retry_after=%s", wait)
        minutes = max(1, math.ceil(wait / 60))
        context["error"] = (
            f"Too many failed sign-ins. Try again in {minutes} minute{'s' if minutes > 1 else ''}."
        )
        response = render(request, "login.html", context, status_code=429)
        response.headers["Retry-After"] = str(wait)
        return response
    user = service.authenticate(username.strip(), password)
    if user is None:
        throttle.failed(*keys)
        context["error"] = "Wrong username or password."
        return render(request, "login.html", context, status_code=401)
    throttle.succeeded(*keys)
    login_session(request, user)
    log.info("login user_id=%s", user.id)
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request) -> Response:
    """End the session."""
    logout_session(request)
    flash(request, "You are logged out.")
    return RedirectResponse("/login", status_code=303)
