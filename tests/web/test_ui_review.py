"""The HTML UI for reviewers: the queue, the post page and decisions."""

from __future__ import annotations

import pytest

from models.service import ReviewService
from tests.web.conftest import HELD_TEXT, TestClient, decide, held_post, login, user


@pytest.mark.usefixtures("users")
class TestQueue:
    def test_submitters_cannot_open_the_queue(self, client: TestClient) -> None:
        login(client, "sam")
        assert client.get("/queue").status_code == 403

    def test_filters_and_counts(self, client: TestClient, service: ReviewService) -> None:
        comms = held_post(service, channel="comms")
        support = held_post(service, channel="support", source="telegram")
        nhs = held_post(service, text="NHS number 943 476 5919 on the form", channel="comms")
        login(client, "rita")
        page = client.get("/queue")
        assert page.status_code == 200
        for post in (comms, support, nhs):
            assert f'data-post-id="{post.id}"' in page.text
        assert 'class="counts"' in page.text

        def ids(**params: str) -> set[int]:
            html = client.get("/queue", params=params).text
            return {p.id for p in (comms, support, nhs) if f'data-post-id="{p.id}"' in html}

        assert ids(channel="support") == {support.id}
        assert ids(source="telegram") == {support.id}
        assert ids(entity_type="NHS_NUMBER") == {nhs.id}
        assert ids(entity_type="PERSON") == {comms.id, support.id}
        assert ids(age="72h") == set()

    def test_htmx_gets_only_the_rows(self, client: TestClient, service: ReviewService) -> None:
        post = held_post(service)
        login(client, "rita")
        response = client.get("/queue", params={"channel": "comms"}, headers={"HX-Request": "true"})
        assert f'data-post-id="{post.id}"' in response.text
        assert "<html" not in response.text

    def test_moderators_see_support_posts_only(
        self, client: TestClient, service: ReviewService
    ) -> None:
        comms = held_post(service, channel="comms")
        support = held_post(service, channel="support")
        login(client, "mo")
        html = client.get("/queue").text
        assert f'data-post-id="{support.id}"' in html
        assert f'data-post-id="{comms.id}"' not in html


@pytest.mark.usefixtures("users")
class TestPostPage:
    def test_findings_are_highlighted_and_text_escaped(
        self, client: TestClient, service: ReviewService
    ) -> None:
        text = "<b>Alice Smith</b> & her chemo"
        post = held_post(service, text=text)
        login(client, "rita")
        html = client.get(f"/posts/{post.id}").text
        assert (
            '&lt;b&gt;<mark class="ident" title="PERSON">Alice Smith</mark>&lt;/b&gt; &amp; her '
            '<mark class="health" title="CONDITION">chemo</mark>'
        ) in html
        assert "<b>Alice" not in html
        assert "a health detail next to a person identifier" in html
        assert "&lt;PERSON&gt;" in html  # the redacted suggestion
        for action in ("approve", "approve_redacted", "edit", "reject"):
            assert f'value="{action}"' in html

    def test_approve_redacted_removes_it_from_the_queue(
        self, client: TestClient, service: ReviewService
    ) -> None:
        post = held_post(service)
        csrf = login(client, "rita")
        response = decide(client, csrf, post, "approve_redacted")
        assert response.status_code == 303
        assert response.headers["location"] == "/queue"
        queue = client.get("/queue").text
        assert f"Post #{post.id} approved in its redacted version." in queue
        assert f'data-post-id="{post.id}"' not in queue
        assert service.get_post(user(service, "rita"), post.id).status == "approved"

    def test_own_post_approval_is_refused(self, client: TestClient, service: ReviewService) -> None:
        post = held_post(service, author="rita")
        csrf = login(client, "rita")
        page = client.get(f"/posts/{post.id}").text
        assert "another reviewer must approve it" in page
        assert 'value="approve_redacted"' not in page
        response = decide(client, csrf, post, "approve")
        assert response.status_code == 403
        assert 'role="alert"' in response.text
        assert service.get_post(user(service, "rita"), post.id).status == "held"

    def test_a_stale_version_is_409(self, client: TestClient, service: ReviewService) -> None:
        post = held_post(service)
        service.decide(
            user(service, "rob"), post.id, "edit", version_hash=post.version_hash, text=HELD_TEXT
        )
        csrf = login(client, "rita")
        response = decide(client, csrf, post, "approve")
        assert response.status_code == 409
        assert "another reviewer decided first" in response.text

    def test_reject_needs_a_reason_and_the_author_sees_it(
        self, client: TestClient, service: ReviewService
    ) -> None:
        post = held_post(service)
        csrf = login(client, "rita")
        assert decide(client, csrf, post, "reject", reason="  ").status_code == 422
        assert decide(client, csrf, post, "reject", reason="Names a patient").status_code == 303
        client.post("/logout", data={"csrf_token": csrf})
        login(client, "sam")
        mine = client.get("/mine").text
        assert "rejected" in mine
        assert "Rejection reason: Names a patient" in mine

    def test_edit_re_screens_the_post(self, client: TestClient, service: ReviewService) -> None:
        post = held_post(service)
        csrf = login(client, "rita")
        response = decide(client, csrf, post, "edit", text="Back home after chemo.")
        assert response.status_code == 303
        assert response.headers["location"] == f"/posts/{post.id}"
        page = client.get(f"/posts/{post.id}").text
        assert "version 2" in page
        assert "Alice Smith" not in page

    def test_submitter_sees_no_decision_buttons(
        self, client: TestClient, service: ReviewService
    ) -> None:
        post = held_post(service)
        csrf = login(client, "sam")
        page = client.get(f"/posts/{post.id}").text
        assert 'value="approve"' not in page
        assert decide(client, csrf, post, "reject", reason="x").status_code == 403
