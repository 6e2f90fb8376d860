"""LU_MATRICULE: Luxembourg social security numbers, birth date, Luhn and Verhoeff digits."""

from __future__ import annotations

import pytest

from screener.recognizers.lu_matricule import LuMatriculeRecognizer, is_lu_matricule
from tests.recognizers.test_in_aadhaar import verhoeff_digit


def matricule(first11: str, sep: str = " ") -> str:
    """A valid matricule from its first 11 digits, grouped 4-4-5 like a CNS card."""
    total = 0
    for i, ch in enumerate(reversed(first11)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    luhn = (10 - total % 10) % 10
    digits = first11 + str(luhn) + verhoeff_digit(first11)
    return sep.join((digits[:4], digits[4:8], digits[8:])) if sep else digits


GOOD = matricule("19741122058")
COMPACT = matricule("20030301113", "")
BAD = GOOD[:-1] + str((int(GOOD[-1]) + 1) % 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"voici mon matricule CNS : {GOOD}, merci", [GOOD]),
        (f"Sozialversicherungsnummer {COMPACT}", [COMPACT]),
        # a wrong Verhoeff digit, an impossible month, a longer run, a phone number
        (f"matricule {BAD}", []),
        ("matricule 1974 1322 05801", []),
        (f"réf 9{COMPACT}", []),
        ("Tél. +352 27 12 34 56", []),
    ],
)
def test_matricules(text: str, expected: list[str]) -> None:
    recognizer = LuMatriculeRecognizer("fr")
    results = recognizer.analyze(text, ["LU_MATRICULE"])
    found = [text[r.start : r.end] for r in results if r.score >= 0.5]
    assert found == expected


def test_check_digits() -> None:
    assert is_lu_matricule(GOOD) and is_lu_matricule(COMPACT)
    assert not is_lu_matricule(BAD)
    assert not is_lu_matricule(GOOD[:-2])
