"""Names that are not people (screener/not_people.py)."""

from __future__ import annotations

import pytest

from screener import not_people
from screener.types import Finding
from tests.test_people import found


@pytest.mark.parametrize(
    ("text", "name", "inside"),
    [
        ("Join the 5th Course Alix Morel this Sunday", "Alix Morel", True),
        ("The Dan Kerr Memorial Walk returns", "Dan Kerr", True),
        ("Funds from the Ruth Abbot Foundation", "Ruth Abbot", True),
        ("Atelier en salle Jean-Rostand à 14 h", "Jean-Rostand", True),
        ("Appelez Info-Santé au 811", "Info-Santé", True),
        ("SOS Amitié répond 24h/24", "Amitié", True),
        ("Allô Enfance en Danger, c'est le 119", "Enfance en Danger", True),
        ("Our new Ward Tawe opens on Monday", "Tawe", True),
        ("ce week-end de Toussaint, cabinet ouvert", "Toussaint", True),
        ("DS has been so down since his diagnosis", "DS", True),
        ("Le club soutient l'association Marie Curie", "Marie Curie", True),
        ("Diwali sweets and diabetes: our tips", "Diwali", True),
        ("Vous êtes seul·e face à la maladie ?", "seul·e", True),
        ("Talk in Aula Magna, 6pm", "Aula Magna", True),
        ("Think F.A.S.T. and call 999", "F.A.S.T.", True),
        ("de 14 à 17 h. Tél. 04 65 71 20 96", "h. Tél", True),
        ("Diolch yn fawr Elin!", "Diolch yn fawr Elin", True),
        ("Go raibh maith agat a chara", "raibh maith agat a chara", True),
        ("Journée santé au Lamentin samedi", "Lamentin", True),
        ("got lost walking in Glen Nevis with my asthma", "Glen Nevis", True),
        # initialisms and tests, greetings, professions as words
        ("je suis complètement HS depuis la cure", "HS", True),
        ("my tTG came back high again", "tTG", True),
        ("Salam, quelqu'un connaît un bon ORL ?", "Salam", True),
        ("Kinés et ergothérapeutes seront présents", "Kinés", True),
        # real names: particles, lower case in chat, a title after "au", a person called Glen
        ("Prof Anna van der Berg spoke", "Anna van der Berg", False),
        ("tom smith from group has shingles", "tom smith", False),
        ("merci au Dr Roussel pour sa patience", "Dr Roussel", False),
        ("Glen Affleck from our group has shingles", "Glen Affleck", False),
        ("Dan Kerr walked 10 miles after his bypass", "Dan Kerr", False),
        ("Ali has had a rough week with his Crohn's", "Ali", False),
        ("Salma starts chemo on Monday", "Salma", False),
        ("IBD advice line (Mon–Thurs)", "Thurs", True),
        ("Maman solo, la quarantaine, diagnostiquée bipolaire", "Maman solo", True),
        ("Pr Aminata Diallo, cardiologue au CHNU de Fann", "Fann", True),
        ("Rose Baker starts chemo on Monday", "Rose Baker", False),
        ("a run for the Rob Burrow Centre for MND", "Rob", True),
        ("we walked from Glasgow to Loch Lomond", "Loch Lomond", True),
        ("Hauora Day: free checks at the marae", "Hauora Day", True),
        ("Doris Day had a fall at home", "Doris Day", False),
        ("sa nouvelle IRM 3 Tesla", "Tesla", True),
        ("à la médiathèque Tomi Ungerer de Colmar", "Tomi Ungerer de Colmar", True),
        ("lit médicalisé, secteur Quimper, à venir chercher", "Quimper", True),
        ("les dons iront au Fonds Anne-Marie Roux pour la recherche", "Anne-Marie Roux", True),
        ("named Klein Karoo Pharmacist of the Year on Saturday", "Klein Karoo", True),  # award
        # a place of meeting named after its town; a quoted event title
        ("Les jeudis, Maison des seniors de Vierlande, 14h", "Vierlande", True),
        ("au centre culturel de Montrelle", "Montrelle", True),
        ("on a fêté ça à la maison de Pierre", "Pierre", False),
        ("la course « Marie per a salute » le 3 juin", "Marie", True),
        ("Asking for my tito, he has gout", "tito", True),
        # a French verb opening a line of instructions; a nickname that is also a word stays
        ("4️⃣ Consulter si la brûlure est étendue", "Consulter", True),
        ("Titi commence ses rayons lundi", "Titi", False),
        # a first name that is also a country, a surname that is also a venue, a first name
        # after a place's words
        ("Jordan had his first chemo session today", "Jordan", False),
        ("Thanks to Rachel Temple for sitting with Mum", "Rachel Temple", False),
        ("Tita Baby had a fall", "Tita Baby", False),
        # an event named after someone, a venue the NER took for a person, a country
        ("Marche des Petits Anges de Léna, dimanche", "Léna", True),
        ("the free checks at Kwai Chung Town Hall", "Kwai Chung Town Hall", True),
        ("ask at Kwun Tong Kowloon Centre", "Kwun Tong Kowloon Centre", True),
        ("my friend Linda Lowe Center", "Linda Lowe Center", False),
        # an open space named after its area, a sports club, a club the NER cut short
        ("Picnic at Kwai Fong Park on Sunday", "Kwai Fong Park", True),
        ("thanks to Grace Park for the cake", "Grace Park", False),
        ("Hawick Rovers juniors raised £300", "Hawick Rovers", True),
        ("Carson Minor Hockey parents: concussion talk", "Carson", True),
        ("Carson Smith had a concussion", "Carson Smith", False),
        # a landform or a beach named after its area, a bot
        ("Clean-up at Kawau Bay Beach on Sunday", "Kawau Bay Beach", True),
        ("walks on the Quantock Hills for the group", "Quantock Hills", True),
        ("Thanks to Ella Brook for the cakes", "Ella Brook", False),
        ("mole checks on Kawau Beach, Saturday", "Kawau Beach", True),
        # a building or a school with its kind between
        ("soirée au centre culturel Aimé-Césaire de Mâcon", "Aimé-Césaire", True),
        ("à l'école maternelle Louise-Michel", "Louise-Michel", True),
        ("la maison de Louise Michel", "Louise Michel", False),
        ("rentrés à la maison avec Léo hier soir", "Léo", False),
        # a race with its kind between
        ("la 2e Marche solidaire Odile-Ndiaye contre le diabète", "Odile-Ndiaye", True),
        ("la Marche avec Odile pour le diabète", "Odile", False),
        ("groupe Migraine Liban", "Liban", True),
        ("Foulées Amandine Kaboré contre le paludisme", "Foulées", True),
        # campaigns and health sites, models with a digit, things after an article
        ("Movember : rendez-vous samedi au stand", "Movember", True),
        ("Le lien vers la fiche Ameli est épinglé", "Ameli", True),
        ("rappel de lots de pompes Vexa T3 cette semaine", "Vexa T3", True),
        ("on pique dans la cuisse, même à travers le jean", "le jean", True),
        # a person's two initials, not a common abbreviation
        ("Update: J.M. from our coffee group is out of ICU", "J.M.", False),
        ("Results due 9 a.m. tomorrow", "a.m.", True),
        # Welsh and Irish landforms after a word of going somewhere
        ("you'll find him cycling round Llyn Padarn on Sundays", "Llyn Padarn", True),
        ("we walked up Slieve Binnian in the rain", "Slieve Binnian", True),
        # a town's people or shops after a one-word "name"; a saint is a place
        ("Build-up tip from a Darwin local: run the aircon dry", "Darwin", True),
        ("Any of our Dayton stores can check", "Dayton", True),
        ("Menopause café at the library, St Peter Port", "St Peter", True),
        ("Story 📍 Atelier ménopause jeudi", "Story", True),
        ("Thanks Darwin for the tip", "Darwin", False),
        # an interjection; the physician a disease is named after
        ("Brrr, 2 degrees this morning", "Brrr", True),
        ("ma fatigue venait d'un manque de vitamine D. Depuis ça va", "D.", True),
        ("she was told it was hepatitis C. She is fine now", "C.", True),
        ("Merci à D. pour son témoignage sur la vitamine", "D.", False),
        ("Today in class J. had a seizure at break", "J.", False),
        ("ténotomie du tendon d'Achille puis attelles de nuit", "Achille", True),
        ("elle s'est rompu le talon d'Achille au foot", "Achille", True),
        ("physio for his Achilles tendon rupture", "Achilles", True),
        ("– Mod team, T1D Teens Parents North East", "Teens", True),
        ("Topic: lymphoedema, with a physio from the breast care team", "physio", True),
        ("La cagnotte « Les Foulées d'Emma » a dépassé 12 000 €", "Emma", True),
        ("L'association Les Étoiles de Léo propose un groupe d'entraide", "Léo", True),
        ("Le Fonds Les Ailes de Nina finance des casques", "Nina", True),
        ("l'association aide la famille de Léo depuis son cancer", "Léo", False),
        ("goûter à la maison de quartier Wilson", "Wilson", True),
        ("It's Organ Donation Week!", "It's", True),
        ("Le nom vient de James Parkinson, médecin londonien", "James", True),
        ("James has Parkinson's, diagnosed last year", "James", False),
        ("la course de Marie le 3 juin", "Marie", False),
        ("Congratulations to Riaan, our pharmacist of the year", "Riaan", False),
        ("Afrobeats singer Tolu Ade opened up about sickle cell", "Afrobeats", True),
        ("Nollywood actress Funmi Cole spoke about her lupus", "Nollywood", True),
        ("Tolu, singer and nurse, spoke about her lupus", "Tolu", False),
        # a phrase of another language: a word that is no name beside unknown capitals; a
        # Malay patronymic is a name
        ("Sa barangay center. Walang bayad, bring ID", "Walang bayad", True),
        ("Doa for Siti binti Osman, admitted yesterday", "Siti binti Osman", False),
        ("Pray for Ahmad bin Ismail, on dialysis", "Ahmad bin Ismail", False),
        ("Da iawn Marcia, well done", "Da iawn Marcia", True),
        # a lower-case word after an article or a quantifier is a noun, not a nickname
        ("Chaque dirham compte pour sa chimio", "dirham", True),
        ("grilled, with a side and a kacang", "kacang", True),
        ("thinking of wale today, surgery at 10", "wale", False),  # "of" before a name
        ("un jus de bissap sans sucre pour les diabétiques", "bissap", True),
        ("Our member Aminetou ould Tekane is in hospital", "Aminetou ould Tekane", False),
        ("Ente ammachi Mariamma had a stroke this morning", "Ente ammachi Mariamma", False),
        ("my hubby dapo finally has a date for surgery", "dapo", False),
        ("sending love to tolu and the family", "tolu", False),
        ("a chat with a maria about her chemo", "maria", False),
        # a feast's blessing, even when the word is a first name
        ("Bon appétit et Ramadan karim à tous les diabétiques !", "karim", True),
        ("Eid Mubarak to everyone fasting with diabetes", "Mubarak", True),
        ("Pendant le Ramadan, Karim a fait une hypo", "Karim", False),
        ("Ramadan Karim to all our patients fasting with diabetes", "Ramadan Karim", True),
        # a work's title in quotes after its kind
        ("la chanteuse raconte son cancer dans son album « Marée haute »", "Marée", True),
        ('her memoir, the book "Grace Notes", tells of her lupus', "Grace", True),
        ("« Marée » m'a écrit après sa chimio", "Marée", False),
        # a storm's name; a day shortened only in a schedule
        ("Since Hurricane Delphine the clinic runs on a generator", "Delphine", True),
        ("Pendant la tempête Ciarán, ma pompe a lâché", "Ciarán", True),
        ("Diabetes clinic open Mon–Thu, 9am to noon", "Thu", True),
        ("Courage à Thu qui commence sa chimio demain", "Thu", False),
        # a place named after someone
        ("the walk goes from Kwame Nkrumah Circle to the sea", "Kwame Nkrumah", True),
        ("free kits at our clinics in Pike, Floyd and Martin counties", "Floyd", True),
        ("Floyd and Martin are our new counsellors", "Floyd", False),
        # God thanked by name (a person for the NER, no one a post discloses)
        ("All clear, thank you Jesus 🙏", "Jesus", True),
        # a town: before its state's abbreviation, or the abbreviation itself after a comma
        ("Treatment Program, Williamson, WV. Join our team", "Williamson", True),
        ("Mobile mammography is coming to Burnie, Tas on Monday", "Tas", True),
        ("Sarah Mills, MD, told my mum her stroke was mild", "Sarah Mills", False),
        ("Thanks Tas for the lift to chemo", "Tas", False),
        # ... a landform closing its name, or a town's word before it
        ("Our hearts are with all of Rankin Inlet tonight", "Rankin Inlet", True),
        ("anyone watching Copper Hollow on Netflix?", "Copper Hollow", True),
        ("noon till dark, downtown Huntington", "Huntington", True),
        ("la commune de Luzy recrute", "Luzy", True),
        ("Huntington had his surgery today", "Huntington", False),
        ("Michael Bay talked about his back", "Michael Bay", False),
        # a city's quarters, listed
        ("most cases from Kanyama, Matero and George compounds", "George", True),
        # a title makes everyday words a name
        ("le maire, M. Réal Fortin, a parlé de son cancer", "Réal Fortin", False),
        ("Petite question sur la chimio", "Petite question", True),
        # a saint or a god invoked in a prayer, whose verb does not agree
        ("she starts chemo next week. Medhanie Alem protect her.", "Medhanie Alem", True),
        ("My nurse Tom helps her with the insulin", "Tom", False),
        ("Can Daniel be with her in recovery?", "Daniel", False),  # a question's auxiliary
        ("Get well soon Helen keep us posted", "Helen", False),
        # one name between "the" and a team or a service is its brand
        ("Amy from the Bronson diabetes team will join us", "Bronson", True),
        ("Book at the Munson sleep lab in Traverse City", "Munson", True),
        ("I told the Bronson twins about it", "Bronson", False),
    ],
)
def test_names_inside_names(text: str, name: str, inside: bool) -> None:
    assert not_people.in_a_name(text, found(text, name)) is inside


