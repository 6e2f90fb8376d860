"""The HTML UI: drafts screened as you type, 'my posts', the admins' audit page."""

from __future__ import annotations

import pytest

from models.service import ReviewService
from tests.web.conftest import HELD_TEXT, PASS_TEXT, TestClient, held_post, login


@pytest.mark.usefixtures("users")
class TestDrafts:
    def test_draft_page_screens_as_you_type(self, client: TestClient) -> None:
        login(client, "sam")
        html = client.get("/posts/new").text
        assert 'hx-post="/drafts/screen"' in html
        assert 'hx-trigger="keyup changed delay:400ms"' in html
        assert '<script src="/static/htmx.min.js"' in html

    def test_screen_partial_shows_the_verdict(self, client: TestClient) -> None:
        csrf = login(client, "sam")
        held = client.post(
            "/drafts/screen", data={"text": HELD_TEXT, "channel": "comms", "csrf_token": csrf}
        )
        assert "Will be held for review" in held.text
        assert '<mark class="ident" title="PERSON">Alice Smith</mark>' in held.text
        assert "<html" not in held.text
        passed = client.post(
            "/drafts/screen", data={"text": PASS_TEXT, "channel": "support", "csrf_token": csrf}
        )
        assert "Passes the screener" in passed.text
        too_long = client.post(
            "/drafts/screen", data={"text": "z" * 10_001, "channel": "comms", "csrf_token": csrf}
        )
        assert "over 10000 characters" in too_long.text

    def test_submit_from_the_form(self, client: TestClient, service: ReviewService) -> None:
        csrf = login(client, "sam")
        response = client.post(
            "/posts", data={"text": HELD_TEXT, "channel": "comms", "csrf_token": csrf}
        )
        assert response.status_code == 303
        mine = client.get("/mine").text
        assert "submitted: held for review" in mine
        assert 'class="status held"' in mine
        bad = client.post("/posts", data={"text": "hi", "channel": "mars", "csrf_token": csrf})
        assert bad.status_code == 422
        assert "Unknown channel" in bad.text


@pytest.mark.usefixtures("users")
class TestAudit:
    def test_admins_only(self, client: TestClient) -> None:
        login(client, "rita")
        assert client.get("/audit").status_code == 403

    def test_list_verify_and_export(self, client: TestClient, service: ReviewService) -> None:
        post = held_post(service)
        csrf = login(client, "admin")
        page = client.get("/audit")
        assert page.status_code == 200
        assert "login" in page.text
        assert f"#{post.id}" in page.text
        verify = client.post("/audit/verify", headers={"HX-Request": "true", "X-CSRF-Token": csrf})
        assert "Audit chain intact" in verify.text
        csv = client.post("/audit/export", data={"fmt": "csv", "csrf_token": csrf})
        assert csv.status_code == 200
        assert csv.headers["content-type"].startswith("text/csv")
        assert "attachment" in csv.headers["content-disposition"]
        js = client.post("/audit/export", data={"fmt": "json", "csrf_token": csrf})
        assert js.headers["content-type"] == "application/json"
        assert HELD_TEXT not in csv.text + js.text
        assert (
            client.post("/audit/export", data={"fmt": "xml", "csrf_token": csrf}).status_code == 422
        )
