"""Names that are not people: an event's, a room's or a fund's name, a service, an initialism,
a festival, a phrase in another language, a place written like a name, an organisation's handle.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from screener.gazetteers import (
    canonical,
    everyday_words,
    first_name_level,
    is_reported_place,
    surname_level,
)
from screener.gazetteers import places as town_names
from screener.name_context import PUBLICS, TITLES, US_STATE_CODES
from screener.recognizers.age_words import OTHER_KIN_WORDS
from screener.recognizers.country import country_names, normalize
from screener.recognizers.ner_words import (
    HOSPITAL_SITE_HEADS,
    LANGUAGES,
    LANGUAGES_ALSO_NAMES,
    EntityWords,
)
from screener.types import Finding
from screener.venues import is_club, is_venue

# A handle that is an organisation's ("@SchoolNursesCeredigion", "@NHSEngland"), not a person's.
_ORG_HANDLE_WORD = re.compile(
    r"(?:nhs|hse|chu|chru|ars|cpam|trust|team|nurses|nursing|clinic\w*|health\w*|hospital\w*|"
    r"h[ôo]pital\w*|service\w*|pharmac\w*|surgery|practice|council|school\w*|charity|"
    r"foundation|unit|ward|sant[ée]|gp|midwi\w*|maternit\w*|"
    # public bodies, campaigns and charities ("@SunSmartNSW", "@CancerResearchUK")
    r"smart|aware\w*|campaign|society|network|alliance|institute|research|official|gov\w*|"
    r"asso\w*|fondation|ligue|nsw|qld|vic|"
    # Québec's health and social services bodies ("@CISSS_Outaouais", "@CIUSSSCN", "CLSC")
    r"cisss\w*|ciusss\w*|clsc|chsld|"
    # a forum's bots ("u/AutoModerator", read as "Auto" + "Moderator")
    r"automoderator|moderator|bot)$"
)
# Mentions that call a whole chat server or channel (Discord, Slack, Telegram), not a member.
_CHANNEL_MENTIONS = frozenset({"@everyone", "@here", "@channel", "@all", "@tous"})
# An organisation's word run into a lower-case handle's end ("@heartlandhealth",
# "@stmaryshospital", "@riversidepharmacy"), five letters or more before it.
_ORG_HANDLE_END = re.compile(
    r"(\w{5,}?)(?:health|healthcare|hospitals?|clinics?|pharmacy|medical|foundation|charity)"
)
# The words of a handle: split at "_", ".", "-", digits and case changes ("SchoolNurses" ->
# "School", "Nurses"; "CHULyon" -> "CHU", "Lyon"), so that "@ketchup_queer" holds no "chu".
_HANDLE_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-zà-ÿ]+|[A-ZÀ-Ý]+|\d+")
# Words around a name that make it part of an event's, a fund's or a building's name ("La 8e
# Course Sophie Lemaire", "the Jack Hart Memorial Walk"): the name is not a person in the post.
_NAME_OF_BEFORE = re.compile(
    r"\b(?:Course|Marathon|Walk|Run|Trophy|Troph[ée]e|Prix|Fondation|Foundation|Fund|Fonds|Cup|"
    # galas and fiestas named in capitals ("the Gala Rosa y Azul", "Fiesta San Antón")
    r"Gala|Fiesta|Caminata|Carrera|Torneo|Festival|"
    # French races named after someone ("5e Marche Thomas Roduit", "Foulées Amandine Kaboré")
    r"Marche|Foul[ée]es|Corrida|Relais|Trail|"
    # ... and memorials and tournaments ("Marche Mémorial Odile Sabayo", "Tournoi Jean Wamytan")
    r"M[ée]morial|Tournoi|Coupe|"
    r"Challenge|Ride|Swim|Bourse|Institut|Institute|Lecture|Award|Prize|Ward|Wing|Suite|"
    # helplines named "SOS ..." / "Allô ..." ("SOS Amitié", "Allô Enfance en Danger")
    r"SOS|All[ôo]|"
    # rooms, buildings and streets named after someone ("salle Paul-Fort", "lycée Jean-Moulin")
    r"(?i:salle|aula|amphi(?:th[ée][aâ]tre)?|rue|avenue|boulevard|place|lyc[ée]e|coll[èe]ge|"
    r"[ée]cole|stade|gymnase|espace|pavillon|b[âa]timent|r[ée]sidence|quai|all[ée]e|"
    r"m[ée]diath[èe]que|biblioth[èe]que|mus[ée]e|th[ée][âa]tre|cin[ée]ma|parc|jardin|piscine|"
    r"halle|maison|auditoire|auditorium|aile|"
    # associations and centres named after someone ("l'association Valentin Haüy")
    r"association|asso|ligue|fondation|centre|clinique|h[ôo]pital|institut)"
    # ... in Spanish too, capitalised ("Parque Luis Muñoz Marín", "Escuela Ramón Power"; not
    # English "at the plaza Maritza fainted")
    r"|(?:Parque|Plaza|Calle|Avenida|Paseo|Escuela|Colegio|Centro|Estadio|Coliseo|Barrio|"
    r"Urbanizaci[óo]n)"
    # French hospitals named after a place ("au CHNU de Fann", "l'hôpital de Fann")
    r"|(?-i:CHU|CHNU|CHR|CHRU|CHS|CH)\s+(?:de|du|d['’])|(?i:h[ôo]pital|clinique)\s+(?:de|du|d['’])"
    # the title of an event in quotes ("la course « Corri per a vita »", 'the "Mary Walks" run')
    r"|(?i:course|marche|randonn[ée]e|exposition|expo|spectacle|concert|race|walk|run|"
    r"campaign|campagne|op[ée]ration|d[ée]fi|challenge|f[êe]te|festival|tournoi|gala)\s+[«“\"]"
    r")\s*$"
)
# A French place of meeting or care named after its town, with words between ("Maison des
# seniors de Jambes", "centre culturel de Wavre"): the "name" is the town, even one named like
# a person (a risk left: "le centre de loisirs de Léo" loses Léo). One word at least between:
# "la maison de Pierre" is Pierre's house.
_FACILITY_OF_BEFORE = re.compile(
    r"\b(?:maison|centre|salle|espace|foyer|p[ôo]le|r[ée]sidence|m[ée]diath[èe]que|"
    r"biblioth[èe]que|piscine|complexe|h[ôo]pital|clinique)\s+(?:[\w'’-]+\s+){1,3}"
    r"(?:de|du|d['’])\s*$",
    re.IGNORECASE,
)
# ... and an event named after someone, whoever they are ("Marche des Petits Anges de Léna").
_EVENT_OF_BEFORE = re.compile(
    r"\b(?:marche|course|foul[ée]es|corrida)\s+(?:[\w'’-]+\s+){1,3}(?:de|du|d['’])\s*$"
    # ... an association or a fund with a capitalised name ("l'association Les Étoiles de
    # Léo"; not "l'association aide la famille de Léo")
    r"|\b(?:association|asso|fonds|fondation|collectif)\s+(?-i:[A-ZÀ-Ý«\"“])[\w'’«\"“-]*\s+"
    r"(?:[\w'’-]+\s+){0,2}(?:de|du|d['’])\s*$"
    # ... with no word between ("Les Foulées d'Emma", "la Course de Lina")
    r"|\b(?-i:Marche|Course|Foul[ée]es|Corrida|Relais|Trail)\s+(?:de|du|d['’])\s*$"
    # ... a neighbourhood's hall ("maison de quartier Wilson", "salle des fêtes Jean-Moulin")
    r"|\b(?:maison\s+de\s+quartier|maison\s+des\s+associations|salle\s+des\s+f[êe]tes|"
    r"centre\s+social|foyer\s+rural)\s+$"
    # ... a hospital, one of its sites or buildings, a stadium ("site Émile Muller", "l'hôpital
    # Jean-Minjoz", "pavillon Schweitzer", "l'EHPAD Marguerite Yourcenar")
    rf"|\b(?:{HOSPITAL_SITE_HEADS}|b[âa]timent|ehpad|amphith[ée][âa]tre|amphi|gymnase|stade)\s+$"
    # ... a building or a school with its kind between ("centre culturel René-Char", "école
    # maternelle Jules-Ferry", "complexe sportif Léo-Lagrange")
    r"|\b(?:centre|espace|salle|complexe|maison|p[ôo]le|pavillon|stade|gymnase|[ée]cole|"
    r"coll[èe]ge|lyc[ée]e)\s+"
    r"(?!(?:de|du|des|d|à|au|aux|la|le|les|et|ou|sur|pour|avec|sans|chez)\s)"
    r"(?-i:[a-zéèêàç]+)\s+$"
    # ... or a race with its kind between ("3e Course solidaire Jeanne-Ilunga", "Marche
    # caritative Paul Bert"): a capitalised race, then one lower-case word that is no preposition
    r"|\b(?-i:Course|Marche|Foul[ée]es|Corrida|Relais|Trail|Challenge|Troph[ée]e|Tournoi|Gala)"
    r"\s+(?!(?:avec|pour|de|du|des|et|à|au|aux|en|par|sur|contre)\s)(?-i:[a-zéèêàç]+)\s+$",
    re.IGNORECASE,
)
# Names that are a service's or an abbreviation rather than a person's: a health or
# information word in them ("Info-Santé", "SOS Médecins"), the initialisms support groups
# use for relatives, devices and topics ("DS" dear son, "OH" other half, "CI" cochlear implant,
# "TW: ED" an eating disorder), and
# holidays that are also surnames ("Toussaint").
_NOT_A_NAME = re.compile(
    r"^(?:D[SDHW]|OH|SO|CI|GP|OT|IPA|ED|Toussaint|P[âa]ques|Pentec[ôo]te|Easter|Foul[ée]es|"
    # Filipino kin words written in lower case ("asking for my tito"), no one's name
    r"tito|tita|lolo|lola|kuya|tatay|nanay|"
    # any initialism of two or three capitals ("HS" hors service, "PT", "TENS"' is four) and a
    # lower-case letter before capitals ("tTG", "eGFR"): a test's or a device's name, as spaCy
    # tags them, far more often than a nickname
    r"[A-Z]{2,3}|[a-z]+[A-Z][A-Za-z]*|"
    # God thanked or prayed to by name ("Thank you Jesus", "Mèsi Bondye"): a person for the NER
    # (and for WNUT-17's labels), no one whose health a post discloses
    r"(?i:jesus|j[ée]sus|christ|jesus\s+christ|allah|god|dieu|bondye|bondi[ée])|"
    # days shortened in opening hours ("Mon–Thurs"; "Thu" is a Vietnamese name too:
    # `_short_day`)
    r"Mon|Tues?|Weds?|Thur|Thurs|Fri|Sat|Sun|"
    # greetings that open a post ("Salam, quelqu'un connaît...", "Coucou les filles")
    r"Salam|Salaam|Salut|Coucou|Bonjour|Bonsoir|Hello|Hiya|Shalom|Namaste|Kenavo|Aloha|"
    # a health profession as a word ("Kinés et neurologues du CH seront là")
    r"Kin[ée]s?|Kin[ée]sith[ée]rapeutes?|Infirmi[èe]re?s?|M[ée]decins?|Neurologues?|"
    r"(?i:pharmaciens?|physios?|nurses?|doctors?|midwi(?:fe|ves)|sages?-femmes?)|"
    # people in the plural, in a group's name ("T1D Teens Parents North East")
    r"Teens|Parents|Mums|Moms|Dads|Carers|Kids|Ados|Aidants|"
    # festivals that spaCy takes for names ("Ramadan fasting", "Diwali")
    r"Ramadan|Ramadhan|Eid|A[ïi]d|Diwali|Hanukk?ah|Chanukk?ah|Passover|Vaisakhi|Holi|No[ëe]l|"
    # inclusive writing ("seul·e", "patient·es") is a word, not a name
    r".*·.*|"
    # dotted initialisms ("F.A.S.T.", "N.H.S.") and units run into the next word ("17 h. Tél");
    # two letters are a person's initials ("J.M. from our coffee group") unless a common
    # abbreviation ("U.K.", "a.m.", "P.S.")
    r"(?:[A-Z]\.){3,}|(?i:u\.k|u\.s|a\.m|p\.m|e\.u|n\.b|p\.s|g\.p|e\.g|i\.e)\.?|[a-z]\.\s.*|"
    r"(?:NHS|HSE|CHU|CHRU)\b.*|"
    # health services' sites and campaigns that spaCy takes for names ("la fiche Ameli",
    # "Movember : rendez-vous le 16")
    r"Ameli|Doctolib|Movember|Stoptober|"
    # a pronoun's contraction ("It's Organ Donation Week", "Here's")
    r"(?i:it|that|here|there|let|what|who)['’]s|"
    # interjections ("Brrr, 2 degrees", "Argh", "Pfff")
    r"Br+r|Ar+g+h+|Ug+h+|Hm+|Pf+|Ouf|A[ïi]e|Bof|Oups|Youpi|"
    # a saint is a place or a church ("St Peter Port", "Saint-Pierre"), a social post's kind
    # ("Story 📍 Atelier ...", "Reel")
    r"(?:St|Saint|Sainte)\.?[\s-].*|Story|Stories|Reels?|"
    # a word with a digit is a model or a code ("pompes Glycea X2"), never a name
    r".*\d.*|"
    # a French imperative with its pronoun ("Réfléchissez-y.", "Parlons-en", "Appelle-moi")
    r"[A-ZÀ-Ý][a-zà-ÿ]+(?:ez|ons|e|s)-(?:y|en|le|la|les|moi|toi|nous|vous|lui|leur)\.?|"
    # a lower-case word after an article ("même à travers le jean"): a thing
    r"(?i:le|la|les|un|une|the)\s+[a-zà-ÿ][\w'’-]*|"
    r".*\b(?i:infos?|sant[ée]|health|healthline|m[ée]decins|sos|allo)\b.*)$"
)
# A "name" right after a number is a unit or a model ("IRM 3 Tesla", "2 Doliprane").
_AFTER_A_NUMBER = re.compile(r"\d\s?$")
# Small words inside names ("Pieter van Hove", "Bríd Ní Fhlatharta", "Ana de la Cruz").
_PARTICLES = frozenset(
    "de du des la le van von der den da di do dos das del della bin ibn al el ní nic mac mc "
    # Malay, Mauritanian and Tuareg patronymics ("Nurul binti Ahmad", "Aminetou ould Tekane",
    # "Intalla ag Ahmedou"), Vietnamese middle names ("Ngô thị Hường")
    "binti bte bt ould ag bint thị văn ó ua y ap ter te st saint".split()
)
# French does not put an article before a person's name: "au François", "aux Abymes" are
# places (a title may follow: "merci au Dr Martin").
_PLACE_ARTICLE_BEFORE = re.compile(r"\b(?:au|aux)\s+$")
_TITLE_START = re.compile(r"^(?:Dr|Pr|M|Mme|Mlle|Me|Docteur|Professeur|Monsieur|Madame)\b")
# Landforms that open a place's name ("Glen Affric", "Loch Ness", "Ben Nevis"), read as a
# place after a word of being or going somewhere (a person may be called Glen or Ben).
# (Welsh and Irish too: "Llyn Llech Owain" a lake, "Cwm Idwal", "Slieve Donard")
_LANDFORM = re.compile(
    r"^(?:Glen|Loch|Ben|Strath|Mount|Mt\.?|Lake|Cape|Isle|Llyn|Cwm|Afon|Mynydd|Moel|Lough|"
    r"Slieve|Beinn)\s"
)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|up|near|around|round|across|between|climbing|climbed|walking|walked|hiking|"
    r"hiked|to|from)\s+$",
    re.IGNORECASE,
)
_EVENT_WORD = (
    r"(?:Memorial|Foundation|Fund|Trust|Walk|Run|Appeal|Challenge|Cup|Award|Prize|Lecture|Centre|"
    r"Center|Wing|Unit|Building|Trophy|Day|Ride|Swim|Fellowship|Scholarship)"
)
# Places named after someone, right after a full name ("from Kwame Nkrumah Circle to Osu
# Castle", "Nnamdi Azikiwe Airport"); not after a possessive ("Kwesi's University exams"), nor
# words that are surnames too ("Hall", "Park", "Bridge").
_PLACE_WORD_AFTER = re.compile(
    r"^\s+(?:Circle|Square|Stadium|Interchange|Highway|Airport|Avenue|Boulevard|University|"
    r"Polytechnic)\b"
)
# A road's kind right after one word ("on Douglas Hwy", "along Douglas Promenade"): the
# "name" names the road (words that are also surnames, "Street", "Road", "Hall", are left out).
_ROAD_AFTER = re.compile(
    r"\s+(?:Hwy|Highway|Promenade|Parkway|Pkwy|Blvd|Boulevard|Expressway|Freeway|Turnpike)\b"
)
# Someone from a town, named as the town ("une patiente de Gray", "a lady from Douglas"): a
# person noun and "de" / "from" before a word the gazetteer reports as a place.
_ORIGIN_BEFORE = re.compile(
    r"\b(?:un|une|a|an|the|la|le|notre|our)\s+(?:patiente?|habitante?|r[ée]sidente?|dame|"
    r"monsieur|femme|homme|lady|man|woman|gentleman|famille|family|couple)\s+(?:de|d['’]|from)\s*$",
    re.IGNORECASE,
)
# A radio or television station named after its kind ("sur Radio Ndeke Luka", "on Radio
# Maria"): a station, not its namesake.
_STATION_BEFORE = re.compile(r"\b(?:Radio|Télé|TV|FM)\s+(?:[A-ZÀ-Ý][\w'’-]*\s+){0,2}$")
# A title of three words or more that fills a quotation ('sang "Mi Viejo San Juan"'): a song's,
# a book's or a show's, not a person's (a nickname in quotes is one word: Robert "Bobby" Hale).
_QUOTE_MARKS = frozenset('"“”«»')
# A storm named with no storm word before it ("Since María I can't sleep during storms"): a
# one-word "name" after a word of time, in a post that speaks of storms.
_SINCE_BEFORE = re.compile(r"\b(?:since|after|before|during|depuis|apr[èe]s|avant)\s+$", re.I)
_STORM_POST = re.compile(
    r"\b(?:hurricanes?|storms?|cyclones?|typhoons?|ouragans?|temp[êe]tes?|wind|vent)\b", re.I
)
_NAME_OF_AFTER = re.compile(
    # the surname the NER left out may come first ("Rob" + " Burrow Centre for MND")
    # ... and up to two words of the cause may follow ("Kayla Brooks Overdose Prevention Fund")
    rf"^(?:\s+[A-Z][\w'’-]+){{0,3}}['’]?s?\s+{_EVENT_WORD}\b"
    # an award's name ("Klein Karoo Pharmacist of the Year")
    r"|^\s+[A-Z][\w'’-]+\s+of\s+the\s+(?:Year|Month)\b"
)
_EVENT_WORD_ALONE = re.compile(rf"{_EVENT_WORD}")
# One name between "the" and a team or a service that it names ("from the Bronson diabetes
# team", "the Munson sleep lab", "l'équipe" aside): an organisation's brand, as no person is
# "the Amy"; up to two lower-case words of the field between.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_SERVICE_OF_AFTER = re.compile(
    # (not a team named after a patient: "the Maddie support team", "the Ava fundraising team")
    r"\s+(?!(?:[a-z][\w'’-]*\s+){0,2}(?:support|fundraising|walk|prayer|family|cheer|charity)\b)"
    r"(?:[a-z][\w'’-]*\s+){0,2}(?:team|teams|clinic|clinics|unit|service|services|department|"
    r"dept|program|programme|center|centre|office|lab|laboratory|staff|ward|helpline|hotline)\b"
)
# What joins the items of a list ("Bukit Batok, Choa Chu Kang and Jurong West", "metformin
# and Yasmin", "Yasmin or Microgynon"); "or" / "ou" only join drugs (`in_drug_list`).
_LIST_JOIN = re.compile(r"\s*(?:,|&|/|\+|,?\s*\b(?:and|et|or|ou)\b)\s*")
# A body part named after a hero, the hero before or after it ("le tendon d'Achille", "son
# talon d'Achille", "an Achilles tendon rupture", "Achilles heel"): no one.
_ANATOMY_OF_BEFORE = re.compile(r"\b(?:tendon|talon)\s+d['’]\s*$", re.IGNORECASE)
_ANATOMY_AFTER = re.compile(r"\s+(?:tendon|heel)s?\b", re.IGNORECASE)
# A letter that names a vitamin, a hepatitis, a type or a stage ("vitamine D.", "hepatitis C.",
# "type B"), not a person's initial.
_LETTER_OF = re.compile(
    # (not "class", "group" or "level": "in class J. had a seizure" is a pupil)
    r"\b(?:vitamin[e]?s?|h[ée]patites?|hepatitis|types?|stades?|stages?|grades?)\s+$",
    re.IGNORECASE,
)
_ONE_LETTER = re.compile(r"[A-Z]\.?")
# A feast's blessing ("Ramadan karim", "Aïd moubarak", "Eid Mubarak"): the word after the
# feast's name is a wish, even when it is also a first name (Karim).
# A work's title in quotes after its kind ("son album « Marée haute »", 'her book "Grace
# Notes"'): the words of a title, not a person.
_TITLE_OF_WORK_BEFORE = re.compile(
    r"\b(?i:album|livre|book|film|movie|song|chanson|roman|novel|podcast|show|s[ée]rie|series|"
    r"documentaire|documentary|pi[èe]ce|play|single|titre)\s*[«\"“‘']\s*$"
)
_FEAST = r"(?i:ramadan|ramad[hâ]an|a[iï]d|eid)"
_FEAST_BEFORE = re.compile(rf"\b{_FEAST}\s+$")
# ... and the whole wish taken as a name ("Ramadan Karim to all our patients", "Eid Mubarak").
_FEAST_WISH = re.compile(rf"{_FEAST}\s+(?i:karim|kareem|mubarak|moubarak|mabrouk|sa[iï]d)")
# An article, a quantifier, "in" or "de" right before a lower-case word: a noun ("a physio",
# "chaque dirham", "un kanoun", "in vc", "jus de bissap"); a name in lower case follows a
# person word, a greeting or "of" instead ("my hubby boyet", "thinking of wale").
_NOUN_DETERMINER_BEFORE = re.compile(
    r"\b(?i:a|an|the|some|any|every|each|in|un|une|des|du|de|le|la|les|chaque|ce|cette|ces)"
    r"\s+$"
)
# A French plural possessive or determiner right before a capitalised word no list knows
# ("mes Schlapp", "des Bredele", "nos Mauricettes"): things of a regional name, as one person
# is never plural; not "les" ("chez les Martin" is a family).
_PLURAL_DETERMINER_BEFORE = re.compile(
    r"\b(?-i:mes|tes|ses|nos|vos|leurs|des|ces|aux|quelques|plusieurs)\s+$"
)
# A disease's eponym right after a first name: the physician it is named after.
_EPONYM_AFTER = re.compile(
    r"\s+(?:Parkinson|Alzheimer|Crohn|Huntington|Hodgkin|Asperger|Tourette|Addison|Cushing|"
    r"Raynaud|Charcot|Basedow|Hashimoto|Paget)\b(?!['’]s)"
)
# Where a route or a list of towns starts ("from Ely to", "across Ely and"; not "thanks to").
_ROUTE_BEFORE = re.compile(r"\b(?:from|across|between|in|round|around|near|serving|covering)\s+$")
# ... a public "from" a list of towns ("patients from Souris and Montague", "referrals from
# Beach, Bowman and Hettinger"; not "Mum moved from Leeds and Rhiannon will drive her", nor
# "in": "we met in Leeds and Sarah came too").
_FROM_BEFORE = re.compile(
    rf"\b{PUBLICS}\s+(?:from|across|between|de|venant\s+de)\s+$", re.IGNORECASE
)
# Two towns of a route or a list ("from Ely to Cambridge", "Ely and Wisbech", "Ely–March").
_TOWN_JOIN = re.compile(r"\s*(?:,|&|/|-|–|,?\s*\b(?:and|et|to|à)\b)\s*")
# What a town's name stands before ("a Darwin local", "Dayton stores", "Ely residents").
_TOWN_NOUN_AFTER = re.compile(
    r"\s+(?:locals?|stores?|shops?|branch(?:es)?|residents?|area|community|town\s+centre|"
    r"folk|people|families|clinics?|surgeries|pharmacies|hospitals?)\b",
    re.IGNORECASE,
)
# Names before a plural of divisions, maybe in a list ("in Pike, Floyd and Martin counties",
# "Lafourche and Terrebonne parishes"): each is a county's or a parish's name; so are a
# city's quarters ("from Kanyama, Matero and George compounds", Lusaka's; "Soweto and
# Alexandra townships"; "les quartiers Bel-Air et Victor").
_DIVISIONS_AFTER = re.compile(
    r"(?:\s*(?:,|&|\band\b|\bet\b)\s*[A-Z][\w'’-]+)*\s+(?:counties|parishes|districts|"
    r"boroughs|townships|provinces|compounds|suburbs|settlements|comt[ée]s|paroisses)\b"
)
# A state's or province's postal abbreviation after a comma ("Williamson, WV", "Iqaluit,
# NU", "Burnie, Tas"): a town. Not the ones that are also credentials or a disease after a
# name ("MD", "PA", "MA", "DO", "ME", "SA"; "MS", multiple sclerosis: "Marge, MS flared").
_STATES = (
    "(?:"
    + "|".join(sorted(US_STATE_CODES - {"MD", "PA", "MA", "ME", "MS"}))
    + r"|NL|NU|NT|YT|BC|AB|SK|MB|ON|QC|NB|NS|PE|PEI|NSW|QLD|Qld|VIC|Vic|TAS|Tas|ACT)"
)
# (the address's end: a line's or a clause's end, or a preposition; not a word that goes on,
# "Kayla, OH my goodness", "Jo, OK so")
_ADDRESS_END = r"(?=[ \t]*(?:$|[.,;:!?)\]\n–—-]|[ \t](?:on|in|at|for|to|from|and|or|&)\b))"
_STATE_AFTER = re.compile(rf",[ \t]*{_STATES}\b{_ADDRESS_END}", re.MULTILINE)
# ... and the abbreviation itself, which the NER may call a person ("Burnie, Tas"), after a
# capitalised town (not a greeting's: "Thanks, Vic", "Hi, Tas").
_STATE_ALONE = re.compile(rf"{_STATES}{_ADDRESS_END}", re.MULTILINE)
_TOWN_COMMA_BEFORE = re.compile(
    r"\b(?!(?:Thanks|Thank|Cheers|Hi|Hey|Hello|Bye|Love|Ta|Merci|Bravo|Congrats|Well)\b)"
    r"[A-Z][\w'’-]+,[ \t]*$"
)
# A landform closing a name of several words ("Rankin Inlet", "Copper Hollow", "Happy Valley",
# "Cambridge Bay" is left out: "Michael Bay"): a settlement's name, not a person's.
_FEATURE_LAST = re.compile(
    r"\s(?:Inlet|Hollow|Holler|Creek|Harbou?r|Springs|Falls|Crossing|Landing|Cove|Heights|Island|"
    r"Ridge|Valley|Gap|Fork|Bluff|Narrows|Sound|Rapids|Plains)$"
)
# A town's word before it ("downtown Huntington", "all of Rankin Inlet", "the town of
# Grundy", "la commune de Luzy"): a place.
_TOWN_OF_BEFORE = re.compile(
    r"\b(?:downtown|uptown|midtown|greater|all\s+of|(?:the\s+)?(?:town|city|village|hamlet|"
    r"community|county)\s+of|(?:la\s+)?(?:ville|commune|communaut[ée])\s+de)\s+$",
    re.IGNORECASE,
)
_OR = re.compile(r"\b(?:or|ou)\b|\+")
_AND = re.compile(r"&|\band\b|\bet\b")
# What may follow an item of a list of drugs: a clause's end, a list word, a preposition.
_LIST_ITEM_END = re.compile(
    r"\s*(?:[.,;:!?)]|$|(?:for|to|pour|depuis|since|and|or|et|ou|at|in|tablets?|pills?|"
    r"comprim[ée]s?)\b)",
    re.IGNORECASE,
)
# A full name's own event word right after it ("Rob Burrow Centre", "Jack Hart's Fund").
_EVENT_AFTER = re.compile(rf"^['’]?s?\s+{_EVENT_WORD}\b")
# A capitalised word after a first name: its surname.
_SURNAME_AFTER = re.compile(r"\s+[A-Z][\w'’-]+")


def is_org_handle(finding: Finding) -> bool:
    """A social handle made of an organisation's words ("@SchoolNursesCeredigion")."""
    if finding.entity_type != "SOCIAL_HANDLE":
        return False
    if finding.text.lower() in _CHANNEL_MENTIONS:
        return True  # "@everyone" calls a whole chat server, no one in it
    words = _HANDLE_WORDS.findall(finding.text)
    return any(
        _ORG_HANDLE_WORD.match(word.lower()) or _org_word_at_end(word.lower()) for word in words
    )


