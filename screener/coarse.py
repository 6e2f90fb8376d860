"""Identifiers too coarse to single anyone out: they are reported and redacted, never counted.

HIPAA's Safe Harbor keeps years, and the verdict rules count dates tied to an event in
someone's life. These are not:
- a year on its own ("in 2011", "since 2019");
- a decade of age ("in my late 40s", "dans la cinquantaine"): millions of people share it;
- the end of a period ("alert until Friday 19 July", "jusqu'au 3 mars"): when something stops,
  not when something happened to someone;
- an awareness day's date ("19 juin – Journée mondiale de la drépanocytose", "World Kidney Day
  on 13 March"): everyone's day;
- an age asked of the reader ("Turned 50?", "Vous avez 65 ans ?"): anyone that age;
- an organisation's age ("Notre groupe fête ses 10 ans", "the unit turns 25").
"""

from __future__ import annotations

import re

from screener.types import Finding

# A year on its own, maybe after "in" / "since".
_BARE_YEAR = re.compile(r"^(?:(?:in|en|since|depuis)\s+)?(?:19|20)\d\d$", re.IGNORECASE)
# A decade of age, in digits or words ("40s", "late 40's", "forties", "la quarantaine").
_DECADE = re.compile(
    r"\b(?:\d0['’]?s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|"
    r"vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|septantaine|octantaine)\b",
    re.IGNORECASE,
)
# Words right before a date that make it a period's end (at most a weekday word between is
# part of the date finding itself).
_PERIOD_END = re.compile(
    r"\b(?:until|till|til|through|up\s+to|jusqu['’]\s*(?:au|à|a)|jusqu['’]\s*(?:le|la)|"
    # an advert's deadline ("Closing date: 30 June", "Date limite de candidature :")
    r"closing\s+date|deadline|date\s+limite|candidatures?|apply\s+by)\s*:?\s*$",
    re.IGNORECASE,
)
# An awareness day, week or month named within a line of the date: "Journée mondiale de",
# "World Kidney Day", "Awareness Day", "Semaine nationale".
# A cut-off for who is eligible, not anyone's birthday: "born on or after 1 April 2024",
# "aux bébés nés depuis le 1er avril 2024", "children born after 1 September 2019".
_ELIGIBLE_SINCE = re.compile(
    r"\b(?:born|n[ée]e?s)\s+(?:on\s+or\s+)?(?:after|since|before|from|between|depuis|apr[èe]s|"
    r"avant|entre|[àa]\s+partir\s+d[ue])\s+(?:(?:le|du|the)\s+)?$",
    re.IGNORECASE,
)
_CAMPAIGN = re.compile(
    r"\b(?:journ[ée]e|semaine|mois)\s+(?:mondiale?|nationale?|internationale?|europ[ée]enne?)\b"
    r"|\b(?:world|international|national|european)\s+(?:[\w'’-]+\s+){0,3}(?:day|week|month)\b"
    r"|\bawareness\s+(?:day|week|month)\b",
    re.IGNORECASE,
)
# A question mark right after an age (a few words may close the clause: "Turned 50 this
# year?"): the post asks its reader, it tells no one's age.
_ASKED = re.compile(
    r"^(?:\s+(?:or\s+over|or\s+older|ou\s+plus|this\s+year|cette\s+ann[ée]e))?\s*\?"
    # ... or another age group after it, then the question mark ("Turned 65, or aged 70–79?",
    # "65 ans ou plus, ou diabétique ?")
    r"|^\s*,?\s*(?:or|ou)\b[^.!?\n]{0,30}\?"
)
# An organisation's age ("Notre groupe fête ses 10 ans", "the unit turns 25", "our charity
# celebrates its 40th birthday", "Le Fonds Lucienne-Garnier pour la recherche sur la maladie
# de Parkinson a 10 ans"): a body's, no person's; its name may run to ten words.
_BODIES = (
    r"(?:groupe|group|association|asso|service|unit[ée]?|clinique|clinic|centre|center|"
    r"h[ôo]pital|hospital|hospice|maison|club|charity|caf[ée]|ward|practice|pharmac(?:y|ie)|"
    r"trust|foundation|fondation|network|r[ée]seau|fonds|fund|appeal|campagne|campaign|"
    # a support group by its other names ("the Big Land Diabetes Circle", "notre forum")
    r"circle|cercle|forum|chapter|society|soci[ée]t[ée]|collectif|collective)"
)
_BODY_AGE = re.compile(
    # (a dash inside the name: "Le groupe Diabète 71 – entraide et partage fête ses 5 ans")
    rf"\b{_BODIES}\s+(?:[\w'’–—-]+\s+){{0,9}}?(?:f[êe]te|c[ée]l[èe]bre|"
    # (French "a" is named: only a verb before years, "... a 10 ans"; English "a" is an article)
    r"(?P<a>a)|turns|celebrates|is|marks)\s+(?:ses|its|son|their)?\s*$",
    re.IGNORECASE,
)
# ... or a birthday wished to a body named after it, on its line ("HAPPY 10TH BIRTHDAY, GULU
# SICKLE CELL PARENTS GROUP!", "Happy 5th birthday to the Friday Café").
# (no preposition between: "to the oldest member of our stroke club", "to our patient on the
# Oak Ward", "à la doyenne de notre club" wish a person well)
_BODY_AFTER = re.compile(
    r"[^\S\n]*(?:!+)?[^\S\n]*(?:,|to)[^\S\n]+"
    r"(?:(?!(?:of|on|in|at|from|with|de|du|des|à|au|aux|dans|chez)\b)[\w'’-]+[^\S\n]+){0,8}?"
    rf"{_BODIES}s?\b",
    re.IGNORECASE,
)
# A birthday or an anniversary in an age: what a body may be wished.
_BIRTHDAY = re.compile(r"birthday|anniversary|anniversaire", re.IGNORECASE)
# An age in French years ("10 ans", "dix ans").
_FRENCH_YEARS = re.compile(r"\bans\b", re.IGNORECASE)
# How far (characters) around a date, on its line, to look for a campaign's name.
_CAMPAIGN_WINDOW = 60


