"""EMAIL_ADDRESS: Presidio's pattern with an offline public-suffix check."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.email import EmailAddressRecognizer, offline_extractor, recognizers

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    # documentation domains (RFC 2606) stand for real ones in drafts and templates
    ("mail usagers@ch-arras.example for help", "fr", "usagers@ch-arras.example"),
    ("write to jo@clinic.test", "en", "jo@clinic.test"),
    ("email jane.doe@nhs.net for the results", "en", "jane.doe@nhs.net"),
    ("write to j_smith+clinic@example.co.uk", "en", "j_smith+clinic@example.co.uk"),
    ("Contact: Mary.O-Neil@trust.nhs.uk.", "en", "Mary.O-Neil@trust.nhs.uk"),
    ("écrivez à jean.dupont@chu-lyon.fr", "fr", "jean.dupont@chu-lyon.fr"),
    ("mon courriel : marie75@orange.fr", "fr", "marie75@orange.fr"),
    ("DM or mail a.b@gmail.com", "en", "a.b@gmail.com"),
]

NEGATIVES = [
    ("send it to jo@clinic.invalidtld", "en"),  # an unknown, unreserved suffix
    ("meet me @ the ward at 7pm", "en"),  # "@" as "at"
    ("thanks @jane_doe for the support", "en"),  # a handle
    ("send it to admin@localhost", "en"),  # no dot in the domain
    ("x@foo.invalidtld is not routable", "en"),  # no public suffix
    ("visit nhs.uk for advice", "en"),  # a web address
    ("rendez-vous à 14h@ l'hôpital", "fr"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_emails(analyze_with: Analyze, text: str, language: str, expected: str) -> None:
    assert analyze_with(EmailAddressRecognizer(language), text, language) == [
        ("EMAIL_ADDRESS", expected)
    ]


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_non_emails(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(EmailAddressRecognizer(language), text, language) == []


def test_suffix_check_is_offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A fresh extractor answers from the bundled list: no DNS lookup, no file in $HOME."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    extract = offline_extractor()  # a new extractor: its suffix list is not loaded yet
    assert extract("jane@trust.nhs.uk").fqdn == "trust.nhs.uk"
    assert extract("jane@nhs.uk").fqdn == ""  # nhs.uk is itself a public suffix
    assert extract("jane@foo.invalidtld").fqdn == ""
    assert list(tmp_path.iterdir()) == []


def test_recognizers_for_both_languages() -> None:
    assert [r.supported_language for r in recognizers("en") + recognizers("fr")] == ["en", "fr"]
