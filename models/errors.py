"""Errors raised by the review service: callers catch `ReviewError` or one of its subclasses.

Messages carry ids, statuses and roles only, never post text, so they are safe to show and log.
"""

from __future__ import annotations


class ReviewError(Exception):
    """Base class of every error the review service raises on purpose."""


class NotFound(ReviewError):
    """The post, user or token asked for does not exist."""


class PermissionDenied(ReviewError):
    """The actor's role does not allow this, or the actor tried to approve their own post."""


class IllegalTransition(ReviewError):
    """The workflow does not allow this status change."""


class StaleVersion(ReviewError):
    """The version hash is not the current one, or another reviewer decided first."""


class InvalidInput(ReviewError):
    """A value given to the service is missing, malformed or out of range."""
