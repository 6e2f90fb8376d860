"""Senders of a pasted chat export: "18/11/2024, 21:40 - shaz 💅: has anyone heard from dee?".

(Telegram Desktop's copy puts the sender first: "Thabo M, [03.06.24 19:40]" on its own line.)

WhatsApp and Telegram exports open each message with its date, its time and who sent it, then
a colon: "[14/02/2025, 20:43] Gégé: ..." or "12/06/2025, 07:51 - Zodwa: ...". Support groups
paste such threads when they ask for help; the sender is a member named by the name their
phone shows, in any case, often a nickname no name list holds. The structure names them as
surely as a signature does, so the sender is a PERSON whatever the word. Emoji after the name
("shaz 💅") are left out of the span; a sender shown as a phone number is the phone
recognizer's.
"""

from __future__ import annotations

from typing import ClassVar

import regex  # type: ignore[import-untyped]  # \p{Lu}: a capital of any script
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from screener.gazetteers import everyday_words
from screener.recognizers.results import recognizer_result

# One message's header at a line start: a day/month/year date, a comma, a 24- or 12-hour
# time, then " - " (Android) or "]" (iOS, the date in brackets), then the sender (letters,
# spaces, dots, apostrophes and hyphens: 1 to 30 characters, starting with a letter), maybe
# emoji, then ": ".
_HEADER = regex.compile(
    r"^\[?\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
    r"(?:\]\s*|\s+[-–]\s+)"
    r"(?P<name>[^\W\d_][\w .'’-]{0,29}?)"
    r"\s*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?\s*)*:\s"
    # Telegram Desktop's copy: the sender, a comma, then the date and time in brackets alone
    # on their line ("Thabo M, [03.06.24 19:40]")
    r"|^(?P<sender>[^\W\d_][\w .'’-]{0,29}?),\s*\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+"
    r"\d{1,2}:\d{2}(?::\d{2})?\]\s*$"
    # a copy with the time alone in brackets ("[21:04] Teura M.: Résultats reçus"): a name
    # with a capital, not an everyday word ("[09:00] Reminder: ..."; checked in analyze)
    r"|^\[\d{1,2}:\d{2}(?::\d{2})?\]\s*(?P<timed>\p{Lu}[\w.'’-]*(?:[ ][\p{Lu}][\w.'’-]*)?)"
    r"\s*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?\s*)*:\s",
    regex.MULTILINE,
)
# A header is a strong cue but a bare time is not a name: above spaCy's 0.85.
SCORE = 0.9


class ChatSenderRecognizer(EntityRecognizer):  # type: ignore[misc, unused-ignore]
    """PERSON: the sender of each message of a pasted chat export."""

    ENTITIES: ClassVar[tuple[str, ...]] = ("PERSON",)

    def __init__(self, supported_language: str = "en") -> None:
        label = f"ChatSenderRecognizer_{supported_language}"
        super().__init__(
            supported_entities=list(self.ENTITIES),
            supported_language=supported_language,
            name=label,
        )
        self._label = label

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """The senders of a chat export's messages."""
        if "PERSON" not in entities or ":" not in text or ("/" not in text and "[" not in text):
            return []
        return [
            recognizer_result(
                (self._label, self.id),
                "PERSON",
                match.start(group),
                match.end(group),
                SCORE,
                "sender of a chat message",
            )
            for match in _HEADER.finditer(text)
            for group in (_group(match),)
            if group != "timed" or match.group(group).lower().rstrip(".") not in everyday_words()
        ]


def _group(match: regex.Match[str]) -> str:
    """The group of the header's alternative that matched."""
    return next(name for name in ("name", "sender", "timed") if match.group(name))


def recognizers(language: str) -> list[EntityRecognizer]:
    """The chat-sender recognizer for a language."""
    return [ChatSenderRecognizer(supported_language=language)]
