"""LOCATION for gazetteer towns spaCy misses; not words, organisations, eponyms or countries."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.place_name import PlaceNameRecognizer, recognizers

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

# Sentences where spaCy's small models find no place, or call it something else.
POSITIVES = [
    ("moved to leeds last year for my treatment", "en", ["leeds"]),
    ("Our receptionist at the Tralee surgery is back today", "en", ["Tralee"]),  # a GP's
    ("got the train back to sheffield after my scan", "en", ["sheffield"]),
    ("We drove down from Stoke-on-Trent this morning", "en", ["Stoke-on-Trent"]),
    ("Nurses from Wakefield and Pontefract joined the walk", "en", ["Wakefield", "Pontefract"]),
    ("MY NAN LIVES IN PONTEFRACT AND SHE IS SO POORLY", "en", ["PONTEFRACT"]),
    ("She lives somewhere between Gardena / Torrance", "en", ["Gardena"]),
    ("My cousin works in Chipping Norton now", "en", ["Chipping Norton"]),
    ("direction carcassonne demain pour l'IRM", "fr", ["carcassonne"]),
    ("on est rentrés de aurillac hier soir", "fr", ["aurillac"]),
    ("Bisous de Quimper à toute l'équipe", "fr", ["Quimper"]),
    # a capitalised word no list knows, after "in" or before a town's parkrun: a village
    ("the only pharmacy in Carrowkeel shuts at five", "en", ["Carrowkeel"]),
    ("he finished Ballyhenny parkrun in 31 minutes", "en", ["Ballyhenny"]),
    ("patients of Ardnaclachan surgery, please note", "en", ["Ardnaclachan"]),
    ("plus de médecin à Saint-Éloi-de-l'Ardoise depuis mai", "fr", ["Saint-Éloi-de-l'Ardoise"]),
    ("on a trouvé un kiné à Plouzévet, enfin", "fr", ["Plouzévet"]),
    # towns named like people, after a place preposition or before a place word
    ("I live in Stroud and have MS", "en", ["Stroud"]),
    ("Parking at the Corby site is free for blood donors", "en", ["Corby"]),
    ("Meet us in Bentley for the sponsored walk", "en", ["Bentley"]),
    # islands (places_islands.txt), one of them also a word: only capitalised
    ("Since the new unit opened on Mull she is home for lunch", "en", ["Mull"]),
    ("We spent a week on Islay and Jura", "en", ["Islay", "Jura"]),
    ("on rentre de noirmoutier ce soir", "fr", ["noirmoutier"]),
    # islands of the Pacific that posts name on their own
    ("Je pars à Wallis demain pour ma chimio", "fr", ["Wallis"]),
    ("Les familles de Futuna attendent l'évasan", "fr", ["Futuna"]),
    # a venue placed in a town
    ("my aunt stays at Kestrelmoor near Whitby", "en", ["Kestrelmoor", "Whitby"]),
    # a town that is also a word, opening a sentence, which spaCy calls an organisation
    ("Marseille has won again", "en", ["Marseille"]),
    # counties, boroughs and départements (screener/data/places_regions.txt)
    ("she was moved to a ward in lewisham overnight", "en", ["lewisham"]),
    ("we moved to torbay last spring", "en", ["torbay"]),
    ("retour en haute-savoie après l'opération", "fr", ["haute-savoie"]),
    # Canada's territories and Australia's states
    ("medevac from nunavut last night", "en", ["nunavut"]),
    ("we drove down from queensland for the scan", "en", ["queensland"]),
    # a town naming a local service or site, after a sentence-opening stop word
    ("Next Nairn session: book online", "en", ["Nairn"]),
    ("Our Nairn clinic has moved", "en", ["Nairn"]),
    # a town after "de" and an organisation's head word
    ("Le CeGIDD de Quimper vous accueille sans rendez-vous", "fr", ["Quimper"]),
    # second-tier towns of 5,000 people (New Zealand, Réunion), one named like a person (cued)
    ("We moved to Te Awamutu last spring for my treatment", "en", ["Te Awamutu"]),
    ("back home in te awamutu after my scan", "en", ["te awamutu"]),
    ("I grew up around Langley and still miss it", "en", ["Langley"]),
    ("direction cilaos demain pour l'IRM", "fr", ["cilaos"]),
    ("Bisous de Cilaos à toute l'équipe", "fr", ["Cilaos"]),
    # French names of Swiss, Belgian and German towns (GeoNames: Sitten, Antwerpen, Trier)
    ("Bisous de Sion à toute l'équipe", "fr", ["Sion"]),
    ("Bisous de Morat à toute l'équipe", "fr", ["Morat"]),
    ("Bisous de Louvain à toute l'équipe", "fr", ["Louvain"]),
    ("direction bienne demain pour l'IRM", "fr", ["bienne"]),
    ("Rendez-vous à l'hôpital de Tirlemont lundi", "fr", ["Tirlemont"]),
    # a town's article inside "au" / "du" / "aux": Le Havre, Le Mans, Les Mureaux
    ("il est en réa au Havre depuis hier", "fr", ["Havre"]),
    ("les délais du centre de radiothérapie du Mans", "fr", ["Mans"]),
]

NEGATIVES = [
    ("Et toi ça va mieux ton palu ?", "fr"),  # a possessive: something someone has
    # towns that are words or names: never at a sentence start, after an article, in headlines
    ("Reading is a great way to relax.", "en"),
    ("The Nice guidelines on hip replacement have been updated.", "en"),
    ("New Parking Arrangements For Reading Festival Weekend", "en"),
    ("Our Florence ward team raised money", "en"),
    # a town inside an organisation, a disease named after a town
    ("Leeds United won again", "en"),
    ("Lyme disease cases rise in summer", "en"),
    # hashtags, web addresses, countries
    ("loving the #leeds vibes tonight", "en"),
    ("details at www.leeds.gov.uk", "en"),
    ("We raised money for families in Ukraine and Syria", "en"),
    ("Bath time tips for new parents from our midwives.", "en"),
    ("Les paris sportifs sont interdits dans l'hôpital", "fr"),
    ("Octobre Rose : faites-vous dépister.", "fr"),
    ("trop contente d'être rentrée sur roanne", "fr"),
    ("Le Paris Saint-Germain a gagné hier soir", "fr"),
    # towns named like people, without a place cue: people
    ("Thanks to Bentley and Buckley for the flowers", "en"),
    ("A card from Corby made our day", "en"),
    ("We stayed in Barry's flat after the op", "en"),
    ("Mull it over before you decide", "en"),  # the island's name as a verb
    ("We met at Christmas in Leeds", "en"),  # no venue: a feast (Leeds is spaCy's)
    ("She saw Dr Patel at Emily's in Leeds", "en"),  # a person's home
    # counties that are also words or names stay unreported in lower case
    ("that was a proper somerset welcome from the nurses", "en"),
    # "de" after a person's word introduces a person
    ("Le fils de Martin a gagné", "fr"),
    # second tier: a town named like a person needs a cue; towns named like common first
    # names ("Austin", "Tyler") or like words or brands ("Carrefour", Haiti) are left out
    ("Thanks to Langley for the flowers", "en"),
    ("Austin and Tyler came to visit after my chemo", "en"),
    ("On a fait les courses chez Carrefour hier", "fr"),
    # other names of towns that are everyday words or names: "Lierre" (Lier), "Waver"
    # (Wavre), "Sion" (a first name in English posts)
    ("le lierre a envahi tout le jardin", "fr"),
    ("I did not waver when the doctor called", "en"),
    ("Thanks to Sion for the flowers", "en"),
    # other names of small Belgian and Swiss towns count only capitalised mid-sentence
    ("on a marché sur la berge après la séance de kiné", "fr"),
    # not a place: a title, a language, a people, a longer name, a sentence's first word
    ("In Memoriam: our volunteers remembered", "en"),
    ("the leaflets are also in Polish", "en"),
    ("asthma is more common in Canadians than you'd think", "en"),
    ("Carrowkeel has one pharmacy", "en"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_towns_spacy_misses(
    analyze_with: Analyze, text: str, language: str, expected: list[str]
) -> None:
    found = analyze_with(PlaceNameRecognizer(language), text, language)
    assert found == [("LOCATION", surface) for surface in expected]


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_words_organisations_and_countries(
    analyze_with: Analyze, text: str, language: str
) -> None:
    assert analyze_with(PlaceNameRecognizer(language), text, language) == []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_module_gives_one_recognizer_per_language(language: str) -> None:
    (recognizer,) = recognizers(language)
    assert recognizer.supported_language == language
    assert recognizer.supported_entities == ["LOCATION"]
