"""Staff and public figures (screener/staff.py): roles, lists, own health."""

from __future__ import annotations

import pytest

from screener import staff
from tests.test_people import found


@pytest.mark.parametrize(
    ("text", "name", "is_staff"),
    [
        ("Meet Priya 👋 one of our diabetes specialist nurses!", "Priya", True),
        # people quoted in their job, a Québec or Swiss doctor, volunteer drivers
        ("Beach lifeguard Tane Rua says the sunburn cases doubled", "Tane Rua", True),
        ("Merci à la Dre Line Roch !", "Line Roch", True),
        # someone of a department
        ("I'll check with Bronwen in outpatients", "Bronwen", True),
        ("I'll check with Bronwen in Aberdare", "Bronwen", False),
        # caring for a public, a staff member's colleague
        ("Bryony Kerr has looked after people with MND for a decade.", "Bryony Kerr", True),
        ("Bryony Kerr has looked after her mum since the stroke.", "Bryony Kerr", False),
        ("Her colleague Alun Price runs the clinic in Bala.", "Alun Price", True),
        ("Notre collègue Alun Price revient après son cancer.", "Alun Price", False),
        ("Inès, manipulatrice radio dans notre service d'imagerie", "Inès", True),
        (
            "accueille son nouveau directeur, M. Philippe Renard, venu de Dole",
            "Philippe Renard",
            True,
        ),
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
        ("Our audiologist Declan will talk about tinnitus", "Declan", True),
        ("led by social worker Ray Hill, LCSW", "Ray Hill", True),
        ("Book with optometrist Ewan Muir", "Ewan Muir", True),
        ("Bienvenue à Lou Morin, infirmière Asalée", "Lou", True),
        ("Le cabinet des Drs Le Goff et Tanguy sera fermé", "Tanguy", True),
        ("nos infirmières Léa, Inès et Zoé vous accueillent", "Zoé", True),
        # lower-case words between the role and the name are no list of names
        ("our nurses work so hard and Jo has been poorly", "Jo", False),
        ("en présence de la directrice, Anne Roy, et du maire", "Anne Roy", True),
        ("Mrs A. Ross, Head Teacher", "A. Ross", True),
        ("our phlebotomist Kaz will take your bloods", "Kaz", True),
        ("Merci à notre orthoptiste Inès Roy", "Inès Roy", True),
        ("lead researcher Ana Diaz says the trial is open", "Ana Diaz", True),
        # "a nurse" is a job, not the team's role
        ("my cousin Nia is a nurse and has lupus", "Nia", False),
        ("Deb from Leeds has lupus", "Deb", False),
        # kin, not a nursing title
        ("my sister Agnes has shingles", "Agnes", False),
        ("my neighbour Tom Reed, 81, fell again", "Tom Reed", False),
        ("Jo, who came to group last week, is in hospital", "Jo", False),
        # a role, where it is held, then the name; French names a profession bare
        ("The physio at Ninewells, Morag, was lovely", "Morag", True),
        ("Claude Petit est kinésithérapeute dans notre centre", "Claude Petit", True),
        ("Claude Petit est venu avec sa fille", "Claude Petit", False),
        # a plural role before names joined by "or"
        ("one of our stoma nurses, Aled or Bryony, will call you", "Bryony", True),
        ("Les conseils de Claire, notre pharmacienne, en période de canicule", "Claire", True),
        ("anyone seen Mr Adeyemi at Liverpool Women's? he did my excision", "Adeyemi", True),
        ("Tonton Ousmane est hospitalisé à Principal depuis mardi", "Ousmane", False),
        # Québec's "Dre", a workshop's leader, roles after a name, at the front desk
        ("une conférence avec la Dre Josée Tremblay, cardiologue", "Josée Tremblay", True),
        ("atelier de relaxation avec Bastien Morel, le 3 mai", "Bastien Morel", True),
        ("Merci à Lucas, coach sportif, pour la séance", "Lucas", True),
        ("M. Lagarde le titulaire répond à vos questions", "M. Lagarde", True),
        ("Paola Serra (IDE d'éducation) présentera le programme", "Paola Serra", True),
        ("Zofia Nowak, porter, Unsung Hero award", "Zofia Nowak", True),
        ("Dr Clarke and Nurse Practitioner Shona run the clinic", "Shona", True),
        ("Advanced Practitioner Kelly Moss will see you", "Kelly Moss", True),
        ("Priti (our organiser) has the tickets", "Priti", True),
        # up to four words of specialty before the role
        ("Say hello to Tomasz 👋 our new chronic pain specialist physio!", "Tomasz", True),
        ("d'après le chirurgien anglais William Little, qui l'a décrite", "William Little", True),
        # clergy and coaches before a name, a paramedic in brackets after it
        ("Deacon Sam Oyelaran will lead the naloxone class", "Sam Oyelaran", True),
        ("Coach Dee: bring water to the walk", "Dee", True),
        ("Ray Tillman (retired paramedic) will teach", "Ray Tillman", True),
        ("Inès à l'accueil vous orientera", "Inès", True),
        ("Inès à l'hôpital depuis mardi", "Inès", False),
        # a moderator by the chat name
        ("19:02 - Modo Claire: Rappel : le live c'est demain", "Claire", True),
        ("19:02 - Claire: Rappel : le live c'est demain", "Claire", False),
        (
            "Notre consultante en lactation IBCLC, Laure Pichon, évalue la succion",
            "Laure Pichon",
            True,
        ),
        # plural roles: masculine French, a qualifier after it, specialists, speakers
        ("les coordinatrices de greffe Lina et Maud sont joignables", "Maud", True),
        ("our nurse specialists Aoife and Sunil will be there", "Sunil", True),
        ("Intervenants : Pr Paul Roy, Marie Dufour et l'association", "Marie Dufour", True),
        # a ward's head nurse in francophone Africa; not a major operation
        ("Notre major, Mme Awa Traoré, parlera du paludisme", "Awa Traoré", True),
        ("After major Tom Reid's surgery we rested", "Tom Reid", False),
        # a head nurse; a newcomer's role, a time before it and no article
        ("notre infirmière en chef Josiane Colin range ses sabots", "Josiane Colin", True),
        ("l'infirmière-chef Line Roy vous accueille", "Line Roy", True),
        ("Tama Rewi joins us this month as Renal Nurse Specialist", "Tama Rewi", True),
        ("Tama Rewi joins us on Monday as our Renal Nurse Specialist", "Tama Rewi", True),
        ("Tama Rewi joins us this month after his kidney transplant", "Tama Rewi", False),
        # a job advert's recruiter
        ("Questions? Contact our recruiter Jenna Slone at the desk", "Jenna Slone", True),
        # a credential after the name in staff news; not elsewhere
        ("Please welcome Kayla Bartley, RN, CDCES, to the clinic", "Kayla Bartley", True),
        ("Congratulations to Tom Ruiz, FNP-C, on his new role", "Tom Ruiz", True),
        ("Our colleague Jenna Cole, RN, had a stroke on Sunday", "Jenna Cole", False),
        # a French care role with its service before the name; who runs the group
        (
            "dont 15 comme infirmière en chirurgie, Ginette Roux range sa blouse",
            "Ginette Roux",
            True,
        ),
        ("pas de réunion ce mardi, Denise, qui anime le groupe, est en Floride", "Denise", True),
        ("Bev, who runs the coffee mornings, says hello", "Bev", True),
    ],
)
def test_staff_names(text: str, name: str, is_staff: bool) -> None:
    assert staff.is_staff_name(text, found(text, name)) is is_staff


