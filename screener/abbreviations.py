"""Whether a short form abbreviates a term: Schwartz & Hearst's letter-order test.

Standard library only, so the vocabulary build (scripts/, run without spaCy) uses the same
test as the recognizer.
"""

from __future__ import annotations

from collections.abc import Sequence


def letters_in_order(chars: Sequence[str], term: str) -> bool:
    """Every character of `chars` appears in `term` in the same order, read from the end, and
    the first one starts a word of `term` ("mri" in "magnetic resonance imaging")."""
    position = len(term) - 1
    for index in range(len(chars) - 1, -1, -1):
        while position >= 0 and (
            term[position] != chars[index]
            or (index == 0 and position > 0 and term[position - 1].isalnum())
        ):
            position -= 1
        if position < 0:
            return False
        position -= 1
    return True
