"""Session 25's verdict rows, one table per rule family: each row the rule is about failed on
the code before it. tests/test_screener.py runs them with every session's tables
(VERDICT_TABLES).
"""

from __future__ import annotations

from screener import Verdict

Row = tuple[str, str, str, Verdict]

# Public figures by more roles: a genre's or a sport's legend, a world champion of a discipline,
# a national champion of one, a medallist, a presenter or a mayor named after the name, a
# minister styled "the Hon.", an official by the office they lead. A shop's "legend" is no one
# public.
PUBLIC_FIGURES: list[Row] = [
    (
        "Huge thanks to reggae legend Desmond Pryce, who told the crowd at Saturday's gala "
        "about his own prostate cancer and begged the men there to get a PSA test.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Thank you to three-time world champion bareback bronc rider Cody Lindqvist, who told "
        "the crowd about his own fight with bowel cancer.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "L'ancien champion de France de biathlon Rémi Jacquot raconte dans L'Est Républicain "
        "sa sclérose en plaques et ses séances de kiné.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Avez-vous vu Claude Berthet, l'ancien présentateur du journal régional, qui a parlé "
        "de son cancer du côlon dimanche soir à Besançon ?",
        "support",
        "fr",
        Verdict.PASS,
    ),
    (
        "M. Issa Mahamat, maire d'Abéché, a inauguré hier le nouveau service de dialyse de "
        "l'hôpital. L'insuffisance rénale touche de plus en plus de jeunes.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "The Minister of Health, the Hon. Kim Tucker, announced that insulin pumps for "
        "children with type 1 diabetes will be covered from 1st June.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        'NEW MRI SCANNER ARRIVES. Director of Health Grace Yon said: "People with cancer '
        "won't have to fly to Cape Town for a scan any more.\"",
        "comms",
        "en",
        Verdict.PASS,
    ),
    # ... a shop's or a ward's legend is one of the team, with their own health
    (
        "Welcome back to our Saturday legend Gwilym, back behind the counter after his hip "
        "replacement!",
        "comms",
        "en",
        Verdict.HOLD,
    ),
]

# Places that spaCy takes for people: a Spanish park or street named after someone, a road's
# kind after one word, someone from a town named as the town, a storm named after "since", a
# French imperative with its pronoun.
PLACES_AND_WORDS: list[Row] = [
    (
        "Blood pressure checks and glucose tests at Parque Julio Enrique Monagas on Sunday, "
        "8 to noon. Bring water!",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "The walk-in clinic on Douglas Hwy in Riverton does strep tests, stitches and UTIs.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Un patient de Laval nous a écrit après son pontage : merci à toute l'équipe !",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Is it normal that years later I still get panic attacks every time the wind howls? "
        "Since Maria I can't sleep during storms.",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "Le diabète de type 2 ne fait pas mal, et un jour c'est l'amputation. Faites-vous "
        "dépister. Pensez-y.",
        "support",
        "fr",
        Verdict.PASS,
    ),
]

