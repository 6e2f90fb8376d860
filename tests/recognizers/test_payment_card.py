"""CREDIT_CARD: Presidio's card pattern and Luhn checksum."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.payment_card import PaymentCardRecognizer, recognizers

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]


def luhn(prefix: str) -> str:
    """`prefix` followed by its Luhn check digit."""
    total = 0
    for i, d in enumerate(reversed(prefix)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return prefix + str((10 - total % 10) % 10)


def grouped(number: str, sep: str = " ") -> str:
    """A 16-digit number in groups of four."""
    return sep.join(number[i : i + 4] for i in range(0, len(number), 4))


VISA = luhn("453201511283036")
MASTERCARD = luhn("524468103937457")
AMEX = luhn("37828224631000")  # 15 digits
DISCOVER = luhn("601100099013942")


def nir_passing_luhn() -> str:
    """A 15-digit French NIR (right key) that also passes the Luhn check."""
    for order in range(1, 1000):
        body = f"1841275123{order:03d}"
        number = body + f"{97 - int(body) % 97:02d}"
        if luhn(number[:-1]) == number:
            return number
    raise AssertionError("no such number")


def broken(number: str) -> str:
    """The number with a wrong check digit."""
    return number[:-1] + str((int(number[-1]) + 5) % 10)


POSITIVES = [
    (f"charged my card {VISA} twice", "en", VISA),
    (f"Visa {grouped(VISA)} exp 09/27", "en", grouped(VISA)),
    (f"mastercard {grouped(MASTERCARD, '-')}", "en", grouped(MASTERCARD, "-")),
    (f"amex {AMEX} please refund", "en", AMEX),
    (f"ma carte bancaire {grouped(DISCOVER)} a été débitée", "fr", grouped(DISCOVER)),
    ("numéro de carte 4111 1111 1111 1111 (carte de test)", "fr", "4111 1111 1111 1111"),
]

NEGATIVES = [
    (f"card {broken(VISA)}", "en"),  # wrong Luhn digit
    (f"Visa {grouped(broken(MASTERCARD))}", "en"),
    ("order 2024 0312 1145 7788 shipped", "en"),  # no card prefix (2...) and fails Luhn
    ("call 0161 496 0000 now", "en"),  # a phone number
    ("4,212 babies born in 2023", "en"),
    (f"carte {broken(DISCOVER)}", "fr"),
    (f"carte vitale {nir_passing_luhn()}", "fr"),  # a NIR, left to the NIR recognizer
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_cards(analyze_with: Analyze, text: str, language: str, expected: str) -> None:
    found = analyze_with(PaymentCardRecognizer(language), text, language)
    assert found == [("CREDIT_CARD", expected)]


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_non_cards(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(PaymentCardRecognizer(language), text, language) == []


def test_recognizers_for_both_languages() -> None:
    assert [r.supported_language for r in recognizers("en") + recognizers("fr")] == ["en", "fr"]
