"""Hospitals named by an acronym of their own: "at KATH", "admitted to UTH", "au CHPF".

Hospital acronyms follow a few conventions the world over: English names end in H
(Hospital: QECH, PMGH, LASUTH, YKDRH), MC (Medical Centre: KCMC, ANMC) or HC (Health Centre:
WCCHC); French centres hospitaliers start with CH (CHPF, CHCB, CHN, CHUV). The hand-kept list
(hospital_name.py) cannot hold every one, so this recognizer reads the shape, and only after a
place preposition ("at", "to", "in", "au", "du", "à l'"), which is how posts name where
someone is or was treated. Refused:
- the generic French types (CHU, CH, CHR, CHSLD...): facility.py reads them with their town;
- health acronyms of the same shape (TSH, PPH, VIH), regulators and ministries (GMC, MOH,
  NIH), interjections and everyday words (UGH, MONTH);
- a match next to an everyday word in capitals (a shouted "PATIENT OF THE MONTH", "AT
  THE"); another acronym may sit beside it ("at KATH ICU").
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from screener.gazetteers import everyday_words
from screener.recognizers.results import recognizer_result

# Shape-read, so below a hospital read from the list (0.8); above the findings' floor.
SCORE = 0.75


class HospitalAcronymRecognizer(EntityRecognizer):
    """FACILITY: a hospital's own acronym after a place preposition."""

    # A place preposition, then an optional article, then the acronym: English ones end in
    # H, MC or HC after one to five capitals; French ones are CH and one to four capitals.
    # Not glued to other letters, digits or hyphens on either side.
    PATTERN: ClassVar[re.Pattern[str]] = re.compile(
        r"\b(?i:at|in|into|to|from|near|outside|au|aux|du|à|dans|vers)\s+"
        r"(?:(?i:the|le|l['’])\s*)?"
        r"(?<![\w-])(?P<acronym>[A-Z]{1,5}(?:H|MC|HC)|CH[A-Z]{1,4})(?![\w-]|['’]\w)"
    )
    # French kinds of hospital, not names: facility.py reads them with their town.
    GENERIC: ClassVar[frozenset[str]] = frozenset(
        {"CHU", "CHRU", "CHR", "CHI", "CHS", "CHT", "CHSLD", "CHSCT", "CHRS", "CHG", "CHC"}
    )
    # Same-shaped acronyms that are not hospitals: hormones, bleeds and conditions (TSH, PPH,
    # French VIH / HSH), regulators and health departments or ministries, interjections.
    REFUSED: ClassVar[frozenset[str]] = frozenset(
        {
            *("TSH", "FSH", "ACTH", "ADH", "HGH", "PTH", "ICH", "SAH", "BPH", "IIH", "LVH"),
            *("RVH", "PPH", "NPH", "PAH", "CAH", "PNH", "IVH", "SDH", "EDH", "NASH", "MASH"),
            *("VIH", "HSH", "CHEMO"),
            *("GMC", "NMC", "MOH", "DOH", "DH", "NIH", "DPH", "MDH", "ODH", "IDPH", "CDPH"),
            *("UGH", "NAH", "YEAH", "YAH", "MEH", "SHH", "OOH", "OHH", "AAH", "AHH", "HAH"),
            *("HEH", "UHH", "PSH"),
        }
    )
    # A word in capitals (two letters or more) next to the match: shouted if it is an everyday
    # word.
    CAPS_WORD: ClassVar[re.Pattern[str]] = re.compile(r"[A-Z]{2,}")

    def __init__(self, supported_language: str = "en") -> None:
        name = f"HospitalAcronymRecognizer_{supported_language}"
        super().__init__(
            supported_entities=["FACILITY"], supported_language=supported_language, name=name
        )
        self._label = name

    def load(self) -> None:
        """Nothing to load: the pattern is compiled with the class."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """The hospitals a post names by their acronym."""
        if "FACILITY" not in entities:
            return []
        results = []
        for match in self.PATTERN.finditer(text):
            start, end = match.span("acronym")
            if not self.accepted(text, start, end):
                continue
            why = "a hospital's acronym after a place preposition"
            source = (self._label, str(self.id))
            results.append(recognizer_result(source, "FACILITY", start, end, SCORE, why))
        return results

    def accepted(self, text: str, start: int, end: int) -> bool:
        """Whether the acronym at text[start:end] may be a hospital (module docstring)."""
        acronym = text[start:end]
        if acronym in self.GENERIC or acronym in self.REFUSED:
            return False
        if acronym.lower() in everyday_words():
            return False
        # The preposition and article before it, and the word after it.
        before = text[max(0, start - 30) : start].split()[-2:]
        neighbours = before + text[end : end + 30].split()[:1]
        for word in (w.strip(".,:;!?()") for w in neighbours):
            if self.CAPS_WORD.fullmatch(word) and word.lower() in everyday_words():
                return False
        return True


def recognizers(language: str) -> list[EntityRecognizer]:
    """The hospital-acronym recognizer (both conventions in both languages)."""
    return [HospitalAcronymRecognizer(supported_language=language)]
