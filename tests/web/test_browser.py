"""End to end in Debian's Chromium: log in, open a held post, approve it redacted."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI

from models.service import ReviewService
from tests.web.conftest import HELD_TEXT, PASSWORD

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's Chromium: apt-get install -y chromium"
    ),
]


@pytest.fixture
def base_url(app: FastAPI) -> Iterator[str]:
    """The app served by uvicorn in a thread on a free local port."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, lifespan="off", ws="none", log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


def test_reviewer_approves_a_redacted_post(
    base_url: str, service: ReviewService, users: dict[str, str]
) -> None:
    from playwright.sync_api import expect, sync_playwright

    author = service.authenticate("sam", PASSWORD)
    assert author is not None
    post = service.submit(author, HELD_TEXT, "comms")
    card = f'li.card[data-post-id="{post.id}"]'

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=LAUNCH_ARGS, headless=True
        )
        try:
            page = browser.new_page(viewport={"width": 390, "height": 844})  # a phone
            page.goto(f"{base_url}/queue")
            page.get_by_label("Username").fill("rita")
            page.get_by_label("Password").fill(PASSWORD)
            page.get_by_role("button", name="Log in").click()

            expect(page).to_have_url(f"{base_url}/queue")
            expect(page.locator(card)).to_be_visible()
            page.locator(card).get_by_role("link").click()

            expect(page).to_have_url(f"{base_url}/posts/{post.id}")
            expect(page.locator("mark.ident[title=PERSON]")).to_have_text("Alice Smith")
            expect(page.locator("mark.health[title=CONDITION]")).to_have_text("chemo")
            page.get_by_role("button", name="Approve redacted").click()

            expect(page).to_have_url(f"{base_url}/queue")
            expect(page.get_by_role("status")).to_contain_text(f"Post #{post.id} approved")
            expect(page.locator(card)).to_have_count(0)

            # The draft page screens as you type (HTMX, CSRF header, CSP all at work).
            page.get_by_role("link", name="New post").click()
            page.get_by_label("Text").press_sequentially("John Doe has diabetes")
            expect(page.locator("#verdict")).to_contain_text("Will be held for review")
            expect(page.locator("#verdict mark[title=PERSON]")).to_have_text("John Doe")
        finally:
            browser.close()
    assert service.get_post(author, post.id).status == "approved"
