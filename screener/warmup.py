"""Posts a new screener screens once, so that the tables its recognizers build on first use
(word lists read and normalised, large patterns compiled, the registry's remembered requests)
are built at start-up, not on some user's first post, and before worker processes fork, which
then inherit them instead of each building its own.

The posts are invented and cover the paths that build a table lazily: a name with a health
detail, a date and an age, a street address and a postcode, a phone number, an organisation's
mailbox named after everyday words and a personal one, a record number.
"""

from __future__ import annotations

WARM_UP_POSTS: dict[str, tuple[str, ...]] = {
    "en": (
        "Thinking of everyone at the clinic today.",
        "Congratulations to Jane Doe, 94, home on Saturday 3 May after her hip replacement "
        "at St Mary's Hospital, 12 Mill Lane, Leeds LS1 4AB.",
        "Questions? Write to requests@radio.example or to jane.doe@gmail.com, call "
        "0113 496 0123 or +1 555 0142; NHS number 943 476 5919, MRN 004839.",
    ),
    "fr": (
        "Pensées à toute l'équipe du service aujourd'hui.",
        "Bravo à Marie Dupont, 78 ans, sortie le 3 mars après sa prothèse de hanche au "
        "centre hospitalier de Dreux, 12 rue des Lilas, 28100 Dreux.",
        "Écrivez à antenne@radio.example ou à marie.dupont@orange.fr, appelez le "
        "06 39 98 12 34 ; NIR 1 84 12 75 108 123 45.",
    ),
}


def warm_up_posts(languages: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The warm-up posts of the loaded languages, with the language of each."""
    texts = [text for lang in languages for text in WARM_UP_POSTS.get(lang, ())]
    langs = [lang for lang in languages for _ in WARM_UP_POSTS.get(lang, ())]
    return texts, langs
