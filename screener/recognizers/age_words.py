"""Regex building blocks of ages: numbers, ordinals, and the words around one person's age.

English and French fragments, assembled into patterns by age_patterns_en.py and
age_patterns_fr.py. Case-sensitive unless marked `(?i:)`: capitals are how a name is told from
a common word.
"""

from __future__ import annotations

# An age in digits (1-3 of them; years like 1940 are never ages).
NUM = r"\d{1,3}"
# English numbers in words, 1-120 ("ninety-four", "a hundred and one", "one hundred-and-five").
_EN_UNIT = r"one|two|three|four|five|six|seven|eight|nine"
_EN_TEEN = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_EN_TENS = rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:{_EN_UNIT}))?"
# "a hundred", "one hundred and one", "a hundred-and-ten", up to a hundred and twenty (the
# MAX_AGE check in age.py reads digits only, so the words stop there themselves).
_EN_HUNDRED = rf"(?:a|one)[-\s]+hundred(?:[-\s]+and[-\s]+(?:twenty|{_EN_TEEN}|{_EN_UNIT}))?"
# An English age in words of 10 and over: "I'm one" / "she's two" are too often "one of
# them", a count or a score to be read as an age in a bare "she is N".
EN_WORD_NUM10 = rf"(?i:{_EN_HUNDRED}|{_EN_TENS}|{_EN_TEEN})"
# Any English age in words, for shapes that say "age" themselves ("-year-old", "turned").
EN_WORD_NUM = rf"(?i:{_EN_HUNDRED}|{_EN_TENS}|{_EN_TEEN}|{_EN_UNIT})"
# An age from 13 to MAX_AGE (age.py), for shapes where a small number is too often a time
# ("at 9 and"), a dose or a treatment count ("my 5th"). Each use is followed by a non-digit, so
# "130" fails.
NUM13 = r"(?:1[3-9]|[2-9]\d|1[01]\d|12[0-5])"
# English and French ordinal endings ("90th", "90e").
ORD_EN = r"(?i:st|nd|rd|th)"
ORD_FR = r"(?i:e|è|ème|eme|ᵉ)"
# An English ordinal in words ("first", "eightieth", "twenty-first"), for birthdays.
EN_ORDINAL_WORD = (
    r"(?i:(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s])?(?:first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|"
    r"fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)"
)
# A bracketed aside between a name and its age: a place or a role ("M. Dubois (Bulle), 72
# ans", "Ken Hill (Leeds), 82,").
NAME_ASIDE = r"(?:\s*\([^()\n]{1,40}\))?"
# What may close an aside besides punctuation: an emoji (pictographs, dingbats) or the end of
# the line ("Jeanne, 91 ans 👏", "Bravo Lucie, 7 ans" closing a caption).
# An emoji (pictographs, dingbats, symbols): chat ends clauses with them as with a full stop.
EMOJI = r"[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?"
END_OF_POST_LINE = rf"\s*(?:{EMOJI}|$)"
# Between "94", "year" and "old": spaces or any dash ("70–year–old", "13 year-old").
SEP = r"(?:\s*[-‐‑–—]\s*|\s+)"
# Nouns for one relative or person, before "(94)" or "'s 90th birthday"; "my eldest" and
# "our youngest" name one child.
# Parents and grandparents in South Asian and East African languages, as English and French
# posts keep them ("amma", "Appa's tablets", "Nani's 84", "Bibi"); not those that are common
# first names too ("Anna", "Didi", "Lola"). Read by the NER and name recognizers too: alone,
# such a word names no one.
OTHER_KIN_WORDS = (
    "amma", "appa", "ammi", "abbu", "ammachi", "appachan", "achan", "paati", "thatha", "ajji",
    "ajja", "nani", "dadi", "dada", "bibi", "babu", "shosho",
    # grandparents of the US South and Cajun Louisiana, Spanish parents and grandparents of
    # Spanglish posts ("My MeMaw is 84", "ma mame", "mi apá Rogelio")
    "memaw", "meemaw", "mamaw", "mawmaw", "pawpaw", "papaw", "mame", "apá", "amá", "abuela",
    "abuelo", "abuelita", "abuelito",
    # Caribbean and Krio words of kin and respect ("Tanty Mina", "Welcome, Sista!")
    "tanty", "tantie", "sista", "bredda",
    # grandparents in Somali, Cree, Ojibwe, Inuktitut, Shona, Polish and Romanian ("Ayeeyo is
    # 81", "my nôhkom", "my anaanatsiaq", "Gogo", "babcia", "bunica")
    "ayeeyo", "awoowe", "nôhkom", "nohkom", "nimosôm", "nimosom", "kokum", "kookum", "mosom",
    "nokomis", "mishomis", "anaanatsiaq", "ataatatsiaq", "gogo", "sekuru", "ambuya", "babcia",
    "dziadek", "bunica", "bunicul",
    # grandparents in Luganda, Dutch and German, the Nordic languages, Alsatian, Turkish,
    # Greek, Yiddish and Hawaiian ("Jajja is 90", "Opa had his hip done", "my mormor",
    # "Mamama", "Annem", "Yiayia", "Bubbe", "Tūtū"); a mother in Turkish ("Annem"). Not
    # "Oma", an Igbo first name as often as a Dutch grandmother.
    "jajja", "opa", "mormor", "morfar", "farmor", "farfar", "bestemor", "bestefar",
    "mummu", "mamama", "papapa", "anneanne", "babaanne", "annem", "yiayia",
    "pappou", "bubbe", "zayde", "tūtū", "kupuna",
    # Navajo grandparents, maternal and paternal ("my shimásání is 88", "we lost my nalí")
    "shimásání", "shimasani", "masání", "shicheii", "cheii", "nalí",
    # Māori grandparents ("Koro's Alzheimer's", "my kuia is 90"), a grandmother in Setswana
    # ("My nkuku is 84"), a husband and a wife in Tahitian ("Mon tāne Teva"), an elder in
    # Tok Pisin ("the lapun")
    "koro", "kuia", "nkuku", "tāne", "vahine", "lapun",
)  # fmt: skip
KIN_EN_WORDS = (
    "mum", "mom", "mother", "mam", "mammy", "dad", "father", "nan", "nana", "nanna", "gran",
    "granny", "grandma", "grandmother", "grandad", "granddad", "grandpa", "grandfather", "son",
    "daughter", "wife", "husband", "partner", "brother", "sister", "aunt", "auntie", "uncle",
    "niece", "nephew", "cousin", "baby", "boy", "girl", "man", "woman", "lady", "gentleman",
    "patient", "friend", "neighbour", "neighbor", "kid", "child", "toddler", "teenager",
    "resident", "grandson", "granddaughter", "grandchild", "stepson", "stepdaughter",
    "eldest", "youngest", "oldest", "firstborn", "godson", "goddaughter", "lad", "lass", "bairn",
    "wean", "kiddo", "mummy", "mommy", "daddy", "nanny", "nain", "taid",
    *OTHER_KIN_WORDS,
    # Forum shorthand: dear daughter / son / husband / wife ("my DD (15)", "dd ellie (14)").
    "dd", "ds", "dh", "dw",
    # relatives by marriage and step-relatives ("My father-in-law, 67, from Pune", "my
    # stepdad, 58,")
    "father-in-law", "mother-in-law", "son-in-law", "daughter-in-law", "brother-in-law",
    "sister-in-law", "stepdad", "stepmum", "stepmom", "stepfather", "stepmother",
    "stepbrother", "stepsister",
    # parents and grandparents as the Pacific, the Caribbean and Africa call them, and a
    # baby in Australian English ("my papa is 74", "Our bub is 7 months")
    "papa", "mama", "bub", "bubba",
)  # fmt: skip
KIN_EN = "(?i:" + "|".join(KIN_EN_WORDS) + ")"
# Family words used as a name, capitalised and without "my": "Mum is 80", "Nan's 95th".
# (the longer pet forms too, Irish and Welsh ones: "Mammy's seventy-nine", "Nain is 90")
KIN_AS_NAME = (
    r"(?:Mum|Mom|Mam|Dad|Nan|Nana|Nanna|Gran|Granny|Grandma|Grandad|Granddad|Grandpa|Mammy|"
    r"Mummy|Mommy|Mama|Daddy|Nanny|Granda|Grampa|Nain|Taid|"
    # South Asian and East African ones ("Nani's 84", "Amma is 72")
    + "|".join(w.capitalize() for w in OTHER_KIN_WORDS)
    # (and written with two capitals: "MeMaw", "PawPaw")
    + "|MeMaw|MeeMaw|MaMaw|MawMaw|PawPaw|PaPaw"
    + ")"
)
# Singular nouns for one person met in news-style asides: "The cyclist, 42, was airlifted",
# "a mother-of-two, 34,". Plurals stay out ("patients, 94, were" is a count).
PERSON_EN = (
    r"(?i:cyclist|motorcyclist|biker|pedestrian|driver|passenger|rider|pensioner|runner|jogger|"
    r"walker|hiker|swimmer|student|pupil|schoolboy|schoolgirl|youngster|teen|widow|widower|"
    r"victim|(?:great-)?(?:grand)?(?:mother|father|mum|mom|dad)[-\s]of[-\s]\p{L}+)"
)
# Plural nouns for groups: "children aged 5" is an eligibility rule, not someone's age.
GROUP_EN = (
    r"(?i:people|persons|children|kids|adults|patients|women|men|girls|boys|babies|infants|"
    r"those|anyone|everyone|residents|individuals|participants|applicants|students|pupils|"
    r"teenagers|workers|carers|smokers|drivers|members|volunteers|ones)"
)
# Words before "age" that make it a limit or a statistic, not one person's age.
AGE_LIMIT_EN = (
    r"(?i:under|over|above|below|minimum|maximum|legal|retirement|pension|pensionable|voting|"
    r"drinking|school|leaving|same|average|mean|median|by|until|till|from|before|after|than|"
    r"beyond)"
)
# A comparison before an age makes it a threshold ("< 5 years of age", "> or = 60 years old").
COMPARED = r"[<>≤≥=]\s*"
# After an age: a range or an open limit ("aged 50 and over", "aged 18-25", "aged 65+").
RANGE_AFTER_EN = (
    r"(?!\s*(?:\+|[-‐‑–—]\s*\d|(?i:plus\b|(?:to|and|or|through)\s+(?:\d|over|older|above|"
    r"under|younger|up|upwards|below|more|less|" + EN_WORD_NUM + r"\b))))"
)
# Where a bare number ends a statement of age ("she's 94.", "turned 60 last week"): end of
# clause or a time word. "years"/"weeks" are left out: "I'm 3 years clean" is a duration.
END_EN = (
    r"(?=\s*(?:[,;:!?)]|\.(?!\d)|$)|\s+(?i:today|yesterday|tomorrow|this|last|next|now|and|but"
    r"|when|so|because|soon|tmrw|tmw|tomoz|tonight)\b)"
)
# After a possessive ordinal ("her 90th"): the ordinal is an age only when it ends the
# clause or a time word, a preposition or a party word follows. A noun means a count ("her
# 5th chemo", "my 2nd scan", "their 25th anniversary"); "and final", "in a row" too.
ORD_END_EN = (
    r"(?=\s*(?:[,;:!?)]|\.(?!\d)|$)|\s+(?i:today|yesterday|tomorrow|tonight|this|last|next|"
    r"on|at|with|and(?!\s+(?i:final|last|\d))|but|in(?!\s+a\s+row)|when|so|was|is|went|"
    r"party|bash|celebrations?|do)\b)"
)
# French counterpart of ORD_END_EN ("pour son 90e, ...", "son 90e samedi"): not "sa 3e
# chimio", "son 5e cycle".
ORD_END_FR = (
    r"(?=\s*(?:[,;:!?)]|\.(?!\d)|$)|\s+(?i:aujourd['’]hui|hier|demain|ce|cette|samedi|"
    r"dimanche|à|au|avec|en|chez|entourée?s?|et|mais|dans)\b)"
)
# Subjects whose "turned 75" is an anniversary, not an age.
NOT_PERSON_SUBJECT = (
    r"(?i:it|this|that|which|hospital|trust|nhs|service|charity|clinic|ward|unit|school|home|"
    r"centre|center|practice|hospice|group|team|association|club|page|channel|forum|network|"
    r"appeal|campaign|project|scheme)"
)
# French numbers in words, 1-120, hyphenated or spaced ("quatre-vingt-dix", "quatre vingt
# dix", the 1990 spelling "vingt-et-un"), with the Belgian and Swiss tens ("septante",
# "huitante", "nonante").
_FR_SEP = r"(?:\s*[-‐‑]\s*|\s+)"
_FR_UNIT = r"(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf)"
_FR_TEEN = rf"(?:dix{_FR_SEP}(?:sept|huit|neuf)|dix|onze|douze|treize|quatorze|quinze|seize)"
# "et" joins a ten and one ("vingt et un", "soixante et onze", "cent et un" is rare but seen).
_FR_ET = rf"{_FR_SEP}et{_FR_SEP}"
_FR_TENS = r"(?:vingt|trente|quarante|cinquante|septante|huitante|octante|nonante)"
FR_WORD_NUM = (
    rf"(?i:{_FR_TENS}(?:{_FR_ET}une?|{_FR_SEP}{_FR_UNIT})?"
    rf"|soixante(?:{_FR_ET}(?:une?|onze)|{_FR_SEP}(?:{_FR_TEEN}|{_FR_UNIT}))?"
    rf"|quatre{_FR_SEP}vingts?(?:{_FR_SEP}(?:{_FR_TEEN}|{_FR_UNIT}))?"
    rf"|cent(?:(?:{_FR_ET}|{_FR_SEP})(?:vingt|{_FR_TEEN}|{_FR_UNIT}))?"
    rf"|{_FR_TEEN}|{_FR_UNIT})"
)
# A French age in digits or words; the words end at a word boundary ("cinq" is not "cinquante").
FR_NUM = rf"(?:{NUM}|{FR_WORD_NUM}\b)"
# French "ans" and the singular "an" ("elle a un an"), or months.
ANS_FR = r"(?i:ans?|mois)"
# French nouns for one person that are not family words: "un motard de 19 ans".
PERSON_FR = (
    r"(?i:motard|motarde|cycliste|piéton|piétonne|conducteur|conductrice|automobiliste|"
    r"randonneur|randonneuse|joueur|joueuse|élève|étudiant|étudiante|lycéen|lycéenne|"
    r"collégien|collégienne|écolier|écolière|nageur|nageuse|skieur|skieuse|sportif|sportive|"
    r"ouvrier|ouvrière|agriculteur|agricultrice|salarié|salariée|passager|passagère|"
    r"victime|blessé|blessée|coureur|coureuse|marcheur|marcheuse|touriste|habitant|habitante"
    # Any agent noun for a person ("un plongeur", "une kitesurfeuse", "une Bretonne"): these
    # endings name people; -ier/-ière and -ant are left out ("une carrière", "un implant").
    r"|\p{L}{3,}(?:eur|euse|rice|iste|ienne|aise|oise|onne))"
)
# Life events after which "at 52," is the age they happened at ("diagnosed at 52,").
LIFE_EVENT_EN = (
    r"(?i:diagnosed|told|had|got|died|passed|retired|started|became|married|lost|developed|"
    r"suffered|survived|began|learned|learnt|found)"
)

