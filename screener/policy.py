"""Decide pass or hold from a post's findings, per channel, with reasons in plain words.

The rules are those of docs/verdict-rules.md: a direct identifier holds a post; a health detail
crossed with a person identifier, or with enough quasi-identifiers, holds it; so does a term of
the channel's deny-list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from operator import attrgetter
from pathlib import Path
from typing import Any

import yaml

from screener import group_health, linking, not_people, people, posters, roles
from screener import staff as staff_roles
from screener.coarse import too_coarse
from screener.contacts import is_org_contact
from screener.entities import info
from screener.public_figures import a_public_figures_age
from screener.recognizers.date_words import MONTH_EN, MONTH_FR
from screener.services import services_named
from screener.types import Finding, Reason, Verdict

__all__ = ["ChannelPolicy", "decide", "is_org_contact", "load_policies"]

# Quasi-identifiers: each is shared by many people, two together narrow it to a few.
QUASI_TYPES = frozenset({"DATE", "LOCATION", "FACILITY", "UK_POSTCODE", "IP_ADDRESS"})
# Street and school words, shared by the small places below and the kinds of small place a
# home or a child's days are in (_STREET, _SCHOOL).
_STREET_WORDS = (
    r"street|road|rd|lane|avenue|ave|close|drive|crescent|terrace|rue|chemin|impasse|all[ée]e|"
    r"boulevard|bd|quai|lotissement"
)
_SCHOOL_WORDS = (
    r"school|ysgol|scoil|primary|academy|[ée]cole|coll[èe]ge|lyc[ée]e|maternelle|kindergarten|"
    r"cr[èe]che"
)
# Places that hold few people: a street, a school, a ward or a room (and postcodes, IP
# addresses, residential homes). With one of them, places alone narrow a post down to a few
# people; two towns, or a pharmacy and its town, do not.
_SMALL_PLACE = re.compile(
    rf"\b(?:{_STREET_WORDS}|st|ln|gardens|grove|mews|hameau|lieu-dit|"
    rf"{_SCHOOL_WORDS}|college|high|elementary|preschool|daycare|"
    # a hospital bay has a number ("Bay 4"); "Hawke's Bay" is a region
    r"ward|bay(?=\s*\d)|bed|room|unit|unit[ée]|chambre|salle|lit|box|"
    # workplaces: a case there points at a few colleagues
    r"plant|factory|depot|warehouse|abattoir)\b",
    re.IGNORECASE,
)
# A workplace's word before its name ("l'usine Normandie Emballages", "the Brook Foods
# plant"): a case there points at a few colleagues.
_WORKPLACE_BEFORE = re.compile(
    r"\b(?:usine|entreprise|atelier|entrep[ôo]t|abattoir|chantier|plant|factory|depot|"
    r"warehouse)\s+(?:de\s+|d['’]|du\s+|des\s+)?\Z",
    re.IGNORECASE,
)
# A street, a school: the kinds of small place a home or a child's days are in.
# (not "St", which is also a saint: "St Albans", "St Mary's Hospital")
_STREET = re.compile(rf"\b(?:{_STREET_WORDS}|walk|way)\b", re.IGNORECASE)
_SCHOOL = re.compile(rf"\b(?:{_SCHOOL_WORDS}|nursery)\b", re.IGNORECASE)
# Living somewhere, right before its street ("on habite une vieille maison de la rue ...",
# "we live on Lovers Walk"): a home, which few people share. French allows a few words
# between; English wants "live on / in / at" right before ("living with MS near ..." is no
# home).
_LIVES_ON = re.compile(
    r"\b(?:(?:habite|habitons|habitent|vis|vit|vivons|vivent)\b[^.!?\n]{0,40}|"
    r"(?:live[sd]?|living)\s+(?:on|in|at|off)\s+(?:the\s+)?|"
    # someone called by where they live ("the lad from Pearse Street", "la dame de la rue")
    r"\b(?:lad|lass|man|woman|gentleman|lady|fella|guy|chap|bloke|boy|girl|family|couple|"
    r"dame|monsieur|gars|famille)\s+(?:from|off|of|de\s+la|du|de)\s+|"
    # a neighbour by the street they share ("my neighbour on Lovers Walk", "ma voisine de la
    # rue des Lilas")
    r"\b(?:neighbou?rs?|voisine?s?)\s+(?:on|in|at|off|from|de\s+la|du|de|dans\s+la)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
# One's own child ("my daughter", "mon fils", "our wee boy"): with their school, one pupil.
_CHILD_OF = re.compile(
    r"\b(?:my|our|his|her|their|mon|ma|notre|leur)\s+(?:[\w-]+\s+)?(?:son|daughter|boy|girl|kid|"
    r"child|fils|fille|gar[çc]on|enfant|ado)\b",
    re.IGNORECASE,
)
# A numbered bed or patient's room ("bed 4", "chambre 12", "lit 3").
_BED_OR_ROOM = re.compile(r"^(?:bed|chambre|lit)\s", re.IGNORECASE)
# A service before the street it stands on ("the walk-in on Tranquille Rd", "la pharmacie de
# la rue Nationale"): the street is the service's, not a home's.
_SERVICE_ON = re.compile(
    r"\b(?:walk-in|clinic|pharmacy|chemist|surgery|practice|hospital|centre|center|office|shop|"
    r"store|branch|pharmacie|cabinet|clinique)\s+(?:on|in|at|off|de\s+la|du|rue)\s*$",
    re.IGNORECASE,
)
# A capitalised name, then an opening bracket, right before a word ("Sarah (physio)"), and
# the closing bracket and a speaker's colon after it; the health terms that are also jobs.
_NAME_THEN_BRACKET = re.compile(r"\b[A-ZÀ-Ý][\w'’-]*\s*\(\s*$")
_BRACKET_THEN_COLON = re.compile(r"\s*\)\s*:")
_JOB_WORDS = frozenset(
    {"physio", "physiotherapy", "ot", "salt", "podiatry", "chiro", "osteo", "kiné", "kine"}
)
# ... or after the street that names it ("our Gurney Drive branch", "the Mill Lane surgery").
_BRANCH_AFTER = re.compile(
    # (not "site" or "depot": "the Garryduff Road site" is a workplace, a few colleagues)
    r"\s+(?:branch|store|shop|surgery|clinic|practice|pharmacy|succursale|agence|officine)\b",
    re.IGNORECASE,
)
# Place-like findings a health term can sit inside as part of a name ("Wensleydale Road
# Surgery", "Royal Marsden Cancer Hospital"): such a term is nobody's health detail.
_PLACE_TYPES = frozenset({"LOCATION", "FACILITY", "ADDRESS"})
# Homes whose residents are a small, closed population: naming one with a health detail is
# about them ("an outbreak of norovirus at Oakfield House care home").
_RESIDENTIAL = re.compile(
    # (not a community or meeting house, a venue for all: "Hamilton East Community House")
    r"\b(?:care\s+home|nursing\s+home|residential\s+home|"
    r"(?<!community\s)(?<!meeting\s)(?<!Community\s)(?<!Meeting\s)house|lodge|court|hospice|"
    r"r[ée]sidence|ehpad|maison\s+de\s+retraite|foyer|ems|chsld|"
    # care homes named like estates ("Rosewood Manor", "The Grange"), not a hospital or a
    # surgery of that name ("Walsall Manor Hospital", "Grange Medical Centre")
    r"(?:manor|grange)(?!\s+(?:hospital|surgery|medical|health|practice|clinic))|"
    # South Africa's care homes ("Sunnyridge Frail Care Centre")
    r"frail\s+care)\b",
    re.IGNORECASE,
)
# Words before a date that tie it to one person's life ("admitted on 3 March", "born on",
# "died on Sunday", "hospitalisée depuis le 12 août", "opéré le 3 mars"): HIPAA's dates of
# admission, discharge, birth and death. Up to 25 characters of the same clause between.
_PERSONAL_DATE_CUE = re.compile(
    r"\b(?:admitted|discharged|born|died|passed\s+away|operated\s+on|transferred|"
    r"hospitali[sz]ed|diagnosed|n[ée]e?|d[ée]c[ée]d[ée]e?|admise?|hospitalis[ée]e?s?|"
    r"op[ée]r[ée]e?|op[ée]rer|sortie?|transf[ée]r[ée]e?|diagnostiqu[ée]e?|"
    # a birth brought on ("booked in for an induction at QE Gateshead on 19 December")
    r"induced|induction|d[ée]clench(?:ement|[ée]e?)|"
    # "Papa nous a quittés le 2 février", "left us on": a death
    r"quitt[ée]e?s?|left\s+us|"
    # going home from hospital ("went home on Friday 7 November", "rentrée à la maison le")
    r"went\s+home|sent\s+home|rentr[ée]e?\s+(?:à\s+la\s+maison|chez\s+(?:elle|lui|nous))|"
    # "since we lost my sister on 2 August", "nous avons perdu notre fils le": a death
    r"lost\s+(?:my|our|his|her|their)\s+(?:[\w'’-]+\s+)?(?:mum|mom|mam|mother|dad|father|son|"
    r"daughter|sister|brother|wife|husband|partner|baby|boy|girl|gran|granny|grandma|grandad|"
    r"grandpa|grandmother|grandfather|nan|nana|friend|twin|child)|"
    r"perdu\s+(?:ma|mon|notre|sa|son|leur)\s+(?:[\w'’-]+\s+)?(?:m[èe]re|p[èe]re|maman|papa|"
    r"fils|fille|s[œo]eur|fr[èe]re|femme|mari|[ée]pou(?:x|se)|b[ée]b[ée]|enfant|mamie|papi|"
    r"papy|ami(?:e)?|jumeau|jumelle|compagne?|conjointe?)|"
    # detained under mental-health law ("She was sectioned on 2 January", "internée le")
    r"sectioned|detained|intern[ée]e?|"
    # one person's operation ("my wife's surgery on 19 May", "son opération du 3 mars")
    r"(?:(?:my|her|his|their|mon|son|sa)\s+(?:[\w'’-]+\s+)?|\w+['’]s\s+)(?:surgery|operation|"
    r"op|transplant|op[ée]ration|intervention|greffe|c[ée]sarienne|c-section))"
    r"\b[^.!?\n]{0,25}$",
    re.IGNORECASE,
)
# An outbreak is news about the people it struck: in a named care home, a small group.
_OUTBREAK = re.compile(
    # ("un épisode de gastro-entérite touche l'EHPAD Les Tilleuls")
    r"\b(?:outbreak|outbreaks|cases?\s+of|cluster|test(?:ed|ing|s)?\s+positive|[ée]pid[ée]mie|foyer|"
    r"[ée]pisode\s+(?:de|d['’])|"
    r"cas\s+de|flamb[ée]e|test[ée]e?s\s+positi(?:f|ve)s?|"
    # an illness among a home's residents ("norovirus was confirmed among residents", "12
    # résidents malades", "plusieurs résidents touchés")
    # (a few words may come between: "confirmed in a small number of our residents")
    r"(?:confirmed|spreading|circulating|reported)\s+(?:among|in)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:residents|patients)|(?:\d+|deux|trois|quatre|cinq|plusieurs|several|two|three|four|five)\s+"
    r"(?:r[ée]sidents|residents|pensionnaires|patients|patientes|soignants|staff)\b"
    # ("6 patients et 2 soignants ont une grippe confirmée")
    r"[^.!?\n]{0,40}?\b(?:malades|touch[ée]s|atteints|contamin[ée]s|infect[ée]s|positifs|ill|"
    r"unwell|infected|affected|confirm[ée]e?s?|confirmed))\b",
    re.IGNORECASE,
)
# A case in one worker of a named place ("un cas confirmé ... chez un infirmier du centre de
# santé de Ngongolio", "a case of TB in a member of staff at"): a few colleagues; or cases
# among the patients of one ward.
_CASE_AT_WORK = re.compile(
    r"\b(?:cas|case)\b[^.!?\n]{0,80}?\b(?:chez|in)\s+(?:un|une|an?|one)\s+(?:member\s+of\s+staff|"
    r"staff\s+member|worker|employee|nurse|teacher|pupil|agent|infirmi(?:er|[eè]re)|employ[ée]e?|"
    r"travailleu(?:r|se)|ouvri(?:er|[eè]re)|coll[eè]gue|"
    r"salari[ée]e?|enseignante?|[ée]l[eè]ve|agente?|student|patient|patiente|resident|"
    r"r[ée]sidente?|child|enfant)\b"
    # one of a workplace's people diagnosed ("a member of staff at the school has been
    # diagnosed with tuberculosis", "un salarié du site a été testé positif")
    r"|\b(?:a|one|un|une)\s+(?:of\s+(?:their|our|the|his|her)\s+(?:classmates|pupils|"
    r"colleagues|workers|staff|residents)\s+|de\s+(?:leurs|nos|ses)\s+(?:camarades|"
    r"coll[eè]gues|[ée]l[eè]ves)\s+|member\s+of\s+(?:staff|our\s+team)|staff\s+member|worker|"
    r"employee|teacher|pupil|student|colleague|membre\s+du\s+personnel|salari[ée]e?|"
    r"employ[ée]e?|enseignante?|[ée]l[eè]ve|agente?|coll[eè]gue)\b[^.!?\n]{0,50}?\b(?:has\s+been|"
    r"was|is|a\s+[ée]t[ée]|est)\s+(?:diagnosed|confirmed|found|tested\s+positive|"
    r"diagnostiqu[ée]e?|test[ée]e?\s+positi(?:f|ve))"
    # cases among the patients of one ward ("Trois cas d'hépatite A ... chez des enfants
    # hospitalisés en salle Ibn Sina")
    r"|\b(?:cas|cases)\b[^.!?\n]{0,80}?\b(?:chez|in|among|parmi)\s+(?:des|les|the|our|nos)?\s*"
    r"(?:patients|patientes|enfants|children|residents|r[ée]sidents|b[ée]b[ée]s|babies)\s+"
    r"(?:hospitalis[ée]e?s\s+)?(?:en|on|in|dans|à|au|sur)\s+(?:la\s+|l['’]|the\s+)?"
    r"(?:salle|service|unit[ée]|ward|unit|bay|[ée]tage|pavillon)\b",
    re.IGNORECASE,
)
# A few children or workers of one class, school or workplace struck by an illness ("deux
# enfants de la classe de CM1 ... ont été hospitalisés", "two pupils at Hill Primary were
# admitted"): news about a small, closed group, like a case at work. A verb of falling ill in
# the same sentence, as "two pupils at Hill Primary ran a diabetes stall" is no case.
_FEW_STRUCK = re.compile(
    r"\b(?:(?:deux|trois|quatre|cinq|plusieurs|quelques|two|three|four|five|several|a\s+few|"
    r"[2-9])\s+(?:enfants|[ée]l[eè]ves|[ée]coliers|coll[ée]giens|lyc[ée]ens|salari[ée]s|"
    r"employ[ée]s|agents|ouvriers|children|kids|pupils|students|workers|employees|staff|"
    r"patients|patientes|residents|r[ée]sidents)"
    # (a two-digit count of one workplace's staff is still a small group: "14 salariés du";
    # forty patients of a hospital are not)
    r"|[1-9]\d\s+(?:salari[ée]s|employ[ée]s|agents|ouvriers|workers|employees|staff))"
    r"\s+(?:hospitalis[ée]e?s\s+)?"
    r"(?:de|du|d['’]|at|from|of|in|on|en|dans|sur)\s+"
    r"(?:la\s+|l['’]|the\s+|our\s+|notre\s+|a\s+|une?\s+)?"
    r"(?:classe|[ée]cole|coll[èe]ge|lyc[ée]e|cr[èe]che|usine|entreprise|abattoir|chantier|"
    r"class|school|primary|nursery|factory|plant|site|warehouse|"
    r"centre\s+logistique|entrep[ôo]t|d[ée]p[ôo]t|depot|bureaux?|office|"
    # ... or of one ward ("Two patients on Ward 5 North have confirmed C. difficile")
    r"ward|unit|bay|salle|service|unit[ée]|[ée]tage|pavillon|(?-i:[A-Z]))"
    r"[^.!?\n]*?\b(?:hospitalis|admitted|taken\s+ill|fell\s+ill|tomb[ée]s?\s+malades|"
    r"malades|infect|contamin|tested\s+positive|test[ée]s\s+positifs|diagnos|intoxiqu|"
    r"[ée]vacu[ée]s|died|d[ée]c[ée]d|confirm|"
    # signs of food poisoning ("ont présenté des vomissements")
    r"pr[ée]sent[ée]\s+des|vomi|diarrh)",
    re.IGNORECASE,
)
# Between an operation and its date only "on", "for", "le", "du", "prévue le" ("is booked
# for"): "my thyroidectomy at Bunbury Regional on Tuesday 4th" is left to the place rules.
_DATE_AFTER_TERM = re.compile(
    r"\s*(?:(?:is\s+|was\s+)?(?:booked\s+)?(?:on|for|le|du|prévue?\s+le)\s+)"
)
# A day of the calendar: a number or a month in it ("Tuesday 4th", "3 mars"), not a weekday.
_CALENDAR_DATE = re.compile(rf"\d|\b(?:{MONTH_EN}|{MONTH_FR})")
# One's own operation: a possessive or "had" right before it ("Had my", "son", "j'ai eu une").
_OWN_TERM_BEFORE = re.compile(
    r"\b(?:my|her|his|mon|ma|son|sa|had\s+(?:a|an|the)|j['’]ai\s+eu\s+(?:une?|la|le|l['’]))"
    r"\s+(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ChannelPolicy:
    """What one channel allows and forbids."""

    name: str
    description: str = ""
    language: str | None = None
    allow_list: frozenset[str] = frozenset()
    deny_list: tuple[str, ...] = ()
    quasi_identifiers_to_hold: int = 2

    def allowed(self, surface: str) -> bool:
        """True when a finding's text is on the allow-list (case-insensitive)."""
        return surface.strip().lower() in self.allow_list


