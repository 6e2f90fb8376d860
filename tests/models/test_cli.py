"""The `clearpost` review subcommands, called in-process through `models.cli.main` (and once as a
real process)."""

from __future__ import annotations

import argparse
import io
import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from pydantic import SecretStr
from sqlalchemy import text

from models import cli
from models.crypto import ContentCipher
from models.db import create_db_engine
from models.service import ReviewService
from tests.models.conftest import PASSWORD
from tests.models.fakes import HELD_TEXT, FakeScreener


@pytest.fixture
def env(
    monkeypatch: pytest.MonkeyPatch, database_url: str, tmp_path: Path
) -> Iterator[dict[str, str]]:
    """CLEARPOST_* settings for the commands: the test database and a key file."""
    values = {
        "CLEARPOST_DATABASE_URL": database_url,
        "CLEARPOST_KEY_FILE": str(tmp_path / "keys" / "secret.key"),
    }
    monkeypatch.delenv("CLEARPOST_SECRET_KEY", raising=False)
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    yield values


def _run(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = "") -> tuple[int, str, str]:
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = cli.main(list(argv))
    finally:
        sys.stdin = old_stdin
    out, err = capsys.readouterr()
    return code, out, err


@contextmanager
def _service(env: dict[str, str], cipher: ContentCipher | None = None) -> Iterator[ReviewService]:
    """A service on the commands' database, with their key file unless `cipher` is given."""
    cipher = cipher or ContentCipher.from_key_file(Path(env["CLEARPOST_KEY_FILE"]))
    engine = create_db_engine(env["CLEARPOST_DATABASE_URL"])
    try:
        yield ReviewService(engine, cipher, FakeScreener(), password_hasher=PasswordHasher())
    finally:
        engine.dispose()


def test_db_upgrade(env: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "db", "upgrade")[:2] == (0, "database at revision 0001\n")
    assert _run(capsys, "db", "upgrade")[0] == 0  # idempotent


