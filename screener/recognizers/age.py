"""A person's age: "94-year-old", "aged 94", "Margaret Ellis, 94,", "78 ans", "centenarian".

A number is an age only in a shape that ties it to one person. Counts ("94 beds"), durations
("3 years of remission", "depuis 10 ans"), age limits and ranges about groups ("over-50s",
"people aged 50 and over", "les plus de 65 ans"), scores and years have none of these shapes
or are refused by the look-arounds of the pattern tables (age_patterns_en.py,
age_patterns_fr.py, built from age_words.py). Patterns are case-sensitive unless marked
`(?i:)`: capitals are how a name is told from a common word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult

from screener.recognizers.age_gates import GATES
from screener.recognizers.age_names import after_non_name
from screener.recognizers.age_patterns_en import EN_PATTERNS
from screener.recognizers.age_patterns_fr import FR_PATTERNS
from screener.recognizers.gated import Gate, GatedPatternRecognizer

# Nobody alive is older than this: a bigger number after "turned" or a name is something else.
MAX_AGE = 125
# The first run of digits in a match, to check it against MAX_AGE.
_DIGITS = re.compile(r"\d+")


class AgeRecognizer(GatedPatternRecognizer):
    """AGE: a person's age, in the shapes English and French posts use."""

    # English shapes, then French: one pattern set serves posts in both languages.
    PATTERNS: ClassVar[list[Pattern]] = [*EN_PATTERNS, *FR_PATTERNS]
    # What a post must hold for each pattern to match (most need a digit): see age_gates.py.
    GATES: ClassVar[Mapping[str, Gate]] = GATES

    # Words that make an age-shaped number more certain (all patterns already report).
    CONTEXT: ClassVar[list[str]] = [
        "aged",
        "birthday",
        "anniversaire",
        "âgé",
        "âgée",
        "grandmother",
        "grandfather",
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="AGE",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name=f"AgeRecognizer_{supported_language}",
            # Case matters (names are capitalised): each pattern marks its own (?i:) parts.
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        """Refuse numbers no one can be (0, or above MAX_AGE)."""
        digits = _DIGITS.search(pattern_text)
        return digits is not None and not 0 < int(digits.group()) <= MAX_AGE

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """Refuse numbers after capitalised words that are not a name."""
        return not after_non_name(text, result)


def recognizers(language: str) -> list[EntityRecognizer]:
    """The age recognizer (one pattern set serves English and French posts)."""
    return [AgeRecognizer(supported_language=language)]
