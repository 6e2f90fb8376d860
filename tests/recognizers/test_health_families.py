"""Health terms: families of informal forms, patients' abbreviations and everyday senses.

Informal symptoms ("weeing constantly", "you looked really rough", "il ne mange plus rien"),
abbreviations patients write ("endo", "PoTS", "RRMS", "DT1") and procedures named in passing
("her jabs", "gave blood", "sous ventilation") are reported; the same words in everyday senses
("budget cuts", "fell asleep", "our physios", "the surgery is closed", "Amelia (7)") are not.
Common lay and clinical families (infections, vaccines, hearing, maternity and baby loss,
transplant, crises, dementia behaviours, devices, therapies, checks) are reported too, and the
everyday senses of their words ("4 TB", "deaf ears", "un projet mort-né") are not.
The sentences are written for these tests, not taken from any evaluation set.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.health_shapes import is_abbreviation
from screener.recognizers.health_terms import HealthTermRecognizer

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    # informal symptoms
    ("You look really rough today, did the chemo knock you out?", "en",
     [("SYMPTOM", "You look really rough"), ("PROCEDURE", "chemo")]),
    ("He keeps peeing constantly at night.", "en", [("SYMPTOM", "peeing constantly")]),
    ("She bled heavily after the birth.", "en", [("SYMPTOM", "bled heavily")]),
    ("My dad collapsed in the garden yesterday.", "en", [("SYMPTOM", "dad collapsed")]),
    ("Grandma fell on the stairs last week.", "en", [("CONDITION", "Grandma fell")]),
    ("Two hypos overnight, sugar went to 2.9.", "en", [("SYMPTOM", "hypos")]),
    ("He has started wandering at night.", "en", [("SYMPTOM", "wandering at night")]),
    ("A tinny taste in my mouth since the chemo.", "en",
     [("SYMPTOM", "tinny taste"), ("PROCEDURE", "chemo")]),
    ("Since the stroke she's been flagging by lunchtime.", "en",
     [("CONDITION", "stroke"), ("SYMPTOM", "been flagging")]),
    ("Metformin gave me the runs for a week.", "en",
     [("MEDICATION", "Metformin"), ("SYMPTOM", "the runs")]),
    # patients' abbreviations, kept by their guards
    ("Had my endo surgery at last.", "en", [("CONDITION", "endo"), ("PROCEDURE", "surgery")]),
    ("Got diagnosed with PoTS in the spring.", "en", [("CONDITION", "PoTS")]),
    ("My lap showed deep endometriosis on the bowel.", "en",
     [("PROCEDURE", "lap"), ("CONDITION", "endometriosis")]),
    ("Newly dx with CIDP, any tips?", "en", [("CONDITION", "dx with CIDP")]),
    ("Anyone else's long covid PEM worse in the heat?", "en",
     [("CONDITION", "long covid"), ("SYMPTOM", "PEM")]),
    ("I've had ME for years and fibro too.", "en", [("CONDITION", "ME"), ("CONDITION", "fibro")]),
    ("Worried about his bone mets.", "en", [("CONDITION", "bone mets")]),
    ("Cuts and grazes seen at the walk-in centre.", "en", [("CONDITION", "Cuts")]),
    # procedures and treatments named in passing
    ("Her brother was sectioned under the Mental Health Act.", "en",
     [("PROCEDURE", "sectioned")]),
    ("Booked in for his scope next week.", "en", [("PROCEDURE", "his scope")]),
    ("She still does her jabs herself.", "en", [("PROCEDURE", "her jabs")]),
    ("Went to give blood on Saturday.", "en", [("PROCEDURE", "give blood")]),
    ("The stroke team gave him thrombolysis.", "en",
     [("CONDITION", "stroke"), ("PROCEDURE", "thrombolysis")]),
    ("Baby is on a little oxygen overnight.", "en", [("MEDICATION", "on a little oxygen")]),
    ("She's on DMTs for her relapsing MS.", "en", [("MEDICATION", "DMTs"), ("CONDITION", "MS")]),
    ("Addicted to painkillers after the accident.", "en",
     [("CONDITION", "Addicted to painkillers")]),
    ("Clinic for falls prevention every Monday.", "en", [("CONDITION", "falls prevention")]),
    ("Born at 29 weeks gestation and doing well.", "en", [("CONDITION", "Born at 29 weeks")]),
    # everyday senses beside a real finding: only the finding is reported
    ("Since the chemo I can't stand the smell of coffee.", "en", [("PROCEDURE", "chemo")]),
    ("Nervous before her colonoscopy tomorrow.", "en", [("PROCEDURE", "colonoscopy")]),
    ("Rain makes the whole day feel grim after chemo.", "en", [("PROCEDURE", "chemo")]),
    ("She died after a long illness with motor neurone disease.", "en",
     [("CONDITION", "motor neurone disease")]),
    ("After the op I could cry with relief.", "en", [("PROCEDURE", "op")]),
    # French
    ("Depuis sa chute il ne marche plus.", "fr",
     [("CONDITION", "Depuis sa chute"), ("SYMPTOM", "ne marche plus")]),
    ("Elle ne sentait plus son bras gauche.", "fr", [("SYMPTOM", "ne sentait plus son bras")]),
    ("Sous chimio, il ne garde rien.", "fr",
     [("PROCEDURE", "chimio"), ("SYMPTOM", "ne garde rien")]),
    ("Mon fils est né à 30 SA.", "fr", [("CONDITION", "à 30 SA")]),
    ("Elle avait 25 semaines d'aménorrhée.", "fr", [("CONDITION", "25 semaines d'aménorrhée")]),
    ("Accro à l'héroïne depuis des années.", "fr", [("CONDITION", "Accro à l'héroïne")]),
    ("Diagnostiquée RCH l'an dernier.", "fr", [("CONDITION", "Diagnostiquée RCH")]),
    ("Il est sous ventilation en réa.", "fr", [("PROCEDURE", "sous ventilation")]),
    ("Elle est malvoyante depuis l'enfance.", "fr", [("CONDITION", "malvoyante")]),
    ("Je viens de commencer Ocrevus.", "fr", [("MEDICATION", "Ocrevus")]),
    ("On lui a fait un massage cardiaque.", "fr", [("PROCEDURE", "massage cardiaque")]),
    ("Angioscanner prévu demain.", "fr", [("PROCEDURE", "Angioscanner")]),
    ("Les perfusions de fer l'aident.", "fr", [("PROCEDURE", "perfusions")]),
    ("Elle prend un anticoagulant.", "fr", [("MEDICATION", "anticoagulant")]),
    ("Hospitalisé pour une pneumonie.", "fr", [("CONDITION", "pneumonie")]),
    # common lay and clinical families (session 4): infections and their abbreviations
    ("Our toddler picked up strep throat at nursery.", "en", [("CONDITION", "strep throat")]),
    ("Tested positive for hep B during her pregnancy.", "en",
     [("CONDITION", "hep B"), ("CONDITION", "pregnancy")]),
    ("The twins both have RSV and a cough.", "en", [("CONDITION", "RSV"), ("SYMPTOM", "cough")]),
    ("Third round of UTIs since the summer.", "en", [("CONDITION", "UTIs")]),
    ("Nursery sent a letter about head lice and threadworms.", "en",
     [("CONDITION", "head lice"), ("CONDITION", "threadworms")]),
    ("She caught norovirus on the cruise.", "en", [("CONDITION", "norovirus")]),
    # vaccines by their common names
    ("Booked her MMR jab for next week.", "en", [("MEDICATION", "MMR jab")]),
    ("Is the 6-in-1 vaccine given at eight weeks?", "en", [("MEDICATION", "6-in-1 vaccine")]),
    # hearing and ENT
    ("Our son's grommets fell out.", "en", [("PROCEDURE", "grommets")]),
    ("The newborn hearing screen flagged his left ear.", "en", [("PROCEDURE", "hearing screen")]),
    ("He needs an ABR test before the implant.", "en", [("PROCEDURE", "ABR test")]),
    # maternity and baby loss
    ("We chose induction of labour at 41 weeks.", "en", [("PROCEDURE", "induction of labour")]),
    ("Our son was born asleep in March.", "en", [("CONDITION", "born asleep")]),
    ("We lost a baby at twenty weeks last spring.", "en", [("CONDITION", "lost a baby")]),
    ("The membrane sweep did nothing, so gas and air it was.", "en",
     [("PROCEDURE", "membrane sweep"), ("PROCEDURE", "gas and air")]),
    # transplant and rejection
    ("Her biopsy showed acute rejection of the new kidney.", "en",
     [("PROCEDURE", "Her biopsy"), ("CONDITION", "acute rejection")]),
    ("After the transplant she had two episodes of rejection.", "en",
     [("PROCEDURE", "transplant"), ("CONDITION", "rejection")]),
    # mental health crises
    ("She started self-harming at fourteen.", "en", [("CONDITION", "self-harming")]),
    ("He had a psychotic episode after the exams.", "en", [("CONDITION", "psychotic episode")]),
    ("I've been hearing voices again.", "en", [("SYMPTOM", "hearing voices")]),
    ("His sickle cell crisis put him in hospital.", "en", [("SYMPTOM", "sickle cell crisis")]),
    # dementia behaviours (companions count beside the diagnosis)
    ("Dad has vascular dementia and has started lashing out.", "en",
     [("CONDITION", "vascular dementia"), ("SYMPTOM", "lashing out")]),
    ("Mum keeps forgetting things and is confused at night.", "en",
     [("SYMPTOM", "keeps forgetting"), ("SYMPTOM", "confused at night")]),
    # devices and their procedures
    ("Both inhalers are in his school bag.", "en", [("MEDICATION", "inhalers")]),
    ("Two EpiPens go on every school trip.", "en", [("MEDICATION", "EpiPens")]),
    ("The TENS machine eased her back.", "en", [("PROCEDURE", "TENS machine")]),
    ("He had deep brain stimulation for his tremor.", "en",
     [("PROCEDURE", "deep brain stimulation"), ("SYMPTOM", "tremor")]),
    ("She has been tube fed since the stroke.", "en",
     [("PROCEDURE", "tube fed"), ("CONDITION", "stroke")]),
    ("The FibroScan came back normal.", "en", [("PROCEDURE", "FibroScan")]),
    # allied health, screening and checks
    ("Weekly hydrotherapy helps her stiff joints.", "en",
     [("PROCEDURE", "hydrotherapy"), ("SYMPTOM", "stiff joints")]),
    ("Got my NHS health check letter.", "en", [("PROCEDURE", "NHS health check")]),
    ("Did a lateral flow test this morning.", "en", [("PROCEDURE", "lateral flow test")]),
    ("He had a nasty case of hep C and now a health check every year.", "en",
     [("CONDITION", "hep C"), ("PROCEDURE", "health check")]),
    # lay symptom phrasings and brand names
    ("He has been bedbound since the operation.", "en",
     [("SYMPTOM", "bedbound"), ("PROCEDURE", "operation")]),
    ("Appetite loss and stiff hands are getting worse.", "en",
     [("SYMPTOM", "Appetite loss"), ("SYMPTOM", "stiff hands")]),
    ("She was found unresponsive by a neighbour.", "en", [("SYMPTOM", "found unresponsive")]),
    ("Started Elvanse last month for my ADHD.", "en",
     [("MEDICATION", "Elvanse"), ("CONDITION", "ADHD")]),
    ("Her thyroid nodules need a biopsy.", "en",
     [("CONDITION", "thyroid nodules"), ("PROCEDURE", "biopsy")]),
    # French: infections, vaccines, hearing
    ("Mon fils a une bronchiolite à VRS.", "fr",
     [("CONDITION", "bronchiolite"), ("CONDITION", "VRS")]),
    ("Le vaccin ROR est prévu à un an.", "fr", [("MEDICATION", "vaccin ROR")]),
    ("Ma fille a des poux.", "fr", [("CONDITION", "a des poux")]),
    ("Mon père porte des appareils auditifs depuis peu.", "fr",
     [("PROCEDURE", "appareils auditifs")]),
    ("On lui a posé des aérateurs transtympaniques.", "fr",
     [("PROCEDURE", "aérateurs transtympaniques")]),
    ("Notre fille est sourde profonde.", "fr", [("CONDITION", "sourde profonde")]),
    # French: birth and baby loss, transplant, mental health crises
    ("On m'a proposé un déclenchement du travail.", "fr",
     [("PROCEDURE", "déclenchement du travail")]),
    ("Nous avons vécu une mort fœtale in utero.", "fr", [("CONDITION", "mort fœtale in utero")]),
    ("Des signes de rejet du greffon sont apparus.", "fr",
     [("CONDITION", "signes de rejet"), ("PROCEDURE", "greffon")]),
    ("Elle s'est scarifiée pendant des mois.", "fr", [("CONDITION", "scarifiée")]),
    ("Il entend des voix depuis une semaine.", "fr", [("SYMPTOM", "entend des voix")]),
    # French: dementia behaviours beside the diagnosis
    ("Avec sa démence, il est devenu agressif et fugue la nuit.", "fr",
     [("CONDITION", "démence"), ("SYMPTOM", "devenu agressif"), ("SYMPTOM", "fugue")]),
    ("Il se perd dans son quartier depuis son alzheimer.", "fr",
     [("SYMPTOM", "se perd"), ("CONDITION", "alzheimer")]),
    # French: devices, therapies, checks
    ("Ma mère a une prothèse totale de genou depuis mars.", "fr",
     [("PROCEDURE", "prothèse totale de genou")]),
    ("Il s'est fait poser une PTG l'an dernier.", "fr", [("PROCEDURE", "PTG")]),
    ("Un inhalateur dans le cartable, toujours.", "fr", [("MEDICATION", "inhalateur")]),
    ("Un stylo d'adrénaline à l'école.", "fr", [("MEDICATION", "stylo d'adrénaline")]),
    ("Séances de balnéothérapie deux fois par semaine.", "fr", [("PROCEDURE", "balnéothérapie")]),
    ("Bilan de santé gratuit à cinquante ans.", "fr", [("PROCEDURE", "Bilan de santé")]),
    ("Il a été réanimé par les pompiers.", "fr", [("PROCEDURE", "réanimé")]),
    # French: conditions and states as people name them
    ("Elle est alitée depuis des semaines.", "fr", [("SYMPTOM", "alitée")]),
    ("Ma fille dyslexique a besoin d'aide en classe.", "fr", [("CONDITION", "dyslexique")]),
    ("Son petit frère a une IMC.", "fr", [("CONDITION", "IMC")]),
    ("Mon mari est fibromyalgique depuis dix ans.", "fr", [("CONDITION", "fibromyalgique")]),
    ("Il fait des hypos la nuit.", "fr", [("SYMPTOM", "hypos")]),
    ("Un enfant sauvé de la noyade au lac.", "fr", [("CONDITION", "noyade")]),
    ("Journée internationale des maladies rares.", "fr", [("CONDITION", "maladies rares")]),
]  # fmt: skip

NEGATIVES = [
    ("The bank collapsed in 2008.", "en"),
    ("The tent collapsed in the wind.", "en"),
    ("She fell asleep on the sofa.", "en"),
    ("I fell in love with Lisbon.", "en"),
    ("Prices fell after the announcement.", "en"),
    ("We fell behind on the rent.", "en"),
    ("Budget cuts hit the library again.", "en"),
    ("Sat with the cat on my lap all evening.", "en"),
    ("The field was sectioned off for the fair.", "en"),
    ("The runs scored in the final over won it.", "en"),
    ("It is with great sadness that the club closes.", "en"),
    ("She looks awful in that hat.", "en"),
    ("Our physios ran the marathon.", "en"),
    ("Specialist physio Anna leads the class.", "en"),
    ("The surgery is closed on bank holidays.", "en"),
    ("Call the GP surgery to book.", "en"),
    ("Repeat prescriptions take two days.", "en"),
    ("Can radiology send the report?", "en"),
    ("My daughter Amelia (7) starts school.", "en"),
    ("The Amelia Earhart museum opens today.", "en"),
    ("ME and my sister went to Paris.", "en"),
    ("Download the PEM file from the server.", "en"),
    ("Thanks to everyone at www.example.org/endo-surgery-fund for the help", "en"),
    ("Ma voiture ne marche plus depuis hier.", "fr"),
    ("Il ne me parle plus depuis la dispute.", "fr"),
    ("Notre kiné Lucas a couru le marathon.", "fr"),
    ("Une goutte de pluie sur la vitre.", "fr"),
    ("Le secteur vit sous perfusion financière de l'État.", "fr"),
    ("Votre ordonnance est prête au comptoir.", "fr"),
    ("Infos sur www.exemple.fr/diabete-et-sport", "fr"),
    # everyday senses of the session 4 companions: alone, they are not health details
    ("The router is unresponsive again.", "en"),
    ("Tens of thousands marched on Saturday.", "en"),
    ("She handled the rejection from the publisher well.", "en"),
    ("Choking back tears, he read the speech.", "en"),
    ("The temperature dropped overnight.", "en"),
    ("Pass the salad dressings, please.", "en"),
    ("He was wandering around the market.", "en"),
    ("The crisis in the housing market deepened.", "en"),
    ("Our complaints fell on deaf ears.", "en"),
    ("My new hard drive holds 4 TB.", "en"),
    ("The app keeps crashing, what a crash.", "en"),
    ("A real breakdown in talks this week.", "en"),
    ("Il était agressif au volant.", "fr"),
    ("La confusion règne au parlement.", "fr"),
    ("La température monte cet été.", "fr"),
    ("Il se perd dans ses pensées.", "fr"),
    ("Le rejet de la motion par l'assemblée.", "fr"),
    ("Le siège du parti est à Paris.", "fr"),
    ("Ce projet mort-né n'a jamais vu le jour.", "fr"),
    ("Il cherche des poux à tout le monde.", "fr"),
    ("Une fugue de Bach au concert.", "fr"),
    ("Le groupe PSA a vendu plus de voitures.", "fr"),
]


def _recognizer(language: str) -> HealthTermRecognizer:
    return HealthTermRecognizer(supported_language=language)


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_family_forms(
    analyze_with: Analyze, text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert analyze_with(_recognizer(language), text, language) == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_everyday_senses(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(_recognizer(language), text, language) == []


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [("CFS", "chronic fatigue syndrome", True), ("16", "amelia", False), ("7", "tia", False)],
)
def test_an_abbreviation_has_a_letter(short: str, long: str, expected: bool) -> None:
    assert is_abbreviation(short, long) is expected