def _org_word_at_end(word: str) -> bool:
    """An organisation's word after a run of five letters or more that is no first name
    ("heartlandhealth"; not "sarahhealth", "chloeshealth": someone's own)."""
    match = _ORG_HANDLE_END.fullmatch(word)
    if match is None:
        return False
    head = match.group(1)
    return all(
        first_name_level(name, language) is None
        for name in (head, head.removesuffix("s"))
        for language in ("en", "fr")
    )


# A public role and a capitalised name right after a one-word "name": the word is the role's
# genre or field ("Afrobeats singer Temi Adeyemo", "Nollywood actress Funmi Cole").
_GENRE_BEFORE_ROLE = re.compile(
    r"\s+(?:singer|star|rapper|actress|actor|musician|comedian|presenter|drummer|guitarist|"
    r"dancer|chanteuse|chanteur|actrice|acteur|rappeu(?:r|se)|humoriste)\s+(?-i:[A-ZÀ-Ý])",
    re.IGNORECASE,
)


# A storm's name ("After Hurricane Francine", "Storm Babet", "l'ouragan Ida"): weather, no one.
# English capitalises the storm's word ("during the storm Nadia had an attack" is Nadia);
# French names it after its article. Not a name before an auxiliary, doing something ("le
# cyclone Awa est tombée").
_STORM_BEFORE = re.compile(
    r"(?:\b(?-i:Hurricane|Storm|Typhoon|Cyclone|Tropical\s+Storm)|"
    r"\b(?i:l['’]ouragan|la\s+temp[êe]te|le\s+cyclone|le\s+typhon))\s+$"
)
_AUXILIARY_AFTER = re.compile(r"\s+(?i:est|a|s['’]est|[ée]tait|avait|had|has|was|is)\b")


