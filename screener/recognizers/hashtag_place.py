"""Towns written as hashtags: "#Leeds", "#Wexford", "#LaRéunion", "#StokeOnTrent".

Comms posts tag their town ("... #GetJabbed #Leeds"); the place recognizer skips words glued to
"#" (most hashtags are campaigns). A hashtag whose whole body is a gazetteer town, read as
written or with its CamelCase words apart, is reported as a LOCATION; the "#" is left out of
the span. A one-word hashtag must be a town that is no everyday word or name ("#Reading",
"#Hope", "#Florence" stay hashtags) unless a city of a million ("#Houston"); two or more
CamelCase words may be any gazetteer town.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from screener.gazetteers import CAP, NAME, canonical, places
from screener.recognizers.results import recognizer_result

# A hashtag: "#" not glued to a word before (an anchor in a URL, "C#"), then letters, digits,
# "_" and hyphens; its body is group 1.
_HASHTAG = re.compile(r"(?<![\w#&/])#([^\W\d_][\w-]*)")
# CamelCase boundaries: a capital after a lower-case letter ("LaRéunion" -> "La Réunion").
_CAMEL = re.compile(r"(?<=[^\W\d_])(?<![A-ZÀ-Ý])(?=[A-ZÀ-Ý])")
# A city this large is tagged for itself far more often than for someone of its name
# ("#Houston", "#Phoenix"); smaller towns named like words or people stay hashtags ("#Reading").
BIG_CITY = 1_000_000
# Below the spaCy place score, above the reporting threshold: a tag is a weaker cue than text.
SCORE = 0.7


class HashtagPlaceRecognizer(EntityRecognizer):  # type: ignore[misc, unused-ignore]
    """LOCATION: a town written as a hashtag."""

    ENTITIES: ClassVar[tuple[str, ...]] = ("LOCATION",)

    def __init__(self, supported_language: str = "en") -> None:
        label = f"HashtagPlaceRecognizer_{supported_language}"
        super().__init__(
            supported_entities=list(self.ENTITIES),
            supported_language=supported_language,
            name=label,
        )
        self._label, self._lang = label, supported_language

    def load(self) -> None:
        """Nothing to load: the gazetteer is read on first use."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Town hashtags in one post."""
        if "LOCATION" not in entities or "#" not in text:
            return []
        out = []
        for match in _HASHTAG.finditer(text):
            if self._is_town(match.group(1)):
                out.append(
                    recognizer_result(
                        (self._label, self.id),
                        "LOCATION",
                        match.start(1),
                        match.end(1),
                        SCORE,
                        "town hashtag",
                    )
                )
        return out

    def _is_town(self, body: str) -> bool:
        words = _CAMEL.sub(" ", body.replace("_", " ").replace("-", " ")).split()
        place = places(self._lang).get(canonical(" ".join(words)))
        if place is None:
            return False
        return (
            len(words) > 1
            or place.level == NAME
            or (place.level == CAP and place.population >= BIG_CITY)
        )


def recognizers(language: str) -> list[EntityRecognizer]:
    """The hashtag-town recognizer for a language."""
    return [HashtagPlaceRecognizer(supported_language=language)]