# Advice for what may happen ("En cas de ..., c'est le 15"): the SAMU, not a day.
EMERGENCY_NUMBER: list[Row] = [
    (
        "Gastro-entérite : 240 passages aux urgences de Pontarlier la semaine dernière. "
        "Lavez-vous les mains. En cas de déshydratation d'un nourrisson, c'est le 15.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
]

# A question answered for everyone.
NO_ONE: list[Row] = [
    (
        "Pour répondre à @bibiche70 qui posait la question pour tout le monde : le vaccin "
        "contre le zona est remboursé après 65 ans.",
        "support",
        "fr",
        Verdict.PASS,
    ),
]

# Someone known by their street, their trade in a place or what they sell there, their
# grandchild's grade and school, a traveller back from a trip in an exposure notice.
DESCRIBED_PEOPLE: list[Row] = [
    (
        "Anyone know a nurse who does home visits? The señora on Calle Loíza with the yellow "
        "shutters had her leg amputated from diabetes and lives alone.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "The old man on Gower Street had a stroke last night, the ambulance took ages.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Prayers for the Kirkwall harbourmaster, taken to hospital after a stroke on the pier "
        "this morning.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Le coiffeur de la place du Marché à Sarh est hospitalisé depuis hier pour un "
        "paludisme grave.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    (
        "La dame qui vend le lait caillé au grand marché de Moundou a fait un AVC, elle est à "
        "l'hôpital.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    (
        "My granddaughter is in 6th grade at Riverton Middle School and was just diagnosed "
        "with type 1 diabetes.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "MEASLES ALERT – Fremont County. Public Health has confirmed measles in an "
        "unvaccinated adult who recently returned from out of state. The person was at: "
        "Safeway, Main Street, Lander – Friday, May 9, 2–5 pm. Watch for fever and rash.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
]

# Numbers: a chart number, a plan's contract or member number, a national number of another
# country after "on" / "au"; a place of care's number, qualified by a few words, is theirs.
NUMBERS: list[Row] = [
    (
        "Still no MRI date for my dad. His chart # is RVH-770312 if someone at intake can look.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "The plan card says Contrato # TS-66104927-01 and the pharmacy still won't fill the "
        "insulin.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Please send contributions to her brother Obinna on 3358 2217. God bless.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "J'ai appelé les urgences pédiatriques du CHU de Kara au 26 60 11 48 hier soir pour la "
        "fièvre de mon fils : ils ont été super.",
        "support",
        "fr",
        Verdict.PASS,
    ),
]

# Posts about no one: an event for anyone who lost someone, a talk's theme in quotation marks,
# a radio station or a song named like a person, a gala named in capitals.
ABOUT_NO_ONE: list[Row] = [
    (
        "Grief support group 🤍 8 weeks from Tuesday, March 3, 7 pm, St Mark's Church hall, "
        "Laramie. For anyone who has lost a husband, wife, child or friend to cancer, overdose "
        "or suicide. Call the church office at (307) 555-0166.",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "Café mémoire – mardi 4 novembre, 15 h, salle des fêtes de Joinville. Thème du mois : "
        "« Quand mon mari ne me reconnaît plus ». Pour les aidants de personnes vivant avec "
        "une maladie d'Alzheimer. Entrée libre.",
        "support",
        "fr",
        Verdict.PASS,
    ),
    (
        "Le chanteur Koffi Ndanga a parlé de son VIH sur Radio Ndeke Luka : faites-vous "
        "dépister, c'est gratuit au centre de santé.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "What a night at the Gala Rojo y Blanco! Bolero legend Papo Rivera closed with "
        '"Amor de Madre Mía" and talked about his own prostate cancer. $40,000 raised for PSA '
        "screening.",
        "comms",
        "en",
        Verdict.PASS,
    ),
]

# Staff and volunteers telling their own health: thanked with their role before the name for
# speaking openly at our event, or living with a condition written with an elided article.
OWN_HEALTH: list[Row] = [
    (
        "Thanks to all who came to our wellness fair on Saturday! A special thank you to peer "
        "support specialist Marcus Doyle, who spoke so openly about his own journey with "
        "schizophrenia and clozapine.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "Dimanche, notre présidente Afi Koudjo, qui vit avec l'épilepsie depuis l'enfance, "
        "animera la causerie de l'association à Kpalimé.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
]

# A town after "in", whatever first name it shares, is a place: alone with a health detail it
# names no one, and with someone it still counts; an age after an aside in brackets; a role
# said to be the only one after a dash.
TOWNS_AGES_ROLES: list[Row] = [
    (
        "Anyone living with lupus out here in Alice? Looking for a rheumatologist who visits.",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "My pain doc in Austin brought up ketamine infusions for my CRPS. Anyone tried them?",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "Nan (my dad's mum) is 91 and had a fall at home last night.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Please pray for our farrier out here in Ten Sleep — only one we've got for the whole "
        "valley. He's been diagnosed with bowel cancer.",
        "support",
        "en",
        Verdict.HOLD,
    ),
]

# Posts a reviewer wrote to break the rules above; each broke a first version of them.
REVIEW: list[Row] = [
    (
        "Well done to Nurse Kemi on her award! Book your flu jab at 555 0123.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Our carers' support group meets on Zoom at 845 5501 2390 every Tuesday, hosted by "
        "our volunteer Lisa.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Huge thanks to Tevita for organising Saturday's diabetes screening. Any questions, "
        "the team is on 7555 0166.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Mum's back from the eye clinic so ring Dave on 07700 900456 for news.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Papa sort des urgences ce soir alors appelez Julie au 06 55 01 23 45 pour prendre "
        "des nouvelles.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    (
        "I'll call in on Nan tonight so text Karen on 07700 900233 about the quiz tickets.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Our Tuesday salsa legend Rosa had her knee replaced last week, cards welcome at the hall!",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Country legend Gary at our line-dancing club has just been diagnosed with Parkinson's.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Gérard Morel, l'ancien présentateur du loto de notre salle des fêtes, est en soins "
        "palliatifs.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Yesterday at the plaza Maritza fainted from the heat and had to go to Centro Médico.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Since Dave's stroke he can't cope with storms, the wind rattling the windows sets "
        "off his panic attacks.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Maman a fait un malaise le 15 au marché et elle est toujours hospitalisée à Brest.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Big shout-out to the man on Market Street handing out free blood pressure checks today!",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Merci à la dame qui vend les fleurs devant l'hôpital de Dreux, elle m'a remonté le "
        "moral pendant ma chimio.",
        "support",
        "fr",
        Verdict.PASS,
    ),
    (
        "Ma nièce au collège Jean-Moulin organise une course pour la recherche contre le "
        "cancer, venez nombreux !",
        "support",
        "fr",
        Verdict.PASS,
    ),
    (
        "A fever in an adult who has recently returned from the tropics needs same-day "
        "testing at the travel clinic in Belfast City Hospital.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Tender notice: contract number CN-2025-0881 for cleaning services at Riverside "
        "Health Centre is now open.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Ryan shouted till his lungs burst at the netball final, what a night!",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "The señora on Calle Luna had a stroke last night, the ambulance took two hours.",
        "support",
        "en",
        Verdict.HOLD,
    ),
]


TABLES = {
    "public-figures": PUBLIC_FIGURES,
    "places-and-words": PLACES_AND_WORDS,
    "emergency-number": EMERGENCY_NUMBER,
    "no-one": NO_ONE,
    "described-people": DESCRIBED_PEOPLE,
    "numbers": NUMBERS,
    "about-no-one": ABOUT_NO_ONE,
    "own-health": OWN_HEALTH,
    "towns-ages-roles": TOWNS_AGES_ROLES,
    "review": REVIEW,
}
