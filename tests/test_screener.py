"""The screener end to end: real models, every recognizer, policy and redaction."""

from __future__ import annotations

import pytest

from screener import Screener, ScreenResult, Verdict
from screener.settings import ScreenerSettings
from tests.verdicts_session24 import TABLES as SESSION_24_TABLES
from tests.verdicts_session25 import TABLES as SESSION_25_TABLES
from tests.verdicts_session26 import TABLES as SESSION_26_TABLES
from tests.verdicts_session27 import TABLES as SESSION_27_TABLES
from tests.verdicts_session28 import TABLES as SESSION_28_TABLES


def types(result: ScreenResult) -> set[str]:
    return set(result.entity_types)


def test_the_motivating_post_is_held_with_a_plain_reason(screener: Screener) -> None:
    text = "Congratulations to Margaret Ellis, 94, home today after her hip replacement"
    result = screener.screen(text)
    assert result.verdict is Verdict.HOLD
    assert {"PERSON", "AGE", "PROCEDURE"} <= types(result)
    assert "DATE" not in types(result)  # "today" is not an identifier
    assert "Margaret Ellis" in result.reasons[0].message
    assert "hip replacement" in result.reasons[0].message
    assert result.redacted.startswith("Congratulations to <PERSON_1>, <AGE_1>, home today")


def test_french_post_is_screened_in_french(screener: Screener) -> None:
    text = "Bravo à Jeanne Martin, 78 ans, sortie du CHU de Nantes après son AVC"
    result = screener.screen(text)
    assert result.language == "fr"
    assert result.verdict is Verdict.HOLD
    assert "PERSON" in types(result)
    assert types(result) & {"CONDITION", "SYMPTOM", "PROCEDURE", "MEDICATION"}


@pytest.mark.parametrize(
    "text",
    [
        "4,212 babies were born in our maternity unit last year. Thank you, midwives!",
        "Join us tomorrow at 7pm for our Stroke Awareness Month talk.",
        "Parkinson's UK fundraiser this Saturday: every pound helps research.",
        "Flu vaccines are available at all our clinics for the next 48 hours.",
        # "le 15" after a helpline: the other number to call (SAMU), not a day
        "Rappel : si un enfant avale un comprimé (Doliprane, Ventoline ou autre) qui n'est pas "
        "le sien, on appelle tout de suite le centre antipoison de Lyon au 04 72 11 69 11 "
        "(24h/24) ou le 15.",
        # a hospital called by its county and "General" is no person
        "Delirium can be the first sign of an infection: meet our liaison nurses in the main "
        "foyer of North Kerry General from 11am.",
    ],
)
def test_clean_posts_pass(screener: Screener, text: str) -> None:
    assert screener.screen(text).verdict is Verdict.PASS


def test_direct_identifier_alone_holds(screener: Screener) -> None:
    # 943 476 5919 is the NHS Digital documentation example (valid mod 11 checksum).
    result = screener.screen("Patient NHS number 943 476 5919 needs a call back", "comms")
    assert result.verdict is Verdict.HOLD
    assert "NHS_NUMBER" in types(result)
    assert "943 476 5919" not in result.redacted


def test_screen_many_keeps_order_across_languages(screener: Screener) -> None:
    texts = ["Merci à toute l'équipe de cardiologie", "Thanks to all our nurses", "Bonne journée"]
    results = screener.screen_many(texts, channels=["comms", "support", "comms"])
    assert [r.language for r in results] == ["fr", "en", "fr"]
    assert [r.channel for r in results] == ["comms", "support", "comms"]
    singles = [
        screener.screen(t, c) for t, c in zip(texts, ["comms", "support", "comms"], strict=True)
    ]
    assert results == singles


def test_empty_post_passes(screener: Screener) -> None:
    result = screener.screen("")
    assert result.verdict is Verdict.PASS and result.findings == ()


def test_bad_input_is_refused_clearly(screener: Screener) -> None:
    with pytest.raises(ValueError, match="unknown channel 'radio'"):
        screener.screen("hello", channel="radio")
    with pytest.raises(TypeError, match="must be a str"):
        screener.screen_many([b"bytes"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="same length"):
        screener.screen_many(["a", "b"], channels=["comms"])


def test_allow_list_removes_an_organisation_contact(tmp_path: object) -> None:
    from pathlib import Path

    policy = Path(str(tmp_path)) / "policy.yaml"
    policy.write_text(
        "channels:\n  comms:\n    allow_list: ['press@hospital.example.org']\n  support: {}\n"
    )
    screener = Screener.from_settings(ScreenerSettings(policy_file=policy, languages=("en",)))
    result = screener.screen("Journalists: write to press@hospital.example.org")
    assert "EMAIL_ADDRESS" not in types(result)


def test_skipping_digit_and_at_recognizers_changes_no_result(
    screener: Screener, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The shortcut must be invisible: screen our labelled posts with and without it.
    import json
    from pathlib import Path

    path = Path(__file__).parent / "data" / "posts_dev.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines()]
    fast = screener.screen_many(texts)
    monkeypatch.setattr(screener, "_wanted", lambda text, language: None)
    assert screener.screen_many(texts) == fast


def test_digit_only_types_have_digit_only_patterns() -> None:
    from presidio_analyzer import PatternRecognizer

    from screener.engine import NEEDS_AT, NEEDS_DIGIT
    from screener.registry import build_registry

    for recognizer in build_registry(["en", "fr"]).recognizers:
        kinds = set(recognizer.supported_entities)
        if not isinstance(recognizer, PatternRecognizer) or not kinds <= NEEDS_DIGIT | NEEDS_AT:
            continue
        for pattern in recognizer.patterns:
            needed = ("\\d", "[0-9", "[1-9") if kinds <= NEEDS_DIGIT else ("@",)
            assert any(n in pattern.regex for n in needed), (recognizer.name, pattern.name)


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Had my MRI on Thursday, results soon", True),
        ("opérée de la vésicule lundi, tout va bien", True),
        ("Join us on Thursday for the summer fair", True),
        ("Le marché a lieu lundi sur le parking", True),
        # schedules are not days that something happens on
        ("The clinic is open Monday to Friday", False),
        ("Our carers' group meets every Tuesday", False),
        ("Permanence tous les jeudis de 14 h à 16 h", False),
    ],
)
def test_a_weekday_is_a_date_unless_it_is_a_schedule(
    screener: Screener, text: str, dated: bool
) -> None:
    assert ("DATE" in types(screener.screen(text))) is dated


def test_parallel_screening_gives_the_same_results_in_order(screener: Screener) -> None:
    import json
    from pathlib import Path

    path = Path(__file__).parent / "data" / "posts_dev.jsonl"
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    texts = [r["text"] for r in records] * 2  # above the parallel threshold
    channels = [r["channel"] for r in records] * 2
    single = screener.screen_many(texts, channels=channels, processes=1)
    assert screener.screen_many(texts, channels=channels, processes=2) == single


