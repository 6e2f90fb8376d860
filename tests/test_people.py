"""Who a post is about (screener/people.py, screener/linking.py): references, links, the person
spoken to, groups, unique roles."""

from __future__ import annotations

import pytest

from screener import linking, people, roles, staff
from screener.entities import info
from screener.sentences import sentence_ends
from screener.types import Finding


def found(text: str, surface: str, entity_type: str = "PERSON") -> Finding:
    """A finding for the first `surface` in `text`."""
    start = text.index(surface)
    return Finding(
        start, start + len(surface), entity_type, info(entity_type).category, 0.9, surface
    )


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("notre unique sage-femme sur place est en arrêt", True),
        ("our sole pharmacist at Ullapool is off sick", True),
        ("le seul pharmacien du bourg est en arrêt", True),
        ("our practice manager is off recovering from gallbladder surgery", True),
        ("A Junior Infants pupil at Scoil Bhríde was admitted", True),
        ("she's the only one in her class at Ballyclare Primary with T1D", True),
        ("des nouvelles du kiné de Clervaux ? depuis son accident il boite", True),
        ("I'm the only one in my family with MS", True),
        ("the caretaker at Hill Rise has been unwell", True),
        ("a Year 6 pupil at Oak Lane needs an inhaler in class", True),
        ("une élève de CM2 de l'école Jean-Jaurès est diabétique", True),
        ("la capitaine du club de Vire est blessée", True),
        ("l'élève de 5e A qui a un PAI asthme", True),
        ("every pupil at Oak Lane will be offered the nasal flu spray", False),
        ("The child, who is in year 3, has been unwell since Monday", True),
        ("a new pupil with a nut allergy joins Elm Class", True),
        ("my daughter is the only girl in her swimming club with a stoma", True),
        ("il est le seul infirmier du village de Saint-Ours", True),
        ("ma voisine, l'instit de CM2 de Wimille, a un myélome", True),
        ("our resident nurse on Canna is unwell", True),
        ("the only way to book is online", False),
        ("the only clinic in town for ear wax removal", False),
        ("their principal has been off with pneumonia", True),
        ("notre chef cuisinier est hospitalisé depuis samedi", True),
        ("ma grande est en 3e année et fait de l'asthme", True),
        ("my youngest is in Year 4 and has epilepsy", True),
        ("all children in Year 4 will get the spray", False),
        ("elle m'a orientée vers la kiné pelvienne à Toulouse", False),
        ("while the island's only GP recovers from his op", True),
        ("the only clinical officer at Mtwara Dispensary has malaria", True),
        ("the only officer on duty called an ambulance", True),
        ("the only officers' mess in town is closed", False),
        ("le seul joueur des U13 de Vierzon vit avec un diabète", True),
        ("the only player on the Leduc U11 team with asthma", True),
        ("the nurse in charge at Nukunuku clinic has appendicitis", True),
        ("their mufti day raised $1,500 for the cancer ward", False),
        ("Tell the Duty Manager at Riverside Leisure Centre if you feel faint", False),
        ("the postmistress in Llanberis has bowel cancer", True),
        ("a boy in my daughter's class at Holy Cross has chickenpox", True),
        ("a boy in a red coat was seen at the clinic", False),
        ("a kid in Room 4 at Elm Park School has chickenpox", True),
        ("a kid in 4 rooms at once", False),
        # a capitalised post's title; the only one of a place, in apposition
        ("Welcome back to our Aboriginal Liaison Officer after her radiotherapy", True),
        ("Our Medical Superintendent is back after his angioplasty", True),
        # one's own little one in a class, a pupil named by their grade
        ("my little one is in Year 2 at Oakfield and her asthma is bad", True),
        ("mon petit dernier est en CE2 et son asthme flambe", True),
        ("A Grade 5 student at our school has chickenpox", True),
        ("Grade 5 students will visit the museum", False),
        # the source of news, not its subject
        ("La pharmacie a reçu du Medikinet (confirmé au téléphone par la pharmacienne)", False),
        ("He's in Year 3 at St Wilfrid's and the meltdowns are nightly", True),
        # a role the reader is told to consult is a service
        ("Running low on inhalers? Have a chat to our pharmacist", False),
        ("Our pharmacist is off with shingles this week", True),
        ("our Liaison Officers will visit the wards", False),
        ("notre sage-femme (la seule de la MSP de Lormes) se remet d'une fracture", True),
        # a clinician who is the only one of their kind there
        ("Our sole optician in Kirkwall is off while she has treatment", True),
        ("la seule podologue du village est arrêtée pour une hernie", True),
        ("our optician in Kirkwall runs free glaucoma checks", False),
        ("la seule façon de réserver", False),
        # a superlative ranks one person first, whatever their role
        ("our longest-serving porter at Cobar Hospital had a fall", True),
        ("the youngest player in the Ballymena Under-12s was diagnosed", True),
        ("la plus ancienne bénévole de l'association à Vannes", True),
        ("the oldest hospital in Wales marks 100 years", False),
        ("our oldest building at the Dunedin site", False),
        # a church's one pastor; "one and only"; one child of a kindergarten class
        ("please pray for the pastor at Mt Zion Church in Greenwood", True),
        ("Our one and only pharmacist is back behind the counter", True),
        ("My little one in K2 Sunflower class at Little Sparks has ADHD", True),
        ("ma fille est en moyenne section à l'école des Tilleuls", True),
        ("my little one in the park at Punggol", False),
        # a parish's priest, a choir's oldest singer; grades of other school systems
        ("our parish priest at St Jude's, Tema has been diagnosed with diabetes", True),
        ("la plus ancienne choriste du chœur de Savièse est hospitalisée", True),
        ("the parish hall at St Jude's hosts the diabetes talk", False),
        ("A Form 2 student of Arima North Secondary has dengue", True),
        ("My little one in KG1 at Morning Star School has chickenpox", True),
        ("Mon fils est en 5H à l'école de Savièse et a un diabète", True),
        ("Form 2 students will sit their exams on Monday", False),
        ("Ma grande est la seule de l'école Sainte-Anne avec le diabète", True),
        # the only carer of a clinic; one classmate of a class
        ("The only PA at the Point Lay clinic is off with burnout", True),
        ("la seule infirmière du dispensaire de Lano est malade", True),
        ("one of their classmates who has leukaemia", True),
        ("ils ont envoyé des dessins à leur camarade hospitalisé", True),
        ("my classmates were kind after my surgery", False),
    ],
)
def test_role_reference(text: str, role: bool) -> None:
    assert roles.role_reference(text) is role


