"""Which recognizers the screener runs, built into a Presidio RecognizerRegistry."""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from presidio_analyzer import RecognizerRegistry

# One module per recognizer (screener/recognizers/<name>.py), each exposing
# `recognizers(language) -> list[EntityRecognizer]`.
RECOGNIZER_MODULES = (
    "ner_entities",
    "person_name",
    "person_cues",
    "roster",
    "place_name",
    "place_lists",
    "hashtag_place",
    "chat_sender",
    "health_terms",
    "age",
    "date",
    "address",
    "street_name",
    "postal_block",
    "facility",
    "hospital_name",
    "hospital_acronym",
    "uk_postcode",
    "zip_code",
    "us_town_state",
    "road",
    "country",
    "phone",
    "short_number",
    "au_service_number",
    "email",
    "url",
    "ip",
    "social_handle",
    "nhs_number",
    "fr_nir",
    "ch_avs",
    "be_niss",
    "lu_matricule",
    "ie_ppsn",
    "za_id",
    "in_aadhaar",
    "us_ssn",
    "medical_record",
    "insurance_number",
    "au_medicare",
    "ramq",
    "payment_card",
    "iban",
)


def build_registry(languages: Sequence[str]) -> RecognizerRegistry:
    """A registry holding our recognizers (and none of Presidio's defaults) for `languages`."""
    registry = RecognizerRegistry(supported_languages=list(languages))
    for name in RECOGNIZER_MODULES:
        module = importlib.import_module(f"screener.recognizers.{name}")
        for language in languages:
            for recognizer in module.recognizers(language):
                registry.add_recognizer(recognizer)
    return registry