def test_a_new_screener_has_built_its_lazy_tables(screener: Screener) -> None:
    """from_settings warms the screener: the word lists a mailbox or a place is checked against
    are built before the first post (and before workers fork), not on it."""
    from screener import contacts

    contacts._everyday_unaccented.cache_clear()
    screener.warm()
    assert contacts._everyday_unaccented.cache_info().currsize == 1


def test_an_honorific_of_another_language_is_a_title(screener: Screener) -> None:
    """spaCy reads "Bà Lan" as nothing; "Bà" as a title makes "Lan" a name."""
    result = screener.screen("Bà Lan had a fall last night", channel="support", language="en")
    assert "Lan" in {f.text for f in result.findings if f.entity_type == "PERSON"}
    assert result.verdict == "hold"


def test_sister_and_father_are_titles(screener: Screener) -> None:
    """ "Sr" (a nursing sister) and "Fr" (a priest) before a name: a person, with the title."""
    for text, name in (
        ("After 31 years at the clinic, Sr Mokoena retires in February", "Mokoena"),
        ("Prayers please, a heart bypass at UHK. Get well soon Fr Dec 🙏", "Dec"),
    ):
        found = screener.screen(text, language="en").findings
        assert any(f.entity_type == "PERSON" and name in f.text for f in found), found


def test_no_date_runs_across_paragraphs(screener: Screener) -> None:
    text = "Ward 9 rota changes – week of 13 Oct\n\nThurs 16th: Siobhan swapped to nights"
    dates = [
        f.text for f in screener.screen(text, language="en").findings if f.entity_type == "DATE"
    ]
    assert dates == ["13 Oct", "Thurs 16th"]


@pytest.mark.parametrize(
    "text",
    [
        # a topic's clause stops at a name or a word for someone
        "After the webinar on Monday, Paul Dunn told us he has Parkinson's.",
        # a patient visited on a rota, not a member of staff
        "District nurse rota Tues:\nEarlies: Mrs Pike (leg ulcer dressing)\nLates: Ann",
        # news told by someone in a unique role about themself
        "We were told by the head teacher at Oakfield Primary that she has breast cancer.",
        # a club's skipper or a club cyclist is no public figure
        "Our club skipper Dave Marsh is in hospital after a heart attack on Saturday.",
        "Grosse pensée pour le cycliste du club, Julien Morel, opéré du genou hier.",
        # a joke "world champion"; a resident's initials
        "Steve Pike, world champion napper, is recovering from his triple bypass at home.",
        "Our resident A.E. in Room 3 fell last night and broke her hip.",
    ],
)
def test_review_cases_are_held(screener: Screener, text: str) -> None:
    assert screener.screen(text, channel="support").verdict is Verdict.HOLD


# Posts a reviewer wrote to break session 16's rules (chat advice, reply authors, news of
# someone, the "il" of a condition, org handles, mills, a few struck, new joints); each got
# the wrong verdict before the rules were narrowed.
SESSION_16_REVIEW = [
    # news for those who know or asked: someone's, not advice
    ("[02/05/2026 08:15] Thierry: Pour ceux qui connaissent Michel du club : AVC hier soir, "
     "hospitalisation à Pontchaillou", "support", "fr", Verdict.HOLD),
    ("[21/01/2026 21:47] Nadège: petite info pour ceux qui viennent dimanche : Lucienne a été "
     "hospitalisée hier pour une pneumonie", "support", "fr", Verdict.HOLD),
    ("[3/14/26, 7:41 PM] Sue: For those asking, Tony's scan came back clear! Chemo finished",
     "support", "en", Verdict.HOLD),
    # a date or a programme's time opening a line is no chat line
    ("15/03 : Marche rose pour tous, en soutien à Claudine qui termine sa chimio.", "comms",
     "fr", Verdict.HOLD),
    ("Programme\n14:30 Témoignage : Sandrine Morel raconte sa greffe de rein, pour tous ceux "
     "qui attendent un greffon\n16:00 Goûter", "comms", "fr", Verdict.HOLD),
    # a surname "Mills"
    ("Jenny Mills was diagnosed with breast cancer in March and is halfway through chemo.",
     "support", "en", Verdict.HOLD),
    # a subject line under the author's own name is theirs; a comment's author is spoken to
    ("Posted by mandy_t\nRe: Finally got my MS diagnosis\nUpdate: starting Ocrevus in May.",
     "support", "en", Verdict.HOLD),
    ("Lovely comment from @sarah_k_92 on yesterday's post 💛\n\nSo glad your scan was clear!",
     "support", "en", Verdict.HOLD),
    # "il a été pris à temps": a person saved; "elle est sous dialyse": a person treated
    ("Arrêt cardiaque mardi au gymnase de Plérin : il a été pris à temps grâce au "
     "défibrillateur.", "comms", "fr", Verdict.HOLD),
    ("@mireille_v Bonne question ! En général les séances durent 4 heures. Elle est sous "
     "dialyse depuis janvier et elle se fatigue vite.", "support", "fr", Verdict.HOLD),
    # a person's handle with "health" in it
    ("@chloeshealth thank you for sharing your endometriosis journey 💜", "support", "en",
     Verdict.HOLD),
    # courage to a place; news in one paragraph, a notice in the next
    ("Courage à Kerhuon ! Nos pensées vont aux familles touchées par l'épidémie de gastro.",
     "comms", "fr", Verdict.PASS),
    ("An update on Bev: she's back from Spain!\n\nReminder: flu jabs at the surgery on "
     "Thursday, no appointment needed.", "comms", "en", Verdict.PASS),
    ("Bon courage à Julie pour son bac !\n\nPetit rappel : dépistage du diabète gratuit samedi.",
     "comms", "fr", Verdict.PASS),
    # a region's nurses; a training in diagnosis; a flask and pads
    ("Lassa fever: two nurses in Ondo State died last week, the NCDC confirmed.", "comms", "en",
     Verdict.PASS),
    ("Two of the nurses on Ward 12 completed their training in sepsis diagnosis this week.",
     "comms", "en", Verdict.PASS),
    ("Nan's loving the new hip flask Dave got her for Christmas 😂", "support", "en",
     Verdict.PASS),
    ("Sam's new knee pads arrived just in time for the roller derby bout!", "support", "en",
     Verdict.PASS),
]  # fmt: skip


