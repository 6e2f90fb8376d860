"""Medical record / hospital numbers (MRN, IPP): found only next to a phrase that names them
(see `named_number`)."""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern

from screener.recognizers.named_number import BASE_SCORE, SPACED_ID, NamedNumberRecognizer

# An id of 6-12 letters and digits: up to 4 letters, an optional hyphen, then a digit and more
# letters/digits ("00483921", "RX4829103", "RX-4829103"). Not glued to a currency sign, a
# decimal point, a slash or a plus (prices, dates, phone numbers), nor followed by one.
_ID = r"(?<![\w.,/£$€+-])(?:[A-Z]{1,4}-?)?\d[A-Z0-9]{4,11}(?![\w/-]|[.,]\d)"
# French hospitals print the IPP and the stay number as a year or a site code, a hyphen, then
# a serial ("2024-118374", "75-0048213"): 2-4 digits, a hyphen, 4-8 digits; Indian hospitals'
# UHIDs put a site code first ("PNQ-2023-0045187"), pharmacies and clinics a service code in
# the middle ("0457-GP-2291"), disability offices (MDPH) a service code and a year
# ("12-MDPH-2023-07741", "974-2023-0881"). Counted only after a naming phrase, like every shape
# here, so a date range or a phone number is not taken.
_PREFIXED_ID = (
    r"(?<![\w.,/£$€+-])(?:[A-Z]{2,4}-)?\d{2,4}-(?:[A-Z]{1,4}-)?(?:\d{2,4}-)?\d{4,8}"
    r"(?![\w/-]|[.,]\d)"
)
# East and Southern African hospitals print a site code, a year or a ward letter, then a
# serial, between slashes or hyphens ("MNH/2024/044718", "UTH-A-0088412"): letters first, so
# no date or phone number has this shape; counted only after a naming phrase too.
_SEGMENTED_ID = (
    r"(?<![\w.,/£$€+-])[A-Z]{1,5}(?:[/-][A-Z0-9]{1,6}){1,3}[/-]\d{4,10}(?![\w/-]|[.,]\d)"
)
# Dates and spans of years written with hyphens ("12-03-2024", "2023-2024"): no record id.
_DATE_LIKE = re.compile(r"^(?:\d{1,2}-\d{1,2}-\d{4}|(?:19|20)\d\d-(?:19|20)\d\d)$")


class MedicalRecordRecognizer(NamedNumberRecognizer):
    """MEDICAL_RECORD_NUMBER: an alphanumeric id right after a phrase that names it."""

    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("Record id (context only)", _ID, BASE_SCORE),
        Pattern("Record id in groups (context only)", SPACED_ID, BASE_SCORE),
        Pattern("Prefixed record id (context only)", _PREFIXED_ID, BASE_SCORE),
        Pattern("Segmented record id (context only)", _SEGMENTED_ID, BASE_SCORE),
    ]
    # Naming phrases, matched as whole words in order ("é" also matches "e"), up to
    # MAX_GAP_WORDS words before the id.
    CONTEXT: ClassVar[list[str]] = [
        "mrn",
        "mrns",
        "medical record",
        "medical records",
        "hospital number",
        "hospital no",
        "hosp no",
        "hosp number",
        "hosp num",
        "hospital id",
        "hospital ref",
        "unit number",
        "case number",
        "case no",
        "chart number",
        # a US chart's number written short ("Her chart # is FBH-221093", "chart no.")
        "chart #",
        "chart no",
        "record number",
        "record no",
        "patient id",
        "patient number",
        "patient no",
        "patient identifier",
        "numéro de dossier",
        "numéros de dossier",
        "n° de dossier",
        "numéro dossier",
        "dossier médical",
        "dossier n°",  # a pharmacy's or a clinic's file number ("dossier n° 0457-GP-2291")
        "dossier no",
        "dossier mdph",  # a disabled person's file at the MDPH ("dossier MDPH n° 974-...")
        "numéro mdph",
        "n° mdph",
        "patient du dossier",  # "la patiente du dossier 974-22-018833"
        "patiente du dossier",
        "numéro patient",
        "numéro de patient",
        "n° patient",
        "identifiant patient",
        "ipp",  # identifiant permanent du patient: the French hospital number
        "identifiant permanent",
        "nip",  # numéro d'identification du patient, another name of the same number
        "numéro de séjour",  # the number of one hospital stay
        "n° de séjour",
        "numéro séjour",
        "n° séjour",
        "numéro d'hospitalisation",
        # India's unique health ids and registration numbers; South Africa's folder numbers
        "uhid",
        "mr no",
        "mr number",
        "ip no",
        "ip number",
        "folder number",
        "folder no",
        # Southern Africa's and the Pacific's clinic files ("File no.: OIH/ART/2019/04472",
        # "Her file number is UTH-A-0071236")
        "file number",
        "file no",
        # Australia's unit record number
        "ur number",
        "ur no",
        "urn",
        # the Caribbean's hospital docket, Ontario's and Québec's file numbers
        "docket number",
        "docket no",
        # a clinic's card of the Caribbean and Africa ("Her clinic card number is
        # NAH/2019/04417"), a hospital card's number
        "clinic card number",
        "clinic card no",
        "hospital card number",
        "hospital card no",
        # Thailand's and Vietnam's hospital number ("Patient HN: VN-24-0087341")
        "hn",
        "patient hn",
    ]
    # up to 4 letters and 11 digits once the hyphens are out ("PNQ20230045187")
    MAX_LENGTH: ClassVar[int] = 15

    def invalidate_result(self, pattern_text: str) -> bool:
        """Refuse what every named number refuses, and dates or spans of years."""
        return super().invalidate_result(pattern_text) or bool(_DATE_LIKE.match(pattern_text))

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            "MEDICAL_RECORD_NUMBER",
            self.PATTERNS,
            supported_language,
            f"MedicalRecordRecognizer_{supported_language}",
        )


def recognizers(language: str) -> list[EntityRecognizer]:
    """The record-number recognizer (its phrases cover English and French)."""
    return [MedicalRecordRecognizer(supported_language=language)]