def load_policies(path: Path | None = None) -> dict[str, ChannelPolicy]:
    """Channel policies from a YAML file (the packaged defaults when `path` is None)."""
    if path is None:
        raw = resources.files("screener.data").joinpath("policies.yaml").read_text("utf-8")
    else:
        try:
            raw = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ValueError(f"cannot read policy file {path}: {exc.strerror}") from exc
    data = yaml.safe_load(raw) or {}
    channels = data.get("channels")
    if not isinstance(channels, dict) or not channels:
        raise ValueError(f"policy file {path or 'policies.yaml'}: no 'channels' mapping")
    return {name: _channel(name, spec or {}) for name, spec in channels.items()}


def _channel(name: str, spec: dict[str, Any]) -> ChannelPolicy:
    unknown = set(spec) - {
        "description",
        "language",
        "allow_list",
        "deny_list",
        "quasi_identifiers_to_hold",
    }
    if unknown:
        raise ValueError(f"channel {name!r}: unknown keys {sorted(unknown)}")
    language = spec.get("language")
    if language not in (None, "en", "fr"):
        raise ValueError(f"channel {name!r}: language must be en, fr or null")
    return ChannelPolicy(
        name=name,
        description=str(spec.get("description", "")),
        language=language,
        allow_list=frozenset(str(s).strip().lower() for s in spec.get("allow_list") or ()),
        deny_list=tuple(str(s) for s in spec.get("deny_list") or ()),
        quasi_identifiers_to_hold=int(spec.get("quasi_identifiers_to_hold", 2)),
    )