# "Thu" as a day shortened in opening hours ("Mon–Thu", "Thu 9-5", "Tue, Thu"): a day when a
# range, a list of days or a time is beside it; "Courage à Thu qui commence" is a person.
_SHORT_DAY = re.compile(r"Thu\.?")
_DAYS = r"(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)\b"
# (a list or a range goes on to another day or a time: "Thu and her husband" is a person)
_DAY_NEXT_AFTER = re.compile(rf"\s*(?:[-–—/]|(?:,|&|and|to)\s*(?:{_DAYS}|\d)|\d)")
_DAY_NEXT_BEFORE = re.compile(rf"(?:{_DAYS}\.?\s*(?:[-–—/,&]|to|and)|\d\s*[-–—/,&]?)\s*$")


def _short_day(text: str, finding: Finding) -> bool:
    """A day of the week shortened, in a schedule."""
    return _SHORT_DAY.fullmatch(finding.text) is not None and bool(
        _DAY_NEXT_AFTER.match(text, finding.end)
        or _DAY_NEXT_BEFORE.search(text[max(0, finding.start - 6) : finding.start])
    )


# Languages that are also first names ("Dari", "Shona") are the language beside
# "interpreters", "-speaking", or in a list of languages ("counselling in Dari, Pashto and
# Arabic"); "Dari has sickle cell" is a person. A list may also hold languages named like
# their people ("Arabic", "Somali", "Polish").
_LANGUAGES = (
    frozenset(LANGUAGES)
    | frozenset(LANGUAGES_ALSO_NAMES)
    | frozenset("persian arabic somali kurdish polish romanian vietnamese english french".split())
)
_LANGUAGE_USE_AFTER = re.compile(
    r"[\s-]+(?:interpreters?|translators?|speakers?|speaking|language|translation|"
    r"interpr[èe]tes?|traducteurs?|traductrices?)\b",
    re.IGNORECASE,
)
# (the next or previous item of a list, across _LIST_JOIN's joiner)
_LIST_AFTER = re.compile(_LIST_JOIN.pattern + r"([A-Za-z]+)")
_LIST_BEFORE = re.compile(r"([A-Za-z]+)" + _LIST_JOIN.pattern + r"\Z")


