"""Build screener/data/common_words_{en,fr}.txt: everyday words that are not names.

spaCy's small models tag capitalised sentence openers as people or places ("Bienvenue",
"Prenez", "Welcome"); a one-word entity that is an everyday word is dropped. A word counts as
everyday when Debian's spelling dictionary lists it in lower case (proper nouns are listed
capitalised there) and it is frequent in the language (wordfreq Zipf >= 3.0, about once per
million words: rarer dictionary words are as likely to be surnames).

Sources: Debian's wamerican/wbritish/wfrench word lists (SCOWL / ispell-fr licences, free
software) and `wordfreq` 3.x frequencies (Apache-2.0 code, CC BY-SA 4.0 data). Build-time only:
    apt-get install wamerican wbritish wfrench && pip install wordfreq
    python scripts/build_common_words.py
"""

from __future__ import annotations

from pathlib import Path

from wordfreq import zipf_frequency  # type: ignore[import-not-found]

DATA = Path(__file__).resolve().parent.parent / "screener" / "data"
DICTS = {
    "en": ["/usr/share/dict/american-english", "/usr/share/dict/british-english"],
    "fr": ["/usr/share/dict/french"],
}
# About once per million words: below this a lower-case dictionary word is too rare for spaCy to
# mistake it for a name often, and rare words collide with surnames ("baker", "mason").
MIN_ZIPF = 3.0


def main() -> None:
    """Write one list per language."""
    for language, paths in DICTS.items():
        lower: set[str] = set()
        proper: set[str] = set()
        for path in paths:
            for word in Path(path).read_text(encoding="utf-8", errors="ignore").split():
                word = word.split("'")[0] if language == "en" else word
                (lower if word.islower() else proper).add(word.lower())
        # A word the dictionary also lists capitalised (a first name, a town) stays out.
        common = sorted(w for w in lower - proper if zipf_frequency(w, language) >= MIN_ZIPF)
        header = f"# Everyday {language} words (not names); see scripts/build_common_words.py\n"
        (DATA / f"common_words_{language}.txt").write_text(header + "\n".join(common) + "\n")
        print(language, len(common))


if __name__ == "__main__":
    main()
