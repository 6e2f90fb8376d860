"""IP_ADDRESS: Presidio's IPv4/IPv6 patterns validated by `ipaddress`."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.ip import IpAddressRecognizer, recognizers

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    ("my IP is 192.168.1.20 apparently", "en", "192.168.1.20"),
    ("blocked 203.0.113.77 again", "en", "203.0.113.77"),
    ("ipv6 2001:db8:85a3::8a2e:370:7334 logged", "en", "2001:db8:85a3::8a2e:370:7334"),
    ("from 10.0.0.1/24 subnet", "en", "10.0.0.1/24"),
    ("mon adresse IP : 198.51.100.4", "fr", "198.51.100.4"),
    ("connexion depuis fe80::1ff:fe23:4567:890a", "fr", "fe80::1ff:fe23:4567:890a"),
]

NEGATIVES = [
    ("version 1.2.3 of the app", "en"),  # three parts
    ("999.10.10.10 is not an address", "en"),  # octet above 255
    ("meet at 10:30 on 12.03.2024", "en"),  # time and date
    ("ratio 3:1:2 in the trial", "en"),
    ("4,212 patients en 2023", "fr"),
    ("le score 12.5.2 du test", "fr"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_ips(analyze_with: Analyze, text: str, language: str, expected: str) -> None:
    assert analyze_with(IpAddressRecognizer(language), text, language) == [("IP_ADDRESS", expected)]


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_non_ips(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(IpAddressRecognizer(language), text, language) == []


def test_recognizers_for_both_languages() -> None:
    assert [r.supported_language for r in recognizers("en") + recognizers("fr")] == ["en", "fr"]