@pytest.mark.parametrize(
    ("text", "name", "listed"),
    [
        ("she started me on metformin and Yasmin for it", "Yasmin", True),
        ("Laxido or senna, which is gentler?", "Laxido", True),
        ("I take metformin and Yasmin takes insulin", "Yasmin", False),
        ("Yasmin, you were right about the metformin", "Yasmin", False),
    ],
)
def test_names_listed_with_drugs(text: str, name: str, listed: bool) -> None:
    drugs = [found(text, d, "MEDICATION") for d in ("metformin", "senna") if d in text]
    assert not_people.in_drug_list(text, found(text, name), drugs) is listed


@pytest.mark.parametrize(
    ("text", "name", "places", "listed"),
    [
        ("clinics in Ang Mo Kio, Toa Payoh and Bedok", "Toa Payoh", ["Ang Mo Kio", "Bedok"], True),
        # a route or a list of towns after a word of place, a first name or not
        ("we walk from Ely to Cambridge on Sunday", "Ely", ["Cambridge"], True),
        ("clinics across Ely and Wisbech", "Ely", ["Wisbech"], True),
        ("thanks to Ely and Cambridge friends", "Ely", ["Cambridge"], False),
        ("at Ysbyty Alltwen, Tremadog, on Monday", "Tremadog", ["Ysbyty Alltwen"], True),
        # a list of three, closed by "or"
        ("open to anyone in Wick, Elgin or Nairn", "Elgin", ["Wick", "Nairn"], True),
        ("ask in Wick or Elgin", "Elgin", ["Wick"], False),
        (
            "Mum moved from Leeds, Rhiannon or York will drive her",
            "Rhiannon",
            ["Leeds", "York"],
            False,
        ),
        ("vans in Tulear and Ambovombe", "Ambovombe", ["Tulear"], True),
        # a signature's town, a known first name after a place
        ("– Suresh Naidu, Pune", "Suresh Naidu", ["Pune"], False),
        ("back in Leeds, Emily had her scan", "Emily", ["Leeds"], False),
    ],
)
def test_names_listed_among_places(text: str, name: str, places: list[str], listed: bool) -> None:
    found_places = [found(text, place, "LOCATION") for place in places]
    assert not_people.in_place_list(text, found(text, name), found_places) is listed


