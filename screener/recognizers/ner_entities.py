"""People, places and dates found by spaCy's statistical NER, with the noise taken out.

spaCy tags "Parkinson's" as a person, "today" as a date and "France" as a place: the first is
left to the health recognizer (overlaps are resolved in favour of the health term), generic
times are dropped here, and countries become COUNTRY, which the policy does not count.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from screener.gazetteers import (
    NAME,
    canonical,
    common_words,
    first_name_level,
    places,
    surname_level,
)
from screener.recognizers.date import is_generic_time

# Tokens spaCy sometimes tags as people or places in social text that are never identifiers,
# and kinship words and titles standing alone ("Mum", "Ma mère", "Nurse"): they point at a
# person without naming anyone (the policy reads them as a person reference instead).
_NOT_NAMES = frozenset(
    "rt lol omg thanks thank merci bravo congrats congratulations happy dear hi hello bonjour "
    "covid covid-19 nhs ehpad chu ward "
    "mum mom mam mummy mother dad daddy father nan nana gran granny grandma grandpa grandad "
    "sister brother son daughter wife husband partner auntie aunt uncle nurse doctor dr sir "
    "madam mr mrs ms miss m. mme maman papa mère père mamie papi papy frère sœur soeur fils "
    "fille mari femme tata tonton docteur infirmière infirmier gp consultant".split()
)
# "Ma mère", "my mum", "notre fille": a possessive before a kinship word or title.
_POSSESSIVE = re.compile(
    r"^(?:my|our|your|his|her|their|ma|mon|mes|notre|nos|ta|ton|sa|son)\s+", re.IGNORECASE
)
# A span made only of digits and punctuation ("94", "2,000") is a number, not a name or a place.
_NUMERIC = re.compile(r"^[\d\s.,:/'-]+$")
# Mentions (@x) and hashtags (#x) are handled by the handle recognizer or are topics.
_TAGGED = re.compile(r"^[@#]")
# Emoji, bullets and quotes spaCy sometimes takes into a name ("🎀 Octobre Rose"): trimmed.
_EDGE = re.compile(r"^[^\w]+|[^\w.'’]+$")
# What comes before a sentence's first word: nothing, an end of sentence, or symbols/emoji;
# an emoji also ends a sentence, as posts use them instead of full stops ("... 💉 Êtes-vous").
_OPENER = re.compile(r"(?:^|[.!?:;\n\U0001f300-\U0001faff\u2600-\u27bf])[^\w]*$")
# A "name" that starts with a month or weekday is a campaign or an event ("Octobre Rose",
# "Movember Monday"), not a person; English months that are also first names are kept.
_CALENDAR = {
    "en": frozenset(
        "january february march july september october november december monday tuesday "
        "wednesday thursday friday saturday sunday".split()
    ),
    "fr": frozenset(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
        "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
    ),
}


@cache
def countries() -> frozenset[str]:
    """Lower-cased country names (English and French), from the packaged list."""
    text = resources.files("screener.data").joinpath("countries.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


class NerEntityRecognizer(EntityRecognizer):
    """PERSON, LOCATION, COUNTRY and DATE from the spaCy entities in the NLP artifacts."""

    ENTITIES = ("PERSON", "LOCATION", "COUNTRY", "DATE")
    # spaCy sm has no calibrated confidence; 0.85 (Presidio's default) sits above the 0.5
    # reporting threshold so NER findings are always reported unless filtered below.
    SCORE = 0.85

    def __init__(self, supported_language: str = "en") -> None:
        self._label = f"NerEntityRecognizer_{supported_language}"
        super().__init__(
            supported_entities=list(self.ENTITIES),
            supported_language=supported_language,
            name=self._label,
        )

    def load(self) -> None:
        """Nothing to load: the entities come with the NLP artifacts."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Turn spaCy's entities into findings, dropping the known kinds of noise."""
        if nlp_artifacts is None:
            return []
        results = []
        for ent, score in zip(nlp_artifacts.entities, nlp_artifacts.scores, strict=False):
            if ent.start_char > 0 and text[ent.start_char - 1] in "#@":
                continue  # a hashtag is a topic; a mention is the handle recognizer's
            start, end = self._trim(text, ent.start_char, ent.end_char)
            opener = _OPENER.search(text[:start]) is not None
            entity_type = self._classify(ent.label_, text[start:end], opener)
            if entity_type is None or entity_type not in entities:
                continue
            explanation = AnalysisExplanation(
                recognizer=self._label,
                original_score=score,
                textual_explanation=f"spaCy NER label {ent.label_}",
            )
            results.append(
                RecognizerResult(
                    entity_type=entity_type,
                    start=start,
                    end=end,
                    score=min(score, self.SCORE),
                    analysis_explanation=explanation,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self._label,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results

    @staticmethod
    def _trim(text: str, start: int, end: int) -> tuple[int, int]:
        """The span without symbols at its edges."""
        surface = text[start:end]
        lead = _EDGE.match(surface)
        if lead:
            start += lead.end()
        tail = _EDGE.search(text[start:end])
        if tail and tail.start() > 0:
            end = start + tail.start()
        return start, end

    def _classify(self, label: str, surface: str, opener: bool = False) -> str | None:
        """Our entity type for a spaCy entity, or None when it is noise."""
        stripped = surface.strip()
        if _NUMERIC.match(stripped) or _TAGGED.match(stripped):
            return None
        if label == "DATE":
            return None if is_generic_time(stripped, self.supported_language) else "DATE"
        if _POSSESSIVE.sub("", stripped).lower() in _NOT_NAMES or len(stripped) < 2:
            return None
        words = stripped.split()
        if words[0].lower() in _CALENDAR[self.supported_language]:
            return None
        if opener and len(words) == 1 and self._everyday(stripped, label):
            return None  # "Bienvenue", "Prenez": a capitalised sentence opener
        # "Info Service", "Diagnostiquée SEP": everyday words and no name in them.
        common = common_words(self.supported_language)
        has_everyday = any(w.lower() in common for w in words)
        if label == "PERSON" and len(words) > 1 and has_everyday:
            return None if not any(map(self._known_name, words)) else "PERSON"
        if label == "LOCATION":
            lowered = stripped.lower().removeprefix("the ")
            return "COUNTRY" if lowered in countries() else "LOCATION"
        return label if label == "PERSON" else None

    def _known_name(self, word: str) -> bool:
        """A first name or surname of the gazetteers."""
        language = self.supported_language
        return (
            first_name_level(word, language) is not None
            or surname_level(word, language) is not None
        )

    def _everyday(self, word: str, label: str) -> bool:
        """A one-word person or place that is an everyday word and no known name or town.

        spaCy's small French model tags capitalised sentence openers ("Bienvenue", "Prenez",
        "Canicule") as people or places; a real first name, surname or town is kept.
        """
        language = self.supported_language
        if word.lower() not in common_words(language):
            return False
        if label == "PERSON":  # a rare surname spelled like the word ("Joyeux") is the word
            return (
                first_name_level(word, language) is None and surname_level(word, language) != NAME
            )
        return canonical(word) not in places(language)


def recognizers(language: str) -> list[EntityRecognizer]:
    """The NER recognizer for a language."""
    return [NerEntityRecognizer(supported_language=language)]
