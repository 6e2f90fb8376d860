"""Users, passwords, roles and API tokens."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text

from models.errors import InvalidInput, NotFound, PermissionDenied
from models.service import ReviewService
from models.views import Role, UserView
from tests.models.conftest import PASSWORD

Users = dict[str, UserView]


def test_users_are_created_with_a_role_and_a_hashed_password(
    service: ReviewService, engine: Engine
) -> None:
    assert service.count_users() == 0
    user = service.create_user("alice", "s3cret-passphrase", Role.REVIEWER)
    assert (user.username, user.role) == ("alice", Role.REVIEWER)
    assert service.count_users() == 1
    assert service.get_user(user.id) == user
    assert service.get_user(user.id + 100) is None
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT password_hash FROM users")).scalar_one()
    assert stored.startswith("$argon2id$") and "s3cret" not in stored


@pytest.mark.parametrize(
    ("username", "password", "role"),
    [
        ("", PASSWORD, "reviewer"),
        ("with space", PASSWORD, "reviewer"),
        ("x" * 65, PASSWORD, "reviewer"),
        ("bob", "short", "reviewer"),
        ("bob", PASSWORD, "superuser"),
    ],
)
def test_bad_accounts_are_refused(
    service: ReviewService, username: str, password: str, role: str
) -> None:
    with pytest.raises(InvalidInput):
        service.create_user(username, password, role)
    assert service.count_users() == 0


def test_usernames_are_unique(service: ReviewService, users: Users) -> None:
    with pytest.raises(InvalidInput, match="already exists"):
        service.create_user("rita", PASSWORD, "submitter")


def test_only_admins_manage_users(service: ReviewService, users: Users) -> None:
    with pytest.raises(PermissionDenied):
        service.create_user("eve", PASSWORD, "admin", actor=users["rita"])
    with pytest.raises(PermissionDenied):
        service.set_role(users["rita"], "rita", "admin")
    with pytest.raises(PermissionDenied):
        service.list_users(users["sue"])
    created = service.create_user("eve", PASSWORD, "submitter", actor=users["admin"])
    assert created.role is Role.SUBMITTER
    assert [u.username for u in service.list_users(users["admin"])][:3] == ["admin", "eve", "mo"]


def test_authentication(service: ReviewService, users: Users) -> None:
    assert service.authenticate("rita", PASSWORD) == users["rita"]
    assert service.authenticate("rita", PASSWORD + "x") is None
    assert service.authenticate("nobody", PASSWORD) is None
    events = service.audit_events(users["admin"], limit=3)
    assert [(e.actor, e.action) for e in events] == [
        ("unknown", "login_failed"),
        ("rita", "login_failed"),
        ("rita", "login"),
    ]


def test_role_changes_apply_at_once(service: ReviewService, users: Users) -> None:
    changed = service.set_role(users["admin"], "sue", Role.REVIEWER)
    assert changed.role is Role.REVIEWER
    # the stale UserView still says submitter, but the stored role is what counts
    assert users["sue"].role is Role.SUBMITTER
    assert service.list_posts(users["sue"], status="held") == []
    service.set_role("cli:root", "rita", "submitter")
    with pytest.raises(PermissionDenied):
        service.audit_events(users["rita"])
    with pytest.raises(NotFound):
        service.set_role(users["admin"], "ghost", "admin")


def test_the_last_admin_stays_admin(service: ReviewService, users: Users) -> None:
    with pytest.raises(InvalidInput, match="last admin"):
        service.set_role(users["admin"], "admin", "reviewer")
    service.set_role(users["admin"], "rob", "admin")
    assert service.set_role(users["rob"], "admin", "reviewer").role is Role.REVIEWER


def test_api_tokens_are_shown_once_and_stored_hashed(
    service: ReviewService, engine: Engine, users: Users
) -> None:
    token = service.create_token("sue")
    other = service.create_token("sue", actor=users["sue"])
    assert token != other and token.startswith("cpt_") and len(token) > 40
    assert service.user_for_token(token) == users["sue"]
    assert service.user_for_token(other) == users["sue"]
    assert service.user_for_token(token + "x") is None
    assert service.user_for_token("") is None
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT token_hash FROM api_tokens")).scalars().all()
    assert token not in stored and len(stored) == 2
    with pytest.raises(PermissionDenied):
        service.create_token("sue", actor=users["sam"])
    with pytest.raises(NotFound):
        service.create_token("ghost")
    created = [e for e in service.audit_events(users["admin"]) if e.action == "token_create"]
    assert all(token not in str(e.detail) for e in created) and len(created) == 2