def test_a_title_before_a_staff_name_refers_to_no_one_else() -> None:
    text = "Contact: Mme Lina Roy, cadre de santé"
    names = staff.staff(text, [found(text, "Lina Roy")])
    assert names
    assert not people.refers_to_person(text, names, others=False)


def test_a_staff_member_speaking_is_the_i_of_the_post() -> None:
    text = "Hello, I'm Dr Lin Park and my clinic in Leeds treats lupus"
    names = staff.staff(text, [found(text, "Lin Park")])
    assert not people.refers_to_person(text, names, others=False)
    text = "Dr Lin Park saw me in Leeds about my lupus"
    names = staff.staff(text, [found(text, "Lin Park")])
    assert people.refers_to_person(text, names, others=False)


def test_pronouns_in_a_staff_only_post_are_about_the_staff() -> None:
    text = "Welcome Dr Ana Ruiz: she trained in Leeds and Porto and fits pacemakers"
    names = staff.staff(text, [found(text, "Ana Ruiz")])
    assert not people.refers_to_person(text, names, others=False)
    assert people.refers_to_person(text, names, others=True)
    assert people.refers_to_person(text + ". My dad had one fitted", names, others=False)


@pytest.mark.parametrize(
    ("text", "language", "refers"),
    [
        # a reader asked, a patient group: no one
        ("Vous avez été opéré récemment ? Venez donner votre sang à Metz", "fr", False),
        ("Patient groups and staff welcome at Ward 9", "en", False),
        # someone operated, a patient
        ("Opéré le 3 mai à Metz, il va bien", "fr", True),
        ("One patient was seen at Ward 9", "en", True),
        # a lady of the house, a neighbour; not the cathedral nor a school nearby
        ("la dame de la chambre 12 est revenue de l'hôpital", "fr", True),
        ("notre voisin est tombé dans l'escalier", "fr", True),
        ("Messe à Notre-Dame, avec la chorale de l'école voisine", "fr", False),
        # a thing's "il" ("il est pris en charge à 100 %", "il permet"), the verb "miss", a
        # public called by its name
        (
            "Le dépistage concerne les femmes de 50 à 74 ans et il est pris en charge à 100 %.",
            "fr",
            False,
        ),
        ("Le scanner aura lieu mardi. Il permet de repérer tôt les plaques.", "fr", False),
        ("Elle peut être faite par votre pharmacien.", "fr", False),
        ("Il est rentré hier soir.", "fr", True),
        ("At Kirkwood Mall (can't miss the red balloons) on Saturday", "en", False),
        ("Thanks to Miss Ellis for the flowers", "en", True),
        ("Parents, send the consent form with your child!", "en", False),
    ],
)
def test_readers_and_patient_groups_are_no_one(text: str, language: str, refers: bool) -> None:
    assert people.refers_to_person(text, frozenset(), others=False, language=language) is refers


