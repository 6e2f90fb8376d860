"""Session 24's verdict rows, one table per rule family: each row the rule is about failed on
the code before it. tests/test_screener.py runs them with every session's tables
(VERDICT_TABLES); they stand here so that module stays readable.
"""

from __future__ import annotations

from screener import Verdict

Row = tuple[str, str, str, Verdict]

# A public figure's own words in quotation marks, or an event's title in them, are no one
# else: the first person there points at no private person.
QUOTED_FIRST_PERSON: list[Row] = [
    (
        "OCTOBRE ROSE À KAYES. La ministre de la Santé, Mme Aminata Traoré, qui a parlé "
        "publiquement de son cancer du sein, a lancé la campagne : « J'ai été soignée parce "
        "qu'on l'a trouvé tôt. » Dépistage gratuit à Kayes du 1er au 31 octobre.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Journée « Mon cœur, mon souffle » samedi 14 mars, place du Marché à Brive : dépistage "
        "gratuit du diabète. Notre parrain, le rugbyman Paul Vergnes, a raconté publiquement "
        "son diabète de type 2.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    # ... but a named private person's quoted words still tell of their health
    (
        "« J'ai eu mon AVC à 52 ans », raconte Josiane Delmas, de Guéret, opérée le 3 mars.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
]

# A title before two everyday words makes them a name ("M. Réal Fortin"), so a public
# figure's role introduces them and is no second person.
TITLED_EVERYDAY_NAMES: list[Row] = [
    (
        "Movember 🥸 Le maire de Gaspé, M. Réal Fortin, qui a lui-même fait connaître "
        "publiquement son cancer de la prostate l'an dernier, lance cette année le défi "
        "moustache de la région. #Gaspé",
        "comms",
        "fr",
        Verdict.PASS,
    ),
]

# "Ni fleurs ni couronnes": a funeral's wreaths, not dental crowns.
WREATHS: list[Row] = [
    (
        "AVIS DE DÉCÈS – Aubusson. M. Louis Peyrat s'est éteint le 4 janvier 2025 à l'âge de "
        "91 ans. Ni fleurs ni couronnes : des dons pour la Ligue contre le cancer.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Avis de décès. Mme Odette Brun nous a quittés le 8 mars 2025, à 88 ans. La cérémonie "
        "aura lieu à Ussel. Fleurs et couronnes à déposer au funérarium. Dons à la Ligue contre "
        "le cancer.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Ma fille Léa, 34 ans, s'est fait poser une couronne hier à Brive après une carie, elle "
        "a très mal.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
]

# A person in advice on what to do ("how to support a partner") is anyone.
ADVICE_TO_ANYONE: list[Row] = [
    (
        "Families day at the Devonport Recreation Centre, Saturday 12 April: a free info stall "
        "on sleep problems, anxiety and how to support a partner who works away.",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "Atelier à la médiathèque de Guéret le samedi 12 avril : comment rassurer un enfant qui "
        "fait de l'asthme.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "My partner was diagnosed with MS at the Royal Hobart on 3 May and we are lost.",
        "support",
        "en",
        Verdict.HOLD,
    ),
]

# A "name" before a plural of a city's quarters, in a list of places ("Kanyama, Matero and
# George compounds"), or a town a place is named after and given again ("l'école des
# Pionniers de Dolbeau ... CLSC de Dolbeau"), is a place.
PLACES_NOT_PEOPLE: list[Row] = [
    (
        "CHOLERA UPDATE – Lusaka District, Thursday 16 January 2025. 47 new cases of cholera "
        "were recorded, most of them from Kanyama, Matero and George compounds. Vaccination "
        "continues at all health facilities.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Chers parents des élèves de l'école des Pionniers de Dolbeau,\n\nLa vaccination "
        "scolaire aura lieu le mardi 14 octobre. Votre enfant pourra recevoir le vaccin contre "
        "le VPH.\n\nMarie Tremblay, infirmière scolaire\nCLSC de Dolbeau",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "My son George has cholera, he is at the clinic in Kanyama since Thursday.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Ma fille Alma a la varicelle depuis mardi, elle est à la crèche des Lilas.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
]

# A few counted people of one site or team, carried to hospital or taken ill: a small,
# closed group, like a case at work; not a team's trip or a stall.
TEAM_TAKEN_ILL: list[Row] = [
    (
        "Ville de Chibougamau — point de presse\n\nDeux employés de la Scierie du Lac ont été "
        "transportés à l'hôpital de Chibougamau hier soir à la suite d'une intoxication au "
        "monoxyde de carbone dans l'atelier.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    (
        "SITE SAFETY ALERT – Rosebery operations\n\nYesterday two of our contractors working "
        "in the North Pit were flown to the hospital in Burnie with suspected heat stroke.\n\n"
        "Drink water every 20 minutes.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    # (a year closing the line before is no count of hundreds)
    (
        "Media release – Nome, Alaska – March 3, 2025\n\nThree contract workers at the Rock "
        "Creek Mine were medevaced to Norton Sound Regional Hospital on Sunday, March 2 after "
        "carbon monoxide exposure.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "Deux saisonniers de la cave coopérative de Tain-l'Hermitage ont été hospitalisés cette "
        "semaine pour une leptospirose confirmée.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    # (by their trade: porters, cleaners, a crew, a firm's employees; "No. 2" ends no sentence)
    (
        "STAFF BULLETIN – Gander Regional Hospital\nTwo of our day-shift cleaners have been "
        "diagnosed with pertussis. Occupational Health will contact everyone who worked on 3 West "
        "between 2 and 9 May.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "Deux brancardiers de l'équipe de jour du centre hospitalier de Péronne ont été "
        "diagnostiqués avec une tuberculose pulmonaire. Un dépistage sera proposé à leurs "
        "collègues.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Three fellas off my crew at the Elk Run No. 2 mine got diagnosed with black lung last "
        "spring, none of them 45 yet.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Update from Boone County EMS: two of our crew members were treated at Boone Memorial "
        "Hospital for smoke inhalation after a house fire on Friday, June 6.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "Trois salariés d'une entreprise de Montbard ont été pris en charge par les pompiers pour "
        "une intoxication au chlore jeudi 12 juin.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    # ... not a region's carers, a training, a survey's share
    (
        "Two nurses in Ondo State have died of Lassa fever since January, the state ministry said "
        "on Monday 3 March in Akure.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Five nurses from Benue State were trained in Lassa fever case management in Makurdi on "
        "4 March.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Trois salariés sur quatre dans la Somme déclarent un mal de dos, selon l'enquête publiée "
        "le 3 mars à Amiens.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Two of our nurses were flown to Sydney on 12 May to present our sepsis research at the "
        "national conference in Darling Harbour.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Deux employés de la mairie de Brive seront au forum santé le samedi 3 mai pour parler "
        "du dépistage du diabète.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
]

# A death's date after kin called by name ("We lost Pops on 14 March", "Daddy passed
# 3/9/2024"); not another "passed" or "lost".
KIN_DEATH_DATES: list[Row] = [
    (
        "We lost Pops on 14 March to a stroke. Still can't believe he's gone.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Daddy passed 3/9/2024 from pancreatic cancer. I miss him every single day.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "My son passed his driving test on 3 May, first try! Meanwhile my asthma is awful.",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "We lost power on 3 March during my chemo week, the fridge with my insulin was warm.",
        "support",
        "en",
        Verdict.PASS,
    ),
]

# A patient's room by its number, where kin called by name or the poster is.
ROOMS: list[Row] = [
    (
        "I'm back in room 214 for round 3 of my chemo, same view of the car park lol",
        "support",
        "en",
        Verdict.HOLD,
    ),
    # (a word for a person right before the room: "the Elder in room 118")
    (
        "To the Elder in room 118 who came down from Arviat on Monday for dialysis: your "
        "insulin is at the front desk.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "Mum's in room 5 of the library doing the quiz, my asthma kept me home.",
        "support",
        "en",
        Verdict.PASS,
    ),
]

# Treatments that are everyday words, undergone ("start radiation", "your dad's bypass").
TREATMENTS_UNDERGONE: list[Row] = [
    (
        "Please keep Mary Tootoo, our clerk in Baker Lake, in your thoughts this week as she "
        "heads south to Winnipeg to start radiation.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "@jim.walsh22 So glad to hear your dad's bypass went well, Jim! Wishing him a smooth "
        "recovery.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "The new Grundy bypass opens on Monday 3 March; expect delays near the clinic.",
        "comms",
        "en",
        Verdict.PASS,
    ),
]

# A town by its state's abbreviation, a town's word before it, a landform ending its name.
TOWNS_NOT_PEOPLE: list[Row] = [
    (
        "Recovery Fest: Saturday, September 20, noon till dark, Courthouse Square, downtown "
        "Harlan. Free Narcan training and peer coaches for addiction recovery.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Mobile mammography is coming to Burnie, Tas on Monday 12 May: book your free screen "
        "on 1800 555 012.",
        "comms",
        "en",
        Verdict.PASS,
    ),
]

# A chat line's timestamp dates the message, not a life; its clock and dash are no place.
CHAT_HEADERS: list[Row] = [
    (
        "02/06/2025, 18:40 - Dédé: pour ceux qui sont sous insuline, la pharmacie de garde ce "
        "week-end c'est celle de Clamecy\n02/06/2025, 18:42 - Sylvie: merci Dédé\n"
        "02/06/2025, 18:45 - Paulo: je fais passer",
        "support",
        "fr",
        Verdict.PASS,
    ),
    (
        "Admitted on 02/06/2025, 18:40 they finally gave Dad his chemo.",
        "support",
        "en",
        Verdict.HOLD,
    ),
]

# A staff member's own treatment: off work "until ..." after an operation, or a treatment
# she goes to start; not her clinics or her training.
STAFF_OWN_TREATMENT: list[Row] = [
    (
        "INFORMATION AUX PATIENTS DU CABINET DE CORBIGNY\nLe Dr Hervé Lacour est en arrêt "
        "jusqu'à la fin du mois d'avril suite à une opération de l'épaule. Nous lui souhaitons "
        "un prompt rétablissement.\nLa mairie de Corbigny",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Please keep Martha Qaqqaq, our receptionist in Igloolik, in your thoughts this week as "
        "she heads down to Ottawa to start chemo.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "Dr Amy Fraser, our oncologist, is off until 3 March; she will start clinics at Burnie "
        "on her return.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Notre infirmière Claire est en arrêt jusqu'à lundi pour un congé de formation au CHU "
        "de Dijon.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
]

# A character of a plot told after a work's title ("« ... » de X, l'histoire de Margot"), or
# "le personnage de" in a post about a show; not the poster's own people, nor a story with
# no title.
PLOT_CHARACTERS: list[Row] = [
    (
        "Le coin lecture vous propose « Les Vignes de l'hiver », de Sophie Renaud (2023) : "
        "l'histoire de Margot, vigneronne de l'Auxerrois, qui voit son frère Paul perdre la "
        "mémoire, emporté par la maladie d'Alzheimer.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Quelqu'un regarde « Le Domaine » le jeudi soir ? Le personnage de Josette, qui perd la "
        "tête avec son Alzheimer, c'est tellement juste, j'ai pleuré.",
        "support",
        "fr",
        Verdict.PASS,
    ),
    (
        'Just finished "The Long Field" by Ruth Ames, the story of a Tasmanian farmer, Alec, '
        "whose MND takes his hands first. Cried buckets.",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "J'ai lu « Le Souffle » de Marc Petit hier. Mon mari Lucien, lui, a fait son AVC le 3 "
        "mars à Laon.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Je vous partage l'histoire de Jeanne, ma voisine de Laon, opérée du cœur le 3 mars.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
]

# One traveller or visitor found ill, whose movements a notice gives: a case the people there
# can tell; not a disease's risk "in a person with".
EXPOSURE_NOTICES: list[Row] = [
    (
        "MEASLES ALERT: Public Health has confirmed measles in a traveller who flew from Perth "
        "to Broome on Friday 4 April, then visited the Broome Boulevard shops on Saturday 5 "
        "April.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "Measles exposure: a person who has since tested positive for measles was at the Kmart "
        "in Launceston on Saturday 3 May, 1 to 4 pm.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "Rougeole : l'ARS a confirmé un cas de rougeole chez un voyageur arrivé à l'aéroport de "
        "Biarritz le lundi 5 mai.",
        "comms",
        "fr",
        Verdict.HOLD,
    ),
    (
        "Measles is serious in a person with a weak immune system. Free MMR catch-up at the "
        "Launceston clinic on Saturday 3 May.",
        "comms",
        "en",
        Verdict.PASS,
    ),
]

# Someone next door on a named street: a home few people share.
NEXT_DOOR: list[Row] = [
    (
        "Please pray for the old lady next door to us on Gower Street, the ambulance took her "
        "last night, a heart attack they think.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "The new pharmacy next door to us on Gower Street does free blood pressure checks, handy "
        "for my hypertension.",
        "support",
        "en",
        Verdict.PASS,
    ),
]

# A newsletter's items are separate news: a word for a person counts only in an item that
# tells of health; a region by its compass point is no small group's place.
NEWSLETTERS: list[Row] = [
    (
        "LA LETTRE DU CH DE GUÉRET – n° 12, mars 2025\n\n🏅 MERCI\nMerci à Odette Lavaud, "
        "bénévole à la cafétéria depuis douze ans. Elle prend sa retraite à la fin du mois, mais "
        "reviendra pour la kermesse.\n\n👁️ NOUVEAU\nDepuis le 3 mars, la chirurgie de la "
        "cataracte se fait en ambulatoire au 2e étage : arrivée le matin, retour le soir.\n\n"
        "🚗 TRAVAUX\nLe parking P1 sera fermé du lundi 17 mars au vendredi 21 mars.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "NOW OPEN: Heart Function Clinic at Mersey Community Hospital ❤️ Starting Monday 3 "
        "March, patients on the North West Coast living with heart failure can get specialist "
        "follow-up without the drive to Hobart.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    # ... a person's health inside one item still holds; a short list is one person's news
    (
        "Ward news\n• Our HCA Bev is home after her hip replacement on Monday 3 March, she says "
        "hi to all!\n• The new coffee machine is in the staff room, finally working.\n• Flu "
        "jabs for staff on Friday in the education centre, bring your badge.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    (
        "Update on Mum:\n• admitted 3 March\n• Ward 5\n• chemo starts Friday",
        "support",
        "en",
        Verdict.HOLD,
    ),
]

# A health term that names someone's field of work ("pionnier de la dialyse", "sa thèse à
# la mucoviscidose", "a specialist in heart failure"), and a group's own age.
FIELDS_AND_GROUPS: list[Row] = [
    (
        "Le CH de Nevers a appris avec tristesse le décès du Dr Jean Morel, survenu à l'âge de 84 "
        "ans. Pionnier de la dialyse et de la greffe rénale dans la Nièvre, il a formé des "
        "générations d'internes.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Bienvenue au Dr Léa Martin ! Pneumologue, elle a consacré sa thèse à la mucoviscidose "
        "chez les adolescents. Elle consultera les mardis à Brive.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Welcome to Dr Amy Hart, 34, our new consultant and a specialist in heart failure, who "
        "joins us in Burnie on Monday 3 March.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "My husband, 58, is taking part in research on his MS at the Royal Hobart from Monday 3 "
        "March.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "🎉 HAPPY 5TH BIRTHDAY TO THE TAMAR VALLEY DIABETES CIRCLE! 🎉 Five years ago it was 9 of "
        "us around a kitchen table in Launceston, now we're 800 strong.",
        "support",
        "en",
        Verdict.PASS,
    ),
]

# Thanks in Basque, Breton and Inuktitut are no names; a book club's unquoted title and its
# plot's character.
THANKS_AND_TITLES: list[Row] = [
    (
        "Milesker Maite pour le covoit jusqu'à ma radiothérapie ce matin 💕 Plus que 4 séances !",
        "support",
        "fr",
        Verdict.PASS,
    ),
    (
        "Trugarez Yann pour la soupe, ma chimio me laisse sans force.",
        "support",
        "fr",
        Verdict.PASS,
    ),
    (
        "Did anyone see singer Mary Arnaq on CBC North talking about her anxiety? I've been on "
        "sertraline a year. Qujannamiik to her for saying it.",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "Reading corner pick: this month we're reading The Long Tide by Launceston author Jan "
        "Foley: the story of Uncle Reg, a retired fisherman whose dementia slowly takes his "
        "memories. Discussion Tuesday 8 July, 7 p.m.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "I'm reading My Story by Jan Foley, and my uncle Reg, 80, was just diagnosed with "
        "dementia at Burnie on 3 May.",
        "support",
        "en",
        Verdict.HOLD,
    ),
]

# A public figure "enfant de Brive" is a native of the town, no child; "l'enfant de Marie"
# is hers.
NATIVES: list[Row] = [
    (
        "Soirée Movember jeudi 13 novembre à Tulle. Notre invité : l'ancien rugbyman Paul "
        "Vergnes, enfant de Brive, qui a parlé dans la presse de son cancer de la prostate. "
        "Entrée libre.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "L'enfant de Marie, 6 ans, a été opéré des amygdales jeudi à Brive.",
        "support",
        "fr",
        Verdict.HOLD,
    ),
]

# A chat line's head ("Sister Ruth:") is no word for someone of its message: a reminder of a
# service passed on ties no other speaker to it; a message about someone still does.
CHAT_SPEAKERS: list[Row] = [
    (
        "10/6/25, 8:02 AM - Sister Ruth: Reminder y'all, the county is giving free flu shots in "
        "the church hall after service Sunday 🙏\n10/6/25, 8:05 AM - Wanda Combs: I'll bring the "
        "sign up sheet\n10/6/25, 8:14 AM - Earl: 👍",
        "support",
        "en",
        Verdict.PASS,
    ),
    (
        "10/6/25, 8:02 AM - Sister Ruth: my sister has the flu bad, pray for her 🙏\n10/6/25, "
        "8:05 AM - Wanda Combs: praying for her Ruth",
        "support",
        "en",
        Verdict.HOLD,
    ),
]

# The review of these rules (a helper's 50 posts): regressions of the first versions, fixed.
REVIEW: list[Row] = [
    # a timeline's date is the event's, not a chat message's
    (
        "Timeline of Dad's stroke, for the inquest:\n12/03/2025, 09:02 - ambulance called to his "
        "flat in Eccles\n12/03/2025, 10:15 - arrived at Salford Royal",
        "support",
        "en",
        Verdict.HOLD,
    ),
    # "MS" after a name is the disease; "OH" going on is an interjection; "all of Emma's" is hers
    (
        "Update on Marge, MS flared up again after the move and she is back on steroids. Please "
        "send her some love.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "So proud of Kayla, OH my goodness, she finished chemo today!! 🎉",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Love and hugs from all of Emma's family – her last chemo is on Friday!",
        "support",
        "en",
        Verdict.HOLD,
    ),
    # thousands of seasonal workers are no small group
    (
        "Plus de deux mille saisonniers ont été soignés pour coup de chaleur en Champagne cet "
        "été, selon l'ARS Grand Est. Buvez de l'eau, faites des pauses.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    # the poster in a room of a conference centre is at a stand
    (
        "I'm in room 305 at the conference centre today — come and say hi at our diabetes "
        "stand! #DiabetesWeek",
        "comms",
        "en",
        Verdict.PASS,
    ),
]

# The second review (a helper's 75 posts on the later rules): regressions of the first
# versions, fixed.
REVIEW_2: list[Row] = [
    # one person's update in emoji lines: "he" with no name in his line is him
    (
        "Quick update for everyone asking 🙏\n🏥 He's been on Ward 7 at Wythenshawe since Monday "
        "3 March and he's in good spirits, eating well.\n🧠 Doctors say the stroke was a small "
        "one and physio starts tomorrow morning at 10.\n❤️ Thank you all so much for the cards "
        "and messages, he loves reading them every evening.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    # the poster's own after a comma, a plot in another sentence, a real child of a film
    (
        "Just finished the novel “Still Alice”. It follows a professor with early-onset "
        "Alzheimer's, and it's the story of my mum, Joan, diagnosed at 58 in Wigan.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Our new film “Brave Hearts” tells the story of Dylan, 7, from Rhyl, who had a heart "
        "transplant on our ward in March.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    # a family's mobile to book a visit; a child living with a disease; a member's age
    (
        "Mum's back home after her stroke. Book a visit at 07700 900456, she'd love to see you.",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Our Maisie, 7, is the family expert in type 1 diabetes now, she counts her own carbs!",
        "support",
        "en",
        Verdict.HOLD,
    ),
    (
        "Cagnotte dédiée à la leucémie de notre petit Tom, 6 ans : chaque euro compte 💛",
        "support",
        "fr",
        Verdict.HOLD,
    ),
    (
        "A lady from our Breathe Easy Circle is 90 today and still going strong despite her COPD!",
        "support",
        "en",
        Verdict.HOLD,
    ),
    # a street that opens with a compass word is a street
    (
        "Residents on North Road were treated for carbon monoxide poisoning on Saturday 3 May.",
        "comms",
        "en",
        Verdict.HOLD,
    ),
    # campaigns about anyone are no exposure notice
    (
        "A person who has been diagnosed with dementia can still live well at home. Memory café "
        "at Wigan Library, Tuesday 6 May, 2-4pm.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    (
        "Measles is confirmed in a person by a simple blood test. Free MMR catch-up at "
        "Launceston Library on Saturday 3 May.",
        "comms",
        "en",
        Verdict.PASS,
    ),
    # a service a clinician starts; a colleague standing in
    (
        "Le Dr Karim Morel rejoint l'équipe d'oncologie du CH de Guéret : il commence une "
        "chimiothérapie orale en consultation dédiée le mardi.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
    (
        "Le Dr Lacour est en arrêt jusqu'au 30 avril, le Dr Petit le remplace pour l'hypertension "
        "et les vaccins.",
        "comms",
        "fr",
        Verdict.PASS,
    ),
]

TABLES = {
    "quoted-first-person": QUOTED_FIRST_PERSON,
    "titled-everyday-names": TITLED_EVERYDAY_NAMES,
    "wreaths": WREATHS,
    "advice-to-anyone": ADVICE_TO_ANYONE,
    "places-not-people": PLACES_NOT_PEOPLE,
    "team-taken-ill": TEAM_TAKEN_ILL,
    "kin-death-dates": KIN_DEATH_DATES,
    "rooms": ROOMS,
    "treatments-undergone": TREATMENTS_UNDERGONE,
    "towns-not-people": TOWNS_NOT_PEOPLE,
    "chat-headers": CHAT_HEADERS,
    "staff-own-treatment": STAFF_OWN_TREATMENT,
    "plot-characters": PLOT_CHARACTERS,
    "exposure-notices": EXPOSURE_NOTICES,
    "next-door": NEXT_DOOR,
    "newsletters": NEWSLETTERS,
    "fields-and-groups": FIELDS_AND_GROUPS,
    "thanks-and-titles": THANKS_AND_TITLES,
    "natives": NATIVES,
    "chat-speakers": CHAT_SPEAKERS,
    "review": REVIEW,
    "review-2": REVIEW_2,
}
