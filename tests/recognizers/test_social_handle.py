"""SOCIAL_HANDLE: @mentions, not e-mail addresses nor "@ 7pm"-style times."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.social_handle import SocialHandleRecognizer, recognizers

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    # after "Posted by", a capital inside a word marks a username too
    ("Posted by MossyBankRunner · Tue 3 Feb 2026 21:40", "en", ["MossyBankRunner"]),
    # ... and a lower-case word no dictionary has
    ("Posted by nhmaplegal\n\nTwo weeks out from my lumpectomy", "en", ["nhmaplegal"]),
    ("thanks @jane_doe for the support", "en", ["@jane_doe"]),
    ("follow @NHSEngland and @sarah.k.92 for updates", "en", ["@NHSEngland", "@sarah.k.92"]),
    ("@mum_of_3: hang in there", "en", ["@mum_of_3"]),
    ("tagging @ab, see you there.", "en", ["@ab"]),
    ("merci @marie_dupont pour le soutien", "fr", ["@marie_dupont"]),
    ("suivez @chu.lyon sur Instagram.", "fr", ["@chu.lyon"]),
    ("on Mastodon I'm @paul@mastodon.social", "en", ["@paul"]),
    ("bravo @Léonie_42 pour ta rémission", "fr", ["@Léonie_42"]),
    ("u/quiet_owl · 2h\nsame here", "en", ["u/quiet_owl"]),
    ("**moss.k**: my first week on the pump", "en", ["moss.k"]),
    ("**rin** — Today at 10:02\nanyone else?", "en", ["rin"]),
    # chat exports: a date before the time, camel case, a weekday header, lower case
    ("[03/02 02:13] mimi_dk: j'en peux plus", "fr", ["mimi_dk"]),
    ("[19:02] KaylaM: A1c came back high", "en", ["KaylaM"]),
    ("yanis.gard — Dimanche à 03:47\nquelqu'un est là ?", "fr", ["yanis.gard"]),
    (
        "#hrt-chat\nsparrowfeather — Today at 14:02\nfinally got my patches",
        "en",
        ["sparrowfeather"],
    ),
    # a camel-case username in bold ("**tinmanTULSA** — Today at 9:41 PM")
    ("**tinmanTULSA** — Today at 9:41 PM\nseizures back", "en", ["tinmanTULSA"]),
    # forum and chat-server headers without "@"
    ("Re: statins\nPosted by kel_77 » Wed 9:02 am\nmy legs ache", "en", ["kel_77"]),
    ("> Posted by Tom.R: same here", "en", ["Tom.R"]),
    # French forums' "Publié par"
    ("Publié par lili_gaspé\n\nPremière chimio demain", "fr", ["lili_gaspé"]),
    ("Publiée par Nanou.44 · hier à 21:10", "fr", ["Nanou.44"]),
    ("night_owl_4 — Today at 2:40 AM\ncan't sleep again", "en", ["night_owl_4"]),
    ("🌙 **Modo_Zoé** — Aujourd'hui à 21:10\nRappel", "fr", ["Modo_Zoé"]),
    ("> flaky_fi wrote: my scalp is raw again", "en", ["flaky_fi"]),
    ("> ptit_loup a écrit : moi aussi", "fr", ["ptit_loup"]),
    ("Thanks all!\n— reply by harbour_nurse", "en", ["harbour_nurse"]),
    ("> Citation de pivoine29 : « moi aussi »", "fr", ["pivoine29"]),
    ("bernard.v a répondu :\n> oui", "fr", ["bernard.v"]),
    ("#fiv — Lou_78 — aujourd'hui à 21:02\nbonsoir", "fr", ["Lou_78"]),
    ("📌 mod_kai — pinned message\nBe kind", "en", ["mod_kai"]),
    ("Pivoine_29 · posté hier à 22:15\nBonsoir", "fr", ["Pivoine_29"]),
    # an IRC-style log's nicks
    ("<tess_r> scan clear!!\n<Dev1n> so pleased", "en", ["tess_r", "Dev1n"]),
    ("[22:10] <loulou.b> j'ai encore des vertiges", "fr", ["loulou.b"]),
    # a chat export's speaker after the time
    ("[08:40] tom_r: still wheezy\n08:41 ana.k: same", "en", ["tom_r", "ana.k"]),
]

NEGATIVES = [
    ("Posted by Admin · Tue 3 Feb", "en"),  # one capital: a word
    ("Posted by admin\n\nMeetup moved to Friday", "en"),  # a lower-case word: a word
    ("Posted by someone in the group yesterday", "en"),
    ("email jane.doe@nhs.net today", "en"),  # local part of an e-mail
    ("meet @ 7pm by the ward", "en"),  # "@" for "at"
    ("visiting @7pm and @10.30am", "en"),  # times
    ("rendez-vous @14h30 au CHU", "fr"),
    ("rdv @19h", "fr"),
    ("price went up @2024 rates", "en"),  # no letter: not a handle
    ("@a is too short", "en"),  # one character
    ("contact x@y.fr", "fr"),
    ("**Note**: the clinic is closed", "en"),  # a heading, not a username
    ("see https://reddit.com/u/quiet_owl", "en"),  # inside a URL (the URL's)
    ("the **only** way", "en"),  # bold mid-line
    ("Posted by Admin: rules updated", "en"),  # a heading word, not a username
    ("Publié par l'équipe de la Ligue", "fr"),  # no username's mark
    ("The Ward — Today at 3pm: open visiting", "en"),  # words, not a username
    ("posted by the team", "en"),
    ("Dialyse · posté par l'équipe", "fr"),
    ("Citation de Marie : « bonjour »", "fr"),  # a first name, not a username
    ('> Quote from earlier: "what does it cost?"', "en"),  # a word, not a username
    ("reminder — 10:30 clinic today, bring your meter", "en"),  # a word before a time
    ("📍 Place du Marché\n🕘 8h30 – 13h, stand glycémie", "fr"),  # opening hours
    ("<Dave> anyone going tonight?", "en"),  # a nick without a username's mark
    ("[08:40] Dave: anyone going tonight?", "en"),  # a first name: the NER's
    ("Clinic at 10:30 today: bring your card", "en"),  # a time in a sentence
    ("<br> next line", "en"),  # an HTML tag
    ("dose <5mg> daily", "en"),  # not at a line's start
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_handles(
    analyze_with: Analyze, text: str, language: str, expected: list[str]
) -> None:
    found = analyze_with(SocialHandleRecognizer(language), text, language)
    assert found == [("SOCIAL_HANDLE", handle) for handle in expected]


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_non_handles(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(SocialHandleRecognizer(language), text, language) == []


def test_recognizers_for_both_languages() -> None:
    assert [r.supported_language for r in recognizers("en") + recognizers("fr")] == ["en", "fr"]
