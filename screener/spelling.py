"""Whether two words are one typing slip apart, for misspelled health words ("nausia").

Standard library only, so the vocabulary build (scripts/vocab_extras.py, run without spaCy)
applies the same rule as the recognizer (recognizers/health_shapes.py).
"""

from __future__ import annotations


def deletes(word: str) -> set[str]:
    """Every word one letter shorter than `word`."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def one_edit(a: str, b: str) -> bool:
    """Whether two different words are one deletion, insertion, substitution or swap of two
    neighbouring letters apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        swap = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
        return len(diff) == 1 or (swap and a[diff[1]] == b[diff[0]])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return shorter in deletes(longer)
