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

from screener import group_health, groups, linking, not_people, people, posters, roles
from screener import quasi as quasi_ids
from screener import staff as staff_roles
from screener.chat import is_message_date
from screener.coarse import too_coarse
from screener.contacts import is_org_contact
from screener.entities import info
from screener.fields import a_field_of_work
from screener.public_figures import a_public_figures_age
from screener.recognizers.age_words import KIN_AS_NAME, OTHER_KIN_WORDS, POSTERS_KIN
from screener.recognizers.date_words import MONTH_EN, MONTH_FR
from screener.services import services_named
from screener.types import Finding, Reason, Verdict
from screener.weak_names import is_cued_person, is_weak_person

__all__ = ["ChannelPolicy", "decide", "is_org_contact", "load_policies"]

# Quasi-identifiers: each is shared by many people, two together narrow it to a few.
QUASI_TYPES = frozenset({"DATE", "LOCATION", "FACILITY", "UK_POSTCODE", "IP_ADDRESS"})
# A capitalised name, then an opening bracket, right before a word ("Sarah (physio)"), and
# the closing bracket and a speaker's colon after it; the health terms that are also jobs.
_NAME_THEN_BRACKET = re.compile(r"\b[A-ZÀ-Ý][\w'’-]*\s*\(\s*$")
_BRACKET_THEN_COLON = re.compile(r"\s*\)\s*:")
_JOB_WORDS = frozenset(
    {"physio", "physiotherapy", "ot", "salt", "podiatry", "chiro", "osteo", "kiné", "kine"}
)
# Place-like findings a health term can sit inside as part of a name ("Wensleydale Road
# Surgery", "Royal Marsden Cancer Hospital"): such a term is nobody's health detail.
_PLACE_TYPES = frozenset({"LOCATION", "FACILITY", "ADDRESS"})
# Kin words of languages other than English and French, as one alternation.
_OTHER_KIN = "|".join(OTHER_KIN_WORDS)
# Words before a date that tie it to one person's life ("admitted on 3 March", "born on",
# "died on Sunday", "hospitalisée depuis le 12 août", "opéré le 3 mars"): HIPAA's dates of
# admission, discharge, birth and death. Up to 30 characters of the same clause between.
_PERSONAL_DATE_CUE = re.compile(
    r"\b(?:admitted|discharged|born|died|passed\s+away|operated\s+on|transferred|"
    r"hospitali[sz]ed|diagnosed|n[ée]e?|d[ée]c[ée]d[ée]e?|admise?|hospitalis[ée]e?s?|"
    r"op[ée]r[ée]e?|op[ée]rer|transf[ée]r[ée]e?|diagnostiqu[ée]e?|"
    # discharged ("sortie le 3 mars"), not an outing ("Sortie anniversaire le samedi 7 juin",
    # "sortie nature", "sortie du club")
    r"sortie?(?!\s+(?:anniversaire|annuelle|mensuelle|nature|p[ée]destre|rando\w*|"
    r"d[ée]couverte|culturelle|familiale|conviviale|scolaire|v[ée]lo|raquettes|en\s+groupe|"
    r"en\s+famille|de\s+groupe|du\s+groupe|du\s+club|de\s+l['’]asso\w*))|"
    # a birth brought on ("booked in for an induction at QE Gateshead on 19 December")
    r"induced|induction|d[ée]clench(?:ement|[ée]e?)|"
    # "Papa nous a quittés le 2 février", "left us on": a death
    r"quitt[ée]e?s?|left\s+us|(?:est|sont)\s+morte?s?|morte?(?=\s+le\s*$)|"
    # "Opa passed on 3rd May", "passed on Tuesday", "Mommy passed 11/2/2023": a death, the
    # date right after
    r"passed(?:\s+on)?(?=\s*(?:the\s+)?$)|"
    # "We lost Pop on 9 January": kin called by name, capitalised, without "my"
    r"lost\s+(?-i:" + KIN_AS_NAME + r"|Pops?|Poppa)\b|"
    # going home from hospital ("went home on Friday 7 November", "rentrée à la maison le")
    r"went\s+home|sent\s+home|rentr[ée]e?\s+(?:à\s+la\s+maison|chez\s+(?:elle|lui|nous))|"
    # "since we lost my sister on 2 August", "nous avons perdu notre fils le": a death
    r"lost\s+(?:my|our|his|her|their)\s+(?:[\w'’-]+\s+)?(?:mum|mom|mam|mother|dad|father|son|"
    r"daughter|sister|brother|wife|husband|partner|baby|boy|girl|gran|granny|grandma|grandad|"
    r"grandpa|grandmother|grandfather|nan|nana|friend|twin|child|" + _OTHER_KIN + r")|"
    # (kin words of other languages: "We lost my nalí on December 3rd")
    r"perdu\s+(?:ma|mon|notre|sa|son|leur)\s+(?:[\w'’-]+\s+)?(?:m[èe]re|p[èe]re|maman|papa|"
    r"fils|fille|s[œo]eur|fr[èe]re|femme|mari|[ée]pou(?:x|se)|b[ée]b[ée]|enfant|mamie|papi|"
    r"papy|ami(?:e)?|jumeau|jumelle|compagne?|conjointe?)|"
    # detained under mental-health law ("She was sectioned on 2 January", "internée le")
    r"sectioned|detained|intern[ée]e?|"
    # one person's operation ("my wife's surgery on 19 May", "son opération du 3 mars")
    r"(?:(?:my|her|his|their|mon|son|sa)\s+(?:[\w'’-]+\s+)?|\w+['’]s\s+)(?:surgery|operation|"
    r"op|transplant|op[ée]ration|intervention|greffe|c[ée]sarienne|c-section))"
    # (30 characters: a ward may stand between, "hospitalisée en psychiatrie depuis le")
    r"\b[^.!?\n]{0,30}$",
    re.IGNORECASE,
)
# A kin word of another language before a date of death or birth ("Opa passed on 3rd May"):
# someone the post is about, though no English or French word for a person names them.
_KIN_BEFORE = re.compile(rf"\b(?i:{_OTHER_KIN})\b")
# Between an operation and its date only "on", "for", "le", "du", "prévue le" ("is booked
# for"): "my thyroidectomy at Bunbury Regional on Tuesday 4th" is left to the place rules.
# ("ma chirurgie bariatrique est le 22 mai", "sera le", "prévue pour le" too)
_DATE_AFTER_TERM = re.compile(
    # ("is fixed for 22nd April", "is scheduled for", "est programmée le", "est fixée au")
    r"\s*(?:(?:is\s+|was\s+|est\s+|sera\s+)?(?:booked\s+|fixed\s+|scheduled\s+|planned\s+|"
    # (Québec's "cédulée" too: "Ma mastectomie est cédulée le 16 janvier")
    r"set\s+|programm[ée]e?\s+|fix[ée]e?\s+|c[ée]dul[ée]e?\s+|planifi[ée]e?\s+)?"
    r"(?:on|for|le|du|au|pr[ée]vue?\s+(?:pour\s+)?le)\s+)"
)
# A day of the calendar: a number or a month in it ("Tuesday 4th", "3 mars"), not a weekday.
_CALENDAR_DATE = re.compile(rf"\d|\b(?:{MONTH_EN}|{MONTH_FR})")
# A relative of the poster's ("my dad", "mon père", "our little girl"), whose the health told
# after them is.
_POSTERS_KIN = re.compile(POSTERS_KIN)
# A life's span: two calendar dates joined by a dash ("(12/04/1989 – 09/09/2025)"), in a post
# that mourns ("R.I.P", "In loving memory", "Repose en paix", a dove): a birth and a death.
_SPAN_DASH = re.compile(r"\s*[-–—]\s*")
_MOURNING = re.compile(
    r"\b(?:R\.?I\.?P\b|rest\s+in\s+(?:peace|paradise|power)|in\s+loving\s+memory|"
    r"in\s+memoriam|forever\s+in\s+our\s+hearts|gone\s+too\s+soon|repose\s+en\s+paix|"
    r"[àa]\s+la\s+m[ée]moire\s+de|en\s+m[ée]moire\s+de|paix\s+[àa]\s+son\s+[âa]me)|🕊",
    re.IGNORECASE,
)
# One's own operation: a possessive or "had" right before it ("Had my", "son", "j'ai eu une").
_OWN_TERM_BEFORE = re.compile(
    r"\b(?:my|her|his|mon|ma|son|sa|had\s+(?:a|an|the)|j['’]ai\s+eu\s+(?:une?|la|le|l['’])|"
    # a booking of one's own ("I'm booked in for an ERPC on Thursday 12 March")
    r"booked\s+in\s+for\s+(?:a|an|the|my|her|his))"
    # (two words between: "My husband's colostomy operation is fixed for")
    r"\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


# ... or inside the term as found ("had my hip replaced on 3 March", "My surgery on ...").
_OWN_TERM_START = re.compile(r"(?:had\s+)?(?:my|her|his|mon|ma|son|sa)\b", re.IGNORECASE)


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
    # drugs and devices a "name" may run into ("Ritaline LP", "Dexcom G7"), and groups named
    # after a disease ("Long Covid Ireland", "France Alzheimer Hérault"); all the health terms
    products = [f for f in findings if f.category == "health"]
    health = [
        f
        for f in products
        if f not in services
        and not _inside(f, places)
        and not group_health.is_group_health(text, f)
        and not group_health.is_hypothetical(text, f)
        and not group_health.in_a_title(text, f)
        and not _role_in_brackets(text, f)
        and not staff_roles.is_credential(text, f)  # "Jenna Cole, RD"
        and not a_field_of_work(text, f, products)  # "pionnier de la coronarographie"
    ]
    # Staff speak in their own name, unless the health near their name is their own; public
    # figures' health news is already public.
    # (not a name inside a building's or an event's: "the Sir Anthony Mamo Oncology Centre" is
    # where the poster was treated, not a public figure the post's age belongs to)
    in_names = {f for f in findings if not_people.in_a_name(text, f)}
    staff = frozenset(staff_roles.public_figures(text, findings)) - in_names
    figures = frozenset(staff)
    own = staff_roles.own_health_of(text, health)
    persons = [f for f in findings if f.entity_type == "PERSON" and f not in in_names]
    people_named = sorted(persons, key=attrgetter("start"))
    staff |= {
        f
        for f in staff_roles.staff(text, findings)
        # (a signer is judged on all the post's health: "Mod note: I'll be quieter as my
        # radiotherapy starts Monday. — Modo Claire")
        if not linking.linked(
            text,
            f,
            health if posters.signs_the_post(text, f) else _owned_by(text, f, own, people_named),
            language,
        )
    }
    listed = not_people.listed_among_places(text, persons, places)
    named = [
        f
        for f in persons
        if f not in listed
        # (one sense per post, unless a word at this mention tells a person: "Soutien à
        # Tauhiti" read as a place, then "Notre collègue Tauhiti")
        and not (not_people.named_as_place(f, places) and not is_cued_person(text, f, findings))
        and not not_people.in_drug_list(text, f, products)
        and not any(f.start <= h.start < f.end for h in products)  # "Ritaline LP": a drug
        and not is_weak_person(text, f, findings)  # "move to the Jaarbeurs": spaCy's guess
    ]
    others = any(f not in staff for f in named)
    addressed = any(f.entity_type == "SOCIAL_HANDLE" for f in findings)
    referred = people.refers_to_person(
        text, staff, others, addressed, language, health, people_named
    )
    someone = referred or others
    staff_names = frozenset(f.text.lower() for f in staff)
    direct, personal, quasi, signed = [], [], [], []
    for f in findings:
        if f.category != "identifier" or not info(f.entity_type).about_person:
            continue
        if f.entity_type == "ADDRESS" and groups.group_near(text, [f], household_only=True):
            quasi.append(f)  # "au 12 rue de la Grand'Font, où quatre personnes d'une même
            continue  # famille": a household's home, not a venue
        if is_org_contact(text, f, someone, staff_names) or (
            f.entity_type == "PERSON" and f not in named
        ):
            continue
        if not_people.is_org_handle(f) or staff_roles.is_credential(text, f):
            continue  # "@nhsuk"; "Priya Natarajan, RN"
        if too_coarse(text, f):
            continue  # a bare year, a decade of age, a period's end, an awareness day
        if f.entity_type == "DATE" and is_message_date(text, f):
            continue  # "14/05/2025, 09:02 - Cathy:": when a chat message was sent
        if f.entity_type in QUASI_TYPES and group_health.in_sign_off(text, f):
            signed.append(f)  # where the poster writes from: only a role there counts
            continue
        if info(f.entity_type).direct:
            direct.append(f)
        elif (
            f.entity_type == "DATE"
            and (someone or _KIN_BEFORE.search(text, max(0, f.start - 45), f.start))
            and (_personal_date(text, f, health) or _life_span(text, f, findings))
        ):
            personal.append(f)  # a date of admission, birth or death
        elif f.entity_type in QUASI_TYPES:
            quasi.append(f)
        elif f.entity_type == "AGE" and figures and a_public_figures_age(text, f, figures):
            continue  # "l'humoriste X ... Il parle de son TDAH diagnostiqué à 35 ans"
        elif f not in staff and linking.linked(text, f, health, language):
            personal.append(f)
    if direct:
        reasons.append(Reason("direct_identifier", f"contains {_list(direct)}", _types(direct)))
    enough_quasi = quasi_ids.enough(
        text, quasi, policy.quasi_identifiers_to_hold, referred, staff, signed, health
    )
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
    crossed = any(r.rule == "crossing" for r in reasons)
    role = roles.own_role_reference(text, health, list(staff)) if health and not crossed else None
    if role is not None:  # "our lead chaplain is home and recovering after a heart attack"
        reasons.append(
            Reason(
                "crossing",
                f"identifies someone by their role ({role}) together with {_list(health)}",
                _types(health),
            )
        )
    lowered = text.lower()
    for term in policy.deny_list:
        if re.search(rf"(?<!\w){re.escape(term.lower())}(?!\w)", lowered):
            reasons.append(Reason("deny_list", f"mentions '{term}', on this channel's deny-list"))
    return (Verdict.HOLD if reasons else Verdict.PASS), tuple(reasons)


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
    text: str, person: Finding, own: Sequence[Finding], people_named: Sequence[Finding]
) -> list[Finding]:
    """The health details written as someone's own that can be this person's: those whose
    nearest name before them is theirs, or that have no name before them ("broadcaster Martin
    Caddick, who has spoken about his Parkinson's ... nurse Gail Whitmore": his, not hers),
    and no relative of the poster's between ("thanks to Dr Kwalo ... They looked after my dad
    after his hernia operation": the dad's)."""
    owned = []
    for term in own:
        before = [f for f in people_named if f.end <= term.start]
        if before and before[-1] != person and before[-1].text != person.text:
            continue
        if person.end <= term.start and _POSTERS_KIN.search(text, person.end, term.start):
            continue
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
        and (
            _OWN_TERM_BEFORE.search(text, max(0, h.start - 30), h.start) is not None
            or _OWN_TERM_START.match(h.text) is not None
        )
        for h in health
    )


def _life_span(text: str, finding: Finding, findings: Sequence[Finding]) -> bool:
    """A date joined by a dash to another calendar date in a post that mourns someone
    ("R.I.P my cousin Noah (12/04/1989 – 09/09/2025)"): the dates of a birth and a death."""
    if not _CALENDAR_DATE.search(finding.text) or not _MOURNING.search(text):
        return False
    return any(
        other is not finding
        and other.entity_type == "DATE"
        and _CALENDAR_DATE.search(other.text) is not None
        and (
            _SPAN_DASH.fullmatch(text, finding.end, other.start) is not None
            or _SPAN_DASH.fullmatch(text, other.end, finding.start) is not None
        )
        for other in findings
    )


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
