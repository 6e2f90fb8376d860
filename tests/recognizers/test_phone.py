"""PHONE_NUMBER: GB/FR/US and international numbers, possible fictional UK ones, and digit
groups after a phone word; not dates, years, counts, times, SSNs, IPs or NHS numbers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.phone import PhoneNumberRecognizer, recognizers

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]


def nhs_spaced(first_nine: str) -> str:
    """A checksum-valid NHS number in its spaced 3-3-4 form."""
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    assert check != 10
    digits = first_nine + str(check)
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


POSITIVES = [
    # Ofcom's drama range: "possible" but not "valid" for phonenumbers, must still be found.
    ("text me on 07700 900123 tonight", "en", ["07700 900123"]),
    ("Ring 0161 496 0000 or +44 20 7946 0958", "en", ["0161 496 0000", "+44 20 7946 0958"]),
    ("Tel:01632 960 001 (switchboard)", "en", ["01632 960 001"]),
    ("Call 212-555-0187 for the clinic", "en", ["212-555-0187"]),
    ("office (312) 555-0148 ext 12", "en", ["(312) 555-0148 ext 12"]),
    ("Appelez le 06 12 34 56 78 ou le 01 23 45 67 89", "fr", ["06 12 34 56 78", "01 23 45 67 89"]),
    ("mon portable : +33 6 12 34 56 78", "fr", ["+33 6 12 34 56 78"]),
    ("ma soeur au 0044 7700 900456", "fr", ["0044 7700 900456"]),
    ("Phone: 782 2652", "en", ["782 2652"]),  # unknown country, introduced by a phone word
    # mobile money is paid to a phone number; a country code is part of the number
    ("Envoyez par Moov Money au 96 55 01 48 svp", "fr", ["96 55 01 48"]),
    ("send it by M-Pesa to 0722 555 014, thanks", "en", ["0722 555 014"]),
    ("ou par Airtel Money au +241 66 555 0107", "fr", ["+241 66 555 0107"]),
    # a national number of another country right after "on" / "au", after a line or a
    # contact word, or after the telephone sign
    ("send it to his wife Grace on 3321 4478, thanks", "en", ["3321 4478"]),
    ("pour les dons, appelez sa tante au 22 41 78 93", "fr", ["22 41 78 93"]),
    ("Youth line – 4410 2287, free", "en", ["4410 2287"]),
    ("contactez le major du service au 20 21 48 35", "fr", ["20 21 48 35"]),
    ("📞 6614 2290, Mon to Fri", "en", ["6614 2290"]),
]

NEGATIVES = [
    ("Born 12.03.2024 at 19:30, discharged 2024-03-14", "en"),  # dates, time
    ("4,212 babies were born here in 2023", "en"),  # count, year
    ("the 2019-2024 strategy, 2017 - 01 - 25 01", "en"),  # year range, spaced date
    ("SSN 432-71-5086", "en"),  # an SSN's 3-2-4 shape
    ("server 192.168.1.20 is down", "en"),  # an IP address
    (f"ref {nhs_spaced('485777345')} on the letter", "en"),  # an NHS number
    ("member ID XYZ123456789", "en"),  # digits inside a code
    ("lovastatin 1,000/40 mg, P < .0001", "en"),  # doses and p-values
    ("123456789 et 2024", "fr"),  # no trunk 0: not a French number
    ("appels traités en 2023 : 12 500 000", "fr"),  # a count after a phone word
    ("Money raised in 2024: 1 250 000", "en"),  # a sum after a mobile-money word
    ("the fund stood on 1 250 000 last year", "en"),  # a sum in thousands after "on"
    ("du 12 au 14 03 2025 à Lomé", "fr"),  # a date after "au"
    ("we were at 12 34 on the clock", "en"),  # too few digits
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_phone_numbers(
    analyze_with: Analyze, text: str, language: str, expected: list[str]
) -> None:
    found = analyze_with(PhoneNumberRecognizer(language), text, language)
    assert found == [("PHONE_NUMBER", number) for number in expected]


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_other_numbers(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(PhoneNumberRecognizer(language), text, language) == []


def test_recognizers_for_both_languages() -> None:
    assert [r.supported_language for r in recognizers("en") + recognizers("fr")] == ["en", "fr"]
