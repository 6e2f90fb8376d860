"""Verdict rules on who a post is about: chat speakers passing news on, names spoken to in a
reply, hosts and community workers, couples, unique roles, one person in inclusive writing,
dates of a planned operation or birth."""

from __future__ import annotations

import pytest

from screener.chat import message_at, message_of
from screener.policy import ChannelPolicy, decide
from screener.types import Verdict
from tests.test_policy import findings

COMMS = ChannelPolicy(name="comms")


@pytest.mark.parametrize(
    ("text", "marked", "language", "expected"),
    [
        # a chat speaker passing on advice for a public: not their own health
        (
            "10:02 - Bryn: handy for anyone whose dad's inhaler runs out on a Sunday, the late "
            "chemist on Mill St has them",
            {"Bryn": "PERSON", "inhaler": "MEDICATION", "Mill St": "LOCATION"},
            "en",
            Verdict.PASS,
        ),
        (
            "Odile, 03/02/2025 18:40 : la vaccination grippe est ouverte pour les personnes de "
            "plus de 65 ans à la pharmacie",
            {"Odile": "PERSON", "vaccination grippe": "PROCEDURE"},
            "fr",
            Verdict.PASS,
        ),
        # ... nor anyone else's in the chat: advice said to be for a public, "il faut" no one
        (
            "[10/02/2026 18:02] Lucette: petite info pour ceux qui sont dialysés et qui partent "
            "cet été : il faut réserver les séances 2 mois avant, avec le bilan sanguin\n"
            "[10/02/2026 18:05] Karim B.: merci, et prenez vos papiers",
            {
                "Lucette": "PERSON",
                "dialysés": "CONDITION",
                "bilan sanguin": "PROCEDURE",
                "Karim B.": "PERSON",
            },
            "fr",
            Verdict.PASS,
        ),
        (
            "[04/05/2026 07:58] Tatie Mireille: rappel pour tout le monde avec le chikungunya "
            "qui circule : si fièvre, paracétamol seulement\n[04/05/2026 08:03] Jo: 👍",
            {
                "Tatie Mireille": "PERSON",
                "chikungunya": "CONDITION",
                "fièvre": "SYMPTOM",
                "paracétamol": "MEDICATION",
                "Jo": "PERSON",
            },
            "fr",
            Verdict.PASS,
        ),
        (
            "[07:31] Dee: tip for anyone on pumps, carry spare pods\n[07:33] Ros: ta Dee, good one",
            {"Dee": "PERSON", "pumps": "MEDICATION", "Ros": "PERSON"},
            "en",
            Verdict.PASS,
        ),
        (
            "14/01/2025 12:03 - Tatie Rose: Info pour les nouveau-nés : la maternité donne des "
            "moustiquaires. Avec la dengue qui circule ça vaut le coup\n14/01/2025 12:05 - Kév: "
            "merci",
            {"Tatie Rose": "PERSON", "dengue": "CONDITION", "Kév": "PERSON"},
            "fr",
            Verdict.PASS,
        ),
        # ... but a message that names someone is not advice for a public
        (
            "[07:31] Tash: Mia's insulin pod failed AGAIN overnight, hyper all morning\n"
            "[07:33] Bron: ugh which lot number?",
            {"Tash": "PERSON", "Mia": "PERSON", "insulin": "MEDICATION", "Bron": "PERSON"},
            "en",
            Verdict.HOLD,
        ),
        (
            "[20/03 22:41] Anaïs: les filles on croise tout pour Lola jeudi, FIV n°3 🤞\n"
            "[20/03 22:43] Lola: merci 🥹",
            {"Anaïs": "PERSON", "Lola": "PERSON", "FIV": "PROCEDURE"},
            "fr",
            Verdict.HOLD,
        ),
        # ... but their own news still counts, with or without "I"
        (
            "10:02 - Bryn: biopsy back girls. it's lymphoma 😔",
            {"Bryn": "PERSON", "biopsy": "PROCEDURE", "lymphoma": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "10:02 - Bryn: morning all, my inhaler ran out again",
            {"Bryn": "PERSON", "inhaler": "MEDICATION"},
            "en",
            Verdict.HOLD,
        ),
        # a name spoken to in a reply, then general advice for a public
        (
            "@sami.k Hi Sami! The flu jab is free for all children aged 2 and 3 at any surgery.",
            {"@sami.k": "SOCIAL_HANDLE", "Sami": "PERSON", "flu jab": "PROCEDURE"},
            "en",
            Verdict.PASS,
        ),
        (
            "@lou.b Bonjour Lou ! Le dépistage est gratuit pour les filles et les garçons de 12 "
            "ans.",
            {"@lou.b": "SOCIAL_HANDLE", "Lou": "PERSON", "dépistage": "PROCEDURE"},
            "fr",
            Verdict.PASS,
        ),
        (
            "@sami.k Hi Sami! Sorry your flu jab made your arm so sore.",
            {"@sami.k": "SOCIAL_HANDLE", "Sami": "PERSON", "flu jab": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        # a sportsman a documentary is about
        (
            "Watched the documentary about former pro linebacker Marcus Bell and his ALS.",
            {"Marcus Bell": "PERSON", "ALS": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        (
            "Our neighbour Marcus Bell, a linebacker coach, was diagnosed with ALS.",
            {"Marcus Bell": "PERSON", "ALS": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Saw the film on former Leafs winger Tom Hale and his dementia.",
            {"Tom Hale": "PERSON", "dementia": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        (
            "Ex-United striker Joe Kerr opened up about his depression.",
            {"Joe Kerr": "PERSON", "depression": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        # a club's or a school's player is no public figure
        (
            "Get well soon to our U16 point guard Malik Evans after his ACL reconstruction.",
            {"Malik Evans": "PERSON", "ACL reconstruction": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Get well soon to under-12s goalkeeper Alfie Barnes, who broke his wrist.",
            {"Alfie Barnes": "PERSON", "broke his wrist": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        # one of a camp's staff diagnosed
        (
            "Parents: a counselor at Camp Kitchi near Hayward has been diagnosed with Lyme "
            "disease.",
            {"Camp Kitchi": "LOCATION", "Hayward": "LOCATION", "Lyme disease": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Parents: a counselor at Camp Kitchi near Hayward will teach tick checks.",
            {"Camp Kitchi": "LOCATION", "Hayward": "LOCATION", "tick checks": "PROCEDURE"},
            "en",
            Verdict.PASS,
        ),
        # one of a hospital's nurses diagnosed; a nurse explaining a test
        (
            "Kapiolani Hospital confirms a nurse working in the Maternity Ward has been "
            "diagnosed with tuberculosis.",
            {"Kapiolani Hospital": "FACILITY", "tuberculosis": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Kapiolani Hospital: a nurse from the Maternity Ward runs tuberculosis talks.",
            {"Kapiolani Hospital": "FACILITY", "tuberculosis": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        # volunteers of a branch, listed after their role
        (
            "Les bénévoles de l'antenne jurassienne, Marc-André et Odile, tiennent une "
            "permanence à Delémont : échanges sur la maladie de Parkinson au quotidien.",
            {
                "Marc-André": "PERSON",
                "Odile": "PERSON",
                "Delémont": "LOCATION",
                "maladie de Parkinson": "CONDITION",
            },
            "fr",
            Verdict.PASS,
        ),
        (
            "Les bénévoles de l'antenne jurassienne, Marc-André et Odile, sont absents : "
            "Odile se remet de sa chute et de sa fracture du poignet.",
            {"Marc-André": "PERSON", "Odile": "PERSON", "fracture du poignet": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        # a credential after a name is the clinician's licence, not a condition or a place
        (
            "Low-salt chili from Kim Lowe, RD, one of our dietitians. Brown the turkey, simmer.",
            {"Kim Lowe": "PERSON", "RD": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        (
            "Transplant coordinator Ana Ruiz, RN, goes live Wednesday, April 16 from "
            "@lakesidehealth to answer: can I donate if I've had hepatitis C?",
            {
                "Transplant": "PROCEDURE",
                "Ana Ruiz": "PERSON",
                "RN": "LOCATION",
                "Wednesday, April 16": "DATE",
                "@lakesidehealth": "SOCIAL_HANDLE",
                "hepatitis C": "CONDITION",
            },
            "en",
            Verdict.PASS,
        ),
        (
            "Get well soon to Kim Lowe, RD, recovering from her hip surgery.",
            {"Kim Lowe": "PERSON", "RD": "CONDITION", "hip surgery": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Athletic trainer Dana Lee, ATC: if your athlete has a headache after a hit, sit "
            "them out.",
            {"Dana Lee": "PERSON", "ATC": "LOCATION", "headache": "SYMPTOM"},
            "en",
            Verdict.PASS,
        ),
        (
            "Athletic trainer Dana Lee is off this month after her own concussion.",
            {"Dana Lee": "PERSON", "concussion": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        # news of a named person, a wish: the post's health is theirs, paragraphs apart
        (
            "Des nouvelles de Dédé pour ceux qui demandaient 🙏\nIl est rentré hier soir.\n"
            "L'infarctus était sévère, deux stents posés à Ajaccio.",
            {
                "Dédé": "PERSON",
                "infarctus": "CONDITION",
                "stents posés": "PROCEDURE",
                "Ajaccio": "LOCATION",
            },
            "fr",
            Verdict.HOLD,
        ),
        (
            "An update on Bev for everyone asking.\n\nThe surgeons were pleased and the "
            "bowel resection went to plan.",
            {"Bev": "PERSON", "bowel resection": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Thanks to Bev for the cakes.\n\nFlu jabs are in: book at reception.",
            {"Bev": "PERSON", "Flu jabs": "PROCEDURE"},
            "en",
            Verdict.PASS,
        ),
        # a reply whose "you" is any reader's: what one may or need not do
        (
            "@pip_k Good question! You don't need a referral for a cataract check: any "
            "optician can do one.",
            {"@pip_k": "SOCIAL_HANDLE", "cataract": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        (
            "@lulu.b Bonne question ! Le vaccin contre le zona est remboursé, vous pouvez en "
            "parler à votre médecin.",
            {"@lulu.b": "SOCIAL_HANDLE", "zona": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "@dee_w Great question! In general: headaches that wake a child at night are worth "
            "a GP visit.",
            {"@dee_w": "SOCIAL_HANDLE", "headaches": "SYMPTOM"},
            "en",
            Verdict.PASS,
        ),
        # ... its French "il" / "elle" the thing it speaks of, or no one ("il existe")
        (
            "@gaby.r Bonne question ! De façon générale, le vaccin contre la grippe est "
            "conseillé après 65 ans, et il peut se faire en pharmacie. Pour les douleurs après "
            "un zona, il existe des consultations de la douleur.",
            {
                "@gaby.r": "SOCIAL_HANDLE",
                "grippe": "CONDITION",
                "douleurs": "SYMPTOM",
                "zona": "CONDITION",
            },
            "fr",
            Verdict.PASS,
        ),
        (
            "@gaby.r Bonne question ! Mon mari a eu un zona l'an dernier, il est encore suivi.",
            {"@gaby.r": "SOCIAL_HANDLE", "zona": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        # a reply's author is no "you"; the subject line is the asker's
        (
            "Re: Should I keep eating gluten before my coeliac test?\n\nPosted by scone_fan\n\n"
            "Not medical advice, but generally speaking yes: the blood test only works if you "
            "have been eating gluten, so ask your diabetes educator or GP.",
            {
                "coeliac": "CONDITION",
                "scone_fan": "SOCIAL_HANDLE",
                "blood test": "PROCEDURE",
                "diabetes": "CONDITION",
            },
            "en",
            Verdict.PASS,
        ),
        (
            "Reply from u/rink_dad\n\nNot a doctor. Generally speaking, my son keeps glucose "
            "tabs in his bag.",
            {"u/rink_dad": "SOCIAL_HANDLE", "glucose": "MEDICATION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "@dee_w Great question! The headaches that wake her at night started in May.",
            {"@dee_w": "SOCIAL_HANDLE", "headaches": "SYMPTOM"},
            "en",
            Verdict.HOLD,
        ),
        # advice to any reader in the sentence after a named person: no one's health
        (
            "Noreen shared her scone recipe with the group. Check with your dietitian if "
            "you're newly diagnosed with coeliac disease.",
            {"Noreen": "PERSON", "coeliac disease": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        (
            "Noreen shared her scone recipe with the group. She was diagnosed with coeliac "
            "disease, so ask your dietitian.",
            {"Noreen": "PERSON", "coeliac disease": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Merci à Odile pour sa recette. Si vous êtes diabétique, demandez conseil à votre "
            "diététicienne.",
            {"Odile": "PERSON", "diabétique": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        # ... not when it is the reader's own, or a question about it
        (
            "@pip_k Good question! You're not alone with the cataract, we've all been there.",
            {"@pip_k": "SOCIAL_HANDLE", "cataract": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "@pip_k Thanks! How long before you can drive after the cataract op?",
            {"@pip_k": "SOCIAL_HANDLE", "cataract op": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        # a host, a leader, a priest, a community worker, radiographers: in their role
        (
            "Live Q&A on living with lupus, hosted by @nurse_ami, Thursday.",
            {"@nurse_ami": "SOCIAL_HANDLE", "lupus": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        (
            "New diabetes foot clinic, with thanks to the porters' team led by Kwame.",
            {"Kwame": "PERSON", "diabetes": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        (
            "Messe des malades d'Alzheimer dimanche, avec l'abbé Rémi.",
            {"Rémi": "PERSON", "Alzheimer": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Koffi Mensah, agent communautaire, distribue les moustiquaires contre le paludisme.",
            {"Koffi Mensah": "PERSON", "paludisme": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Nos manipulatrices radio Inès et Maud font les mammographies du mardi.",
            {"Inès": "PERSON", "Maud": "PERSON", "mammographies": "PROCEDURE"},
            "fr",
            Verdict.PASS,
        ),
        # a couple is two people, "a couple of" a few
        (
            "A couple from Penrith were treated for carbon monoxide poisoning on Boxing Day.",
            {"Penrith": "LOCATION", "carbon monoxide poisoning": "CONDITION", "Boxing Day": "DATE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "A couple of reminders: flu clinics in Penrith on Boxing Day are cancelled.",
            {"Penrith": "LOCATION", "flu": "CONDITION", "Boxing Day": "DATE"},
            "en",
            Verdict.PASS,
        ),
        # roles one person holds: a crossing patrol, a unit's nurse manager, the only one
        (
            "Get well soon to the school crossing patrol at Elm Road Primary after his stroke.",
            {"Elm Road Primary": "FACILITY", "stroke": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Pensées pour notre cadre de santé, opérée du genou, à l'hôpital de Dole.",
            {"Dole": "LOCATION", "opérée du genou": "PROCEDURE"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "Mon voisin du lieu-dit Les Granges, le seul à y vivre l'hiver, a fait un AVC.",
            {"Les Granges": "LOCATION", "AVC": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "L'infirmière du dispensaire, seule soignante du village, a la dengue. Ferme à Uvéa.",
            {"Uvéa": "LOCATION", "dengue": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "Le cabinet de Sauzon est fermé : notre kiné est en arrêt pour une hernie discale.",
            {"Sauzon": "LOCATION", "hernie discale": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        # one person in inclusive writing, not a group
        (
            "Notre collègue, hospitalisé·e depuis lundi à Agen pour une pneumonie.",
            {"lundi": "DATE", "Agen": "LOCATION", "pneumonie": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "Les greffé·es du rein se retrouvent lundi à Agen.",
            {"lundi": "DATE", "Agen": "LOCATION", "greffé·es du rein": "PROCEDURE"},
            "fr",
            Verdict.PASS,
        ),
        # a kind of person in a campaign's, a group's or a service's name, or the medical
        # generic ("de l'enfant", "de la femme"), or inside a compound ("sage-femme")
        (
            "Baby Loss Awareness Week\nJoin us to light a candle on Tuesday 14 October at 7pm "
            "at St Mary's, Ashford. Stillbirth, miscarriage: you are not alone.",
            {"Tuesday 14 October": "DATE", "Ashford": "LOCATION", "Stillbirth": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        (
            "Rando samedi 3 mai à Annecy pour la recherche sur les leucémies de l'enfant.",
            {"samedi 3 mai": "DATE", "Annecy": "LOCATION", "leucémies": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Bâtiment Rose-Kabila, du nom d'une sage-femme, ouvert le 2 juin à Goma : diabète.",
            {"2 juin": "DATE", "Goma": "LOCATION", "diabète": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Une femme de Goma hospitalisée le 2 juin pour un diabète.",
            {"2 juin": "DATE", "Goma": "LOCATION", "diabète": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        # a disease naming a campaign or a French service, organisers thanked by name
        (
            "Merci à Awa et Binta pour la marche contre le diabète de dimanche !",
            {"Awa": "PERSON", "Binta": "PERSON", "diabète": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Rencontrez Louis Diallo à notre nouvelle consultation mucoviscidose.",
            {"Louis Diallo": "PERSON", "mucoviscidose": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Louis Diallo a la mucoviscidose.",
            {"Louis Diallo": "PERSON", "mucoviscidose": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        # a workplace's member diagnosed; someone called by their street; one's own story
        (
            "Letter to parents, Oakfield Primary\nA member of staff at the school has been "
            "diagnosed with measles.",
            {"Oakfield Primary": "FACILITY", "measles": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Oakfield Primary: a member of staff leads our measles jab catch-up.",
            {"Oakfield Primary": "FACILITY", "measles": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        (
            "Morning to the fella from Castle Street who keeps asking about his Ritalin.",
            {"Castle Street": "LOCATION", "Ritalin": "MEDICATION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Retour d'expérience : coloscopie le 4 mars à la clinique du Parc, rien de grave.",
            {"coloscopie": "PROCEDURE", "4 mars": "DATE", "clinique du Parc": "FACILITY"},
            "fr",
            Verdict.HOLD,
        ),
        # a letter signed by a staff member: its "je" is hers
        (
            "Chers parents, pensez au PAI si votre enfant a de l'asthme, avant le 30 septembre.\n"
            "Je suis au collège Camus de Lens le lundi.\nMme Ribot, infirmière",
            {
                "asthme": "CONDITION",
                "30 septembre": "DATE",
                "collège Camus": "FACILITY",
                "Lens": "LOCATION",
                "Ribot": "PERSON",
            },
            "fr",
            Verdict.PASS,
        ),
        # volunteer drivers named in a list
        (
            "Merci à Annie, Paul et Rémi, nos chauffeurs bénévoles, pour les trajets de dialyse.",
            {"Annie": "PERSON", "Paul": "PERSON", "Rémi": "PERSON", "dialyse": "PROCEDURE"},
            "fr",
            Verdict.PASS,
        ),
        # an outbreak told as an episode, a classmate diagnosed
        (
            "Un épisode de grippe touche la résidence Les Aulnes à Blois depuis lundi.",
            {"résidence Les Aulnes": "FACILITY", "Blois": "LOCATION", "grippe": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "P6 at Burnside Primary ran a bake sale after one of their classmates was diagnosed "
            "with diabetes.",
            {"Burnside Primary": "FACILITY", "diabetes": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        # a handle signing the post, a forum's bot, an answer for anyone
        (
            "scan confirmed it's back 😔 starting radiotherapy Monday.\n– @hebden_hil",
            {"radiotherapy": "PROCEDURE", "@hebden_hil": "SOCIAL_HANDLE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "u/AutoModerator: gout flare? Read the wiki before posting.",
            {"u/AutoModerator": "SOCIAL_HANDLE", "gout": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        (
            "@anna_p Great question! Shingles vaccines are given at 65. Most people get a sore "
            "arm.",
            {"@anna_p": "SOCIAL_HANDLE", "Shingles": "CONDITION", "sore arm": "SYMPTOM"},
            "en",
            Verdict.PASS,
        ),
        (
            "@anna_p Great question! Your shingles rash should crust within a week.",
            {"@anna_p": "SOCIAL_HANDLE", "shingles rash": "SYMPTOM"},
            "en",
            Verdict.HOLD,
        ),
        # "Mon" is Monday in an English post, not "my"
        (
            "Thanks for the review, Sandra!\nWe treat hay fever and sunburn, Mon-Sat.",
            {"Sandra": "PERSON", "hay fever": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        # a date of a planned operation or birth
        (
            "Posting for support. I'm booked in for a hysterectomy on Friday 6 March.",
            {"hysterectomy": "PROCEDURE", "Friday 6 March": "DATE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Je suis hospitalisé en cardiologie depuis le 2 mai pour une péricardite.",
            {"2 mai": "DATE", "péricardite": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "Mamie va se faire opérer le 4 juin (prothèse de hanche).",
            {"4 juin": "DATE", "prothèse de hanche": "PROCEDURE"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "Booked to be induced on 3 March as my pre-eclampsia is back.",
            {"3 March": "DATE", "pre-eclampsia": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        # taken into hospital or diagnosed: a colleague's or a walk leader's own health
        (
            "Sad news: her colleague Dana Fry was admitted with a heart attack on Monday.",
            {"Dana Fry": "PERSON", "heart attack": "CONDITION", "Monday": "DATE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Join the sponsored walk led by Maya Cole, diagnosed with MND last year.",
            {"Maya Cole": "PERSON", "diagnosed with MND": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Notre collègue Inès Roy a été hospitalisée pour une embolie pulmonaire.",
            {"Inès Roy": "PERSON", "embolie pulmonaire": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "Dr Ann Lee admitted forty patients with flu this week.",
            {"Ann Lee": "PERSON", "flu": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        # a general answer, but a handle opening a later sentence is someone spoken of
        (
            "@sam Good question. @lou had the same hip op in May, ask her",
            {"@sam": "SOCIAL_HANDLE", "@lou": "SOCIAL_HANDLE", "hip op": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "@sam Good question! You don't need a referral for a glaucoma check, @lou can confirm",
            {"@sam": "SOCIAL_HANDLE", "@lou": "SOCIAL_HANDLE", "glaucoma check": "PROCEDURE"},
            "en",
            Verdict.PASS,
        ),
        # after sympathy, "you'll need" is the reader's own
        (
            "@sam Sorry to hear. You'll need to rest for six weeks after the hysterectomy.",
            {"@sam": "SOCIAL_HANDLE", "hysterectomy": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "@sam Hi! You'll need to rest for six weeks after a hysterectomy.",
            {"@sam": "SOCIAL_HANDLE", "hysterectomy": "PROCEDURE"},
            "en",
            Verdict.PASS,
        ),
        # a possessive before a French service word: the person's visit
        (
            "Mon père a sa consultation Alzheimer mardi à Tarbes.",
            {"Alzheimer": "CONDITION", "mardi": "DATE", "Tarbes": "LOCATION"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "Notre consultation Alzheimer ouvre mardi à Tarbes.",
            {"Alzheimer": "CONDITION", "mardi": "DATE", "Tarbes": "LOCATION"},
            "fr",
            Verdict.PASS,
        ),
        # a name wished well: the post's health news is theirs, in another paragraph too
        (
            "Get well soon Bev! 💐\n\nOur cleaner is off after a fall and a broken wrist.",
            {"Bev": "PERSON", "broken wrist": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        # the poster gives their name: their health is the poster's
        (
            "Does anyone else's psoriasis flare in winter? Mine is awful 😩 Sian from Ruthin btw",
            {"psoriasis": "CONDITION", "Sian": "PERSON", "Ruthin": "LOCATION"},
            "en",
            Verdict.HOLD,
        ),
        # a public's health in the sentence after a thanked name is not the name's
        (
            "Huge thanks to Nia and Dot for the bake sale. It buys games for children during "
            "their chemotherapy.",
            {"Nia": "PERSON", "Dot": "PERSON", "chemotherapy": "PROCEDURE"},
            "en",
            Verdict.PASS,
        ),
        (
            "Huge thanks to Nia for the bake sale. She raised it during her chemotherapy.",
            {"Nia": "PERSON", "chemotherapy": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        # a service offered in a reply is not the reader's health
        (
            "@kiwi_kate Hi Kate! Walk-in flu vaccinations are running at our clinic, no booking "
            "needed.",
            {"@kiwi_kate": "SOCIAL_HANDLE", "Kate": "PERSON", "flu vaccinations": "PROCEDURE"},
            "en",
            Verdict.PASS,
        ),
        # a person word in a ratio, or in a sentence about everyone, is anyone
        (
            "Un bébé sur treize naît prématuré. Stand le lundi 17 novembre à la maternité de Caen.",
            {"prématuré": "CONDITION", "lundi 17 novembre": "DATE", "Caen": "LOCATION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Everyone who has lost a baby to stillbirth is welcome at Truro Cathedral on "
            "Wednesday 15 October.",
            {
                "stillbirth": "CONDITION",
                "Truro Cathedral": "LOCATION",
                "Wednesday 15 October": "DATE",
            },
            "en",
            Verdict.PASS,
        ),
        # one's own operation on a day of the calendar; a weekday alone names no day
        (
            "Had my hysterectomy on Friday 14th, sore but ok",
            {"hysterectomy": "PROCEDURE", "Friday 14th": "DATE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Had my hysterectomy on Friday, sore but ok",
            {"hysterectomy": "PROCEDURE", "Friday": "DATE"},
            "en",
            Verdict.PASS,
        ),
        # the owner inside the term as found; "est le" before the date
        (
            "I had my knee replaced on 3 March and the physio is brutal",
            {"had my knee replaced": "PROCEDURE", "3 March": "DATE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Ma sleeve gastrectomie est le 22 mai, des conseils ?",
            {"sleeve gastrectomie": "PROCEDURE", "22 mai": "DATE"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "La sleeve gastrectomie est le 22 mai au programme de la formation.",
            {"sleeve gastrectomie": "PROCEDURE", "22 mai": "DATE"},
            "fr",
            Verdict.PASS,
        ),
        # a team's community work, a leaflet's topic: nobody's health
        (
            "Rota this week. Diabetes outreach cover: Marty",
            {"Diabetes": "CONDITION", "Marty": "PERSON"},
            "en",
            Verdict.PASS,
        ),
        (
            "Thanks to Nia for handing out leaflets on the signs of an underactive thyroid.",
            {"Nia": "PERSON", "underactive thyroid": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        # a community house is a venue for all, not a residential home
        (
            "Baby and mum group every Tuesday at Hamilton East Community House. Feeling low? "
            "Postnatal depression is common.",
            {
                "Hamilton East Community House": "FACILITY",
                "Feeling low": "SYMPTOM",
                "Postnatal depression": "CONDITION",
            },
            "en",
            Verdict.PASS,
        ),
        # the speaker of a quotation: "m'a" is theirs
        (
            "C., 26 ans, a accepté de témoigner :\n« Le Plaquenil m'a rendu une vie normale. »",
            {"26 ans": "AGE", "Plaquenil": "MEDICATION"},
            "fr",
            Verdict.HOLD,
        ),
        # a case at a workplace named by its kind
        (
            "Un cas de tuberculose confirmé à l'usine Brioches Dorées de Vire.",
            {"tuberculose": "CONDITION", "Brioches Dorées de Vire": "LOCATION"},
            "fr",
            Verdict.HOLD,
        ),
        # an Australian greeting speaks to the name; "Mon–Fri" is no "my"
        (
            "G'day Mick! Walk-in flu jabs are running at our clinic Mon–Fri, no booking needed.",
            {"Mick": "PERSON", "flu jabs": "PROCEDURE"},
            "en",
            Verdict.PASS,
        ),
        # the handle a reply opens with: its own sentence is read like the next
        (
            "@swansea_sue the shingles vaccine is offered on the NHS when you turn 65.",
            {"@swansea_sue": "SOCIAL_HANDLE", "shingles vaccine": "MEDICATION"},
            "en",
            Verdict.PASS,
        ),
        (
            "@swansea_sue loving the new Keytruda results",
            {"@swansea_sue": "SOCIAL_HANDLE", "Keytruda": "MEDICATION"},
            "en",
            Verdict.HOLD,
        ),
        # general information offered in a reply, "you" as its receiver
        (
            "@davey great question! Grapefruit raises some statin levels. Any of our pharmacists "
            "can check a medicine list for you.",
            {"@davey": "SOCIAL_HANDLE", "statin": "MEDICATION"},
            "en",
            Verdict.PASS,
        ),
        (
            "@davey any of our pharmacists can check your statin dose",
            {"@davey": "SOCIAL_HANDLE", "statin": "MEDICATION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "@marc Bonjour ! Le vaccin contre le zona est recommandé à partir de 65 ans.",
            {"@marc": "SOCIAL_HANDLE", "vaccin contre le zona": "MEDICATION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "@ginou pour la naloxone, n'importe quelle pharmacie peut t'en donner gratuitement.",
            {"@ginou": "SOCIAL_HANDLE", "naloxone": "MEDICATION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "u/soft_q: Does hard water make eczema worse, generally speaking?",
            {"u/soft_q": "SOCIAL_HANDLE", "eczema": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        # the topic of brochures, webinars and talks, all of its clause
        (
            "09:05 - Nadia: je ramène les brochures sur la rééducation après AVC",
            {"Nadia": "PERSON", "rééducation": "PROCEDURE", "AVC": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Thank you Linda! Dr Fenn gave a talk on atrial fibrillation and blood thinners.",
            {
                "Linda": "PERSON",
                "Fenn": "PERSON",
                "atrial fibrillation": "CONDITION",
                "blood thinners": "MEDICATION",
            },
            "en",
            Verdict.PASS,
        ),
        (
            "Thank you Linda, Raj and Pete! We handed out 300 stroke FAST leaflets.",
            {"Linda": "PERSON", "Raj": "PERSON", "Pete": "PERSON", "stroke": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        (
            "kevin_x : quelqu'un a le lien du webinaire sur l'asthme de jeudi ?",
            {"kevin_x": "SOCIAL_HANDLE", "asthme": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Jo gave a talk on Friday about her stroke",
            {"Jo": "PERSON", "stroke": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        # a FAQ's "I" is any reader
        (
            "Q: How soon can I drive after cataract surgery?\nA: At our centre, Hospital Road, "
            "Bury St Edmunds.",
            {
                "cataract surgery": "PROCEDURE",
                "Hospital Road": "LOCATION",
                "Bury St Edmunds": "LOCATION",
            },
            "en",
            Verdict.PASS,
        ),
        (
            "How soon can I drive after my cataract surgery? I live on Hospital Road, Bury St "
            "Edmunds.",
            {
                "cataract surgery": "PROCEDURE",
                "Hospital Road": "LOCATION",
                "Bury St Edmunds": "LOCATION",
            },
            "en",
            Verdict.HOLD,
        ),
        # someone's own health is theirs, not a staff member's named after them
        (
            "We welcomed broadcaster Martin Caddick, who has spoken openly about his Parkinson's. "
            "Nurse specialist Gail Whitmore showed him the classes that help with stiffness.",
            {
                "Martin Caddick": "PERSON",
                "Parkinson's": "CONDITION",
                "Gail Whitmore": "PERSON",
                "stiffness": "SYMPTOM",
            },
            "en",
            Verdict.PASS,
        ),
        # a programme named with a disease
        (
            "@lynne hi Lynne! Ask for Bev at the shop. They also run a free Dementia Friends "
            "session.",
            {
                "@lynne": "SOCIAL_HANDLE",
                "Lynne": "PERSON",
                "Bev": "PERSON",
                "Dementia": "CONDITION",
            },
            "en",
            Verdict.PASS,
        ),
        # general answers, those who need it, a class told of lice
        (
            "@kev pour répondre à ta question de façon générale : la PrEP, c'est 2 comprimés.",
            {"@kev": "SOCIAL_HANDLE", "PrEP": "MEDICATION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Maxime Perrot : Pour ceux qui cherchent un dentiste le dimanche, les urgences donnent "
            "des antibiotiques en cas d'abcès.",
            {"Maxime Perrot": "PERSON", "antibiotiques": "MEDICATION", "abcès": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "[18:40] Nathalie: la maîtresse a mis un mot : des poux circulent dans la classe.",
            {"Nathalie": "PERSON", "poux": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        # a remedy's claim, a page's or a meeting's topic
        (
            "Recette partagée par Josette. On dit que c'est bon contre l'arthrose.",
            {"Josette": "PERSON", "arthrose": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Recette de Josette. Elle dit que c'est bon contre son arthrose.",
            {"Josette": "PERSON", "arthrose": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "Laurent : L'ARS a mis en ligne une page claire sur la rougeole.",
            {"Laurent": "PERSON", "rougeole": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "[20:06] Aurélie: la réunion d'info sur le rattrapage ROR, c'est bien jeudi ?",
            {"Aurélie": "PERSON", "ROR": "MEDICATION"},
            "fr",
            Verdict.PASS,
        ),
        # teams named with a disease in a results table
        (
            "Pos | Runner | Team\n2 | Josh Baxter | Myeloma Mates\n3 | Sophie Lin | Team Lymphoma "
            "Legends",
            {
                "Josh Baxter": "PERSON",
                "Myeloma": "CONDITION",
                "Sophie Lin": "PERSON",
                "Lymphoma": "CONDITION",
            },
            "en",
            Verdict.PASS,
        ),
        # a public between a name and a health detail: theirs, not the name's
        (
            "Ann Pettigrew drove 11,000 km taking patients from Oakey to dialysis.",
            {"Ann Pettigrew": "PERSON", "dialysis": "PROCEDURE"},
            "en",
            Verdict.PASS,
        ),
        (
            "Jo and other patients had chemo on Ward 5 today.",
            {"Jo": "PERSON", "chemo": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        # a question a handle asked, quoted; "you asked"; a free service with no appointment
        (
            'u/nelson asked: "how do you tell if a mole is dodgy?" Not a doctor, but anything '
            "that bleeds, get it looked at.",
            {"u/nelson": "SOCIAL_HANDLE", "bleeds": "SYMPTOM"},
            "en",
            Verdict.PASS,
        ),
        (
            "@gail_m you asked where you can get a blood pressure check – the pharmacies on "
            "Church Street do them free, no appointment",
            {"@gail_m": "SOCIAL_HANDLE", "blood pressure check": "PROCEDURE"},
            "en",
            Verdict.PASS,
        ),
        # a chat server's header author: the message below is theirs
        (
            "bex_xo — 18/06/2025 18:02\ncycle 4 of R-CHOP done, only 2 to go",
            {"bex_xo": "SOCIAL_HANDLE", "R-CHOP": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        # a birthday wished: "tu", "te" are the name's
        (
            "Joyeux anniversaire Théo !\nAujourd'hui tu as 17 ans.\nEncore deux cures de chimio "
            "et on te laisse rentrer.",
            {"Théo": "PERSON", "17 ans": "AGE", "cures de chimio": "PROCEDURE"},
            "fr",
            Verdict.HOLD,
        ),
        # a case in a worker of a named workplace
        (
            "Un cas de tuberculose a été confirmé chez un travailleur de la Brasserie du Moulin.",
            {"tuberculose": "CONDITION", "Brasserie du Moulin": "LOCATION"},
            "fr",
            Verdict.HOLD,
        ),
        # people served, not a person's own children or a class hearing a talk
        (
            "Congratulations to Wanjiru, who welcomed twin girls by caesarean section.",
            {"Wanjiru": "PERSON", "caesarean section": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Thanks to @mo_wheels for talking to our students about life with an ileostomy.",
            {"@mo_wheels": "SOCIAL_HANDLE", "ileostomy": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        # a topic's head a clause before the term
        (
            "Laurent : L'ARS a mis en ligne une page claire sur la rougeole : symptômes, "
            "vaccination, qui est concerné.",
            {"Laurent": "PERSON", "rougeole": "CONDITION", "vaccination": "PROCEDURE"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Bon retour à notre collègue Sylvie Roy, préposée aux résidents au CHSLD, après un "
            "an de combat contre un lymphome.",
            {"Sylvie Roy": "PERSON", "lymphome": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        # a health word naming a network of care
        (
            "[03/04 18:06] Marc: l'infirmière Sophie Hamon du réseau diabète vient jeudi",
            {"Marc": "PERSON", "Sophie Hamon": "PERSON", "diabète": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        # session 13: staff named by a plural role or a guiding, first-aid or pharmacy role
        (
            "Our first aiders Mo and Tash are by the bandstand. Signs of heat exhaustion: "
            "headache and dizziness.",
            {
                "Mo": "PERSON",
                "Tash": "PERSON",
                "heat exhaustion": "CONDITION",
                "headache": "SYMPTOM",
            },
            "en",
            Verdict.PASS,
        ),
        (
            "Our transplant coordinators Aled and Rhian will explain the operation and recovery.",
            {"Aled": "PERSON", "Rhian": "PERSON", "operation": "PROCEDURE"},
            "en",
            Verdict.PASS,
        ),
        (
            "Speaker: nurse navigator Ines Ford on coping with fatigue after radiotherapy.",
            {"Ines Ford": "PERSON", "fatigue": "SYMPTOM", "radiotherapy": "PROCEDURE"},
            "en",
            Verdict.PASS,
        ),
        (
            "Notre préparatrice Maëlle vous conseille contre la déshydratation.",
            {"Maëlle": "PERSON", "déshydratation": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Our first aider Mo broke his ankle on the climbing wall.",
            {"Mo": "PERSON", "broke his ankle": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        # people who have it, in general, not one person's or a family's
        (
            "Des conseils gratuits aux aidants de personnes atteintes de démence.\n— Jeanne",
            {"Jeanne": "PERSON", "démence": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Ella says her kids with asthma struggled all winter.",
            {"Ella": "PERSON", "asthma": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Ella's kids with asthma struggled all winter.",
            {"Ella": "PERSON", "asthma": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        # an outbreak told in other words
        (
            "Two of our residents have been diagnosed with scabies at Heron Court.",
            {"scabies": "CONDITION", "Heron Court": "LOCATION"},
            "en",
            Verdict.HOLD,
        ),
        # measles among the children of a named orphanage
        (
            "Cas de rougeole chez quatre enfants de l'orphelinat Saint-Paul de Sokodé.",
            {"rougeole": "CONDITION", "orphelinat Saint-Paul de Sokodé": "LOCATION"},
            "fr",
            Verdict.HOLD,
        ),
        # Québec's word for an outbreak; a home for old people named as Africa names them
        (
            "Éclosion de grippe à la Résidence Les Érables : visites suspendues.",
            {"grippe": "CONDITION", "Résidence Les Érables": "FACILITY"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "Three residents of Umoja Eventide Home tested positive for measles.",
            {"measles": "CONDITION", "Umoja Eventide Home": "FACILITY"},
            "en",
            Verdict.HOLD,
        ),
        # cases counted across a city, a clinic named after its street: no small group
        (
            "42 cases of measles were reported in Leeds this year. Free MMR jabs at our "
            "Kirkgate Road clinic.",
            {
                "cases of measles": "CONDITION",
                "Leeds": "LOCATION",
                "MMR": "MEDICATION",
                "Kirkgate Road clinic": "FACILITY",
            },
            "en",
            Verdict.PASS,
        ),
        (
            "Norovirus has been confirmed in a few of our residents at Larch Lodge.",
            {"Norovirus": "CONDITION", "Larch Lodge": "LOCATION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "We have had residents testing positive for flu at Oak Mews.",
            {"flu": "CONDITION", "Oak Mews": "LOCATION"},
            "en",
            Verdict.HOLD,
        ),
        # "if you're on": whoever it fits, in a general answer; "you're on" is the reader's
        (
            "@kez_b Good question! In general, if you're on a blood thinner you may need a "
            "letter before the extraction.",
            {"@kez_b": "SOCIAL_HANDLE", "blood thinner": "MEDICATION", "extraction": "PROCEDURE"},
            "en",
            Verdict.PASS,
        ),
        (
            "@kez_b Good question! In general, you're on a blood thinner so ask before the "
            "extraction.",
            {"@kez_b": "SOCIAL_HANDLE", "blood thinner": "MEDICATION", "extraction": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        # a booklet's topics, listed; a voice chat's topic
        (
            "@lou_m there's a handy booklet in the group files comparing Fostair, Symbicort and "
            "Seretide.",
            {
                "@lou_m": "SOCIAL_HANDLE",
                "Fostair": "MEDICATION",
                "Symbicort": "MEDICATION",
                "Seretide": "MEDICATION",
            },
            "en",
            Verdict.PASS,
        ),
        (
            "mod_sam — 02/03/2025 18:00\nthis week's voice chat (7pm) is on fatigue after "
            "radiotherapy. Hosted by me, bring your questions.",
            {"mod_sam": "SOCIAL_HANDLE", "fatigue": "SYMPTOM", "radiotherapy": "PROCEDURE"},
            "en",
            Verdict.PASS,
        ),
        # a name thanked beside the poster's own health; theirs in apposition or a quote
        (
            "Merci Inès pour le lien vers les séances de kiné respiratoire !",
            {"Inès": "PERSON", "kiné respiratoire": "PROCEDURE"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Thanks everyone, and especially Kath, who answered all my questions. Six cycles of "
            "FEC behind me!",
            {"Kath": "PERSON", "FEC": "MEDICATION"},
            "en",
            Verdict.PASS,
        ),
        (
            "Thanks to Kath, home after her mastectomy.",
            {"Kath": "PERSON", "mastectomy": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Thanks to Kath, operated on last week, for the cards.",
            {"Kath": "PERSON", "operated on": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Merci à Odile d'avoir témoigné : « Mon lupus m'a longtemps épuisée. »",
            {"Odile": "PERSON", "lupus": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "Shout out to Deano who hit 6 months sober. From detox in March to running the raffle.",
            {"Deano": "PERSON", "detox": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        # new members welcomed by name, then what the group is for; their own news still counts
        (
            "A warm welcome to our newest members Dilys, Kofi and Ash 👋 This group is for "
            "anyone living with a stoma, as a patient, a partner or a parent.",
            {"Dilys": "PERSON", "Kofi": "PERSON", "Ash": "PERSON", "stoma": "PROCEDURE"},
            "en",
            Verdict.PASS,
        ),
        (
            "Welcome to our new members Dilys and Kofi, both just home after a stoma reversal.",
            {"Dilys": "PERSON", "Kofi": "PERSON", "stoma reversal": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        # a moderator's notice or round-up, signed: the group's, not the signer's health
        (
            "Mod note: lots of questions on statins, so a round-up (not medical advice):\n"
            "• muscle aches are worth reporting\n– Bev",
            {"statins": "MEDICATION", "muscle aches": "SYMPTOM", "Bev": "PERSON"},
            "en",
            Verdict.PASS,
        ),
        (
            "Rappel : la ligne Répit écoute les aidants épuisés, le soir.\n— Modo Josiane",
            {"épuisés": "SYMPTOM", "Modo Josiane": "PERSON"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Mod note: back next week, my chemo was moved to Monday.\n– Bev",
            {"chemo": "PROCEDURE", "Bev": "PERSON"},
            "en",
            Verdict.HOLD,
        ),
        # a moderator's own news, signed: first person or stepping away
        (
            "Mod note: I'll be quieter for a while as my radiotherapy starts Monday.\n— Modo Tess",
            {"radiotherapy": "PROCEDURE", "Modo Tess": "PERSON"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Admin note: stepping back for a month. Surgery is on the 4th, back soon.\n— Jo Parker",
            {"Surgery": "PROCEDURE", "Jo Parker": "PERSON"},
            "en",
            Verdict.HOLD,
        ),
        # no service where a determiner stands before the next noun
        (
            "Sam Hughes has asthma and a clinic appointment on Friday.",
            {"Sam Hughes": "PERSON", "asthma": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Julien Morel a une bronchiolite et le service est complet ce soir.",
            {"Julien Morel": "PERSON", "bronchiolite": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "Our burns and plastics dressing clinic moves to Ward 9; Ken Lowe runs it.",
            {"burns": "CONDITION", "Ken Lowe": "PERSON"},
            "en",
            Verdict.PASS,
        ),
        # a talk with one's own doctor is no topic; only what comes after a topic is listed
        (
            "Rita Vance had a chat with her consultant about starting chemotherapy soon.",
            {"Rita Vance": "PERSON", "chemotherapy": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Longue discussion hier avec le neurologue sur la sclérose en plaques de Paul Girard.",
            {"sclérose en plaques": "CONDITION", "Paul Girard": "PERSON"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "Bill Thornton is back on the dialysis unit, pneumonia and sepsis this time.",
            {
                "Bill Thornton": "PERSON",
                "dialysis": "PROCEDURE",
                "pneumonia": "CONDITION",
                "sepsis": "CONDITION",
            },
            "en",
            Verdict.HOLD,
        ),
        # thanks for telling one's own story; "they" is a third person
        (
            "Thanks to Priya Shah for talking so openly about living with bipolar disorder at "
            "last night's meeting.",
            {"Priya Shah": "PERSON", "bipolar disorder": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Thanks to Sam Reid for sharing their experience of top surgery tonight.",
            {"Sam Reid": "PERSON", "top surgery": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Merci à Josette et Marc, bénévoles de l'association, et à tous ceux venus partager "
            "leurs questions sur la maladie de Parkinson.",
            {"Josette": "PERSON", "Marc": "PERSON", "maladie de Parkinson": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "You'll run our PrEP and STI testing clinics; informal chats welcome with Aroha, our "
            "lead.",
            {"PrEP": "MEDICATION", "STI": "CONDITION", "Aroha": "PERSON"},
            "en",
            Verdict.PASS,
        ),
        # a care role one person holds, at a named ward, with their own health
        (
            "ROWAN WARD NEWS\nWelcome back to our ward sister, six weeks off after her "
            "hysterectomy.",
            {"ROWAN WARD": "FACILITY", "hysterectomy": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "ROWAN WARD NEWS\nOur ward sister ran the session on sepsis signs.",
            {"ROWAN WARD": "FACILITY", "sepsis": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        # a public figure's age, told beside their health; not the poster's
        (
            "Vu l'entrevue de l'humoriste Marc Tessier à la télé ? Il parle de son TDAH "
            "diagnostiqué à 41 ans.",
            {"Marc Tessier": "PERSON", "TDAH": "CONDITION", "41 ans": "AGE"},
            "fr",
            Verdict.PASS,
        ),
        (
            "The singer Lou Hart spoke about her early menopause. Mine started at 39, in my "
            "first year at the bank.",
            {"Lou Hart": "PERSON", "early menopause": "CONDITION", "39": "AGE"},
            "en",
            Verdict.HOLD,
        ),
        # "as" before a pronoun is no role of anyone's
        (
            "So proud of Dave Morgan. Would anyone be as brave as he was through six rounds of "
            "chemo?",
            {"Dave Morgan": "PERSON", "chemo": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        # an answer that likens a case to the reader's; "when you were" is the reader's past
        (
            "@tess_k Good question! In general a woman who's had a c-section like you needs six "
            "weeks before lifting.",
            {"@tess_k": "SOCIAL_HANDLE", "c-section": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "@kim_r Good question! When you were diagnosed with lupus, was it by a rheumatologist?",
            {"@kim_r": "SOCIAL_HANDLE", "lupus": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        # a role only one person holds in the poster's own place, with health told as theirs:
        # every reader knows the place
        (
            "Our head groundsman is home and recovering well after a stroke. Cards welcome.",
            {"stroke": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Notre cadre de santé de nuit est de retour après son opération de l'épaule.",
            {"opération de l'épaule": "PROCEDURE"},
            "fr",
            Verdict.HOLD,
        ),
        # ... not a role at someone else's place, a role's work, or a role naming a person
        (
            "Their head groundsman is home and recovering well after a stroke.",
            {"stroke": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        (
            "Our pharmacist explains who can have the shingles vaccine this autumn.",
            {"shingles vaccine": "MEDICATION"},
            "en",
            Verdict.PASS,
        ),
        (
            "Our practice manager, Dr Ruth Kemp, is back after her knee replacement.",
            {"Ruth Kemp": "PERSON", "knee replacement": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
    ],
)
def test_who_the_post_is_about(
    text: str, marked: dict[str, str], language: str, expected: Verdict
) -> None:
    assert decide(text, findings(text, marked), COMMS, language)[0] is expected


@pytest.mark.parametrize(
    ("text", "name", "message"),
    [
        ("09:12 - Dave H: morning all\n09:15 - Jo: hi", "Dave", "morning all"),
        ("[14/02/2025, 08:02] Karen: results back", "Karen", "results back"),
        ("Claire, 08/10/2025 09:02 : la campagne a repris", "Claire", "la campagne a repris"),
        ("Sarah (physio): Morning all!", "Sarah", "Morning all!"),
        ("Papa Jonas: La pharmacie a reçu", "Papa Jonas", "La pharmacie a reçu"),
        (
            "[13/03/2025 08:02] Modo_Lune 🛡️: rappel des règles du groupe",
            "Modo_Lune",
            "rappel des règles du groupe",
        ),
    ],
)
def test_a_chat_line_speakers_message(text: str, name: str, message: str) -> None:
    (found,) = findings(text, {name: "PERSON"})
    span = message_of(text, found)
    assert span is not None and text[span[0] : span[1]] == message


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Update on Mum: she is home", "Mum"),  # a heading, not a chat line
        ("We thank Dave: he ran the stall", "Dave"),  # a name inside a sentence
        ("Dear Jo, here it is: the plan", "Jo"),
        ("Family update:\n1. Priya: stage 2, any tips?", "Priya"),  # a list item
        ("Family update:\n- Tom: positive, all isolating", "Tom"),
    ],
)
def test_names_that_speak_no_chat_line(text: str, name: str) -> None:
    (found,) = findings(text, {name: "PERSON"})
    assert message_of(text, found) is None


@pytest.mark.parametrize(
    ("text", "word", "message"),
    [
        ("[10/02/2026 18:02] Josiane: petite info\nok", "info", "petite info"),
        ("hi\n09:12 - Dave H: morning all", "morning", "morning all"),
        ("Thème : le jeûne", "jeûne", None),  # no time: no chat line
        ("[10/02/2026 18:02] Josiane: info", "Josiane", None),  # the line's head
    ],
)
def test_the_dated_chat_message_at_a_position(text: str, word: str, message: str | None) -> None:
    span = message_at(text, text.index(word))
    assert (text[span[0] : span[1]] if span else None) == message