# A member of the body right before its name ("A lady from our Breathe Easy Circle is 90",
# "La doyenne du groupe ... a 92 ans"): the age is the member's.
_MEMBER_BEFORE = re.compile(
    r"\b(?:lady|ladies|gentleman|gentlemen|man|men|woman|women|members?|one|boy|girl|friends?|"
    r"founder|doyenne?|membres?|fondat(?:eur|rice)|ami|amie|dame|monsieur|oldest|eldest|"
    r"youngest|plus\s+[âa]g[ée]e?|plus\s+jeune)\s+(?:\w+\s+){0,5}$",
    re.IGNORECASE,
)


def _body_age(text: str, age: Finding) -> bool:
    """An organisation's age; its verb "a" only before an age in French ("... a 10 ans"), as
    English "a" is an article ("unit opens. When a 23-year-old came in"); not a member's."""
    if _BIRTHDAY.search(age.text) and _BODY_AFTER.match(text, age.end):
        return True
    window = max(0, age.start - 100)
    body = _BODY_AGE.search(text[window : age.start])
    if body is None:
        return False
    if _MEMBER_BEFORE.search(text, max(0, window + body.start() - 40), window + body.start()):
        return False
    return body.group("a") is None or _FRENCH_YEARS.search(age.text) is not None


def too_coarse(text: str, finding: Finding) -> bool:
    """Whether an identifier finding is too coarse to count towards a crossing."""
    if finding.entity_type == "AGE":
        return bool(
            _DECADE.search(finding.text)
            or _ASKED.match(text[finding.end : finding.end + 20])
            or _body_age(text, finding)
        )
    if finding.entity_type != "DATE":
        return False
    if _BARE_YEAR.match(finding.text):
        return True
    if _PERIOD_END.search(text[max(0, finding.start - 20) : finding.start]):
        return True
    if _ELIGIBLE_SINCE.search(text[max(0, finding.start - 40) : finding.start]):
        return True
    line_start = text.rfind("\n", 0, finding.start) + 1
    line_end = text.find("\n", finding.end)
    line_end = len(text) if line_end < 0 else line_end
    window = text[
        max(line_start, finding.start - _CAMPAIGN_WINDOW) : min(
            line_end, finding.end + _CAMPAIGN_WINDOW
        )
    ]
    return bool(_CAMPAIGN.search(window))