def _spoken_language(text: str, finding: Finding) -> bool:
    """A language that is also a first name, used as a language ("Dari interpreters")."""
    if finding.text.lower() not in LANGUAGES_ALSO_NAMES:
        return False
    if _LANGUAGE_USE_AFTER.match(text, finding.end):
        return True
    after = _LIST_AFTER.match(text, finding.end)
    before = _LIST_BEFORE.search(text, max(0, finding.start - 30), finding.start)
    return any(m is not None and m.group(1).lower() in _LANGUAGES for m in (after, before))


# A name followed by a bare verb of blessing and its object is invoked in a prayer ("Medhanie
# Alem protect her", "Mother Mary keep him safe", "Lord Jesus heal her"): a saint or a god, as
# a person's verb would agree with them ("Tom protects her").
_INVOKED_AFTER = re.compile(
    r"\s+(?:protect|bless|heal|keep|guard|guide|watch\s+over|be\s+with|comfort|strengthen|"
    r"grant|have\s+mercy\s+on)\s+(?:her|him|them|us|you|me|my|our|his|their|this)\b"
    r"(?!\s+(?:posted|updated|informed|in\s+the\s+loop))"  # "keep us posted" is a request
)
# ... and the name opens its sentence: after a question's auxiliary or a greeting, the verb is
# bare for another reason ("Can Daniel be with her", "Get well soon Helen keep us ...").
_AUXILIARIES = frozenset("will can could did does do may might shall should would must".split())
_INVOKED_OPENING = re.compile(r"(?:^|[.!?\n]|[^\w\s,;:'’\"()-])\s*$")