# An event named by a gerund, the subject of its clause: "starting HRT at 49 changed
# everything", "being diagnosed at 30 was a shock", "having my stroke at 52 meant...".
GERUND_EVENT_EN = (
    r"(?i:starting|beginning|being\s+diagnosed|getting\s+diagnosed|having|getting|"
    r"going\s+through|losing|developing|retiring|becoming)"
)
# The verb of such a clause, right after the age (a closed list: "increased", "dropped"
# after a number are readings and doses far more often).
SUBJECT_VERB_EN = (
    r"(?i:was|wasn['’]t|is|isn['’]t|has|had|made|makes|meant|means|changed|changes|saved|"
    r"helped|gave|felt|feels|turned|took|ruined|transformed|did|didn['’]t|will|would|could)"
)
# Clause after "at 34" that goes on with the event's story ("diagnosed at 34 with MS", "at 41
# and"): not "at 20 and 34 weeks", "at 20 and went up to 40" (doses), "at 14 I think".
AT_GOES_ON_EN = (
    r"(?=\s*$|\s+(?:(?i:with|and(?!\s+(?:\d|(?i:went|increased|upped|up|down|then|now\s+on)\b))"
    r"|but|after|when|while|because|so|until|last|this)|my|his|her|our"
    r"|(?:I|[Ss]he|[Hh]e|[Ww]e|[Tt]hey)(?!\s+(?i:think|guess|mean|reckon|believe|suppose)\b))\b)"
)
# A reading, a dose or a clock time in the clause before "at 41": "my sats were at 88 and",
# "started sertraline 50mg ... at 50 and", "my appointment at 10, then" are not ages.
NOT_AT_AGE_EN = (
    r"(?<!\b(?i:level|levels|rate|score|reading|readings|count|dose|dosage|hba1c|a1c|bp|"
    r"pressure|weight|sats|saturation|oxygen|temp|temperature|ferritin|tsh|psa|inr|egfr|bpm|"
    r"glucose|sugars?|mg|mcg|ml|mmol|kg|lbs?|stone|percent|speed|mph|pulse|appointment|appt|"
    r"slot|booked|bed|woke|morning|afternoon|evening|tonight|today|tomorrow|yesterday|lunch|"
    r"breakfast|dinner|clock)\b[^.!?\n]{0,50})"
)
# A digit right after "at ": checked first, so that the costly look-behinds above run only
# there (run at every position, they made the recognizer 40 times slower).
AT_DIGIT = r"(?=\d)(?<=\b(?i:at)\s{1,3})"
# One person's possessive before an ordinal ("her", "Mum's", "my nan's"). Not "their" or
# "our": a couple's 25th is a wedding anniversary.
POSS_EN = (
    r"(?:(?i:her|his|my|your)|(?:(?i:my|our|his|her|your)\s+)?"
    rf"(?:\p{{Lu}}\p{{Ll}}+|{KIN_EN})['’]s)"
)
# The age in a forum age-sex tag ("34F"): two or three digits, since "(M2)", "(F1)", "(5M)"
# are codes, generations or millions far more often than a child's tag.
TAG_NUM = r"(?<!\d)\d{2,3}(?!\d)"
# Words before "(34F)" that make it a place, a bed or a bra size, not a person's tag.
NOT_TAG_BEFORE = (
    r"(?i:ward|bed|bay|room|unit|floor|level|gate|block|wing|seat|flat|size|cup|bra|sized)"
)
# Money words before "(34M)": millions, not a man of 34.
MONEY_EN = (
    r"(?i:funding|funded|budget|cost|costs|worth|revenue|deficit|spend|spent|savings?|fund|"
    r"grant|investment|invested|raised|profit|loss|million|pounds|dollars|euros)"
)
# Capitalised possessives that are days or times, not people: "Today's 25th", "Monday's 14th".
_NOT_OWNER_EN = (
    r"(?i:today|tonight|tomorrow|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|week|weekend|month|year|season|series|game|match|race|event|festival)"
)
# Before a possessive ordinal: "the Trust's 75th", "Mum and Dad's 40th" (a wedding
# anniversary), "the hospital's", "Today's 25th" are not one person's birthday.
NOT_ONE_PERSONS = (
    r"(?<!(?:\b(?i:the|and)|&)\s+\p{L}+['’]s\s+)"
    rf"(?<!\b(?:{NOT_PERSON_SUBJECT}|{_NOT_OWNER_EN})['’]s\s+)"
)
# Helper words between a subject and "turned" ("has just turned").
AUX_EN = r"(?i:has|have|had|will|just|now|finally)"

