"""Checks on values that callers hand to the service (messages never echo post text)."""

from __future__ import annotations

import re

from models.errors import InvalidInput
from models.views import PostStatus

NAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")
ACTION_PATTERN = re.compile(r"[a-z][a-z0-9_.]{0,39}")
MAX_TEXT_LENGTH = 20_000
MAX_REASON_LENGTH = 2_000
MAX_LIMIT = 1_000


def check_text(text: str | None) -> str:
    """Post text: not blank, at most MAX_TEXT_LENGTH characters."""
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput("the text is empty")
    if len(text) > MAX_TEXT_LENGTH:
        raise InvalidInput(f"the text is longer than {MAX_TEXT_LENGTH} characters")
    return text


def check_reason(reason: str | None) -> str:
    """A rejection reason: stripped, 1 to MAX_REASON_LENGTH characters."""
    cleaned = (reason or "").strip()
    if not cleaned or len(cleaned) > MAX_REASON_LENGTH:
        raise InvalidInput(f"a rejection needs a reason of 1-{MAX_REASON_LENGTH} characters")
    return cleaned


def check_name(value: str, what: str) -> str:
    """A channel, source or error code: 1-40 lower-case letters, digits, `_` or `-`."""
    if not NAME_PATTERN.fullmatch(value):
        raise InvalidInput(f"a {what} is 1-40 lower-case letters, digits, _ or -")
    return value


def check_action(action: str) -> str:
    """An audit action name: lower-case letters, digits, `_` or `.`."""
    if not ACTION_PATTERN.fullmatch(action):
        raise InvalidInput("an audit action is lower-case letters, digits, _ or .")
    return action


def parse_status(value: PostStatus | str) -> PostStatus:
    """The PostStatus named by `value`, or InvalidInput."""
    try:
        return PostStatus(value)
    except ValueError:
        raise InvalidInput(f"unknown status {value!r}") from None


def clamp_limit(limit: int) -> int:
    """A list limit between 1 and MAX_LIMIT (InvalidInput below 1)."""
    if limit < 1:
        raise InvalidInput("limit must be at least 1")
    return min(limit, MAX_LIMIT)