def in_a_name(text: str, finding: Finding) -> bool:
    """A person's name inside an event's, fund's or building's name ("Course Sophie Lemaire",
    "the Jack Hart Memorial Walk", "salle Paul-Fort", "Aula Maria"), a "name" that is a
    service's or an initialism ("Info-Santé", "CI"), a phrase ("Da iawn Marcia"), a place
    ("au François", "walking in Glen Affric")."""
    if finding.entity_type != "PERSON":
        return False
    before = text[max(0, finding.start - 15) : finding.start]
    return bool(
        _NOT_A_NAME.match(finding.text)
        or _short_day(text, finding)
        or (
            _STORM_BEFORE.search(before) is not None
            and _AUXILIARY_AFTER.match(text, finding.end) is None
        )
        or _NAME_OF_BEFORE.search(before)
        or _EVENT_OF_BEFORE.search(text[max(0, finding.start - 45) : finding.start])
        or _FACILITY_OF_BEFORE.search(text[max(0, finding.start - 45) : finding.start])
        or _NAME_OF_BEFORE.search(finding.text.split(" ", 1)[0] + " ")
        or _NAME_OF_AFTER.match(text[finding.end : finding.end + 40])
        or _is_phrase(finding.text)
        or (_everyday_only(finding.text) and not _titled(text, finding))
        or _event_named(finding.text)
        or _known_town(finding)
        # the first name of the man a disease is named after ("James Parkinson, médecin
        # londonien qui a décrit ...")
        or _EPONYM_AFTER.match(text, finding.end) is not None
        or _ANATOMY_OF_BEFORE.search(before) is not None
        or _ANATOMY_AFTER.match(text, finding.end) is not None
        or (
            _ONE_LETTER.fullmatch(finding.text) is not None
            and _LETTER_OF.search(before) is not None
        )
        # a town's people or shops after it ("a Darwin local", "Dayton stores")
        or (" " not in finding.text and _TOWN_NOUN_AFTER.match(text, finding.end) is not None)
        or _DIVISIONS_AFTER.match(text, finding.end) is not None
        or _STATE_AFTER.match(text, finding.end) is not None
        or _state_of_a_town(text, finding)
        or (" " in finding.text and _FEATURE_LAST.search(finding.text) is not None)
        or (
            _TOWN_OF_BEFORE.search(text, max(0, finding.start - 20), finding.start) is not None
            and not text.startswith(("'s", "’s"), finding.end)  # "all of Emma's family"
        )
        or (" " in finding.text and _PLACE_WORD_AFTER.match(text[finding.end :]) is not None)
        or (" " not in finding.text and _ROAD_AFTER.match(text, finding.end) is not None)
        or (
            " " not in finding.text
            and _THE_BEFORE.search(before) is not None
            and _SERVICE_OF_AFTER.match(text, finding.end) is not None
        )
        or _STATION_BEFORE.search(text, max(0, finding.start - 40), finding.start) is not None
        or _quoted_title(text, finding)
        or (
            _INVOKED_AFTER.match(text, finding.end) is not None
            and _INVOKED_OPENING.search(text, max(0, finding.start - 5), finding.start) is not None
            and finding.text.split()[0].lower() not in _AUXILIARIES  # "Will Amara be with him?"
        )
        or (
            _ORIGIN_BEFORE.search(text, max(0, finding.start - 30), finding.start)
            and _place(finding)
        )
        or (
            " " not in finding.text
            and _SINCE_BEFORE.search(before) is not None
            and not text.startswith(("'s", "’s"), finding.end)  # "Since Dave's stroke"
            and _STORM_POST.search(text) is not None
        )
        or _a_country(text, finding)
        or _spoken_language(text, finding)
        # a genre before a public role and its holder ("Afrobeats singer Temi Adeyemo")
        or (" " not in finding.text and _GENRE_BEFORE_ROLE.match(text, finding.end) is not None)
        or is_venue(finding.text)
        or is_club(finding.text, text[finding.end : finding.end + 40])
        or _AFTER_A_NUMBER.search(text[max(0, finding.start - 4) : finding.start])
        or (_PLACE_ARTICLE_BEFORE.search(before) and not _TITLE_START.match(finding.text))
        or (_LANDFORM.match(finding.text) and _LOCATIVE_BEFORE.search(before))
        or (" " not in finding.text and _FEAST_BEFORE.search(before) is not None)
        or _FEAST_WISH.fullmatch(finding.text) is not None
        or _TITLE_OF_WORK_BEFORE.search(before) is not None
        or (
            finding.text.isalpha()
            and finding.text.islower()
            and _NOUN_DETERMINER_BEFORE.search(before) is not None
            and not _listed_name(finding.text)
        )
        or (
            " " not in finding.text
            and _PLURAL_DETERMINER_BEFORE.search(before) is not None
            and not _listed_name(finding.text)
        )
    )


