"""The poster's own words around a name: a signature under the post, a moderator's notice,
thanks and welcomes to names beside the poster's own health (docs/verdict-rules.md, rule 2)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from screener.name_context import THANKS_WORDS
from screener.people import FIRST_PERSON
from screener.quotes import open_quote_before
from screener.sentences import sentence, sentence_ends, sentence_of, sentence_start
from screener.types import Finding

# A signature's line: a dash before the name, kisses or emoji after it, then the post's end.
_SIGNATURE_BEFORE = re.compile(r"\s*(?:[–—-]+\s*|(?i:x{1,3})\s+)?")

# A forum signature under it: lines of diagnosis and treatment history ("Dx Mar 2023 · IDC
# grade 2 · lumpectomy", "T1D since 1998 | pump"), led by a diagnosis word or split by bullets.
_SIGNATURE_BLOCK = re.compile(
    r"(?:\n[ \t]*(?:(?i:dx|diag(?:nosed)?|stage|t1d?|type\s+[12]|me\s*:)\b[^\n]*|"
    r"[^\n]*\s[·|•]\s[^\n]*\s[·|•]\s[^\n]*)){1,3}\s*\Z"
)

_SIGNATURE_AFTER = re.compile(r"[\sx!.]*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?\s*)*")

# A dash before a handle that ends the post (read backwards): the poster's signature.
HANDLE_SIGNATURE = re.compile(r"\s*[–—-]+\s")

# A moderator's signature ("— Modo Claire", "Mod Kev", "Admin team: Jo") and the openings of
# notices and round-ups that are general advice ("Mod note", "not medical advice", "Rappel :").
_MODERATOR_SIGNATURE = re.compile(
    r"\b(?:modo|mods?|admins?|moderators?|mod[ée]rat(?:eur|rice)s?)\b", re.IGNORECASE
)
_NOTICE = re.compile(
    r"\b(?:mod(?:erator)?['’]?s?\s+note|admin\s+note|not\s+medical\s+advice|"
    r"pas\s+(?:un\s+)?(?:avis|conseil)\s+m[ée]dical|mot\s+des\s+mod[ée]rat|rappel\s+des\s+modos)\b",
    re.IGNORECASE,
)
# A signer's own absence ("stepping back for a few weeks", "je m'absente"): their news.
_STEPPING_AWAY = re.compile(
    r"\b(?:stepping\s+(?:back|down|away)|taking\s+(?:a\s+)?(?:break|time\s+off)|back\s+soon|"
    r"(?:i['’]ll|i\s+will)\s+be\s+(?:away|off|quieter|absent)|je\s+m['’]absente|"
    r"je\s+(?:serai|vais\s+[êe]tre)\s+(?:absente?|moins\s+pr[ée]sente?)|de\s+retour\s+bient[ôo]t)\b",
    re.IGNORECASE,
)

# A name thanked ("shout out to Harjit", "merci à Mélanie"): the poster's own health told
# beside it is not theirs.
THANKED_BEFORE = re.compile(
    r"\b(?:thanks|thank\s+you|shout\s*-?\s*out|cheers|kudos|big\s+up|merci|remercier)\s+"
    r"(?:to\s+|à\s+|au\s+)?(?:(?:our|my|the|notre|mon|ma|la|le)\s+)?\Z",
    re.IGNORECASE,
)
# What puts a health detail in apposition to a name: a comma or a bracket right after it, then
# a few words with no other comma ("Merci à Nadia, opérée du cœur", "Jo (home after the op)").
_APPOSED = re.compile(r"\s*[,(–—]\s*[^,.!?\n]{0,40}")
# Thanks for help given (not a shout-out, which celebrates the person's own feat: "shout-out to
# Dean, who hit 100 days without a drink"), right before the name or singling it out later.
# New members welcomed by name are greeted the same way ("a big welcome to our newest members
# Becca, Tom and Ray"); any name of the list may be the one looked at.
GRATITUDE_BEFORE = re.compile(
    # (the one-word thanks of other languages too: "Grazzi Doris for the lift")
    r"(?:\b(?:thanks|thank\s+you|merci|remercier|"
    + "|".join(map(re.escape, THANKS_WORDS))
    # (an intensifier may come first: "Merci mille fois à Josiane", "thanks so much to")
    + r")\s+(?:(?:mille\s+fois|beaucoup|infiniment|encore|so\s+much|very\s+much|again)\s+)?"
    r"(?:to\s+|à\s+|au\s+)?"
    r"(?:(?:our|my|the|notre|mon|ma|la|le)\s+)?"
    # (two lower-case words may stand between, then a role maybe: "A special thank you to
    # peer support specialist Dwayne", "thank you so much Jane")
    r"(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:(?:specialist|worker|officer|coordinator|volunteer|"
    r"navigator|advocate|ambassador|educator|mentor|b[ée]n[ée]vole|pair-aidante?)\s+)?"
    r"|\b(?:thanks|thank\s+you|merci|"
    + "|".join(map(re.escape, THANKS_WORDS))
    + r")\b[^.!?\n]{0,80}\b(?:especially|particularly|"
    r"sp[ée]cialement|particuli[èe]rement|surtout|notamment)\s+(?:to\s+|à\s+|au\s+)?"
    r"|\bwelcome\s+(?:to\s+)?(?:(?:our|the|all)\s+)?(?:new(?:est)?\s+)?members?\s*,?\s*"
    r"|\bbienvenue\s+(?:à|aux)\s+(?:nos\s+|notre\s+)?(?:nouve(?:aux|lles?|l)\s+)?"
    r"(?:membres?\s*,?\s*)?)"
    # (one separator per gap, so that a long list cannot backtrack: ", ", " & ", " and ")
    r"(?:(?-i:[A-ZÀ-Ý])[\w'’-]+(?:\s*[,&]\s*|\s+(?:and|et)\s+))*\Z",
    re.IGNORECASE,
)
# Words for the reader or a third person: only these tie a health detail to a name thanked
# ("thanks Jo, home after her op"); "Merci Rachida pour le lien ... Depuis mon AVC" is the
# poster's own.
_NOT_THE_POSTER = re.compile(
    # (not "their" / "leurs": "à tous ceux venus partager leurs questions" is a public's)
    r"\b(?:you|your|yours|he|she|his|her|him|tu|toi|ton|ta|tes|vous|votre|vos|il|elle|lui|"
    r"son|sa|ses)\b",
    re.IGNORECASE,
)
# Thanks for telling one's own story ("thanks to Priya for talking so openly about living
# with bipolar", "merci à Léa d'avoir témoigné de son AVC"): the health told is theirs.
_TOLD_THEIR_OWN = re.compile(
    # right after the name, "for", "pour", "d'avoir" or "who", then the telling ("merci à
    # Françoise, bénévole, ... à tous ceux venus partager un café" is no story of hers)
    r"\W{0,3}(?:for|pour|d['’]avoir|de\s+nous\s+avoir|who|qui)\s+(?:[\w'’]+\s+){0,2}?"
    r"(?:shar(?:e|ed|ing)|talk(?:ed|ing)?|speak(?:ing)?|spoke|tell(?:ing)?|told|"
    r"open(?:ing)?\s+up|brave|t[ée]moign\w*|parl[ée]\w*|partag\w*|racont\w*|confi[ée]\w*|"
    r"courage\w*)\b",
    re.IGNORECASE,
)

# Where a thanked person is from, between their name and the thanks' reason ("Faduma Ali from
# Easton for", "Léa, de Cacao, d'avoir").
_FROM_PLACE = re.compile(
    r"\s*,?\s*(?:from|of|de|du|d['’])\s*(?:(?-i:[A-ZÀ-Ý])[\w'’-]+\s*){1,3},?", re.IGNORECASE
)

# Words for the poster, the reader or someone else, in order of the text: the last one before
# a health detail tells whose it is.
WORD_FOR_SOMEONE = re.compile(
    r"\b(?:i|me|my|you|your|he|she|his|her|je|j(?=['’])|moi|mon|ma|mes|tu|toi|ton|ta|tes|vous|"
    r"votre|vos|il|elle|lui)\b",
    re.IGNORECASE,
)


def in_first_person(words: str) -> bool:
    """Whether some words speak in the poster's own voice ("my", "I", "je", "j'", "mon")."""
    return any(w.lower() in FIRST_PERSON for w in WORD_FOR_SOMEONE.findall(words))