@pytest.mark.parametrize(
    ("text", "name", "public"),
    [
        ("Lewis Capaldi talking so openly about his Tourette's", "Lewis Capaldi", True),
        ("l'interview de l'ancien cycliste Romain Berthet dans L'Union", "Romain Berthet", True),
        # a champion of record after the name, and news told in the press
        (
            "Paul Girard, ancien champion olympique de ski, qui a raconté dans la presse son "
            "psoriasis",
            "Paul Girard",
            True,
        ),
        # people in their own documentary or memoir
        ("Tom Abbott in his memoir about his MND diagnosis", "Tom Abbott", True),
        ("Tom Abbott in his garden after his MND diagnosis", "Tom Abbott", False),
        ("Thanks to Davina McCall and others, more women now know", "Davina McCall", True),
        ("the interview where Selena Gomez talks about her lupus", "Selena Gomez", True),
        ("c'est la chanson où Stromae a parlé de ses pensées", "Stromae", True),
        ("Laëtitia Milot parle de son endométriose à la télé", "Laëtitia Milot", True),
        ("Sarah spoke openly about her miscarriage at group", "Sarah", False),
        ("Thanks to Sarah, I finally got my diagnosis", "Sarah", False),
        ("Merci à Kévin, notre pair-aidant, qui racontera à la radio son parcours", "Kévin", False),
        ("Since Sir Chris Hoy spoke about his prostate cancer", "Chris Hoy", True),
        (
            "Watched the Celine Dion documentary about her stiff person syndrome",
            "Celine Dion",
            True,
        ),
        ("Since Rob Burrow went public with his MND, people know", "Rob Burrow", True),
        # ... with the surname the NER left out
        ("Watched the Kevin Sinfield documentary about his MND", "Kevin", True),
        ("Kevin Sinfield told me his MND is worse", "Kevin", False),
        ("Quand Céline Dion a parlé publiquement de son syndrome", "Céline Dion", True),
        ("Jane Smith opened up about her cancer at group", "Jane Smith", False),
        ("Sarah went public with her diagnosis on Facebook", "Sarah", False),  # a first name
        ("la vieille dame Marie Roux est tombée", "Marie Roux", False),  # "dame", not "Dame"
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
        ("j'ai vu le docu de Billie Nox sur son endométriose", "Billie Nox", True),
        ("tu as vu le doc sur Line Beaumont et sa sclérose en plaques ?", "Line Beaumont", True),
        ("le doc de Line Beaumont m'a prescrit du Lyrica", "Line Beaumont", False),
        ("Spoke to the doc about Jamie Hale's seizures today", "Jamie Hale", False),
        # the group's own host, not a public figure
        ("notre animatrice Léa Brun a fait un malaise", "Léa Brun", False),
        ("Mo Ansah on the ward has sepsis", "Mo Ansah", False),
        # a book of theirs, or seen talking about their health
        ("reading Tom Hardyman's book about his bipolar", "Tom Hardyman's", True),
        ("Did you see Adele Ferris talking about her endometriosis?", "Adele Ferris", True),
        ("Did you see Adele talking about her endometriosis?", "Adele", False),
        ("I saw Jane Smith at the clinic about her knee", "Jane Smith", False),
        ("Le bourgmestre, Luc Verhaegen, reprend ses fonctions", "Luc Verhaegen", True),
        ("Vous avez réécouté « L'enfer » de Stromae ?", "Stromae", True),
        ("Pierre Denis, qui avait lui-même annoncé son lymphome", "Pierre Denis", True),
        ("Bernard met Princess Anne when she opened the wing", "Anne", True),
        ("As Lewis Capaldi has shown so openly, tics get worse", "Lewis Capaldi", True),
        ("Anne met Bernard when he opened the wing", "Anne", False),
        ("l'interview de la skieuse Léa Morandi où elle raconte", "Léa Morandi", True),
        ("Vous avez vu Léa Morandi sur France 2 parler de son anorexie ?", "Léa Morandi", True),
        # a knighthood the NER kept in the name; a show named between seeing and talking
        ("so sad to read that Sir Alan Fenwick has prostate cancer", "Sir Alan Fenwick", True),
        # a royal title after the name; a Swiss minister; a mayor with a civil title
        ("Catherine, the Princess of Wales, on her chemotherapy", "Catherine", True),
        ("Seeing Edward, Duke of Kent, at the hospice", "Edward", True),
        ("le conseiller d'État chargé de la santé, Rémi Favre, a inauguré", "Rémi Favre", True),
        # a name that starts like a role is no role ("Mpho", "Starla", "Mayorga")
        ("Mpho how did the MRI go?", "Mpho", False),
        ("Starla has lupus", "Starla", False),
        ("prière pour le pape Léon, hospitalisé", "Léon", True),
        (
            "le maire de Gap, M. Henri Blanc, qui a lui-même fait connaître son cancer",
            "Henri Blanc",
            True,
        ),
        ("saw Kit Lomax on Lorraine yesterday talking about his stammer", "Kit Lomax", True),
        ("saw Kit Lomax on the ward yesterday, he has a stammer", "Kit Lomax", False),
        # who they are between the name and their talking; an actress by her French role
        ("did anyone see Ana Vea, the Chiefs winger, talking about her OCD", "Ana Vea", True),
        ("did anyone see Ana Vea, my neighbour's girl, at the clinic", "Ana Vea", False),
        ("l'interview de la comédienne Léa Fontanel sur sa bipolarité", "Léa Fontanel", True),
        # a namesake of a centre or a fund named in the same post
        (
            "Ten years ago Ellen Pryce asked us for a hospice for people with MND. "
            "The Ellen Pryce Centre opens on Monday.",
            "Ellen Pryce",
            True,
        ),
        # sportspeople by their sport; a quoted word is a figure of speech, not a title
        ("that Welsh rugby player Owain Bevan talking about his OCD", "Owain Bevan", True),
        ("la patineuse Inès Morel raconte son anorexie", "Inès Morel", True),
        ("l'interview du rappeur belge Kalimo sur sa dépression", "Kalimo", True),
        ("la chanteuse ivoirienne Aya Konan raconte", "Aya Konan", True),
        ("« L'Aventurier » de Jacques Dutronc", "Jacques Dutronc", True),
        ("on a fêté les 15 ans de « maison » de Lucien Briand", "Lucien Briand", False),
        ("When Dan Okoro was diagnosed, the Okoro Trust was set up", "Dan Okoro", False),
        # television's faces
        ("Did you see BBC weatherman Tomasz Kowal on his psoriasis?", "Tomasz Kowal", True),
        ("la présentatrice météo Inès Daoud parle de son endométriose", "Inès Daoud", True),
        # a former national team player
        ("l'ancien international Kévin Loubet raconte sa dialyse", "Kévin Loubet", True),
        ("notre international de pétanque Kévin Loubet, sous dialyse", "Kévin Loubet", False),
        # a member of a government; a patient thanked for telling their story in our video,
        # not in public
        (
            "visite de Josiane Wahnyamalla, membre du gouvernement en charge de la santé",
            "Josiane Wahnyamalla",
            True,
        ),
        (
            "Thanks to Halima Yusuf from Easton for talking so openly in our video about it",
            "Halima Yusuf",
            False,
        ),
        ("Merci à Céline Dion d'avoir parlé publiquement de sa maladie", "Céline Dion", True),
        # a racing cyclist; a singer with a genre and a region's adjective before the name
        ("l'ancien coureur cycliste Luc Vandamme parle de son Parkinson", "Luc Vandamme", True),
        ("le livre du chanteur country beauceron Réal Gagné", "Réal Gagné", True),
        ("la chanteuse bretonne Nolwenn Le Goff", "Nolwenn Le Goff", True),
        # a DJ of a community fair is no public figure
        ("and DJ Slim Nate on the ones and twos", "Slim Nate", False),
        # a former national captain; a monarch by a regnal number
        ("former Kumuls captain Tony Waiti on his prostate cancer", "Tony Waiti", True),
        ("Chirurgien de Louis XVIII, il a décrit la maladie", "Louis", True),
        ("Thanks Sarah I owe you, the chemo went fine", "Sarah", False),
        # a parliament's Speaker before a full name; not a talk's speaker
        ("Speaker Kieren Adeang spoke about his kidney transplant", "Kieren Adeang", True),
        ("Speaker for our night is my sister Jen, on her bipolar", "Jen", False),
    ],
)
def test_public_figures(text: str, name: str, public: bool) -> None:
    assert staff.is_public_figure(text, found(text, name)) is public