def in_place_list(text: str, finding: Finding, places: Sequence[Finding]) -> bool:
    """A "person" listed among places ("our polyclinics in Bukit Batok, Choa Chu Kang and
    Jurong West"): joined to a place on both sides, or, when its first word is no known first
    name, after a place ("Ysbyty Alltwen, Tremadog") or by "and" before one. A name, a comma
    and a town is a signature ("Suresh Naidu, Pune")."""
    if finding.entity_type != "PERSON":
        return False
    before = [text[p.end : finding.start] for p in places if p.end <= finding.start]
    after = [text[finding.end : p.start] for p in places if p.start >= finding.end]
    joins_before = [gap for gap in before if _place_join(gap)]
    joins_after = [gap for gap in after if _place_join(gap)]
    if len(joins_before) + len(joins_after) >= 2:
        return True
    if (
        joins_before
        and any(_LIST_JOIN.fullmatch(gap) and _OR.search(gap) for gap in after)
        and _place(finding)
    ):
        # "in Dundee, Angus or Perth": a known place closing a list with "or", not "Rhiannon"
        return True
    if (
        " " not in finding.text
        and _ROUTE_BEFORE.search(text, max(0, finding.start - 10), finding.start)
        and any(_TOWN_JOIN.fullmatch(gap) for gap in before + after if len(gap) < 8)
    ):
        return True  # "from Ely to Cambridge", "across Ely and Wisbech": a town, name or not
    if " " not in finding.text and any(
        _TOWN_JOIN.fullmatch(text, p.end, finding.start)
        and _FROM_BEFORE.search(text, max(0, p.start - 40), p.start)
        for p in places
        if 0 <= finding.start - p.end < 8
    ):
        return True  # "patients from Souris and Montague": the route's second town
    first = finding.text.split()[0]
    unknown = first_name_level(first, "en") is None and first_name_level(first, "fr") is None
    # "Ysbyty Alltwen, Tremadog": the place's town; "Suresh Naidu, Pune": the person's
    return unknown and (bool(joins_before) or any(_AND.search(gap) for gap in joins_after))


