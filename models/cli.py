"""`clearpost` subcommands of the review service: users, tokens, audit, keys, db.

Registered through the `clearpost.commands` entry-point group (`register`); `main()` runs them
on their own (`python -m models.cli ...`). Every command first brings the schema to head. Audit
events from here name the actor `cli:<OS user>`.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeAlias

from models.crypto import ContentCipher, UndecryptableContent
from models.db import create_db_engine, current_revision, upgrade_schema
from models.errors import ReviewError
from models.service import ReviewService
from models.settings import ServiceSettings
from models.views import Role

Handler = Callable[[argparse.Namespace], int]
SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def register(subparsers: SubParsers) -> None:
    """Add `users`, `tokens`, `audit`, `keys` and `db` to the `clearpost` parser."""
    roles = [r.value for r in Role]
    users = _group(subparsers, "users", "manage user accounts")
    add = _command(users, "add", "create a user (password prompted twice)", _users_add)
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=roles)
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    set_role = _command(users, "set-role", "change a user's role", _users_set_role)
    set_role.add_argument("username")
    set_role.add_argument("--role", required=True, choices=roles)
    _command(users, "list", "list users and their roles", _users_list)

    tokens = _group(subparsers, "tokens", "manage API tokens")
    create = _command(tokens, "create", "create an API token (printed once)", _tokens_create)
    create.add_argument("username")

    audit = _group(subparsers, "audit", "check and export the audit trail")
    _command(audit, "verify", "check the hash chain (exit 1 on problems)", _audit_verify)
    export = _command(audit, "export", "export the audit trail", _audit_export)
    export.add_argument("--format", choices=["csv", "json"], default="csv")
    export.add_argument("-o", "--output", type=Path, help="write to this file (mode 0600)")

    keys = _group(subparsers, "keys", "manage the content-encryption keys")
    _command(keys, "rotate", "re-encrypt all content under a new key", _keys_rotate)

    db = _group(subparsers, "db", "database schema")
    _command(db, "upgrade", "run the migrations to the latest revision", _db_upgrade)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one of these subcommands; returns the exit code."""
    parser = argparse.ArgumentParser(prog="clearpost", description=__doc__)
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    handler: Handler = args.func
    return handler(args)


def _group(subparsers: SubParsers, name: str, help_text: str) -> SubParsers:
    parser = subparsers.add_parser(name, help=help_text, description=help_text)
    return parser.add_subparsers(dest=f"{name}_command", required=True)


def _command(
    group: SubParsers, name: str, help_text: str, handler: Handler
) -> argparse.ArgumentParser:
    parser = group.add_parser(name, help=help_text, description=help_text)
    parser.set_defaults(func=_guarded(handler))
    return parser


def _guarded(handler: Handler) -> Handler:
    """Turn service errors into a message on stderr and exit code 1."""

    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except (ReviewError, UndecryptableContent, ValueError, OSError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1

    return run


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


@contextmanager
def _open(settings: ServiceSettings | None = None) -> Iterator[ReviewService]:
    """A service on the configured database (schema brought to head), disposed after use."""
    settings = settings or ServiceSettings()
    cipher = ContentCipher.from_settings(settings.secret_key, settings.key_file)
    engine = create_db_engine(settings.database_url)
    try:
        service = ReviewService(engine, cipher, screener=None)
        service.create_schema()
        yield service
    finally:
        engine.dispose()


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != first:
        raise ValueError("the passwords do not match")
    return first


def _users_add(args: argparse.Namespace) -> int:
    password = _read_password(args.password_stdin)
    with _open() as service:
        user = service.create_user(args.username, password, args.role, actor=_actor())
    print(f"created user {user.username} (id {user.id}, role {user.role})")
    return 0


def _users_set_role(args: argparse.Namespace) -> int:
    with _open() as service:
        user = service.set_role(_actor(), args.username, args.role)
    print(f"user {user.username} now has role {user.role}")
    return 0


def _users_list(args: argparse.Namespace) -> int:
    with _open() as service:
        users = service.list_users(_actor())
    width = max([len("username"), *(len(u.username) for u in users)])
    print(f"{'id':>5}  {'username':<{width}}  role")
    for user in users:
        print(f"{user.id:>5}  {user.username:<{width}}  {user.role}")
    return 0


def _tokens_create(args: argparse.Namespace) -> int:
    with _open() as service:
        token = service.create_token(args.username, actor=_actor())
    print(token)
    print("This token is shown once: store it now.", file=sys.stderr)
    return 0


def _audit_verify(args: argparse.Namespace) -> int:
    with _open() as service:
        report = service.verify_audit()
    if report.ok:
        print(f"ok: {report.checked} events, chain intact")
        return 0
    print(f"FAILED: {len(report.problems)} problem(s) in {report.checked} events")
    for problem in report.problems:
        print(f"  {problem}")
    return 1


def _audit_export(args: argparse.Namespace) -> int:
    with _open() as service:
        body = service.export_audit(args.format, actor=_actor())
    if args.output is None:
        sys.stdout.write(body)
        return 0
    fd = os.open(args.output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
        out.write(body)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


def _keys_rotate(args: argparse.Namespace) -> int:
    settings = ServiceSettings()
    from_env = settings.secret_key is not None and bool(settings.secret_key.get_secret_value())
    with _open(settings) as service:
        rotated = service.cipher.rotate()
        if from_env:
            # Shown before any row uses the new key, so an interrupted run loses nothing.
            ring = ",".join(k.decode("ascii") for k in rotated.keys)
            print("Set CLEARPOST_SECRET_KEY to this ring now (it reads old and new rows):")
            print(ring)
        else:
            rotated.save(settings.key_file)  # new key first, old keys still read
        count = service.rotate_keys(rotated, actor=_actor())
    final = rotated.primary_only()
    if from_env:
        print("Done. CLEARPOST_SECRET_KEY can now hold the new key alone:")
        print(final.keys[0].decode("ascii"))
    else:
        final.save(settings.key_file)
    print(f"re-encrypted {count} values under key {final.key_id}; restart running services")
    return 0


def _db_upgrade(args: argparse.Namespace) -> int:
    settings = ServiceSettings()
    engine = create_db_engine(settings.database_url)
    try:
        upgrade_schema(engine)
        print(f"database at revision {current_revision(engine)}")
    finally:
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