def test_a_unique_role_counts_beside_health_only() -> None:
    text = "New to Kirkwall, started metformin. Does it settle? The practice nurse said it does."
    health = [found(text, "metformin", "MEDICATION")]
    assert not roles.role_reference(text, health=health)
    text = "The practice nurse in Kirkwall is off with shingles."
    assert roles.role_reference(text, health=[found(text, "shingles", "CONDITION")])


@pytest.mark.parametrize(
    ("text", "term", "named"),
    [
        (
            "Welcome back to our ward sister, six weeks off after her hysterectomy.",
            "hysterectomy",
            True,
        ),
        ("Our senior chaplain is home and recovering after a heart attack.", "heart attack", True),
        ("Notre aumônière est de retour après une pneumonie.", "pneumonie", True),
        # the role's work, not their health; a sibling
        (
            "Thanks to our chaplain for the service for families bereaved by cancer.",
            "cancer",
            False,
        ),
        ("Our matron led the session on sepsis.", "sepsis", False),
        ("Our sister came over after her hip op.", "hip op", False),
    ],
)
def test_a_care_role_names_someone_only_with_their_own_health(
    text: str, term: str, named: bool
) -> None:
    assert roles.care_role_reference(text, [found(text, term, "CONDITION")]) is named


@pytest.mark.parametrize(
    ("text", "term", "role"),
    [
        (
            "Our lead chaplain is home and recovering well after a heart attack.",
            "heart attack",
            "Our lead chaplain",
        ),
        ("Our oldest volunteer is back after her hip op.", "hip op", "Our oldest volunteer"),
        ("Notre doyenne se remet d'une pneumonie.", "pneumonie", "Notre doyenne"),
        # off sick with it, diagnosed with it in the next sentence about them, in hospital
        ("Our chief pharmacist is off sick with malaria.", "malaria", "Our chief pharmacist"),
        (
            "Please pray for our pastor. He has been diagnosed with diabetes.",
            "diabetes",
            "our pastor",
        ),
        ("Notre aumônier est hospitalisé pour une pneumonie.", "pneumonie", "Notre aumônier"),
        (
            "Our music director is in the hospital with pneumonia.",
            "pneumonia",
            "Our music director",
        ),
        ("Our pastor is back. He leads the diabetes support group.", "diabetes", None),
        ("Our pastor is back. The diabetes group meets today.", "diabetes", None),
        # taken to hospital with it; a pastor named in Samoan
        (
            "Pray for our faifeau. He was taken to TTM on Friday with pneumonia.",
            "pneumonia",
            "our faifeau",
        ),
        # someone else's place; the role's work; a role at any branch
        ("Their lead chaplain is recovering after a heart attack.", "heart attack", None),
        ("Our lead chaplain led the service for families bereaved by cancer.", "cancer", None),
        ("Our pharmacist at any branch can check your blood pressure.", "blood pressure", None),
    ],
)
def test_a_role_of_the_posters_place_names_someone_with_their_own_health(
    text: str, term: str, role: str | None
) -> None:
    assert roles.own_role_reference(text, [found(text, term, "CONDITION")]) == role


def test_a_noun_inside_a_health_term_is_no_person() -> None:
    text = "The baby loss group meets on Sunday at the Parish Centre."
    term = [found(text, "baby loss", "CONDITION")]
    assert people.refers_to_person(text, frozenset(), others=True)
    assert not people.refers_to_person(text, frozenset(), others=True, terms=term)
    text = "Her baby loss was in May; the group meets on Sunday."
    term = [found(text, "baby loss", "CONDITION")]
    assert people.refers_to_person(text, frozenset(), others=True, terms=term)


