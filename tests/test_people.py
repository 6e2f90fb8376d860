"""Who a post is about (screener/people.py): staff, public figures, names in names, groups."""

from __future__ import annotations

import pytest

from screener import people
from screener.entities import info
from screener.types import Finding


def found(text: str, surface: str, entity_type: str = "PERSON") -> Finding:
    """A finding for the first `surface` in `text`."""
    start = text.index(surface)
    return Finding(
        start, start + len(surface), entity_type, info(entity_type).category, 0.9, surface
    )


@pytest.mark.parametrize(
    ("text", "name", "is_staff"),
    [
        ("Our lead pharmacist Dev Anand explains the new inhalers", "Dev Anand", True),
        ("Questions for physiotherapist Ola Berg?", "Ola Berg", True),
        ("Ask Ines Kovac, Lead Midwife, on Tuesday", "Ines Kovac", True),
        ("Hello! I'm Femi, and I've been a theatre nurse here since 2015", "Femi", True),
        ("Écrivez à Mme Garnier, cadre de santé du service", "Mme Garnier", True),
        ("Sister Agnes Flynn retires this week", "Agnes Flynn", True),
        ("Say hello to Sgt (retd) Ola Dee at our stand", "Ola Dee", True),
        ("Ward manager Ifan Rees and the team", "Ifan Rees", True),
        ("Say hi to Bea Lowe, our new falls prevention practitioner", "Bea Lowe", True),
        ("Questions? Ask Ravi, our pharmacy technician", "Ravi", True),
        ("Deb from the heart failure nurse team will talk on Monday", "Deb", True),
        ("Atelier animé par Lou, neuropsychologue, sur la mémoire", "Lou", True),
        ("saw my consultant, Ms Odu, who was lovely", "Ms Odu", True),
        ("had my pre-op assessment with Mr Hale on Friday", "Hale", True),
        ("Nia est notre diététicienne", "Nia", True),
        # "a nurse" is a job, not the team's role
        ("my cousin Nia is a nurse and has lupus", "Nia", False),
        ("Deb from Leeds has lupus", "Deb", False),
        # kin, not a nursing title
        ("my sister Agnes has shingles", "Agnes", False),
        ("my neighbour Tom Reed, 81, fell again", "Tom Reed", False),
        ("Jo, who came to group last week, is in hospital", "Jo", False),
    ],
)
def test_staff_names(text: str, name: str, is_staff: bool) -> None:
    assert people.is_staff_name(text, found(text, name)) is is_staff


@pytest.mark.parametrize(
    ("text", "name", "public"),
    [
        ("singer Rosa Alba spoke about her lupus", "Rosa Alba", True),
        ("l'actrice Maud Verne évoque sa sclérose en plaques", "Maud Verne", True),
        ("Health Secretary Ian Moor opened the ward", "Ian Moor", True),
        ("loved hearing Kit Maro the olympic cyclist on her asthma", "Kit Maro", True),
        ("Rosa Alba, la chanteuse, parle de son lupus", "Rosa Alba", True),
        ("since Kai Moss (the GB swimmer) spoke about his epilepsy", "Kai Moss", True),
        ("Rosa Alba spoke about her lupus", "Rosa Alba", False),
        ("Rosa Alba the new volunteer has lupus", "Rosa Alba", False),
        ("the mayor of Dunoon, Ewan Tait, on his bowel cancer", "Ewan Tait", True),
        ("le maire de Vitré, Yves Caro, évoque son AVC", "Yves Caro", True),
        ("did you hear Mo Ansah off the breakfast news talk about IBS", "Mo Ansah", True),
        ("heard Tess Ford on the radio about her psoriasis", "Tess Ford", True),
        # the group's own host, not a public figure
        ("notre animatrice Léa Brun a fait un malaise", "Léa Brun", False),
        ("Mo Ansah on the ward has sepsis", "Mo Ansah", False),
    ],
)
def test_public_figures(text: str, name: str, public: bool) -> None:
    assert people.is_public_figure(text, found(text, name)) is public