def test_users_add_list_and_set_role(
    env: dict[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = _run(
        capsys, "users", "add", "alice", "--role", "admin", "--password-stdin", stdin=PASSWORD
    )
    assert (code, out) == (0, "created user alice (id 1, role admin)\n")
    key_file = Path(env["CLEARPOST_KEY_FILE"])
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600

    answers = iter(["pass-word-1", "pass-word-1", "pass-word-2", "typo"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert _run(capsys, "users", "add", "bob", "--role", "reviewer")[0] == 0
    code, _, err = _run(capsys, "users", "add", "carol", "--role", "reviewer")
    assert code == 1 and "do not match" in err
    code, _, err = _run(
        capsys, "users", "add", "dave", "--role", "reviewer", "--password-stdin", stdin="short"
    )
    assert code == 1 and "at least 8" in err and "short" not in err
    code, _, err = _run(
        capsys, "users", "add", "alice", "--role", "admin", "--password-stdin", stdin=PASSWORD
    )
    assert code == 1 and "already exists" in err
    with pytest.raises(SystemExit):
        _run(capsys, "users", "add", "erin", "--role", "overlord")

    assert _run(capsys, "users", "set-role", "bob", "--role", "moderator")[:2] == (
        0,
        "user bob now has role moderator\n",
    )
    code, out, _ = _run(capsys, "users", "list")
    assert code == 0
    assert out.splitlines() == [
        "   id  username  role",
        "    1  alice     admin",
        "    2  bob       moderator",
    ]
    with _service(env) as service:
        alice = service.authenticate("alice", PASSWORD)
        assert alice is not None
        assert service.authenticate("bob", "pass-word-1") is not None
        actors = {e.actor for e in service.audit_events(alice, limit=50)}
        assert any(a.startswith("cli") for a in actors)


def test_tokens_create_prints_the_token_once(
    env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "users", "add", "sue", "--role", "submitter", "--password-stdin", stdin=PASSWORD)
    code, out, err = _run(capsys, "tokens", "create", "sue")
    assert code == 0 and "shown once" in err
    token = out.strip()
    with _service(env) as service:
        user = service.user_for_token(token)
        assert user is not None and user.username == "sue"
    assert _run(capsys, "tokens", "create", "ghost")[0] == 1


def test_audit_verify_and_export(
    env: dict[str, str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _run(capsys, "users", "add", "sue", "--role", "submitter", "--password-stdin", stdin=PASSWORD)
    _run(capsys, "users", "add", "ann", "--role", "admin", "--password-stdin", stdin=PASSWORD)
    code, out, _ = _run(capsys, "audit", "verify")
    assert (code, out) == (0, "ok: 2 events, chain intact\n")

    target = tmp_path / "trail.json"
    code, _, err = _run(capsys, "audit", "export", "--format", "json", "-o", str(target))
    assert code == 0 and str(target) in err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [e["action"] for e in json.loads(target.read_text())] == ["user_add", "user_add"]
    code, out, _ = _run(capsys, "audit", "export")
    assert code == 0 and out.startswith("seq,at,actor,action,")
    assert out.count("\n") == 4  # header, 2 adds, the json export

    engine = create_db_engine(env["CLEARPOST_DATABASE_URL"])
    try:
        with engine.begin() as connection:
            if engine.dialect.name == "postgresql":
                connection.exec_driver_sql("DROP TRIGGER audit_events_append_only ON audit_events")
            else:
                connection.exec_driver_sql("DROP TRIGGER audit_events_no_update")
            connection.execute(text("UPDATE audit_events SET actor = 'x' WHERE seq = 2"))
    finally:
        engine.dispose()
    code, out, _ = _run(capsys, "audit", "verify")
    assert code == 1
    assert "FAILED: 1 problem(s)" in out and "seq 2: hash does not match" in out


def _submit_held(env: dict[str, str], cipher: ContentCipher | None = None) -> int:
    with _service(env, cipher) as service:
        service.create_schema()
        user = service.create_user("sue", PASSWORD, "submitter")
        return service.submit(user, HELD_TEXT, "comms").id


def _read_text(env: dict[str, str], cipher: ContentCipher, post_id: int) -> str:
    with _service(env, cipher) as service:
        admin = service.create_user("admin2", PASSWORD, "admin")
        return service.get_post(admin, post_id).text


def test_keys_rotate_with_a_key_file(
    env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    key_file = Path(env["CLEARPOST_KEY_FILE"])
    old = ContentCipher.from_key_file(key_file)
    post_id = _submit_held(env)
    code, out, _ = _run(capsys, "keys", "rotate")
    new = ContentCipher.from_key_file(key_file)
    assert code == 0 and f"under key {new.key_id}" in out
    assert len(new.keys) == 1 and new.keys[0] not in old.keys
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert _read_text(env, new, post_id) == HELD_TEXT


def test_keys_rotate_with_the_key_in_the_environment(
    env: dict[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    old_key = ContentCipher.generate_key().decode()
    monkeypatch.setenv("CLEARPOST_SECRET_KEY", old_key)
    post_id = _submit_held(env, ContentCipher.from_settings(SecretStr(old_key), Path("/x")))
    code, out, _ = _run(capsys, "keys", "rotate")
    assert code == 0
    lines = out.splitlines()
    ring = lines[lines.index(next(x for x in lines if "ring now" in x)) + 1].split(",")
    final = lines[lines.index(next(x for x in lines if "alone" in x)) + 1]
    assert ring == [final, old_key]
    assert not Path(env["CLEARPOST_KEY_FILE"]).exists()
    assert _read_text(env, ContentCipher([final.encode()]), post_id) == HELD_TEXT


def test_the_commands_are_registered_as_an_entry_point() -> None:
    (entry,) = [e for e in entry_points(group="clearpost.commands") if e.name == "review"]
    assert entry.value == "models.cli:register"
    parser = argparse.ArgumentParser()
    entry.load()(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["audit", "export", "--format", "json"])
    assert callable(args.func) and args.format == "json"


def test_runs_as_a_real_process(tmp_path: Path) -> None:
    environ = {
        k: v for k, v in os.environ.items() if not k.startswith("CLEARPOST_")
    } | {
        "CLEARPOST_DATABASE_URL": f"sqlite:///{tmp_path / 'p.db'}",
        "CLEARPOST_KEY_FILE": str(tmp_path / "k" / "secret.key"),
    }  # fmt: skip
    run = subprocess.run(
        [sys.executable, "-m", "models.cli", "users", "add", "root", "--role", "admin",
         "--password-stdin"],
        input=PASSWORD, capture_output=True, text=True, env=environ, timeout=120, check=False,
        cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    verify = subprocess.run(
        [sys.executable, "-m", "models.cli", "audit", "verify"],
        capture_output=True, text=True, env=environ, timeout=120, check=False,
        cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    assert (verify.returncode, verify.stdout) == (0, "ok: 1 events, chain intact\n")
