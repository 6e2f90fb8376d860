"""Social-media handles: "@name" mentions (X, Instagram, Telegram, Mastodon style), Reddit's
"u/name", and the usernames that head a message pasted from a chat server ("**dan_99**:") or
a forum ("Posted by lokyi_92 »", "Chouquette_83 · posté hier").

A handle is "@" and 2-30 letters (accented ones too), digits, underscores or dots (not ending
with a dot), with at least one letter or underscore. The "@" must start a word: in
"jane@nhs.net" it joins an e-mail address, which the e-mail recognizer reports. "@ 7pm",
"@7pm", "@10h30" are times.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern

from screener.gazetteers import everyday_words
from screener.recognizers.lean import LeanPatternRecognizer

# "@" not preceded by a letter, digit or character of an e-mail's local part (. _ + - &),
# then 2-30 handle characters, the last not a dot (a sentence's full stop is not part of it).
_HANDLE = r"(?<![\w.+&'-])@\w(?:[\w.]{0,28}\w)(?![\w])"
# Reddit's "u/name": 3-20 letters, digits, "_" or "-", not inside a path or a URL.
_REDDIT = r"(?<![\w/.])u/[\w-]{3,20}(?![\w/])"
# A chat server's message pasted with its author in bold at the start of a line ("**dan_99**:",
# "**carer_claire** — Today at 09:14"): a username shape (checked in invalidate_result).
_SPEAKER = r"(?<=^\*\*)[\w.]{3,30}(?=\*\*\s*(?:[:—–-]|$))"
# The author of a forum post or of a chat server's message, named in its header: after
# "Posted by" / "Posté par" ("Posted by lokyi_92 » Tue 4:15 pm", "> Posted by Marcus_T:"), or
# opening a line before a dash or a dot and the time ("hepatopal_jay — Today at 3:12 AM",
# "📢 **Modo_Léa** — Aujourd'hui à 18:00", "Chouquette_83 · posté hier à 23:41"): a username
# with a username's mark (an underscore, a dot, a digit; after "Posted by", a capital inside a
# word too: "Posted by TayValleyBird · Mon", or a lower-case word no dictionary has: "Posted by
# vtmaplegirl", checked in invalidate_result): "Quote from earlier:" and
# "reminder — 10:30 clinic" name no author. "u/name" is the Reddit pattern's.
_POSTED_BY = (
    r"(?<=\b(?:posted\s+by|post[ée]e?\s+par|publi[ée]e?\s+par|reply\s+by|r[ée]ponse\s+de|"
    r"citation\s+de|quote\s+from|quoting)\s+)(?!u/)(?=[\w.]*(?:[_.\d]|(?-i:[a-z][A-Z]))|(?-i:[a-z]{5,30})\b)"
    r"[\w.]{3,30}(?<!\.)"
    r"(?=\s*(?:[:»·•|]|$))"
    # a quoted reply's author ("> scalpy_sian wrote:", "> Pivoine_29 a écrit :", "bernard.v a
    # répondu :")
    r"|(?<=^>?\s*)(?=[\w.]*[_.\d])[\w.]{3,30}"
    r"(?=\s+(?:wrote|said|replied|a\s+[ée]crit|a\s+r[ée]pondu)\s*:)"
)
_HEADER_AUTHOR = (
    # (after the line's start, or after a channel's name and a dash: "#parcours-fiv — name —")
    # (a username's mark, or a lower-case word no dictionary has: "sparrowfeather — Today")
    r"(?<=^[^\w\n]{0,6}|^#[\w-]{1,30}\s+[—–·•]\s+)(?=[\w.]*[_.\d]|[a-z]{3,30}(?:\*\*)?\s)"
    r"[\w.]{3,30}"
    r"(?=(?:\*\*)?\s+[—–·•]\s+"
    r"(?:today|yesterday|aujourd['’]hui|hier|post[ée]|posted|il\s+y\s+a|pinned|[ée]pingl|"
    # (a weekday and a time: "yanis.gard — Dimanche à 03:47")
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\s+(?:à|at)\s+\d|"
    r"\d{1,2}[/:.h]))"
)
# An IRC-style chat log's nick, in angle brackets opening a line, maybe after the time
# ("<ChopperFan88> had my 2nd infusion", "[21:04] <ms_mel> glad it went ok"): not an HTML tag
# ("<br>", "<em>"), and with the username marks below.
_IRC_NICK = (
    r"(?<=^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?<)"
    r"(?!(?:br|hr|em|strong|div|span|li|ul|ol|sup|sub|small|h[1-6])>)[\w.|-]{2,30}(?=>\s)"
)
# A chat export's speaker after the time, before a colon ("[09:14] meg_b: is it normal", "10:02
# sarah.b: content plan"): a username (with the marks below), as a first name is a person's.
# (a day and month may come before the time: "[03/02 02:13] mimi_dk:"; camel case is a
# username's mark too: "[19:02] KaylaM:")
_TIMED_SPEAKER = (
    r"(?<=^\[?(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?,?\s)?\d{1,2}:\d{2}(?::\d{2})?\]?\s{1,2})"
    r"(?=[\w.]*(?:[_.\d]|[a-z][A-Z]))[\w.]{2,30}(?<!\.)(?=:\s)"
)
# A speaker's name is a username when it has a username's marks (an underscore, a dot, a
# digit) or is all lower case: "**Admin**:" or "**Note**:" are headings.
# Camel case with a capital after a lower-case letter ("tinmanTULSA", "mumOfTwo") is one too.
_USERNAME_MARK = re.compile(r"[_.\d]|[a-z][A-Z]")
# The text after "@" of an appointment time rather than an account: "7pm", "10am", "19h",
# "19h30", "8.30pm". A handle also needs a letter or underscore (all-digit "@2024" is not one).
_TIME = re.compile(r"^\d{1,2}(?:[.h]\d{2})?(?:am|pm|h)?$", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d]")


# A character every match of a pattern holds (none is cased, so case-insensitive matching
# changes nothing): "@" before a mention, "/" in "u/name", "**" around a chat speaker, "<"
# before a chat log's nick.
_NEEDS = {"@handle": "@", "u/name": "/", "chat speaker": "**", "irc nick": "<"}


class SocialHandleRecognizer(LeanPatternRecognizer):
    """SOCIAL_HANDLE: an @mention, reported without context (0.6)."""

    # "@" starting a word is a mention in social text: reported on its shape alone; so are
    # "u/name", a bold username opening a pasted message and a chat log's nick.
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("@handle", _HANDLE, 0.6),
        Pattern("u/name", _REDDIT, 0.6),
        Pattern("chat speaker", _SPEAKER, 0.6),
        Pattern("forum author", _POSTED_BY, 0.6),
        Pattern("message header author", _HEADER_AUTHOR, 0.6),
        Pattern("irc nick", _IRC_NICK, 0.6),
        Pattern("timed speaker", _TIMED_SPEAKER, 0.6),
    ]
    # Substrings of single tokens, English and French ("insta" covers "instagram", "abonn"
    # covers "abonnez-vous", "suiv" covers "suivez", "suivre").
    CONTEXT: ClassVar[list[str]] = [
        "follow",
        "twitter",
        "insta",
        "telegram",
        "tiktok",
        "mastodon",
        "dm",
        "handle",
        "compte",
        "suiv",
        "abonn",
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="SOCIAL_HANDLE",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name=f"SocialHandleRecognizer_{supported_language}",
        )

    def may_match(self, text: str, pattern: Pattern) -> bool:
        """False when the post lacks the character the pattern needs (_NEEDS)."""
        needed = _NEEDS.get(pattern.name)
        return needed is None or needed in text

    def invalidate_result(self, pattern_text: str) -> bool:
        """Refuse times ("@7pm"), handles without a letter or underscore ("@2024") and bold
        headings that are not usernames ("**Note**:")."""
        if pattern_text.startswith("@"):
            name = pattern_text[1:]
            return bool(_TIME.match(name)) or not _LETTER.search(name)
        if pattern_text.startswith("u/"):
            return not _LETTER.search(pattern_text[2:])
        if _TIME.match(pattern_text):
            return True  # "🕘 8h30 – 13h": opening hours, not a username
        if pattern_text.islower() and pattern_text in everyday_words():
            return True  # "reminder — 10:30 clinic today": a word, not a username
        username = bool(_USERNAME_MARK.search(pattern_text)) or pattern_text.islower()
        return not (username and _LETTER.search(pattern_text))


def recognizers(language: str) -> list[EntityRecognizer]:
    """The handle recognizer for a language."""
    return [SocialHandleRecognizer(supported_language=language)]
