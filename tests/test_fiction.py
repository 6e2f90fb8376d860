"""Characters of a story and the authors credited on it (screener/fiction.py)."""

from __future__ import annotations

import pytest

from screener.fiction import in_a_story
from screener.policy import ChannelPolicy, decide
from screener.types import Finding, Verdict
from tests.test_policy import findings


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a title watched, then a scene told by what happens in it; a scene in a post about a
        # show, without a title; a book's narrator
        (
            "Vous avez regardé « Les Hautes Terres » ? La scène où le médecin annonce à Odile "
            "son cancer du pancréas...",
            "Odile",
            True,
        ),
        ("Rewatching the old show and the episode where Walter has his stroke.", "Walter", True),
        ("This month's book: the narrator, Elowen, hides her bulimia.", "Elowen", True),
        ("Anyone watching Dry Creek on Netflix? the part where Lacey overdoses...", "Lacey", True),
        ("Vous regardez « Marée » ? L'épisode d'hier, quand Jokin fait un AVC...", "Jokin", True),
        # (a real episode of someone's illness, in a post about no show)
        ("The episode where Maisie stopped breathing was the worst night.", "Maisie", False),
        # a character's storyline, a few words between
        ("Tonight's episode: Dev's bipolar storyline comes to a head.", "Dev", True),
        ("Fans of the soap praised Granny Pat's dementia story arc.", "Granny Pat", True),
        # the story's word for a character before the name
        ("Dans la série, le personnage de Maëlle découvre son diabète.", "Maëlle", True),
        ("In the novel, the character of Lorcan lives with epilepsy.", "Lorcan", True),
        # a name in the quoted title after a work's word
        (
            "Our pick: the picture book “Otto and the Big Hospital” for anxious toddlers.",
            "Otto",
            True,
        ),
        ("Dans la série « Les Jours de Lina », Lina est hospitalisée.", "Lina", True),
        ('The new drama "Ward 7: Bridget" follows a nurse with long covid.', "Bridget", True),
        # a name in a title with its author's credit, and the author
        (
            "Coin lecture : « Le voyage de Nour », de Samia Belkacem : Nour a une leucémie.",
            "Nour",
            True,
        ),
        ("Coin lecture : « Le voyage de Nour », de Samia Belkacem.", "Samia Belkacem", True),
        ("Book club: “Breathing Room” by Callum Reid tells of a boy with CF.", "Callum Reid", True),
        # an illustrator credited after the work's title
        (
            "L'album « Pip a peur du noir », illustré par Jeanne Roussel, parle d'anxiété.",
            "Jeanne Roussel",
            True,
        ),
        # not a story: a real person's news, a possessive story, a quote of someone's words
        ("Dev's bipolar diagnosis came as a shock to all of us.", "Dev", False),
        ("Maëlle découvre son diabète à 12 ans.", "Maëlle", False),
        ("My sister's story is one of hope: Shona was diagnosed at 30.", "Shona", False),
        ('Our nurse Priya said "Bridget is doing well after her op".', "Bridget", False),
        ("Written for Callum Reid, who has CF, with love from his mum.", "Callum Reid", False),
        # a word in scare quotes is no title
        (
            "On a fêté les dix ans de « maison » de Rémi Caradec, sous dialyse.",
            "Rémi Caradec",
            False,
        ),
        # no story in the post: a real child called a hero, a character, a storyline
        ("So proud of our little heroine Amelia, who finished chemo!", "Amelia", False),
        ("Bravo à notre petit héros Lucas qui a terminé sa chimio", "Lucas", False),
        ("Such a character Bob is, even after his stroke", "Bob", False),
        ("Ellie's cancer storyline in our group diary: she finished radiotherapy!", "Ellie", False),
        # a song played for someone, a patient's testimony in quotes
        (
            "Could the band play “Happy Birthday Maureen” for Maureen, who has dementia?",
            "Maureen",
            False,
        ),
        (
            "Retour patient : « Une équipe en or », de Josiane Morel, soignée pour un cancer.",
            "Josiane Morel",
            False,
        ),
        # a credit with no work before it
        (
            "The ramp was designed by Jeanne Roussel after her hip operation.",
            "Jeanne Roussel",
            False,
        ),
    ],
)
def test_characters_and_credited_authors(text: str, name: str, expected: bool) -> None:
    (finding,) = findings(text, {name: "PERSON"})
    assert in_a_story(text, finding) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the title's character named again, or someone of the poster's with that name
        ("La BD « Zou et le bruit » : Zou est un renard autiste.", "Zou", True),
        ("We watched the film “Still Alice”. My wife Alice has Alzheimer's too.", "Alice", False),
        # whole words only
        ('The episode "The Long Journey Home" aired. Jo is back in hospital.', "Jo", False),
    ],
)
def test_later_mentions_of_a_title(text: str, name: str, expected: bool) -> None:
    start = text.rindex(name)
    finding = Finding(start, start + len(name), "PERSON", "identifier", 0.9, name)
    assert in_a_story(text, finding) is expected


@pytest.mark.parametrize(
    ("text", "marked", "language", "expected"),
    [
        (
            "Watching the soap last night? Kez's cancer storyline has brought lots of questions: "
            "our nurses are on the helpline.",
            {"Kez": "PERSON", "cancer": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        (
            "Coin lecture : « Le monde d'Elio », d'Anne Varin. Elio, 8 ans, est autiste.",
            {"Elio": "PERSON", "8 ans": "AGE", "autiste": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        # a real child's news beside a book is still held
        (
            "Coin lecture : « Le monde d'Elio ». Notre fils Rayan, 8 ans, est autiste.",
            {"Rayan": "PERSON", "8 ans": "AGE", "autiste": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
    ],
)
def test_a_story_is_no_ones_health(
    text: str, marked: dict[str, str], language: str, expected: Verdict
) -> None:
    verdict, _ = decide(text, findings(text, marked), ChannelPolicy(name="comms"), language)
    assert verdict is expected
