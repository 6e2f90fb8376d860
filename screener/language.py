"""Tell English from French in a short post, cheaply.

Posts are short and informal, so statistical detectors trained on long text wobble; the two
languages we support differ sharply in their commonest function words, which is enough.
"""

from __future__ import annotations

import re

# Function words frequent in one language and rare in the other (no shared spellings such as
# "a", "on", "me", "son", "pour"/"four" traps): counted on lower-cased word tokens.
_EN = frozenset(
    "the and is are was were of to in for with my his her our your their this that it "
    "i you he she we they have has had been will would can could not no at from after "
    "today home thanks thank please who what when".split()
)
_FR = frozenset(
    "le la les un une des du de et est sont était avec pour dans sur mon ma mes ton ta notre "
    "nos votre vos leur ce cette ces il elle nous vous ils elles je j ai avons avez suis "
    "pas ne qui que quoi quand aujourd hui merci chez au aux depuis après très".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)  # letters only: digits and handles carry no language
# French spelling marks that English words almost never carry.
_FRENCH_MARKS = re.compile(r"[éèêàùçôîœ]")


def detect_language(text: str, default: str = "en") -> str:
    """Return "en" or "fr" for a post; `default` when there is no evidence either way."""
    words = _WORD.findall(text.lower())
    en = sum(w in _EN for w in words)
    fr = sum(w in _FR for w in words) + 0.5 * len(_FRENCH_MARKS.findall(text.lower()))
    if en == fr:
        return default
    return "fr" if fr > en else "en"
