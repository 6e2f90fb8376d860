"""A person's age: "94-year-old", "aged 94", "Margaret Ellis, 94,", "78 ans", "centenarian".

A number is an age only in a shape that ties it to one person. Counts ("94 beds"), durations
("3 years of remission", "depuis 10 ans"), age limits and ranges about groups ("over-50s",
"people aged 50 and over", "les plus de 65 ans"), scores and years have none of these shapes
or are refused by the look-arounds below. Patterns are case-sensitive unless marked `(?i:)`:
capitals are how a name is told from a common word.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult

from screener.recognizers.checked import CheckedPatternRecognizer

# Nobody alive is older than this: a bigger number after "turned" or a name is something else.
MAX_AGE = 125
# The first run of digits in a match, to check it against MAX_AGE.
_DIGITS = re.compile(r"\d+")

# An age in digits (1-3 of them; years like 1940 are never ages).
_NUM = r"\d{1,3}"
# An English age in words ("ninety-four"), for the "-year-old" shape only.
_EN_WORD_NUM = (
    r"(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|"
    r"four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|a\s+hundred)"
)
# An age from 13 to MAX_AGE, for shapes where a small number is too often a time ("at 9 and"),
# a dose or a treatment count ("my 5th"). Each use is followed by a non-digit, so "130" fails.
_NUM13 = r"(?:1[3-9]|[2-9]\d|1[01]\d|12[0-5])"
# English and French ordinal endings ("90th", "90e").
_ORD_EN = r"(?i:st|nd|rd|th)"
_ORD_FR = r"(?i:e|è|ème|eme|ᵉ)"
# An English ordinal in words ("first", "eightieth", "twenty-first"), for birthdays.
_EN_ORDINAL_WORD = (
    r"(?i:(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s])?(?:first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|"
    r"fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)"
)
# Between "94", "year" and "old": spaces or any dash ("70–year–old", "13 year-old").
_SEP = r"(?:\s*[-‐‑–—]\s*|\s+)"
# Nouns for one relative or person, before "(94)" or "'s 90th birthday".
_KIN_EN_WORDS = (
    "mum", "mom", "mother", "mam", "mammy", "dad", "father", "nan", "nana", "nanna", "gran",
    "granny", "grandma", "grandmother", "grandad", "granddad", "grandpa", "grandfather", "son",
    "daughter", "wife", "husband", "partner", "brother", "sister", "aunt", "auntie", "uncle",
    "niece", "nephew", "cousin", "baby", "boy", "girl", "man", "woman", "lady", "gentleman",
    "patient", "friend", "neighbour", "neighbor", "kid", "child", "toddler", "teenager",
    "resident", "grandson", "granddaughter",
)  # fmt: skip
_KIN_EN = "(?i:" + "|".join(_KIN_EN_WORDS) + ")"
# Family words used as a name, capitalised and without "my": "Mum is 80", "Nan's 95th".
_KIN_AS_NAME = r"(?:Mum|Mom|Mam|Dad|Nan|Nana|Nanna|Gran|Granny|Grandma|Grandad|Granddad|Grandpa)"
# Singular nouns for one person met in news-style asides: "The cyclist, 42, was airlifted",
# "a mother-of-two, 34,". Plurals stay out ("patients, 94, were" is a count).
_PERSON_EN = (
    r"(?i:cyclist|motorcyclist|biker|pedestrian|driver|passenger|rider|pensioner|runner|jogger|"
    r"walker|hiker|swimmer|student|pupil|schoolboy|schoolgirl|youngster|teen|widow|widower|"
    r"victim|(?:great-)?(?:grand)?(?:mother|father|mum|mom|dad)[-\s]of[-\s]\p{L}+)"
)
# Plural nouns for groups: "children aged 5" is an eligibility rule, not someone's age.
_GROUP_EN = (
    r"(?i:people|persons|children|kids|adults|patients|women|men|girls|boys|babies|infants|"
    r"those|anyone|everyone|residents|individuals|participants|applicants|students|pupils|"
    r"teenagers|workers|carers|smokers|drivers|members|volunteers|ones)"
)
# Words before "age" that make it a limit or a statistic, not one person's age.
_AGE_LIMIT_EN = (
    r"(?i:under|over|above|below|minimum|maximum|legal|retirement|pension|pensionable|voting|"
    r"drinking|school|leaving|same|average|mean|median|by|until|till|from|before|after|than|"
    r"beyond)"
)
# A comparison before an age makes it a threshold ("< 5 years of age", "> or = 60 years old").
_COMPARED = r"[<>≤≥=]\s*"
# After an age: a range or an open limit ("aged 50 and over", "aged 18-25", "aged 65+").
_RANGE_AFTER_EN = (
    r"(?!\s*(?:\+|[-‐‑–—]\s*\d|(?i:plus\b|(?:to|and|or|through)\s+(?:\d|over|older|above|"
    r"under|younger|up|upwards|below|more|less))))"
)
# Where a bare number ends a statement of age ("she's 94.", "turned 60 last week"): end of
# clause or a time word. "years"/"weeks" are left out: "I'm 3 years clean" is a duration.
_END_EN = (
    r"(?=\s*(?:[,;:!?)]|\.(?!\d)|$)|\s+(?i:today|yesterday|tomorrow|this|last|next|now|and|but"
    r"|when|so|because|soon)\b)"
)
# After a possessive ordinal ("her 90th"): the ordinal is an age only when it ends the
# clause or a time word, a preposition or a party word follows. A noun means a count ("her
# 5th chemo", "my 2nd scan", "their 25th anniversary"); "and final", "in a row" too.
_ORD_END_EN = (
    r"(?=\s*(?:[,;:!?)]|\.(?!\d)|$)|\s+(?i:today|yesterday|tomorrow|tonight|this|last|next|"
    r"on|at|with|and(?!\s+(?i:final|last|\d))|but|in(?!\s+a\s+row)|when|so|was|is|went|"
    r"party|bash|celebrations?|do)\b)"
)
# French counterpart of _ORD_END_EN ("pour son 90e, ...", "son 90e samedi"): not "sa 3e
# chimio", "son 5e cycle".
_ORD_END_FR = (
    r"(?=\s*(?:[,;:!?)]|\.(?!\d)|$)|\s+(?i:aujourd['’]hui|hier|demain|ce|cette|samedi|"
    r"dimanche|à|au|avec|en|chez|entourée?s?|et|mais|dans)\b)"
)
# Subjects whose "turned 75" is an anniversary, not an age.
_NOT_PERSON_SUBJECT = (
    r"(?i:it|this|that|which|hospital|trust|nhs|service|charity|clinic|ward|unit|school|home|"
    r"centre|center|practice|hospice|group|team|association|club|page|channel|forum|network|"
    r"appeal|campaign|project|scheme)"
)
# French age in words, for "de soixante-dix ans" ("quatre-vingt-deux", "soixante et onze").
_FR_WORD_NUM = (
    r"(?i:(?:vingt|trente|quarante|cinquante|soixante|quatre-vingt)(?:s|-dix|-et-un|\s+et\s+un|"
    r"-et-onze|\s+et\s+onze|-(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|onze|douze|"
    r"treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf))?|dix|onze|douze|treize|"
    r"quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|deux|trois|quatre|cinq|six|sept|huit|"
    r"neuf|cent)"
)
# French nouns for one person that are not family words: "un motard de 19 ans".
_PERSON_FR = (
    r"(?i:motard|motarde|cycliste|piéton|piétonne|conducteur|conductrice|automobiliste|"
    r"randonneur|randonneuse|joueur|joueuse|élève|étudiant|étudiante|lycéen|lycéenne|"
    r"collégien|collégienne|écolier|écolière|nageur|nageuse|skieur|skieuse|sportif|sportive|"
    r"ouvrier|ouvrière|agriculteur|agricultrice|salarié|salariée|passager|passagère|"
    r"victime|blessé|blessée|coureur|coureuse|marcheur|marcheuse|touriste|habitant|habitante)"
)
# Life events after which "at 52," is the age they happened at ("diagnosed at 52,").
_LIFE_EVENT_EN = (
    r"(?i:diagnosed|told|had|got|died|passed|retired|started|became|married|lost|developed|"
    r"suffered|survived|began|learned|learnt|found)"
)

# Clause after "at 34" that goes on with the event's story ("diagnosed at 34 with MS", "at 41
# and"): not "at 20 and 34 weeks", "at 20 and went up to 40" (doses), "at 14 I think".
_AT_GOES_ON_EN = (
    r"(?=\s*$|\s+(?:(?i:with|and(?!\s+(?:\d|(?i:went|increased|upped|up|down|then|now\s+on)\b))"
    r"|but|after|when|while|because|so|until)|my|his|her|our"
    r"|(?:I|[Ss]he|[Hh]e|[Ww]e|[Tt]hey)(?!\s+(?i:think|guess|mean|reckon|believe|suppose)\b))\b)"
)
# A reading, a dose or a clock time in the clause before "at 41": "my sats were at 88 and",
# "started sertraline 50mg ... at 50 and", "my appointment at 10, then" are not ages.
_NOT_AT_AGE_EN = (
    r"(?<!\b(?i:level|levels|rate|score|reading|readings|count|dose|dosage|hba1c|a1c|bp|"
    r"pressure|weight|sats|saturation|oxygen|temp|temperature|ferritin|tsh|psa|inr|egfr|bpm|"
    r"glucose|sugars?|mg|mcg|ml|mmol|kg|lbs?|stone|percent|speed|mph|pulse|appointment|appt|"
    r"slot|booked|bed|woke|morning|afternoon|evening|tonight|today|tomorrow|yesterday|lunch|"
    r"breakfast|dinner|clock)\b[^.!?\n]{0,50})"
)
# A digit right after "at ": checked first, so that the costly look-behinds above run only
# there (run at every position, they made the recognizer 40 times slower).
_AT_DIGIT = r"(?=\d)(?<=\b(?i:at)\s{1,3})"
# One person's possessive before an ordinal ("her", "Mum's", "my nan's"). Not "their" or
# "our": a couple's 25th is a wedding anniversary.
_POSS_EN = (
    r"(?:(?i:her|his|my|your)|(?:(?i:my|our|his|her|your)\s+)?"
    rf"(?:\p{{Lu}}\p{{Ll}}+|{_KIN_EN})['’]s)"
)
# The age in a forum age-sex tag ("34F"): two or three digits, since "(M2)", "(F1)", "(5M)"
# are codes, generations or millions far more often than a child's tag.
_TAG_NUM = r"(?<!\d)\d{2,3}(?!\d)"
# Words before "(34F)" that make it a place, a bed or a bra size, not a person's tag.
_NOT_TAG_BEFORE = (
    r"(?i:ward|bed|bay|room|unit|floor|level|gate|block|wing|seat|flat|size|cup|bra|sized)"
)
# Money words before "(34M)": millions, not a man of 34.
_MONEY_EN = (
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
_NOT_ONE_PERSONS = (
    r"(?<!(?:\b(?i:the|and)|&)\s+\p{L}+['’]s\s+)"
    rf"(?<!\b(?:{_NOT_PERSON_SUBJECT}|{_NOT_OWNER_EN})['’]s\s+)"
)
# Helper words between a subject and "turned" ("has just turned").
_AUX_EN = r"(?i:has|have|had|will|just|now|finally)"

# French: who can be "de 45 ans" ("un homme de 45 ans", "ma grand-mère de 92 ans").
_KIN_FR = (
    r"(?i:homme|femme|patient|patiente|garçon|garçonnet|fille|fillette|enfant|bébé|nourrisson|"
    r"dame|monsieur|madame|mère|père|maman|papa|grand-mère|grand-père|mamie|mamy|papi|papy|"
    r"fils|sœur|soeur|frère|tante|oncle|cousin|cousine|mari|épouse|époux|compagnon|compagne|"
    r"ami|amie|résident|résidente|voisin|voisine|adolescent|adolescente|ado|jeune|retraité|"
    r"retraitée|senior|aîné|aînée|petit-fils|petite-fille|neveu|nièce)"
)
# After "78 ans": what makes it a duration or a group ("10 ans de rémission", "3 ans plus
# tard", "65 ans et plus", "18-25 ans"). Kept: "de" + a capital ("78 ans de Nantes") and
# "d'un(e)" ("mort à 77 ans d'un cancer").
_END_FR = (
    r"(?!\s*(?:[dD]e\b(?!\s+\p{Lu})|(?i:d['’](?!une?\b)|du\b|des\b|après|plus\s+tard|plus\s+tôt|auparavant|"
    r"passés|durant|que\b|qu['’]|et\s+plus|ou\s+plus|minimum|maximum|révolus)|[-‐‑–]\s*\d))"
)
# "il y a 10 ans", "il y avait 3 ans": "a"/"avait" after "y" is a time ago, not "has (age)".
_NOT_AGO_FR = r"(?<!\b(?i:y)\s+(?i:a|avait|aura|aurait|a\s+eu)\s+)"
# Forms of "avoir" (to be N years old), with an optional adverb ("n'a que 16 ans").
_AVOIR_FR = (
    r"(?i:a|ai|as|avait|avais|aura|aurait|ont|avoir|ayant|a\s+eu|avait\s+eu|aura\s+eu|"
    r"vient\s+d['’]avoir|va\s+avoir)(?:\s+(?i:que|seulement|presque|bientôt|déjà|maintenant|"
    r"juste|tout\s+juste|à\s+peine|pas\s+encore))?"
)

# Patterns whose number is an age only if the capitalised words before it are a name.
_AFTER_NAME = ("age after a name", "age in brackets", "âge après un nom", "name is n")
# Capitalised words that are not names: an introductory phrase ("Since January, 94 ...").
_NOT_NAME_WORDS = (
    "in", "on", "at", "since", "by", "during", "from", "after", "before", "until", "of", "for",
    "with", "among", "across", "overall", "total", "today", "yesterday", "tomorrow", "also",
    "however", "then", "so", "and", "but", "or", "wards", "ward", "beds", "bed", "rooms", "room",
    "figure", "table", "step", "page", "chapter", "section", "item", "question", "part", "level",
    "stage", "grade", "type", "phase", "year", "years", "day", "days", "week", "weeks", "month",
    "months", "cases", "deaths", "patients", "staff", "score", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "en", "depuis",
    "pendant", "dans", "après", "avant", "chez", "pour", "avec", "sur", "sous", "vers", "entre",
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "aujourd'hui", "hier", "demain", "lits",
)  # fmt: skip
_NOT_NAMES = frozenset(_NOT_NAME_WORDS)


class AgeRecognizer(CheckedPatternRecognizer):
    """AGE: a person's age, in the shapes English and French posts use."""

    PATTERNS: ClassVar[list[Pattern]] = [
        # "94-year-old", "94 years old", "36-yr-old", "6-month-old", "94yrs old" (digits may
        # touch the unit); "olds" fails `old\b` (groups); after "65-" or "5 to" it is the end
        # of a range.
        Pattern(
            "n-year-old",
            rf"(?<![-‐‑–—]\s{{0,2}}|\d\s+(?i:to|and|or)\s+|{_COMPARED})"
            rf"\b(?:{_NUM}(?:{_SEP})?|{_EN_WORD_NUM}{_SEP})"
            rf"(?i:years?|yrs?\.?|months?|mos?|weeks?|wks?|days?){_SEP}(?i:old)\b",
            0.85,
        ),
        # "94 years of age", "13 months of age"
        Pattern(
            "n years of age",
            rf"(?<!{_COMPARED})\b{_NUM}\s*(?i:years?|yrs?|months?|weeks?)\s+(?i:of\s+age)\b",
            0.85,
        ),
        # "aged 94", "age 94", "Age: 94", "age of 94 years", "aged just 7": not "people aged 50
        # and over", "under age 18", "average age 54".
        Pattern(
            "aged n",
            rf"(?<!\b{_GROUP_EN}\s+|\b{_AGE_LIMIT_EN}\s+(?i:the\s+)?|{_COMPARED})"
            rf"\b(?i:aged|age\s*:|age(?:\s+of)?)\s*"
            rf"(?:(?i:just|only|barely|nearly|almost|about|around)\s+)?"
            rf"{_NUM}(?:\s*(?i:years?|yrs?|months?|weeks?)(?:\s+(?i:old))?)?\b{_RANGE_AFTER_EN}",
            0.85,
        ),
        # "94yo", "94 y/o", "94 y.o."
        Pattern("n yo", rf"\b{_NUM}\s?(?i:yo|y/o|y\.o\.?)(?![\w/])", 0.85),
        # "Margaret Ellis, 94," (news style): 1-3 capitalised words, a comma, the number, then
        # the end of the aside. Checked against _NOT_NAMES.
        Pattern(
            "age after a name",
            rf"(?<=\b\p{{Lu}}[\p{{Ll}}'’-]+(?:\s+\p{{Lu}}[\p{{Ll}}'’-]+){{0,2}},\s*){_NUM}"
            rf"(?=\s*[,;)]|\.(?!\d)|\s+(?:who|from)\b)",
            0.6,
        ),
        # "my mum, 82, has ...": a relative, a comma, the number, the end of the aside.
        Pattern(
            "age after a relative",
            rf"(?<=\b(?i:my|our|his|her|their|your)\s+(?:\p{{L}}+\s+)?{_KIN_EN},\s*){_NUM}"
            rf"(?=\s*[,;)]|\.(?!\d))",
            0.7,
        ),
        # "A teenager, 16, was treated", "The cyclist, 42,", "a mother-of-two, 34,": one person
        # named by an article and a singular noun, then the age in commas (news style).
        Pattern(
            "age after a person noun",
            rf"(?<=\b(?i:a|an|the|one|this|that|another)\s+(?:\p{{L}}+\s+)?"
            rf"(?:{_KIN_EN}|{_PERSON_EN}),\s*){_NUM}(?=\s*[,;)]|\.(?!\d))",
            0.7,
        ),
        # "my little boy is four", "my nan in grimsby is 93 and", "Mum is 80 today": a
        # relative's age, digits or words, ending the clause.
        Pattern(
            "relative is n",
            rf"(?<=(?:\b(?i:my|our|his|her|their|your)\s+(?:\p{{L}}+\s+)?{_KIN_EN}"
            rf"|\b{_KIN_AS_NAME})"
            rf"(?:\s+(?i:in|from|at)\s+\p{{L}}+)?\s+(?i:is|was|turned|has\s+just\s+turned)\s+"
            rf"(?:(?i:only|just|now|nearly|almost|still)\s+)?)(?:{_NUM}|{_EN_WORD_NUM}){_END_EN}",
            0.7,
        ),
        # "My son Noah is 16 and", "Edna was 94 when": a capitalised name before "is" and an
        # age that ends the clause (checked against _NOT_NAMES: "Leeds is 30" fails _END_EN).
        Pattern(
            "name is n",
            rf"(?<=\b\p{{Lu}}\p{{Ll}}+\s+(?i:is|was|turned|turns)\s+"
            rf"(?:(?i:only|just|now|nearly|almost|still)\s+)?){_NUM}{_END_EN}",
            0.6,
        ),
        # "newbie here. 44, live in Geelong", "29, severe haemophilia A": an introduction
        # opening with the poster's age (13-99), a comma and words.
        Pattern(
            "age opening an introduction",
            r"(?<=(?:^|[.!?]\s+|\n|\b(?i:here)[.,:]?\s+))(?:1[3-9]|[2-9]\d)(?=,\s+\p{Ll})",
            0.6,
        ),
        # "told he had bowel cancer at 52,", "At seventy-eight, Bernard ...": the age of a life
        # event, in a clause that ends after the number. Not after a reading, a dose or a
        # clock time ("had my appointment at 10, then").
        Pattern(
            "at n after an event",
            rf"{_AT_DIGIT}{_NOT_AT_AGE_EN}"
            rf"(?<=\b{_LIFE_EVENT_EN}\b[^.!?\n]{{0,60}}\b(?i:at)\s+){_NUM}"
            rf"(?=\s*(?:[,;)!?]|$)|\.(?!\d))",
            0.6,
        ),
        # "diagnosed at 34 with MS", "had my first stroke at 41 and": the same, with the clause
        # going on after the age. 13 and over: "had my bloods at 9 and" is a time.
        Pattern(
            "at n after an event, clause goes on",
            rf"{_AT_DIGIT}{_NOT_AT_AGE_EN}"
            rf"(?<=\b{_LIFE_EVENT_EN}\b[^.!?\n]{{0,60}}\b(?i:at)\s+){_NUM13}"
            rf"{_AT_GOES_ON_EN}",
            0.6,
        ),
        # "At 52 I never thought", "and at 29 she was told": "at" and an age before a subject.
        # Not "at 20 I think" (a hedge after a reading).
        Pattern(
            "at n, then a subject",
            rf"{_AT_DIGIT}{_NOT_AT_AGE_EN}"
            rf"(?<=\b(?i:at)\s+){_NUM13}"
            rf"(?=,?\s+(?:I|[Ss]he|[Hh]e|[Ww]e|[Tt]hey)\s+(?!(?i:think|guess|mean|reckon|believe|"
            rf"suppose)\b))",
            0.6,
        ),
        # "At seventy-eight, Bernard", "At 52, I", "At 70, Joan": an age opening a sentence
        # (also after a closing quote: '..." At seventy-eight,'). Digits 13 and over, then a
        # person ("At 9, doors open" is a time, "At 50, the dose was raised" a dose).
        Pattern(
            "at n, opening",
            rf"(?<=(?:^|[.!?][\"'’”)]*\s+|\n)(?i:at)\s+)(?:{_EN_WORD_NUM}(?=,)|{_NUM13}"
            r"(?=,\s+(?:I|[Ss]he|[Hh]e|[Ww]e|[Tt]hey|[Mm]y|[Hh]is|[Hh]er|[Oo]ur"
            r"|(?!(?:The|This|That|These|Those|It|There|An?)\b)\p{Lu}\p{Ll}+)\b))",
            0.6,
        ),
        # "happy 18th to my girl", "Happy 90th Nan!", "happy 21st!": a birthday wish without the
        # word "birthday" (not "happy 10th anniversary").
        Pattern(
            "happy nth to",
            rf"(?<=\b(?i:happy)\s+){_NUM}{_ORD_EN}(?=\s+(?i:to)\b|\s*!|\s*,?\s+{_KIN_EN}\b)",
            0.7,
        ),
        # "celebrated her 90th on the ward", "celebrating Mum's 5th": a possessive ordinal after
        # a celebration word is a birthday.
        Pattern(
            "possessive nth, celebrated",
            rf"{_NOT_ONE_PERSONS}"
            rf"(?<=\b(?i:celebrat\w*|mark\w*|plann\w*|organis\w*|organiz\w*)\s+{_POSS_EN}\s+)"
            rf"{_NUM}{_ORD_EN}{_ORD_END_EN}",
            0.7,
        ),
        # "for his 100th yesterday", "it's Nan's 95th": weaker words, so 13 and over ("it's my
        # 2nd today" is a dose).
        Pattern(
            "possessive nth, for",
            rf"{_NOT_ONE_PERSONS}"
            rf"(?<=(?:(?<!\b(?i:in|back|booked|ready|due|here|up|round)\s+)\b(?i:for)|"
            rf"\b(?i:it['’]s|it\s+is|it\s+was))\s+{_POSS_EN}\s+){_NUM13}{_ORD_EN}{_ORD_END_EN}",
            0.7,
        ),
        # "Mum's 80th!", "my nan's 95th today", "Sarah's 30th on Saturday": a person's
        # possessive ordinal, 13 and over, ending the clause (see _NOT_ONE_PERSONS).
        Pattern(
            "someone's nth",
            rf"{_NOT_ONE_PERSONS}(?<=\b(?:\p{{Lu}}\p{{Ll}}+|{_KIN_EN})['’]s\s+)"
            rf"{_NUM13}{_ORD_EN}{_ORD_END_EN}",
            0.7,
        ),
        # "her 90th party", "Dad's 60th bash", "my 5th party": an ordinal before a party word.
        Pattern(
            "nth party",
            rf"{_NOT_ONE_PERSONS}(?<=\b{_POSS_EN}\s+){_NUM}{_ORD_EN}"
            rf"(?=\s+(?i:party|bash|celebrations?|do|bday\s+party)\b)",
            0.7,
        ),
        # "Margaret (94)", "my nan (94)"
        Pattern(
            "age in brackets",
            rf"(?<=(?:\b\p{{Lu}}[\p{{Ll}}'’-]+|\b{_KIN_EN})\s?)\({_NUM}\)",
            0.6,
        ),
        # "(34F)", "[34 M]", "(34/f)", "(F34)", "(F, 34)", "Me (29M)": a forum age-sex tag in
        # brackets, two or three digits ("G(M2)", "(F1)" are codes; the bracket must not touch a
        # word). Lower-case "m" only after a slash or comma ("(34m)" is metres or minutes);
        # 95-110 before F is a fever in Fahrenheit ("(101F)"); "funding (34M)" is money; "Bay
        # (34F)", "bra (34F)" are a place and a size.
        Pattern(
            "age-sex tag",
            rf"(?<!\b{_MONEY_EN}\b[^.!?\n]{{0,30}}|\b{_NOT_TAG_BEFORE}\s*[(\[]\s?)"
            r"(?<=(?<!\w)[(\[]\s?)"
            rf"(?!(?:9[5-9]|10\d|110)\s?[Ff]\b)"
            rf"(?:{_TAG_NUM}\s?(?:[MF]|f|(?i:nb))|{_TAG_NUM}\s?[/,]\s?(?i:[mf]|nb)"
            rf"|(?:[MF]|f)\s?{_TAG_NUM}|(?i:[mf])\s?[/,]\s?{_TAG_NUM})(?=\s?[)\],/;|])",
            0.7,
        ),
        # "34F here", "28 F, diagnosed last year", "34M - long time lurker": a tag opening a
        # post or a sentence, upper-case M/F only. Not "£34M", "34m of cable", "34 °F", "a 34F"
        # (a bra size), or "34F" followed by a unit or a noun.
        Pattern(
            "age-sex tag, opening",
            rf"(?<=(?:^|[.!?]\s+|\n)\s*){_TAG_NUM}\s?[MF](?!\s?[°º])"
            rf"(?=\s*[,:;/]|\s+(?:here|from|with|and|in|who|diagnosed|living)\b|\s+[-–—]\s)"
            rf"|(?<![£$€¥]\s?|[\d.,]|\b(?i:a|size|cup|bra)\s+){_TAG_NUM}\s?[MF](?=\s+here\b)",
            0.7,
        ),
        # "her 100th birthday", "Mum's 90th birthday", "happy 21st birthday": the possessive
        # keeps out "the NHS's 75th birthday".
        Pattern(
            "nth birthday",
            rf"(?<=\b(?:(?i:her|his|my|your|their|happy)|\p{{Lu}}\p{{Ll}}+['’]s|{_KIN_EN}['’]s)"
            rf"\s+){_NUM}(?i:st|nd|rd|th)\s+(?i:birthday|bday|b-day)\b",
            0.85,
        ),
        # "her first birthday", "Dad's eightieth birthday": the ordinal in words.
        Pattern(
            "nth birthday in words",
            rf"(?<=\b(?:(?i:her|his|my|your|their|happy)|\p{{Lu}}\p{{Ll}}+['’]s|{_KIN_EN}['’]s)"
            rf"\s+){_EN_ORDINAL_WORD}\s+(?i:birthday|bday|b-day)\b",
            0.85,
        ),
        # "turned 60", "turns 5 tomorrow": not when a hospital or "it" turned 75.
        Pattern(
            "turned n",
            rf"(?<!\b{_NOT_PERSON_SUBJECT}\s+(?:{_AUX_EN}\s+){{0,2}}(?i:turn\w*)\s+)"
            rf"(?<=\b(?i:turn|turned|turns|turning)\s+){_NUM}"
            rf"(?:{_END_EN}|(?=\s+(?i:on|in)\b))",
            0.85,
        ),
        # "she's 94", "I'm 52 and ...", "who was 94 when ...": the number ends the clause.
        Pattern(
            "she is n",
            rf"(?<=\b(?i:i['’]m|i\s+am|i\s+was|s?he['’]s|s?he\s+is|s?he\s+was|who\s+is|who\s+was"
            rf"|who['’]s)\s+(?:(?i:only|just|now|nearly|almost|about|barely|still|already)\s+)?)"
            rf"{_NUM}{_END_EN}",
            0.7,
        ),
        # "in her 80s", "in his late seventies", "in my 40s": a coarse but personal age.
        Pattern(
            "in her 80s",
            r"(?<=\b(?i:in\s+(?:his|her|my|your)\s+(?:(?:early|mid|late)[-\s]?)?))(?:\d0['’]?s|"
            r"(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
            0.6,
        ),
        # "nonagenarian", "centenarian" (singular: "centenarians" is a group).
        Pattern(
            "-genarian",
            r"\b(?i:(?:super)?centenarian|(?:quadra|quinqua|sexa|septua|octo|nona)genarian)\b",
            0.85,
        ),
        # "âgée de 78 ans", "âgé(e) de 3 mois", "âgé d'à peine 20 ans", "âgée de près de 80 ans":
        # singular only ("âgés de" is a group).
        Pattern(
            "âgé de n ans",
            rf"\b(?i:âgée?|agée?)(?:\s*\(e\))?\s+(?i:de\s+|d['’])"
            rf"(?:(?i:à\s+peine|seulement|presque|tout\s+juste|juste|environ|près\s+de|bientôt|"
            rf"déjà)\s+)?{_NUM}\s+(?i:ans|mois)\b{_END_FR}",
            0.85,
        ),
        # "à l'âge de 78 ans": not "à partir de l'âge de 65 ans", "dès l'âge de 3 ans".
        Pattern(
            "l'âge de n ans",
            rf"(?<!\b(?i:partir|dès|avant|après|jusqu['’]à|plus|moins|sous|depuis)\s+(?:de\s+)?)"
            rf"\b(?i:l['’]âge|l['’]age)\s+de\s+{_NUM}\s+(?i:ans)\b{_END_FR}",
            0.85,
        ),
        # "elle a 78 ans", "il n'a que 16 ans": not "il y a 10 ans" (ago).
        Pattern(
            "a n ans",
            rf"{_NOT_AGO_FR}(?<=\b{_AVOIR_FR}\s+){_NUM}\s+(?i:ans|mois)\b{_END_FR}",
            0.7,
        ),
        # "un homme de 45 ans", "ma grand-mère de 92 ans", "un bébé de 3 mois", "un motard de
        # 19 ans", "mon père de soixante-dix ans", "la petite de 4 ans" ("petit(e)" as a noun,
        # right before "de": "une petite pause de 4 ans" is not a person). Not "enceinte de 7
        # mois" (a pregnancy).
        Pattern(
            "personne de n ans",
            rf"(?<!\b(?i:enceinte)\s+de\s+)"
            rf"(?<=(?:\b(?:{_KIN_FR}|{_PERSON_FR})(?:\s+\p{{L}}+)?"
            rf"|\b(?i:le|la|un|une|mon|ma|son|sa|notre|votre|leur)\s+"
            rf"(?i:petite?|gamine?|gosse|puce))\s+de\s+)(?:{_NUM}|{_FR_WORD_NUM})"
            rf"\s+(?i:ans|mois)\b{_END_FR}",
            0.85,
        ),
        # "fête ses 100 ans", "pour mes 40 ans", "du haut de ses 8 printemps", "souffle ses 95
        # bougies"
        Pattern(
            "ses n ans",
            rf"(?<=\b(?i:ses|mes|tes)\s+){_NUM}\s+(?i:ans|printemps|bougies)\b{_END_FR}",
            0.85,
        ),
        # "pour son 90e, ...", "fêter son 100e samedi": a possessive ordinal after a celebration
        # word or "pour", ending the clause (not "pour sa 3e chimio", "son 5e cycle").
        Pattern(
            "son ne, fêté",
            rf"(?<=\b(?i:fêt\w*|célébr\w*|pour)\s+(?i:son|mon|ton)\s+){_NUM}{_ORD_FR}{_ORD_END_FR}",
            0.7,
        ),
        # "son 100e anniversaire", "Joyeux 100e anniversaire": not "son 50e anniversaire de
        # mariage" (a wedding) or "de diagnostic"; "de naissance" is kept.
        Pattern(
            "ne anniversaire",
            rf"(?<=\b(?i:son|mon|ton|ses|mes|joyeux|bon|heureux)\s+){_NUM}{_ORD_FR}\s+"
            r"(?i:anniversaire)\b"
            r"(?!\s+(?:de|d['’])\s*(?!(?i:naissance)\b)\p{Ll})",
            0.85,
        ),
        # "Marie Dupont, 78 ans, ..." (checked against _NOT_NAMES like the English form)
        Pattern(
            "âge après un nom",
            rf"(?<=\b\p{{Lu}}[\p{{Ll}}'’-]+(?:[\s-]+\p{{Lu}}[\p{{Ll}}'’-]+){{0,2}},\s*){_NUM}\s+"
            rf"(?i:ans)\b(?=\s*[,;)]|\.(?!\d)|\s+(?i:qui|et)\b)",
            0.7,
        ),
        # "(78 ans)": a bracketed number of years is an age in news style.
        Pattern("(n ans)", rf"\({_NUM}\s+(?i:ans)\)", 0.7),
        # "morte à 94 ans", "diagnostiquée à 45 ans": not "de 18 à 25 ans", "jusqu'à 5 ans".
        Pattern(
            "à n ans",
            rf"(?<!\b(?i:de|entre)\s+\d{{1,3}}\s+(?i:à)\s+)(?<!(?i:jusqu['’]à)\s+)"
            rf"(?<=\b(?i:à)\s+){_NUM}\s+(?i:ans)\b{_END_FR}",
            0.6,
        ),
        # "octogénaire", "nonagénaire" (singular)
        Pattern(
            "-génaire",
            r"\b(?i:(?:quadra|quinqua|sexa|septua|octo|nona)g[ée]naire|supercentenaire)\b",
            0.85,
        ),
    ]
    # Words that make an age-shaped number more certain (all patterns already report).
    CONTEXT: ClassVar[list[str]] = [
        "aged",
        "birthday",
        "anniversaire",
        "âgé",
        "âgée",
        "grandmother",
        "grandfather",
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="AGE",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            name=f"AgeRecognizer_{supported_language}",
            # Case matters (names are capitalised): each pattern marks its own (?i:) parts.
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        """Refuse numbers no one can be (0, or above MAX_AGE)."""
        digits = _DIGITS.search(pattern_text)
        return digits is not None and not 0 < int(digits.group()) <= MAX_AGE

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """Refuse numbers after capitalised words that are not a name."""
        return not _after_non_name(text, result)


# The last words before ", 94" or " (94)" (letters, apostrophes, hyphens).
_WORDS_BEFORE = re.compile(r"((?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*)\s*,?\s*$")


def _after_non_name(text: str, result: RecognizerResult) -> bool:
    """True when a name-position match follows an introductory phrase, not a name.

    The capitalised run before the number is read: "Since January, 94" or "In Leeds, 94"
    starts or ends with a word of _NOT_NAMES; "Margaret Ellis, 94" and "My Dad, 94" do not.
    """
    if result.analysis_explanation.pattern_name not in _AFTER_NAME:
        return False
    before = _WORDS_BEFORE.search(text[max(0, result.start - 60) : result.start])
    if before is None:
        return True
    words = before.group(1).split()
    if words[-1].lower() in _KIN_EN_WORDS:  # "my grandad (96)"
        return False
    while words and not words[0][0].isupper():
        words.pop(0)
    lowered = [w.lower().removesuffix("'s").removesuffix("’s") for w in words]
    return not lowered or lowered[0] in _NOT_NAMES or lowered[-1] in _NOT_NAMES


def recognizers(language: str) -> list[EntityRecognizer]:
    """The age recognizer (one pattern set serves English and French posts)."""
    return [AgeRecognizer(supported_language=language)]
