"""Health terms: conditions, symptoms, medications and procedures, informal and clinical.

Everyday words that look like health terms ("a cold morning", "the stroke of midnight", "Ms",
the Parkinson family) are not reported; phrases people write in their own words ("pain in my
knee", "j'ai mal à l'épaule") are; everyday words that are health details only in a post about
health ("tired", "my scan") are reported only beside another health term. The sentences here
are written for these tests, not taken from any evaluation set.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import resources

import pytest
from presidio_analyzer import EntityRecognizer

from screener.engine import Screener
from screener.entities import HEALTH_TYPES
from screener.recognizers.health_rules import load_cues
from screener.recognizers.health_terms import (
    HealthTermRecognizer,
    load_vocabulary,
    recognizers,
)

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    # an organ that bursts; a broken skull or thigh bone
    ("Rushed in on Christmas Eve when his appendix burst.", "en",
     [("CONDITION", "appendix burst")]),
    ("He's in ICU with a fractured skull after the crash.", "en",
     [("CONDITION", "fractured skull")]),
    ("Nan broke her femur on the ice.", "en", [("CONDITION", "broke her femur")]),
    # gas exposure at work; informal staph and lepto; heart trouble said in French
    ("Two men were treated for hydrogen sulphide exposure.", "en",
     [("CONDITION", "hydrogen sulphide exposure")]),
    ("Mon voisin a attrapé la lepto dans son jardin.", "fr", [("CONDITION", "lepto")]),
    ("Le staphylo est enfin maîtrisé.", "fr", [("CONDITION", "staphylo")]),
    ("Il est parti pour un problème cardiaque.", "fr", [("CONDITION", "problème cardiaque")]),
    ("His arm is in a cast for six weeks.", "en", [("PROCEDURE", "in a cast")]),
    (
        "honestly i restricted all week and binged again last night",
        "en",
        [("SYMPTOM", "restricted all week"), ("SYMPTOM", "binged again")],
    ),
    # session 15 vocabulary: MND care, examinations, sickle cell complications, rapid tests
    ("He started voice banking before his speech went", "en", [("PROCEDURE", "voice banking")]),
    ("Nan was settled with a syringe driver", "en", [("PROCEDURE", "syringe driver")]),
    ("The GP did a rectal examination today", "en", [("PROCEDURE", "rectal examination")]),
    ("Hospitalisé pour une crise vaso-occlusive", "fr", [("CONDITION", "crise vaso-occlusive")]),
    ("Un syndrome thoracique aigu l'an dernier", "fr", [("CONDITION", "syndrome thoracique aigu")]),
    ("Atelier autopalpation au centre social", "fr", [("PROCEDURE", "autopalpation")]),
    # a US time zone after a clock time is no scan
    ("Statins myths busted: live on Wednesday at 7pm CT", "en", [("MEDICATION", "Statins")]),
    # English, informal
    ("Started chemo last week and I feel sick all the time.", "en",
     [("PROCEDURE", "chemo"), ("SYMPTOM", "feel sick")]),
    ("Mum had a stroke on the bus.", "en", [("CONDITION", "stroke")]),
    ("My brother has MS and uses a stick now.", "en", [("CONDITION", "MS")]),
    ("Dad's Parkinson's is getting worse.", "en", [("CONDITION", "Parkinson's")]),
    ("She was diagnosed with Crohn’s disease at 19.", "en", [("CONDITION", "Crohn’s disease")]),
    ("Grandpa's alzheimers means he forgets us.", "en", [("CONDITION", "alzheimers")]),
    ("Recovering from my knee replacement, physio is brutal.", "en",
     [("PROCEDURE", "knee replacement"), ("PROCEDURE", "physio")]),
    ("I have physio from Monday after the knee replacement.", "en",
     [("PROCEDURE", "physio"), ("PROCEDURE", "knee replacement")]),
    ("Back home after my op, stitches out Friday.", "en",
     [("PROCEDURE", "my op"), ("PROCEDURE", "stitches")]),
    ("Day 3 post-op and I still can't sleep.", "en",
     [("PROCEDURE", "op"), ("SYMPTOM", "can't sleep")]),
    ("Cant sleep again, third night.", "en", [("SYMPTOM", "Cant sleep")]),
    ("Got dizzy and passed out at work.", "en", [("SYMPTOM", "dizzy"), ("SYMPTOM", "passed out")]),
    ("Zoloft gave me weight gain and hair loss.", "en",
     [("MEDICATION", "Zoloft"), ("SYMPTOM", "weight gain"), ("SYMPTOM", "hair loss")]),
    ("Second round of IVF failed.", "en", [("PROCEDURE", "IVF")]),
    ("He's been on dialysis since March.", "en", [("PROCEDURE", "dialysis")]),
    ("Panic attacks every morning before work.", "en", [("SYMPTOM", "Panic attacks")]),
    ("My son is type 1 and needs insulin at school.", "en",
     [("CONDITION", "type 1"), ("MEDICATION", "insulin")]),
    ("I've caught a cold again.", "en", [("CONDITION", "cold")]),
    ("Her migraines are worse with the new tumour meds.", "en",
     [("CONDITION", "migraines"), ("CONDITION", "tumour"), ("MEDICATION", "meds")]),
    ("Loss of libido on sertraline, anyone else?", "en",
     [("SYMPTOM", "Loss of libido"), ("MEDICATION", "sertraline")]),
    ("Waiting for my MRI scan results.", "en", [("PROCEDURE", "my MRI scan")]),
    ("Tired all the time since the heart attack.", "en",
     [("SYMPTOM", "Tired all the time"), ("CONDITION", "heart attack")]),
    # English, clinical
    ("History of chronic obstructive pulmonary disease and hypertension.", "en",
     [("CONDITION", "chronic obstructive pulmonary disease"), ("CONDITION", "hypertension")]),
    ("Treated with metformin 500 mg twice daily.", "en", [("MEDICATION", "metformin 500 mg")]),
    ("Admitted for a laparoscopic cholecystectomy.", "en", [("PROCEDURE", "cholecystectomy")]),
    ("Presented with dyspnoea and haemoptysis.", "en",
     [("SYMPTOM", "dyspnoea"), ("SYMPTOM", "haemoptysis")]),
    # an abbreviation defined in the text, then used alone
    ("Living with chronic fatigue syndrome (CFS) is hard; CFS took my job.", "en",
     [("CONDITION", "chronic fatigue syndrome"), ("CONDITION", "CFS"), ("CONDITION", "CFS")]),
    # a lower-case word before a bracketed term is explained by it, not its abbreviation
    ("Rendez-vous fixé en mai (mastectomie).", "fr", [("PROCEDURE", "mastectomie")]),
    ("Booked in for next may (mastectomy).", "en", [("PROCEDURE", "mastectomy")]),
    # words known only by their ending, and misspelled ones
    ("Another flare of sesamoiditis.", "en",
     [("SYMPTOM", "flare"), ("CONDITION", "sesamoiditis")]),
    ("Started zorvastatin last week.", "en", [("MEDICATION", "zorvastatin")]),
    ("The derpression and nausia are back.", "en",
     [("CONDITION", "derpression"), ("SYMPTOM", "nausia")]),
    # phrases in people's own words
    ("I've had a pain in my left knee since Sunday.", "en",
     [("SYMPTOM", "pain in my left knee")]),
    ("My lower back is killing me today.", "en", [("SYMPTOM", "back is killing")]),
    ("She fractured her wrist on the ice.", "en", [("CONDITION", "fractured her wrist")]),
    ("He had his appendix out in June.", "en", [("PROCEDURE", "had his appendix out")]),
    ("Booked in for a hip op next month.", "en", [("PROCEDURE", "hip op")]),
    ("Felt really shaky and sick all afternoon.", "en",
     [("SYMPTOM", "Felt really shaky"), ("SYMPTOM", "sick")]),
    ("Struggling to swallow since the infection.", "en",
     [("SYMPTOM", "Struggling to swallow"), ("CONDITION", "infection")]),
    ("Excessive thirst and constant hunger lately.", "en",
     [("SYMPTOM", "Excessive thirst"), ("SYMPTOM", "constant hunger")]),
    ("Her liver damage came from the paracetamol overdose.", "en",
     [("CONDITION", "liver damage"), ("MEDICATION", "paracetamol"), ("CONDITION", "overdose")]),
    ("His potassium levels were low again.", "en", [("PROCEDURE", "potassium levels")]),
    ("Prescribed Zentrova 20mg for the migraines.", "en",
     [("MEDICATION", "Zentrova 20mg"), ("CONDITION", "migraines")]),
    ("Out of blood pressure tablets again.", "en",
     [("MEDICATION", "blood pressure tablets")]),
    # companions: everyday words beside a firm health term
    ("Since the chemo I'm so tired and angry all the time.", "en",
     [("PROCEDURE", "chemo"), ("SYMPTOM", "'m so tired"), ("SYMPTOM", "angry")]),
    ("Mum's scan showed the tumour has shrunk.", "en",
     [("PROCEDURE", "scan"), ("CONDITION", "tumour")]),
    ("Started lithium in May for my bipolar.", "en",
     [("MEDICATION", "lithium"), ("CONDITION", "bipolar")]),
    # abbreviations of the sources and tables: written as listed, beside a firm term
    ("VHL runs in the family, like the kidney cancer.", "en",
     [("CONDITION", "VHL"), ("CONDITION", "kidney cancer")]),
    # French
    ("Ma mère a fait un AVC la semaine dernière.", "fr", [("CONDITION", "AVC")]),
    ("J'ai des vertiges depuis la chimio.", "fr",
     [("SYMPTOM", "des vertiges"), ("PROCEDURE", "chimio")]),
    ("Il a eu un infarctus en mai.", "fr", [("CONDITION", "infarctus")]),
    ("Diabète de type 2 depuis dix ans.", "fr", [("CONDITION", "Diabète de type 2")]),
    ("Mon frère a une SEP.", "fr", [("CONDITION", "SEP")]),
    ("Elle sort de sa dépression, doucement.", "fr", [("CONDITION", "dépression")]),
    ("En attente d'une greffe de rein.", "fr", [("PROCEDURE", "greffe de rein")]),
    ("IRM demain matin, je stresse.", "fr", [("PROCEDURE", "IRM")]),
    ("Toujours des crises d'angoisse la nuit.", "fr", [("SYMPTOM", "crises d'angoisse")]),
    ("Je fais du diabete depuis l'enfance.", "fr", [("CONDITION", "diabete")]),
    ("Sous lévothyrox et paracétamol.", "fr",
     [("MEDICATION", "lévothyrox"), ("MEDICATION", "paracétamol")]),
    ("Une hospitalisation pour une pneumonie.", "fr",
     [("PROCEDURE", "hospitalisation"), ("CONDITION", "pneumonie")]),
    ("Il a très mal aux genoux le matin.", "fr", [("SYMPTOM", "mal aux genoux")]),
    ("Une douleur à l'épaule droite depuis le déménagement.", "fr",
     [("SYMPTOM", "douleur à l'épaule")]),
    ("Elle s'est cassé le col du fémur.", "fr", [("CONDITION", "cassé le col")]),
    ("Opéré du genou en mars.", "fr", [("PROCEDURE", "Opéré du genou")]),
    ("Je n'arrive plus à respirer la nuit.", "fr", [("SYMPTOM", "n'arrive plus à respirer")]),
    ("Je me sens vraiment épuisée.", "fr", [("SYMPTOM", "me sens vraiment épuisée")]),
    ("Une soif intense depuis trois jours.", "fr", [("SYMPTOM", "soif intense")]),
    ("He has a boil on his neck.", "en", [("CONDITION", "boil")]),
    ("My son has a boil and it's weeping.", "en", [("CONDITION", "boil")]),
    ("Had my port placed last week.", "en", [("PROCEDURE", "port placed")]),
    ("Il est rentré après trois semaines de coma.", "fr", [("CONDITION", "semaines de coma")]),
    ("Un randonneur mordu par une vipère.", "fr", [("CONDITION", "mordu par une vipère")]),
    ("Six months of anti-TB drugs done!", "en", [("MEDICATION", "anti-TB drugs")]),
    ("Bitten by a snake, he got antivenom.", "en",
     [("CONDITION", "Bitten by a snake"), ("MEDICATION", "antivenom")]),
    ("Son insuffisance rénale s'aggrave.", "fr", [("CONDITION", "insuffisance rénale")]),
    ("Suivi pour une rhinopharyngite.", "fr", [("CONDITION", "rhinopharyngite")]),
    ("Le Kardégic me donne des bleus.", "fr",
     [("MEDICATION", "Kardégic"), ("SYMPTOM", "bleus")]),
    ("Our crew helped deliver a healthy baby boy on the A9.", "en",
     [("PROCEDURE", "helped deliver a healthy baby boy")]),
    ("Cotisation pour l'opération de son fils (hernie).", "fr",
     [("PROCEDURE", "opération"), ("CONDITION", "hernie")]),
    ("Notre petit Noé est né endormi à 32 semaines.", "fr", [("CONDITION", "né endormi")]),
    ("Granny was diagnosed with sugar at 60.", "en", [("CONDITION", "diagnosed with sugar")]),
    # an exam or a finding after a person's possessive is someone's health on its own
    ("your CT is on Friday, fingers crossed", "en", [("PROCEDURE", "CT")]),
    ("They found my lump at the screening", "en",
     [("SYMPTOM", "lump"), ("PROCEDURE", "screening")]),
    ("Mon écho est prévue jeudi.", "fr", [("PROCEDURE", "écho")]),
    ("Son sevrage se passe bien.", "fr", [("PROCEDURE", "sevrage")]),
]  # fmt: skip

NEGATIVES = [
    # a heart bursting with pride is no condition
    ("My heart burst with pride at her graduation.", "en"),
    # a specialty's building, not a heart block or a stammer's
    ("Walk-ins at the OPD block from 8am", "en"),
    # the grief of a death notice, not a pain
    ("La direction a la profonde douleur de vous annoncer le décès de notre collègue", "fr"),
    ("C'est avec une immense douleur que nous avons appris son départ", "fr"),
    ("Rent a high pressure washer for the yard.", "en"),  # a companion, alone
    ("DM → mod team: can you delete my post please", "en"),  # a direct message
    ("The Parkinson family moved in next door.", "en"),
    ("We ran a marathon for the ward on Sunday.", "en"),
    ("What a cold morning for the fun run!", "en"),
    ("The clock struck at the stroke of midnight.", "en"),
    ("Ms Taylor will chair the meeting.", "en"),
    ("The speaker is a physio from the community team.", "en"),  # the practitioner
    ("La kiné qui vient le mardi est top.", "fr"),
    ("Send the slides in MS Teams please.", "en"),
    ("Heat the grease in a cast iron skillet.", "en"),  # cookware
    ("Storm alert: boil all drinking water.", "en"),  # water safety, not an abscess
    ("Bring the water to the boil, then cool it.", "en"),
    ("Totally agree with OP here.", "en"),
    ("Thanks for the lovely flowers, see you at 7pm.", "en"),
    ("Our new cafe opens on Monday with free coffee.", "en"),
    ("Type 1 error rates were reported in the appendix.", "en"),
    ("Lost my keys, ect, ect.", "en"),
    ("A stroke of luck: the bus was on time.", "en"),
    ("She swims breast stroke every morning.", "en"),
    ("Afroditis Georgiou opened the new wing.", "en"),
    ("La réunion aura lieu en sep. au siège.", "fr"),
    ("Le greffe du tribunal ferme à midi.", "fr"),
    ("Merci à toute l'équipe pour cette belle journée !", "fr"),
    ("Une opération portes ouvertes samedi.", "fr"),
    # figures of speech and everyday senses
    ("What a pain in the neck this form is.", "en"),
    ("Break a leg at the audition tonight!", "en"),
    ("He pulled my leg about the score.", "en"),
    ("She broke his heart last summer.", "en"),
    ("I'm sick of waiting for the bus.", "en"),
    ("Rachel is hypersensitive to criticism.", "en"),
    ("Please DM us your order number.", "en"),
    ("Our endoscopy team raised 2,000 for the ward.", "en"),
    ("The courier delivered a baby gate to the ward.", "en"),  # a parcel, no birth
    # companions alone: no other health term, nothing reported
    ("So tired after the match, great game though.", "en"),
    ("Scan the QR code to book a table.", "en"),
    ("The lithium batteries arrived today.", "en"),
    ("VHL will present the results on Monday.", "en"),
    ("Je me sens mal pour toi.", "fr"),
    ("Julien me casse les pieds.", "fr"),
    ("On a pris 3 kilos de fraises au marché.", "fr"),
    # the same words with no possessive, or another thing of one's own
    ("The CT unit moves to the new wing next month.", "en"),
    ("Mind the lump of ice on the steps.", "en"),
    ("My cast were brilliant on opening night.", "en"),
    ("Ma radio ne capte plus rien.", "fr"),
]


def _recognizer(language: str) -> HealthTermRecognizer:
    return HealthTermRecognizer(supported_language=language)


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_health_terms(
    analyze_with: Analyze, text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert analyze_with(_recognizer(language), text, language) == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_everyday_words(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(_recognizer(language), text, language) == []


def test_custom_vocabulary_is_matched_longest_first(analyze_with: Analyze) -> None:
    vocabulary = {"knee": "CONDITION", "knee replacement": "PROCEDURE"}
    recognizer = HealthTermRecognizer(supported_language="en", vocabulary=vocabulary)
    found = analyze_with(recognizer, "Knee replacement booked, knee still sore.", "en")
    assert found == [("PROCEDURE", "Knee replacement"), ("CONDITION", "knee")]


def test_module_exposes_one_recognizer_per_language() -> None:
    for language in ("en", "fr"):
        (recognizer,) = recognizers(language)
        assert recognizer.supported_language == language
        assert set(recognizer.supported_entities) == HEALTH_TYPES


def test_companions_go_with_a_firm_term(analyze_with: Analyze) -> None:
    recognizer = _recognizer("en")
    assert analyze_with(recognizer, "Feeling anxious and tired.", "en") == [
        ("SYMPTOM", "Feeling anxious"),
        ("SYMPTOM", "tired"),
    ]
    assert analyze_with(recognizer, "Feeling tired.", "en") == [("SYMPTOM", "Feeling tired")]
    assert analyze_with(recognizer, "So tired.", "en") == []


# A vocabulary line: a term without leading/trailing or double spaces, a tab, one of the health
# entity types, "?" for a companion. Terms are lower-cased, except abbreviations ("VHL").
_LINE = re.compile(r"^(?P<term>\S(?:[^\t\n]*\S)?)\t(?P<type>[A-Z]+)\??$")
_ABBREVIATION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{1,9}$")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_vocabulary_lines_are_well_formed(language: str) -> None:
    path = resources.files("screener.data").joinpath(f"health_{language}.tsv")
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.startswith("#")]
    terms = []
    for line in lines:
        match = _LINE.match(line)
        assert match, f"malformed line {line!r}"
        term, entity = match.group("term", "type")
        assert entity in HEALTH_TYPES, f"unknown type in {line!r}"
        cased = term != term.lower()
        assert not cased or _ABBREVIATION.match(term), f"not normalised: {line!r}"
        assert not cased or line.endswith("?"), f"abbreviation not a companion: {line!r}"
        assert "  " not in term, f"not normalised: {line!r}"
        terms.append(term)
    assert len(terms) == len(set(terms)), "duplicate terms"
    assert terms == sorted(terms), "not sorted"
    assert len(load_vocabulary(language)) == len(terms)


# The rule classes every language's cue file must define (see health_rules.RULES).
_CLASSES = {"BODY", "PAIN", "STATE", "FACULTY", "LAB", "NOT_DRUG", "NOT_SUFFIXED", "SPELL", "RULE"}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_cue_files_define_the_rule_classes(language: str) -> None:
    cues = load_cues(language)
    assert set(cues) >= _CLASSES, _CLASSES - set(cues)
    words = [item for name, items in cues.items() if name != "RULE" for item in items]
    assert all(item == item.lower() and item.strip() == item for item in words)
    assert len(cues["RULE"]) > 0


# Words of another sense in the whole screener's reading: a specialty's block is a building, a
# campaign named "opération" no surgery.
OTHER_SENSES = [
    (
        "For anyone on dialysis: the nephrology block at Kottayam Medical College takes walk-ins",
        "en",
        "block",
    ),
    (
        "MAIRIE DE PARAKOU — OPÉRATION « VILLE PROPRE »\nSamedi 12 avril. Le paludisme recule.",
        "fr",
        "OPÉRATION",
    ),
    (
        "Son opération séduction auprès des patients diabétiques a bien marché.",
        "fr",
        "opération",
    ),
]


@pytest.mark.parametrize(("text", "language", "word"), OTHER_SENSES)
def test_words_of_other_senses_are_no_health(
    screener: Screener, text: str, language: str, word: str
) -> None:
    found = screener.screen(text, channel="support", language=language).findings
    assert word not in [f.text for f in found if f.category == "health"]