def decide(
    text: str, findings: Sequence[Finding], policy: ChannelPolicy, language: str | None = None
) -> tuple[Verdict, tuple[Reason, ...]]:
    """The verdict and its reasons for a post's findings under a channel's policy (`language`,
    when known, chooses the words that refer to a person)."""
    reasons: list[Reason] = []
    places = [f for f in findings if f.entity_type in _PLACE_TYPES]
    services = services_named(text, findings)
    health = [
        f
        for f in findings
        if f.category == "health"
        and f not in services
        and not _inside(f, places)
        and not group_health.is_group_health(text, f)
        and not group_health.is_hypothetical(text, f)
        and not group_health.in_a_title(text, f)
        and not _role_in_brackets(text, f)
    ]
    # drugs and devices a "name" may run into ("Ritaline LP", "Dexcom G7"), and groups named
    # after a disease ("Long Covid Ireland", "France Alzheimer Hérault")
    products = [f for f in findings if f.category == "health"]
    # Staff speak in their own name, unless the health near their name is their own; public
    # figures' health news is already public.
    staff = staff_roles.public_figures(text, findings)
    figures = frozenset(staff)
    own = staff_roles.own_health_of(text, health)
    persons = [
        f for f in findings if f.entity_type == "PERSON" and not not_people.in_a_name(text, f)
    ]
    people_named = sorted(persons, key=attrgetter("start"))
    staff |= {
        f
        for f in staff_roles.staff(text, findings)
        # (a signer is judged on all the post's health: "Mod note: I'll be quieter as my
        # radiotherapy starts Monday. — Modo Claire")
        if not linking.linked(
            text,
            f,
            health if posters.signs_the_post(text, f) else _owned_by(f, own, people_named),
            language,
        )
    }
    named = [
        f
        for f in persons
        if not not_people.in_place_list(text, f, places)
        and not not_people.in_drug_list(text, f, products)
        and not any(f.start <= h.start < f.end for h in products)  # "Ritaline LP": a drug
    ]
    others = any(f not in staff for f in named)
    addressed = any(f.entity_type == "SOCIAL_HANDLE" for f in findings)
    referred = people.refers_to_person(text, staff, others, addressed, language, health)
    someone = referred or others
    staff_names = frozenset(f.text.lower() for f in staff)
    direct, personal, quasi, signed = [], [], [], []
    for f in findings:
        if f.category != "identifier" or not info(f.entity_type).about_person:
            continue
        if is_org_contact(text, f, someone, staff_names) or (
            f.entity_type == "PERSON" and f not in named
        ):
            continue
        if not_people.is_org_handle(f):
            continue
        if too_coarse(text, f):
            continue  # a bare year, a decade of age, a period's end, an awareness day
        if f.entity_type in QUASI_TYPES and group_health.in_sign_off(text, f):
            signed.append(f)  # where the poster writes from: only a role there counts
            continue
        if info(f.entity_type).direct:
            direct.append(f)
        elif f.entity_type == "DATE" and someone and _personal_date(text, f, health):
            personal.append(f)  # a date of admission, birth or death
        elif f.entity_type in QUASI_TYPES:
            quasi.append(f)
        elif f.entity_type == "AGE" and figures and a_public_figures_age(text, f, figures):
            continue  # "l'humoriste X ... Il parle de son TDAH diagnostiqué à 35 ans"
        elif f not in staff and linking.linked(text, f, health, language):
            personal.append(f)
    if direct:
        reasons.append(Reason("direct_identifier", f"contains {_list(direct)}", _types(direct)))
    enough_quasi = _enough_quasi(text, quasi, policy, referred, staff, signed, health)
    if health and (personal or enough_quasi):
        who = personal + ((quasi or signed) if enough_quasi else [])
        verb = "names" if any(f.entity_type == "PERSON" for f in personal) else "identifies"
        reasons.append(
            Reason(
                "crossing",
                f"{verb} {_list(who)} together with {_list(health)}",
                _types(who + health),
            )
        )
    lowered = text.lower()
    for term in policy.deny_list:
        if re.search(rf"(?<!\w){re.escape(term.lower())}(?!\w)", lowered):
            reasons.append(Reason("deny_list", f"mentions '{term}', on this channel's deny-list"))
    return (Verdict.HOLD if reasons else Verdict.PASS), tuple(reasons)


