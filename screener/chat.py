"""Chat-export lines: who speaks and what they say.

Group chats exported from WhatsApp, Telegram or Slack put each message on a line of its own,
after a time and the speaker's name ("09:12 - Dave H: morning all, ...", "Claire, 08/10/2025
09:02 : la campagne ..."). The speaker's name is not a subject of the message: what they
pass on (a café's time, a pharmacy's new stock, a campaign) is no health of theirs unless
the message speaks of someone ("my", "mum", "she").
"""

from __future__ import annotations

import re

from screener.types import Finding

# What may stand before the speaker on its line: a time or a date, in brackets or not, and a
# dash ("09:12 - ", "[08/10/2025 09:02] ", "14:30 – "); nothing at all in a bare export. Not a
# list's number or bullet ("1. Priya:", "- Tom:"): a list item is no chat line.
_BEFORE_SPEAKER = re.compile(r"(?:[\[(]?\d{1,2}[:/][\d/.:,\s]*(?:[APap][Mm])?[\])]?\s*[-–—]?\s*)?")
# What may stand between the speaker and the colon: an initial ("Dave H"), a time or date
# after a comma or dash (", 08/10/2025 09:02"), a role in brackets ("(physio)"), emoji
# ("Modo_Souffle 🛡️:"); then the colon that opens the message (French typography puts a
# space before it).
_AFTER_SPEAKER = re.compile(
    r"(?:\s+[A-Z]\.?)?(?:\s*(?:[,–—-]\s*[\d/.:\s]+(?:[APap][Mm])?|\([^()\n]{1,30}\)))?"
    r"(?:\s*[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]+)?\s?:(?:\s|$)"
)


def message_of(text: str, name: Finding) -> tuple[int, int] | None:
    """The span of the message a name speaks on a chat-export line (from after its colon to
    the line's end), or None when the name is not a speaker's."""
    line_start = text.rfind("\n", 0, name.start) + 1
    if not _BEFORE_SPEAKER.fullmatch(text, line_start, name.start):
        return None
    after = _AFTER_SPEAKER.match(text, name.end)
    if after is None:
        return None
    line_end = text.find("\n", after.end())
    return after.end(), len(text) if line_end == -1 else line_end


# A dated chat line's head as chat apps export it, so that "15/03 : Marche rose" or a
# programme's "14:30 Témoignage :" is no speaker: a time or a date in brackets ("[10/02/2026
# 18:02] Josiane:", "[07:31] Dee:"), or a date and a time, or a time, then a dash ("14/01/2025
# 12:03 - Tatie Rose:"); then a name opening with a letter, at most 40 characters, and the colon.
_DATED_HEAD = re.compile(
    r"(?:\[[\d/.:,\s]{4,22}(?:[APap][Mm])?\]\s*"
    # (French exports put "à" between the date and the time: "18/11/2025 à 09:02 - Annick:")
    # (and dotted dates: "11.02.25, 14:02 - Rita H.:")
    r"|(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?,?\s+(?:à\s+)?)?\d{1,2}:\d{2}(?:\s?[APap][Mm])?\s+[-–—]\s+)"
    r"[^\W\d_][^\n:\[\]]{0,39}?\s?:(?:\s|$)"
)


def message_at(text: str, position: int) -> tuple[int, int] | None:
    """The span of the dated chat message ("[10/02/2026 18:02] Josiane: ...") holding a
    position, or None when the position is on no such line or in its head."""
    line_start = text.rfind("\n", 0, position) + 1
    head = _DATED_HEAD.match(text, line_start)
    if head is None or position < head.end():
        return None
    line_end = text.find("\n", head.end())
    return head.end(), len(text) if line_end == -1 else line_end


def is_message_date(text: str, date: Finding) -> bool:
    """Whether a date is a chat line's timestamp, inside the head of its line ("14/05/2025,
    09:02 - Jean-Mi:", "[08/10/2025 09:02] Claire:"): when a message was sent, not a date in
    someone's life (a timeline's "12/03/2025, 09:02 - ambulance called" has no speaker)."""
    line_start = text.rfind("\n", 0, date.start) + 1
    head = _DATED_HEAD.match(text, line_start)
    return head is not None and date.end <= head.end()
