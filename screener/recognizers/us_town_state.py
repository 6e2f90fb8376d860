"""A US town written with its state's postal code: "Mountain Home, AR", "Laurium, MI 49913".

Americans write a town with its two-letter state code after a comma, in datelines, sign-offs,
job adverts and venue lines; many such towns are too small for the gazetteer or named with
everyday words ("West Plains", "Iron Mountain"). The shape is enough when the code is a
state's or a territory's and stands at the end of a line or a clause, or before a ZIP code;
the town and the code are one LOCATION. Refused:
- codes that are also credentials or words written after a name (MD, MA, MS, PA, OK, OR, IN,
  ME, HI, ID, DE, LA, OH, CO, AL): with these, the town must be one the gazetteer knows
  ("Baltimore, MD", not "Jane Smith, MD");
- a first name among the words before the comma ("Thanks Sarah, GA"), unless the words are a
  known town; one everyday word ("Note, NY residents"); a title before the words ("Mrs.
  Adeyemi, TX" is a person and her state).
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from screener.gazetteers import canonical, everyday_words, first_name_level, places
from screener.name_context import US_STATE_CODES, US_TERRITORY_CODES
from screener.recognizers.results import recognizer_result

# The shape alone, below a gazetteer town (0.75) and above the findings' floor (0.5).
SCORE = 0.7


class UsTownStateRecognizer(EntityRecognizer):
    """LOCATION: a town, a comma and a US state's postal code."""

    # One to three Title Case words (hyphens, apostrophes and "St." inside: "Sault Ste.
    # Marie", "L'Anse"), a comma, the code in capitals, then the end of a line, a clause
    # mark, a middle dot or a ZIP code; never glued to more letters.
    PATTERN: ClassVar[re.Pattern[str]] = re.compile(
        r"(?<![\w'’.-])(?P<town>(?:[A-Z][\w'’.-]*[a-z][\w'’.-]*|Ste?\.)"
        r"(?:[ \t]+(?:[A-Z][\w'’.-]*[a-z][\w'’.-]*|Ste?\.)){0,2}),[ \t]*"
        rf"(?P<state>{'|'.join(sorted(US_STATE_CODES | US_TERRITORY_CODES))})"
        r"(?=[ \t]*(?:$|[\n.,;:)!?·|•–—-]|\d{5}\b))",
        re.MULTILINE,
    )
    # Codes that are also credentials or words after a name: the town must be a known place.
    AMBIGUOUS: ClassVar[frozenset[str]] = frozenset(
        "MD MA MS PA OK OR IN ME HI ID DE LA OH CO AL".split()
    )

    # A person's title right before the words ("Mrs. Adeyemi, TX", "Dr Cole, MI").
    TITLE_BEFORE: ClassVar[re.Pattern[str]] = re.compile(
        r"\b(?:Mrs?|Ms|Miss|Mx|Dr|Prof|Rev|Sr|Fr)\.?\s+\Z|^(?:Mrs?|Ms|Miss|Mx|Dr|Prof|Rev|Sr|Fr)\.?\s+$"
    )

    def __init__(self, supported_language: str = "en") -> None:
        name = f"UsTownStateRecognizer_{supported_language}"
        super().__init__(
            supported_entities=["LOCATION"], supported_language=supported_language, name=name
        )
        self._label = name

    def load(self) -> None:
        """Nothing to load: the pattern is compiled with the class."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """The towns written with their state's code in a post."""
        if "LOCATION" not in entities or "," not in text:
            return []
        results = []
        for match in self.PATTERN.finditer(text):
            if not self.accepted(match.group("town"), match.group("state")):
                continue
            if self.TITLE_BEFORE.search(text, max(0, match.start() - 6), match.start()):
                continue  # "Mrs. Adeyemi, TX": a person and where they live
            why = "a town with a US state's postal code"
            source = (self._label, str(self.id))
            results.append(recognizer_result(source, "LOCATION", *match.span(), SCORE, why))
        return results

    def accepted(self, town: str, state: str) -> bool:
        """Whether the words before the comma may be the state's town (module docstring)."""
        known = any(canonical(town) in places(lang) for lang in ("en", "fr"))
        if state in self.AMBIGUOUS and not known:
            return False
        words = town.split()
        if self.TITLE_BEFORE.match(words[0] + " "):
            return False  # the title is the first word taken ("Mrs. Adeyemi, TX")
        if known:
            return True
        if any(first_name_level(w, self.supported_language) is not None for w in words):
            return False  # "Thanks Sarah, GA": a name, then whatever the code is
        # "Note, NY and NJ residents": one word opening a clause
        return len(words) > 1 or town.lower() not in everyday_words()


def recognizers(language: str) -> list[EntityRecognizer]:
    """The town-and-state recognizer (the US convention, in both languages' posts)."""
    return [UsTownStateRecognizer(supported_language=language)]