def test_a_title_ends_no_sentence() -> None:
    text = "Pray for the vicar at Mt. Hope Chapel in Elgin. Dr. Roy says it is back."
    assert sentence_ends(text) == (text.index("Elgin.") + 6,)
    text = "He moved to Oak St. She had a stroke."  # "St." may end an address
    assert sentence_ends(text) == (text.index("St.") + 3,)
    text = "The gateman at St. Teresa's school fell. It was a stroke."  # ... not a saint's
    assert sentence_ends(text) == (text.index("fell.") + 5,)


def test_an_initial_ends_no_sentence() -> None:
    text = "Update: J.M. from our coffee group is out of ICU. It was meningitis."
    assert linking.linked(text, found(text, "J.M."), [found(text, "meningitis", "CONDITION")])
    text = "Update from Jo. The coffee group meets on Friday. Bring cake. It was meningitis."
    assert not linking.linked(text, found(text, "Jo"), [found(text, "meningitis", "CONDITION")])


def test_a_signature_names_the_poster() -> None:
    text = "Got the results today. It's lymphoma. Thanks for the messages.\n– Deano"
    assert linking.linked(text, found(text, "Deano"), [found(text, "lymphoma", "CONDITION")])
    text = "Deano sorted the lifts.\n\nThe lymphoma talk is on Friday. Thanks all."
    assert not linking.linked(text, found(text, "Deano"), [found(text, "lymphoma", "CONDITION")])
    # kisses before the name, a forum signature of diagnosis and treatment under it
    text = "Any tips for the hot flushes on tamoxifen?\n\nxx Bren\nDx 2021 · DCIS · mastectomy"
    assert linking.linked(text, found(text, "Bren"), [found(text, "hot flushes", "SYMPTOM")])
    text = "Any tips for the hot flushes?\n\nxx Bren\nT1D since 1998 | pump | CGM"
    assert linking.linked(text, found(text, "Bren"), [found(text, "hot flushes", "SYMPTOM")])
    # a name on a line of its own with more of the post after it is no signature
    text = "Any tips for the hot flushes?\nBren\nsaid she would bring leaflets on Friday"
    assert not linking.linked(text, found(text, "Bren"), [found(text, "hot flushes", "SYMPTOM")])


def test_a_name_and_a_dash_is_spoken_to() -> None:
    text = "Hi Dean – we've passed your MRI query on to the booking team."
    assert people.is_addressed(text, found(text, "Dean"))


def test_a_name_thanked_for_something_is_spoken_to() -> None:
    text = "Merci Ginette pour la recette ! Et toi, courage pour ta mammo jeudi"
    assert people.is_addressed(text, found(text, "Ginette"))
    assert linking.linked(text, found(text, "Ginette"), [found(text, "mammo", "PROCEDURE")])
    text = "Thanks Jo for the lift. Good luck with your scan"
    assert people.is_addressed(text, found(text, "Jo"))
    text = "Merci à Ginette pour la recette"
    assert not people.is_addressed(text, found(text, "Ginette"))
    # a title or a kinship word of respect between
    text = "Thank you Auntie Grace for the tea tip, my BP is down"
    assert people.is_addressed(text, found(text, "Grace"))
    text = "Merci tata Fatou pour le thiakry"
    assert people.is_addressed(text, found(text, "Fatou"))
    # thanks in the languages posts mix in
    text = "Māuruuru Hinatea pour le lien ! Moi je commence la metformine"
    assert people.is_addressed(text, found(text, "Hinatea"))
    text = "Asante Wanjiru for the tip, my sugar is down"
    assert people.is_addressed(text, found(text, "Wanjiru"))


def test_the_posters_own_health_is_not_a_thanked_names() -> None:
    text = "I did my chemo there, shout out to Bilal and his terrible jokes"
    assert not linking.linked(text, found(text, "Bilal"), [found(text, "chemo", "PROCEDURE")])
    text = "Shout out to Bilal, three weeks after his chemo"
    assert linking.linked(text, found(text, "Bilal"), [found(text, "chemo", "PROCEDURE")])


def test_a_handle_is_linked_to_health_addressed_to_its_owner() -> None:
    text = "@moth_wing did the clinic ring back? mine never does. hope your UC settles x"
    handle = found(text, "@moth_wing", "SOCIAL_HANDLE")
    assert linking.linked(text, handle, [found(text, "UC", "CONDITION")])
    text = "Thanks to Ali Shaw for the cakes.\nBook your flu jab at reception."
    assert not linking.linked(text, found(text, "Ali Shaw"), [found(text, "flu jab", "PROCEDURE")])


