"""Identifiers too coarse to count towards a crossing: years, decades, period ends, campaign
days."""

from __future__ import annotations

import pytest

from screener.coarse import too_coarse
from screener.entities import info
from screener.types import Finding


def finding(text: str, surface: str, entity_type: str) -> Finding:
    """The finding of `surface` (its first occurrence) in `text`."""
    start = text.index(surface)
    return Finding(
        start=start,
        end=start + len(surface),
        entity_type=entity_type,
        category=info(entity_type).category,
        score=0.85,
        text=surface,
    )


@pytest.mark.parametrize(
    ("text", "surface", "entity_type", "coarse"),
    [
        # an age asked of the reader, with another age group before the question mark
        ("Turned 65, or aged 70–79? You're eligible", "65", "AGE", True),
        ("Le Fonds Lucienne-Garnier a 10 ans !", "10 ans", "AGE", True),
        (
            "Le Fonds Lucienne-Garnier pour la recherche sur la maladie de Parkinson a 10 ans !",
            "10 ans",
            "AGE",
            True,
        ),
        ("Turned 65, and had a fall last week.", "65", "AGE", False),
        ("diagnosed in 2011", "in 2011", "DATE", True),
        ("Woman in my late 40s, perimenopausal", "40s", "AGE", True),
        ("elle a la cinquantaine", "cinquantaine", "AGE", True),
        ("heat alert for Manchester until Friday 19 July", "Friday 19 July", "DATE", True),
        ("fermé jusqu'au 3 mars pour travaux", "3 mars", "DATE", True),
        ("19 juin – Journée mondiale de la drépanocytose", "19 juin", "DATE", True),
        ("Join us on 13 March for World Kidney Day", "13 March", "DATE", True),
        # dates and ages that do single someone out
        ("she was admitted on Friday 19 July", "Friday 19 July", "DATE", False),
        ("Mum turned 84 on Sunday", "84", "AGE", False),
        ("opérée le 3 mars à Vitré", "3 mars", "DATE", False),
        # a campaign on another line says nothing of this date
        ("World Kidney Day\nDad had his transplant on 13 March", "13 March", "DATE", False),
        ("Leeds until Friday", "Leeds", "LOCATION", False),
        # an age asked of the reader
        ("Turned 60? Your bowel screening kit is on its way", "60", "AGE", True),
        ("Vous avez 50 ans ou plus ? Faites le test", "50 ans", "AGE", True),
        ("Mum turned 60? No, 61 on Friday", "61", "AGE", False),
        # an advert's deadline
        ("Band 5 nurse, Ward 9. Closing date: 12 July 2025", "12 July 2025", "DATE", True),
        ("Date limite de candidature : 3 mars", "3 mars", "DATE", True),
        # an organisation's age
        ("Notre association fête ses 20 ans cette année", "20 ans", "AGE", True),
        ("Our stroke club celebrates its 25th birthday", "25th birthday", "AGE", True),
        ("Notre fille fête ses 20 ans à l'hôpital", "20 ans", "AGE", False),
        # French "a" before an age in years is a body's age; English "a" is an article
        ("L'association Espoir Rein a 15 ans", "15 ans", "AGE", True),
        ("New renal unit opens\n\nWhen a 31-year-old came in", "31-year-old", "AGE", False),
        # a group by another name, or with a dash inside its name
        ("HAPPY 5TH BIRTHDAY TO THE BIG LAND DIABETES CIRCLE!", "5TH BIRTHDAY", "AGE", True),
        ("Le groupe Sclérose 19 – entraide fête ses 5 ans", "5 ans", "AGE", True),
        ("Happy 5th birthday to the little man of our circle", "5th birthday", "AGE", False),
        # a cut-off of who is eligible, not a birthday
        ("offert aux bébés nés depuis le 1er avril 2024", "1er avril 2024", "DATE", True),
        ("for children born on or after 1 September 2020", "1 September 2020", "DATE", True),
        ("my son was born on 1 September 2020 at 29 weeks", "1 September 2020", "DATE", False),
    ],
)
def test_too_coarse(text: str, surface: str, entity_type: str, coarse: bool) -> None:
    assert too_coarse(text, finding(text, surface, entity_type)) is coarse
