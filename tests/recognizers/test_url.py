"""URL: Presidio's URL patterns held to word boundaries, never inside an e-mail address."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.url import WebAddressRecognizer, recognizers

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    ("live on www.chu-neuro.example/live", "fr", "www.chu-neuro.example/live"),
    ("donate at justgiving.example/priyaruns", "en", "justgiving.example/priyaruns"),
    (
        "see https://www.nhs.uk/conditions/asthma/ for more",
        "en",
        "https://www.nhs.uk/conditions/asthma/",
    ),
    ("visit nhs.uk for advice", "en", "nhs.uk"),
    (
        "fundraiser at www.justgiving.com/fundraising/abc",
        "en",
        "www.justgiving.com/fundraising/abc",
    ),
    ("Gov.UK has the guidance", "en", "Gov.UK"),
    ("Infos sur ameli.fr et sur le site", "fr", "ameli.fr"),
    ("le lien : http://example.org/page?id=3", "fr", "http://example.org/page?id=3"),
    ('link "https://bit.ly/3xYz" here', "en", "https://bit.ly/3xYz"),
    # regional and health top-level domains that Presidio's list lacks
    ("Details at www.nhsglenmorrow.scot/clinics", "en", "www.nhsglenmorrow.scot/clinics"),
    ("Gwybodaeth: iechyd.cymru/apwyntiad", "en", "iechyd.cymru/apwyntiad"),
    ("Infos sur ehpad-lesgenets.bzh", "fr", "ehpad-lesgenets.bzh"),
    ("order from boots.pharmacy today", "en", "boots.pharmacy"),
]

NEGATIVES = [
    ("email jane.doe@nhs.net today", "en"),  # the domain of an e-mail address
    ("write to anne.ma@example.org", "en"),  # local part shaped like a domain, and the domain
    ("we got home.It was late", "en"),  # a missing space after a full stop
    ("at 7.amazing staff", "en"),  # a top-level domain prefix inside a word
    ("the dose went from 2.5 to 5.0 mg", "en"),
    ("Il est rentré à la maison.Il va mieux", "fr"),
    ("the file is notes.scotch and more", "en"),  # a longer word, not the ".scot" domain
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_urls(analyze_with: Analyze, text: str, language: str, expected: str) -> None:
    assert analyze_with(WebAddressRecognizer(language), text, language) == [("URL", expected)]


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_non_urls(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(WebAddressRecognizer(language), text, language) == []


def test_recognizers_for_both_languages() -> None:
    assert [r.supported_language for r in recognizers("en") + recognizers("fr")] == ["en", "fr"]