def test_your_child_in_a_campaign_is_no_one_in_particular() -> None:
    text = "If your child missed a dose, come to the walk-in clinic"
    assert not people.refers_to_person(text, frozenset(), others=False)
    assert people.refers_to_person(text, frozenset(), others=False, addressed=True)
    assert people.refers_to_person("my child missed a dose", frozenset(), others=False)


def test_a_role_introducing_a_judged_name_is_not_a_unique_role() -> None:
    text = "Le maire de Cassis, Jo Lemoine, a parlé de son cancer"
    mayor = found(text, "Jo Lemoine")
    assert roles.role_reference(text)
    assert not roles.role_reference(text, [mayor])


def test_french_impersonal_il_is_nobody() -> None:
    for text in ("Il y a un groupe le jeudi", "Il sera utilisé dès janvier", "il faut un RDV"):
        assert not people.refers_to_person(text, frozenset(), others=False, language="fr")
    assert people.refers_to_person("Il a 12 ans", frozenset(), others=False, language="fr")
    # a disease caught in time: its course, no one's
    for text in ("La gale se soigne bien s'il est traité à temps", "qu'il soit dépisté tôt"):
        assert not people.refers_to_person(text, frozenset(), others=False, language="fr")
    text = "Il est pris en charge par l'équipe"  # a person taken into care
    assert people.refers_to_person(text, frozenset(), others=False, language="fr")


def test_french_possessives_say_nothing_of_a_person() -> None:
    text = "Merci au CeGIDD pour son appui"
    assert not people.refers_to_person(text, frozenset(), others=False, language="fr")


def test_a_person_word_after_per_or_each_is_anyone() -> None:
    text = "one named visitor per patient from Friday"
    assert not people.refers_to_person(text, frozenset(), others=False, language="en")
    text = "one named visitor for the patient from Friday"
    assert people.refers_to_person(text, frozenset(), others=False, language="en")


@pytest.mark.parametrize(
    ("text", "name", "addressed"),
    [
        ("Hi Rhona, sorry your appointment was moved", "Rhona", True),
        ("Thanks so much for the kind words, Bryn!", "Bryn", True),
        ("Bonjour Mme Roy, votre dossier est prêt", "Mme Roy", True),
        ("🎂 Joyeux anniversaire Maëlys ! Encore une cure", "Maëlys", True),  # after emoji
        ("🎉🎉 Happy birthday Dot! 90 today", "Dot", True),
        ("🎂 Le gâteau pour Maëlys est prêt", "Maëlys", False),
        ("Thanks to Bryn for the cakes", "Bryn", False),
        ("Bryn has been poorly", "Bryn", False),
    ],
)
def test_names_spoken_to(text: str, name: str, addressed: bool) -> None:
    assert people.is_addressed(text, found(text, name)) is addressed


def test_you_is_the_person_spoken_to() -> None:
    text = "Hi Rhona, thanks for coming in. Do see your GP if your asthma gets worse."
    assert linking.linked(text, found(text, "Rhona"), [found(text, "asthma", "CONDITION")])
    text = "🎂 Joyeux anniversaire Maëlys !\nEncore deux cures de chimio et on te laisse rentrer"
    chemo = found(text, "cures de chimio", "PROCEDURE")
    assert linking.linked(text, found(text, "Maëlys"), [chemo], "fr")
    text = "Thanks to Rhona for the cakes.\nDo see your GP if your asthma gets worse."
    assert not linking.linked(text, found(text, "Rhona"), [found(text, "asthma", "CONDITION")])


@pytest.mark.parametrize(
    ("text", "term", "linked"),
    [
        # the poster's own health, told to the person spoken to
        ("hey Tamsin, can you take down my photo from the insulin thread?", "insulin", False),
        ("Merci Coralie, j'ai bien reçu mon traitement pour la thyroïde", "thyroïde", False),
        # the health of the person spoken to
        ("Hi Tamsin, how did your MRI go?", "MRI", True),
        ("Congratulations Tamsin on finishing chemo!", "chemo", True),
        ("Coucou Coralie, tu as eu ta greffe ?", "greffe", True),
    ],
)
def test_the_posters_own_health_is_not_the_addressees(text: str, term: str, linked: bool) -> None:
    name = "Tamsin" if "Tamsin" in text else "Coralie"
    health = [found(text, term, "PROCEDURE")]
    assert linking.linked(text, found(text, name), health) is linked


