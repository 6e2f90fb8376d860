"""The JSON API `/api/v1` against the real ReviewService (SQLite) and a fake screener."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from models.service import ReviewService
from tests.web.conftest import HELD_TEXT, PASS_TEXT, TestClient, token_headers
from web.app import create_app
from web.settings import WebSettings

pytestmark = pytest.mark.usefixtures("users")


def submit(client: TestClient, headers: dict[str, str], **body: Any) -> dict[str, Any]:
    """Submit a post through the API and return its JSON."""
    body = {"text": HELD_TEXT, "channel": "comms", **body}
    response = client.post("/api/v1/posts", json=body, headers=headers)
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


@pytest.fixture
def sam(service: ReviewService) -> dict[str, str]:
    """A submitter's API headers."""
    return token_headers(service, "sam")


@pytest.fixture
def rita(service: ReviewService) -> dict[str, str]:
    """A reviewer's API headers."""
    return token_headers(service, "rita")


def test_healthz_checks_the_database(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_openapi_schema_is_served_and_cdn_pages_only_when_asked(
    client: TestClient, web_settings: WebSettings, service: ReviewService
) -> None:
    assert client.get("/docs").status_code == 404  # Swagger UI loads from a CDN: off by default
    with TestClient(
        create_app(web_settings.model_copy(update={"api_docs": True}), service=service)
    ) as docs:
        assert docs.get("/docs").status_code == 200
        assert docs.get("/redoc").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/v1/screen", "/api/v1/posts", "/api/v1/posts/{post_id}/decision"} <= set(paths)
    assert "/queue" not in paths


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic dXNlcjpwYXNz"}],
)
def test_api_needs_a_valid_bearer_token(client: TestClient, headers: dict[str, str]) -> None:
    response = client.post("/api/v1/screen", json={"text": "hello"}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json()["detail"]


def test_screen_returns_the_verdict_without_surface_text(
    client: TestClient, sam: dict[str, str]
) -> None:
    response = client.post("/api/v1/screen", json={"text": HELD_TEXT}, headers=sam)
    assert response.status_code == 200
    body = response.json()
    assert body["verdict"] == "hold"
    assert body["channel"] == "comms"
    assert body["reasons"]
    assert body["redacted"].startswith("<PERSON>")
    assert {f["entity_type"] for f in body["findings"]} == {"PERSON", "CONDITION"}
    for finding in body["findings"]:
        assert set(finding) == {"start", "end", "entity_type", "category", "score"}
    assert "Alice" not in str(body["findings"])


def test_screen_passes_a_harmless_text_on_a_chosen_channel(
    client: TestClient, sam: dict[str, str]
) -> None:
    response = client.post(
        "/api/v1/screen", json={"text": PASS_TEXT, "channel": "support"}, headers=sam
    )
    assert response.json()["verdict"] == "pass"
    assert response.json()["channel"] == "support"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({}, 422),  # missing text
        ({"text": 42}, 422),  # wrong type
        ({"text": ""}, 422),  # empty
        ({"text": "x" * 10_001}, 422),  # over the size limit
        ({"text": "hello", "channel": "nowhere"}, 422),  # unknown channel
        ({"text": "hello", "extra": 1}, 422),  # unknown field
        (["text"], 422),  # not an object
    ],
)
def test_screen_rejects_bad_input_with_a_clear_message(
    client: TestClient, sam: dict[str, str], body: object, status: int
) -> None:
    response = client.post("/api/v1/screen", json=body, headers=sam)
    assert response.status_code == status
    payload = response.json()
    assert payload["error"] in {"invalid_request", "invalid_input"}
    assert payload["detail"]
    assert "x" * 100 not in response.text  # the input is not echoed back


@pytest.mark.parametrize(
    "raw",
    [
        b'{"text": "caf\xe9"}',  # invalid UTF-8
        b'{"text": "lone \\ud800 surrogate"}',  # valid JSON, not encodable text
        b'{"text": "nul \\u0000 char"}',
        b'{"text": ',
        b"not json at all",
        b"\xff\xfe\x00",
    ],
)
def test_malformed_bodies_get_a_4xx_json_answer(
    client: TestClient, sam: dict[str, str], raw: bytes
) -> None:
    headers = {**sam, "Content-Type": "application/json"}
    response = client.post("/api/v1/screen", content=raw, headers=headers)
    assert 400 <= response.status_code < 500
    assert response.json()["detail"]


def test_a_huge_body_is_refused_before_parsing(client: TestClient, sam: dict[str, str]) -> None:
    response = client.post("/api/v1/screen", json={"text": "a" * 300_000}, headers=sam)
    assert response.status_code == 413


def test_a_huge_chunked_body_is_refused_too(client: TestClient, sam: dict[str, str]) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(100):
            yield b"a" * 10_000
        yield b'"}'

    headers = {**sam, "Content-Type": "application/json"}
    response = client.post("/api/v1/screen", content=chunks(), headers=headers)
    assert response.status_code == 413


