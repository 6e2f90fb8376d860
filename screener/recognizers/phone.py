"""Phone numbers: Presidio's PhoneRecognizer (python-phonenumbers) for GB, FR, US and any
number written with its international prefix ("+44", "0044"), plus digit groups that a phone
word introduces ("Phone: 782 2652", "appelez le 22 49 83 17").

python-phonenumbers' "valid" means "in a block the regulator has allocated": the UK's fictional
drama range 07700 900xxx, the US 555 range, and any block newer than the library are only
"possible" (right length). Posts quote such numbers, and a real-looking one must be found, so a
possible number is accepted when it is written the way phone numbers are: with its
international prefix, in UK/French national form (trunk 0, full length) or in the US grouping
("212-555-0187", "(212) 555-0187"). Otherwise it must be valid. GB and FR national numbers
must carry their trunk 0 (phonenumbers also reads "123456789" as 01234 56789; people always
write the 0). A match glued to letters or digits, or shaped like an SSN, an IP address or a
spaced NHS number, is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import phonenumbers
from phonenumbers import Leniency, PhoneNumber
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import PhoneRecognizer as PresidioPhoneRecognizer

from screener.recognizers.nhs_number import is_reported_nhs_number

REGIONS = ("GB", "FR", "US")
# POSSIBLE: phonenumbers' own filters (dates, times, page ranges) still apply; validity, with
# the possible-number exceptions, is checked by `is_plausible`. (Its VALID leniency would also
# refuse matches glued to letters; `_glued` does that here.)
LENIENCY = Leniency.POSSIBLE
# Regions whose national numbers start with a trunk 0, and their country codes: a possible
# (not valid) national number is accepted for these two home countries only.
TRUNK_ZERO_REGIONS = frozenset({"GB", "FR"})
TRUNK_ZERO_COUNTRIES = frozenset({44, 33})
# UK national numbers have 10 digits after the 0 (a few areas 9), French ones 9: a shorter
# possible number ("01.03.2024" read as 0 + 7 digits) is a date or a code.
MIN_NATIONAL_DIGITS = 9
# After an international prefix, at least 7 digits: phonenumbers calls "0001" (00 + 01) or
# "000/40" possible; national numbers that short exist only in a few small territories.
MIN_INTERNATIONAL_DIGITS = 7
# Regions of the North American plan, where a possible number in its grouping is accepted.
NANP_REGIONS = frozenset({"US", "CA"})
# The North American grouping: optional 1/+1/001, then (AAA) or AAA- / AAA., EEE-SSSS, and an
# optional extension. Spaces alone are not enough ("485 777 3456" is how NHS numbers look).
_NANP_FORMAT = re.compile(
    r"^(?:(?:\+?1|001)[-. ]?)?(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}"
    r"(?: ?(?:x|ext\.?) ?\d{1,6})?$",
    re.IGNORECASE,
)
# Shapes that are other identifiers (dates below): an SSN's 3-2-4 (no GB/FR/US phone format
# groups digits so) and a dotted quad of 1-3 digit groups (an IPv4 address).
_SSN_SHAPE = re.compile(r"^\d{3}([ .-])\d{2}\1\d{4}$")
_IPV4_SHAPE = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
# Characters that, right before a match, make it part of a longer token: a code ("XYZ123..."),
# an e-mail, a handle, a path, a hashtag or a longer hyphenated number. Punctuation is allowed:
# "Tel:0161...", "Mob.07700...", "office,0161..." (phonenumbers never reads across a comma).
_GLUE_BEFORE = re.compile(r"[\w@#/+-]")
# A digit and a comma or point before the match: it continues a number ("1,000/40", "3.0001").
_NUMBER_BEFORE = re.compile(r"\d[.,]\Z")
# Right after a match: letters or digits (the rest of a code or of a longer number).
_GLUE_AFTER = re.compile(r"[^\W_]")

# Numbers of any country in national form (no country code, no region to check them with):
# 2 to 5 groups of 2-4 digits, the first possibly in brackets, separated by one space, dot or
# hyphen, with an optional "x123" extension; not glued to a word, sign, slash or decimal.
# A country code the national groups may follow ("+241 77 555 0102", a number phonenumbers
# rejects for its country): taken in, so that the groups are not read from the middle.
_DIGIT_GROUPS = re.compile(
    r"(?<![\w@#/.,+£$€-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\) ?|\d{2,4}[ .-]?)"
    r"(?:\d{2,4}[ .-]?){0,3}\d{2,4}(?:x\d{1,6})?(?![\w/-]|[.,]\d)"
)
# Such a number must have 7 to 13 digits: shorter is a count or a code, longer a card; with
# its country code, up to 15 (the E.164 maximum).
MIN_GROUP_DIGITS, MAX_GROUP_DIGITS, MAX_INTERNATIONAL_DIGITS = 7, 13, 15
# Dates (optionally followed by a time) and year ranges written with digit groups:
# "12-03-2024", "2017 - 01 - 25 01:30", "2019-2024", "14 03 2025". phonenumbers' own date
# filter misses hyphens and spaced separators.
_DATE_SHAPE = re.compile(
    r"^(?:(?:19|20)\d{2} ?[-./] ?\d{1,2} ?[-./] ?\d{1,2}(?!\d)"
    r"|\d{1,2} ?[-./] ?\d{1,2} ?[-./] ?(?:19|20)\d{2}(?!\d)"
    r"|(?:19|20)\d{2} ?[-–] ?(?:19|20)\d{2}$"
    # a day, a month and a year separated by spaces ("14 03 2025"): day and month in range
    r"|(?:0?[1-9]|[12]\d|3[01]) (?:0?[1-9]|1[0-2]) (?:19|20)\d{2}$)"
)
# A count grouped in thousands ("1 250 000", "12.500.000", French style), not a phone number.
_THOUSANDS = re.compile(r"^\d{1,3}(?:([ .])\d{3})(?:\1\d{3})+$")
# Words that introduce a phone number, ending at most 3 words before the digits ("call me on",
# "Phone:", "joindre au"). "number" and "numéro" alone are not among them: a case or member
# number is also a "number"; "my number" and "mon numéro" are.
_PHONE_WORDS = re.compile(
    r"(?<!\w)(?:phone|telephone|tel|mob|mobile|cell|cellphone|call|calling|ring|text|fax|reach|"
    r"whatsapp|sms|my number|our number|téléphone|tél|portable|appel\w*|joindre|"
    r"mon numéro|notre numéro|"
    # mobile money, paid to a phone number ("par Moov Money au 90 55 01 48", "M-Pesa to",
    # "GCash 0917 ...")
    r"money|momo|m-?pesa|gcash|easypaisa|jazzcash|"
    # lines and contacts ("the listening line –", "contactez sa sœur Awa au", "Renseignements :")
    r"contact\w*|line|hotline|helpline|ligne|renseignements|"
    # the telephone and mobile signs posts use as labels ("📞 7555 0101")
    r"📞|☎|📱)(?!\w)(?:\W+\w+){0,3}\W*\Z"
    # "on" or "au" right before the digits: a national number of another country ("on 7555
    # 0137", "au 45 55 01 30"); counts in thousands and dates are refused by shape ("at" is
    # left out: "on Zoom at 845 5501 2390" is a meeting's id)
    r"|(?<!\w)(?:on|au)\s+\Z",
    re.IGNORECASE,
)
WINDOW_CHARS = 60  # enough for a phone word and three short words
# A number reported in the REGIONS has at least 7 digits (MIN_INTERNATIONAL_DIGITS after "+"
# or "00"; a valid GB number 7 after its 0, a French one 9, a US one 10; after the US "011", a
# country code and the world's shortest valid numbers, 4; digit groups MIN_GROUP_DIGITS), with
# at most PHONE_GAP characters between two of them (phonenumbers' punctuation limit between
# digit blocks; digit groups allow 2). phonenumbers reads as digits only characters that
# `str.isdigit` takes as digits. A post without such a run of digits has no number to report.
MIN_DIGITS = min(MIN_INTERNATIONAL_DIGITS, 7, MIN_GROUP_DIGITS)
PHONE_GAP = 4
_ASCII_DIGIT = re.compile(r"[0-9]")


class PhoneNumberRecognizer(PresidioPhoneRecognizer):
    """PHONE_NUMBER: phonenumbers matches for GB, FR, US and international numbers, and digit
    groups after a phone word (see the module docstring)."""

    # Accepted numbers are reported without context (0.6); a context word raises them above
    # an overlapping record or member number (0.65).
    SCORE = 0.6
    # Digit groups of unknown country: 0.3 on shape, raised by a phone word (+0.35) to 0.65.
    GROUPS_SCORE = 0.3
    CONTEXT_BOOST = 0.35
    # Presidio's words plus French ones; substrings of single tokens ("tél" covers
    # "téléphone", "portable" covers "portables"). Presidio skips stop words, among them
    # "call": `_PHONE_WORDS` covers it for digit groups.
    # Presidio declares CONTEXT as an instance attribute, hence no ClassVar.
    CONTEXT: list[str] = [  # noqa: RUF012
        *PresidioPhoneRecognizer.CONTEXT,
        "tel",
        "tél",
        "portable",
        "appel",
        "joindre",
        "numéro",
        "fixe",
        "sms",
        "texto",
        "whatsapp",
    ]

    def __init__(
        self, supported_language: str = "en", supported_regions: Sequence[str] = REGIONS
    ) -> None:
        super().__init__(
            context=self.CONTEXT,
            supported_language=supported_language,
            supported_entity="PHONE_NUMBER",
            supported_regions=tuple(supported_regions),
            leniency=LENIENCY,
            name=f"PhoneRecognizer_{supported_language}",
        )
        self._label = f"PhoneRecognizer_{supported_language}"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Phone numbers found in `text` (see the module docstring)."""
        if set(self.supported_regions) <= set(REGIONS) and not _digit_run(text):
            return []  # no number of those regions can be reported
        results = []
        for region in self.supported_regions:
            for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=LENIENCY):
                raw = match.raw_string
                if (
                    is_plausible(match.number, raw, region)
                    and not _glued(text, match.start, match.end)
                    and not _SSN_SHAPE.match(raw)
                    and not _IPV4_SHAPE.match(raw)
                    and not _DATE_SHAPE.match(raw)
                    # 3-3-4 spaced with a valid NHS check digit: the NHS recognizer's.
                    and not is_reported_nhs_number(raw)
                ):
                    results.append(self._result(match.start, match.end, self.SCORE, region))
        found = [(r.start, r.end) for r in results]
        for start, end in _introduced_digit_groups(text):
            if not any(s < end and start < e for s, e in found):
                result = self._result(start, end, self.GROUPS_SCORE + self.CONTEXT_BOOST, None)
                # The phone word was the context: Presidio's enhancer must not add more.
                result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = (
                    True
                )
                results.append(result)
        return EntityRecognizer.remove_duplicates(results)

    def _result(self, start: int, end: int, score: float, region: str | None) -> RecognizerResult:
        how = f"{region} number (python-phonenumbers)" if region else "digits after a phone word"
        return RecognizerResult(
            entity_type=self.supported_entities[0],
            start=start,
            end=end,
            score=score,
            analysis_explanation=AnalysisExplanation(
                recognizer=self._label, original_score=score, textual_explanation=how
            ),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self._label,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


def is_plausible(number: PhoneNumber, raw: str, region: str) -> bool:
    """True for a number written as people write phone numbers (see the module docstring).

    International ("+44 ...", "0044 ..."): possible. GB/FR national: trunk 0 required, then
    valid, or possible with a full-length UK/French number. US/CA: valid, or possible in the
    North American grouping. Any other region passed in: valid.
    """
    written = raw.lstrip("( ")
    if written.startswith(("+", "00")):
        return bool(
            phonenumbers.is_possible_number(number)
            and len(str(number.national_number)) >= MIN_INTERNATIONAL_DIGITS
        )
    if region in TRUNK_ZERO_REGIONS:
        if not written.startswith("0"):
            return False
        if phonenumbers.is_valid_number(number):
            return True
        return (
            phonenumbers.is_possible_number(number)
            and number.country_code in TRUNK_ZERO_COUNTRIES
            and len(str(number.national_number)) >= MIN_NATIONAL_DIGITS
        )
    if phonenumbers.is_valid_number(number):
        return True
    return bool(
        region in NANP_REGIONS
        and phonenumbers.is_possible_number(number)
        and _NANP_FORMAT.match(raw)
    )


def _introduced_digit_groups(text: str) -> list[tuple[int, int]]:
    """Spans of digit groups (any country's national form) that a phone word introduces."""
    spans = []
    for match in _DIGIT_GROUPS.finditer(text):
        raw = match.group()
        digits = sum(c.isdigit() for c in raw)
        most = MAX_INTERNATIONAL_DIGITS if raw.startswith("+") else MAX_GROUP_DIGITS
        if not MIN_GROUP_DIGITS <= digits <= most or _DATE_SHAPE.match(raw):
            continue
        if _SSN_SHAPE.match(raw) or _THOUSANDS.match(raw) or is_reported_nhs_number(raw):
            continue
        before = text[max(0, match.start() - WINDOW_CHARS) : match.start()]
        if _PHONE_WORDS.search(before):
            spans.append(match.span())
    return spans


def _digit_run(text: str) -> bool:
    """Whether MIN_DIGITS digits (by `str.isdigit`) follow one another in `text` with at most
    PHONE_GAP other characters between two of them (see MIN_DIGITS)."""
    if text.isascii():
        positions = [m.start() for m in _ASCII_DIGIT.finditer(text)]
    else:
        positions = [i for i, c in enumerate(text) if c.isdigit()]
    run, last = 0, -PHONE_GAP - 2
    for position in positions:
        run = run + 1 if position - last - 1 <= PHONE_GAP else 1
        if run >= MIN_DIGITS:
            return True
        last = position
    return False


def _glued(text: str, start: int, end: int) -> bool:
    """True when the match continues a longer token on its left or right."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return bool(
        _GLUE_BEFORE.match(before)
        or _NUMBER_BEFORE.search(text[max(0, start - 2) : start])
        or _GLUE_AFTER.match(after)
    )


def recognizers(language: str) -> list[EntityRecognizer]:
    """The phone recognizer for a language (same regions for English and French posts)."""
    return [PhoneNumberRecognizer(supported_language=language)]