def signs_the_post(text: str, name: Finding) -> bool:
    """A name alone on the post's last line, maybe after a dash or kisses ("– Marcus", "Jo x",
    "xx Pauline"), or above a forum signature ("Dx Mar 2023 · IDC grade 2 · lumpectomy")."""
    line_start = text.rfind("\n", 0, name.start) + 1
    line_end = text.find("\n", name.end)
    after = text[name.end :]
    if line_end != -1 and _SIGNATURE_BLOCK.match(text, line_end):
        after = text[name.end : line_end]
    return bool(
        _SIGNATURE_BEFORE.fullmatch(text[line_start : name.start])
        and _SIGNATURE_AFTER.fullmatch(after)
        and line_start > 0
    )


def a_notice(text: str, name: Finding) -> bool:
    """Whether a signed post is a moderator's notice or general advice ("— Modo Claire", "Mod
    note", "(not medical advice!)"): the signer speaks for the group, not of their health."""
    line = text[text.rfind("\n", 0, name.start) + 1 : name.end]
    # a notice says so as it opens, in its first sentence
    return bool(_MODERATOR_SIGNATURE.search(line) or _NOTICE.search(sentence(text, 0)))


def told_as_own(text: str, health: Sequence[Finding]) -> bool:
    """Whether a health detail's sentence speaks in the first person ("my", "je", "moi"), or
    the notice says its signer steps away ("stepping back for a few weeks. Chemo starts
    Monday")."""
    return bool(health and _STEPPING_AWAY.search(text)) or any(
        in_first_person(sentence(text, sentence_of(text, f.start))) for f in health
    )


