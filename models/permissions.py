"""Who may see and decide on which post (roles are read from the database, never cached)."""

from __future__ import annotations

from models.errors import PermissionDenied
from models.tables import Post, User
from models.views import Role

SUPPORT_CHANNEL = "support"


def can_view(user: User, post: Post) -> bool:
    """Authors see their posts; moderators the support channel; reviewers and admins all."""
    role = Role(user.role)
    if role in (Role.REVIEWER, Role.ADMIN) or post.author_id == user.id:
        return True
    return role is Role.MODERATOR and post.channel == SUPPORT_CHANNEL


def can_decide(user: User, post: Post) -> bool:
    """Reviewers and admins decide on any post; moderators on support-channel posts."""
    role = Role(user.role)
    if role in (Role.REVIEWER, Role.ADMIN):
        return True
    return role is Role.MODERATOR and post.channel == SUPPORT_CHANNEL


def require_view(user: User, post: Post) -> None:
    """PermissionDenied unless `user` may see `post`."""
    if not can_view(user, post):
        raise PermissionDenied(f"user {user.id} may not see post {post.id}")


def require_admin(user: User) -> None:
    """PermissionDenied unless `user` is an admin."""
    if Role(user.role) is not Role.ADMIN:
        raise PermissionDenied("this needs the admin role")
