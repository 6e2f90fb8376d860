"""Open quotations (screener/quotes.py)."""

from __future__ import annotations

import pytest

from screener.quotes import open_quote_before


@pytest.mark.parametrize(
    ("text", "is_open"),
    [
        ("Nada : « Mes insomnies", True),
        ("Nada : « Mes insomnies » et puis mes", False),
        ('Tom said "my asthma', True),
        ('Tom said "get your jab" last week. My asthma', False),
        ("“After my MS", True),
        ("no quotation at all, my asthma", False),
    ],
)
def test_open_quote_before(text: str, is_open: bool) -> None:
    assert (open_quote_before(text, len(text)) >= 0) is is_open
