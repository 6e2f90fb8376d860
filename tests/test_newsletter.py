"""Newsletters' items (screener/newsletter.py)."""

from __future__ import annotations

import pytest

from screener import newsletter

GAZETTE = (
    "LA GAZETTE – n° 42\n\n🏅 MERCI\nMerci à Jeannine, bénévole depuis quinze ans, qui passe "
    "le relais.\n\n👁️ NOUVEAU\nLa chirurgie de la cataracte se fait désormais en ambulatoire.\n\n"
    "🚗 TRAVAUX\nLe parking visiteurs sera fermé du lundi 17 au vendredi 21 novembre."
)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # items under keycap numbers
        (
            "La Lettre – mars\n\n1️⃣ Merci à Odette, bénévole à la cafétéria depuis douze ans !"
            "\n\n2️⃣ Nouveau : consultation de la douleur le mardi, avec infiltrations.\n\n3️⃣ Le "
            "parking visiteurs reste gratuit pendant toute la durée des travaux.",
            4,
        ),
        (GAZETTE, 4),  # the heading, then three items under an emoji
        (
            "News:\n• Thanks to Marg for the beanies, 140 of them this year for the babies.\n"
            "• The eye team flies in on Tuesday; cataract checks by referral only.\n"
            "• Flu vaccines are in, walk-ins Monday to Friday from nine to eleven.",
            4,
        ),
        # a short list of one person's treatments is no newsletter
        ("Update on Mum:\n• admitted 3 March\n• Ward 5\n• chemo starts Friday", 0),
        # two items are no newsletter
        ("🏅 Merci à Jeannine pour ses quinze ans.\n👁️ La cataracte en ambulatoire.", 0),
        ("A plain post about my mum's chemo on Friday, no items at all.", 0),
    ],
)
def test_items(text: str, count: int) -> None:
    assert len(newsletter.items(text)) == count


def test_item_of_finds_the_item_holding_a_position() -> None:
    parts = newsletter.items(GAZETTE)
    assert newsletter.item_of(parts, GAZETTE.index("Jeannine")) == 1
    assert newsletter.item_of(parts, GAZETTE.index("cataracte")) == 2
    assert newsletter.item_of([], 0) == -1
