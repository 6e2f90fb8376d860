"""Newsletters: posts made of several separate news items, each under a bullet or an emoji.

A hospital's or a town's bulletin thanks a volunteer in one item ("Elle passe le relais à la
fin de l'année") and announces a service in another ("les opérations de la cataracte se font
en ambulatoire"): the "elle" of the first is no patient of the second. Read by the verdict's
search for a word that points at someone (screener/people.py).
"""

from __future__ import annotations

import re

__all__ = ["item_of", "items"]

# What opens an item: a bullet or an emoji at a line's start ("• ", "🏅 COUP DE CHAPEAU",
# "📚 Merci Gisèle !", a keycap number "1️⃣"), not a list's dash inside a sentence.
_ITEM_START = re.compile(
    r"^[ \t]*(?:[•▪►●◆✔✅☑➡→]|[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55]|"
    r"[0-9#*]\uFE0F?\u20E3)",
    re.MULTILINE,
)
# How many items make a newsletter, and how long each must be on average (characters): news
# of a few sentences each, not a short list of one person's treatments ("• chemo Monday").
MIN_ITEMS = 3
MIN_AVERAGE_ITEM_CHARS = 60


def items(text: str) -> list[tuple[int, int]]:
    """The spans of a newsletter's items, the text before the first one included; empty when
    the post is no newsletter."""
    starts = [m.start() for m in _ITEM_START.finditer(text)]
    if len(starts) < MIN_ITEMS:
        return []
    ends = [*starts[1:], len(text)]
    lengths = [end - start for start, end in zip(starts, ends, strict=True)]
    if sum(lengths) / len(lengths) < MIN_AVERAGE_ITEM_CHARS:
        return []
    head = [(0, starts[0])] if starts[0] > 0 else []
    return head + list(zip(starts, ends, strict=True))


def item_of(spans: list[tuple[int, int]], position: int) -> int:
    """The index of the item holding `position` (-1 when `spans` is empty)."""
    for index, (start, end) in enumerate(spans):
        if start <= position < end:
            return index
    return -1
