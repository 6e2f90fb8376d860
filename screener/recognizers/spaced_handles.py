"""Mentions that exports split as "@ name": found by the person-name recognizer (person_name),
which reports them as SOCIAL_HANDLE.

A mention is "@", a space, then a handle word; not when the word after "@" is a stop word, a
number, an ordinary place word ("@ home", "@ the ward"), a town or a word in capitals ("@
Leeds", "MOVEMBER @ HARTLEPOOL"), a time ("@ 7pm"), or a venue checked in at ("Just posted a
photo @ ...").
"""

from __future__ import annotations

import re

from screener.gazetteers import canonical, places
from screener.name_context import PostContext

SCORE_HANDLE = 0.6  # "@ name" with the space some exports insert

# After "@ ", words that make "@" mean "at" (a place or time), not a mention; stop words and
# numbers are refused too.
_AT_WORDS = frozenset(
    "home work school uni hospital ward clinic church gym night noon midnight lunch dinner "
    "breakfast reception maison boulot travail hôpital hopital midi minuit".split()
)
# Words before "@ Venue" in check-in posts ("Just posted a photo @ ...", "(@ ...").
_CHECK_IN = frozenset("photo photos video pic posted at here live (".split())
# A handle: letters, digits and underscores, 2 to 30, with a letter.
_HANDLE_WORD = re.compile(r"^(?=.*[A-Za-z])\w{2,30}$", re.ASCII)
# A time after "@": "7pm", "10h30".
_TIME = re.compile(r"^\d{1,2}(?:[.:h]\d{2})?(?:am|pm|h)?$", re.IGNORECASE)


def spaced_handles(ctx: PostContext) -> list[tuple[int, int, str, float, str]]:
    """(start, end token, "SOCIAL_HANDLE", score, why) for each "@ name" mention in a post."""
    out = []
    tokens = ctx.tokens
    text, n = tokens.text, len(tokens)
    for at in range(n):
        if text[at] != "@" or not tokens.space_after[at] or at + 1 >= n:
            continue
        word = at + 1
        if not _HANDLE_WORD.match(text[word]) or _TIME.match(text[word]):
            continue
        if tokens.stop[word] or tokens.num[word] or tokens.lower[word] in _AT_WORDS:
            continue
        before = ctx.previous_lower(at)
        if before is not None and before in _CHECK_IN:
            continue  # "Just posted a photo @ Kembar Mas": a venue checked in at
        if text[word].isupper() or canonical(text[word]) in places(ctx.language):
            continue  # "MOVEMBER @ HARTLEPOOL MEN'S SHED", "@ Leeds": "at" a place
        end = word + 1
        while end + 1 < n and text[end] == "_" and _HANDLE_WORD.match(text[end + 1]):
            end += 2  # "@ serina _ sgill": underscores split off too
        out.append((at, end, "SOCIAL_HANDLE", SCORE_HANDLE, "mention written '@ name'"))
    return out
