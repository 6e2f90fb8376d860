"""PERSON from cues: titles, family words, states, teams and signatures; not the look-alikes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.person_cues import PersonCueRecognizer, recognizers

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    # a Caribbean family title before a capitalised name no list holds
    ("Praying for Tanty Fide after her fall.", "en", "Fide"),
    # family word + first name, any case, even a name that is also a word
    ("my daughter lily has her first hospital appointment on monday", "en", "lily"),
    # a nickname no list holds, after a family word
    ("my lad robbo started his inhalers last week", "en", "robbo"),
    ("my hubby jonno is off work with his back", "en", "jonno"),
    ("Our son Will starts chemo next week", "en", "Will"),
    ("mon fils karim a été opéré hier", "fr", "karim"),
    # a partner in Québec French
    ("mon chum réjean a eu son pontage hier", "fr", "réjean"),
    ("ma fille Rose a une otite", "fr", "Rose"),
    # first name + 's + a state
    ("Jack's been in hospital since Friday", "en", "Jack"),
    ("So relieved. Megan's home at last!", "en", "Megan"),
    # after a possessive and a word of endearment, a name that is also a word elsewhere
    ("Please pray for our little Paz, back in PICU tonight", "en", "Paz"),
    # someone news is given of, even a nickname that is also a word
    ("des nouvelles de jojo : encore de la fièvre", "fr", "jojo"),
    ("Quick update on Fenella: the op went well", "en", "Fenella"),
    ("courage à jojo pour ses vertiges", "fr", "jojo"),
    ("prayers for kez, scan day tomorrow", "en", "kez"),
    # someone from a team or a group
    ("Baz from the Thursday group is having his op", "en", "Baz"),
    ("Ade from our portering team ran the marathon", "en", "Ade"),
    # signatures
    ("Thank you for everything you did for Mum. — Gwen", "en", "Gwen"),
    ("Merci à toute l'équipe du 3e étage - Nath", "fr", "Nath"),
    ("Thanks for listening everyone\nTrish xx", "en", "Trish"),
    # someone from a town
    ("Eilidh from Portree rang the ward this morning", "en", "Eilidh"),
    # a nickname after a family word
    ("my brother kev from Hull is back in rehab", "en", "kev"),
    # a greeting, a name given
    ("Hi Adaeze, welcome to the group!", "en", "Adaeze"),
    ("Coucou Maïwenn, bienvenue parmi nous", "fr", "Maïwenn"),
    ("His name is Torin and he is three", "en", "Torin"),
    ("je m'appelle Yanis, 30 ans, SEP depuis 2020", "fr", "Yanis"),
    ("Congratulations Sue on your new grandson", "en", "Sue"),
    # a signature with a town named like a person after it
    ("Feeling stronger this week – Bev, Burton", "en", "Bev"),
    # a family word used as a title, no possessive needed
    ("des nouvelles de mamie jeanne pour celles qui demandaient", "fr", "jeanne"),
    # a family title and a word in quotes: a nickname, whatever the word
    ('a shout-out to "Mama Doughnut", who sells by the taxi rank', "en", "Mama Doughnut"),
    ("merci à « Tonton Braise », qui grille les brochettes", "fr", "Tonton Braise"),
    ("priez pour tata Rose, elle sort demain", "fr", "tata Rose"),  # spaCy's span
    ("auntie pat is home from the hospice", "en", "pat"),
    # a lower-case name from a group in chat, even one no list knows
    ("quick one — bez from the thursday walking group had his op", "en", "bez"),
    # a sign-off, a comma and the name ending the post
    ("Can you take the post down please? Cheers, Ciarán", "en", "Ciarán"),
    ("On se voit jeudi pour marcher. Bisous, Murielle", "fr", "Murielle"),
    # a signature before a closing line of hashtags
    ("Get checked, lads. – Tamati\n#Movember #MensHealth", "en", "Tamati"),
    # a name before its age in commas, news style
    ("Gurpreet, 52, from Hounslow ran the 10k after her bypass", "en", "Gurpreet"),
    # a nickname in quotes between the first name and the surname
    ('retired porter Thomas "Tommo" Brennan passed away', "en", 'Thomas "Tommo" Brennan'),
    ("Bravo à Gérard « Gégé » Le Du pour ses 90 ans", "fr", "Gérard « Gégé » Le Du"),
    # initials and a surname: a known surname, a title first, or French compound initials
    ('The letter says "Patient: K. Nowak, appointment Tuesday"', "en", "K. Nowak"),
    ("Dear Mrs J. Dunleavy, your scan is booked", "en", "J. Dunleavy"),
    ("Quelqu'un connaît J.-P. Thériault de Rimouski ?", "fr", "J.-P. Thériault"),
    # a resident's or a member's two initials after "our" or a word for them
    ("Our E.W. in Room 14 loved the seaside trip", "en", "E.W."),
    ("notre résidente M.D. a soufflé ses bougies", "fr", "M.D."),
    # a word of endearment between a possessive and the name
    ("Prières pour notre petit Nono qui entre au bloc", "fr", "Nono"),
    ("so proud of our little Zuri today", "en", "Zuri"),
    # ... spelled as chat writes it
    ("ma ptite Loulou a refait une crise cette nuit", "fr", "Loulou"),
    ("prières pour ma ptite Choupette qui entre au bloc", "fr", "Choupette"),
    # an honorific after the name
    ("Good news Venkatesh sir, your reports are ready", "en", "Venkatesh"),
    ("Please call Lakshmi amma about her BP tablets", "en", "Lakshmi"),
]

NEGATIVES = [
    # initials naming a team, not a resident
    ("Our A.B. team meets on Friday", "en"),
    # news of things, not of someone
    ("an update on parking: the multi-storey is shut", "en"),
    ("congratulations to Sister on the ward", "en"),  # a title, not a name
    ("bisous à ptit bout", "fr"),
    ("des nouvelles de maman : ça va mieux", "fr"),
    ("my son will be home next week", "en"),
    ("my son tbh has been a star about the jabs", "en"),
    ("my daughter tho is coping better", "en"),
    ("my son started school today", "en"),
    ("my wife nagged me into seeing the GP", "en"),
    ("my son reckons the inhaler helps", "en"),
    ("mon fils asthmatique a repris le sport", "fr"),
    ("my daughter can walk again", "en"),
    ("Jack's hospital visit is on Friday", "en"),  # "'s" possessive, no state after it
    ("The stroke from the Tuesday session was rare", "en"),
    ("See you at the meeting - Admin", "en"),
    ("Huge thanks to all our volunteers - The Team", "en"),
    ("Merci à tous ! — Paris", "fr"),
    ("My mum loved the ward - thanks", "en"),
    ("Flights from Leeds are delayed again", "en"),  # an everyday word before "from"
    ("Greetings from Leeds everyone", "en"),
    ("Hi Team, the clinic is shut today", "en"),  # a greeting to an everyday word
    ("Congratulations Team on the award", "en"),
    ("Dear Leeds fans, thank you", "en"),  # a greeting to a town
    ("Call 111 for advice.\nSwitchboard: 01632 960233", "en"),  # a heading, not a signature
    ("Open 9 to 5.\nReception 01632 960233", "en"),
    ("Le Papa Noël passera au service de pédiatrie", "fr"),  # Santa, not a person
    ("écrivez à l'asso Maman Blues", "fr"),  # an association's name, no first name
    ('Dance to "Mama Africa" at the gala', "en"),  # a continent: a song's title
    ("someone from the tuesday group had a fall", "en"),  # an everyday word
    ("I love this group. Thanks, Team", "en"),  # a sign-off to an everyday word
    ("Total, 45, was the count this week", "en"),  # an everyday word before the number
    ('We saw "Wicked" Tuesday with the ward', "en"),  # a title between a pronoun and a day
    ("P.S. Thanks for the flowers", "en"),  # an abbreviation before an everyday word
    ("Yes sir, the clinic opens at nine", "en"),  # an everyday word before "sir"
    ("my little Boy has a cold", "en"),  # a family word after the endearment
    ("use the bays by Gate C. Park & Ride runs daily", "en"),  # a gate's letter
    # thanks of other languages signing a post off
    ("Qui connaît un pédiatre à Toamasina ?\nMisaotra", "fr"),
    ("Pharmacie de garde à Thiès ce soir ?\nJërëjëf", "fr"),
    ("Any chemist open late in Durban?\nNgiyabonga", "en"),
]


@pytest.mark.parametrize(("text", "language", "name"), POSITIVES)
def test_finds_cued_names(analyze_with: Analyze, text: str, language: str, name: str) -> None:
    found = analyze_with(PersonCueRecognizer(language), text, language)
    assert ("PERSON", name) in found


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_uncued_words(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(PersonCueRecognizer(language), text, language) == []


def test_titled_name_keeps_its_title(analyze_with: Analyze) -> None:
    """When spaCy reads "Dr X" as a place, the cue reports the same span, title included."""
    recognizer = PersonCueRecognizer("fr")
    found = analyze_with(recognizer, "Opérée par le Dr Benhamou à Lyon le 3 mars", "fr")
    assert all(kind == "PERSON" for kind, _ in found)
    assert all(surface.startswith("Dr ") for _, surface in found)


def test_one_recognizer_per_language() -> None:
    (recognizer,) = recognizers("fr")
    assert isinstance(recognizer, PersonCueRecognizer)
