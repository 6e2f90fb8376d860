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
from pathlib import Path
from typing import Any

import yaml

from screener.entities import info
from screener.types import Finding, Reason, Verdict

# Quasi-identifiers: each is shared by many people, two together narrow it to a few.
QUASI_TYPES = frozenset({"DATE", "LOCATION", "FACILITY", "UK_POSTCODE", "IP_ADDRESS"})
# Contact types that identify a private person unless written as an organisation's contact.
CONTACT_TYPES = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS"})

# A title right before a name introduces staff ("Dr Okafor", "Pr Martin"), not a patient.
_TITLE_BEFORE = re.compile(
    r"\b(?:dr|doctor|docteur|prof|professor|professeur|pr|nurse|sister|matron|midwife|"
    r"consultant|surgeon|chirurgien(?:ne)?|infirmi[eè]re?|sage-femme)\.?\s*$",
    re.IGNORECASE,
)
# Gap allowed between a cue and the contact: no sentence end ("." only when followed by a
# space, so the dots of "press@trust.nhs.uk or 0113 ..." do not cut it), at most 50 chars.
_GAP = r"(?:[^!?\n.]|\.(?!\s)){0,50}"
# Someone giving their own contact: "call me on", "appelez-moi au", "my mobile is".
_PRIVATE_CUE = re.compile(
    r"(?:\b(?:call|ring|text|phone|message|email|e-mail|contact|whatsapp|dm)\s+me\b|"
    r"-moi\b|\bme\s+(?:joindre|contacter|appeler)\b|\b(?:my|mon|ma)\s+(?:own\s+)?"
    r"(?:number|mobile|cell|phone|email|e-mail|address|num[ée]ro|portable|t[ée]l|mail|adresse)"
    r")" + _GAP + "$",
    re.IGNORECASE,
)
# An organisation giving its contact: service words, or an imperative to the public right
# before the number ("Call 0808 ...", "Appelez le 15").
_ORG_CUE = re.compile(
    r"(?:\b(?:helpline|hotline|advice line|switchboard|enquir(?:y|ies)|inquir(?:y|ies)|press|"
    r"media|reception|appointments?|bookings?|freephone|our\b[^.!?\n]{0,30}\b(?:team|office|"
    r"line|service|unit|clinic|ward|department)|can be reached|reach us|call us|contact us|"
    r"email us|e-mail us|write to us|ring us|visit us|join us|venue|held at|takes place at|"
    r"located at|standard|secr[ée]tariat|accueil|permanence|num[ée]ro (?:utile|vert|unique)|"
    r"service|[ée]quipe|contactez-nous|joignable|rendez-vous|lieu)\b" + _GAP + "$"
    r"|\b(?:call|phone|ring|text|dial|appelez|composez|contactez|t[ée]l[ée]phonez)\s*"
    r"(?:on|at|au|le|:)?\s*$)",
    re.IGNORECASE,
)
# Role mailboxes are organisational whoever writes them ("memoryteam@", "press@").
_ROLE_MAILBOX = re.compile(
    r"^[^@]*(?:info|contact|enquir|press|comms|communication|admin|hello|appointment|booking|"
    r"rdv|accueil|secretariat|noreply|no-reply|recrutement|jobs|careers|pals|feedback|team|"
    r"service|office|media|bereavement|support|help|clinic|unit|equipe)[^@]*@",
    re.IGNORECASE,
)
# A small group: the residents of a named home, the patients of a named unit on a given date.
_GROUP_REFERENCE = re.compile(
    r"\b(?:residents|patients|pensioners|r[ée]sidents|patient(?:e)?s|pensionnaires)\b",
    re.IGNORECASE,
)
# Homes whose residents are a small, closed population: naming one with a health detail is
# about them ("an outbreak of norovirus at Oakfield House care home").
_RESIDENTIAL = re.compile(
    r"\b(?:care\s+home|nursing\s+home|residential\s+home|house|lodge|court|hospice|"
    r"r[ée]sidence|ehpad|maison\s+de\s+retraite|foyer)\b",
    re.IGNORECASE,
)
# Words that point at one person ("a woman", "our patient", "his", "elle", "I"):
# quasi-identifiers about an event (a screening day at a library on a date) identify no one
# until the post is about someone; a poster's own admission date and town identify the poster;
# "residents" / "patients" of a named home or unit on a date are a small, findable group.
_PERSON_REFERENCE = re.compile(
    r"\b(?:i|me|my|je|j|moi|mon|ma|mes|he|she|him|his|her|hers|himself|herself|patient|man|woman|boy|girl|baby|newborn|"
    r"child|toddler|teenager|mum|mom|mam|dad|mother|father|son|daughter|wife|husband|partner|"
    r"brother|sister|grandmother|grandfather|gran|granny|grandad|grandpa|grandma|nan|nana|"
    r"resident|pensioner|gentleman|lady|mr|mrs|ms|miss|il|elle|lui|patiente?|homme|femme|"
    r"gar[çc]on|fille|b[ée]b[ée]|enfant|nourrisson|maman|papa|m[èe]re|p[èe]re|fils|[ée]pouse|"
    r"[ée]poux|mari|fr[èe]re|s[œo]eur|grand-m[èe]re|grand-p[èe]re|mamie|papi|papy|r[ée]sidente?|"
    r"monsieur|madame|mme)\b",
    re.IGNORECASE,
)
# Someone singled out by the one role they hold in a place ("the lollipop lady at St Anne's",
# "our postwoman in Eyam", "la factrice de Saint-Pons"): with a place and a health detail,
# the role names them as surely as a name would. Singular, after a determiner.
_ROLE_REFERENCE = re.compile(
    r"\b(?:the|our|their|your|la|le|l['’]|notre|votre|leur)\s+(?:(?:local|village|school|"
    r"head|much-loved|beloved|well-known|new|old|former|retired)\s+)?(?:lollipop\s+(?:lady|"
    r"man)|postman|postwoman|postie|milkman|caretaker|janitor|head\s*teacher|headmaster|"
    r"headmistress|head\s+of\s+year|vicar|priest|rabbi|imam|mayor|landlord|landlady|"
    r"shopkeeper|butcher|baker|pharmacist|chemist|lunch\s+supervisor|dinner\s+lady|"
    r"receptionist|school\s+nurse|bus\s+driver|coach|manager|captain|chairman|chairwoman|"
    r"chair|treasurer|secretary|facteur|factrice|maire|boulang[eè]re?|boucher|bouch[eè]re|"
    r"pharmacien(?:ne)?|instituteur|institutrice|directeur|directrice|cur[ée]|gardien(?:ne)?|"
    r"concierge|entra[iî]neur|entra[iî]neuse|pr[ée]sidente?|secr[ée]taire|tr[ée]sori[eè]re?|"
    r"ma[iî]tresse|chauffeur)\b",
    re.IGNORECASE,
)
# Words before a date that tie it to one person's life ("admitted on 3 March", "born on",
# "died on Sunday", "hospitalisée depuis le 12 août", "opéré le 3 mars"): HIPAA's dates of
# admission, discharge, birth and death. Up to 25 characters of the same clause between.
_PERSONAL_DATE_CUE = re.compile(
    r"\b(?:admitted|discharged|born|died|passed\s+away|operated\s+on|transferred|"
    r"hospitali[sz]ed|diagnosed|n[ée]e?|d[ée]c[ée]d[ée]e?|admise?|hospitalis[ée]e?s?|"
    r"op[ée]r[ée]e?|sortie?|transf[ée]r[ée]e?|diagnostiqu[ée]e?)\b[^.!?\n]{0,25}$",
    re.IGNORECASE,
)
# An outbreak is news about the people it struck: in a named care home, a small group.
_OUTBREAK = re.compile(
    r"\b(?:outbreak|outbreaks|cases?\s+of|cluster|[ée]pid[ée]mie|foyer|cas\s+de|flamb[ée]e)\b",
    re.IGNORECASE,
)
# Words after a health term that make it the name of a service, a team or a campaign ("our
# stroke unit", "the sickle cell day unit", "diabetes team", "Dementia Awareness Week").
_SERVICE_AFTER = re.compile(
    r"^[\s-]*(?:day\s+)?(?:unit|units|ward|wards|team|teams|service|services|clinic|clinics|"
    r"centre|center|department|nurse|nurses|specialists?|awareness|month|week|day|charity|"
    r"society|foundation|research|appeal|café|cafe|support\s+group|helpline|network|trust|"
    r"programme|program|screening\s+programme|[ée]quipe|unit[ée]|p[ôo]le|"
    r"consultation|association|ligue|mois|semaine|journ[ée]e)\b",
    re.IGNORECASE,
)
# What makes such a term about someone after all ("my dementia nurse", "Mum's MS team").
_PERSONAL_BEFORE = re.compile(
    r"\b(?:my|his|her|their|your|mon|ma|mes|son|sa|ses)\s+$|\w['’]s\s+$", re.IGNORECASE
)
# A personal e-mail: a local part made of two names ("jane.doe@", "tom_okafor@").
_PERSONAL_MAILBOX = re.compile(r"^[^\W\d_]{2,}[._][^\W\d_]{2,}\d*@")
# How far back (characters) to look for a title or an organisation word.
_LOOKBEHIND = 60


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


