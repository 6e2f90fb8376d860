"""The catalogue of entity types the screener reports, their category and plain-word names.

Every recognizer emits one of these types; the policy and the evaluation read them from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from screener.types import Category


@dataclass(frozen=True, slots=True)
class EntityInfo:
    """What one entity type means."""

    category: Category
    label: str  # the evaluation label (../shared/eval/README.md)
    noun: str  # plain words for reasons: "names a person (x)"
    direct: bool = False  # identifies someone on its own: held even without a health detail
    about_person: bool = True  # can single out a person when crossed with a health detail


ENTITIES: dict[str, EntityInfo] = {
    # identifiers
    "PERSON": EntityInfo("identifier", "PERSON", "a person"),
    "DATE": EntityInfo("identifier", "DATE", "a date"),
    "AGE": EntityInfo("identifier", "AGE", "an age"),
    "LOCATION": EntityInfo("identifier", "LOCATION", "a place"),
    # A country is too coarse to single anyone out: reported, never counted or redacted.
    "COUNTRY": EntityInfo("identifier", "LOCATION", "a country", about_person=False),
    "FACILITY": EntityInfo("identifier", "LOCATION", "a named place (care, school or work)"),
    "ADDRESS": EntityInfo("identifier", "LOCATION", "a home address", direct=True),
    "UK_POSTCODE": EntityInfo("identifier", "LOCATION", "a postcode"),
    "PHONE_NUMBER": EntityInfo("identifier", "PHONE", "a phone number", direct=True),
    "EMAIL_ADDRESS": EntityInfo("identifier", "EMAIL", "an e-mail address", direct=True),
    "URL": EntityInfo("identifier", "URL", "a web address", about_person=False),
    "IP_ADDRESS": EntityInfo("identifier", "IP", "an IP address"),
    "SOCIAL_HANDLE": EntityInfo("identifier", "HANDLE", "a social-media handle"),
    "NHS_NUMBER": EntityInfo("identifier", "ID_NUMBER", "an NHS or CHI number", direct=True),
    "FR_NIR": EntityInfo("identifier", "ID_NUMBER", "a French social security number", direct=True),
    "CH_AVS": EntityInfo("identifier", "ID_NUMBER", "a Swiss social security number", direct=True),
    "LU_MATRICULE": EntityInfo(
        "identifier", "ID_NUMBER", "a Luxembourg social security number", direct=True
    ),
    "BE_NISS": EntityInfo(
        "identifier", "ID_NUMBER", "a Belgian national register number", direct=True
    ),
    "US_SSN": EntityInfo("identifier", "ID_NUMBER", "a US social security number", direct=True),
    "IE_PPSN": EntityInfo("identifier", "ID_NUMBER", "an Irish PPS number", direct=True),
    "IN_AADHAAR": EntityInfo("identifier", "ID_NUMBER", "an Aadhaar number", direct=True),
    "ZA_ID_NUMBER": EntityInfo("identifier", "ID_NUMBER", "a South African ID number", direct=True),
    "MEDICAL_RECORD_NUMBER": EntityInfo(
        "identifier", "ID_NUMBER", "a medical record number", direct=True
    ),
    "INSURANCE_NUMBER": EntityInfo("identifier", "ID_NUMBER", "an insurance number", direct=True),
    "CREDIT_CARD": EntityInfo("identifier", "ID_NUMBER", "a payment card number", direct=True),
    "IBAN_CODE": EntityInfo("identifier", "ID_NUMBER", "a bank account number", direct=True),
    # health details
    "CONDITION": EntityInfo("health", "CONDITION", "a condition"),
    "SYMPTOM": EntityInfo("health", "SYMPTOM", "a symptom"),
    "MEDICATION": EntityInfo("health", "MEDICATION", "a medication"),
    "PROCEDURE": EntityInfo("health", "PROCEDURE", "a procedure"),
}

IDENTIFIER_TYPES = frozenset(k for k, v in ENTITIES.items() if v.category == "identifier")
HEALTH_TYPES = frozenset(k for k, v in ENTITIES.items() if v.category == "health")


def info(entity_type: str) -> EntityInfo:
    """The catalogue entry for an entity type; KeyError names the unknown type."""
    try:
        return ENTITIES[entity_type]
    except KeyError:
        raise KeyError(f"unknown entity type {entity_type!r}") from None