def posters_own(text: str, name: Finding, finding: Finding) -> bool:
    """Whether the last word for a person before a health detail, in its sentence and after
    the name spoken to, is the poster's ("my", "I", "mon"): the poster's health, not the
    reader's."""
    start = sentence_start(text, finding.start)
    if name.end <= finding.start:
        start = max(start, name.end)  # only the words after the name spoken to
    words = WORD_FOR_SOMEONE.findall(text[start : finding.start])
    return bool(words) and words[-1].lower() in FIRST_PERSON


def thanked_for_their_story(text: str, name: Finding) -> bool:
    """Whether a name is thanked for telling its own story ("Huge thanks to Faduma Ali from
    Easton for talking so openly in our video about", "merci à Léa d'avoir témoigné"): a
    member or a patient the post makes known, not a public figure."""
    if GRATITUDE_BEFORE.search(text, 0, name.start) is None:
        return False
    return _tells_their_own(text, name, len(text))


def _tells_their_own(text: str, name: Finding, until: int) -> bool:
    """Whether the words after a name, before `until`, say it tells its own story ("for
    talking so openly about", "d'avoir témoigné"), where it is from maybe between ("Faduma Ali
    from Easton for talking")."""
    told_from = _FROM_PLACE.match(text, name.end)
    told_at = told_from.end() if told_from else name.end
    return _TOLD_THEIR_OWN.match(text, told_at, max(told_at, until)) is not None


def posters_beside(text: str, name: Finding, finding: Finding) -> bool:
    """Whether a health detail beside a name thanked is the poster's or no one's: in the
    thanks itself with no word for the reader or a third person after the name and not in
    apposition ("Merci Rachida pour le lien vers les ateliers d'orthophonie"), or in another
    sentence told in the first person with no such word ("Depuis mon AVC ...")."""
    index = sentence_of(text, finding.start)
    start = sentence_start(text, finding.start)
    ends = sentence_ends(text)
    end = ends[index] if index < len(ends) else len(text)
    if sentence_of(text, name.start) == index:
        if _APPOSED.fullmatch(text, name.end, finding.start):
            return False  # "thanks to Jo, operated on for cancer last week": in apposition
        if _tells_their_own(text, name, finding.start):
            return False  # "thanks to Priya for talking openly about living with bipolar"
        # (up to a detail after the name: "Grazzi Doris for the lift to my scan, you're a star"
        # speaks to Doris after the poster's own scan; "Vingt ans d'hémodialyse : merci Yannick
        # pour ta confiance" is his)
        until = finding.end if finding.start >= name.end else end
        return _NOT_THE_POSTER.search(text, name.end, until) is None
    if WORD_FOR_SOMEONE.search(text, start, end) is None and index > 0:
        # a sentence with no word for anyone goes on from the one before ("... ma chimio s'est
        # bien passée. Encore 3 cures et c'est fini !"): the poster's if that one is
        previous = sentence(text, index - 1)
        return in_first_person(previous) and _NOT_THE_POSTER.search(previous) is None
    return in_first_person(text[start:end]) and _NOT_THE_POSTER.search(text, start, end) is None


def quoted(text: str, name: Finding, finding: Finding) -> bool:
    """Whether a quotation opens between a name and a health detail and is still open ("Merci
    à Nada d'avoir témoigné : « Mes insomnies ... »"): its "my" is the quoted person's."""
    return open_quote_before(text, finding.start, name.end) >= 0