def _enough_quasi(
    text: str,
    quasi: Sequence[Finding],
    policy: ChannelPolicy,
    referred: bool,
    exempt: Iterable[Finding] = (),
    signed: Sequence[Finding] = (),
    health: Sequence[Finding] | None = None,
) -> bool:
    """Whether the quasi-identifiers single someone out: enough of them about a person or a
    small group, one place with a person's unique role ("the lollipop lady at St Anne's"),
    or an outbreak in a named residential home. `signed`: places on the sign-off line, which
    count only for a role there ("our practice manager ... – Kirkmichael Surgery")."""
    places = [f for f in quasi if f.entity_type != "DATE"]
    if (places or signed) and roles.role_reference(text, list(exempt), health):
        return True
    if (places or signed) and health and roles.care_role_reference(text, health):
        return True
    if _OUTBREAK.search(text) and any(
        _residential(f) or _small(f, text) or _RESIDENTIAL.search(f.text) for f in quasi
    ):  # a home the NER called a place ("Elmwood Lodge") counts for an outbreak
        return True
    if places and (_CASE_AT_WORK.search(text) or _FEW_STRUCK.search(text)):
        return True  # cases in a named home, school or ward: a small, closed group
    if referred and any(_tiny(f, text) for f in places):
        return True  # one person in a named care home, at a home address, in a hospital bed
    # Dates alone (a campaign's start and end) narrow no one down: a place must be among them;
    # places alone (two towns) neither, unless one is small (a street, a home, a postcode).
    distinct = len({f.text.lower() for f in quasi})
    narrow = (
        policy.quasi_identifiers_to_hold < 2  # a strict channel holds on any one of them
        or len(places) < len(quasi)
        or any(_small(f, text) for f in places)
    )
    return (
        bool(places)
        and narrow
        and distinct >= policy.quasi_identifiers_to_hold
        and _about_people(text, quasi, referred)
    )


