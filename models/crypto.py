"""Encryption at rest: Fernet (AES-128-CBC + HMAC-SHA256) through a MultiFernet key ring.

The first key encrypts; every key decrypts, so rows written under an older key stay readable
while `clearpost keys rotate` re-encrypts them. Keys come from `CLEARPOST_SECRET_KEY` (one key or
several separated by commas, newest first) or from a key file (one key a line, newest first),
created with a fresh key and mode 0600 on first run.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from collections.abc import Sequence
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from pydantic import SecretStr

log = logging.getLogger(__name__)

KEY_HELP = (
    "a key is 32 url-safe base64-encoded bytes, e.g. from "
    '`python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"`'
)


class UndecryptableContent(RuntimeError):
    """Stored content could not be decrypted with any configured key."""


class ContentCipher:
    """Encrypts and decrypts stored content with a ring of Fernet keys (newest first)."""

    def __init__(self, keys: Sequence[bytes]) -> None:
        if not keys:
            raise ValueError("at least one encryption key is needed")
        fernets = []
        for number, key in enumerate(keys, start=1):
            try:
                fernets.append(Fernet(key))
            except (ValueError, TypeError) as exc:
                raise ValueError(f"encryption key #{number} is malformed: {KEY_HELP}") from exc
        self._keys = tuple(keys)
        self._primary = fernets[0]
        self._ring = MultiFernet(fernets)

    @staticmethod
    def generate_key() -> bytes:
        """A fresh random key."""
        return Fernet.generate_key()

    @classmethod
    def from_settings(cls, secret_key: SecretStr | None, key_file: Path) -> ContentCipher:
        """Keys from the secret (if set), else from `key_file`, created on first run."""
        if secret_key is not None and secret_key.get_secret_value().strip():
            return cls(parse_keys(secret_key.get_secret_value()))
        return cls.from_key_file(key_file)

    @classmethod
    def from_key_file(cls, key_file: Path) -> ContentCipher:
        """Read the key file, creating it (0600, in a 0700 folder) with one new key if missing."""
        path = key_file.expanduser()
        if not path.exists():
            cipher = cls([cls.generate_key()])
            try:
                cipher._write(path, exclusive=True)
                log.info("created a new encryption key file at %s", path)
                return cipher
            except FileExistsError:
                pass  # another process created it first: use theirs
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            log.warning("key file %s is readable by others (mode %o): chmod 600 it", path, mode)
        return cls(parse_keys(path.read_text(encoding="ascii")))

    @property
    def keys(self) -> tuple[bytes, ...]:
        """The key ring, newest first (secret: never log it)."""
        return self._keys

    @property
    def key_id(self) -> str:
        """A short fingerprint of the encrypting key, safe to log and audit."""
        return hashlib.sha256(self._keys[0]).hexdigest()[:12]

    def encrypt(self, text: str) -> str:
        """Encrypt `text` with the newest key."""
        return self._primary.encrypt(text.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        """Decrypt a token written under any key of the ring."""
        try:
            return self._ring.decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken as exc:
            raise UndecryptableContent(
                "stored content cannot be decrypted with the configured keys"
            ) from exc

    def is_current(self, token: str) -> bool:
        """True when `token` was written under the newest key."""
        try:
            self._primary.decrypt(token.encode("ascii"))
        except InvalidToken:
            return False
        return True

    def reencrypt(self, token: str) -> str:
        """Decrypt with any key of the ring and encrypt again with the newest."""
        try:
            return self._ring.rotate(token.encode("ascii")).decode("ascii")
        except InvalidToken as exc:
            raise UndecryptableContent(
                "stored content cannot be decrypted with the configured keys"
            ) from exc

    def rotate(self, new_key: bytes | None = None) -> ContentCipher:
        """A ring with `new_key` (or a fresh one) first, still reading every current key."""
        key = new_key if new_key is not None else self.generate_key()
        return ContentCipher([key, *[k for k in self._keys if k != key]])

    def primary_only(self) -> ContentCipher:
        """A ring holding only the newest key (once every row is re-encrypted)."""
        return ContentCipher(self._keys[:1])

    def save(self, key_file: Path) -> None:
        """Write the ring to `key_file` atomically with mode 0600."""
        self._write(key_file.expanduser(), exclusive=False)

    def _write(self, path: Path, *, exclusive: bool) -> None:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        body = "".join(key.decode("ascii") + "\n" for key in self._keys).encode("ascii")
        target = path if exclusive else path.with_name(f".{path.name}.{os.getpid()}.tmp")
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, body)
            os.fsync(fd)
        finally:
            os.close(fd)
        if not exclusive:
            os.replace(target, path)


def parse_keys(text: str) -> list[bytes]:
    """Keys from text: separated by commas or whitespace; lines starting with # are comments."""
    keys: list[bytes] = []
    for line in text.splitlines():
        if line.strip().startswith("#"):
            continue
        keys.extend(part.encode("ascii") for part in line.replace(",", " ").split())
    if not keys:
        raise ValueError(f"no encryption key found: {KEY_HELP}")
    return keys