# What a person's name, not a place's, is followed by ("Taga Borja (he's 2 weeks post-op").
_PERSON_CLAUSE_AFTER = re.compile(
    r"\s*[(,–—-]?\s*(?:he|she|he['’]s|she['’]s|who|il|elle|qui)\b", re.IGNORECASE
)


def listed_among_places(
    text: str, persons: Sequence[Finding], places: Sequence[Finding]
) -> frozenset[Finding]:
    """The "persons" of `persons` listed among places (`in_place_list`), each one found
    counting as a place for the next ("in Garapan, Chalan Kanoa and Koblerville": the second
    joins the first place, the third the second)."""
    listed: set[Finding] = set()
    known = list(places)
    while True:
        found = {
            f
            for f in persons
            if f not in listed
            and in_place_list(text, f, known)
            and not _PERSON_CLAUSE_AFTER.match(text, f.end)
        }
        if not found:
            return frozenset(listed)
        listed |= found
        known.extend(found)


def named_as_place(finding: Finding, places: Sequence[Finding]) -> bool:
    """A "person" whose very words the post also gives as a place ("Uniprix de New Richmond"
    ... "bravo à nos champions de New Richmond"): one post, one sense of a name."""
    if finding.entity_type != "PERSON":
        return False
    words = canonical(finding.text)
    return any(
        (canonical(p.text) == words or _named_after(canonical(p.text), words))
        and (p.end <= finding.start or p.start >= finding.end)
        for p in places
    )


def _state_of_a_town(text: str, finding: Finding) -> bool:
    """Whether a "name" is a state's abbreviation after a town and a comma ("Burnie, Tas on
    Monday", "Iqaluit, NU")."""
    state = _STATE_ALONE.match(text, finding.start)
    return (
        state is not None
        and state.end() == finding.end
        and _TOWN_COMMA_BEFORE.search(text, max(0, finding.start - 30), finding.start) is not None
    )


def _named_after(place: str, words: str) -> bool:
    """Whether a place's name (canonical) ends with `words` after "de", "d'" or "of" ("école
    des Bâtisseurs d'Alma", "CLSC de Paspébiac", "Hospital of St Cross"): the town or saint it
    is named after, itself a place's name ("Alma" again, later, is that town)."""
    return place.endswith((f" de {words}", f" d'{words}", f" d’{words}", f" of {words}"))


def _place_join(gap: str) -> bool:
    """Whether `gap` joins two places of a list ("or" does not: "Leeds or Emily")."""
    return bool(_LIST_JOIN.fullmatch(gap)) and not _OR.search(gap)


