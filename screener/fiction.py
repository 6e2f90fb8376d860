"""Stories: characters of a soap, a novel or a comic, and the people credited with the work.

A character's illness is no one's health ("Moira's MND storyline", "Zou est un petit renard
autiste", "Le personnage de Salif, qui fait une dépression"), and the author or illustrator
credited on a published work speaks in a public role ("« Le monde de Timothée », de Claire
Bodin"). Both are treated like public figures by the verdict (staff.public_figures).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from screener.sentences import sentence_of
from screener.types import Finding

__all__ = ["PLOT_VERB", "characters", "in_a_story"]

# Words for a work of fiction, English and French ("the soap", "la BD", "un roman jeunesse").
_WORK = (
    r"(?:soap(?:\s+opera)?|drama|series|serial|sitcom|films?|movies?|novels?|picture\s+book|"
    r"graphic\s+novel|comic|cartoon|s[ée]ries?|feuilleton|t[ée]l[ée]film|romans?|livres?|BD|"
    r"bande\s+dessin[ée]e|conte|dessin\s+anim[ée]|saga|"
    # words that are also verbs or everyday nouns, only after a determiner ("the book", "le
    # dernier épisode", not "play “Happy Birthday Maureen”", "our Christmas show")
    r"(?:(?:the|a|this|new|latest|last|le|la|un|une|ce|cette|dernier|nouvel)\s+|l['’])"
    r"(?:book|episode|[ée]pisode|album|play))"
)
# A post about a story says so somewhere: a work's word, a reading corner, a publication
# ("Coin lecture", "published", "paru"). Without one, no name is a character (not even beside
# "storyline": "Ellie's cancer storyline in our group diary" is hers).
_STORY_IN_POST = re.compile(
    # (a series' season too: "the new season of “Skyggeland”", "la saison 2"; not a sport's,
    # "our netball season", "fin de saison pour le club")
    rf"\b(?:{_WORK}|book|episode|[ée]pisode|album|lecture|reading\s+corner|book\s+club|"
    r"season\s+(?:\d+|of\s+[“\"«])|saison\s+(?:\d+|de\s+[«\"“])|(?:new|latest|final)\s+season\s+of|"
    r"(?:nouvelle|derni[èe]re)\s+saison\s+de|"
    r"published|publi[ée]e?|paru(?:e|tion)?|personnage|protagonist|protagoniste|"
    r"character\s+of|the\s+story\s+of|l['’]histoire\s+d)\b"
    # (a title watched: "Vous avez regardé « Bayou Blues » ?")
    r"|\b(?:watch(?:ed|ing)?|regard\w*|vu)\s+[«“\"]",
    re.IGNORECASE,
)
# A screen's words: a scene told by what happens in it is a story's only in a post that
# watches something ("the episode where Matthew has his heart attack" on a show; "the
# episode where Maisie stopped breathing" may be a seizure of hers).
_SCREEN = re.compile(
    r"\b(?:show|series|season|(?:re)?watch(?:ed|ing)?|tv|telly|netflix|s[ée]rie|saison|"
    r"regard\w*|film|movie|t[ée]l[ée])\b",
    re.IGNORECASE,
)
# A quoted title: guillemets, curly or straight double quotes, on one line, up to 80
# characters (a title, not a quotation of someone's words).
_TITLE = r"(?:«\s*[^«»\n]{1,80}?\s*»|“[^“”\n]{1,80}?”|\"[^\"\n]{1,80}?\")"
# ... whose first word is capitalised, as a title's is (not a word in scare quotes: "les 20 ans
# de « maison » de Yannick").
_CAPITALISED_TITLE = r"(?:«\s*|“|\")(?-i:[A-ZÀ-Ý0-9])[^«»“”\"\n]{0,79}?\s*(?:»|”|\")"
# A title right after a work's word, up to three words between ("la BD « Zou et les bruits de la
# ville »", "last night's episode of \"Brixton Blues\"", "the new BBC drama “Ward 9”").
_TITLE_AFTER_WORK = re.compile(
    rf"\b{_WORK}\b(?:\s+[\w'’-]+){{0,3}}?\s*(?:of\s+|de\s+|d['’])?(?P<title>{_TITLE})"
    # ... or right after a verb of watching ("Vous avez regardé « Bayou Blues » hier soir ?",
    # "Qui regarde « Les Cimes » sur TF1 ?", "anyone watching “Ward 9”")
    rf"|\b(?:watch(?:ed|ing)?|binge[ds]?|bingeing|regard(?:e[rsz]?|é|ait|ions)|vu)\s+"
    rf"(?P<watched>{_CAPITALISED_TITLE})",
    re.IGNORECASE,
)
# ... or a title followed by its author's credit ("« Le monde de Timothée », de Claire Bodin",
# "d'Anne ...", "“The Long Walk” by Ann Reyes"): a published work.
_TITLE_THEN_AUTHOR = re.compile(
    rf"(?P<title>{_CAPITALISED_TITLE})\s*,?\s*(?:de\s+|d['’]|by\s+|par\s+)(?-i:[A-ZÀ-Ý])",
    re.IGNORECASE,
)
# ... or a title in capitals without quotes, read by a club and credited ("This month we're
# reading The Ice Bridge by Twillingate author ...", "nous lisons Le Grand Meaulnes
# d'Alain-Fournier").
_BARE_TITLE_THEN_AUTHOR = re.compile(
    r"\b(?:reading|read|lisons|lu|lire)\s+(?P<title>(?-i:[A-ZÀ-Ý])[\w'’-]*"
    r"(?:\s+(?:(?-i:[A-ZÀ-Ý])[\w'’-]*|of|the|and|de|du|des|la|le|les|et)){0,6})"
    r"\s*,?\s*(?:by|de|d['’]|par)\s+(?-i:[A-ZÀ-Ý])",
    re.IGNORECASE,
)
# Right before a name: the story's word for a character ("the character of", "le personnage
# de"; not "hero" or "héroïne", said of real children); right after it, its storyline
# ("Auntie Merle's kidney disease storyline", "Moira's MND storyline"), up to four words
# between.
_CHARACTER_BEFORE = re.compile(
    r"\b(?:the\s+character(?:\s+of)?|character\s+of|(?:le\s+|du\s+|au\s+)?personnage\s+"
    r"(?:de\s+|d['’])|protagonist|protagoniste|"
    # a book's narrator ("the narrator, Morwenna, hides her anorexia", "la narratrice, Inès")
    r"(?:the\s+)?narrator\s*,?|(?:le\s+|la\s+)?narrat(?:eur|rice)\s*,?)\s*$",
    re.IGNORECASE,
)
_STORYLINE_AFTER = re.compile(
    r"['’]s\s+(?:[\w'’-]+\s+){0,4}?(?:storyline|story\s+line|story\s+arc|plotline)\b",
    re.IGNORECASE,
)
# A credit right before a name: the work's author, illustrator or director ("dessinée par",
# "written by", "illustrated by"), or a title's "by" / "de" (see _TITLE_THEN_AUTHOR).
_CREDIT_BEFORE = re.compile(
    r"\b(?:written|illustrated|drawn|directed|created|[ée]crite?|dessin[ée]e?|illustr[ée]e?|"
    r"r[ée]alis[ée]e?|imagin[ée]e?)\s+(?:by|par)\s+$",
    re.IGNORECASE,
)
# A possessive or a kinship word right before a name: a real person of the poster's ("My wife
# Alice", "notre fils Elio"), not a character who shares the title's name.
_SOMEONES_BEFORE = re.compile(
    r"\b(?:my|our|his|her|their|mon|ma|mes|notre|nos|son|sa|ses|leur)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# An episode or a scene told by what happens in it ("the episode where Matthew has his heart
# attack", "la scène où le Dr Landry annonce", "L'épisode d'hier où Clara avoue"), up to three
# words between ("d'hier", "of last week"): its people are characters.
# (or the part of one: "the part where Lacey gets hooked", "le passage où"; a comma may come
# before "when": "L'épisode d'hier, quand Jokin fait un AVC")
_SCENE = (
    r"\b(?:the\s+(?:episode|scene|part|bit)|l['’][ée]pisode|la\s+sc[èe]ne|le\s+passage|"
    r"le\s+moment)(?:\s+[\w'’-]+){0,3}?\s*,?\s+(?:where|when|in\s+which|où|quand)\b"
)
_SCENE_BEFORE = re.compile(_SCENE + r"(?:\s+[\w'’-]+){0,6}?\s+\Z", re.IGNORECASE)
_SCENE_IN_POST = re.compile(_SCENE, re.IGNORECASE)
# A plot's words between a work's title and a name ("« La Dernière Taille », de ... :
# l'histoire de Louise", "It follows Wade", "qui raconte", "the story of"): a character.
PLOT_VERB = r"(?:it|which|that|qui)\s+(?:follows|suit|raconte|tells\s+of)"
_PLOT = re.compile(
    rf"\b(?:l['’]histoire(?:\s+(?:de|d['’]))?|the\s+story\s+of|{PLOT_VERB}|"
    r"tells\s+the\s+story|met\s+en\s+sc[èe]ne)\b"
    rf"|{_SCENE}",
    re.IGNORECASE,
)
# The poster's own people ("my wife Alice", "notre fils", "my mum, Joan"): never a character,
# even in a plot.
_POSTERS_BEFORE = re.compile(
    r"\b(?:my|our|mon|ma|mes|notre|nos)\s+(?:[\w'’-]+\s*,?\s+){0,2}$", re.IGNORECASE
)
# A real person's age or home right after the name ("the story of Dylan, 7, from Rhyl",
# "Margot, 34 ans"): someone a film or a book is about, not a character.
_REAL_AFTER = re.compile(
    r"\s*(?:,\s*\d{1,3}\s*(?:,|ans\b|years?\b|y\.?o\b)|\(\d{1,3}\)|,\s*(?:from|de)\s+"
    r"(?-i:[A-ZÀ-Ý]))",
    re.IGNORECASE,
)
# How far back (characters) a credit may stand from the work's title or word: one sentence.
_CREDIT_REACH = 200


def characters(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """The names that are characters of a work of fiction, or authors credited on it, in a
    post that speaks of a story (its titles found once for all its names)."""
    if not _STORY_IN_POST.search(text) and not (
        _SCREEN.search(text) and _SCENE_IN_POST.search(text)
    ):
        return []
    credits = list(_TITLE_THEN_AUTHOR.finditer(text))
    titles = [
        m.span("title") if m.group("title") else m.span("watched")
        for m in _TITLE_AFTER_WORK.finditer(text)
    ]
    titles += [m.span("title") for m in credits]
    titles += [m.span("title") for m in _BARE_TITLE_THEN_AUTHOR.finditer(text)]
    # where a title's credited author stands ("« ... », de Claire Bodin")
    authors = [(m.end("title"), m.end() + 2) for m in credits]
    return [
        f
        for f in findings
        if f.entity_type in ("PERSON", "LOCATION") and _in_a_story(text, f, titles, authors)
    ]


def _plot_before(text: str, title_end: int, finding: Finding) -> bool:
    """Whether a plot's words stand between a title and a name, in the name's sentence."""
    plot = _PLOT.search(text, title_end, finding.start)
    while plot is not None:
        if sentence_of(text, plot.start()) == sentence_of(text, finding.start):
            return True
        plot = _PLOT.search(text, plot.end(), finding.start)
    return False


def in_a_story(text: str, finding: Finding) -> bool:
    """Whether one name is a character of a story or its credited author (see `characters`)."""
    return bool(characters(text, [finding]))


def _in_a_story(
    text: str,
    finding: Finding,
    titles: Sequence[tuple[int, int]],
    authors: Sequence[tuple[int, int]],
) -> bool:
    """One name against the post's titles and their authors' places."""
    before = text[max(0, finding.start - 30) : finding.start]
    if _CHARACTER_BEFORE.search(before) or _STORYLINE_AFTER.match(text, finding.end):
        return True
    scene = _SCENE_BEFORE.search(text, max(0, finding.start - 90), finding.start)
    if (
        scene is not None
        and sentence_of(text, scene.start()) == sentence_of(text, finding.start)
        and _SCREEN.search(text) is not None
    ):
        # "the episode where Matthew has his heart attack": a character, unless the poster's
        # own ("the episode where my son Leo ...")
        return not _POSTERS_BEFORE.search(text, max(0, finding.start - 30), finding.start)
    if not titles:
        return False
    if any(start <= finding.start and finding.end <= end for start, end in titles):
        return True  # a name of the title: its character ("Zou" of « Zou et les bruits »)
    named = re.compile(rf"\b{re.escape(finding.text)}\b", re.IGNORECASE)
    if any(named.search(text, start, end) for start, end in titles):
        # a later mention of the title's character, unless someone's own ("my wife Alice")
        return not _SOMEONES_BEFORE.search(text, max(0, finding.start - 30), finding.start)
    if any(start <= finding.start < end for start, end in authors):
        return finding.entity_type == "PERSON"  # "« ... », de Claire Bodin": the author
    if any(
        0 <= finding.start - end <= _CREDIT_REACH and _plot_before(text, end, finding)
        for _, end in titles
    ):  # a character of the plot told after the title ("l'histoire de Louise ... Henri")
        return not (
            _POSTERS_BEFORE.search(text, max(0, finding.start - 30), finding.start)
            or _REAL_AFTER.match(text, finding.end)
        )
    return bool(
        finding.entity_type == "PERSON"
        and _CREDIT_BEFORE.search(before)
        and any(0 <= finding.start - end <= _CREDIT_REACH for _, end in titles)
    )
