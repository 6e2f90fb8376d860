"""Country names spaCy leaves untagged: "flew back from bahrain", "Latvia", "COSTA RICA".

Names come from screener/data/countries.txt (ISO 3166-1 names in English and French) plus a
few everyday names the ISO list lacks ("Macedonia", "Cape Verde"). They are matched on the
spaCy tokens, longest name first, so "Papua New Guinea" is one country and not "Guinea".

Case decides how much a match is trusted:
- a capitalised or all-caps name is a country ("Latvia", "LATVIA");
- a lower-case name only when it cannot be an ordinary word: a multi-word name ("costa rica")
  or a single word that is nothing but a country ("belarus"), never "turkey" or "china";
- a name that is also a first name or a common word ("Chad", "Jordan", "Georgia", "Turkey",
  "Guinea", "Réunion", "US") only after a place cue ("in", "from", "to", "en", "au"...) or
  before a postcode ("Jordan 11181", the last line of an address).

COUNTRY is never counted by the policy nor redacted: a miss costs more than a false alarm.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import ClassVar

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from screener.recognizers.ner_entities import countries
from screener.tokens import Tokens, tokens_of

# Everyday names missing from the ISO list (former or short names still in common use).
EXTRA_NAMES = frozenset(
    {
        "turkey",  # ISO now says "Türkiye"
        "democratic republic of the congo",
        "dr congo",
        "macedonia",
        "micronesia",
        "virgin islands",
        "falkland islands",
        "swaziland",
        "cape verde",
        "burma",
        "korea",
        "bosnia",
        "brunei",
        "vatican",
        "vatican city",
        "palestine",
        "republic of ireland",
        "the gambia",
        "uae",
        "czech republic",
        "macédoine",
        "bosnie",
        "corée",
        "cap vert",
        "micronésie",
        "émirats",
    }
)

# Names that are also first names or everyday words: reported only after a place cue, so
# "Chad said", "Turkey sandwich" and "Jordan's mum" stay out while "flew to Jordan" is kept.
NEEDS_CUE = frozenset(
    "chad jordan georgia india israel mali salvador holland jersey guernsey turkey guinea "
    "niger chili grenade réunion argentine maurice dominique dominica us benin bénin "
    "équateur".split()
)
# Single words that are ordinary words in lower case ("china" plates, "turkey" for dinner,
# "équateur" the equator, "suisse" the adjective): never reported in lower case.
LOWER_AMBIGUOUS = NEEDS_CUE | frozenset(
    "china chine cuba panama togo laos suisse antarctique america amérique".split()
)
# Those that are also first names ("Merci à Maurice", "a card from Jordan") need a cue no
# person takes: "in Jordan", "au Mali", "visiting Georgia".
PERSON_LIKE = frozenset(
    "chad jordan georgia india israel mali salvador maurice dominique holland".split()
)
_STRONG_CUES = frozenset("in into across throughout visit visiting visited en au aux île".split())
# Travel verbs that make "to"/"from" a strong cue too: "flew to Jordan", "moved from Chad".
_TRAVEL = frozenset(
    "flew fly flying moved move moving travelled traveled travel went emigrated back trip "
    "holiday holidays vacation".split()
)
# Words just before a name that make it a place ("in Jordan", "au Tchad", "à la Réunion").
PLACE_CUES = frozenset(
    "in from to into across visit visiting visited via near towards toward around "
    "throughout born moved flew living lives en au aux à vers depuis".split()
)
# Articles skipped when looking for a cue ("in the US", "à la Réunion", "de l'Inde").
_ARTICLES = frozenset("the la le l' l’ les".split())
# A name after "New" is part of another place ("New Jersey", "New Mexico", "New Guinea");
# after "Brown" it is a rat strain ("Brown Norway").
_NOT_AFTER = frozenset({"new", "brown"})
# A name before these words is a thing named after it: "Congo red" (a dye), "guinea pig",
# "Norway rat", "Turkey sandwich", "Jersey cow", "China plates".
_NOT_BEFORE = frozenset(
    "red pig pigs rat rats cow cows fowl sandwich sandwiches plate plates".split()
)
# Longest country name in words (official ISO names run to eight or nine).
_MAX_WORDS = 10


def normalize(text: str) -> str:
    """Lookup key of a name: lower case, straight apostrophes, hyphens and runs of space as
    one space ("Guinea-Bissau" and "guinea bissau" meet)."""
    text = unicodedata.normalize("NFC", text).lower().replace("’", "'").replace("-", " ")
    return " ".join(text.split())


def _word_key(word: str) -> str:
    """`normalize` of one token: an ASCII word of letters only needs lower case alone."""
    return word.lower() if word.isascii() and word.isalpha() else normalize(word)


@cache
def _first_words() -> frozenset[str]:
    """The first word of every name, to skip most tokens without building spans; with its
    part before an apostrophe too, as tokens split there ("people's", "l'état")."""
    words: set[str] = set()
    for name in country_names():
        first = name.split()[0]
        head = first.split("'")[0]
        words.update((first, head, head + "'"))
    return frozenset(words)


@cache
def country_names() -> frozenset[str]:
    """Normalised country names: the packaged list without its inverted ISO forms
    ("korea, republic of"), plus the everyday extras."""
    names = {normalize(n) for n in countries() | EXTRA_NAMES if "," not in n}
    return frozenset(names)


class CountryRecognizer(EntityRecognizer):
    """COUNTRY: a country name on the spaCy tokens, trusted according to its case."""

    ENTITIES: ClassVar[list[str]] = ["COUNTRY"]
    # Below spaCy's 0.85 so that when spaCy calls the same word a person ("Jordan"), its
    # label wins the overlap; above the 0.5 reporting threshold.
    SCORE = 0.75
    # A name that needed a cue is less sure again.
    CUED_SCORE = 0.6

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=self.ENTITIES,
            supported_language=supported_language,
            name=self._label(supported_language),
        )

    @staticmethod
    def _label(language: str) -> str:
        """The recognizer's name (Presidio's `name` attribute is untyped)."""
        return f"CountryRecognizer_{language}"

    def load(self) -> None:
        """Nothing to load: the name list is read on first use."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Country names in the tokens of `nlp_artifacts`, longest name first."""
        if nlp_artifacts is None or "COUNTRY" not in entities:
            return []
        doc = tokens_of(nlp_artifacts.tokens)
        # (text, first character) of each token
        tokens = list(zip(doc.text, doc.idx, strict=True))
        firsts = _first_words()
        doc_text = doc.doc_text
        results: list[RecognizerResult] = []
        i = 0
        while i < len(tokens):
            word = tokens[i][0]
            if not word[:1].isalpha() or _word_key(word) not in firsts:
                i += 1
                continue
            found = self._match_at(doc, doc_text, i, tokens)
            if found is None:
                i += 1
                continue
            end, score = found
            last_text, last_start = tokens[end - 1]
            results.append(self._result(tokens[i][1], last_start + len(last_text), score))
            i = end
        return results

    def _match_at(
        self, doc: Tokens, doc_text: str, i: int, tokens: list[tuple[str, int]]
    ) -> tuple[int, float] | None:
        """(end token, score) of the longest acceptable name starting at token i (whose first
        word starts a name), or None."""
        start = tokens[i][1]
        if start > 0 and doc_text[start - 1] in "#@":
            return None  # a hashtag is a topic, a mention a handle
        names = country_names()
        for end in range(min(len(tokens), i + _MAX_WORDS), i, -1):
            last_text, last_start = tokens[end - 1]
            surface = doc_text[start : last_start + len(last_text)]  # the span's text
            key = normalize(surface)
            if key not in names:
                continue
            if not last_text[-1:].isalpha() and not key.endswith("."):
                continue  # "U.S." is a name; a name ends on a letter otherwise
            score = self._trust(doc, i, end, key, surface)
            return None if score is None else (end, score)
        return None

    def _trust(self, doc: Tokens, i: int, end: int, key: str, surface: str) -> float | None:
        """The score a matched name earns from its case and its neighbours, or None."""
        previous = _previous_word(doc, i)
        if previous in _NOT_AFTER or (end < len(doc) and doc.lower[end] in _NOT_BEFORE):
            return None
        lower = surface == surface.lower()
        upper = surface == surface.upper()
        if lower and (" " not in key and key in LOWER_AMBIGUOUS):
            return None
        if upper and _shouting(doc, i, end):
            return None  # "PLEASE HELP US", "TURKEY DINNER": a capitalised line, not a name
        if key in NEEDS_CUE:
            if key == "us" and surface != "US":
                return None  # "us" is the pronoun; "US" the country
            cues = _STRONG_CUES if key in PERSON_LIKE else PLACE_CUES
            travel = previous in ("to", "from") and _previous_word(doc, i, skip=1) in _TRAVEL
            cue = (
                previous in cues
                or travel
                or (key == "us" and previous == "the")
                or _postcode_after(doc, end)
            )
            return self.CUED_SCORE if cue else None
        return self.SCORE

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=self._label(self.supported_language),
            original_score=score,
            textual_explanation="country name",
        )
        return RecognizerResult(
            entity_type="COUNTRY",
            start=start,
            end=end,
            score=score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self._label(self.supported_language),
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )


def _previous_word(doc: Tokens, i: int, skip: int = 0) -> str:
    """The lower-cased word before token i, articles and line breaks skipped ("in the US"
    gives "in"); with `skip`, the word that many words further back."""
    seen = 0
    for j in range(i - 1, -1, -1):
        if doc.space[j] or doc.lower[j] in _ARTICLES:
            continue
        if seen == skip:
            return doc.lower[j]
        seen += 1
    return ""


def _postcode_after(doc: Tokens, end: int) -> bool:
    """True when a postcode-like number (4-6 digits) follows: "Jordan 11181" ends an address."""
    if end >= len(doc):
        return False
    word = doc.text[end]
    return word.isdigit() and 4 <= len(word) <= 6


def _shouting(doc: Tokens, i: int, end: int) -> bool:
    """True when a neighbouring word is all caps too: the name is part of a shouted line."""
    for j in (i - 1, end):
        if 0 <= j < len(doc):
            word = doc.text[j]
            if len(word) > 1 and word.isalpha() and word.isupper():
                return True
    return False


def recognizers(language: str) -> list[EntityRecognizer]:
    """The country recognizer for a language (one list of English and French names)."""
    return [CountryRecognizer(supported_language=language)]