def test_a_list_of_places_goes_on_past_unknown_words() -> None:
    """Each "person" found in a list of places counts as a place for the next one."""
    text = "Cases were reported in Garapan, Chalan Kanoa and Koblerville."
    persons = [found(text, "Chalan Kanoa"), found(text, "Koblerville")]
    places = [found(text, "Garapan", "LOCATION")]
    assert not_people.listed_among_places(text, persons, places) == frozenset(persons)
    assert not_people.listed_among_places(text, persons, []) == frozenset()


def test_organisation_handles() -> None:
    text = "Questions? DM @SchoolNursesFife or @kate_r"
    assert not_people.is_org_handle(found(text, "@SchoolNursesFife", "SOCIAL_HANDLE"))
    assert not not_people.is_org_handle(found(text, "@kate_r", "SOCIAL_HANDLE"))
    for handle in ("@ketchup_queer", "@nurse_jo", "@charsiu_fan"):  # "chu", "nurse", "ars" inside
        assert not not_people.is_org_handle(found(handle, handle, "SOCIAL_HANDLE"))
    for handle in ("@CHULyon", "@ward7_team", "@sante.publique", "@SunSmartNSW", "@CISSS_Laval"):
        assert not_people.is_org_handle(found(handle, handle, "SOCIAL_HANDLE"))
    # an organisation's word run into a lower-case handle's end
    for handle in ("@heartlandhealth", "@stmaryshospital", "@riversidepharmacy"):
        assert not_people.is_org_handle(found(handle, handle, "SOCIAL_HANDLE"))
    for handle in ("@myhealth", "@stealth_jo"):  # too short before it; no org word
        assert not not_people.is_org_handle(found(handle, handle, "SOCIAL_HANDLE"))


