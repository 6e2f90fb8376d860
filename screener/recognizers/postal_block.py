"""Whole postal addresses: a street line, then unit, town, state, postcode and country lines.

    14 Birchwood Road            Tom Reyes, 402 Calle Luna 17, Apt. 3, Segovia, Spain 40001
    Flat 5                       PSC 2210, Box 118 / APO AE 09456
    Harrowgate, Latvia 04417     12 rue des Tilleuls, 69003 Lyon

An address is written as parts, one a line or separated by commas, sometimes behind quote marks
("> ", "??? "). The block starts at a street part: a house number before or after a street
name ("14 Birchwood Road", "Lindenstrasse 12", "ul. Polna 5"), a P.O. box, a military PSC/Unit
box or a ship. Following parts are units ("Apt. 4", "Suite 210"), towns, state codes, and end
parts with a postcode and/or a country ("Spain 40001", "IL 62704", "69003 Lyon", "APO AE
09456"). One ADDRESS span runs from the street to the last end part, covering every piece.
Single lines work the same way, commas or not ("9 Pine St Apt. 3 Dover Ghana").

How sure a block is depends on what backs the street:
- a unit or an end part: an address (0.85);
- a street-type word ("Road", "rue", "Via", "-strasse", "-vej") with at most a town: a street
  (0.6), also on its own ("Lindenstrasse 12");
- a bare "number + name" with only a town after it ("63 Orla 4, Vary") could be a dose ("2
  Tylenol 500, Advil"): reported only near an address word ("lives at", "address").
Intersections ("the corner of Elm Street and 5th Avenue") are a LOCATION: a place, not a home.

The words of addresses are in postal_words.py, the street and end-part patterns in
postal_patterns.py, the cutting of a text into parts in postal_parts.py, the address-block
finder in postal_finder.py and street corners in postal_corners.py.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from screener.recognizers.postal_finder import find_addresses

# A blood pressure reading ("BP 128/82", "TA : 13/8"): a health value, never a street and its
# number (the finder reads "BP 128" like "Lindenstrasse 12").
_READING = re.compile(r"(?i:bp|b/p|ta)\s*:?\s*\d{1,3}\s*/\s*\d{1,3}")


class PostalBlockRecognizer(EntityRecognizer):
    """ADDRESS over a whole postal address (street to postcode/country); LOCATION for a
    street corner."""

    ENTITIES: ClassVar[list[str]] = ["ADDRESS", "LOCATION"]
    # Words that make a bare "number + name, town" an address (+0.35 within 5 words before).
    CONTEXT: ClassVar[list[str]] = [
        "address",
        "addresses",
        "live",
        "lives",
        "living",
        "moved",
        "adresse",
        "habite",
        "domicile",
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=self.ENTITIES,
            supported_language=supported_language,
            name=self._label(supported_language),
            context=self.CONTEXT,
        )

    @staticmethod
    def _label(language: str) -> str:
        """The recognizer's name (Presidio's `name` attribute is untyped)."""
        return f"PostalBlockRecognizer_{language}"

    def load(self) -> None:
        """Nothing to load: patterns are compiled on first use."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """The address blocks and street corners of `text`."""
        results = []
        for start, end, score, entity_type in find_addresses(text):
            if entity_type not in entities or _READING.match(text, start):
                continue
            explanation = AnalysisExplanation(
                recognizer=self._label(self.supported_language),
                original_score=score,
                textual_explanation="postal address block",
            )
            results.append(
                RecognizerResult(
                    entity_type=entity_type,
                    start=start,
                    end=end,
                    score=score,
                    analysis_explanation=explanation,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self._label(self.supported_language),
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results


def recognizers(language: str) -> list[EntityRecognizer]:
    """The postal block recognizer (every national format, in both languages)."""
    return [PostalBlockRecognizer(supported_language=language)]
