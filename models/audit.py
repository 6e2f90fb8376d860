"""The tamper-evident audit trail: an append-only hash chain of events.

Each event's `hash` is SHA-256 over the canonical JSON of the event (seq, at, actor, action,
post_id, version_hash, detail, prev_hash) followed by `prev_hash`; the first event chains to
`GENESIS_HASH`. Appends lock the single `audit_head` row, so concurrent writers queue and the
chain never forks. Details carry ids, statuses and entity types only, never post text.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from models.errors import InvalidInput
from models.tables import AuditEvent, AuditHead, utcnow
from models.views import AuditEventView, VerifyReport

GENESIS_HASH = "0" * 64
SYSTEM_ACTOR = "system"
EXPORT_FIELDS = ("seq", "at", "actor", "action", "post_id", "version_hash", "detail")
CHAIN_FIELDS = ("prev_hash", "hash")


def canonical_json(value: Any) -> str:
    """Deterministic JSON: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(
    *,
    seq: int,
    at: str,
    actor: str,
    action: str,
    post_id: int | None,
    version_hash: str | None,
    detail: Mapping[str, Any],
    prev_hash: str,
) -> str:
    """The chain hash of one event."""
    body = canonical_json(
        {
            "seq": seq,
            "at": at,
            "actor": actor,
            "action": action,
            "post_id": post_id,
            "version_hash": version_hash,
            "detail": dict(detail),
            "prev_hash": prev_hash,
        }
    )
    return hashlib.sha256((body + prev_hash).encode("utf-8")).hexdigest()


def append_event(
    session: Session,
    *,
    actor: str,
    action: str,
    post_id: int | None = None,
    version_hash: str | None = None,
    detail: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """Append one event in the caller's transaction (it commits or rolls back with it)."""
    payload = dict(detail or {})
    try:
        detail_json = canonical_json(payload)
    except (TypeError, ValueError) as exc:
        raise InvalidInput("audit detail must be JSON-serialisable") from exc
    head = session.exec(select(AuditHead).where(AuditHead.id == 1).with_for_update()).one()
    seq = head.seq + 1
    at = utcnow().isoformat(timespec="microseconds")
    digest = event_hash(
        seq=seq,
        at=at,
        actor=actor,
        action=action,
        post_id=post_id,
        version_hash=version_hash,
        detail=json.loads(detail_json),
        prev_hash=head.hash,
    )
    event = AuditEvent(
        seq=seq,
        at=at,
        actor=actor,
        action=action,
        post_id=post_id,
        version_hash=version_hash,
        detail=detail_json,
        prev_hash=head.hash,
        hash=digest,
    )
    head.seq = seq
    head.hash = digest
    session.add(event)
    session.add(head)
    session.flush()
    return event


def to_view(event: AuditEvent) -> AuditEventView:
    """The public view of one stored event."""
    return AuditEventView(
        seq=event.seq,
        at=datetime.fromisoformat(event.at),
        actor=event.actor,
        action=event.action,
        post_id=event.post_id,
        version_hash=event.version_hash,
        detail=json.loads(event.detail),
    )


def list_events(session: Session, *, limit: int, post_id: int | None = None) -> list[AuditEvent]:
    """The newest `limit` events, newest first, optionally about one post."""
    query = select(AuditEvent)
    if post_id is not None:
        query = query.where(AuditEvent.post_id == post_id)
    return list(session.exec(query.order_by(col(AuditEvent.seq).desc()).limit(limit)))


def iter_events(session: Session) -> Iterable[AuditEvent]:
    """Every event in seq order, fetched in batches."""
    query = select(AuditEvent).order_by(col(AuditEvent.seq)).execution_options(yield_per=500)
    yield from session.exec(query)


def verify_chain(session: Session) -> VerifyReport:
    """Check seqs, prev_hash links, each hash and the head; every problem names its seq."""
    problems: list[str] = []
    expected_seq = 1
    prev_hash = GENESIS_HASH
    checked = 0
    for event in iter_events(session):
        checked += 1
        if event.seq > expected_seq:
            problems.append(_missing(expected_seq, event.seq - 1, "deleted"))
        if event.prev_hash != prev_hash:
            problems.append(
                f"seq {event.seq}: prev_hash does not match the event before it "
                "(an event was deleted, inserted or reordered)"
            )
        if _recompute(event) != event.hash:
            problems.append(f"seq {event.seq}: hash does not match its content (event edited)")
        expected_seq = event.seq + 1
        prev_hash = event.hash
    head = session.exec(select(AuditHead).where(AuditHead.id == 1)).one_or_none()
    last_seq = expected_seq - 1
    if head is None:
        problems.append(f"seq {last_seq}: the chain head record is missing")
    elif head.seq > last_seq:
        problems.append(_missing(last_seq + 1, head.seq, "deleted from the end"))
    elif head.seq < last_seq:
        problems.append(f"seq {head.seq + 1}: events after the recorded head (appended outside)")
    elif head.hash != prev_hash:
        problems.append(f"seq {last_seq}: last hash differs from the recorded head")
    return VerifyReport(ok=not problems, checked=checked, problems=tuple(problems))


def _missing(first: int, last: int, how: str) -> str:
    span = f"seq {first}" if first == last else f"seq {first}-{last}"
    return f"{span}: missing ({how})"


def _recompute(event: AuditEvent) -> str:
    try:
        detail = json.loads(event.detail)
    except ValueError:
        return ""
    if not isinstance(detail, dict):
        return ""
    return event_hash(
        seq=event.seq,
        at=event.at,
        actor=event.actor,
        action=event.action,
        post_id=event.post_id,
        version_hash=event.version_hash,
        detail=detail,
        prev_hash=event.prev_hash,
    )


def export_events(session: Session, fmt: str) -> str:
    """The whole trail as CSV or JSON, with each event's chain hashes for outside checking."""
    if fmt not in ("csv", "json"):
        raise InvalidInput("export format must be csv or json")
    rows = [
        {
            "seq": e.seq,
            "at": e.at,
            "actor": e.actor,
            "action": e.action,
            "post_id": e.post_id,
            "version_hash": e.version_hash,
            "detail": json.loads(e.detail),
            "prev_hash": e.prev_hash,
            "hash": e.hash,
        }
        for e in iter_events(session)
    ]
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[*EXPORT_FIELDS, *CHAIN_FIELDS], lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "detail": canonical_json(row["detail"])})
    return buffer.getvalue()
