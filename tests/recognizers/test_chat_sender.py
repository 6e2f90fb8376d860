"""PERSON: the senders of a pasted chat export, not times or headings that look alike."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.chat_sender import ChatSenderRecognizer, recognizers

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    # Telegram Desktop's copy: "sender, [date time]" on its own line
    (
        "Lindiwe N, [12.05.24 08:15]\nmorning all\n\nSipho, [12.05.24 08:20]\nhi",
        "en",
        ["Lindiwe N", "Sipho"],
    ),
    # Android: "date, time - sender: text", a nickname in lower case, emoji after it
    ("03/03/2025, 19:02 - tash 🌸: anyone been to the pain clinic?", "en", ["tash"]),
    (
        "03/03/2025, 19:02 - Nomsa K: morning all\n03/03/2025, 19:05 - Pieter: hi",
        "en",
        ["Nomsa K", "Pieter"],
    ),
    # iOS: "[date, time] sender: text", 12-hour clock
    ("[5/4/25, 9:14 PM] Ma Lou: elle dort enfin", "fr", ["Ma Lou"]),
    ("[21/06/2024, 08:30:12] Jean-Yves: merci à tous", "fr", ["Jean-Yves"]),
    # the time alone in brackets, a capitalised name
    ("[21:04] Tiare M.: résultats reçus\n[21:06] Moea: on est là", "fr", ["Tiare M.", "Moea"]),
]
NEGATIVES = [
    ("Clinic closed, [12.05.24 08:15] reopens at nine", "en"),  # text after the brackets
    ("Clinic 10:30 - Room 4: bring your card", "en"),  # no date before the time
    ("Opening hours 03/03/2025: 9:00 - 17:00", "en"),
    ("03/03/2025, 19:02 - +44 7700 900123: hello", "en"),  # a number: the phone recognizer's
    ("[09:00] Reminder: the group meets today", "en"),  # an everyday word after the time
    ("[09:00] rappel: la réunion est demain", "fr"),  # no capital
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_senders(
    analyze_with: Analyze, text: str, language: str, expected: list[str]
) -> None:
    found = analyze_with(ChatSenderRecognizer(language), text, language)
    assert [surface for kind, surface in found if kind == "PERSON"] == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_look_alikes(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(ChatSenderRecognizer(language), text, language) == []


def test_one_recognizer_per_language() -> None:
    (recognizer,) = recognizers("fr")
    assert isinstance(recognizer, ChatSenderRecognizer)
