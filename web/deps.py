"""Typed access to the app's collaborators (set on `app.state` by `create_app`)."""

from __future__ import annotations

from typing import cast

from fastapi import Request

from models.service import ReviewService
from web.settings import WebSettings


def get_service(request: Request) -> ReviewService:
    """The review service of this app."""
    return cast(ReviewService, request.app.state.service)


def get_settings(request: Request) -> WebSettings:
    """The settings this app was built with."""
    return cast(WebSettings, request.app.state.settings)