def is_staff_name(text: str, finding: Finding) -> bool:
    """A person introduced by a clinical title (Dr, Prof, Nurse, Pr...)."""
    before = text[max(0, finding.start - 20) : finding.start]
    return finding.entity_type == "PERSON" and bool(
        _TITLE_BEFORE.search(before) or _TITLE_BEFORE.search(finding.text.split(" ")[0] + " ")
    )


def is_org_contact(text: str, finding: Finding, refers_to_someone: bool = True) -> bool:
    """A phone, e-mail or address written as an organisation's contact: with an
    organisation's cue or a role mailbox, or in a post that refers to no person at all (a
    venue, a service line); never when written as one's own ("call me on") or when it is a
    personal mailbox ("jane.doe@") in such a post."""
    if finding.entity_type not in CONTACT_TYPES:
        return False
    before = text[max(0, finding.start - _LOOKBEHIND) : finding.start]
    if _PRIVATE_CUE.search(before):
        return False
    if finding.entity_type == "EMAIL_ADDRESS" and _ROLE_MAILBOX.match(finding.text):
        return True
    if _ORG_CUE.search(before):
        return True
    return not refers_to_someone and not _PERSONAL_MAILBOX.match(finding.text)


def decide(
    text: str, findings: Sequence[Finding], policy: ChannelPolicy
) -> tuple[Verdict, tuple[Reason, ...]]:
    """The verdict and its reasons for a post's findings under a channel's policy."""
    reasons: list[Reason] = []
    health = [f for f in findings if f.category == "health" and not _names_service(text, f)]
    staff = _staff(text, findings)
    referred = bool(_PERSON_REFERENCE.search(text))
    someone = referred or any(f.entity_type == "PERSON" and f not in staff for f in findings)
    direct, personal, quasi = [], [], []
    for f in findings:
        if f.category != "identifier" or not info(f.entity_type).about_person:
            continue
        if is_org_contact(text, f, someone):
            continue
        if info(f.entity_type).direct:
            direct.append(f)
        elif f.entity_type == "DATE" and someone and _personal_date(text, f):
            personal.append(f)  # a date of admission, birth or death
        elif f.entity_type in QUASI_TYPES:
            quasi.append(f)
        elif f not in staff:
            personal.append(f)
    if direct:
        reasons.append(Reason("direct_identifier", f"contains {_list(direct)}", _types(direct)))
    enough_quasi = _enough_quasi(text, quasi, policy, referred)
    if health and (personal or enough_quasi):
        who = personal + (quasi if enough_quasi else [])
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
    text: str, quasi: Sequence[Finding], policy: ChannelPolicy, referred: bool
) -> bool:
    """Whether the quasi-identifiers single someone out: enough of them about a person or a
    small group, one place with a person's unique role ("the lollipop lady at St Anne's"),
    or an outbreak in a named residential home."""
    places = [f for f in quasi if f.entity_type != "DATE"]
    if places and _ROLE_REFERENCE.search(text):
        return True
    if _OUTBREAK.search(text) and any(_residential(f) for f in quasi):
        return True
    distinct = len({f.text.lower() for f in quasi})
    return distinct >= policy.quasi_identifiers_to_hold and _about_people(text, quasi, referred)