def _small(place: Finding, text: str) -> bool:
    """A place that holds few people: a street, a school, a ward, a postcode, a home; not the
    street of a service ("the walk-in on Tranquille Rd"), which anyone may visit."""
    if _of_a_service(place, text):
        return False
    return (
        place.entity_type in ("UK_POSTCODE", "IP_ADDRESS", "ADDRESS")
        or _residential(place)
        or bool(_SMALL_PLACE.search(place.text))
        or bool(_WORKPLACE_BEFORE.search(text, max(0, place.start - 20), place.start))
    )


def _tiny(place: Finding, text: str) -> bool:
    """A place that alone narrows a person down to a few dozen people: a named care home, a
    home address or postcode, a numbered bed or patient's room ("Ma mère est à l'EHPAD Les
    Charmilles", "the gentleman in bed 4"), the street one lives on ("on habite rue du
    Maréchal-Foch"), one's child's school ("my daughter's Crohn's ... her school (Ysgol
    ...)"). Not a street of a service."""
    if _of_a_service(place, text):
        return False
    before = text[max(0, place.start - 45) : place.start]
    sentence = text[max(0, place.start - 120) : place.end + 60]
    return (
        _residential(place)
        or place.entity_type in ("ADDRESS", "UK_POSTCODE")
        or bool(_BED_OR_ROOM.match(place.text))
        or bool(_STREET.search(place.text) and _LIVES_ON.search(before))
        or bool(_SCHOOL.search(place.text) and _CHILD_OF.search(sentence))
    )