@pytest.mark.parametrize(
    ("text", "term", "own"),
    [
        ("le Dr Morel est en arrêt pour se remettre d'un infarctus", "infarctus", True),
        ("le Dr Vasseur est absente : elle se remet d'une opération du dos", "opération", True),
        ("Our manager Jane Hill had a knee replacement last week", "knee replacement", True),
        ("Jo has had her gallbladder out", "gallbladder", True),
        ("Dr Patel had a busy day with hip replacements", "hip replacements", False),
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
        # tips one shares for others' care
        ("l'infirmière Julie : demandez-lui ses astuces pour le PICC line", "PICC line", False),
        ("Nurse Jo and her tips for living with a stoma", "stoma", False),
        # a workshop's or a talk's quoted title is its topic
        ("Dr Roy animera l'atelier « Bien vivre avec son diabète » jeudi", "diabète", False),
        ("Nurse Kay gives a talk titled “Life after my stroke”", "stroke", False),
        ("Dr Roy « se remet bien de son opération », dit l'équipe", "opération", True),
        # getting over it slowly, a long fight against it; not the cause one works for
        ("Élodie, notre secrétaire, qui se remet lentement d'une bronchite", "bronchite", True),
        ("Karim, brancardier, se battait depuis des années contre un cancer", "cancer", True),
        ("le Pr Roy, engagé dans la lutte contre le cancer, parlera jeudi", "cancer", False),
        # a reader's question in a FAQ is the asker's
        ("Le Dr Haddad répond.\nQ : « On m'opère bientôt de la cataracte »", "cataracte", False),
        ("Le Dr Haddad répond.\nQ : « Elle a une DMLA, peut-on l'opérer ? »", "DMLA", False),
        ("Le Dr Haddad répond.\nElle a une DMLA depuis mai.", "DMLA", True),
        # leave taken for an illness
        ("Our receptionist Sue is on long-term leave following a stroke", "stroke", True),
        ("notre secrétaire Anne est en congé suite à une opération du genou", "opération", True),
        ("notre infirmière Claire est en arrêt maladie suite a un burn-out", "burn-out", True),
        ("Bravo à Karim, brancardier, qui a fait un don de rein à son frère", "don de rein", True),
        ("Karim, brancardier, qui a fait une formation sur les escarres", "escarres", False),
        ("Dr Lee covers the leave for the diabetes team", "diabetes", False),
        ("retour de Sami après six mois d'arrêt pour dépression", "dépression", True),
        ("our GP Dr Lee, recovering nicely from her hysterectomy", "her hysterectomy", True),
        # a group's health, not the speaker's
        ("Dr Lee wants 200 adults living with asthma for a trial", "asthma", False),
        ("les personnes atteintes de SEP sont invitées", "SEP", False),
        ("Nurse Kay gives a talk on living with tinnitus", "tinnitus", False),
        ("our porter Ken, who has Crohn's, ran the 10k", "Crohn's", True),
        ("notre bénévole Lise, qui a eu un cancer du sein", "cancer du sein", True),
        ("Nurse Jo, who has cared for stroke patients since 1990", "stroke", False),
        # the patients' health, not the speaker's
        ("Dr Lee reassures people before their colonoscopy", "colonoscopy", False),
        ("Nurse Kay runs the long covid clinic", "long covid", False),
        ("Ms Hoang, the lunch supervisor: she suffered burns to both hands", "burns", True),
        ("le Dr Mercier : elle a enfin pris mes douleurs au sérieux", "douleurs", False),
        ("opéré par le Dr Martineau pour une cœlioscopie", "opéré", False),
        # struck by an illness
        ("Pensées pour Inès, notre secrétaire, victime d'un infarctus mardi", "infarctus", True),
        ("our porter Sam, the victim of a stroke last month", "stroke", True),
        ("Dr Roy talks to victims of domestic abuse", "abuse", False),
        # a death from it
        ("le décès du Dr Vongsa, survenu le 3 mai des suites d'une dengue", "dengue", True),
        ("Dr Ames died from complications of pneumonia", "pneumonia", True),
        # a line opening with a treatment and no subject is the poster's news
        ("FINISHED RADIOTHERAPY!! Thanks Dr Amin and Sister Jo", "RADIOTHERAPY", False),
        ("Dr Amin finished radiotherapy last week", "radiotherapy", True),
        # away for health reasons, then what it is
        (
            "Le Dr Roy sera absent pour raisons de santé (opération du dos)",
            "opération du dos",
            True,
        ),
        ("Dr Roy is off for health reasons: a hip replacement", "hip replacement", True),
        # what one shows facing others' illness
        ("le Dr Roux et sa patience face aux otites des petits", "otites", False),
        ("Dr Lee, his kindness during my chemo", "chemo", False),
        ("Dr Lee and his battle with lymphoma", "lymphoma", True),
        # a diploma in it
        # a first-person quotation is the quoted person's own health
        ("Merci à Lou d'avoir témoigné : « Mes migraines m'ont coûté un an »", "migraines", True),
        ('Tom, our porter: "After my own MS diagnosis I nearly quit"', "MS", True),
        ("Dr Roy : « Mes patients diabétiques me disent souvent »", "diabétiques", False),
        ("Dr Lau went through early menopause herself", "early menopause", True),
        ("charge nurse Tia ran the ward and beat breast cancer too", "breast cancer", True),
        ("notre infirmière Léa a vaincu un lymphome", "lymphome", True),
        ("nurse Jo, who has helped so many families beat cancer", "cancer", False),
        # a patient's passive: being treated for it
        ("Years ago Ravi was an inpatient here, being treated for bulimia", "bulimia", True),
        ("while he's treated for lymphoma, the clinic is shut", "lymphoma", True),
        ("Ravi has treated hundreds of people for bulimia", "bulimia", False),
        ("Bravo à Inès, qui a obtenu son DU Plaies et cicatrisation", "Plaies", False),
        ("Well done Jo on her diploma in diabetes care", "diabetes", False),
        # off sick because of it; a verb of injury with a possessive inside the term
        (
            "Élodie, notre coordinatrice, est en arrêt prolongé suite à un burn-out",
            "burn-out",
            True,
        ),
        ("our receptionist Bev is off sick with shingles", "shingles", True),
        ("Kim covers while Bev is off; the shingles clinic runs on", "shingles", False),
        ("first aider Mo broke his ankle on the wall", "broke his ankle", True),
        # a living donation, the verb in the term
        ("Last year our porter Sefa donated a kidney to his sister", "donated a kidney", True),
        ("Our transplant nurse Sefa explains who can donate a kidney", "donate a kidney", False),
        ("Nurse Jo gave platelets to 12 patients today", "gave platelets", False),
        # a name, then what they have; a fight against it
        ("Our nurse Jane has diabetes and still runs the 10K", "diabetes", True),
        ("Can I donate if I've had cancer?", "cancer", False),
        ("Everyone has anxiety sometimes, says nurse Jo", "anxiety", False),
        ("Jane has run the diabetes clinic for years", "diabetes", False),
        (
            "Farid a quitté la réa après trois semaines à se battre contre une pneumopathie",
            "pneumopathie",
            True,
        ),
        # treatments against it, a death by it; a talk on treatments, patients' deaths
        (
            "Notre infirmière Annie est de retour après un an de traitements contre la leucémie",
            "leucémie",
            True,
        ),
        ("L'infirmière Annie présente les traitements contre la leucémie", "leucémie", False),
        ("Sister Ruth Opio, who succumbed to lymphoma in May", "lymphoma", True),
        ("Sister Ruth Opio explains why patients succumb to sepsis", "sepsis", False),
        # the role's holder is the subject of the verb inside the term
        ("Awa Ndiaye, notre sage-femme, a accouché ce matin", "a accouché", True),
        ("our porter Sam finished his six-month course of anti-TB drugs", "anti-TB drugs", True),
        ("our porter Sam finished his course on anti-TB drugs", "anti-TB drugs", False),
        # the subject of a project is their work, not their health
        ("Bravo au Dr Roy pour son projet de musicothérapie", "musicothérapie", False),
        (
            "notre collègue Awa, sage-femme, en arrêt depuis une fracture du poignet",
            "fracture du poignet",
            True,
        ),
        ("Awa Ndiaye, notre sage-femme, a aidé une maman qui a accouché", "a accouché", False),
        # off work until a date after an operation; a treatment she goes to start
        (
            "Le Dr Roy est en arrêt jusqu'à la fin du mois suite à une opération du dos",
            "opération du dos",
            True,
        ),
        (
            "Ellen, our clerk, heads south this week as she goes to start radiation",
            "radiation",
            True,
        ),
        ("She will start her new job on the chemo ward on Monday", "chemo", False),
        # an illness gone through oneself
        ("Josiane a elle-même traversé un cancer du sein l'an dernier", "cancer du sein", True),
    ],
)
def test_own_health(text: str, term: str, own: bool) -> None:
    assert staff.own_health(text, [found(text, term, "CONDITION")]) is own


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
        # the plural role inside the first name as the NER found it
        (
            "Physios Kemi, Ola and Jack run the gym",
            ["Physios Kemi", "Ola", "Jack"],
            ["Physios Kemi", "Ola", "Jack"],
        ),
        ("Thanks Kemi, Ola and Jack for the gym", ["Thanks Kemi", "Ola", "Jack"], []),
        # a list with no shared role: nobody is staff
        ("Kemi, Ola and Jack came to the class", ["Kemi", "Ola", "Jack"], []),
        # a role after a single name is that name's only
        ("Kemi and Jack, our physio, ran the class", ["Kemi", "Jack"], ["Jack"]),
        # masculine French plurals, with a determiner
        (
            "merci à Théo, Anaïs et Karim, infirmiers de nuit",
            ["Théo", "Anaïs", "Karim"],
            ["Théo", "Anaïs", "Karim"],
        ),
        (
            "Sophie et Yann, nos pharmaciens, vous conseillent",
            ["Sophie", "Yann"],
            ["Sophie", "Yann"],
        ),
        # names on a rota's lines, in a post that says it is a rota
        (
            "Volunteer rota\nFri 9–12: Priya & Tom D – blood pressure checks\nSat: Mick",
            ["Priya", "Tom D", "Mick"],
            ["Priya", "Tom D"],
        ),
        ("Fri 9–12: Priya – blood pressure checks", ["Priya"], []),
        # a club's president, before or after the name
        ("Rotary president Neil Byrne and Nurse Amy Lo", ["Neil Byrne"], ["Neil Byrne"]),
        ("remis par Luc Ferri, président du club", ["Luc Ferri"], ["Luc Ferri"]),
        # a group's moderators signing as "your mods"
        (
            "— Inès, Carole et Mehdi, vos modos",
            ["Inès", "Carole", "Mehdi"],
            ["Inès", "Carole", "Mehdi"],
        ),
        # a count and a grade between the determiner and the role
        (
            "Félicitations à Aurélie, Nadia et Pauline, nos trois nouvelles infirmières !",
            ["Aurélie", "Nadia", "Pauline"],
            ["Aurélie", "Nadia", "Pauline"],
        ),
        # every name after "led by"
        (
            "volunteers led by Tamsin Pender and Joe Hicks will run the tent",
            ["Tamsin Pender", "Joe Hicks"],
            ["Tamsin Pender", "Joe Hicks"],
        ),
        # a nickname given in quotes, ending its sentence, in a post about staff
        (
            "Après 30 ans comme infirmière en pédiatrie, Mireille Faure part. Les enfants "
            "l'appelaient « Tata Mimi ».",
            ["Mireille Faure", "Tata Mimi"],
            ["Mireille Faure", "Tata Mimi"],
        ),
    ],
)
def test_a_list_of_names_shares_a_plural_role(
    text: str, names: list[str], staff_names: list[str]
) -> None:
    findings = [found(text, name) for name in names]
    assert sorted(f.text for f in staff.staff(text, findings)) == sorted(staff_names)


def test_a_name_split_by_the_ner_keeps_its_title() -> None:
    text = "le Pr Jean Carré parlera de la greffe"
    names = [found(text, "Pr Jean"), found(text, "Carré")]
    assert staff.staff(text, names) == frozenset(names)
    text = "ex-Wales flanker Owain 'Oz' Price on his diabetes"
    names = [found(text, "Owain"), found(text, "Price")]
    assert staff.public_figures(text, names) == frozenset(names)
