"""Session 26's verdict rows, one table per rule family: each row the rule is about failed on
the code before it. tests/test_screener.py runs them with every session's tables
(VERDICT_TABLES).
"""

from __future__ import annotations

from screener import Verdict

Row = tuple[str, str, str, Verdict]

# Places: a French town's article inside a contraction ("au Mans" is Le Mans), places listed
# after a known one ("in Garapan, Chalan Kanoa and Koblerville"), a hospital called by its
# town and "Regional".
PLACES: list[Row] = [
    (
        "The health department has confirmed 9 cases of dengue on Saipan. Cases have been "
        "reported in Susupe, Chalan Kiya and Dandan. Know the signs: fever, headache, rash.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "I get my Humira shots at Fulton Regional in Salem and the nurses there are angels. If "
        "you're nervous about starting biologics, don't be.",
        "support",
        "en",
        Verdict.PASS,
    ),
]

# Outbreaks: residents and staff of a named home "présentent des symptômes", an illness
# "going through" a named home.
OUTBREAKS: list[Row] = [
    (
        "COMMUNIQUÉ – Résidence Les Tamaris\n\nDepuis samedi, neuf résidents et trois soignants "
        "de l'établissement présentent des vomissements et de la diarrhée. Les visites sont "
        "suspendues.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Flu is going through Cedar Ridge Assisted Living again. Dad's whole wing has it, he's "
        "coughing and they won't let us visit.",
        "support",
        "en",
        Verdict.HOLD,
    ),
]

# Dates: public holidays of the US, Canada, Australia and New Zealand.
HOLIDAYS: list[Row] = [
    (
        "Our son had his first seizure at the cabin outside Bemidji on Labor Day. Neurology "
        "appointment is next week.",
        "support",
        "en",
        Verdict.HOLD,
    ),
]

# Whose health: a forum post's author speaking in their own voice, singular or plural ("my
# doctor says it's endometriosis", "notre gynéco nous oriente vers la FIV").
AUTHORS: list[Row] = [
    (
        "Posté par aurelie_53\n\nBonjour à toutes, après deux fausses couches et un diagnostic "
        "de SOPK, notre médecin nous oriente vers la FIV. Des retours sur le CHU d'Angers ?",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Posted by tay_ozark\n\nAfter a year of pain, our GP says it's endometriosis and we're "
        "looking at surgery. Anyone been to the clinic in Springdale?",
        "support",
        "en",
        Verdict.HOLD,
    ),
]

# Someone described: one pupil by their American grade, a school's principal with its full
# name before the role.
DESCRIBED: list[Row] = [
    (
        "So proud of Lakeview Elementary! Kids raised $900 for a fourth-grader in their school "
        "who is fighting leukemia.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "Please keep our Rota Jr./Sr. High School principal in your prayers, he was flown out "
        "yesterday for bypass surgery.",
        "support",
        "en",
        Verdict.HOLD,
    ),
]

# Not the people a post discloses: a festival's headliner, a doctor styled "Docteure", a saint
# or a god invoked in a prayer.
NOT_PATIENTS: list[Row] = [
    (
        "Festival headliner Darrell Wayne Coker told the crowd about his colon cancer and asked "
        "every man over 45 to book a colonoscopy.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Le Dr Claire Moreau rejoint notre service de cardiologie. Elle est spécialiste de "
        "l'insuffisance cardiaque et a développé la réadaptation à domicile. Merci "
        "Docteure Moreau !",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "please pray for my aunt in Keren 🙏 she starts dialysis next week. Kidane Mehret "
        "protect her.",
        "support",
        "en",
        Verdict.PASS,
    ),
]

# Posts a reviewer wrote to break the rules above; each broke a first version of them (they
# hold or pass as at the start).
REVIEW: list[Row] = [
    (
        "Get well soon Helen keep us posted on how the chemo goes this week xx",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Can Daniel be with her in recovery after the mastectomy? My sister is "
        "terrified and he's the only family she has nearby.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "on a reçu le colis de l'association Rayon De Soleil Maëlle était trop "
        "contente, ça lui a remonté le moral entre deux chimios 💕",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Dialysis rides this week: Garapan, Chalan Kanoa and Taga Borja (he's 2 weeks "
        "post-op from his fistula so needs the wheelchair van). Thanks drivers!",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "🎤 Tonight's headliner Lorraine Pike – one of our own HCAs on Ward 12 – takes "
        "the mic for the first time since her stroke last spring. Come and cheer her "
        "on!",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "Three residents at Oakhill House have developed a real love of chair yoga – "
        "great for balance and arthritis! 🧘",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Posted by nurse_lina_rn\n\nWe see a lot of questions here about metformin side "
        "effects. Our advice: take it with food, and talk to your GP if the diarrhoea "
        "doesn't settle.",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "Posted by StAidansPhysio\n\nOur top tips after a knee replacement: keep moving, "
        "ice for 20 minutes, and take your painkillers before physio, not after.",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "Parents: if a second-grader is sent home with a fever, they must be fever-free "
        "for 24 hours before returning to Lincoln Elementary. Thank you!",
        "comms",
        "en",
        Verdict.PASS,
    ),
]

TABLES = {
    "places": PLACES,
    "outbreaks": OUTBREAKS,
    "holidays": HOLIDAYS,
    "authors": AUTHORS,
    "described": DESCRIBED,
    "not-patients": NOT_PATIENTS,
    "review": REVIEW,
}