def _of_a_service(place: Finding, text: str) -> bool:
    """A place right after a service that stands on it ("the walk-in on Tranquille Rd"), or
    naming a service's branch ("our Gurney Drive branch")."""
    return bool(
        _SERVICE_ON.search(text[max(0, place.start - 30) : place.start])
        or _BRANCH_AFTER.match(text, place.end)
    )


def _residential(finding: Finding) -> bool:
    return finding.entity_type == "FACILITY" and bool(_RESIDENTIAL.search(finding.text))


def _role_in_brackets(text: str, finding: Finding) -> bool:
    """A job's word in brackets right after a speaker's name, before a colon: the person's
    job, as chat exports and minutes write it ("Sarah (physio): Morning all!"), not a
    treatment ("Update on Mum (dementia): ..." is hers)."""
    return (
        finding.text.lower() in _JOB_WORDS
        and bool(_NAME_THEN_BRACKET.search(text, max(0, finding.start - 40), finding.start))
        and bool(_BRACKET_THEN_COLON.match(text, finding.end))
    )


def _owned_by(
    person: Finding, own: Sequence[Finding], people_named: Sequence[Finding]
) -> list[Finding]:
    """The health details written as someone's own that can be this person's: those whose
    nearest name before them is theirs, or that have no name before them ("broadcaster Martin
    Caddick, who has spoken about his Parkinson's ... nurse Gail Whitmore": his, not hers)."""
    owned = []
    for term in own:
        before = [f for f in people_named if f.end <= term.start]
        if not before or before[-1] == person or before[-1].text == person.text:
            owned.append(term)
    return owned