@pytest.mark.parametrize(
    ("text", "term", "own"),
    [
        ("Nurse Kay talks about her own long covid", "long covid", True),
        ("Dr Lee shares his story: the insomnia, the fatigue", "insomnia", True),
        ("notre infirmière revient après avoir soigné son cancer", "cancer", True),
        ("while she has chemo, Ana will work part-time", "chemo", True),
        ("emportée par une leucémie foudroyante", "leucémie", True),
        (
            "Sister Ada Nye died on 3 May after a short illness with motor neurone disease",
            "motor neurone disease",
            True,
        ),
        ("Meet Jo, our receptionist: Jo is back after finishing chemo for lymphoma", "chemo", True),
        ("Notre secrétaire, opérée hier d'une appendicite, va bien", "appendicite", True),
        ("Dr Roy is recovering well after a knee replacement", "knee replacement", True),
        ("Jo has been off sick with shingles", "shingles", True),
        ("retour de Sami après six mois d'arrêt pour dépression", "dépression", True),
        ("our GP Dr Lee, recovering nicely from her hysterectomy", "her hysterectomy", True),
        # the patients' health, not the speaker's
        ("Dr Lee reassures people before their colonoscopy", "colonoscopy", False),
        ("Nurse Kay runs the long covid clinic", "long covid", False),
    ],
)
def test_own_health(text: str, term: str, own: bool) -> None:
    assert people.own_health(text, [found(text, term, "CONDITION")]) is own


@pytest.mark.parametrize(
    ("text", "name", "inside"),
    [
        ("Join the 5th Course Alix Morel this Sunday", "Alix Morel", True),
        ("The Dan Kerr Memorial Walk returns", "Dan Kerr", True),
        ("Funds from the Ruth Abbot Foundation", "Ruth Abbot", True),
        ("Atelier en salle Jean-Rostand à 14 h", "Jean-Rostand", True),
        ("Appelez Info-Santé au 811", "Info-Santé", True),
        ("Our new Ward Tawe opens on Monday", "Tawe", True),
        ("ce week-end de Toussaint, cabinet ouvert", "Toussaint", True),
        ("DS has been so down since his diagnosis", "DS", True),
        ("Le club soutient l'association Marie Curie", "Marie Curie", True),
        ("Diwali sweets and diabetes: our tips", "Diwali", True),
        ("Vous êtes seul·e face à la maladie ?", "seul·e", True),
        ("Talk in Aula Magna, 6pm", "Aula Magna", True),
        ("Diolch yn fawr Elin!", "Diolch yn fawr Elin", True),
        ("Go raibh maith agat a chara", "raibh maith agat a chara", True),
        ("Journée santé au Lamentin samedi", "Lamentin", True),
        ("got lost walking in Glen Nevis with my asthma", "Glen Nevis", True),
        # real names: particles, lower case in chat, a title after "au", a person called Glen
        ("Prof Anna van der Berg spoke", "Anna van der Berg", False),
        ("tom smith from group has shingles", "tom smith", False),
        ("merci au Dr Roussel pour sa patience", "Dr Roussel", False),
        ("Glen Affleck from our group has shingles", "Glen Affleck", False),
        ("Dan Kerr walked 10 miles after his bypass", "Dan Kerr", False),
    ],
)
def test_names_inside_names(text: str, name: str, inside: bool) -> None:
    assert people.in_a_name(text, found(text, name)) is inside


@pytest.mark.parametrize(
    ("text", "role"),
    [
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
        ("our resident nurse on Canna is unwell", True),
        ("the only way to book is online", False),
        ("the only clinic in town for ear wax removal", False),
    ],
)
def test_role_reference(text: str, role: bool) -> None:
    assert people.role_reference(text) is role


def test_a_title_before_a_staff_name_refers_to_no_one_else() -> None:
    text = "Contact: Mme Lina Roy, cadre de santé"
    staff = people.staff(text, [found(text, "Lina Roy")])
    assert staff
    assert not people.refers_to_person(text, staff, others=False)


def test_a_staff_member_speaking_is_the_i_of_the_post() -> None:
    text = "Hello, I'm Dr Lin Park and my clinic in Leeds treats lupus"
    staff = people.staff(text, [found(text, "Lin Park")])
    assert not people.refers_to_person(text, staff, others=False)
    text = "Dr Lin Park saw me in Leeds about my lupus"
    staff = people.staff(text, [found(text, "Lin Park")])
    assert people.refers_to_person(text, staff, others=False)


def test_pronouns_in_a_staff_only_post_are_about_the_staff() -> None:
    text = "Welcome Dr Ana Ruiz: she trained in Leeds and Porto and fits pacemakers"
    staff = people.staff(text, [found(text, "Ana Ruiz")])
    assert not people.refers_to_person(text, staff, others=False)
    assert people.refers_to_person(text, staff, others=True)
    assert people.refers_to_person(text + ". My dad had one fitted", staff, others=False)


def test_organisation_handles() -> None:
    text = "Questions? DM @SchoolNursesFife or @kate_r"
    assert people.is_org_handle(found(text, "@SchoolNursesFife", "SOCIAL_HANDLE"))
    assert not people.is_org_handle(found(text, "@kate_r", "SOCIAL_HANDLE"))


