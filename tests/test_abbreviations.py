"""Schwartz & Hearst's letter-order test, shared by the recognizer and the vocabulary build."""

from __future__ import annotations

import pytest

from screener.abbreviations import letters_in_order


@pytest.mark.parametrize(
    ("short", "term", "expected"),
    [
        ("mri", "magnetic resonance imaging", True),
        ("cfs", "chronic fatigue syndrome", True),
        ("hba1c", "haemoglobin a1c", True),
        ("copd", "chronic obstructive pulmonary disease", True),
        ("ms", "multiple sclerosis", True),
        ("xyz", "multiple sclerosis", False),  # letters absent
        ("sm", "multiple sclerosis", False),  # letters out of order
        ("ltiple", "multiple", False),  # the first letter must start a word
    ],
)
def test_letters_in_order(short: str, term: str, expected: bool) -> None:
    assert letters_in_order(list(short), term) is expected