def test_submit_list_and_get_posts(client: TestClient, sam: dict[str, str]) -> None:
    held = submit(client, sam)
    passed = submit(client, sam, text=PASS_TEXT, source="telegram")
    assert held["status"] == "held"
    assert held["author"] == "sam"
    assert held["source"] == "api"
    assert held["version_hash"]
    assert passed["status"] != "held"
    assert passed["source"] == "telegram"

    listed = client.get("/api/v1/posts", params={"status": "held"}, headers=sam).json()
    assert [p["id"] for p in listed] == [held["id"]]
    assert "text" not in listed[0]

    one = client.get(f"/api/v1/posts/{held['id']}", headers=sam).json()
    assert one["text"] == HELD_TEXT
    assert all("text" not in f for f in one["findings"])


def test_list_rejects_an_unknown_status(client: TestClient, sam: dict[str, str]) -> None:
    response = client.get("/api/v1/posts", params={"status": "lost"}, headers=sam)
    assert response.status_code == 422


def test_missing_post_is_404(client: TestClient, rita: dict[str, str]) -> None:
    response = client.get("/api/v1/posts/9999", headers=rita)
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


def test_reviewer_approves_the_redacted_version(
    client: TestClient, sam: dict[str, str], rita: dict[str, str]
) -> None:
    post = submit(client, sam)
    response = client.post(
        f"/api/v1/posts/{post['id']}/decision",
        json={"action": "approve_redacted", "version_hash": post["version_hash"]},
        headers=rita,
    )
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "approved"
    assert response.json()["decided_by"] == "rita"


def test_a_stale_version_is_409(
    client: TestClient, service: ReviewService, sam: dict[str, str], rita: dict[str, str]
) -> None:
    post = submit(client, sam)
    url = f"/api/v1/posts/{post['id']}/decision"
    edited = client.post(
        url,
        json={"action": "edit", "version_hash": post["version_hash"], "text": HELD_TEXT + " x"},
        headers=rita,
    )
    assert edited.status_code == 200, edited.text
    assert edited.json()["version_no"] == 2
    stale = client.post(
        url,
        json={"action": "approve", "version_hash": post["version_hash"]},
        headers=token_headers(service, "rob"),
    )
    assert stale.status_code == 409
    assert stale.json()["error"] == "stale_version"


def test_second_decision_on_a_decided_post_is_409(
    client: TestClient, service: ReviewService, sam: dict[str, str], rita: dict[str, str]
) -> None:
    post = submit(client, sam)
    url = f"/api/v1/posts/{post['id']}/decision"
    body = {"action": "approve", "version_hash": post["version_hash"]}
    assert client.post(url, json=body, headers=rita).status_code == 200
    again = client.post(url, json=body, headers=token_headers(service, "rob"))
    assert again.status_code == 409


def test_nobody_approves_their_own_post(client: TestClient, rita: dict[str, str]) -> None:
    post = submit(client, rita)
    response = client.post(
        f"/api/v1/posts/{post['id']}/decision",
        json={"action": "approve", "version_hash": post["version_hash"]},
        headers=rita,
    )
    assert response.status_code == 403
    assert response.json()["error"] == "permission_denied"


def test_a_submitter_cannot_decide(client: TestClient, service: ReviewService) -> None:
    post = submit(client, token_headers(service, "sue"))
    response = client.post(
        f"/api/v1/posts/{post['id']}/decision",
        json={"action": "reject", "version_hash": post["version_hash"], "reason": "no"},
        headers=token_headers(service, "sam"),
    )
    assert response.status_code == 403


def test_a_moderator_decides_on_support_only(client: TestClient, service: ReviewService) -> None:
    mo = token_headers(service, "mo")
    sam = token_headers(service, "sam")
    comms = submit(client, sam)
    support = submit(client, sam, channel="support")
    refused = client.post(
        f"/api/v1/posts/{comms['id']}/decision",
        json={"action": "approve_redacted", "version_hash": comms["version_hash"]},
        headers=mo,
    )
    assert refused.status_code in {403, 404}
    allowed = client.post(
        f"/api/v1/posts/{support['id']}/decision",
        json={"action": "approve_redacted", "version_hash": support["version_hash"]},
        headers=mo,
    )
    assert allowed.status_code == 200, allowed.text


@pytest.mark.parametrize(
    "body",
    [
        {"action": "publish", "version_hash": "abc"},  # unknown action
        {"action": "approve"},  # no version hash
        {"action": "reject", "version_hash": "abc"},  # no reason
        {"action": "edit", "version_hash": "abc"},  # no text
        {"action": "edit", "version_hash": "abc", "text": "y" * 10_001},  # too long
    ],
)
def test_bad_decisions_are_422(
    client: TestClient, sam: dict[str, str], rita: dict[str, str], body: dict[str, str]
) -> None:
    post = submit(client, sam)
    response = client.post(f"/api/v1/posts/{post['id']}/decision", json=body, headers=rita)
    assert response.status_code == 422
    assert response.json()["detail"]
