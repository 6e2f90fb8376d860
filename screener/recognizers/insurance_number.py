"""Health insurance numbers: the US Medicare Beneficiary Identifier (MBI) by its format, and
member / policy / mutuelle numbers next to a phrase that names them.

The MBI (CMS, "new Medicare card") has 11 characters with a letter or digit at fixed places and
is recognisable on its own. Insurer member numbers have no common format: like record numbers,
they are reported only when a phrase ("member ID", "policy number", "numéro d'adhérent",
"mutuelle"...) introduces them, checked in word order (see `medical_record`).
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern

from screener.recognizers.named_number import SPACED_ID, NamedNumberRecognizer

# MBI letters: A-Z without S, L, O, I, B, Z (CMS excludes them as look-alikes of digits).
_A = "[AC-HJKMNP-RT-Y]"
_AN = "[0-9AC-HJKMNP-RT-Y]"
# Positions: 1 digit 1-9, 2 letter, 3 letter/digit, 4 digit, 5 letter, 6 letter/digit,
# 7 digit, 8-9 letters, 10-11 digits; shown on cards as 4-3-4 with hyphens.
_MBI_PLAIN = rf"\b[1-9]{_A}{_AN}\d{_A}{_AN}\d{_A}{{2}}\d{{2}}\b"
_MBI_DASHED = rf"\b[1-9]{_A}{_AN}\d-{_A}{_AN}\d-{_A}{{2}}\d{{2}}\b"
# A member/policy number: optional letter prefix (up to 5) and hyphen, then a digit and more
# letters/digits, up to two hyphenated suffix groups ("XYZ123456789", "W123456789",
# "123456789-01"). Not glued to a price sign, decimal point, slash or plus on either side.
# (or digits in hyphenated groups, "23-0471-86", "4821-337-908-KT", as national insurance and
# provincial health cards print them; not a date, "12-05-2026"), maybe with a check letter
# after a slash or a hyphen, as the Maghreb's and New Caledonia's cards print it ("0472219/K",
# "16-0487-223195-K")
_MEMBER_ID = (
    # (not a year-first date: "expirées avant le 2025-12-31")
    r"(?<![\w.,/£$€+-])(?!\d{4}-\d{2}-\d{2}(?![\w-]))"
    r"(?:(?:[A-Z]{1,5}-?)?\d[A-Z0-9]{3,17}(?:-[A-Z0-9]{1,8}){0,2}(?:/[A-Z])?"
    # (a lone first digit too, as Nunavut's card prints it: "1-4072-3381")
    r"|(?!\d{1,2}-\d{1,2}-\d{2,4}(?![\w-]))\d{1,4}-\d{2,6}-\d{2,6}(?:-[A-Z]{1,2})?"
    # (or a fund's code, a slash and the member's digits, as Belgian mutualities print them
    # on their stickers, "153/0459871-27"; three digits then five or more: no date)
    r"|\d{3}/\d{5,10}(?:-\d{1,3})?)"
    r"(?![\w/-]|[.,]\d)"
)
_MBI_SHAPE = re.compile(rf"^{_MBI_PLAIN}$|^{_MBI_DASHED}$", re.IGNORECASE)


class InsuranceNumberRecognizer(NamedNumberRecognizer):
    """INSURANCE_NUMBER: Medicare MBIs by format, insurer member numbers by naming phrase."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # The card's hyphenated display form is distinctive: reported on its own.
        Pattern("MBI (4-3-4)", _MBI_DASHED, 0.6),
        # Eleven characters in one run could be a product code: at the threshold, 0.85 with
        # a naming phrase.
        Pattern("MBI (plain)", _MBI_PLAIN, 0.5),
        # Any member number: below threshold (0.3) until a naming phrase raises it to 0.65.
        Pattern("Member number (context only)", _MEMBER_ID, 0.3),
        Pattern("Member number in groups (context only)", SPACED_ID, 0.3),
    ]
    # Naming phrases, whole words in order, up to a few words before the number.
    # MBIs, which invalidate_result keeps, have 5 digits at least (positions 1, 4, 7, 10, 11);
    # member numbers need NamedNumberRecognizer.MIN_DIGITS.
    MIN_DIGITS: ClassVar[int] = 5
    CONTEXT: ClassVar[list[str]] = [
        "medicare",
        "medicaid",
        "mbi",
        "beneficiary id",
        "member id",
        "member number",
        "member no",
        "member #",
        # the contract number of a health plan card, as Puerto Rico's plans print it (Spanish
        # "contrato"; not English or French "contract number", a tender's as often)
        "contrato",
        "membership number",
        "membership no",
        "subscriber id",
        "subscriber number",
        "policy number",
        "policy no",
        "policy id",
        "insurance number",
        "insurance no",
        "insurance id",
        "insurance card",
        "group number",
        "numéro d'adhérent",
        "n° d'adhérent",
        "numéro adhérent",
        "adhérent",
        "adhérente",
        "mutuelle",
        "complémentaire santé",
        # a Belgian mutuality's member number and the sticker it is printed on ("mon numéro
        # de membre ... sur ma vignette : 153/0459871-27")
        "numéro de membre",
        "n° de membre",
        "vignette",
        # provincial health cards in Canada: RAMQ ("carte soleil"), OHIP, BC's PHN
        "assurance maladie",
        "numéro d'assurance",
        "carte soleil",
        "ramq",
        # Newfoundland and Labrador's Medical Care Plan card (not "MCP" alone: a joint)
        "mcp card",
        "mcp number",
        "health card",
        "health card number",
        "ohip",
        "phn",
        "personal health number",
        # national health insurance schemes of West Africa and the Caribbean (Ghana's and
        # Nigeria's NHIS / NHIA, the NIS of Trinidad, Barbados and Guyana, Jamaica's NHF
        # card) and the Philippines' PhilHealth
        "nhis",
        "nhia",
        "nis number",
        "nis no",
        "nis card",
        "nhf card",
        "philhealth",
        "carte santé",
        # the insured's number of French-speaking schemes (Algeria's Chifa card; the funds'
        # names, CNAS, CNAM, CAFAT, are no cue: "la CNAM rembourse 80 %, appelez le ...")
        "n° d'assuré",
        "n° d'assurée",
        "numéro d'assuré",
        "numéro d'assurée",
        "assuré social",
        "n° de sécurité sociale",
        "numéro de sécurité sociale",
        "chifa",
        # Taiwan's national health insurance card ("my NHI card ... The number on my card is")
        "nhi card",
        "nhi number",
        # East Africa's health insurance funds and national ids (Kenya's and Tanzania's NHIF,
        # Tanzania's NIDA number, Uganda's and Nigeria's NIN: "My real NIN is CF87...")
        "nhif",
        "nhif card",
        "nhif number",
        "nida number",
        "nida no",
        "nida id",
        "nin",
        "national id number",
        # Botswana's national id ("They keep asking for his Omang: 418317205") and the
        # number French Polynesia's CPS gives each insured person ("Mon DN c'est le 2841573")
        "omang",
        "omang number",
        "numéro dn",
        "mon dn",
        "son dn",
        # the registration number of a social security fund ("Mon n° d'immatriculation CCSS
        # c'est le M-0874-29156"), named with its fund; not a company's or an association's
        # ("N° d'immatriculation ORIAS", "RCS", "numéro d'immatriculation W401002345")
        "d'immatriculation ccss",
        "d'immatriculation cnss",
        "d'immatriculation cnas",
        "d'immatriculation cps",
        "d'immatriculation cnamgs",
        "d'immatriculation à la sécurité sociale",
    ]

    # Member numbers run from 6 to 20 letters and digits (Medicaid's MEMBER-ID allows 20).
    MIN_LENGTH: ClassVar[int] = 6
    MAX_LENGTH: ClassVar[int] = 20

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            "INSURANCE_NUMBER",
            self.PATTERNS,
            supported_language,
            f"InsuranceNumberRecognizer_{supported_language}",
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        """Keep MBIs; refuse member numbers of the wrong length, too few digits or phone-shaped."""
        return False if _MBI_SHAPE.match(pattern_text) else super().invalidate_result(pattern_text)


def recognizers(language: str) -> list[EntityRecognizer]:
    """The insurance-number recognizer (its phrases cover English and French)."""
    return [InsuranceNumberRecognizer(supported_language=language)]
