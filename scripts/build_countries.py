"""Build screener/data/countries.txt: country names in English and French, lower-cased.

Source: the ISO 3166-1 names and their French translations shipped by the `pycountry` package
(LGPL-2.1; the data are Debian's iso-codes). Run with pycountry installed:
    python scripts/build_countries.py
"""

from __future__ import annotations

import gettext
from pathlib import Path

import pycountry  # type: ignore[import-not-found]

OUT = Path(__file__).resolve().parent.parent / "screener" / "data" / "countries.txt"

# Everyday names the ISO list spells otherwise (ISO: "United Kingdom of Great Britain...").
EVERYDAY = [
    "uk", "u.k.", "britain", "great britain", "england", "scotland", "wales", "northern ireland",
    "usa", "u.s.", "u.s.a.", "us", "america", "united states", "russia", "south korea",
    "north korea", "iran", "syria", "vietnam", "laos", "bolivia", "venezuela", "tanzania",
    "czech republic", "czechia", "moldova", "taiwan", "east timor", "ivory coast",
    "people's republic of china", "the netherlands", "holland", "royaume-uni", "angleterre",
    "écosse", "pays de galles", "états-unis", "etats-unis", "amérique", "russie", "corée du sud",
]  # fmt: skip


def main() -> None:
    """Write the sorted, deduplicated list."""
    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    names: set[str] = set(EVERYDAY)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value.lower())
                names.add(fr.gettext(value).lower())
    header = "# ISO 3166-1 country names (en, fr) from pycountry; see scripts/build_countries.py\n"
    OUT.write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
