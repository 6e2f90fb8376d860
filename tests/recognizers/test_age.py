"""AGE: a person's age is found; counts, durations, group ranges, scores and years are not."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from screener.recognizers.age import AgeRecognizer, recognizers

pytestmark = pytest.mark.slow

Analyze = Callable[[EntityRecognizer, str, str], list[tuple[str, str]]]

POSITIVES = [
    # a job title before a name is no job advert's count ("Oncology Nurse (6)")
    ("We share the passing of Paramedic Jake Ostrander, 44, on Sunday", "en", ["44"]),
    # a sex-age tag with the sex first, opening a post or a line
    ("F, 29. Tested positive last week", "en", ["29"]),
    ("Hi all\nM, 52 - diagnosed with T2 last month", "en", ["52"]),
    # an age-sex tag right after the greeting that opens the post
    ("Hi all, 58 M from Midland 👋 just got home from the ER", "en", ["58 M"]),
    ("Hey everyone, 61 F here, new to this group", "en", ["61 F"]),
    # everyday and regional kin words ("tonton", Somali "Ayeeyo", Cree "nôhkom")
    ("Mon tonton de 68 ans vient de faire un AVC", "fr", ["68 ans"]),
    ("Ayeeyo's 87 today and still fasting", "en", ["87"]),
    ("my nôhkom is 92 this spring", "en", ["92"]),
    # a line announcing a birthday: an age, "today" and an exclamation
    ("🎉 Eighty-two today! Our volunteer Dot celebrated with cake", "en", ["Eighty-two"]),
    ("103 today!! Happy birthday to our oldest resident", "en", ["103"]),
    # the poster's age and town opening a post
    ("52, Dumfries, just told it's Parkinson's", "en", ["52"]),
    ("58 ans, Guéret. Diabète découvert hier.", "fr", ["58 ans"]),
    ("My lad's nearly eleven and finally got his diagnosis", "en", ["eleven"]),
    ("Huge high five to Lily (aged seven) for her first filling", "en", ["aged seven"]),
    ("My eldest is fifteen and I found out she's been self-harming", "en", ["fifteen"]),
    ("our youngest's 4 and won't take the medicine", "en", ["4"]),
    ("Belle victoire pour Jeanne, 91 ans 👏 trois mois après sa fracture", "fr", ["91 ans"]),
    ("Mon chum Steve (42 ans!!) a fait un AVC samedi", "fr", ["(42 ans!!)"]),
    ("Doreen Platt, 87, was moved to a side room last night.", "en", ["87"]),
    ("Our 91-year-old neighbour finally got her hip done.", "en", ["91-year-old"]),
    ("A seventy-two-year-old cyclist was hurt.", "en", ["seventy-two-year-old"]),
    ("He was aged 58 when the tremor started.", "en", ["aged 58"]),
    ("Patient is 63 years old and diabetic.", "en", ["63 years old"]),
    ("Age: 47. Allergies: none.", "en", ["Age: 47"]),
    ("Diagnosed at the age of 12 with asthma.", "en", ["age of 12"]),
    ("my grandad (96) still walks daily", "en", ["(96)"]),
    ("Celebrating her 105th birthday on the ward today!", "en", ["105th birthday"]),
    ("Dad turned 70 last month and then had a fall.", "en", ["70"]),
    ("She's 83 and lives alone.", "en", ["83"]),
    # a relative's age with "is" contracted or its apostrophe dropped
    ("my nan's 91 and still drives", "en", ["91"]),
    # a grandmother in Setswana
    ("My nkuku is 84 and has cataracts", "en", ["84"]),
    ("grandads 88, lives on his own", "en", ["88"]),
    ("our girl's only seven and already on insulin", "en", ["seven"]),
    ("mum is 79 and waiting for a knee", "en", ["79"]),
    ("33yo, two kids, just found a lump.", "en", ["33yo"]),
    ("Symptoms began at 9 months of age.", "en", ["9 months of age"]),
    ("A centenarian from our village had her jab.", "en", ["centenarian"]),
    ("Grandma, in her early nineties, broke her wrist.", "en", ["nineties"]),
    ("Jacqueline Morel, 81 ans, a été opérée mardi.", "fr", ["81 ans"]),
    ("Mon oncle, âgé de 66 ans, attend une greffe.", "fr", ["âgé de 66 ans"]),
    ("Elle a 9 ans et elle est diabétique.", "fr", ["9 ans"]),
    ("Une patiente de 52 ans a été transférée.", "fr", ["52 ans"]),
    ("Papi fête ses 90 ans à la maison de retraite.", "fr", ["90 ans"]),
    ("Il est décédé à 77 ans d'un cancer.", "fr", ["77 ans"]),
    ("Diagnostiqué à l'âge de 40 ans.", "fr", ["l'âge de 40 ans"]),
    ("Ma voisine (88 ans) est tombée.", "fr", ["(88 ans)"]),
    ("Un octogénaire a été retrouvé.", "fr", ["octogénaire"]),
    ("Our dad, 79, is waiting for his results", "en", ["79"]),
    ("my daughter is nine and has eczema", "en", ["nine"]),
    ("our gran in Whitby is 101 and still sharp", "en", ["101"]),
    ("She was diagnosed with lupus at 34, just after her wedding", "en", ["34"]),
    ("At sixty-one, Keith ran his first marathon", "en", ["sixty-one"]),
    ("happy 40th to my wonderful wife", "en", ["40th"]),
    ("Une cycliste de 23 ans a été hospitalisée", "fr", ["23 ans"]),
    ("Ma mère de quatre-vingt-deux ans vit seule", "fr", ["quatre-vingt-deux ans"]),
    ("Louis, 70 ans et deux stents, va bien", "fr", ["70 ans"]),
    # A possessive ordinal without "birthday": after a celebration word, "for", a person's
    # possessive, or before a party word.
    ("The nurses celebrated his 85th on the ward with scones.", "en", ["85th"]),
    ("We're marking Grandad's 99th at the care home.", "en", ["99th"]),
    ("Flew back from Spain for her 70th yesterday.", "en", ["70th"]),
    ("It's my gran's 102nd today and she's still sharp", "en", ["102nd"]),
    ("Dad's 65th!", "en", ["65th"]),
    ("Aisha's 40th on Saturday was lovely despite the chemo", "en", ["40th"]),
    ("Planning her 18th bash while she's in hospital.", "en", ["18th"]),
    ("Happy 60th Mum! x", "en", ["60th"]),
    # a relative's pet name before "'s" / "is", the age in words
    ("Mammy's eighty-one and had a fall on the stairs.", "en", ["eighty-one"]),
    ("Nain is 90 and still gardening after her stroke.", "en", ["90"]),
    ("Nani's 84 and still refuses her insulin.", "en", ["84"]),
    ("Appa is 71 and walks 5 km after his stent.", "en", ["71"]),
    ("Pour son 95e, mamie a eu droit à un gâteau.", "fr", ["95e"]),
    ("Mon père a fêté son 80e hier entouré de ses petits-enfants.", "fr", ["80e"]),
    # Forum age-sex tags.
    ("Me (41F) and my husband (43M) both have long covid", "en", ["41F", "43M"]),
    ("[27 M] first panic attack at work, advice?", "en", ["27 M"]),
    ("Partner (M, 38) keeps fainting", "en", ["M, 38"]),
    ("My mum (F71) was just diagnosed with COPD", "en", ["F71"]),
    ("Throwaway (22/f) because my family reads this", "en", ["22/f"]),
    ("Long time lurker, 45M here, finally got a diagnosis", "en", ["45M"]),
    ("31 F, ME/CFS for six years. Any tips?", "en", ["31 F"]),
    # An age in apposition after an article and a person noun.
    ("A pedestrian, 67, was hit by a bus on the high street.", "en", ["67"]),
    ("The motorcyclist, 23, died at the scene.", "en", ["23"]),
    ("One elderly pensioner, 92, waited 14 hours on a trolley.", "en", ["92"]),
    ("A father-of-three, 38, is recovering after a cardiac arrest.", "en", ["38"]),
    ("The pupil, 11, was taken to A&E as a precaution.", "en", ["11"]),
    # "at NN" as the age of an event, the clause going on after it.
    ("I was diagnosed at 27 with endometriosis after years of pain", "en", ["27"]),
    ("He had a heart attack at 46 and quit smoking the next day", "en", ["46"]),
    ("My sister lost her hearing at 33 but never let it stop her", "en", ["33"]),
    ("Got diagnosed with MS at 31", "en", ["31"]),
    ("At 45 I finally got an ADHD diagnosis.", "en", ["45"]),
    ("and at 58 he was told it had spread", "en", ["58"]),
    ("At 19, my daughter had her first seizure.", "en", ["19"]),
    # Other shapes: an adverb before the number, no space before "yrs", "in my 40s", kin
    # words used as a name, French adverbs and "la petite de".
    ("She was aged only 6 when the seizures began.", "en", ["aged only 6"]),
    ("my 7yr old has tonsillitis again", "en", ["7yr old"]),
    ("a 94 yrs old man was discharged", "en", ["94 yrs old"]),
    ("I'm in my late 30s and just found a lump", "en", ["30s"]),
    ("Nan is 97 and still does her own shopping", "en", ["97"]),
    ("Il est âgé d'à peine 19 ans.", "fr", ["âgé d'à peine 19 ans"]),
    ("Une patiente âgée de près de 90 ans est sortie.", "fr", ["âgée de près de 90 ans"]),
    ("La petite de 4 ans a été opérée hier.", "fr", ["4 ans"]),
    ("Du haut de ses 7 printemps, il gère son diabète.", "fr", ["7 printemps"]),
    ("She spent her first birthday on the ward", "en", ["first birthday"]),
    ("Grandad's ninetieth birthday was lovely", "en", ["ninetieth birthday"]),
    ("He had a hip replaced at 91!", "en", ["91"]),
    ("My daughter Priya is 12 and has asthma", "en", ["12"]),
    ("hello all. 52, live near Hull, newly diagnosed", "en", ["52"]),
    ("Mamie a soufflé ses 88 bougies hier", "fr", ["88 bougies"]),
    ("Joyeux 90e anniversaire à Mme Petit !", "fr", ["90e anniversaire"]),
    ("Ivor, who, at 81, still swims daily", "en", ["81"]),
    ("Mon père, ancien marin, 82 ans, a chuté hier", "fr", ["82 ans"]),
    ("Pour Odile, bénévole depuis le début, 69 ans, opérée lundi", "fr", ["69 ans"]),
    ("🎂 90th birthday wishes to Ivy Kerr from all of us", "en", ["90th birthday"]),
    ("décédé à 97 ans des suites d'une pneumonie", "fr", ["97 ans"]),
    ("Mme Lucie R., 71 ans, de Dax", "fr", ["71 ans"]),
    ("mon oncle (58 ans, de Rodez) est en réa", "fr", ["58 ans"]),
    # chat drops the apostrophe; he/she take ages in words under ten
    ("my son hes 6 and waiting on an ADHD assessment", "en", ["6"]),
    ("shes eight and has had eczema since birth", "en", ["eight"]),
    ("im 16 and my scoliosis brace is killing me", "en", ["16"]),
    # forum shorthand for relatives, adjectives before them, a name in the brackets
    ("my DS (9) has a temp of 39", "en", ["(9)"]),
    ("my big brother tom (22) broke his wrist", "en", ["(22)"]),
    ("update on mum (Ruth, 84): home from the ward", "en", ["84"]),
    # an event's age: words after a diagnosis, an emoji ending the clause, "last" going on
    ("she was diagnosed with epilepsy at six.", "en", ["six"]),
    ("started metformin at 38 🙃 still adjusting", "en", ["38"]),
    ("Diagnosed at 27 last year, still adjusting", "en", ["27"]),
    ("Well done Ken! 🎉 At 71, our oldest runner finished", "en", ["71"]),
    ("Mr Dougie MacAskill, 77, from Stornoway", "en", ["77"]),
    # French agent nouns and pet names before "de n ans"
    ("un parapentiste de 38 ans a chuté près du col", "fr", ["38 ans"]),
    ("une Bretonne de 29 ans a été hélitreuillée", "fr", ["29 ans"]),
    ("mon petit loulou de 2 ans refait des otites", "fr", ["2 ans"]),
    # the poster's age opening the post, a name and the age in brackets, elision before a name
    ("45 ans et je viens d'apprendre que j'ai un lupus", "fr", ["45 ans"]),
    ("Lina (TDAH, 8 ans) a enfin un traitement", "fr", ["8 ans"]),
    ("Je suis le papa d'Ayoub, 11 ans, diabétique", "fr", ["11 ans"]),
    ("my lad turns 7 tmrw and still wets the bed", "en", ["7"]),
    ("mon grand de 15 ans vient d'être diagnostiqué", "fr", ["15 ans"]),
    # ages in words after a name, in commas or brackets; a lower-case name after a relative
    ("Our oldest patient, Mrs Doyle, eighty-seven, went home today", "en", ["eighty-seven"]),
    ("Ruairí (six) from Carlow had his grommets fitted", "en", ["(six)"]),
    ("my wife amira is 39 and they found a lump", "en", ["39"]),
    # regional words for a child
    ("Mon marmay de 6 ans tousse depuis lundi", "fr", ["6 ans"]),
    ("Aujourd'hui Kofi, 31 ans, vit avec une drépanocytose", "fr", ["31 ans"]),  # a time first
    ("Tegan Walsh is seven and has had three operations", "en", ["seven"]),  # in words
    # an initial standing for a name, and the poster introducing themself
    ("B., trente-deux ans, suivie pour une endométriose", "fr", ["trente-deux ans"]),
    ("Je me présente : 41 ans, diabétique depuis peu", "fr", ["41 ans"]),
    # the poster's age opening a post: "and" and news, a thread's counter, a state of health
    ("78 and just been told I've got AF", "en", ["78"]),
    ("44, Old Lyme CT. Third positive Lyme test in five years", "en", ["44"]),
    ("52, Glen Innes, newly diagnosed with MND", "en", ["52"]),
    ("1/3 34 ans, maman depuis 4 mois, Trois-Rivières.", "fr", ["34 ans"]),
    ("71 ans, sous morphine depuis mon opération", "fr", ["71 ans"]),
    # relatives by marriage, a baby's age in months, Pacific and Québec kin words
    ("My father-in-law, 67, from Pune, just started metformin", "en", ["67"]),
    ("Our bub is 7 months and they heard a murmur", "en", ["7 months"]),
    ("my papa is 74 and in hospital", "en", ["74"]),
    ("Ma p'tite de 4 ans vient d'avoir son diagnostic", "fr", ["4 ans"]),
]

NEGATIVES = [
    # a group's, a page's or a clinic's age is an anniversary
    ("🎉 OUR GROUP IS 3 YEARS OLD TODAY 🎉", "en"),
    ("Our clinic is 30 years old this week!", "en"),
    # any child's age to come ("the year they turn 10")
    ("The school nurse sends the HPV letter the year they turn 12.", "en"),
    # an age limit of a job advert or a scheme
    ("Conditions : être âgé(e) de 40 ans au plus au 31 décembre 2025.", "fr"),
    ("Candidats âgés de 18 ans au moins.", "fr"),
    # how many posts a job advert opens, in brackets after each title
    ("Positions:\n• Oncology Nurse (6) – BSc Nursing\n• Pharmacist (1) – cytotoxics", "en"),
    ("Postes ouverts : Infirmiers (3), Aide-soignants de nuit", "fr"),
    # ... not inside a line ("Row F, 29 was free") nor without its comma ("F 29": a seat)
    ("Row F, 29 was free at the talk", "en"),
    ("F 29. Tested positive last week", "en"),
    ("Page 44, Old Testament Studies and More", "en"),  # no sentence opening on it
    ("Room 44, Old Wing. Visiting from 2pm", "en"),
    ("7 today! New flu clinics open across the county", "en"),  # a count, not an age
    ("We saw 45 today, a record for the clinic", "en"),  # no line's opening, no exclamation
    ("12, Main Street is where the clinic moved", "en"),  # a house number
    ("the shingles jab is offered once you turn 70", "en"),  # any reader's age to come
    ("if you turned 45, book your colonoscopy", "en"),  # any reader's age reached
    ("once you've turned 50 the bowel kit comes by post", "en"),
    ("20 ans, sous la pluie et le vent, bravo", "fr"),  # an anniversary
    ("50 and counting, the clinic's birthday", "en"),  # no news of one's own
    ("Je me présente : 15 ans que je suis dans ce groupe", "fr"),  # a duration
    ("10 ans, Bravo à toute l'équipe", "fr"),  # an anniversary, then words
    ("Kids aged five to eleven can have the nasal spray", "en"),  # a range, in words
    ("See Step (one) of the leaflet before the scan", "en"),  # a step, not a person
    ("The answer is four, said the quiz host", "en"),  # no capitalised name before "is"
    ("my son who is 7 feet away", "en"),  # not a name after the relative
    ("Bilan, 10 ans 🎉 merci à toute l'équipe de dialyse", "fr"),  # an anniversary
    ("Unité Alzheimer, 10 ans\nmerci à tous", "fr"),  # not a first name before
    # a relative's belongings and counts are not ages
    ("my brother's 3 dogs are a handful", "en"),
    ("my dad's 4x4 is in the garage", "en"),
    ("Stage is 4 and Grade is 2, said the letter", "en"),  # not names
    ("Leeds is 30 miles away", "en"),  # a distance
    ("2019, what a year", "en"),  # a year
    ("Doses: 50, 100 or 200mg", "en"),
    ("Our first birthday party for the clinic!", "en"),  # no person's possessive
    ("Our support group turns 5 this week!", "en"),  # an anniversary
    ("The clinic opens at 9, doors at 8.45", "en"),  # times
    ("Le contrat est signé pour une durée de 3 ans", "fr"),  # a duration
    ("happy 10th anniversary to the team", "en"),  # not "happy Nth to"
    ("The new unit has 36 beds and 12 side rooms.", "en"),
    ("We delivered 5,130 babies in the past year.", "en"),
    ("Five years of remission and counting!", "en"),
    ("Results come back within 72 hours.", "en"),
    ("Free flu jabs for the over-65s this week.", "en"),
    ("Adults aged 40 and over can book a health check.", "en"),
    ("Children aged 5 to 11 are invited for vaccination.", "en"),
    # the end of a range whose start has its own unit
    ("Catch-up jabs for babies 6 months to 2 years old at the hub", "en"),
    ("open to pupils 11 years and 14 years old", "en"),
    ("Under 16s must come with a parent.", "en"),
    ("She scored 27 out of 30 on the memory test.", "en"),
    ("In 2019, 84 staff joined the trust.", "en"),
    ("Since March, 45 were discharged early.", "en"),
    ("The hospice turned 40 this year.", "en"),
    ("I'm 4 weeks post-op and feeling better.", "en"),
    ("Celebrating the NHS's 76th birthday with cake.", "en"),
    ("Table (2) lists the dosing options.", "en"),
    ("The average age 61 hides a wide spread.", "en"),
    ("Risk is higher in women < 50 years of age.", "en"),
    ("Most patients were >= 65 years old.", "en"),
    ("Je suis diabétique depuis 12 ans.", "fr"),
    ("Il y a 20 ans, j'ai eu une leucémie.", "fr"),
    ("Après 6 ans de rémission, la maladie est revenue.", "fr"),
    ("Les plus de 70 ans sont prioritaires.", "fr"),
    ("Vaccination des personnes âgées de 65 ans et plus.", "fr"),
    ("Les enfants de 6 à 11 ans peuvent venir.", "fr"),
    ("À partir de l'âge de 50 ans, le dépistage est gratuit.", "fr"),
    ("Le service compte 48 lits.", "fr"),
    ("Elle a 15 ans d'expérience en pédiatrie.", "fr"),
    # A possessive ordinal followed by a noun is a count, "their"/"our" an anniversary.
    ("She starts her 5th chemo on Monday.", "en"),
    ("Celebrating his 3rd round done!", "en"),
    ("Mum's 2nd scan is tomorrow.", "en"),
    ("Had my 4th jab today and my arm is sore.", "en"),
    ("Just finished my 20th and final session of radiotherapy.", "en"),
    ("In for my 25th today, only five to go.", "en"),
    ("They celebrated their 40th on Saturday.", "en"),
    ("Mum and Dad's 50th today, married since 1974.", "en"),
    ("The Trust's 75th this year is a big moment.", "en"),
    ("Today's 15th, so payday for most of us.", "en"),
    ("Pour sa 3e chimio, elle était seule.", "fr"),
    ("Pour son 5e cycle, il a pris un taxi.", "fr"),
    ("Ils fêtent leur 60e anniversaire de mariage.", "fr"),
    ("Mon oncle a fêté son 40e anniversaire de mariage.", "fr"),
    # Money, units, temperatures, codes and places are not age-sex tags.
    ("The trust was fined £34M last year.", "en"),
    ("Funding (12M) was approved for the new wing.", "en"),
    ("We laid 34m of cable in the new ward.", "en"),
    ("Fever hit 39C (102F) overnight.", "en"),
    ("It was 28 °F outside the clinic.", "en"),
    ("I'm a 34F and considering a reduction.", "en"),
    ("Bay (12F) has been deep cleaned.", "en"),
    ("Subacute G(M2) gangliosidosis was confirmed.", "en"),
    ("Ran 5k (31m) today.", "en"),
    # Groups, distances and counts in apposition.
    ("The patients, 94, were moved overnight.", "en"),
    ("The cyclist, 42 km later, stopped for water.", "en"),
    ("One patient, 2 nurses and a porter were in the lift.", "en"),
    # "at NN" as a time, a dose, a reading, an address or a pregnancy week.
    ("My clinic is at 52 Harley Street.", "en"),
    ("Sats dropped at 88% overnight.", "en"),
    ("Had a growth scan at 34 weeks and all was fine.", "en"),
    ("Started sertraline at 50 and went up to 100.", "en"),
    ("We had scans at 20 and 34 weeks.", "en"),
    ("Had my bloods done at 9 and then went to work.", "en"),
    ("Had my appointment at 10, then went home.", "en"),
    ("My heart rate was at 41 and falling.", "en"),
    ("Got my HbA1c back at 48 and I'm pleased.", "en"),
    ("At 50, the dose was doubled.", "en"),
    ("At 9, the doors open.", "en"),
    ("Got there at 14 I think.", "en"),
    # French: a pregnancy, a small pause.
    ("Une femme enceinte de 7 mois a été admise.", "fr"),
    ("Une petite pause de 4 ans dans le traitement.", "fr"),
    ("Bilan de l'année, 10 ans, bravo à tous", "fr"),
    ("Notre association, 10 ans, fête ça samedi", "fr"),
    ("à 2 ans des élections, rien ne bouge", "fr"),
    ("Our 75th birthday celebrations for the NHS", "en"),
    ("Doors open at 9, at 10, the talk starts", "en"),
    ("she's two weeks post-op now", "en"),
    ("he's one of the nicest consultants", "en"),
    ("Diagnosed in May, review at 10 tomorrow", "en"),
    ("une carrière de 30 ans au service des patients", "fr"),
    ("On m'a posé un implant de 3 ans", "fr"),
    ("10 ans que je me bats contre la SEP", "fr"),
    ("3 ans, c'est long sans diagnostic", "fr"),
    # a stage of pregnancy or of recovery, not an age
    ("My wife is 30 weeks pregnant", "en"),
    ("my dad is 3 weeks post-op", "en"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_finds_ages(analyze_with: Analyze, text: str, language: str, expected: list[str]) -> None:
    found = analyze_with(AgeRecognizer(language), text, language)
    assert [surface for kind, surface in found if kind == "AGE"] == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_ignores_counts_durations_and_groups(
    analyze_with: Analyze, text: str, language: str
) -> None:
    assert analyze_with(AgeRecognizer(language), text, language) == []


def test_refuses_impossible_ages() -> None:
    recognizer = AgeRecognizer()
    assert recognizer.invalidate_result("180")
    assert recognizer.invalidate_result("0")
    assert not recognizer.invalidate_result("aged 104")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_module_gives_one_recognizer_per_language(language: str) -> None:
    (recognizer,) = recognizers(language)
    assert recognizer.supported_language == language
    assert recognizer.supported_entities == ["AGE"]