def _inside(finding: Finding, places: Sequence[Finding]) -> bool:
    """A health term inside a place's name ("Wensleydale Road Surgery")."""
    return any(p.start <= finding.start and finding.end <= p.end for p in places)


def _personal_date(text: str, finding: Finding, health: Sequence[Finding] = ()) -> bool:
    """A date right after a word of admission, birth, death or surgery, or after one's own
    operation ("Had my thyroidectomy on Tuesday 4th", "sa coloscopie le 3 mars")."""
    if _PERSONAL_DATE_CUE.search(text[max(0, finding.start - 45) : finding.start]):
        return True
    if not _CALENDAR_DATE.search(finding.text):
        return False  # "had my colonoscopy on Tuesday": a weekday of the week gone names no day
    return any(
        h.entity_type == "PROCEDURE"
        and _DATE_AFTER_TERM.fullmatch(text, h.end, finding.start)
        and _OWN_TERM_BEFORE.search(text, max(0, h.start - 30), h.start)
        for h in health
    )


def _about_people(text: str, quasi: Sequence[Finding], referred: bool) -> bool:
    """Whether a post's quasi-identifiers point at someone: a person (`referred`: the post
    has a word for one), or a small group: the residents of a named home, the patients of a
    named unit on a date (a tea dance at a care home on a Sunday is about no one)."""
    if referred:
        return True
    places = [f for f in quasi if f.entity_type != "DATE"]
    homes = [f for f in places if _residential(f)]
    dated = len(places) < len(quasi)
    return people.group_near(text, homes) or (dated and people.group_near(text, places))


def _list(findings: Iterable[Finding], most: int = 3) -> str:
    """Plain words for some findings: 'a person (Margaret Ellis) and an age (94)'."""
    seen: dict[tuple[str, str], Finding] = {}
    for f in findings:
        seen.setdefault((f.entity_type, f.text.lower()), f)
    parts = [f"{info(f.entity_type).noun} ({f.text})" for f in list(seen.values())[:most]]
    extra = len(seen) - most
    if extra > 0:
        parts.append(f"{extra} more")
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _types(findings: Iterable[Finding]) -> tuple[str, ...]:
    return tuple(sorted({f.entity_type for f in findings}))
