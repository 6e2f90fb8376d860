"""The HTML UI: login, logout, first run, CSRF, security headers, static files."""

from __future__ import annotations

import pytest

from models.service import ReviewService
from tests.web.conftest import (
    HELD_TEXT,
    PASSWORD,
    TestClient,
    csrf_of,
    decide,
    held_post,
    login,
    user,
)


def test_first_run_message_when_there_are_no_users(client: TestClient) -> None:
    page = client.get("/login")
    assert page.status_code == 200
    assert "create the first admin with" in page.text
    assert "clearpost users add NAME --role admin" in page.text
    assert '<meta name="viewport"' in page.text


@pytest.mark.usefixtures("users")
class TestLogin:
    def test_no_first_run_message_once_users_exist(self, client: TestClient) -> None:
        assert "create the first admin" not in client.get("/login").text

    def test_pages_redirect_to_login(self, client: TestClient) -> None:
        response = client.get("/queue")
        assert response.status_code == 303
        assert response.headers["location"] == "/login?next=/queue"

    def test_wrong_password(self, client: TestClient) -> None:
        token = csrf_of(client.get("/login").text)
        response = client.post(
            "/login", data={"username": "rita", "password": "nope", "csrf_token": token}
        )
        assert response.status_code == 401
        assert "Wrong username or password" in response.text

    def test_login_sets_a_safe_cookie_and_logout_ends_it(self, client: TestClient) -> None:
        token = csrf_of(client.get("/login").text)
        response = client.post(
            "/login",
            data={"username": "rita", "password": PASSWORD, "csrf_token": token, "next": "/mine"},
        )
        assert response.status_code == 303
        assert response.headers["location"] == "/mine"
        cookie = response.headers["set-cookie"].lower()
        assert "httponly" in cookie
        assert "samesite=lax" in cookie
        assert "secure" not in cookie
        new_token = csrf_of(client.get("/queue").text)
        assert new_token != token  # rotated at login
        assert client.post("/logout", data={"csrf_token": new_token}).status_code == 303
        assert client.get("/queue").status_code == 303

    def test_no_open_redirect_after_login(self, client: TestClient) -> None:
        token = csrf_of(client.get("/login").text)
        response = client.post(
            "/login",
            data={
                "username": "rita",
                "password": PASSWORD,
                "csrf_token": token,
                "next": "//evil.example/",
            },
        )
        assert response.headers["location"] == "/"

    def test_home_sends_each_role_to_its_page(self, client: TestClient) -> None:
        login(client, "sam")
        assert client.get("/").headers["location"] == "/mine"


@pytest.mark.usefixtures("users")
class TestCsrf:
    def test_login_without_token_is_refused(self, client: TestClient) -> None:
        client.get("/login")
        response = client.post("/login", data={"username": "rita", "password": PASSWORD})
        assert response.status_code == 403
        assert "did not come from this site" in response.text

    def test_decision_without_or_with_a_wrong_token_is_refused(
        self, client: TestClient, service: ReviewService
    ) -> None:
        post = held_post(service)
        login(client, "rita")
        for token in ("", "forged"):
            response = decide(client, token, post, "approve")
            assert response.status_code == 403
        assert service.get_post(user(service, "rita"), post.id).status == "held"

    def test_htmx_header_token_is_accepted(self, client: TestClient) -> None:
        csrf = login(client, "sam")
        response = client.post(
            "/drafts/screen",
            data={"text": HELD_TEXT, "channel": "comms"},
            headers={"X-CSRF-Token": csrf, "HX-Request": "true"},
        )
        assert response.status_code == 200
        assert "Will be held for review" in response.text

    def test_pages_embed_the_token_for_htmx(self, client: TestClient) -> None:
        csrf = login(client, "sam")
        assert f'hx-headers=\'{{"X-CSRF-Token": "{csrf}"}}\'' in client.get("/posts/new").text


def test_security_headers(client: TestClient) -> None:
    response = client.get("/login")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"


def test_static_files_are_served(client: TestClient) -> None:
    assert client.get("/static/htmx.min.js").status_code == 200
    assert "@media" in client.get("/static/app.css").text
