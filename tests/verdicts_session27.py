"""Session 27's verdict rows, one table per rule family: each rule has rows that failed on the
code before it (the others guard what must not change). tests/test_screener.py runs them with
every session's tables (VERDICT_TABLES).
"""

from __future__ import annotations

from screener import Verdict

Row = tuple[str, str, str, Verdict]

# Replies that answer in general: the answerer's disclaimer ("je suis pas médecin", "I'm not a
# doctor") is no one the health is about; the reader's own health still counts.
ANSWERS: list[Row] = [
    (
        "@lulu_moulins je suis pas pharmacienne hein, mais en général le Doliprane se prend "
        "toutes les six heures, pas plus de quatre fois par jour. Demande au pharmacien !",
        "support",
        "fr",
        Verdict.PASS,
    ),
    (
        "@deb_fargo I'm not a doctor but in general metformin upsets the stomach for the first "
        "couple of weeks, so most people take it with food.",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "@deb_fargo I'm not a doctor but your metformin dose sounds high with your kidneys, "
        "ask about it on Monday.",
        "support",
        "en",
        Verdict.HOLD,
    ),
]

# "il" / "elle" standing for a test or a vaccine ("il permet de", "il est pris en charge à
# 100 %", "il dure"): no one, so an event's place and date cross nothing.
THINGS: list[Row] = [
    (
        "Mammographie : le samedi 8 novembre, le camion du dépistage s'installe place de la "
        "Mairie à Riom. L'examen concerne les femmes de 50 à 74 ans ; il est pris en charge à "
        "100 % et il dure un quart d'heure.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Le scanner de suivi des anciens mineurs aura lieu le mardi 3 juin au CH de Vierzon. Il "
        "permet de repérer tôt les plaques pleurales.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Mon père a été opéré du cœur le 3 juin au CH de Vierzon, il est rentré hier.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
]

# Names that are brands, towns or words: a first name before a town of two words ("Bronson
# Battle Creek"), between "the" and a team ("the Bronson diabetes team"), before "Campus" or a
# department's abbreviation ("Sparrow GI"), after "in" ("a table in Palmer"); greetings and
# interjections of Palau, Kiribati, Malta, the Upper Midwest and Guyana; "du coin de".
NOT_PEOPLE: list[Row] = [
    (
        "Bronson Battle Creek now offers same-day MRI for knee injuries.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Questions about insulin pumps? The Bronson diabetes team is on tonight's Zoom.",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "New: walk-in flu and COVID testing at the Cooper Campus lab, Monday to Saturday.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Colon cancer screening saves lives.\n\nSparrow GI scheduling: (517) 555-0144, "
        "Monday–Friday 8–5.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Started with four moms around a kitchen table in Palmer. Every miscarriage, every "
        "NICU stay, we held each other.",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "Uff da, my psoriasis is flaring again with this cold snap. Anyone tried the light box?",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "Meh granny seh karila better fuh pressure but de doctor put me on amlodipine.",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "Mela, the biopsy came back clear, just a cyst! 🙌",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "Info pour ceux du coin de Verviers : la pharmacie de la place Verte vaccine contre la "
        "grippe sans rendez-vous.",
        "support",
        "fr",
        Verdict.PASS,
    ),
]

# Staff news: a credential after a name ("Kayla Bartley, RN, CDCES") in a welcome or a
# congratulation makes staff, whose work is not their health; elsewhere it does not.
STAFF: list[Row] = [
    (
        "Please welcome Dana Whitlock, RN, CDCES, who joins us as our new diabetes educator! "
        "Dana will run our Thursday classes on A1C and carb counting.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Please keep our colleague Jenna Cole, RN, in your thoughts: she had a stroke on "
        "Sunday and is in ICU.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
]

# Public figures by their work: a station's anchor, a musher, a national side's bowler.
FIGURES: list[Row] = [
    (
        "Thank you to evening anchor Carla Jensen for talking about her breast cancer on air "
        "last night. Book your mammogram today.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Big respect to Windies fast bowler Ravi Doobay fuh talking bout his depression on de "
        "radio.",
        "support",
        "en",
        Verdict.PASS,
    ),
]

# Readers: a short question put to them before a clinician's sentence; an intensified thanks
# ("Merci mille fois à Odile") beside the poster's own care.
READERS: list[Row] = [
    (
        "Living with COPD? Join respiratory nurse Gail Foster for a breathing workshop.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Merci mille fois à Odile qui m'a emmenée à Moulins pour ma coloscopie ce matin.",
        "support",
        "fr",
        Verdict.PASS,
    ),
    (
        "Ça va mieux ta sciatique ? Bisous à Josette 😘",
        "support",
        "fr",
        Verdict.HOLD,
    ),
]

# Events and figures: a stand at a walk, a group's quoted name, a service's yearly count of
# patients, a page's birthday.
EVENTS: list[Row] = [
    (
        "12/05/2025 à 19:02 - Brigitte: Dimanche il y aura un stand de dépistage du diabète au "
        "marché de Gannat\n12/05/2025 à 19:05 - Odette: Super, j'y vais avec ma voisine",
        "support",
        "fr",
        Verdict.PASS,
    ),
    (
        "Export WhatsApp — groupe « Lyme Allier entraide »\n\n05/06/2025 18:02 - Sandrine: "
        "Rando samedi au lac des Fades, départ 9h30 ?\n05/06/2025 18:09 - Nadine: Je viens avec "
        "ma fille 👍",
        "support",
        "fr",
        Verdict.PASS,
    ),
    (
        "En 2024, l'unité d'hémodialyse du CH de Moulins a réalisé 12 000 séances de dialyse "
        "pour 88 patients atteints d'insuffisance rénale chronique. 19 d'entre eux ont été "
        "greffés au CHU de Clermont-Ferrand.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Our page is 5 years old today! Thank you to every member living with MS, from Fargo "
        "to Minot.",
        "support",
        "en",
        Verdict.PASS,
    ),
]

# Someone described: an age-sex tag after a greeting, patients of a unit named by its floor
# and wing, the only carer of a clinic, a classmate of a named school, a colleague who
# "passed on" with an illness, a clinic card's number, a nephew spaCy reads as a title.
DESCRIBED: list[Row] = [
    (
        "Hey everyone, 61 F from Saginaw. Just diagnosed with lupus and honestly terrified.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Three patients on 5 North have confirmed MRSA this week; the bay is closed to admissions.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "The only PA at the Point Lay clinic has been out for weeks with burnout.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "The Year 5 kids at St Joseph's Primary made cards for one of their classmates who is "
        "having chemo for lymphoma.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "À l'école Jules-Ferry de Montluçon, les CE2 ont tourné une vidéo pour leur camarade "
        "hospitalisé pour une leucémie.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    (
        "We mourn our colleague Peter Banda, science teacher at Kansenshi Secondary, who "
        "passed on at Ndola Teaching Hospital on Friday 2 May 2025 after a short illness with "
        "pneumonia.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "They lost my granny file again. Her clinic card number is LHC/2021/00917 and she is "
        "diabetic.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "So proud of my nephew Tanner!!! 🎉 He finished 28 days of treatment for alcohol "
        "addiction in Anchorage and he's home now.",
        "support",
        "en",
        Verdict.HOLD,
    ),
]

# A review helper wrote 102 posts to break this session's rules and ran them with the code
# before and after: these were regressions of first versions (a team named after a patient,
# a greeting before the name spoken to, a name that is also a chat word after a relative, a
# question about the person named before it, a local musher, a club's batsman, cases "pour 3
# résidents"), fixed before landing.
REVIEW: list[Row] = [
    (
        "Walk with the Maddie support team on Saturday as she starts her second round of "
        "chemo for neuroblastoma 💛",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Alii Bilung, hope your dialysis went ok today! We miss you at choir practice.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "my cousin mela has epilepsy and had 3 seizures this week, any advice on rescue meds?",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Meet Tracy Hale. Diagnosed with breast cancer at 39? She didn't let it stop her "
        "running the Detroit marathon.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Local musher Jim Kowalski, who runs sled-dog rides for tourists out of Fairbanks, is"
        " recovering from a heart attack.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "EHPAD Les Tilleuls : les visites sont suspendues pour 3 résidents atteints de la "
        "grippe, isolés en chambre.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Skeldon Sports Club opening batsman Kevin Persaud has been diagnosed with leukaemia;"
        " the club is collecting for his treatment.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "my aunt lura is in hospital with a broken hip and the nursing home won't take her back",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Visiting is restricted at Rosewood Care Home for two residents with confirmed COVID-19.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
]

TABLES = {
    "answers": ANSWERS,
    "things": THINGS,
    "not-people": NOT_PEOPLE,
    "staff": STAFF,
    "figures": FIGURES,
    "readers": READERS,
    "events": EVENTS,
    "described": DESCRIBED,
    "review": REVIEW,
}
