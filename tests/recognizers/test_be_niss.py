"""BE_NISS: Belgian national register numbers, birth date and mod-97 key."""

from __future__ import annotations

import pytest

from screener.recognizers.be_niss import BeNissRecognizer, is_be_niss


def niss(date6: str, serial: str, born_2000s: bool = False, shape: str = "dotted") -> str:
    """A NISS with its key computed here, independently of the recognizer."""
    body = int(("2" if born_2000s else "") + date6 + serial)
    key = f"{97 - body % 97:02d}"
    if shape == "spaced":
        return f"{date6[:2]} {date6[2:4]} {date6[4:]} {serial} {key}"
    return f"{date6[:2]}.{date6[2:4]}.{date6[4:]}-{serial}.{key}"


GOOD = niss("850730", "033")
NEW = niss("120305", "114", born_2000s=True)
SPACED = niss("630211", "287", shape="spaced")
BIS = niss("604215", "001")  # a "bis" number: month + 40
BAD = GOOD[:-1] + str((int(GOOD[-1]) + 1) % 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Concerne : patient NISS {GOOD}, séjour du 3 mai", [GOOD]),
        (f"registre national {NEW} (enfant)", [NEW]),
        (f"son numéro national : {SPACED}", [SPACED]),
        (f"INSZ {BIS}", [BIS]),
        # a wrong key, an impossible month, a phone number, a longer run
        (f"NISS {BAD}", []),
        ("NISS 85.13.30-033.41", []),
        ("Tél. 04 72 11 69 11", []),
        (f"réf 1{GOOD}", []),
    ],
)
def test_niss_numbers(text: str, expected: list[str]) -> None:
    recognizer = BeNissRecognizer("fr")
    results = recognizer.analyze(text, ["BE_NISS"])
    found = [text[r.start : r.end] for r in results if r.score >= 0.5]
    assert found == expected


def test_key() -> None:
    assert is_be_niss(GOOD) and is_be_niss(NEW) and is_be_niss(SPACED)
    assert not is_be_niss(BAD)
    assert not is_be_niss("85.07.30-033")
