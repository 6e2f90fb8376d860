"""UK_POSTCODE: full UK postcodes by the Royal Mail rules; French codes postaux with a town."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.uk_postcode import (
    FrenchPostcodeRecognizer,
    UkPostcodeRecognizer,
    recognizers,
)

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

UK_POSITIVES = [
    ("Flowers to Ward 4, LS9 7TF please.", "en", ["LS9 7TF"]),
    ("Her flat is in BD7 1DP, near the park.", "en", ["BD7 1DP"]),
    ("Send letters to EC1A 1BB.", "en", ["EC1A 1BB"]),
    ("Pick-up point W1D 3QF.", "en", ["W1D 3QF"]),
    ("He lives in B33 8TH with his son.", "en", ["B33 8TH"]),
    ("Form said CR26XH for the address.", "en", ["CR26XH"]),
    ("my postcode is ne1 4lp if that helps", "en", ["ne1 4lp"]),
    ("Nous habitons au CF10 1EP depuis 2019.", "fr", ["CF10 1EP"]),
]

FRENCH_POSITIVES = [
    ("Elle vit au 4 rue Haute, 35000 Rennes.", ["35000 Rennes"]),
    ("Courrier : 33076 BORDEAUX CEDEX.", ["33076 BORDEAUX CEDEX"]),
    ("Installé à 06200 Nice depuis peu.", ["06200 Nice"]),
    ("Adresse : 42100 Saint-Étienne.", ["42100 Saint-Étienne"]),
]

NEGATIVES = [
    ("Take B12 2 times a week.", "en"),
    ("The M62 and A1 were closed.", "en"),
    ("Covid 19 jabs for 12 year olds.", "en"),
    ("Code QV1 1AA is not valid.", "en"),  # Q and V never start a postcode
    ("LS1 3CI is not valid either.", "en"),  # C and I never end one
    ("we got sw1a 1aa stickers lol", "en"),
    (
        "Trial used C57BL/6 mice.",
        "en",
    ),  # postcode-shaped, but part of a longer code  # lower case needs a word like "postcode"
    ("we all said ok 2 go", "en"),
    ("Plus de 50000 personnes vaccinées.", "fr"),
    ("En 2024 Lyon a ouvert un centre.", "fr"),
    ("Le lot 12345 est rappelé.", "fr"),
]


@pytest.mark.parametrize(("text", "language", "expected"), UK_POSITIVES)
def test_finds_uk_postcodes(
    analyze_with: Analyze, text: str, language: str, expected: list[str]
) -> None:
    found = analyze_with(UkPostcodeRecognizer(language), text, language)
    assert [surface for kind, surface in found if kind == "UK_POSTCODE"] == expected


@pytest.mark.parametrize(("text", "expected"), FRENCH_POSITIVES)
def test_finds_french_postcode_with_town(
    analyze_with: Analyze, text: str, expected: list[str]
) -> None:
    found = analyze_with(FrenchPostcodeRecognizer("fr"), text, "fr")
    assert [surface for kind, surface in found if kind == "LOCATION"] == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_other_codes(analyze_with: Analyze, text: str, language: str) -> None:
    for recognizer in recognizers(language):
        assert analyze_with(recognizer, text, language) == []


def test_french_postcodes_only_in_french() -> None:
    assert [r.supported_entities for r in recognizers("en")] == [["UK_POSTCODE"]]
    assert [r.supported_entities for r in recognizers("fr")] == [["UK_POSTCODE"], ["LOCATION"]]
