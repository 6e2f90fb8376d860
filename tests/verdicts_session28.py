"""Session 28's verdict rows, one table per rule family: each rule has rows that failed on the
code before it (the others guard what must not change). tests/test_screener.py runs them with
every session's tables (VERDICT_TABLES).
"""

from __future__ import annotations

from screener import Verdict

Row = tuple[str, str, str, Verdict]

# Nicknames: Québec's and Acadiana's "Ti-" ("Ti-Guy", "ti-jean"), a known first name and a
# short form ("Jean-Mi"), a lower-case name a hashtag rallies behind ("#colbystrong"), a
# Caribbean family title before an unlisted name ("Tanty Gigi").
NICKNAMES: list[Row] = [
    (
        "Mon beau-frère Ti-Guy fait une pneumonie depuis qu'il est revenu du chantier, il "
        "tousse toute la nuit. Vous connaissez un bon médecin à Rouyn?",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Un gros merci à la famille à ti-jean pour les beignes! Il est retourné chez lui à "
        "Breaux Bridge après son infarctus, et il marche déjà jusqu'à la boîte aux lettres.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Vous vous souvenez de Jean-Mi de l'atelier mémoire ? Il a été opéré de la hanche à "
        "Bergerac la semaine passée.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    (
        "please pray for little colby tonight, they start his second round of chemo at 7am "
        "tomorrow 💙 #colbystrong",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Get well soon Tanty Gigi! The whole netball team heard the hip replacement went "
        "good and you'll be home for Jounen Kwéyòl.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    # (guard: a hashtag of a campaign names no one)
    (
        "please share: free flu jabs at the community hall this Saturday 💙 #fluawareness",
        "support",
        "en",
        Verdict.PASS,
    ),
]

# Places: a first name spaCy calls a place after a French "à" that leads to a place (a
# service, a home, a date: "l'oncologie à Amos", "le vendredi 6 juin à Lafayette"), after a
# venue's "d'" ("au théâtre d'Eunice"), in a list of counties or of a brand's clinics, right
# after another place's word ("Stormont Vail"), after a number ("a 3 Tesla scanner"), or in
# a list of languages ("Spanish, Somali and Karen").
PLACES: list[Row] = [
    (
        "Dernière radiothérapie aujourd'hui 🎉 Merci à toute l'équipe de l'oncologie à Amos, "
        "vous avez été là à chaque séance.",
        "support",
        "fr",
        Verdict.PASS,
    ),
    (
        "Soirée de sensibilisation au diabète le vendredi 6 juin à Lafayette, avec le "
        "chanteur cadien Rémi Broussard. Glycémie capillaire gratuite sur place.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Bal de la mémoire au théâtre d'Eunice le samedi 9 mai : les profits vont au groupe "
        "d'aidants Alzheimer de la paroisse.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "The health department reports 46 cases of pertussis across Logan, Wallace and "
        "Sherman counties. Our Oakley and Colby clinics have the Tdap vaccine in stock.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Our new 3 Tesla MRI scanner was switched on on Monday 2 March. Until now, patients "
        "from Souris and Montague had to travel to Halifax for cardiac MRI scans.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Free blood pressure and A1C checks on Saturday 11 April at the Liberal fairgrounds. "
        "Interpreters for Spanish, Vietnamese and Karen on site.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    # (guards: "à" that wishes well is to a person; a person's own illness still holds)
    (
        "Toute l'équipe souhaite un bon retour à Sandrine, notre secrétaire, qui reprend "
        "lundi après son cancer du sein.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Brian and Karen both had the flu last week, so the Tuesday walk is off.",
        "support",
        "en",
        Verdict.HOLD,
    ),
]

# Stories: a title after a verb of watching («Bayou Blues» regardé), a scene told by what
# happens in it ("the episode where", "la scène où") in a post about a show, a book's
# narrator.
STORIES: list[Row] = [
    (
        "Vous avez regardé « Les Hautes Terres » hier ? La scène où le Dr Arnaud annonce à "
        "Odile qu'elle a un cancer du pancréas nous a toutes fait pleurer.",
        "support",
        "fr",
        Verdict.PASS,
    ),
    (
        "Rewatching the old show with my mum and the episode where Walter has his stroke "
        "in the barn still gets me every time 😭",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "Book club: this month it's The Winter Ferry. The narrator, Elowen, hides her "
        "bulimia from the whole island. Meet Thursday 8 October at the library.",
        "support",
        "en",
        Verdict.PASS,
    ),
    # (guards: a real episode of someone's illness; the poster's own child in a scene)
    (
        "The episode where Maisie stopped breathing was the worst night of our lives. Her "
        "seizures are better on the new meds.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Did you watch the TV report? The scene where my son Leo has his seizure at school "
        "was filmed with our consent.",
        "support",
        "en",
        Verdict.HOLD,
    ),
]

# Staff: a French care role with its service before the name ("comme aide-soignante en
# pédiatrie, Josiane"), every name of a list after "led by", and a reader's condition in the
# advice a named clinician passes on ("Maggie says ... if you're living with diabetes").
STAFF: list[Row] = [
    (
        "Bonne retraite Ginette ! Après 35 ans comme infirmière en gériatrie, Ginette Roux "
        "quitte le service. Des milliers de patients soignés pour leurs escarres et leurs "
        "chutes, merci !",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "First aid at the regatta: volunteers led by Tamsin Pender and Joe Hicks will be in "
        "the tent by the quay. Prone to seasickness? Bring your tablets.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Our dietitian Carla Beaton says rice has a place on your plate if you're living "
        "with diabetes: keep portions small and add beans.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Bonne retraite Mireille ! Après 30 ans comme auxiliaire de puériculture, Mireille "
        "Faure quitte la maternité. Les bébés prématurés qu'elle a bercés l'appelaient « Tata "
        "Mimi ».",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    # (guards: a colleague's own illness; a pronoun of hers in the advice)
    (
        "Notre collègue infirmière en gériatrie, Ginette Roux, est hospitalisée pour un AVC "
        "depuis lundi.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Carla said if you get a cough after her chemo you should ring the ward.",
        "support",
        "en",
        Verdict.HOLD,
    ),
]

# Chats and replies: "anyone ...?" asking for company, then one's own news without "I" is
# the speaker's; a documentary "sur" a condition is a topic; a group named by its disease.
CHATS: list[Row] = [
    (
        "14/03/2025, 06:52 - Morwenna T: anyone on the early boat tmrw? going over for round "
        "2 of chemo at Treliske x\n14/03/2025, 07:10 - Jenna: I am bird x",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "14/03/2025, 06:52 - Morwenna T: anyone know if the flu jab is free for carers "
        "this year? thanks x",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "@manon.evreux merci pour le lien ! J'ai regardé le documentaire d'hier soir sur la "
        "schizophrénie, très bien fait.",
        "support",
        "fr",
        Verdict.PASS,
    ),
    (
        "Pas de réunion du groupe Alzheimer de Ribérac ce jeudi, Josette qui l'anime est en "
        "vacances à Biarritz. On se retrouve le jeudi 5 juin.",
        "support",
        "fr",
        Verdict.PASS,
    ),
    # (guard: a documentary of one's own relative)
    (
        "@manon.evreux le documentaire sur la schizophrénie de mon frère passe jeudi.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
]

# Direct identifiers and contacts: a record number handed over after it was named ("here it
# is: ..."), a complaints office's number, a hospital's domain in a Nordic language.
CONTACTS: list[Row] = [
    (
        "The clinic says quote the chart number when I ring about my biopsy results, so here "
        "it is if anyone knows who to chase: 00472913",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Message des modos : on a retiré un post qui nommait un résident et sa chambre. Pour "
        "une plainte, le commissaire aux plaintes du CISSS : 819 555-0117.",
        "support",
        "fr",
        Verdict.PASS,
    ),
    (
        "Questions about Parkinson's? Our specialist nurses run an open phone hour every "
        "Thursday 10–11 on +298 555 0133.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "We're hiring two nurses for the medical ward. Contact ward manager Sigrid Hansen at "
        "sigrid.hansen@klaksvikar-sjukrahus.fo. Deadline 1 May 2026.",
        "comms",
        "en",
        Verdict.PASS,
    ),
]

# Roles and figures: "our town's only pharmacist" is one person; a parliament's Speaker is a
# public figure, a guest speaker is not.
ROLES: list[Row] = [
    (
        "Our village's only pharmacist here in Colby just started chemo for lymphoma and he's "
        "still opening the shop three days a week. Meal train link below.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Did anyone see Speaker Ruben Kun on the news talking about his kidney transplant? "
        "Good on him for being open.",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "Our guest speaker Ruben Kun will talk about his kidney transplant at Friday's coffee "
        "morning.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
]

# Things that are no one: words of Saint Lucian Kwéyòl ("Sa ka fèt", "Bondyé bon"), a date
# then "St John Ambulance" on the next line (no street), a saint's town ("St. Louis") in a
# staff profile.
THINGS: list[Row] = [
    (
        "Sa ka fèt fanmi? Mwen la. Some days the anxiety sit heavy on me but today I get up "
        "and walk by the sea. Bondyé bon.",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "Island Games, Friday 3 July to Sunday 5 July\nSt John Ambulance will run the "
        "first-aid tent. If you get hay fever, bring your antihistamines.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "A boy in my daughter's class (CM2 at the CEG Bè-Kpota) has meningitis, he's in "
        "hospital at Sylvanus since yesterday. Should ours get antibiotics?",
        "support",
        "en",
        Verdict.HOLD,
    ),
]

# News and stories with no one in them: a bulletin's keycap-numbered items (a volunteer
# thanked in one, a clinic in another), a film's plot ("qui suit une jeune mère"), patients
# "from" an island or a district; a birthday's "you" is the one it is wished to.
NEWS: list[Row] = [
    (
        "📰 La Lettre du CH de Bernay – mars 2026\n\n1️⃣ Merci à Odette, bénévole à la "
        "cafétéria depuis douze ans : elle a servi plus de 20 000 cafés !\n\n2️⃣ Nouveau : "
        "consultation de la douleur le mardi, avec infiltrations sur place.\n\n3️⃣ Le parking "
        "visiteurs est gratuit pendant les travaux.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Ciné-santé : projection du film « La Marée basse » (fiction, 1h45), qui suit un "
        "vieux pêcheur atteint de la maladie d'Alzheimer. Cinéma de Vernon, jeudi 12 mars à "
        "20h, débat avec l'équipe mémoire.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Our new dialysis unit opened on Monday 4 May. Until now, patients from Sandoy and "
        "the northern islands had to fly to Tórshavn three times a week.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "HAPPY 80TH BIRTHDAY GRAMPS!!! 🎂\n\nA month ago we didn't think we'd get here after "
        "the stroke, but look at you, home from the QEH and bossing us all about 😂",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Patients from Arran can now have their chemo at Lamlash instead of the ferry to Glasgow.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Le saviez-vous ? Notre hôpital porte le nom d'un chirurgien de Louis XVIII, qui a "
        "décrit la maladie des doigts en crochet qui porte son nom.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    # (guard: a real person followed by a documentary is still named with their illness)
    (
        "The new documentary follows Dr Emma Lowry from Bryher through her own breast cancer "
        "treatment at Treliske.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
]

# Posts a review helper wrote to break this session's rules: the first versions let them
# pass (a staff member's own cancer, a neighbour's "like her", a talk's speaker, a report on a
# named person's cancer, a relative in a documentary, a member of a condition's group).
REVIEW: list[Row] = [
    (
        "Comme aide-soignante en pédiatrie, Josiane Meffre a elle-même traversé un cancer du "
        "sein l'an dernier ; elle prend sa retraite vendredi.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    (
        "My neighbour Maggie says if you're living with diabetes like her you should try the "
        "walking group.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Speaker for our carers' night is my sister Jen, talking about her bipolar diagnosis.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Reportage sur le cancer de Ginette Roy, notre boulangère, ce soir à 20 h sur TVA.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Just watched the documentary about dementia at Ferndale care home, that's my gran "
        "Edna in the opening scene.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Au groupe Parkinson de Vannes, on a appris que Michel est hospitalisé depuis le 4 "
        "octobre.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    ("Bev, qui anime le groupe, a fait un AVC mardi.", "support", "fr", Verdict.HOLD),
]

TABLES = {
    "nicknames": NICKNAMES,
    "places": PLACES,
    "stories": STORIES,
    "staff": STAFF,
    "chats": CHATS,
    "contacts": CONTACTS,
    "roles": ROLES,
    "things": THINGS,
    "news": NEWS,
    "review": REVIEW,
}