# Session 17's review: posts written to break the session's rules (superlatives, a role of
# the poster's place, lower-case nicknames, rooms and chairs, contacts, a name's own health)
SESSION_17_REVIEW = [
    (
        "Our oldest patient group is back after Covid: the Tuesday Breathe Easy club meets "
        "again from 6 May in the hospital chapel.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Notre plus ancien événement solidaire est de retour après le Covid : la Marche du "
        "Cœur repart le dimanche 14 septembre.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Our oldest fundraising event returns after the pandemic, raising money for people "
        "recovering from a stroke.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Le plus ancien traitement du diabète, la metformine, reste le premier choix au CHU "
        "de Nantes.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Notre pasteur est passé voir maman après son AVC, ça lui a fait du bien.",
        "support",
        "fr",
        Verdict.PASS,
    ),
    (
        "Our one and only pharmacist has been flat out with his flu jabs this week - thank "
        "you Tom!",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Notre cadre de santé présente sa formation diabète aux nouveaux infirmiers jeudi.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    ("coucou à morgwen qui sort de chimio aujourd'hui !", "support", "fr", Verdict.HOLD),
    (
        "The lady from Room 2 at the library runs a dementia singing group every Monday, all "
        "welcome.",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "Thanks to the mum from Room 9 who baked 200 cupcakes for our diabetes cake sale!",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Coffee morning for carers, Friday 10am. Questions? info@carersgroup.example or text "
        "Sheila on 07700 900461.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Lost walking frame at the bingo - call the daughter, Karen Hughes, on 07700 900321 "
        "if you find it.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Chat line closed over Christmas - ring Bev at home on 07700 900312.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Nurse practitioner Sarah Jones has menopause appointments every Wednesday at the Old "
        "Mill surgery.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Physio Tom Reed has Parkinson's patients on his Thursday list and is recruiting for "
        "the exercise study.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Our new podiatrist Kemi Ade has diabetes foot checks free all of May.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Dr Lewis had COVID patients on every ward that winter and never missed a shift.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Our practice manager, who had a stroke over Christmas, is back on reduced hours from "
        "Monday.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "Notre cadre de santé se remet doucement d'une opération du dos, on lui souhaite un "
        "bon rétablissement.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    (
        "So proud of my dad - he finished his 10K Canal Walk despite the Parkinson's.",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "My father in room 212 at the Royal has pneumonia again, visiting is 2-4.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Le monsieur du fauteuil 6 en dialyse m'a dit qu'il attendait une greffe depuis 4 ans.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
]


# Posts a helper wrote in session 18 to break the session's rules: each was wrong before the
# rule it names was narrowed (helpline headings, 'Questions?', 'for availability', amateur
# sports positions, the boil guard, 'of' before a lower-case name, 'Manager' titles) or
# widened (a feast's wish taken whole as a name).
SESSION_18_REVIEW = [
    (
        "📌 Helplines (please save)\nMind infoline 0300 123 3393\nMy neighbour Jean runs the "
        "carers' coffee morning, her home number is 01632 960712",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Resources that helped us after Dad's stroke: the Stroke Association and his physio. "
        "He'd love a chat: 07700 900219.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Questions? Text my husband on 07700 900456, he's had both knees done and loves to chat.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Selling Mum's stairlift since she passed. Text for availability 07700 900812.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Get well soon to under-12s goalkeeper Alfie Barnes, who broke his wrist in Saturday's "
        "match.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "Proud of our U16 point guard Malik Evans, back on court three months after his ACL "
        "reconstruction.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "My son Jake has a boil and it's weeping, should I take him to A&E?",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "thinking of wale today, surgery on his spine at 10",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Feeling faint in the pool? Tell the Duty Manager at Riverside Leisure Centre straight "
        "away.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Ramadan Karim to all our colleagues and patients! Our diabetes team can advise on "
        "fasting safely with insulin.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Storm notice: boil all drinking water for one minute before use.",
        "comms",
        "en",
        Verdict.PASS,
    ),
]


# Session 19: posts written for the rules of the session (not copied from the labelled sets).
SESSION_19_RULES = [
    # a street one lives on, with "rester" for living; a neighbour named by their street
    (
        "On reste sur la rue Guidry à Cut Off et mon père a fait un AVC.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Notre voisin de la rue des Trois-Couronnes est tombé et s'est cassé la hanche.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    (
        "La pharmacie de la rue Guidry fait les vaccins contre la grippe.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    ("Visite de l'école voisine, rue Guidry, sur le diabète jeudi.", "comms", "fr", Verdict.PASS),
    # kin words of the US South, Caribbean titles
    ("My PawPaw is 88 and just got his pacemaker.", "support", "en", Verdict.HOLD),
    # a qualification's subject is no one's health
    (
        "Congratulations to Nurse Efua Mensah of our outreach team on completing her MSc in "
        "Diabetes Education!",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Welcome, Sista! Our new nurse did her diploma in pain management.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    ("Congratulations to Efua Mensah on finishing her chemotherapy!", "comms", "en", Verdict.HOLD),
    # a relative's operation date, said as fixed or scheduled
    ("My wife's hernia operation is fixed for 14th May. Any tips?", "support", "en", Verdict.HOLD),
    ("The theatre refit is scheduled for 14th May, operations move.", "comms", "en", Verdict.PASS),
    # news of someone spaCy calls a place
    (
        "An update on Tootie: PET scan came back clear, no more chemo!",
        "support",
        "en",
        Verdict.HOLD,
    ),
    # a case in a kind of worker of a named hospital
    (
        "One confirmed case of Lassa fever has been recorded in a health worker at Aminu Kano "
        "Teaching Hospital.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
]


# Session 19 review: posts a helper wrote to break the session's rules (narrowed after).
SESSION_19_REVIEW = [
    (
        "New to the stoma group? Questions? Jan, 07700 900789, evenings only.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "During the storm Nadia had a bad asthma attack and we couldn't get to the hospital for "
        "hours.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "In the storm Jerome slipped on the stairs and broke his hip, he's in surgery now.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Pendant le cyclone Awa est tombée et s'est cassé le poignet, elle est au bloc.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    ("Sun's out, finally feeling human after chemo round 4.", "support", "en", Verdict.PASS),
    (
        "Massive congrats to Tunde who got his degree in May despite sickle cell crises all year!",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "So proud of my sister Ama, she finished her BSc in 2022 on dialysis three times a week.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Raffle results from the stroke unit fete: winning docket 0457 2291. Thanks to all who "
        "came!",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Heatwave: please check on an elderly neighbour. Riverside Library, Oak Street, is open "
        "as a cool space on Saturday 12 July for anyone with heart or lung conditions.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Canicule : prenez des nouvelles d'un voisin âgé. La salle rafraîchie de la mairie de "
        "Vals est ouverte samedi 12 juillet aux personnes ayant une maladie cardiaque.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "My son Kwesi's University exams start Monday but he's been in hospital with malaria "
        "since Friday.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        'Every pregnant woman who registers at the antenatal clinic gets a free "Mama Kit" for '
        "delivery.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        'Ask our midwives about "Mama Care" packs for new mothers recovering from a caesarean.',
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "La maternité de Saint-Flour est la seule du Cantal à accueillir les grossesses à risque.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Thu and her husband both tested positive for TB last week, please keep them in your "
        "prayers.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    ("Courage à Thu, qui commence sa chimio lundi !", "support", "fr", Verdict.HOLD),
    (
        "Medaase Kofi for visiting, you've been a rock since my stroke.",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "Sista Strength, our breast cancer peer group for Black women, meets every first Tuesday "
        "at Ridgeway Library.",
        "comms",
        "en",
        Verdict.PASS,
    ),
]


SESSION_20_RULES = [
    # a general answer's indefinite child is any child, with the reader spoken to
    (
        "@lena_k Good question! Generally speaking, you can give paracetamol for a fever to a "
        "child who is still eating and drinking.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    # French impersonal "il vaut mieux" in a general answer
    (
        "@jo_b Bonne question ! Il vaut mieux attendre la fin d'une chimio pour le vaccin "
        "contre la grippe.",
        "support",
        "fr",
        Verdict.PASS,
    ),
    # one person admitted to a named place on a date, for an illness told after them
    (
        "Please keep Deacon Samuel Boateng in your prayers. He was admitted to Ridge Hospital "
        "on Monday 3 March after a heart attack.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    # thanked for telling her own story in our film: a patient, not a public figure
    (
        "A big thank you to Halima Yusuf from Easton for speaking so openly in our film about "
        "her diabetes.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    # a testimony quoted after the campaign it was given for: the speaker's own words
    (
        "Merci à Awa Traoré, 41 ans, d'avoir témoigné pour notre campagne : « J'ai découvert "
        "mon diabète pendant ma grossesse. »",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    # languages and festivals are no one
    (
        "Free counselling in Pashto and Tigrinya for anyone feeling low or having flashbacks.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Eid al-Adha: no classes on Saturday. Please check your child has had both MMR doses.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Ciid wanaagsan from all of us! Free eye tests for children at the community centre "
        "this Saturday.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    # Maltese thanks open a thanked name beside the poster's own scan
    ("Grazzi Marija for driving me to my scan yesterday!", "support", "en", Verdict.PASS),
    # the insured's number of the Chifa card, told as "le numéro c'est"
    (
        "Urgent : ma carte Chifa est bloquée pour mon insuline. Le numéro c'est "
        "05-2210-330418-P, quelqu'un à la CNAS peut voir ?",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    # an old people's home of the Maghreb
    (
        "Plusieurs cas de gale chez les pensionnaires du foyer pour personnes âgées de Bordj "
        "Menaïel.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    # a memorial walk named after someone
    (
        "La Marche Mémorial Odette Naisseline contre le diabète aura lieu le samedi 21 mars à "
        "Bourail. Dépistage gratuit sur place.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    # kin words with ages: "tatie", Somali "Ayeeyo"; elders' "sugar and high pressure"
    (
        "Ma tatie de 77 ans vient d'apprendre qu'elle a un cancer du sein.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Ayeeyo is 84 and still fasting with her sugar and high pressure",
        "support",
        "en",
        Verdict.HOLD,
    ),
    # a GP practice that refuses to register is no operation
    (
        "@newmum_bs7 You can register with any GP near you. If a surgery refuses to register "
        "you, call our advice line.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    # staph infection in short
    (
        "Des nouvelles de Mimi : le staphylo est enfin vaincu, elle sort vendredi !",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    # a hospital number of Thailand and Vietnam ("HN"), Taiwan's NHI card, a case in one
    # employee of a named workplace, a Belgian care home ("MRS"), the only orthoptist of a site
    (
        "Patient HN: TH-23-0049812. Procedure: colonoscopy, Friday 3 May.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "The NHI card won't scan at the clinic. The number on my card is 02-3391-874, my "
        "insulin refill is stuck.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Notice: an employee at the Nakagami clinic in Okinawa has been diagnosed with active "
        "tuberculosis.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "MRS Les Tilleuls, Forest : plusieurs cas de gale confirmés chez des résidents du 2e "
        "étage.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Notre seule orthoptiste du site de Jumet est en arrêt après une opération de la "
        "cataracte.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    # a sentence with no word for anyone goes on from the poster's own, beside a thanked name
    (
        "Merci Awa pour le lift jusqu'à l'hôpital 🙏 ma chimio s'est bien passée. Encore 2 "
        "cures et c'est fini !",
        "support",
        "fr",
        Verdict.PASS,
    ),
    # a language that is also a first name, beside "interpreter"
    (
        "Book a free Dari interpreter when you call for your smear test or pregnancy care.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    # an office heading its line is the venue's; a knight's name inside a centre's is no
    # public figure the poster's age belongs to
    (
        "Dementia-friendly skate this Sunday, 1–3 pm! Marg and the Alzheimer Society "
        "volunteers will be on the ice with families living with dementia. Rink office: "
        "(306) 555-0175",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "71, Żejtun. Last of 30 radiotherapy sessions at the Sir Anthony Mamo Oncology "
        "Centre today, so tired but done!",
        "support",
        "en",
        Verdict.HOLD,
    ),
]


# The session's review: posts written to break its rules, each wrong on the rules' first
# version (before they were narrowed) and right now.
SESSION_20_REVIEW = [
    (
        "@sian_w Good question! In general a woman with two previous c-sections and gestational"
        " diabetes, which is your situation, can still try for a VBAC. Ask your midwife.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "@fanny_l Bonne question ! En général, une femme enceinte de 30 semaines avec une "
        "tension à 15, c'est-à-dire toi en ce moment, doit consulter vite.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Le Dr Haddad rappelle qu'un nourrisson qui est hospitalisé au CHU de Nouméa pour une "
        "bronchiolite peut être accompagné d'un parent jour et nuit.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Our stroke nurse Kemi Ade explains what to expect when a relative is admitted to the "
        "Hyper Acute Stroke Unit after a stroke.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Merci à Jean-Pierre Marceau d'avoir parlé ouvertement de son cancer de la prostate au "
        "journal de 20 h. Movember commence demain !",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Thank you Tom Price, member of the executive committee of our stroke club, who is home"
        " recovering after his bypass.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "Léa Wamytan, membre du gouvernement des jeunes du lycée Lapérouse, a été hospitalisée "
        "pour une crise d'asthme. Courage Léa !",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Comme nous l'a raconté Martine, l'atelier « Bien vivre avec l'arthrose » affiche déjà "
        "complet pour jeudi.",
        "support",
        "fr",
        Verdict.PASS,
    ),
    (
        'As Bernie told us last week, the workshop "Living well with COPD" is now full - the '
        "next one is in June.",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        'Gwen said the talk "Coping with tinnitus" is back on Thursday at 7pm in the library - '
        "all welcome.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Rappel : les cartes Chifa expirées avant le 2025-12-31 doivent être renouvelées à "
        "l'agence CNAS. Sans rendez-vous.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Pour toute question sur la carte Chifa, le numéro c'est le 021 55 01 23 (CNAS, du "
        "dimanche au jeudi).",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Dari has been in and out of hospital with her sickle cell this month, please keep her "
        "in your thoughts.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Happy to drive anyone to dialysis on Tuesdays. Sandra's office: 07700 900789, that's "
        "actually my mobile.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Arrêté signé par Mme Léa Tuffery, publié au RAA de la préfecture n° 45 du 3 mars.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Huge thanks to Faduma Ali from Easton for talking so openly in our video about living "
        "with sickle cell.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "Grazzi Marija for the lift to my radiotherapy today, you're a star.",
        "support",
        "en",
        Verdict.PASS,
    ),
]


SESSION_21_RULES = [
    # foods of another language listed with "and": things, not people
    (
        "Healthier party plate for anyone with diabetes: grilled fish, brown rice, kopi and "
        "kaypoh (small portions!)",
        "comms",
        "en",
        Verdict.PASS,
    ),
    # ... while a lower-case nickname beside English words stays a person
    (
        "my lad tommo started ritalin 2 weeks ago and he's sleeping better",
        "support",
        "en",
        Verdict.HOLD,
    ),
    # community health workers before a list of their names are staff
    (
        "Merci à nos relais communautaires Aminata, Salif et Kadi qui ont parcouru "
        "Djicoroni et Lafiabougou pendant la campagne de vaccination contre la rougeole "
        "💪🏾",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    # moderators listed in brackets after their plural role
    (
        "Rappel des modos (Mariam, Boubacar & Tata Awa) : ne publiez pas les résultats "
        "de charge virale des autres membres.",
        "support",
        "fr",
        Verdict.PASS,
    ),
    # the grief of a death notice is no symptom
    (
        "La famille a la profonde douleur de vous annoncer le décès de Mme Jeanne Koffi, "
        "survenu le 3 mars à Bouaké.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    # ... a deep pain in a hip still is
    (
        "Mme Diallo, 67 ans, a une profonde douleur à la hanche depuis sa chute.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    # thanks of other languages are no one's name, and open a thanked name
    (
        "👏🏾 Asante sana Dr Salma Haji and the visiting team for 104 cleft lip repairs "
        "during our surgical camp!",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Ahéhee' Bernadine for the ride to my MRI in Gallup yesterday 🥹",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "Tak Mette for the lift to my MRI at the hospital yesterday",
        "support",
        "en",
        Verdict.PASS,
    ),
    # grandparents of other languages are kin words, and their age is a relative's
    (
        "Little win today 🥹 Opa had his hip replaced this spring and today he cycled to "
        "the bakker.",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "Jajja is 88 and has diabetes, any tips for her feet?",
        "support",
        "en",
        Verdict.HOLD,
    ),
    # a birthday wished to a group named after it
    (
        "🎂🎉 HAPPY 10TH BIRTHDAY, KAMPALA EPILEPSY FAMILIES GROUP! We started with six "
        "mums, today we are 210 families.",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "Happy 90th birthday, Mum! Still going strong after the stroke.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    # an outing is no discharge, and patients counted by their condition are a group
    (
        "🎉 Notre association fête ses 15 ans ! Créée à Annecy en 2010 par trois patients "
        "diabétiques, elle compte 180 membres. Sortie anniversaire le dimanche 14 "
        "septembre au lac.",
        "support",
        "fr",
        Verdict.PASS,
    ),
    (
        "Maman est sortie le 3 mars après son AVC.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    # a Dutch street in one word is a place, not a person
    (
        "The MMR catch-up session is this Wednesday at the consultatiebureau on "
        "Sarphatistraat, for children who missed their jab.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    # a French plural possessive before an unknown capitalised word: a thing
    (
        "Alors là j'ai les chevilles tellement gonflées que même mes Schlapp ne rentrent "
        "plus 😂 C'est la cortisone ?",
        "support",
        "fr",
        Verdict.PASS,
    ),
    (
        "Je pense à nos Kévin et Sarah qui sont en chimio",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    # a sex-age tag with the sex first opens a post
    (
        "F, 29. Tested HIV+ last week and I haven't told anyone. Started my ARVs yesterday.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    # a volunteer drivers' mailbox is the service's
    (
        "Mahalo nui to Keoni, Lani and Pua, who drove patients to dialysis three "
        "mornings a week! Want to join them? Email drivers@kidneyrides.org.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    # staff who join as an educator or are the newest community health representative
    (
        "Pine Ridge Health Center welcomes two new team members! Tanya Whitehorse joins "
        "us as our Diabetes Educator, and Leon Walker is the newest Community Health "
        "Representative for the Kyle district. Tanya will run A1C checks on Tuesdays, "
        "and Leon will do home visits for elders who need blood pressure checks.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    # a former professional by the position they played
    (
        "So moved by former Bulls forward Marcus Begay talking about his kidney "
        "transplant at the powwow. Get your kidneys checked, relatives.",
        "support",
        "en",
        Verdict.PASS,
    ),
    # a hospital's site named after a person
    (
        "📢 Le GHR recrute ! Infirmier·ère en hémodialyse – CDI – site Louis Pasteur, "
        "Colmar. Formation de 6 semaines dans notre unité de dialyse. Pour postuler : "
        "recrutement@ghr.fr",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    # a neighbour named after 'my' is a person, a capitalised or listed name only
    (
        "Please help 🙏🏾 My neighbour Agnes in Area 25, Sector 3, house 117 has been "
        "bedridden since her stroke in August.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Au boulot, même ma collègue yovo m'a demandé si mon épilepsie c'est contagieux. "
        "Ma dernière crise date de deux ans grâce à mon Tégrétol.",
        "support",
        "fr",
        Verdict.PASS,
    ),
    # a school's gateman, across a saint's 'St.' that ends no sentence
    (
        "Sinkor people, anybody know the family of the old gateman at St. Teresa's "
        "Convent school? He fell down by the gate this morning and the ambulance carried "
        "him to JFK. They saying it's stroke.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    # a school's only canteen cook, the school named by its acronym
    (
        "Message du directeur — EPP Kalaban Coro Plateau. Notre cantinière, la seule qui "
        "prépare les repas de nos 640 élèves, a été testée positive à la fièvre "
        "typhoïde. La cantine est fermée.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    # an outbreak in an orphanage named with its kind
    (
        "Une flambée de rougeole est en cours à l'orphelinat Bon Pasteur de Sokodé : 9 "
        "enfants présentent de la fièvre et une éruption. Une riposte vaccinale est "
        "organisée.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    # a singular participle of death refers to one person
    (
        "Parmi les décès de la semaine figure une commerçante de tissus du marché Rood "
        "Woko, résidant au secteur 12, décédée le 21 octobre au CHU Yalgado Ouédraogo "
        "d'une dengue hémorragique.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    # 'a subi' an operation is one's own, with its date
    (
        "• Notre organiste, Bernard Kieffer, a subi un triple pontage le 7 janvier au "
        "Nouvel Hôpital Civil de Strasbourg. Il se remet doucement.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    # Navajo grandparents: a death after 'lost my', an age
    (
        "It's been a year. We lost my nalí on December 3rd to COVID. He was on a "
        "ventilator for 11 days.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Yá'át'ééh everyone 😔 My shimásání is 88 and her sugar was 412 this morning. She "
        "won't take her insulin.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    # an age limit of a job advert
    (
        "AVIS DE RECRUTEMENT : le CHU recrute 3 infirmiers pour son service "
        "d'hémodialyse. Conditions : être âgé(e) de 40 ans au plus au 31 décembre 2025.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    # a kin word of another language capitalised like a name
    (
        "Little win today 🥹 Grandma had her hip replaced this spring and today she cycled "
        "to the bakker, with Opa riding behind her.",
        "support",
        "en",
        Verdict.PASS,
    ),
    # technicians of a place, especially two named
    (
        "Big shout out to the dialysis techs at Shiprock, especially Lorena and Wallace, "
        "who always make my 4 hours go faster with their jokes 😂",
        "support",
        "en",
        Verdict.PASS,
    ),
    # an orthoptist named with her profession
    (
        "Maison de santé de Molsheim 👋 Nous accueillons Julie Keller, orthoptiste, qui "
        "consultera les lundis. Elle réalisera le dépistage de la rétinopathie "
        "diabétique par rétinographie.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    # a character of a series' new season
    (
        'No spoilers, but is anyone else watching the new season of "Fjordlys"? The way '
        "they wrote Ingrid's breast cancer storyline, the waiting for the biopsy "
        "results... Two years out from my own mastectomy.",
        "support",
        "en",
        Verdict.PASS,
    ),
    # a record number with slashes, a national id number, a fund's registration number
    (
        "APOLOGY: yesterday's photo from our diabetes clinic showed a patient file with "
        "the IP No. MRRH/IP/2025/11342 visible. We have written to the patient.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "Went for my ARV refill today and they sent me back because the NIN on my file "
        "is wrong. My real NIN is CM91034507PLK8, whoever typed it mixed the numbers.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "J'ai fait ma coloscopie en janvier et toujours rien. Mon n° d'immatriculation "
        "CCSS c'est le M-0632-44107, la dame au guichet m'a dit que c'était bon.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    # a relative's mailbox 'can be reached at' is theirs, a team's is the service's
    (
        "Our pupil needs open-heart surgery in India. Her father can be reached at "
        "wezi.banda77@gmail.com.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "Our bereavement team can be reached on 0114 496 0281 if the loss of your baby "
        "is weighing on you.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    # seizures as parents say them, not fits of laughter
    (
        "Posted by kampala_mum_of2\nMy son has been having fits since Friday, two or "
        "three a day. Is there a neuro in Jinja?",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "I was having fits of laughter at the panto last night, best night out in ages",
        "support",
        "en",
        Verdict.PASS,
    ),
    # burnout is a condition
    (
        "38, Leeds, mum of two. Eight months into what my GP calls stress and what I'd "
        "call burnout. How did you get back to work?",
        "support",
        "en",
        Verdict.HOLD,
    ),
    # a minister named after a portfolio of several words
    (
        "Inauguration de la nouvelle IRM en présence de la ministre des Affaires "
        "sociales et de la Santé, Mme Claire Dubois. 9 000 examens par an attendus.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Notre patiente Mme Claire Dubois, opérée de la hanche, remercie le service.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    # 'morte le <date>' is a death date and one person's
    (
        "Une commerçante du marché de Dieppe, morte le 21 octobre au CHU de Rouen d'une "
        "méningite : les contacts proches sont invités à consulter.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    (
        "La nature morte du hall d'accueil a été restaurée. Journée diabète le 14 novembre.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    # 'subit actuellement une' treatment is one's own
    (
        "Notre cadre de santé Hélène subit actuellement une chimiothérapie, on pense fort à elle.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    # staff who arrive in the team as a profession
    (
        "Bienvenue à Inès Colin, qui arrive dans l'équipe comme diététicienne : elle "
        "animera l'atelier diabète du jeudi.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    # a lower-case word of chat spelling is no name
    (
        "jai tjr mal o dos depui l'operation du canal carpien jsp si c normal",
        "support",
        "fr",
        Verdict.PASS,
    ),
]

# Posts a helper wrote to break this session's rules: each broke one, and the rule was narrowed.
SESSION_21_REVIEW = [
    (
        "Happy 90th birthday to the oldest member of our Thursday stroke club! 🎂 Three "
        "years since her stroke and she still beats us all at dominoes.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Joyeux 80e anniversaire, à la doyenne de notre club Parkinson ! Opérée de la "
        "hanche en janvier, elle était pourtant à la marche de dimanche 💪",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    (
        "My husband's been off the road since his heart attack in May and our little "
        "haulage firm is struggling. If you've work for one lorry, get in touch: "
        "hartleytransport@btinternet.com",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "My son is still in Alder Hey with a fractured skull after the hit-and-run on "
        "Friday night. Any dashcam footage to driverdan78@gmail.com please, the police "
        "are slow.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Fin de saison pour le club : le tournoi « Des paniers pour Lilou » par Les "
        "Aigles de Tarbes a rapporté 1 800 € pour Lilou, qui poursuit sa chimio contre "
        "une leucémie.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Opa passed on 3rd May after a long fight with COPD. Thank you all for the cards.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Pulmonary rehab at Bramley Health Centre:\nM, 10:30 – seated exercise\nF, 14:00 – "
        "breathing clinic for COPD\nBook at reception.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Association Les Amis de l'Hôpital de Dax – numéro d'immatriculation W401002345 "
        "– merci pour vos dons pour le service d'oncologie pédiatrique.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Please keep Oma in your prayers, she started dialysis at LUTH this week. The "
        "choir will visit on Sunday.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Barka, notre benjamin, a été opéré du cœur à Niamey, il va bien !",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Lucie Bernard, hospitalisée au CHR d'Orléans pour une leucémie, remercie les "
        "soignants et les donneurs de sang.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Huge thanks to the dialysis techs at Chinle, especially Ray, who was back at "
        "work after a heart attack in March.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Mme Roux, opticienne à Dinan, a perdu la vue d'un œil après un AVC.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Kasih, our youngest member, starts chemo at RSCM on Monday. Doakan ya 🙏",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Congratulations to Jill Moss on 30 years at the pharmacy on Bridge St. Everyone "
        "here will miss her cheery hello. Reminder: the diabetes eye screening van is "
        "here on Tuesday.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Our study of opioid use disorder in rural Ohio is funded by NIDA (grant "
        "R01DA051234) and is now recruiting.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Class timetable at the Bramley leisure centre:\nF, 10:00 – chair yoga for "
        "arthritis\nM, 11:00 – walking football for heart health",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Tom Leclerc, ingénieur chez Airbus, vit avec un diabète de type 1 depuis "
        "l'enfance et court le marathon de Toulouse.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
]

# Session 22: one-word "people" that only spaCy guesses (weak_names), places and services read
# as people, kin of other regions, member numbers, replies and roles.
SESSION_22_RULES = [
    # a venue, a clinic and a pastry no list knows, with nothing that tells a person
    (
        "Flu and COVID jabs move to the Jaarhallen\n\nFrom Monday 6 October, walk in between 9 "
        "and 4.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Two months on Concerta for my ADHD now. Anyone else in Breda who got diagnosed "
        "through Zorgkwartier?",
        "support",
        "en",
        Verdict.PASS,
    ),
    # ... while a cue before or after an unknown name still makes a person of it
    (
        "Prayers please, my hubby Tavita has his PET scan on Thursday 🙏",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Meet Koroi, 8 💙 one whole year on his insulin pump!",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "Courage à Moumoune qui commence la chimio lundi 💪",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    # a word of Australian English is no one
    (
        "HbA1c down to 7.2 🎉 walking the dog every arvo and still on metformin.",
        "support",
        "en",
        Verdict.PASS,
    ),
    # a service named by its specialty
    (
        "Free kidney checks every Saturday in March.\n— Emory Nephrology",
        "comms",
        "en",
        Verdict.PASS,
    ),
    # a name the post also gives as a place is the place
    (
        "Tournoi de 500 : bravo à nos champions de New Carlisle ! Clinique de vaccination "
        "contre le zona avec l'Uniprix de New Carlisle le mardi 18 novembre.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    # relatives by marriage, and a baby's age in months
    (
        "My mother-in-law, 79, from Leeds, fell and broke her wrist last week.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Our bub is 5 months and they heard a heart murmur at her check.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Ma p'tite de 6 ans vient d'avoir son diagnostic de diabète de type 1.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Mon chum Réjean a eu son triple pontage hier à Chicoutimi.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Gros bisous à Nounou qui passe sur le billard demain pour sa mastectomie",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    # a card's ID after the card is named, and a Belgian mutuality's member number
    (
        "FOUND: a Medicaid card in the name of a neighbour, ID QR48215T. Come by the office.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "My Medicaid shows inactive again. The ID on my card is VB60318K, is that the one "
        "they need?",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "La mutuelle ne trouve pas mon numéro de membre, pourtant il est sur ma vignette : "
        "316/0582914-33.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    # a reply that answers in general
    (
        "@outback_kez Good question! Generally, the travel scheme covers trips over 100 km "
        "for radiotherapy or heart surgery.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "@mimi_qc En général, la coloscopie est proposée à partir de 50 ans quand il n'y a "
        "pas d'antécédents dans la famille.",
        "support",
        "fr",
        Verdict.PASS,
    ),
    # public figures and staff by their roles
    (
        "Vous avez lu l'interview de l'ancien coureur cycliste Luc Vandamme ? Il parle de "
        "son Parkinson.",
        "support",
        "fr",
        Verdict.PASS,
    ),
    (
        "Bonne pension ! Notre infirmière en chef Josiane Colin range ses sabots après 38 "
        "ans en néonatologie, où elle a rassuré plus d'un papa au bord du malaise.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Joyeux anniversaire au groupe ! 900 parents qui ont perdu un bébé pendant la "
        "grossesse.\n— Inès, Carole et Mehdi, vos modos",
        "support",
        "fr",
        Verdict.PASS,
    ),
    # generic people of a service's post: a category by age, a plan's or an office's name
    (
        "Vaccination contre la grippe : mardi 4 novembre à la salle paroissiale de "
        "Saint-Éloi, jeudi 6 novembre au centre communautaire de Trois-Pistoles. Gratuit pour "
        "les 60 ans et plus et les proches d'un bébé de moins de 6 mois.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Free help signing up for Medicaid and Child Health Plus! Saturday, August 23 at the "
        "Corona Library. Skipping your insulin because of the cost? Come see us.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Visiting eye team at Aitutaki Hospital, 12 May to 16 May: cataract surgery and "
        "diabetic eye checks. Outer-island patients: the Patient Referral office will "
        "arrange flights.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    # a health body named with the Māori article
    (
        "Free mammograms at Rotorua Central from 3 March.\n— Te Whatu Ora Lakes",
        "comms",
        "en",
        Verdict.PASS,
    ),
    # a procedure Québec "cédule" for a day is the author's date
    (
        "Ma cholécystectomie est cédulée le 3 février, quelqu'un a des trucs pour la convalo?",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    # a forum author whose diary drops its "I" is the person the post is about ...
    (
        "Posted by reef_girl · 2h\n\nFound a lump in March, had the ultrasound and biopsy in "
        "Townsville. It's breast cancer. Surgery first, then radiotherapy. Anyone kept working "
        "through it? I can't take time off.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Publié par reef_girl\n\nOpérée hier d'un cancer du sein à Rimouski, tout s'est bien "
        "passé. Je rentre demain.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    # ... not when they tell of a service, or answer in general
    (
        "Posted by reef_girl · 2h\n\nBreast cancer surgery and radiotherapy are now done in "
        "Townsville. Anyone kept working through it? I can share what the nurses told us.",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "Posted by katherine_mum2\n\nGenerally, a cyst on the ovary is watched with a scan "
        "first, so ask your GP.",
        "support",
        "en",
        Verdict.PASS,
    ),
    # a site's workers, counted, on a date: a small group ...
    (
        "Four of our staff at the Newman depot were treated for heat exhaustion on Friday 7 "
        "February.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "Two of our contractors working in the East Pit were treated for heat stroke on Tuesday.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    # ... not a service's public
    (
        "Free skin cancer checks for workers at the Port Hedland salt works on Tuesday 4 March.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    # a patient by their chair in the chemo room
    (
        "Merci à la madame du fauteuil 6 pour les biscuits, ça m'a aidée pendant la chimio.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
]

SESSION_23_RULES = [
    # an exam or a finding after a person's possessive is their health on its own
    (
        "@kiri_b your CT will tell them what the lump is, try not to stress till then 💕",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Mon frère Kevin a commencé son sevrage lundi, on croise les doigts.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    # ... not a service's offer to any reader
    (
        "Book your scan at the Ruthin clinic from Monday 3 March: call 01632 960 123.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    # a life's span in a post that mourns: dates of a birth and a death
    (
        "RIP my uncle Tobias Kerewa 🕊️ (03/02/1961 – 17/08/2025)\n\nYou fought the diabetes "
        "for 20 years and never let it stop you.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    # ... not a campaign's dates
    (
        "Free diabetes checks at Gerehu clinic (03/02/2026 – 17/02/2026), all welcome.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    # a few counted people of a closed group, cases among the inmates of a prison
    (
        "Depuis le 3 février, quatre cas de tuberculose ont été confirmés parmi les détenus "
        "de la maison d'arrêt de Kaédi.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Le mardi 4 mars, dix-sept élèves internes du lycée de Rosso ont présenté des "
        "vomissements après le repas.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Two contract workers at the Mount Hale station were treated for heat stroke on "
        "Friday 7 February.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    # a clinician thanked, then the poster's relative's health: the relative's
    (
        "Big thanks to Dr Waigani Poka and the ward nurses at Angau 🙏🏾 They looked after my "
        "mum so well after her gallbladder operation. She's home now.",
        "support",
        "en",
        Verdict.PASS,
    ),
    # a colleague named under a heading of support (spaCy may read the heading's name as a
    # place: a person's word at this mention keeps it a person)
    (
        "💛 Soutien à Heiarii\n\nNotre collègue Heiarii, cuisinier à la cantine de Faaa, part "
        "à Paris pour une greffe de rein.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    # thanks of other languages single out a nurse ("surtout Vaitiare")
    (
        "Māuruuru aux infirmières de l'hôpital de jour, surtout Vaitiare qui pique si bien 😅 "
        "Cinquième chimio faite aujourd'hui !",
        "support",
        "fr",
        Verdict.PASS,
    ),
    # islands and Polynesian words are no people
    (
        "Ceux de Futuna qui ont fait une évasan vers Nouméa pour une radiothérapie, qui paie le "
        "billet de l'accompagnant ?",
        "support",
        "fr",
        Verdict.PASS,
    ),
    (
        "« Ta'ata ora », l'émission santé du jeudi : le cardiologue parle d'hypertension et "
        "d'infarctus.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    # a nurse named with a patronymic is one person, staff ...
    (
        "Le médecin-chef remercie nos infirmières Aïssata Sy et Mariem mint Sidi pour les 900 "
        "enfants vaccinés pendant la campagne.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    # ... and a death notice's grief is no symptom
    (
        "L'hôpital de Kiffa a la douleur d'annoncer le décès de M. Ahmed ould Baba, ancien "
        "infirmier major, survenu le lundi 5 mai à Kiffa.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    # a staff member's own injury, in French
    (
        "Notre kiné, Julien, s'est fait une entorse du genou au foot samedi. Il sera absent "
        "jusqu'au lundi 17 mars.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    # one of a workplace's or a school's people diagnosed, a word of the trade or class
    # between
    (
        "A member of our catering staff at Oshakati Hospital has been confirmed with "
        "hepatitis A and is recovering at home.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "One of our Grade 9 boarding students at Kainantu High School has been diagnosed with "
        "TB and has gone home for treatment.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "One of our Grade 9 students at Kainantu High School has been selected for the "
        "national choir.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    # a forum author's diary after a greeting sentence ("Gents I need advice. Been coughing")
    (
        "Posted by ndola_driver_12 · 1h\n\nGents I need advice. Been coughing for 5 weeks and "
        "sweating at night. Went to the clinic and the sputum test came back positive for TB. "
        "Will they chase me from work?",
        "support",
        "en",
        Verdict.HOLD,
    ),
    # a household's home address in a news item
    (
        "Samedi 8 février, les pompiers sont intervenus au 4 rue des Tanneurs à Privas, où "
        "trois personnes d'une même famille présentaient des maux de tête et des nausées.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    # ... not a practice where a service sees patients
    (
        "From Monday 2 March our physios see patients at 18 Wellington Road, Ashford: back "
        "pain, knee rehab and sports injuries.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    # a titled name spaCy calls a place is a person, without its article: a clinician
    # recommended is staff ...
    (
        "> Des recommandations pour un dermato à Dakar ? mon eczéma est revenu\n\nLe Dr "
        "Ndiaye à la Médina, elle est top, très à l'écoute.",
        "support",
        "fr",
        Verdict.PASS,
    ),
]

# Posts a helper wrote to break session 22's and 23's rules: each was wrong at some point of
# the session and is right now.
SESSION_23_REVIEW = [
    # a name no list knows, then a pronoun that points back to it: a person
    (
        "Everyone at the Tuesday walking group misses Fetu. His bowel cancer came back in "
        "spring and he passed away last week.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "Losana fell on the stairs and broke her hip, surgery tonight at Middlemore.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Sat with Keabetswe through her chemo today, so proud of her.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    # ... not when another person stands between ("my mum ... she", "a Pasifika counsellor")
    (
        "How do you send insulin to Zim?? my mum in Harare has diabetes and the pharmacies "
        "have nothing, she is rationing.",
        "support",
        "en",
        Verdict.PASS,
    ),
    # a forum diary's verb reaches its health within a few words, not a service's visit
    (
        "Posted by gardenlover_62\n\nHad the practice nurse at our community garden today "
        "doing free blood pressure checks. I think everyone should go.",
        "support",
        "en",
        Verdict.PASS,
    ),
    # things of one's own named like treatments: a race, a dog, a fundraiser
    (
        "Bravo à Julie pour sa perf au semi-marathon de Rennes dimanche !",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Our volunteer Moana and her therapy dog Pip visit the children's ward every Friday.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Merci à Gérard pour son opération brioches au profit de l'Adapei !",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    # a counted group with no one taken ill
    (
        "Two members of our pharmacy team will be at Countdown Ōtaki on Saturday 8 March "
        "offering free blood pressure checks.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Twelve students from Hillcrest High completed their first aid and CPR certificates "
        "with St John on Friday 14 March.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Trois élèves internes du lycée agricole de Brioude ont participé à l'atelier "
        "prévention diabète le 12 mars.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    # a conditional "in case of" is no case
    (
        "What to do in case of heat stroke in an outdoor worker: our guide for employers at "
        "the Port of Tauranga.",
        "comms",
        "en",
        Verdict.PASS,
    ),
]

# Every session's table of posts and the verdict each must get, one test over them all.
VERDICT_TABLES = {
    "session-16-review": SESSION_16_REVIEW,
    "session-17-review": SESSION_17_REVIEW,
    "session-18-review": SESSION_18_REVIEW,
    "session-19-rules": SESSION_19_RULES,
    "session-19-review": SESSION_19_REVIEW,
    "session-20-rules": SESSION_20_RULES,
    "session-20-review": SESSION_20_REVIEW,
    "session-21-rules": SESSION_21_RULES,
    "session-21-review": SESSION_21_REVIEW,
    "session-22-rules": SESSION_22_RULES,
    "session-23-rules": SESSION_23_RULES,
    "session-23-review": SESSION_23_REVIEW,
    **{f"session-24-{name}": rows for name, rows in SESSION_24_TABLES.items()},
    **{f"session-25-{name}": rows for name, rows in SESSION_25_TABLES.items()},
    **{f"session-26-{name}": rows for name, rows in SESSION_26_TABLES.items()},
    **{f"session-27-{name}": rows for name, rows in SESSION_27_TABLES.items()},
    **{f"session-28-{name}": rows for name, rows in SESSION_28_TABLES.items()},
}


@pytest.mark.parametrize(
    ("text", "channel", "language", "expected"),
    [
        pytest.param(*row, id=f"{name}-{i}")
        for name, rows in VERDICT_TABLES.items()
        for i, row in enumerate(rows)
    ],
)
def test_posts_get_their_verdict(
    screener: Screener, text: str, channel: str, language: str, expected: Verdict
) -> None:
    assert screener.screen(text, channel=channel, language=language).verdict is expected
