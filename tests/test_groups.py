"""Small groups (screener/groups.py): a home's, a unit's, a team's or a household's people."""

from __future__ import annotations

import pytest

from screener import groups
from tests.test_people import found


@pytest.mark.parametrize(
    ("text", "place", "kind", "small"),
    [
        (
            "Clinic moves to Bay Road on 3 May. It will serve 400 patients a week.",
            "Bay Road",
            "LOCATION",
            False,
        ),
        (
            "Ward 4 opens at Bay Road on 3 May for frail older patients.",
            "Bay Road",
            "LOCATION",
            False,
        ),
        ("Patients seen at Bay Road on 3 May should call us.", "Bay Road", "LOCATION", True),
        # a group of a hundred or more is no small group
        (
            "Depuis 2015, plus de 2 400 patients de Mende ont été dépistés.",
            "Mende",
            "LOCATION",
            False,
        ),
        ("Thousands of patients at Bay Road were screened.", "Bay Road", "LOCATION", False),
        # a town's or a region's patients are its public, not a small group; a unit's are
        (
            "Patients in Chennai: free eye screening at Anna Nagar Hall on Sunday 17 November.",
            "Chennai",
            "LOCATION",
            False,
        ),
        ("Les patients de Lyon peuvent se faire dépister le 3 mai.", "Lyon", "LOCATION", False),
        (
            "Patients on the West Coast living with heart failure, from 3 March",
            "the West Coast",
            "LOCATION",
            False,
        ),
        # patients from an island are its public too, known town or not
        (
            "Until now, patients from Suðuroy had to fly to Copenhagen on 3 May.",
            "Suðuroy",
            "LOCATION",
            False,
        ),
        ("Residents on North Road were treated on 3 May.", "North Road", "LOCATION", True),
        ("Patients in Ward 7 on 3 May were screened.", "Ward 7", "FACILITY", True),
    ],
)
def test_groups_count_only_beside_a_place(text: str, place: str, kind: str, small: bool) -> None:
    assert groups.group_near(text, [found(text, place, kind)]) is small


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        ("Two of our night-shift porters have been diagnosed with pertussis.", True),
        ("Deux brancardiers de l'équipe de nuit ont été diagnostiqués avec une tuberculose.", True),
        ("Three fellas off my section got diagnosed with black lung this spring.", True),
        ("Trois salariés ont été transportés à l'hôpital après une intoxication.", True),
        # care staff only as ours; no verb of falling ill; thousands are no few
        ("Two nurses in Ondo State have died of Lassa fever.", False),
        ("Two of our nurses were flown to Sydney for a conference.", False),
        ("Plus de deux mille saisonniers ont été soignés pour coup de chaleur.", False),
    ],
)
def test_counted_taken_ill(text: str, struck: bool) -> None:
    assert groups.counted_taken_ill(text) is struck
