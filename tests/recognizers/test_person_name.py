"""PERSON from name lists where spaCy misses a person; spaced "@ name" handles; no false names."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.nlp import ClearpostNlpEngine
from screener.recognizers.person_name import PersonNameRecognizer, recognizers

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

# Sentences where spaCy's small models find no person, or call one a place or an organisation.
POSITIVES = [
    # nicknames of Québec and Acadiana ("Ti-Guy"; "ti-jean" in lower case only before a
    # first name)
    ("Mon beau-frère Ti-Guy tousse toute la nuit depuis lundi.", "fr", [("PERSON", "Ti-Guy")]),
    ("Merci à la famille à ti-jean pour les beignes!", "fr", [("PERSON", "ti-jean")]),
    # a lower-case name a hashtag rallies behind
    ("pls keep little colby in your prayers 💙 #colbystrong", "en", [("PERSON", "colby")]),
    # a name after a bed's number is a patient ("3 Tesla MRI" is a unit, see NEGATIVES)
    ("Bed 3 Nicole is back on oxygen tonight", "en", [("PERSON", "Nicole")]),
    # a French chat spelling is a name in an English post ("jai" = j'ai only in French)
    ("omg thanks jai for the lift to my scan lol", "en", [("PERSON", "jai")]),
    # an unambiguous first name opening a sentence
    ("Jaime please help me with the forms", "en", [("PERSON", "Jaime")]),
    ("Tyrone has been in since Tuesday", "en", [("PERSON", "Tyrone")]),
    # given names of South Africa, Kenya and India from the hand-kept supplement
    ("omg poor lwazi was up all night with the drip", "en", [("PERSON", "lwazi")]),
    ("can you tell wanjiku the scan went fine", "en", [("PERSON", "wanjiku")]),
    # lower-case names in chat, after a cue word or not
    ("omg poor emily, she was in agony all night", "en", [("PERSON", "emily")]),
    ("can you tell brad the scan went fine", "en", [("PERSON", "brad")]),
    ("my nephew oliver starts treatment tomorrow", "en", [("PERSON", "oliver")]),
    # a first name after "in", or after a journey's verb and "to", with no surname is the
    # town ("a kitchen table in Palmer", "headed to Marquette"); not after "go to"
    (
        "We headed to Marquette on Tuesday so Dad could start chemo.",
        "en",
        [("LOCATION", "Marquette")],
    ),
    ("We drove back to Marquette for her scan.", "en", [("LOCATION", "Marquette")]),
    ("Tell it to Florence, she had the same chemo.", "en", [("PERSON", "Florence")]),
    # ... nor after a word that takes a person before "in" ("We believe in Tyler")
    (
        "We believe in Tyler, seven rounds of chemo and still joking.",
        "en",
        [("PERSON", "Tyler")],
    ),
    # a brand before a town of two words is the branch ("Bronson Battle Creek")
    (
        "Join Dr Anika Patel at Bronson Battle Creek for a free talk.",
        "en",
        [("PERSON", "Anika Patel")],
    ),
    (
        "Six of us met around a kitchen table in Palmer back then",
        "en",
        [("LOCATION", "Palmer")],
    ),
    ("waiting for my results with aunty chioma", "en", [("PERSON", "chioma")]),
    # spaCy places and organisations re-typed, with the surname
    (
        "Shoutout to Keisha and Tamsin for looking after my mum",
        "en",
        [("PERSON", "Keisha"), ("PERSON", "Tamsin")],
    ),
    ("so proud of Keisha Okafor today", "en", [("PERSON", "Keisha Okafor")]),
    ("Thanks to Anne-Marie for the lovely card", "en", [("PERSON", "Anne-Marie")]),
    # a first name that is also a word, with an unambiguous surname
    ("Hope Thompson from the ward sent a card", "en", [("PERSON", "Hope Thompson")]),
    # a surname after a title
    ("Dr Oyelaran said the bloods were fine", "en", [("PERSON", "Oyelaran")]),
    # a mention split by an export
    (
        "RT @ jenny_walsh87: thank you to the night team",
        "en",
        [("SOCIAL_HANDLE", "@ jenny_walsh87")],
    ),
    # Scottish, Welsh and Irish first names (the hand-kept supplement of the list)
    ("Morag said the ferry was late", "en", [("PERSON", "Morag")]),
    # a first name no list knows, or an initial, vouched for by an unambiguous surname
    ("we had a lovely chat with Tunde Davies about the trial", "en", [("PERSON", "Tunde Davies")]),
    (
        "Thank you Joan & K Choi for the videos",
        "en",
        [("PERSON", "Joan"), ("PERSON", "K Choi")],
    ),
    ("Merci à Kévin pour son aide au service de cardiologie.", "fr", [("PERSON", "Kévin")]),
    ("Félicitations à Inès pour son diplôme !", "fr", [("PERSON", "Inès")]),
    ("Je pense fort à Bérénice ce soir", "fr", [("PERSON", "Bérénice")]),
    ("Bisous à Maëlys et à toute la famille", "fr", [("PERSON", "Maëlys")]),
    ("mdr trop drôle ce que dit léa", "fr", [("PERSON", "léa")]),
    ("Mon fils enzo est encore hospitalisé", "fr", [("PERSON", "enzo")]),
    ("Le Dr Benali reçoit le mardi.", "fr", [("PERSON", "Benali")]),
    ("Suivez @ hopital_paris pour les infos", "fr", [("SOCIAL_HANDLE", "@ hopital_paris")]),
]

# Each holds a word of the name lists that spaCy does not tag as a person.
NEGATIVES = [
    # a unit after a number; a place's second word spaCy split off ("Stormont Vail"); a first
    # name spaCy calls a place after a French "à" that leads to a place (a service)
    ("Merci à toute l'équipe de l'oncologie à Amos !", "fr"),
    ("Our new 3 Tesla MRI scanner is in use.", "en"),
    ("Sa nouvelle IRM 3 Tesla est arrivée au CH.", "fr"),
    ("Trivia night in the Stormont Vail education center.", "en"),
    # thanks and greetings of other languages, and French chat spellings in French posts
    ("Asante sana for the lift to the clinic", "en"),
    ("jai tjr mal o dos depui l'operation", "fr"),
    # a country whose words are a first name and a surname too
    ("She moved here from Hong Kong last year.", "en"),
    # a parent in an Indian language, in lower case in chat, as "mum" is
    ("omg can amma watch tv after her cataract op? she is so bored", "en"),
    # words of ward, event, fund and building names
    ("Join us on Saturday for the Grace Ward open day.", "en"),
    ("Visiting times on Ivy Ward are changing.", "en"),
    ("Free parking at St Mary's for blue badge holders.", "en"),
    ("Our Florence ward team raised money", "en"),
    ("Donations to the Rose Appeal help the hospice.", "en"),
    ("Our Faith Centre is open for quiet reflection.", "en"),
    ("Meet The Frank Bruno Trust Fundraising Team", "en"),
    ("New Visiting Hours For Lily Ward From Monday", "en"),
    ("Congratulations to the Sterling Award winners!", "en"),
    ("Tickets for the Summer Ball are on sale now.", "en"),
    # months, words at the start of a sentence, an article before a name
    ("Will you walk for Stroke Awareness Month?", "en"),
    ("May is Mental Health Month.", "en"),
    ("Chase your dreams: apprenticeships are open.", "en"),
    ("The Christie is a specialist cancer centre.", "en"),
    # disease eponyms
    ("Patients with Addison's disease should carry a steroid card.", "en"),
    ("Huntington's disease support group meets monthly.", "en"),
    ("Read our Bell's palsy leaflet.", "en"),
    # "@" meaning "at", an acronym that is also a name
    ("We're meeting @ 7pm in the foyer.", "en"),
    ("Meet me @ home after the appointment.", "en"),
    ("Just posted a photo @ Kembar Bakery", "en"),
    ("MOVEMBER @ HARTLEPOOL MEN'S SHED on Tuesday", "en"),  # "at" a place, in capitals
    ("Quiz night @ Leeds, all welcome", "en"),  # "at" a town
    ("My IBAN is GB33BUKB20201555555555", "en"),
    # a code letter or an everyday word before a surname
    ("Bring it to Ward C Davies will sign for it", "en"),
    ("the Acorn Davies unit is closed", "en"),
    ("Octobre Rose : faites-vous dépister.", "fr"),
    ("Le pavillon Margaux accueille les consultations de pédiatrie.", "fr"),
    ("Pierre angulaire du projet : la prévention.", "fr"),
    ("Victoire pour nos soignants : le bloc est ouvert !", "fr"),
    ("La maladie de Charcot touche les motoneurones.", "fr"),
    ("RDV @ midi devant l'accueil.", "fr"),
    # a first name that spaCy calls a town after "in"; a name inside a place's name
    ("2 yrs of long covid here in Denver, mostly better", "en"),
    # ... or after a journey's verb and "to" ("referred to Addis")
    ("My mum was referred to Addis for her treatment.", "en"),
    # greetings that are names elsewhere ("Mauri!", "Mela, tonight we eat")
    ("My biopsy came back benign!!! Mela, tonight we eat 🍕", "en"),
    ("Ask our pharmacist at the Kings Heath branch", "en"),
    ("Pour le dos, la méthode McKenzie aide souvent.", "fr"),  # a method after its eponym
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_names_spacy_misses(
    analyze_with: Analyze, text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert analyze_with(PersonNameRecognizer(language), text, language) == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_words_events_and_eponyms(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(PersonNameRecognizer(language), text, language) == []


def test_scores_follow_the_evidence(nlp_engine: ClearpostNlpEngine) -> None:
    """A full name beats a capitalised first name, which beats one in lower case; lower case
    counts only in chat or after a word that introduces a person."""
    recognizer = PersonNameRecognizer("en")

    def scores(text: str) -> list[float]:
        doc = next(nlp_engine.pipe([text], "en", 1))
        results = recognizer.analyze(text, ["PERSON"], nlp_engine.artifacts(doc, "en"))
        return [float(r.score) for r in results]

    (full,) = scores("I saw Hope Thompson from the ward")
    (capitalised,) = scores("I saw Tyrone from the ward")
    (cued,) = scores("I told tyrone about the ward")
    (chat,) = scores("omg i saw tyrone at the ward")
    assert full > capitalised > cued > chat >= 0.5
    assert scores("I saw tyrone from the ward.") == []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_module_gives_one_recognizer_per_language(language: str) -> None:
    (recognizer,) = recognizers(language)
    assert recognizer.supported_language == language
    assert recognizer.supported_entities == ["PERSON", "SOCIAL_HANDLE", "LOCATION"]
