"""The verdict rules (docs/verdict-rules.md) on hand-made findings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from screener.entities import info
from screener.policy import ChannelPolicy, decide, load_policies
from screener.types import Finding, Verdict

COMMS = ChannelPolicy(name="comms")


def findings(text: str, marked: dict[str, str]) -> list[Finding]:
    """Findings for each surface string in `marked` ({surface: entity type})."""
    out = []
    for surface, entity_type in marked.items():
        start = text.index(surface)
        out.append(
            Finding(
                start, start + len(surface), entity_type, info(entity_type).category, 0.9, surface
            )
        )
    return out


@pytest.mark.parametrize(
    ("text", "marked", "expected", "rule"),
    [
        # person + health: the core risk
        (
            "Well done Margaret Ellis on your hip replacement",
            {"Margaret Ellis": "PERSON", "hip replacement": "PROCEDURE"},
            Verdict.HOLD,
            "crossing",
        ),
        # age + health
        (
            "Our patient, 94, is home after a stroke",
            {"94": "AGE", "stroke": "CONDITION"},
            Verdict.HOLD,
            "crossing",
        ),
        # handle + health in a support group
        (
            "@kate_r good luck with chemo",
            {"@kate_r": "SOCIAL_HANDLE", "chemo": "PROCEDURE"},
            Verdict.HOLD,
            "crossing",
        ),
        # two quasi-identifiers + health, about someone
        (
            "A man admitted on 3 March in Leeds with sepsis",
            {"3 March": "DATE", "Leeds": "LOCATION", "sepsis": "CONDITION"},
            Verdict.HOLD,
            "crossing",
        ),
        (
            "Elle est arrivée le 3 mars à Lille pour un AVC",
            {"3 mars": "DATE", "Lille": "LOCATION", "AVC": "CONDITION"},
            Verdict.HOLD,
            "crossing",
        ),
        # a date of detention or of one person's operation identifies on its own
        (
            "She was sectioned on 2 January and the psychosis is calmer now",
            {"2 January": "DATE", "psychosis": "CONDITION"},
            Verdict.HOLD,
            "crossing",
        ),
        (
            "Quick update: my wife's surgery on 19 May went well, clear margins",
            {"19 May": "DATE", "surgery": "PROCEDURE"},
            Verdict.HOLD,
            "crossing",
        ),
        (
            "The surgery on Market Street is closed on 25 December for flu jabs",
            {"25 December": "DATE", "flu jabs": "PROCEDURE"},
            Verdict.PASS,
            None,
        ),
        # ... but an event with a date and a place is about no one
        (
            "Free diabetes checks on 3 March at Leeds library",
            {"3 March": "DATE", "Leeds": "LOCATION", "diabetes": "CONDITION"},
            Verdict.PASS,
            None,
        ),
        # one quasi-identifier + health is not enough
        (
            "Leeds opens a new stroke unit",
            {"Leeds": "LOCATION", "stroke": "CONDITION"},
            Verdict.PASS,
            None,
        ),
        # a clinician introduced by a title is not a patient
        (
            "Thanks to Dr Amira Khan and the stroke team",
            {"Amira Khan": "PERSON", "stroke": "CONDITION"},
            Verdict.PASS,
            None,
        ),
        (
            "Merci au Pr Martin pour cette greffe",
            {"Martin": "PERSON", "greffe": "PROCEDURE"},
            Verdict.PASS,
            None,
        ),
        # a person without any health detail
        (
            "Congratulations to Margaret Ellis on her retirement",
            {"Margaret Ellis": "PERSON"},
            Verdict.PASS,
            None,
        ),
        # a direct identifier alone
        (
            "MRN 00483921 please call back",
            {"00483921": "MEDICAL_RECORD_NUMBER"},
            Verdict.HOLD,
            "direct_identifier",
        ),
        (
            "my number is 07700 900123",
            {"07700 900123": "PHONE_NUMBER"},
            Verdict.HOLD,
            "direct_identifier",
        ),
        # an organisation's contact is not private
        (
            "Call our helpline on 0300 123 4567 for advice on diabetes",
            {"0300 123 4567": "PHONE_NUMBER", "diabetes": "CONDITION"},
            Verdict.PASS,
            None,
        ),
        (
            "Questions? info@stmarys.example.org",
            {"info@stmarys.example.org": "EMAIL_ADDRESS"},
            Verdict.PASS,
            None,
        ),
        (
            "Contactez le secrétariat au 01 23 45 67 89",
            {"01 23 45 67 89": "PHONE_NUMBER"},
            Verdict.PASS,
            None,
        ),
        # countries and URLs do not single anyone out
        (
            "Our team in Kenya treated malaria cases",
            {"Kenya": "COUNTRY", "malaria": "CONDITION"},
            Verdict.PASS,
            None,
        ),
        # a later mention of a titled clinician is still staff
        (
            "Dr Ifeoma Eze set up our sickle cell service. Congratulations Ifeoma!",
            {"Ifeoma Eze": "PERSON", "Ifeoma": "PERSON", "sickle cell": "CONDITION"},
            Verdict.PASS,
            None,
        ),
        # a disease word naming a service is no one's health...
        (
            "Meet Priya Shah, who runs our diabetes team's Saturday clinic",
            {"Priya Shah": "PERSON", "diabetes": "CONDITION"},
            Verdict.PASS,
            None,
        ),
        # ... named the French way, or inside a charity's name
        (
            "Merci à Gisèle, bénévole au comité de la Fondation contre le Cancer",
            {"Gisèle": "PERSON", "Cancer": "CONDITION"},
            Verdict.PASS,
            None,
        ),
        (
            "Hélène Grandjean a piloté l'ouverture du nouveau centre de dialyse",
            {"Hélène Grandjean": "PERSON", "dialyse": "PROCEDURE"},
            Verdict.PASS,
            None,
        ),
        (
            "Nadine Roux dirige le centre d'évaluation et de traitement de la douleur",
            {"Nadine Roux": "PERSON", "traitement de la douleur": "PROCEDURE"},
            Verdict.PASS,
            None,
        ),
        (
            "Thanks to Jo Bell of the Society for Endocrinology for the talk on diabetes",
            {"Jo Bell": "PERSON", "Endocrinology": "CONDITION"},
            Verdict.PASS,
            None,
        ),
        # ... but a visit's purpose is no name
        (
            "For 12 years Mr Lim has come to our centre for dialysis",
            {"Lim": "PERSON", "dialysis": "PROCEDURE"},
            Verdict.HOLD,
            "crossing",
        ),
        # ... unless a possessive makes it someone's
        (
            "Priya Shah says her dementia nurse visits weekly",
            {"Priya Shah": "PERSON", "dementia": "CONDITION"},
            Verdict.HOLD,
            "crossing",
        ),
        # a date of admission, birth or death is a person's
        (
            "A patient hospitalised since 12 August has legionella",
            {"12 August": "DATE", "legionella": "CONDITION"},
            Verdict.HOLD,
            "crossing",
        ),
        (
            "Our new ward opened on 12 August for flu season",
            {"12 August": "DATE", "flu": "CONDITION"},
            Verdict.PASS,
            None,
        ),
        # one role in one place names its holder
        (
            "Get well soon to our lollipop lady at Brookside Primary after her stroke",
            {"Brookside Primary": "FACILITY", "stroke": "CONDITION"},
            Verdict.HOLD,
            "crossing",
        ),
        (
            "Prompt rétablissement à la boulangère de Cluny, opérée du genou",
            {"Cluny": "LOCATION", "opérée du genou": "PROCEDURE"},
            Verdict.HOLD,
            "crossing",
        ),
        (
            "Le seul boucher de Besse vient d'être opéré d'un cancer du côlon",
            {"Besse": "LOCATION", "opéré": "PROCEDURE", "cancer du côlon": "CONDITION"},
            Verdict.HOLD,
            "crossing",
        ),
        (
            "Our chief of security at the Helena campus is home after his heart attack",
            {"Helena": "LOCATION", "heart attack": "CONDITION"},
            Verdict.HOLD,
            "crossing",
        ),
        (
            "Le seul jour de marché à Besse, stand de dépistage du cancer du côlon",
            {"Besse": "LOCATION", "dépistage": "PROCEDURE", "cancer du côlon": "CONDITION"},
            Verdict.PASS,
            None,
        ),
        (
            "Pharmacists in Leeds can now give flu jabs",
            {"Leeds": "LOCATION", "flu jabs": "PROCEDURE"},
            Verdict.PASS,
            None,
        ),
        # contacts in a post about no one are the organisation's
        (
            "Open day on 1 February at 12 rue de la Paix, Nantes: nursing school tours",
            {"12 rue de la Paix, Nantes": "ADDRESS"},
            Verdict.PASS,
            None,
        ),
        (
            "Stop smoking support: 0800 917 0192 or quit@trust.example.uk",
            {"0800 917 0192": "PHONE_NUMBER", "quit@trust.example.uk": "EMAIL_ADDRESS"},
            Verdict.PASS,
            None,
        ),
        (
            "jane.doe@mail.example.com",
            {"jane.doe@mail.example.com": "EMAIL_ADDRESS"},
            Verdict.HOLD,
            "direct_identifier",
        ),
        (
            "Sarah's number: 07700 900123",
            {"Sarah": "PERSON", "07700 900123": "PHONE_NUMBER"},
            Verdict.HOLD,
            "direct_identifier",
        ),
        # health alone
        (
            "I started chemo last week and feel exhausted",
            {"chemo": "PROCEDURE", "exhausted": "SYMPTOM"},
            Verdict.PASS,
            None,
        ),
    ],
)
def test_decide(text: str, marked: dict[str, str], expected: Verdict, rule: str | None) -> None:
    verdict, reasons = decide(text, findings(text, marked), COMMS)
    assert verdict is expected
    assert [r.rule for r in reasons] == ([rule] if rule else [])


def test_reason_names_the_person_and_the_procedure() -> None:
    text = "Congratulations to Margaret Ellis, 94, home today after her hip replacement"
    marked = {"Margaret Ellis": "PERSON", "94": "AGE", "hip replacement": "PROCEDURE"}
    _, reasons = decide(text, findings(text, marked), COMMS)
    assert reasons[0].message == (
        "names a person (Margaret Ellis) and an age (94) together with "
        "a procedure (hip replacement)"
    )
    assert reasons[0].entity_types == ("AGE", "PERSON", "PROCEDURE")


def test_deny_list_matches_whole_words_case_insensitively() -> None:
    policy = ChannelPolicy(name="comms", deny_list=("Ward 7",))
    assert decide("Great day on ward 7!", [], policy)[0] is Verdict.HOLD
    assert decide("Great day on ward 77!", [], policy)[0] is Verdict.PASS


def test_allow_list_is_case_insensitive() -> None:
    policy = ChannelPolicy(name="comms", allow_list=frozenset({"press@hospital.example"}))
    assert policy.allowed("PRESS@hospital.example ")
    assert not policy.allowed("someone@hospital.example")


def test_quasi_threshold_is_a_channel_setting() -> None:
    text = "In Leeds she had a stroke"
    strict = ChannelPolicy(name="strict", quasi_identifiers_to_hold=1)
    marked = {"Leeds": "LOCATION", "stroke": "CONDITION"}
    assert decide(text, findings(text, marked), strict)[0] is Verdict.HOLD


def test_packaged_policies_have_both_channels() -> None:
    policies = load_policies()
    assert {"comms", "support"} <= set(policies)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("channels: {}", "no 'channels'"),
        ("channels:\n  comms:\n    colour: red", "unknown keys"),
        ("channels:\n  comms:\n    language: de", "language must be"),
    ],
)
def test_bad_policy_files_are_refused_clearly(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(content)
    with pytest.raises(ValueError, match=re.escape(message)):
        load_policies(path)


def test_missing_policy_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot read policy file"):
        load_policies(tmp_path / "absent.yaml")


@pytest.mark.parametrize(
    ("text", "marked", "expected"),
    [
        # the residents of a named home are a small, closed group
        (
            "Norovirus outbreak at Oakfield House care home in Wigan: please do not visit",
            {"Oakfield House care home": "FACILITY", "Wigan": "LOCATION", "Norovirus": "CONDITION"},
            Verdict.HOLD,
        ),
        # patients of a named unit on a given date
        (
            "We are contacting patients seen at our Harrogate unit on 14 February after an "
            "endoscopy",
            {"Harrogate": "LOCATION", "14 February": "DATE", "endoscopy": "PROCEDURE"},
            Verdict.HOLD,
        ),
        # an outbreak in a named home is about its residents, even undated
        (
            "Épidémie de grippe à la Résidence Les Hortensias : visites suspendues",
            {"Résidence Les Hortensias": "FACILITY", "grippe": "CONDITION"},
            Verdict.HOLD,
        ),
        (
            "Oakfield House care home hosts a dementia-friendly tea dance",
            {"Oakfield House care home": "FACILITY", "dementia": "CONDITION"},
            Verdict.PASS,
        ),
        # patients in general: a service announcement
        (
            "Our Gloucester unit at Severn Hospital will do 6,000 more scans a year for patients",
            {"Gloucester": "LOCATION", "Severn Hospital": "FACILITY", "scans": "PROCEDURE"},
            Verdict.PASS,
        ),
        # a year alone is kept by HIPAA's Safe Harbor: no crossing with a condition
        (
            "she lost her husband in 2009 and her memory has gone since the dementia set in",
            {"2009": "DATE", "dementia": "CONDITION"},
            Verdict.PASS,
        ),
        # ... a day of death is a personal date
        (
            "her husband died on 4 May and her dementia has got worse since",
            {"4 May": "DATE", "dementia": "CONDITION"},
            Verdict.HOLD,
        ),
        # a campaign's start and end dates single no one out
        (
            "Elle débute le 2 octobre et finit le 28 février : vaccination pour les diabétiques",
            {"2 octobre": "DATE", "28 février": "DATE", "vaccination": "PROCEDURE"},
            Verdict.PASS,
        ),
        # a health word inside a place's name is nobody's health
        (
            "He has been the GP at Canal Street Surgery since 2 June 1994",
            {"Canal Street Surgery": "LOCATION", "Surgery": "PROCEDURE", "2 June 1994": "DATE"},
            Verdict.PASS,
        ),
        # a public figure's own, already public, health news
        (
            "Great to hear novelist Ada Quarshie speak about her breast cancer on the radio",
            {"Ada Quarshie": "PERSON", "breast cancer": "CONDITION"},
            Verdict.PASS,
        ),
        # staff speaking of their work pass; of their own health, hold
        (
            "Ask our dietitian Omar Haddad anything about insulin pumps tonight",
            {"Omar Haddad": "PERSON", "insulin": "MEDICATION"},
            Verdict.PASS,
        ),
        (
            "Our dietitian Omar Haddad opens up about his own type 1 diabetes",
            {"Omar Haddad": "PERSON", "type 1 diabetes": "CONDITION"},
            Verdict.HOLD,
        ),
        # a name in a fun run's name is not a person in the post
        (
            "Sign up for the Peter Vane Memorial Run in aid of leukaemia research",
            {"Peter Vane": "PERSON", "leukaemia": "CONDITION"},
            Verdict.PASS,
        ),
        # one pupil of a named school, with a health detail
        (
            "Our nurses trained staff at Elm Tree Primary to help a Year 4 pupil with epilepsy",
            {"Elm Tree Primary": "FACILITY", "epilepsy": "CONDITION"},
            Verdict.HOLD,
        ),
        # two towns, or a shop and its town, narrow a post about someone down to thousands
        (
            "Pharmacist question: my chemist in Ayr, Boots on Main St, has no stock of my HRT",
            {"Ayr": "LOCATION", "Boots": "FACILITY", "HRT": "MEDICATION"},
            Verdict.PASS,
        ),
        (
            "I moved from Derby to Leeds and my new GP won't prescribe my HRT",
            {"Derby": "LOCATION", "Leeds": "LOCATION", "HRT": "MEDICATION"},
            Verdict.PASS,
        ),
        # ... a street, a ward or a school with a town do
        (
            "I live on Bank Lane in Ayr and my HRT ran out",
            {"Bank Lane": "LOCATION", "Ayr": "LOCATION", "HRT": "MEDICATION"},
            Verdict.HOLD,
        ),
        (
            "admitted to Ward 9 at Crosshouse last night with my asthma",
            {"Ward 9": "FACILITY", "Crosshouse": "FACILITY", "asthma": "CONDITION"},
            Verdict.HOLD,
        ),
        # a service word inside the found term: the name of a unit, not anyone's health
        (
            "From 2 June, visitors to the renal dialysis unit at Kyle Hospital use gate B",
            {"2 June": "DATE", "Kyle Hospital": "FACILITY", "dialysis unit": "PROCEDURE"},
            Verdict.PASS,
        ),
        # ... unless someone is said to have come through it
        (
            "Meet baby Ivo, the first baby born from our new IVF service",
            {"Ivo": "PERSON", "IVF": "PROCEDURE"},
            Verdict.HOLD,
        ),
        # one child singled out in a named school
        (
            "A case of mumps at Glenburn Primary: the pupil, in P3, is recovering at home",
            {"Glenburn Primary": "FACILITY", "mumps": "CONDITION"},
            Verdict.HOLD,
        ),
        (
            "my son is the only boy at Ardmore High with a colostomy bag",
            {"Ardmore High": "FACILITY", "colostomy bag": "PROCEDURE"},
            Verdict.HOLD,
        ),
        # a staff member back after their own illness
        (
            "Welcome back to Ana Lind, our ward manager, after her sick leave for burnout",
            {"Ana Lind": "PERSON", "burnout": "CONDITION"},
            Verdict.HOLD,
        ),
        # staff named in a list with their shared role
        (
            "Ola, Kit and Sam are the physios behind our new back pain classes",
            {"Ola": "PERSON", "Kit": "PERSON", "Sam": "PERSON", "back pain": "SYMPTOM"},
            Verdict.PASS,
        ),
        # "Mon" is Monday in an English post: no one is referred to
        (
            "Free blood pressure checks at Hale Library and Moor Lane, Mon 9-12",
            {
                "Hale Library": "FACILITY",
                "Moor Lane": "LOCATION",
                "blood pressure checks": "PROCEDURE",
            },
            Verdict.PASS,
        ),
        # staff health near the staff member's name is theirs; an event title is not
        (
            "Living with lupus: evening talk, 3 May\nSpeaker: rheumatology nurse Ann Foy",
            {"lupus": "CONDITION", "Ann Foy": "PERSON"},
            Verdict.PASS,
        ),
        (
            "Speaker: rheumatology nurse Ann Foy, who is living with lupus herself",
            {"lupus": "CONDITION", "Ann Foy": "PERSON"},
            Verdict.HOLD,
        ),
        (
            "Former Wales rugby captain Huw Bevan spoke on the radio about his prostate cancer",
            {"Huw Bevan": "PERSON", "prostate cancer": "CONDITION"},
            Verdict.PASS,
        ),
        # "patients" in a sentence with no place do not make a blood drive about anyone
        (
            "Donors at Acre Lane Hall on 9 May gave 120 units. That helps patients with cancer.",
            {"Acre Lane Hall": "FACILITY", "9 May": "DATE", "cancer": "CONDITION"},
            Verdict.PASS,
        ),
        # cases at a named school or ward: a small, closed group
        (
            "Two cases of measles confirmed at Elm Grove Primary School this week.",
            {"Elm Grove Primary School": "FACILITY", "measles": "CONDITION"},
            Verdict.HOLD,
        ),
        # the poster's own place on its sign-off line says nothing about a person ...
        (
            "Ne donnez pas à votre enfant les antibiotiques d'un autre.\n"
            "— Pharmacie du Lac, Annecy",
            {"Pharmacie du Lac": "FACILITY", "Annecy": "LOCATION", "antibiotiques": "MEDICATION"},
            Verdict.PASS,
        ),
        # ... but a role held there is one person
        (
            "Our practice manager is off after a hip replacement.\n- Ash Tree Surgery, Ludlow",
            {"Ash Tree Surgery": "FACILITY", "Ludlow": "LOCATION", "hip replacement": "PROCEDURE"},
            Verdict.HOLD,
        ),
        # a sentence about anyone is not the named volunteer's health
        (
            "Thanks to Bev who runs our Friday group. Anyone recovering from a stroke is welcome.",
            {"Bev": "PERSON", "stroke": "CONDITION"},
            Verdict.PASS,
        ),
        (
            "Thanks to Bev who runs our Friday group. She is recovering from a stroke.",
            {"Bev": "PERSON", "stroke": "CONDITION"},
            Verdict.HOLD,
        ),
        # a group's health next to a name
        (
            "Meet Annie, who knitted 300 hats for our prem babies!",
            {"Annie": "PERSON", "prem babies": "CONDITION"},
            Verdict.PASS,
        ),
        # a charity's name holds a disease word; a device's model is no one
        (
            "Cakes by Steve's team. All proceeds to Macmillan Cancer Support.",
            {"Steve": "PERSON", "Cancer": "CONDITION"},
            Verdict.PASS,
        ),
        (
            "Parents d'enfants DT1 : le capteur Dexcom G7 tient combien de jours ?",
            {"Dexcom G7": "PERSON", "Dexcom": "PROCEDURE", "DT1": "CONDITION"},
            Verdict.PASS,
        ),
    ],
)
def test_who_the_post_is_about(text: str, marked: dict[str, str], expected: Verdict) -> None:
    assert decide(text, findings(text, marked), COMMS, "en")[0] is expected


@pytest.mark.parametrize(
    ("text", "marked", "language", "expected"),
    [
        # Swiss and Québec care homes are small, closed groups too
        (
            "Des cas de gale parmi les résidents de l'EMS Les Bouleaux à Bex.",
            {"EMS Les Bouleaux": "FACILITY", "Bex": "LOCATION", "gale": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "Cas de COVID-19 confirmés au CHSLD Saint-Joseph : masque obligatoire.",
            {"CHSLD Saint-Joseph": "FACILITY", "COVID-19": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        # one household at its street on a day
        (
            "Intoxication : trois membres d'une même famille hospitalisés samedi, rue des Lilas "
            "à Gex.",
            {
                "Intoxication": "CONDITION",
                "samedi": "DATE",
                "rue des Lilas": "LOCATION",
                "Gex": "LOCATION",
            },
            "fr",
            Verdict.HOLD,
        ),
        # a singular participle is the poster: their operation's date and town
        (
            "Opérée de la hanche le 12/03 à Niort, c'est normal d'avoir mal ?",
            {"Opérée de la hanche": "PROCEDURE", "12/03": "DATE", "Niort": "LOCATION"},
            "fr",
            Verdict.HOLD,
        ),
        # ... but "greffe" is a noun: a talk on a date in a town is about no one
        (
            "Conférence sur la greffe rénale le 12 mars à Brest, entrée libre.",
            {"greffe rénale": "PROCEDURE", "12 mars": "DATE", "Brest": "LOCATION"},
            "fr",
            Verdict.PASS,
        ),
        # a staff member's work mailbox is the organisation's; the same name as a patient's
        # mailbox is private
        (
            "Informal chat? Ward Manager Tegan Price: tegan.price@trust.example. We treat stroke.",
            {
                "Tegan Price": "PERSON",
                "tegan.price@trust.example": "EMAIL_ADDRESS",
                "stroke": "CONDITION",
            },
            "en",
            Verdict.PASS,
        ),
        (
            "Tegan Price had a stroke; cards to tegan.price@mail.example",
            {
                "Tegan Price": "PERSON",
                "tegan.price@mail.example": "EMAIL_ADDRESS",
                "stroke": "CONDITION",
            },
            "en",
            Verdict.HOLD,
        ),
        # a role at any branch is everyone's
        (
            "Hay fever? Ask the pharmacist at any Boots branch in Leeds.",
            {"Hay fever": "CONDITION", "Boots": "FACILITY", "Leeds": "LOCATION"},
            "en",
            Verdict.PASS,
        ),
        # a group's moderators and volunteers, listed, speak for the group
        (
            "Les modos : Céline, Anh & Jo. Idées noires ? Appelez le 3114.",
            {"Céline": "PERSON", "Anh": "PERSON", "Jo": "PERSON", "Idées noires": "SYMPTOM"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Le groupe est modéré par Fabienne et Hervé, bénévoles de l'association Parkinson.",
            {"Fabienne": "PERSON", "Hervé": "PERSON", "Parkinson": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        # the subject of someone's work is not their health
        (
            "Le Pr Sow reçoit un prix pour ses travaux sur la drépanocytose.",
            {"Sow": "PERSON", "drépanocytose": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Les travaux de la Pr Nadia Sow et de son équipe sur la drépanocytose sont primés.",
            {"Nadia Sow": "PERSON", "drépanocytose": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Dr Amy Hale and her team on the sickle cell study won the prize.",
            {"Amy Hale": "PERSON", "sickle cell": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        (
            "La Pr Nadia Sow, soignée pour sa drépanocytose, reçoit un prix.",
            {"Nadia Sow": "PERSON", "drépanocytose": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        # someone cheered, then spoken to: "ta dépendance" is theirs
        (
            "1 an de sobriété pour Kader !\nToute l'équipe est fière de toi. Tu es arrivé en "
            "plein sevrage.",
            {"Kader": "PERSON", "sevrage": "SYMPTOM"},
            "fr",
            Verdict.HOLD,
        ),
        # a line open on weekdays is an organisation's
        (
            "Le centre a une ligne pour les familles : 01 99 00 47 12 (du lundi au vendredi). "
            "Ils nous ont aidés pour notre fils et sa maladie rare.",
            {"01 99 00 47 12": "PHONE_NUMBER", "maladie rare": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        # a short question or an instruction to any reader points at no one
        (
            "Our clinic moves to Market Street, Newcastle from Monday 2 June. New partner? Get "
            "STI testing.",
            {
                "Market Street": "LOCATION",
                "Newcastle": "LOCATION",
                "Monday 2 June": "DATE",
                "STI testing": "PROCEDURE",
            },
            "en",
            Verdict.PASS,
        ),
        (
            "Vaccination contre la rougeole du 3 au 9 juin à Pointe-Noire. Apportez le carnet "
            "de santé de l'enfant.",
            {"rougeole": "CONDITION", "3 au 9 juin": "DATE", "Pointe-Noire": "LOCATION"},
            "fr",
            Verdict.PASS,
        ),
        # running a group's coffee morning is no disclosure; being in a rehab group is
        (
            "Thanks to Marcia who runs the Brixton sickle cell coffee morning!",
            {"Marcia": "PERSON", "sickle cell": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        (
            "Pam from the Tuesday cardiac rehab group says thanks",
            {"Pam": "PERSON", "cardiac rehab": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        # going public, said before the name, or with the first name the NER left out
        (
            "Comme l'a raconté publiquement Céline Dion, ce syndrome provoque des spasmes.",
            {"Céline Dion": "PERSON", "spasmes": "SYMPTOM"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Le parrain, Mathieu Carrère, qui a rendu public son cancer de la prostate.",
            {"Carrère": "PERSON", "cancer de la prostate": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Watched the Michael J. Fox doc last night. Parkinson's took so much from him.",
            {"Michael J. Fox": "PERSON", "Parkinson's": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        # a branch's number, an RSVP line, a physical therapist by her title
        (
            "My son's Adderall is on backorder. Call at our Weston store: 304-555-0142",
            {"Adderall": "MEDICATION", "304-555-0142": "PHONE_NUMBER"},
            "en",
            Verdict.PASS,
        ),
        (
            "Arthritis talk with PT Ana Villaseñor on joint pain. RSVP 541-555-0167",
            {
                "Arthritis": "CONDITION",
                "Ana Villaseñor": "PERSON",
                "joint pain": "SYMPTOM",
                "541-555-0167": "PHONE_NUMBER",
            },
            "en",
            Verdict.PASS,
        ),
        # "your pharmacist" is anyone's; "the chemist in Moree" is the shop
        (
            "Diurétiques : ne les arrêtez jamais seul, parlez-en à votre pharmacien. Pharmacie du "
            "Foirail, Riom.",
            {
                "Diurétiques": "MEDICATION",
                "Pharmacie du Foirail": "FACILITY",
                "Riom": "LOCATION",
            },
            "fr",
            Verdict.PASS,
        ),
        (
            "does the chemist in Moree keep Libre 2 sensors or do i order thru Tamworth?",
            {"Moree": "LOCATION", "Libre 2": "PROCEDURE", "Tamworth": "LOCATION"},
            "en",
            Verdict.PASS,
        ),
        # the street of a service is no home; a region called a bay is no hospital bay
        (
            "anyone in Kamloops know if the walk-in on Tranquille Rd renews my Synthroid?",
            {"Kamloops": "LOCATION", "Tranquille Rd": "LOCATION", "Synthroid": "MEDICATION"},
            "en",
            Verdict.PASS,
        ),
        (
            "What's the wait for a hip replacement in Hawke's Bay? Mum's GP in Waipukurau says a "
            "year",
            {
                "hip replacement": "PROCEDURE",
                "Hawke's Bay": "LOCATION",
                "Waipukurau": "LOCATION",
            },
            "en",
            Verdict.PASS,
        ),
        (
            "Papa nous a quittés le 4 mars après deux ans de maladie de Charcot.",
            {"4 mars": "DATE", "maladie de Charcot": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "Mum is in Bay 4 on Ward 9 with a chest infection, visiting in Leeds",
            {"Bay 4": "LOCATION", "Leeds": "LOCATION", "chest infection": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        # an illness among a home's residents, without the word "outbreak"
        (
            "Flu has been confirmed among residents at Larchfield House, so visits are paused.",
            {"Larchfield House": "FACILITY", "Flu": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Dear families, this week we confirmed COVID-19 in five residents on Azalea Hall "
            "at Magnolia Gardens.",
            {"Magnolia Gardens": "FACILITY", "Azalea Hall": "FACILITY", "COVID-19": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Grippe à la résidence Les Tilleuls : cinq résidents malades, visites limitées.",
            {"résidence Les Tilleuls": "FACILITY", "Grippe": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "Flu is circulating in Oban: book your jab at the surgery.",
            {"Oban": "LOCATION", "Flu": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        # a care home named like an estate, not a hospital of that name
        (
            "Gran moved into Birchwood Manor and the dementia is worse",
            {"Birchwood Manor": "FACILITY", "dementia": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "A patient at Walsall Manor Hospital had a stroke",
            {"Walsall Manor Hospital": "FACILITY", "stroke": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        # the date one lost a relative
        (
            "Two years since we lost our son on 9 June. Leukaemia is cruel.",
            {"9 June": "DATE", "Leukaemia": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Nous avons perdu notre fille le 3 mai, la mucoviscidose a gagné.",
            {"3 mai": "DATE", "mucoviscidose": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "I lost my appetite on Monday after the chemo",
            {"Monday": "DATE", "chemo": "PROCEDURE"},
            "en",
            Verdict.PASS,
        ),
        # going home from hospital on a date
        (
            "Our patient went home on Tuesday 4 March after six weeks of stroke rehab",
            {"Tuesday 4 March": "DATE", "stroke rehab": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        # a dozen workers of one site struck, patients and staff of one unit confirmed ill
        (
            "12 salariés de l'entrepôt Transval de Lisses ont présenté des vomissements hier.",
            {"Transval": "LOCATION", "Lisses": "LOCATION", "vomissements": "SYMPTOM"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "Unité Les Manguiers : 4 patients et 1 soignant ont une grippe confirmée.",
            {"Unité Les Manguiers": "LOCATION", "grippe": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        # the street one lives on, one's child's school
        (
            "Je fais des crises d'asthme : on habite rue des Saules à Bruay, c'est humide.",
            {"rue des Saules à Bruay": "LOCATION", "asthme": "CONDITION"},
            "fr",
            Verdict.HOLD,
        ),
        (
            "My neighbour on Poplar Lane and I both have shingles this week, is it catching?",
            {"Poplar Lane": "LOCATION", "shingles": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        # "St" ends a street's name, and opens a saint's town
        (
            "our neighbor on Birch St (the one with the ramp) is home after his amputation",
            {"Birch St": "LOCATION", "amputation": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "My neighbour in St Ives and I both have shingles this week, is it catching?",
            {"St Ives": "LOCATION", "shingles": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        (
            "The pharmacy on Mill Street is out of inhalers, I walked there twice for my asthma",
            {"Mill Street": "LOCATION", "asthma": "CONDITION", "inhalers": "MEDICATION"},
            "en",
            Verdict.PASS,
        ),
        (
            "I told them about my son's epilepsy and named his school (Ysgol Bro Tegid)",
            {"Ysgol Bro Tegid": "FACILITY", "epilepsy": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "Anyone else's kid at Bayside District High? My girl was just diagnosed with T1D.",
            {"Bayside District High": "FACILITY", "T1D": "CONDITION"},
            "en",
            Verdict.HOLD,
        ),
        (
            "I gave a talk on epilepsy at Ysgol Bro Tegid",
            {"Ysgol Bro Tegid": "FACILITY", "epilepsy": "CONDITION"},
            "en",
            Verdict.PASS,
        ),
        # a case in an employee of a named plant
        (
            "A confirmed case of TB in an employee at Dunmore Foods, Larne.",
            {"TB": "CONDITION", "Dunmore Foods": "FACILITY", "Larne": "LOCATION"},
            "en",
            Verdict.HOLD,
        ),
        # a service's branch, a group's meetup, a talk's topic, an event's name
        (
            "Menopause chats with our pharmacist every Thursday at our Lark Drive branch",
            {"Menopause": "CONDITION", "Lark Drive": "LOCATION"},
            "en",
            Verdict.PASS,
        ),
        (
            "I run a small gout support meetup at the Elks Lodge on 5th Street",
            {"gout": "CONDITION", "Elks Lodge": "FACILITY", "5th Street": "LOCATION"},
            "en",
            Verdict.PASS,
        ),
        (
            "Bénévoles Marche Trisomie 21 : rendez-vous lundi à Namur, je passe à 14h",
            {"Trisomie 21": "CONDITION", "lundi": "DATE", "Namur": "LOCATION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "Ma fille a une trisomie 21 : lundi à Namur, je passe à 14h",
            {"trisomie 21": "CONDITION", "lundi": "DATE", "Namur": "LOCATION"},
            "fr",
            Verdict.HOLD,
        ),
        # a meeting's topic, a mobile service, a job in brackets
        (
            "Update on Mum (dementia): she moved into Rosewood Manor on Friday",
            {"dementia": "CONDITION", "Rosewood Manor": "FACILITY", "Friday": "DATE"},
            "en",
            Verdict.HOLD,
        ),
        (
            "I have been living with MS for ten years near St Albans Road",
            {"MS": "CONDITION", "St Albans Road": "LOCATION"},
            "en",
            Verdict.PASS,
        ),
        (
            "Item 4 – Alun suggested an open meeting on COPD in Tenby",
            {"Alun": "PERSON", "COPD": "CONDITION", "Tenby": "LOCATION"},
            "en",
            Verdict.PASS,
        ),
        (
            "@lulu_974 oui, le camion de dépistage du diabète passe à Cilaos",
            {"@lulu_974": "SOCIAL_HANDLE", "dépistage": "PROCEDURE", "diabète": "CONDITION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "06/11/2025, 08:55 - Sarah (physio): class is on at 10am, see you all",
            {"Sarah": "PERSON", "physio": "PROCEDURE"},
            "en",
            Verdict.PASS,
        ),
        (
            "Sarah is back to physio (twice a week) and doing well",
            {"Sarah": "PERSON", "physio": "PROCEDURE"},
            "en",
            Verdict.HOLD,
        ),
        # a support group's topic is no one's health
        (
            "@nina_k le groupe de parole douleur chronique de Nantes reprend en mars",
            {"@nina_k": "SOCIAL_HANDLE", "douleur chronique": "SYMPTOM", "Nantes": "LOCATION"},
            "fr",
            Verdict.PASS,
        ),
        (
            "@nina_k ta douleur chronique va mieux ?",
            {"@nina_k": "SOCIAL_HANDLE", "douleur chronique": "SYMPTOM"},
            "fr",
            Verdict.HOLD,
        ),
    ],
)
def test_roles_groups_and_contacts(
    text: str, marked: dict[str, str], language: str, expected: Verdict
) -> None:
    assert decide(text, findings(text, marked), COMMS, language)[0] is expected
