"""Where a quotation opens: the words inside are the quoted person's, not the poster's.

French guillemets and curly quotes open and close with different marks; a straight double
quote (") does both, so one is open when an odd number of them stand before the position.
"""

from __future__ import annotations

OPENING = ("«", "“")
CLOSING = ("»", "”")
STRAIGHT = '"'


def open_quote_before(text: str, position: int, start: int = 0) -> int:
    """The index of the quotation mark still open at `position` (looking from `start`), or
    -1 when no quotation is open there."""
    window = text[start:position]
    curly = max(window.rfind(mark) for mark in OPENING)
    if curly >= 0 and not any(mark in window[curly:] for mark in CLOSING):
        return start + curly
    if window.count(STRAIGHT) % 2 == 1:
        return start + window.rfind(STRAIGHT)
    return -1
