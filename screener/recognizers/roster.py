"""People a group's roster names: "Admins: Ceri & Tom", "Modos : Aïcha, Karim et Lulu",
"Sophie & Mathieu, admins".

Support groups sign their rules and notices with the names of whoever runs them (admins and
moderators: hosts and organisers may be charities). spaCy's small
models read such short lists as places or nothing ("Modos" a place, "Tane" a town), and the
names are often nicknames no list holds. The role word and the list's shape are enough: one to
six capitalised words (each maybe with an initial), joined by commas, "&", "and" or "et",
right after the role and a colon, or right before a comma and the role. Refused: everyday
words that are no known name ("Admins: All", "Mods: None", "Admins: Please read").
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from screener.gazetteers import WORD, everyday_words, first_name_level
from screener.recognizers.results import recognizer_result

# A roster states who the people are: surer than a title before a name (person_cues' 0.9)
# and a town read from the gazetteer over a person (0.9), as a roster lists no places.
SCORE = 0.95

# Who runs a group, in English and French, singular or plural (not hosts or organisers, who
# may be charities: "Organisers: Sue Ryder & Macmillan").
_ROLE = r"(?:co-?)?(?:admins?|administrators?|mods?|moderators?|modos?|mod[ée]rat(?:eur|rice)s?)"
# One name: one to three capitalised words (hyphens and apostrophes inside: a title or a kin
# word may open it, "Kak Yati", "Auntie Grace", "Mrs Akosua Darko"), maybe an initial after.
_WORD = r"[A-ZÀ-Ý][\w'’-]*[a-zà-ÿ]"
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,2}}(?:[ \t]+[A-Z]\.?(?![\w]))?"
# A stem of every role word: a post with none holds no roster (a cheap pre-check).
_ROLE_STEMS = ("adm", "mod")
_JOIN = r"[ \t]*(?:,|&|\+|/)[ \t]*|[ \t]+(?i:and|et)[ \t]+"
# The list ends its line or clause: no lower-case word goes on ("Admin: Good question!").
# (nor a question: "Modo : Boyoki ?" is a line of a dialogue)
_LIST = rf"{_NAME}(?:(?:{_JOIN}){_NAME}){{0,5}}(?![ \t]*[a-zà-ÿ0-9?])"


# Words that open a line as a greeting, not a name ("Merry Christmas", "Hey Mamas").
_GREETINGS = frozenset(
    "hi hey hello hiya merry happy dear welcome bonjour coucou salut joyeux joyeuses bonne "
    "bienvenue".split()
)
# Titles and kin words that open a name in a roster ("Auntie Grace", "Pa Okwera", "Mrs Darko").
_KIN_TITLES = frozenset(
    "auntie aunty aunt uncle pa ma mama papa mr mrs ms miss dr sister brother tata tonton "
    "tantine mamie papi kak".split()
)


class RosterRecognizer(EntityRecognizer):
    """PERSON: the names a group's roster lists after or before its role."""

    # The role, a colon, then the list ("Admins: Ceri & Tom"); or the list at a line's start,
    # then a comma or a dash and the role ("Sophie & Mathieu, admins").
    PATTERNS: ClassVar[tuple[re.Pattern[str], ...]] = (
        re.compile(rf"\b(?i:{_ROLE})[ \t]*:[ \t]*(?P<list>{_LIST})"),
        # (a dash with a space before it: "Co-admin" is one word)
        re.compile(rf"(?m)^[ \t]*(?P<list>{_LIST})(?:[ \t]*,|[ \t]+[-–—])[ \t]*(?i:{_ROLE})\b"),
    )
    _NAME_RE: ClassVar[re.Pattern[str]] = re.compile(_NAME)

    def __init__(self, supported_language: str = "en") -> None:
        name = f"RosterRecognizer_{supported_language}"
        super().__init__(
            supported_entities=["PERSON"], supported_language=supported_language, name=name
        )
        self._label = name

    def load(self) -> None:
        """Nothing to load: the patterns are compiled with the class."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """The names of a post's rosters."""
        lowered = text.lower()
        if "PERSON" not in entities or not any(w in lowered for w in _ROLE_STEMS):
            return []
        results = []
        source = (self._label, str(self.id))
        for pattern in self.PATTERNS:
            for match in pattern.finditer(text):
                start = match.start("list")
                for name in self._NAME_RE.finditer(match.group("list")):
                    if self.a_name(name.group()):
                        span = (start + name.start(), start + name.end())
                        why = "a name in a group's roster"
                        results.append(recognizer_result(source, "PERSON", *span, SCORE, why))
        return results

    def a_name(self, word: str) -> bool:
        """A roster's words that may be a name: no greeting or possessive ("Merry Christmas",
        "Hey Mamas", "Parkinson's"), no everyday word first unless a title or a kin word
        ("Infirmières Asalée"; "Auntie Grace" is a name), and a last word that is a known
        first name or no everyday word."""
        first = word.split()[0]
        if first.lower() in _GREETINGS or word.endswith(("'s", "’s")):
            return False
        if (
            " " in word
            and first.lower() in everyday_words()
            and first.lower() not in _KIN_TITLES
            and first_name_level(first, self.supported_language) is None
        ):
            return False
        last = [w for w in word.split() if len(w.rstrip(".")) > 1][-1]  # not an initial
        level = first_name_level(last, self.supported_language)
        if level is not None and level > WORD:
            return True  # "Grace", "Tom": a name first ("Will" is a word first)
        return last.lower() not in everyday_words()


def recognizers(language: str) -> list[EntityRecognizer]:
    """The roster recognizer (English and French roles in both languages)."""
    return [RosterRecognizer(supported_language=language)]