def test_groups_count_only_beside_a_place() -> None:
    text = "Clinic moves to Bay Road on 3 May. It will serve 400 patients a week."
    assert not people.group_near(text, [found(text, "Bay Road", "LOCATION")])
    text = "Ward 4 opens at Bay Road on 3 May for frail older patients."
    assert not people.group_near(text, [found(text, "Bay Road", "LOCATION")])
    text = "Patients seen at Bay Road on 3 May should call us."
    assert people.group_near(text, [found(text, "Bay Road", "LOCATION")])


def test_a_handle_is_linked_to_health_addressed_to_its_owner() -> None:
    text = "@moth_wing did the clinic ring back? mine never does. hope your UC settles x"
    handle = found(text, "@moth_wing", "SOCIAL_HANDLE")
    assert people.linked(text, handle, [found(text, "UC", "CONDITION")])
    text = "Thanks to Ali Shaw for the cakes.\nBook your flu jab at reception."
    assert not people.linked(text, found(text, "Ali Shaw"), [found(text, "flu jab", "PROCEDURE")])


def test_your_child_in_a_campaign_is_no_one_in_particular() -> None:
    text = "If your child missed a dose, come to the walk-in clinic"
    assert not people.refers_to_person(text, frozenset(), others=False)
    assert people.refers_to_person(text, frozenset(), others=False, addressed=True)
    assert people.refers_to_person("my child missed a dose", frozenset(), others=False)


@pytest.mark.parametrize(
    ("text", "names", "staff_names"),
    [
        (
            "Kemi, Ola and Jack are the physios who run our knee class",
            ["Kemi", "Ola", "Jack"],
            ["Kemi", "Ola", "Jack"],
        ),
        (
            "Our physiotherapists Kemi and Ola Bell run the class",
            ["Kemi", "Ola Bell"],
            ["Kemi", "Ola Bell"],
        ),
        ("Nos infirmières Léa et Inès sont là le mardi", ["Léa", "Inès"], ["Léa", "Inès"]),
        # a list with no shared role: nobody is staff
        ("Kemi, Ola and Jack came to the class", ["Kemi", "Ola", "Jack"], []),
        # a role after a single name is that name's only
        ("Kemi and Jack, our physio, ran the class", ["Kemi", "Jack"], ["Jack"]),
    ],
)
def test_a_list_of_names_shares_a_plural_role(
    text: str, names: list[str], staff_names: list[str]
) -> None:
    findings = [found(text, name) for name in names]
    assert sorted(f.text for f in people.staff(text, findings)) == sorted(staff_names)


def test_a_name_split_by_the_ner_keeps_its_title() -> None:
    text = "le Pr Jean Carré parlera de la greffe"
    names = [found(text, "Pr Jean"), found(text, "Carré")]
    assert people.staff(text, names) == frozenset(names)
    text = "ex-Wales flanker Owain 'Oz' Price on his diabetes"
    names = [found(text, "Owain"), found(text, "Price")]
    assert people.public_figures(text, names) == frozenset(names)


def test_a_role_introducing_a_judged_name_is_not_a_unique_role() -> None:
    text = "Le maire de Cassis, Jo Lemoine, a parlé de son cancer"
    mayor = found(text, "Jo Lemoine")
    assert people.role_reference(text)
    assert not people.role_reference(text, [mayor])


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
        ("Thanks to Bryn for the cakes", "Bryn", False),
        ("Bryn has been poorly", "Bryn", False),
    ],
)
def test_names_spoken_to(text: str, name: str, addressed: bool) -> None:
    assert people.is_addressed(text, found(text, name)) is addressed


def test_you_is_the_person_spoken_to() -> None:
    text = "Hi Rhona, thanks for coming in. Do see your GP if your asthma gets worse."
    assert people.linked(text, found(text, "Rhona"), [found(text, "asthma", "CONDITION")])
    text = "Thanks to Rhona for the cakes.\nDo see your GP if your asthma gets worse."
    assert not people.linked(text, found(text, "Rhona"), [found(text, "asthma", "CONDITION")])


def test_person_words_follow_the_post_language() -> None:
    # "Mon" is Monday in English, "my" in French
    text = "Walk-in clinic Mon-Fri"
    assert not people.refers_to_person(text, frozenset(), others=False, language="en")
    assert people.refers_to_person(text, frozenset(), others=False, language="fr")
    assert people.refers_to_person(text, frozenset(), others=False)
