"""`create_app`: the FastAPI application (UI, JSON API, health check) around a ReviewService."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from web.api.routes import router as api_router
from web.deps import get_service
from web.errors import install_error_handlers
from web.headers import SecurityHeadersMiddleware
from web.settings import WebSettings
from web.templating import make_templates
from web.throttle import LoginThrottle
from web.ui import audit, auth, drafts, review

if TYPE_CHECKING:
    from models.posts import ScreenerLike
    from models.service import ReviewService

log = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).parent / "static"
SESSION_COOKIE = "clearpost_session"


def build_service(settings: WebSettings, screener: ScreenerLike | None = None) -> ReviewService:
    """The review service described by `settings` (loads the screener's models when needed)."""
    from models.crypto import ContentCipher
    from models.db import create_db_engine
    from models.service import ReviewService

    if screener is None:
        from screener.engine import Screener
        from screener.settings import ScreenerSettings

        screener = Screener.from_settings(ScreenerSettings())
    engine = create_db_engine(settings.database_url)
    cipher = ContentCipher.from_settings(settings.secret_key, settings.key_file)
    service = ReviewService(engine, cipher, screener)
    if settings.auto_migrate:
        service.create_schema()
    return service


def _healthz(request: Request) -> JSONResponse:
    try:
        get_service(request).count_users()
    except Exception as exc:  # any database failure makes the instance unhealthy
        log.warning("health check failed: %s", type(exc).__name__)
        return JSONResponse({"status": "error", "detail": "database unavailable"}, 503)
    return JSONResponse({"status": "ok"})


def create_app(
    settings: WebSettings,
    *,
    service: ReviewService | None = None,
    screener: ScreenerLike | None = None,
) -> FastAPI:
    """The web application; `service` (or `screener`) can be passed in, e.g. by tests."""
    app = FastAPI(
        title="Clearpost",
        summary="Privacy screening and review of health-related social-media posts",
        version="0.1.0",
        max_body_size=settings.max_body_bytes,
        # Swagger UI and ReDoc fetch their scripts from a CDN: only when asked for
        docs_url="/docs" if settings.api_docs else None,
        redoc_url="/redoc" if settings.api_docs else None,
    )
    app.state.settings = settings
    app.state.service = service if service is not None else build_service(settings, screener)
    app.state.templates = make_templates()
    app.state.login_throttle = LoginThrottle(
        settings.login_max_failures, settings.login_window_seconds
    )

    install_error_handlers(app)
    app.add_api_route("/healthz", _healthz, methods=["GET"], tags=["health"])
    app.include_router(api_router)
    # /posts/new is declared before /posts/{post_id}.
    for module in (auth, drafts, review, audit):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.session_key(),
        session_cookie=SESSION_COOKIE,
        max_age=settings.session_max_age,
        same_site="lax",
        https_only=settings.cookie_secure,
    )
    app.add_middleware(SecurityHeadersMiddleware)
    return app