# French: who can be "de 45 ans" ("un homme de 45 ans", "ma grand-mère de 92 ans").
KIN_FR = (
    r"(?i:homme|femme|patient|patiente|garçon|garçonnet|fille|fillette|enfant|bébé|nourrisson|"
    r"dame|monsieur|madame|mère|père|maman|papa|grand-mère|grand-père|mamie|mamy|papi|papy|"
    r"fils|sœur|soeur|frère|tante|oncle|cousin|cousine|mari|épouse|époux|compagnon|compagne|"
    r"ami|amie|résident|résidente|voisin|voisine|adolescent|adolescente|ado|jeune|retraité|"
    r"retraitée|senior|aîné|aînée|petit-fils|petite-fille|neveu|nièce|"
    # everyday and regional words for an uncle, an aunt and a grandmother ("mon tonton de 71
    # ans", "ma tatie", Maghreb "khalti", "yemma", Pacific and Antilles "mémé", "grand-maman")
    r"tonton|tata|tatie|tantine|khalti|khali|yemma|mémé|pépé|grand-maman|grand-papa|"
    # regional words for a child (Réunion and Antilles creole, Québec, Belgium)
    r"marmay|marmaille|ti-moun|timoun|pitit|gamin|gamine|gars|garçonnet|ketje|bout'chou|"
    # a little one, as Québec and chat write it ("Ma p'tite de 4 ans"), and a partner in
    # Québec French ("mon chum de 52 ans", "ma blonde")
    r"p['’]tite?|ptite?|chum|blonde)"
)
# The poster's own relative ("my gran", "ma sœur", "our wee boy"): a first-person possessive,
# a word maybe, then a family word (policy's own-operation test, services' documentaries).
POSTERS_KIN = rf"\b(?i:my|our|mon|ma|mes|notre|nos)\s+(?:[\w'’-]+\s+)?(?:{KIN_EN}|{KIN_FR})\b"
# After "78 ans": what makes it a duration or a group ("10 ans de rémission", "3 ans plus
# tard", "65 ans et plus", "18-25 ans"). Kept: "de" + a capital ("78 ans de Nantes") and
# "d'un(e)" ("mort à 77 ans d'un cancer").
END_FR = (
    r"(?!\s*(?:[dD]e\b(?!\s+\p{Lu})|(?i:d['’](?!une?\b)|du\b|des\b(?!\s+suites)|après|plus\s+tard|"
    r"plus\s+tôt|auparavant|"
    r"passés|durant|que\b|qu['’]|et\s+plus|ou\s+plus|minimum|maximum|révolus|"
    # a limit of a job advert or a scheme ("âgé(e) de 40 ans au plus", "au moins 18 ans")
    r"au\s+plus|au\s+moins|au\s+maximum|au\s+minimum)|[-‐‑–]\s*\d))"
)
# "il y a 10 ans", "il y avait 3 ans": "a"/"avait" after "y" is a time ago, not "has (age)".
NOT_AGO_FR = r"(?<!\b(?i:y)\s+(?i:a|avait|aura|aurait|a\s+eu)\s+)"
# "on a deux mois pour", "ça a 3 ans": "on" (we, people) and "ça" have time left or an
# object's age, not a person's age.
NOT_PERSON_AVOIR_FR = (
    r"(?<!\b(?i:on|ça|cela|ceci)\s+(?:n['’])?(?i:a|avait|aura|aurait)\s+(?:\p{L}+\s+)?)"
)
# Follow-up and outcome words before "à 5 ans": "la survie à 5 ans", "un bilan à un an",
# "le risque de récidive à deux ans" are time points of a study or a follow-up.
FOLLOW_UP_FR = (
    r"(?i:survie|survivants?|récidives?|rechutes?|contrôle|bilan|suivi|visite|consultation|"
    r"mortalité|taux|risque|pronostic|résultats?|évaluation|réévaluation|revue?s?|rappel)"
)
# Forms of "avoir" (to be N years old), with an optional adverb ("n'a que 16 ans").
AVOIR_FR = (
    r"(?i:a|ai|as|avait|avais|aura|aurait|ont|avoir|ayant|a\s+eu|avait\s+eu|aura\s+eu|"
    r"vient\s+d['’]avoir|va\s+avoir)(?:\s+(?i:que|seulement|presque|bientôt|déjà|maintenant|"
    r"juste|tout\s+juste|à\s+peine|pas\s+encore))?"
)
