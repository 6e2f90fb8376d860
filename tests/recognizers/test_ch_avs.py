"""CH_AVS: Swiss social security numbers, 756 prefix and EAN-13 check digit."""

from __future__ import annotations

import pytest

from screener.recognizers.ch_avs import ChAvsRecognizer, is_ch_avs


def avs(body9: str, sep: str = ".") -> str:
    """A 756 number with its EAN-13 digit computed here, independently of the recognizer."""
    digits = "756" + body9
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits))
    check = (10 - total % 10) % 10
    full = digits + str(check)
    return sep.join((full[:3], full[3:7], full[7:11], full[11:]))


GOOD = avs("123456789")
SPACED = avs("908172635", " ")
COMPACT = avs("555000111", "")
BAD = GOOD[:-1] + str((int(GOOD[-1]) + 1) % 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Patient M. Roux, AVS {GOOD}, chambre 12", [GOOD]),
        (f"mon numéro AVS c'est {SPACED}", [SPACED]),
        (f"carte d'assurance {COMPACT}", [COMPACT]),
        # a wrong check digit, another country's prefix, a longer run of digits
        (f"AVS {BAD}", []),
        ("réf. 755.1234.5678.90", []),
        (f"n° 1{COMPACT}", []),
        ("Tél. 021 555 01 23", []),
    ],
)
def test_avs_numbers(text: str, expected: list[str]) -> None:
    recognizer = ChAvsRecognizer("fr")
    results = recognizer.analyze(text, ["CH_AVS"])
    found = [text[r.start : r.end] for r in results if r.score >= 0.5]
    assert found == expected


def test_check_digit() -> None:
    assert is_ch_avs(GOOD) and is_ch_avs(COMPACT)
    assert not is_ch_avs(BAD)
    assert not is_ch_avs("756.1234.5678")
