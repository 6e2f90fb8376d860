"""Sign-in throttling (web/throttle.py): the counter, then the login form."""

from __future__ import annotations

import pytest

from tests.web.conftest import PASSWORD, TestClient, csrf_of
from web.throttle import LoginThrottle


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("failures", "elapsed", "wait"),
    [
        (2, 0.0, 0),  # under the limit
        (3, 0.0, 60),  # at the limit: wait for the oldest failure to leave the window
        (3, 20.5, 40),  # part of the window gone (rounded up)
        (3, 60.0, 0),  # the oldest failure has left the window
        (4, 30.0, 30),
    ],
)
def test_retry_after(failures: int, elapsed: float, wait: int) -> None:
    clock = Clock()
    throttle = LoginThrottle(3, 60, clock=clock)
    for _ in range(failures):
        throttle.failed("user:rita")
    clock.now += elapsed
    assert throttle.retry_after("user:rita") == wait


def test_keys_are_counted_apart_and_success_clears_them() -> None:
    throttle = LoginThrottle(2, 60, clock=Clock())
    throttle.failed("user:rita", "addr:1")
    throttle.failed("user:rob", "addr:1")
    assert throttle.retry_after("user:rita") == 0
    assert throttle.retry_after("user:sam", "addr:1") == 60  # the address hit the limit
    throttle.succeeded("addr:1")
    assert throttle.retry_after("user:sam", "addr:1") == 0


def test_bad_limits_are_refused() -> None:
    with pytest.raises(ValueError, match="max_failures"):
        LoginThrottle(0, 60)


def _try(client: TestClient, password: str) -> int:
    token = csrf_of(client.get("/login").text)
    data = {"username": "rita", "password": password, "csrf_token": token}
    return client.post("/login", data=data).status_code


@pytest.mark.usefixtures("users")
def test_the_form_makes_guessers_wait(client: TestClient) -> None:
    assert [_try(client, "guess") for _ in range(5)] == [401] * 5
    token = csrf_of(client.get("/login").text)
    response = client.post(
        "/login", data={"username": "Rita ", "password": PASSWORD, "csrf_token": token}
    )
    assert response.status_code == 429  # even the right password waits, case aside
    assert int(response.headers["Retry-After"]) > 0
    assert "Too many failed sign-ins" in response.text


@pytest.mark.usefixtures("users")
def test_a_success_clears_the_count(client: TestClient) -> None:
    assert [_try(client, "guess") for _ in range(4)] == [401] * 4
    assert _try(client, PASSWORD) == 303
    client.cookies.clear()
    assert [_try(client, "guess") for _ in range(4)] == [401] * 4