def test_person_words_follow_the_post_language() -> None:
    # "Mon" is Monday in English, "my" in French
    text = "Walk-in clinic Mon-Fri"
    assert not people.refers_to_person(text, frozenset(), others=False, language="en")
    assert people.refers_to_person(text, frozenset(), others=False, language="fr")
    assert people.refers_to_person(text, frozenset(), others=False)


def test_a_title_given_to_a_judged_name_is_that_person_again() -> None:
    text = "Get well soon, Mayor Rhian Price! The Mayor of Brecon is recovering after surgery."
    mayor = found(text, "Rhian Price")
    surgery = found(text, "surgery", "PROCEDURE")
    assert not roles.role_reference(text, [mayor], [surgery])
    text = "Get well soon! The Mayor of Brecon is recovering after surgery."
    assert roles.role_reference(text, [], [found(text, "surgery", "PROCEDURE")])


@pytest.mark.parametrize(
    ("text", "refers"),
    [
        # a kind of person in the medical generic is no one
        ("Journée sur l'asthme chez l'enfant à Vannes", False),
        ("Le diabète chez la femme enceinte : conférence à Brest", False),
        ("L'enfant a de l'asthme depuis l'hiver", True),
        # a sick child as a parent calls them
        ("Notre petit guerrier a fini sa chimio", True),
        ("Notre petite étoile est née sans vie le 2 mai", True),
        ("Une petite victoire pour la recherche", False),
    ],
)
def test_generic_kinds_and_pet_names(text: str, refers: bool) -> None:
    assert people.refers_to_person(text, frozenset(), others=False, language="fr") is refers


def test_anyone_elses_health_is_not_a_handles() -> None:
    text = "Thanks @mo_k for the lift! Anyone after a hip op, ask at reception for a chair."
    handle = found(text, "@mo_k", "SOCIAL_HANDLE")
    assert not linking.linked(text, handle, [found(text, "hip op", "PROCEDURE")])
    text = "Thanks @mo_k for the lift! Hope your hip op went well."
    assert linking.linked(
        text, found(text, "@mo_k", "SOCIAL_HANDLE"), [found(text, "hip op", "PROCEDURE")]
    )


def test_general_advice_after_a_handle_is_not_its_owners_health() -> None:
    text = "@jo_k Great question! Our clinic sees children with asthma from any town."
    handle = found(text, "@jo_k", "SOCIAL_HANDLE")
    assert not linking.linked(text, handle, [found(text, "asthma", "CONDITION")])
    text = "@jo_k So sorry. Your asthma sounds awful."
    handle = found(text, "@jo_k", "SOCIAL_HANDLE")
    assert linking.linked(text, handle, [found(text, "asthma", "CONDITION")])


def test_a_title_given_after_a_name_is_that_person_again() -> None:
    text = (
        "Present: Ann Roe (Practice Manager), Dr Lee. The practice manager reported 300 flu jabs."
    )
    manager = found(text, "Ann Roe")
    jabs = found(text, "flu jabs", "MEDICATION")
    assert not roles.role_reference(text, [manager], [jabs])


def test_a_quotation_after_a_thanked_name_is_theirs() -> None:
    text = "Merci à Lou d'avoir témoigné : « Mes migraines m'ont coûté un an »"
    lou, migraines = found(text, "Lou"), found(text, "migraines", "CONDITION")
    assert linking.linked(text, lou, [migraines])
    text = "Merci à Lou pour le lien ! Mes migraines vont mieux"
    lou, migraines = found(text, "Lou"), found(text, "migraines", "CONDITION")
    assert not linking.linked(text, lou, [migraines])


@pytest.mark.parametrize(
    ("text", "term", "linked"),
    [
        # the quoted author's own health, in their quote
        (
            "lili_974 a écrit :\n> mon fils a encore des poux\n> on a tout essayé\nCourage !",
            "poux",
            True,
        ),
        # a reminder they quote is no one's; the poster's health after the quote is the poster's
        (
            "Citation de modo_aline : « le vaccin contre le zona dès 65 ans »\nMerci !",
            "zona",
            False,
        ),
        (
            "> Citation de mum_of_2 :\n> il paraît que le Ventolin manque ?\nMon asthme va mieux",
            "asthme",
            False,
        ),
    ],
)
def test_a_quoted_authors_health_is_in_their_quote(text: str, term: str, linked: bool) -> None:
    handle = next(w for w in ("lili_974", "modo_aline", "mum_of_2") if w in text)
    who = found(text, handle, "SOCIAL_HANDLE")
    assert linking.linked(text, who, [found(text, term, "CONDITION")]) is linked