def test_a_whole_server_mention_is_no_one() -> None:
    text = "@everyone the new room is open"
    assert not_people.is_org_handle(found(text, "@everyone", "SOCIAL_HANDLE"))
    text = "@evie_r the new room is open"
    assert not not_people.is_org_handle(found(text, "@evie_r", "SOCIAL_HANDLE"))


@pytest.mark.parametrize(
    ("text", "name", "place", "as_place"),
    [
        # the same words given as a place elsewhere in the post: one sense per post
        (
            "bravo à nos champions de New Carlisle ! Uniprix de New Carlisle",
            "New Carlisle",
            "New Carlisle",
            True,
        ),
        ("Florence called. We met in Paris", "Florence", "Paris", False),
        # ... or as the town a place is named after ("l'école ... d'Alma", then "Alma")
        (
            "CLSC d'Alma : vaccination mardi à l'école des Bâtisseurs d'Alma",
            "Alma",
            "école des Bâtisseurs d'Alma",
            True,
        ),
        (
            "Mary had twins at St Mary's Hospital of Leeds",
            "Mary",
            "St Mary's Hospital of Leeds",
            False,
        ),
    ],
)
def test_a_name_the_post_gives_as_a_place(text: str, name: str, place: str, as_place: bool) -> None:
    person = found(text, name)
    where = text.rindex(place)
    places = [Finding(where, where + len(place), "LOCATION", "identifier", 0.9, place)]
    assert not_people.named_as_place(person, places) is as_place
