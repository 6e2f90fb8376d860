"""The screener's own small result types: callers never see Presidio or spaCy objects."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

Category = Literal["identifier", "health"]


class Verdict(StrEnum):
    """What the screener decides for a post."""

    PASS = "pass"
    HOLD = "hold"


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected span: an identifier or a health detail.

    `text` is the surface string: it is post content, so never log it.
    """

    start: int
    end: int
    entity_type: str
    category: Category
    score: float
    text: str

    def to_dict(self) -> dict[str, object]:
        """The JSON shape used by the CLI and the API (no surface string)."""
        return {
            "start": self.start,
            "end": self.end,
            "entity_type": self.entity_type,
            "category": self.category,
            "score": round(self.score, 3),
        }


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a post is held, in plain words, with the rule that fired.

    `rule` is a stable code (`crossing`, `direct_identifier`, `deny_list`) safe to log;
    `message` may quote the post, so it is content.
    """

    rule: str
    message: str
    entity_types: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ScreenResult:
    """The outcome of screening one post."""

    verdict: Verdict
    reasons: tuple[Reason, ...]
    findings: tuple[Finding, ...]
    redacted: str
    language: str
    channel: str

    @property
    def entity_types(self) -> frozenset[str]:
        """The entity types found in the post (safe to log and store)."""
        return frozenset(f.entity_type for f in self.findings)

    @property
    def held(self) -> bool:
        """True when the post must wait for a reviewer."""
        return self.verdict is Verdict.HOLD

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of `clearpost screen --jsonl` and `POST /api/v1/screen`."""
        return {
            "verdict": self.verdict.value,
            "reasons": [r.message for r in self.reasons],
            "findings": [f.to_dict() for f in self.findings],
            "redacted": self.redacted,
            "language": self.language,
            "channel": self.channel,
        }
