"""DATE: explicit dates and event-tied periods are found; generic and relative times are not."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.date import (
    DateMentionRecognizer,
    has_event_cue,
    is_generic_time,
    recognizers,
)

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    ("Date of birth 7/14/1951, NHS number to follow.", "en", ["7/14/1951"]),
    ("Admitted 02/11/2022 with chest pain.", "en", ["02/11/2022"]),
    ("Discharged 14.08.2023 to her daughter's.", "en", ["14.08.2023"]),
    ("Log: 2021-06-30 08:15 obs taken.", "en", ["2021-06-30 08:15"]),
    ("Her op is booked for 4 February 2025.", "en", ["4 February 2025"]),
    ("Nan was born on the 2nd of June 1938.", "en", ["2nd of June 1938"]),
    ("He passed away on November 3rd.", "en", ["November 3rd"]),
    ("Scan on Tuesday the 9th, fingers crossed.", "en", ["Tuesday the 9th"]),
    ("Grandad died on Sunday after a short illness.", "en", ["Sunday"]),
    ("On Friday, my sister was rushed to A&E.", "en", ["Friday"]),
    ("She was diagnosed in October 2020.", "en", ["October 2020"]),
    ("Our dad, born in 1929, loved the garden.", "en", ["1929"]),
    ("Ma grand-mère est décédée le 12 janvier 2024.", "fr", ["12 janvier 2024"]),
    ("Opération prévue le 1er avril.", "fr", ["1er avril"]),
    ("Rendez-vous vendredi 6 septembre à l'hôpital.", "fr", ["vendredi 6 septembre"]),
    ("Il a été hospitalisé jeudi dernier.", "fr", ["jeudi"]),
    ("Née en 1941, elle a élevé six enfants.", "fr", ["1941"]),
    ("Sortie le 03/05/2022 après une semaine.", "fr", ["03/05/2022"]),
    # day-month forms without a year, and a two-digit year with dots
    ("Stitches out on 3rd March, finally.", "en", ["3rd March"]),
    ("Her MRI got moved to March 3rd.", "en", ["March 3rd"]),
    ("Seen by the GP on 3/3 and told to rest.", "en", ["3/3"]),
    ("We first met the stoma nurse on 14/02 for a chat.", "en", ["14/02"]),
    ("The man hurt in the crash on 2/17 walked out today.", "en", ["2/17"]),
    ("Discharged 03.03.24 on antibiotics.", "en", ["03.03.24"]),
    ("The letter says Feb 14th for the biopsy.", "en", ["Feb 14th"]),
    ("Prise de sang prévue le 14 févr. au labo.", "fr", ["14 févr."]),
    ("Mon père a été opéré le 3 mars dernier.", "fr", ["3 mars"]),
    ("Admise le 14/02 aux urgences de nuit.", "fr", ["14/02"]),
    # a day of the month with no month: after a preposition of dates, ending its phrase
    ("My sister had her stroke on the 5th.", "en", ["5th"]),
    ("Been on the ward since the 12th, still no bed upstairs.", "en", ["12th"]),
    ("Dad was admitted the weekend of the 21st and is still in.", "en", ["21st"]),
    ("Radiotherapy runs from the 3rd to the 17th at the Christie.", "en", ["3rd", "17th"]),
    ("Op booked on the 9th at 8am, nil by mouth from midnight.", "en", ["9th"]),
    ("Both scans are on the 2nd and 3rd, then results.", "en", ["2nd", "3rd"]),
    ("Elle a été opérée le 12.", "fr", ["12"]),
    ("Hospitalisé jusqu'au 20, puis direction la rééducation.", "fr", ["20"]),
    # days listed before a month
    ("Le Téléthon revient les 5 et 6 décembre au gymnase.", "fr", ["5", "6 décembre"]),
    ("Mum had chemo on 3, 4 and 5 March.", "en", ["3", "4", "5 March"]),
    ("Clinic visits on the 10th and 11th of June.", "en", ["10th", "11th of June"]),
    # named days of the year: one day each year, like "25 December"
    ("Olivia arrived at 00:07 on New Year's Day by caesarean.", "en", ["New Year's Day"]),
    ("Pharmacy closed on Good Friday and Easter Monday.", "en", ["Good Friday", "Easter Monday"]),
    ("Grandad passed away peacefully on Boxing Day.", "en", ["Boxing Day"]),
    ("My waters broke on Christmas Eve 2022 at 11pm.", "en", ["Christmas Eve 2022"]),
    ("Mum slipped on the ice at Hogmanay and broke her wrist.", "en", ["Hogmanay"]),
    ("Our little boy was born on Halloween!", "en", ["Halloween"]),
    ("He proposed on Valentine's Day, then the chest pains started.", "en", ["Valentine's Day"]),
    ("I miscarried on Mother's Day, of all days.", "en", ["Mother's Day"]),
    ("Dad's heart attack was on Father's Day.", "en", ["Father's Day"]),
    ("Seizure at the barbecue on the Fourth of July.", "en", ["Fourth of July"]),
    ("Easter Sunday service at 10am in the chapel.", "en", ["Easter Sunday"]),
    ("He died at home. Christmas Eve 2021, aged 80.", "en", ["Christmas Eve 2021"]),
    ("Papi est tombé le jour de Noël dans l'escalier.", "fr", ["jour de Noël"]),
    ("Maman a fait un AVC la veille de Noël.", "fr", ["veille de Noël"]),
    ("Il est parti le soir du réveillon, entouré des siens.", "fr", ["soir du réveillon"]),
    ("Opérée la Saint-Sylvestre, drôle de fin d'année.", "fr", ["Saint-Sylvestre"]),
    ("Notre fils est né le jour de l'An.", "fr", ["jour de l'An"]),
    ("Hospitalisée le lundi de Pâques pour une occlusion.", "fr", ["lundi de Pâques"]),
    ("Mamie nous a quittés à la Toussaint.", "fr", ["Toussaint"]),
    ("J'ai accouché la Fête des mères !", "fr", ["Fête des mères"]),
    ("Il a été opéré le 14 Juillet.", "fr", ["14 Juillet"]),
    # seasons: after a preposition of time, lifted by an event cue
    ("Dad was admitted over Christmas with pneumonia.", "en", ["Christmas"]),
    ("My mum passed away at Easter 2019.", "en", ["Easter 2019"]),
    ("Hospitalisée depuis Noël pour une pneumonie.", "fr", ["Noël"]),
    # a month with its year narrows a date to thirty days: reported, cue or not
    ("In June 2023 the charity raised a record amount.", "en", ["June 2023"]),
    ("sous dialyse depuis mars 2019", "fr", ["mars 2019"]),
    # a shortened weekday with its ordinal
    ("she was admitted with meningitis on Wed 12th", "en", ["Wed 12th"]),
    ("Funeral is Thurs 16th at St Cuthbert's, 11am.", "en", ["Thurs 16th"]),
    # a chat export's day and month before the time
    ("[20/03 22:41] Anaïs: transfert jeudi", "fr", ["20/03", "jeudi"]),
    # public holidays of the US, Canada, Australia and New Zealand
    ("He overdosed at the camp on Labor Day.", "en", ["Labor Day"]),
    ("Her waters broke on Anzac Day, three weeks early.", "en", ["Anzac Day"]),
]

NEGATIVES = [
    ("We are open on Saturday from 9 till 12.", "en"),
    ("Sam 3 weeks post op and walking again", "en"),  # no ordinal: a name and a count
    ("Clinics run every Monday and Thursday.", "en"),
    ("In 2024 we opened two new theatres.", "en"),
    ("Python 3.11.4 is installed on 10.0.0.12.", "en"),
    ("BP 135/85 and pulse 72 this morning.", "en"),
    ("She scored 8/10 for pain, then 4/10.", "en"),
    ("You may 2 or 3 times a day take it.", "en"),
    ("We march 5 miles for the hospice each year.", "en"),
    ("Visiting hours are on Saturdays only.", "en"),
    ("Le samedi, les visites sont libres.", "fr"),
    ("Tous les lundis à 14h, atelier mémoire.", "fr"),
    ("En 2022, le service a accueilli 3 000 patients.", "fr"),
    ("Version 2.3.12 de l'application.", "fr"),
    ("Nous sommes ouverts samedi matin.", "fr"),
    # ordinals that count something else: a noun follows, or no date preposition
    ("She lives on the 3rd floor of the tower block.", "en"),
    ("He was on the 2nd dose when the rash started.", "en"),
    ("It was the 3rd time she'd fallen this year.", "en"),
    ("On the 3rd day after surgery she went home.", "en"),
    ("Height and weight were on the 10th and 50th centiles.", "en"),
    ("We're on the 3rd of 5 sessions of physio.", "en"),
    ("I felt rough after the 2nd and slept all day.", "en"),
    ("From the 2nd floor you can see the helipad.", "en"),
    # fractions and round-the-clock care
    ("Dose reduced by 2/3 after the stroke.", "en"),
    ("She is on 24/7 oxygen now.", "en"),
    ("Take it on 1/2 a tablet for a week.", "en"),
    ("She went on 1/2 doses then stopped.", "en"),
    # event and campaign names, greetings, habits, generic seasons
    ("Our Christmas Fair raised £2,000 for the ward.", "en"),
    ("The Mother's Day Appeal has raised £5k for the hospice.", "en"),
    ("Tickets for the Valentine's Day Ball are on sale now.", "en"),
    ("Our Halloween party was a hit with the kids on the ward.", "en"),
    ("Join our Easter egg hunt on the children's ward.", "en"),
    ("Happy Mother's Day to all the mums on our ward!", "en"),
    ("Wishing everyone a happy Halloween from the diabetes team.", "en"),
    ("Every year on Christmas Day, A&E is full of injuries.", "en"),
    ("At Christmas time we see more falls.", "en"),
    ("At Christmas, people with dementia can feel confused.", "en"),
    ("Lunar New Year celebrations on the ward.", "en"),
    ("Over the Christmas holidays, call 111 for advice.", "en"),
    ("It ruined my father's day completely.", "en"),
    ("Join us for Baby Loss Remembrance Day at the chapel.", "en"),
    ("Mum had her op at St George's day unit.", "en"),
    ("Celebrating my independence day after discharge!", "en"),
    # French numbers that are not days
    ("En cas de malaise, appelez le 15.", "fr"),
    ("En cas de douleur thoracique, appelez immédiatement le 15.", "fr"),
    ("En cas d'urgence, composez le 15 ou le 112.", "fr"),
    ("En cas de malaise : le 15.", "fr"),
    ("Il habite au 12 rue des Lilas depuis son AVC.", "fr"),
    ("Il est le 3 sur la liste d'attente pour la greffe.", "fr"),
    ("La prise de sang a lieu le 3 ou le 4e jour du cycle.", "fr"),
    ("Pendant les vacances de la Toussaint, le service est fermé.", "fr"),
    ("Bonne fête des mères à toutes les mamans !", "fr"),
    ("Joyeux Noël à tous les patients et soignants.", "fr"),
    ("Chaque année à Noël, les urgences débordent.", "fr"),
    ("Mme Toussaint a été opérée hier.", "fr"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_dates(analyze_with: Analyze, text: str, language: str, expected: list[str]) -> None:
    found = analyze_with(DateMentionRecognizer(language), text, language)
    assert [surface for kind, surface in found if kind == "DATE"] == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_generic_times_and_numbers(analyze_with: Analyze, text: str, language: str) -> None:
    assert analyze_with(DateMentionRecognizer(language), text, language) == []


@pytest.mark.parametrize(
    ("span", "language"),
    [
        ("today", "en"),
        ("tomorrow morning", "en"),
        ("tonight", "en"),
        ("this morning", "en"),
        ("7pm", "en"),
        ("half past six", "en"),
        ("48 hours", "en"),
        ("the past three weeks", "en"),
        ("last year", "en"),
        ("every Monday", "en"),
        ("the 1990s", "en"),
        ("this week", "en"),
        ("2023", "en"),
        ("in 2023", "en"),
        ("Christmas", "en"),
        # named days and bare day numbers are the DateMentionRecognizer's (it sees the context)
        ("Christmas Day", "en"),
        ("the 12th", "en"),
        ("two days later", "en"),
        ("Saturday", "en"),
        ("August 2019", "en"),
        ("aujourd'hui", "fr"),
        ("demain", "fr"),
        ("la semaine dernière", "fr"),
        ("ce matin", "fr"),
        ("depuis 3 ans", "fr"),
        ("tous les jours", "fr"),
        ("les années 80", "fr"),
        ("20h30", "fr"),
        ("en 2021", "fr"),
    ],
)
def test_generic_times(span: str, language: str) -> None:
    assert is_generic_time(span, language)


@pytest.mark.parametrize(
    ("span", "language"),
    [
        ("9 May 2020", "en"),
        ("May 9th", "en"),
        ("the 21st of March", "en"),
        ("11/30/1948", "en"),
        ("1987-05-16", "en"),
        ("Wednesday the 4th", "en"),
        ("le 14 juillet 2019", "fr"),
        ("2 décembre", "fr"),
        ("15/02/1950", "fr"),
    ],
)
def test_day_level_dates_are_not_generic(span: str, language: str) -> None:
    assert not is_generic_time(span, language)


@pytest.mark.parametrize(
    ("span", "language", "before", "after", "generic"),
    [
        ("1932", "en", "Mum was born in ", "", False),
        ("1932", "en", "The ward was built in ", "", True),
        ("2018", "en", "She was admitted in ", "", True),  # a year needs a birth/death cue
        ("Saturday", "en", "Dad collapsed on ", "", False),
        ("Saturday", "en", "", ", my aunt was admitted", False),
        ("Saturday", "en", "The shop is open on ", "", True),
        ("March 2021", "en", "She was diagnosed in ", "", False),
        ("March 2021", "en", "Diagnosed long ago. In ", " we moved house", True),
        ("1950", "fr", "Il est né en ", "", False),
        ("samedi", "fr", "Elle a été opérée ", "", False),
    ],
)
def test_periods_depend_on_an_event_cue(
    span: str, language: str, before: str, after: str, generic: bool
) -> None:
    assert is_generic_time(span, language, before=before, after=after) is generic


def test_event_cue_stays_in_its_sentence() -> None:
    assert has_event_cue("She died in hospital on ")
    assert not has_event_cue("She died in hospital. We reopen on ")
    assert not has_event_cue("The method we use is ready on ")  # "met" is a word start only


@pytest.mark.parametrize("language", ["en", "fr"])
def test_module_gives_one_recognizer_per_language(language: str) -> None:
    (recognizer,) = recognizers(language)
    assert recognizer.supported_language == language
    assert recognizer.supported_entities == ["DATE"]