def _residential(finding: Finding) -> bool:
    return finding.entity_type == "FACILITY" and bool(_RESIDENTIAL.search(finding.text))


def _names_service(text: str, finding: Finding) -> bool:
    """A health term naming a service, team or campaign ("our stroke unit", "Dementia
    Awareness Week"), unless a possessive makes it someone's ("my MS nurse")."""
    if not _SERVICE_AFTER.match(text[finding.end : finding.end + 40]):
        return False
    return not _PERSONAL_BEFORE.search(text[max(0, finding.start - 20) : finding.start])


def _personal_date(text: str, finding: Finding) -> bool:
    """A date right after a word of admission, birth, death or surgery."""
    return bool(_PERSONAL_DATE_CUE.search(text[max(0, finding.start - 45) : finding.start]))


def _staff(text: str, findings: Sequence[Finding]) -> frozenset[Finding]:
    """Names introduced by a clinical title, and later mentions of them ("Dr Ifeoma Eze ...
    well done Ifeoma")."""
    titled = [f for f in findings if is_staff_name(text, f)]
    words = {w.lower() for f in titled for w in f.text.split()}
    later = [
        f
        for f in findings
        if f.entity_type == "PERSON"
        and f.text.split()
        and {w.lower() for w in f.text.split()} <= words
    ]
    return frozenset(titled + later)


def _about_people(text: str, quasi: Sequence[Finding], referred: bool) -> bool:
    """Whether a post's quasi-identifiers point at someone: a person (`referred`: the post
    has a word for one), or a small group."""
    if referred or any(_residential(f) for f in quasi):
        return True
    dated = any(f.entity_type == "DATE" for f in quasi)
    return dated and bool(_GROUP_REFERENCE.search(text))


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
