"""Mentions that exports split as "@ name": found by the person-name recognizer (person_name),
which reports them as SOCIAL_HANDLE.

A mention is "@", a space, then a handle word; not when the word after "@" is a stop word, a
number, an ordinary place word ("@ home", "@ the ward"), a time ("@ 7pm"), or a venue checked
in at ("Just posted a photo @ ...").
"""

from __future__ import annotations

import re

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
    doc = ctx.doc
    for at in doc:
        if at.text != "@" or not at.whitespace_ or at.i + 1 >= len(doc):
            continue
        word = doc[at.i + 1]
        if not _HANDLE_WORD.match(word.text) or _TIME.match(word.text):
            continue
        if word.is_stop or word.like_num or word.lower_ in _AT_WORDS:
            continue
        before = ctx.previous_word(at.i)
        if before is not None and before.lower_ in _CHECK_IN:
            continue  # "Just posted a photo @ Kembar Mas": a venue checked in at
        end = word.i + 1
        while end + 1 < len(doc) and doc[end].text == "_" and _HANDLE_WORD.match(doc[end + 1].text):
            end += 2  # "@ serina _ sgill": underscores split off too
        out.append((at.i, end, "SOCIAL_HANDLE", SCORE_HANDLE, "mention written '@ name'"))
    return out
