"""Social-media handles: "@name" mentions (X, Instagram, Telegram, Mastodon style).

A handle is "@" and 2-30 letters, digits, underscores or dots (not ending with a dot), with at
least one letter or underscore. The "@" must start a word: in "jane@nhs.net" it joins an
e-mail address, which the e-mail recognizer reports. "@ 7pm", "@7pm", "@10h30" are times.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer

# "@" not preceded by a letter, digit or character of an e-mail's local part (. _ + - &),
# then 2-30 handle characters, the last not a dot (a sentence's full stop is not part of it).
_HANDLE = r"(?<![\w.+&'-])@[A-Z0-9_](?:[A-Z0-9_.]{0,28}[A-Z0-9_])(?![\w])"
# The text after "@" of an appointment time rather than an account: "7pm", "10am", "19h",
# "19h30", "8.30pm". A handle also needs a letter or underscore (all-digit "@2024" is not one).
_TIME = re.compile(r"^\d{1,2}(?:[.h]\d{2})?(?:am|pm|h)?$", re.IGNORECASE)
_LETTER = re.compile(r"[A-Za-z_]")


class SocialHandleRecognizer(PatternRecognizer):
    """SOCIAL_HANDLE: an @mention, reported without context (0.6)."""

    # "@" starting a word is a mention in social text: reported on its shape alone.
    PATTERNS: ClassVar[list[Pattern]] = [Pattern("@handle", _HANDLE, 0.6)]
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

    def invalidate_result(self, pattern_text: str) -> bool:
        """Refuse times ("@7pm") and handles without a letter or underscore ("@2024")."""
        name = pattern_text[1:]
        return bool(_TIME.match(name)) or not _LETTER.search(name)


def recognizers(language: str) -> list[EntityRecognizer]:
    """The handle recognizer for a language."""
    return [SocialHandleRecognizer(supported_language=language)]