def in_drug_list(text: str, finding: Finding, products: Sequence[Finding]) -> bool:
    """A "person" listed with a drug ("started me on metformin and Yasmin", "Yasmin or
    Microgynon"): a brand named like a person."""
    if finding.entity_type != "PERSON" or " " in finding.text:
        return False
    if not _LIST_ITEM_END.match(text, finding.end):
        return False  # "metformin and Yasmin takes insulin": a person, the subject of a verb
    drugs = [p for p in products if p.entity_type == "MEDICATION"]
    return any(
        _LIST_JOIN.fullmatch(text[d.end : finding.start])
        or _LIST_JOIN.fullmatch(text[finding.end : d.start])
        for d in drugs
    )


def is_namesake(text: str, finding: Finding) -> bool:
    """A full name the post also gives to a centre, a fund or an event ("When Rob Burrow asked
    us ... the Rob Burrow Centre for MND"): a namesake whose story is already public, the way
    a memorial walk's is."""
    if finding.entity_type != "PERSON":
        return False
    name = finding.text
    if " " not in name:  # a first name the NER cut from its surname ("Rob" + " Burrow asked")
        surname = _SURNAME_AFTER.match(text, finding.end)
        if surname is None:
            return False
        name = text[finding.start : surname.end()]
    return any(
        _EVENT_AFTER.match(text[m.end() : m.end() + 40])
        for m in re.finditer(re.escape(name) + r"\b", text)
    )


def _event_named(words_text: str) -> bool:
    """An event's or a fund's whole name taken for a person ("Hauora Day", "Movember Walk"):
    its last word is an event word and its first is no known first name ("Doris Day" is)."""
    words = words_text.split()
    return (
        len(words) >= 2
        and bool(_EVENT_WORD_ALONE.fullmatch(words[-1]))
        and first_name_level(words[0], "en") is None
        and first_name_level(words[0], "fr") is None
    )


def _a_country(text: str, finding: Finding) -> bool:
    """A country's name ending a group's or a body's name ("groupe Migraine Liban", "Migraine
    Support Asia"): after a capitalised word. Elsewhere "Jordan", "Georgia" or "India" may be
    people."""
    before = text[max(0, finding.start - 30) : finding.start]
    return normalize(finding.text) in country_names() and bool(_CAPITALISED_BEFORE.search(before))


def _quoted_title(text: str, finding: Finding) -> bool:
    """Whether a "name" of three words or more fills a quotation on its own (_QUOTE_MARKS)."""
    before = text[max(0, finding.start - 2) : finding.start].strip()
    after = text[finding.end : finding.end + 2].strip()
    return (
        len(finding.text.split()) >= 3 and before[-1:] in _QUOTE_MARKS and after[:1] in _QUOTE_MARKS
    )


def _place(finding: Finding) -> bool:
    """Whether the gazetteer lists the words as a place, first name or not."""
    return any(canonical(finding.text) in town_names(language) for language in ("en", "fr"))


def _known_town(finding: Finding) -> bool:
    """One word that the gazetteer reports as a town and that is no known first name
    ("Secteur Cholet", "à Sion"): spaCy's person is a place."""
    word = finding.text
    return (
        " " not in word
        and any(is_reported_place(word, language) for language in ("en", "fr"))
        and first_name_level(word, "en") is None
        and first_name_level(word, "fr") is None
    )


# A capitalised word right before, on the same line: the rest of a name.
_CAPITALISED_BEFORE = re.compile(r"\b[A-ZÀ-Ý][\w'’-]*[ \t]+$")
# French infinitives and imperatives ("consulter", "retirer", "appelez", "agir").
_VERB_ENDING = re.compile(r"(?:er|ir|ez)$")


# The word right before a name, on its line ("M. Réal Fortin": "M."), and the titles of
# either language it may be.
_WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")
_ANY_TITLE = TITLES["en"] | TITLES["fr"]


def _titled(text: str, finding: Finding) -> bool:
    """Whether a civil or professional title stands right before the name ("M. Réal
    Fortin", "Mrs Rose Bush"): then everyday words are a person's name."""
    before = _WORD_BEFORE.search(text, max(0, finding.start - 16), finding.start)
    return before is not None and before.group(1).lower() in _ANY_TITLE


def _everyday_only(words_text: str) -> bool:
    """Two or more everyday words none of which is a known first name ("Maman solo",
    "Petite question"): a capitalised phrase, not a name; or one everyday word ending like a
    French infinitive or imperative ("Consulter si la brûlure ...", "Appelez"; also "Leader",
    "Mother") that is no first name and no surname: a word, not a name ("Titi", a nickname,
    and "Fossil", a town, do not end so)."""
    words = words_text.lower().split()
    if len(words) == 1:
        return (
            _VERB_ENDING.search(words[0]) is not None
            and words[0] in everyday_words()
            and all(first_name_level(words[0], language) is None for language in ("en", "fr"))
            and all(surname_level(words[0], language) is None for language in ("en", "fr"))
        )
    everyday = everyday_words()
    return all(
        w in everyday and first_name_level(w, "en") is None and first_name_level(w, "fr") is None
        for w in words
    )


def _is_phrase(words_text: str) -> bool:
    """Words that are a phrase of another language, not a name: lower-case words that are not
    English or French before a capitalised name ("Da iawn Marcia") or two of them after one
    ("Kia ora koutou", "Cymraeg yn ddymunol"), or more than two words all in lower case
    ("raibh míle maith agat"), or one beside capitalised words that no list knows as a name
    ("Walang bayad", "Pumunta na po"). Surname particles ("van", "de", "ní", "binti") and
    everyday words the NER ran on with ("Dafydd from Llanon", "Martine la kiné") do not make a
    phrase."""
    words = words_text.split()
    if len(words) < 2:
        return False
    if len(words) > 2 and all(w.islower() for w in words):
        return True
    everyday = everyday_words()
    foreign = [
        i
        for i, w in enumerate(words)
        if w.islower()
        and w not in _PARTICLES
        and w not in OTHER_KIN_WORDS  # "Ente ammachi Mariamma": a grandmother, then her name
        and w not in everyday
        and w.replace("-", "").isalpha()
    ]
    capitals = [i for i, w in enumerate(words) if not w.islower()]
    if not foreign or not capitals:
        return False  # "tom smith": a name in lower case
    return (
        foreign[0] < capitals[-1]
        or len(foreign) >= 2
        or not any(_listed_name(words[i].strip("\"'“”«»")) for i in capitals)
    )


def _listed_name(word: str) -> bool:
    """A first name or a surname of the lists, in English or French posts."""
    return any(words.known_name(word) for words in _NAME_WORDS)


_NAME_WORDS = (EntityWords("en"), EntityWords("fr"))
