"""The English age patterns of AgeRecognizer, in the order it runs them.

Built from the fragments of age_words.py; case-sensitive unless marked `(?i:)`.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from screener.recognizers.age_words import (
    AGE_LIMIT_EN,
    AT_DIGIT,
    AT_GOES_ON_EN,
    AUX_EN,
    COMPARED,
    EMOJI,
    EN_ORDINAL_WORD,
    EN_WORD_NUM,
    EN_WORD_NUM10,
    END_EN,
    GERUND_EVENT_EN,
    GROUP_EN,
    KIN_AS_NAME,
    KIN_EN,
    LIFE_EVENT_EN,
    MONEY_EN,
    NAME_ASIDE,
    NOT_AT_AGE_EN,
    NOT_ONE_PERSONS,
    NOT_PERSON_SUBJECT,
    NOT_TAG_BEFORE,
    NUM,
    NUM13,
    ORD_EN,
    ORD_END_EN,
    PERSON_EN,
    POSS_EN,
    RANGE_AFTER_EN,
    SEP,
    SUBJECT_VERB_EN,
    TAG_NUM,
)

EN_PATTERNS: list[Pattern] = [
    # "94-year-old", "94 years old", "36-yr-old", "6-month-old", "94yrs old" (digits may
    # touch the unit); "olds" fails `old\b` (groups); after "65-" or "5 to" it is the end
    # of a range, as after "9 months to" ("children 9 months to 5 years old"); a group's,
    # a service's or a page's age is an anniversary ("OUR GROUP IS 3 YEARS OLD TODAY").
    Pattern(
        "n-year-old",
        rf"(?<![-‐‑–—]\s{{0,2}}|\d\s+(?:(?i:years?|months?|weeks?|days?)\s+)?(?i:to|and|or)\s+"
        rf"|\b{NOT_PERSON_SUBJECT}\s+(?i:is|was|turns|turned|will\s+be)\s+(?:(?i:now|officially)\s+)?"
        rf"|{COMPARED})"
        rf"\b(?:{NUM}(?:{SEP})?|{EN_WORD_NUM}{SEP})"
        rf"(?i:years?|yrs?\.?|months?|mos?|weeks?|wks?|days?){SEP}(?i:old)\b",
        0.85,
    ),
    # "94 years of age", "13 months of age"
    Pattern(
        "n years of age",
        rf"(?<!{COMPARED})\b{NUM}\s*(?i:years?|yrs?|months?|weeks?)\s+(?i:of\s+age)\b",
        0.85,
    ),
    # "aged 94", "age 94", "Age: 94", "age of 94 years", "aged just 7", "(aged seven)": not
    # "people aged 50 and over", "under age 18", "average age 54".
    Pattern(
        "aged n",
        rf"(?<!\b{GROUP_EN}\s+|\b{AGE_LIMIT_EN}\s+(?i:the\s+)?|{COMPARED})"
        rf"\b(?i:aged|age\s*:|age(?:\s+of)?)\s*"
        rf"(?:(?i:just|only|barely|nearly|almost|about|around)\s+)?"
        rf"(?:{NUM}|{EN_WORD_NUM})(?:\s*(?i:years?|yrs?|months?|weeks?)(?:\s+(?i:old))?)?\b"
        rf"{RANGE_AFTER_EN}",
        0.85,
    ),
    # "94yo", "94 y/o", "94 y.o."
    Pattern("n yo", rf"\b{NUM}\s?(?i:yo|y/o|y\.o\.?)(?![\w/])", 0.85),
    # "Margaret Ellis, 94," (news style): 1-3 capitalised words, maybe a place or a role in
    # brackets ("Ken Hill (Leeds), 82,"), a comma, the number, then the end of the aside.
    # Checked against age_names.NOT_NAMES.
    Pattern(
        "age after a name",
        rf"(?<=\b\p{{Lu}}[\p{{Ll}}'’-]+(?:\s+\p{{Lu}}[\p{{Ll}}'’-]+(?:\p{{Lu}}\p{{Ll}}+)?){{0,2}}"
        rf"{NAME_ASIDE},\s*)(?:{NUM}|{EN_WORD_NUM10})"
        rf"(?=\s*[,;)]|\.(?!\d)|\s+(?:who|from)\b)",
        0.6,
    ),
    # "my mum, 82, has ...": a relative, a comma, the number, the end of the aside.
    Pattern(
        "age after a relative",
        rf"(?<=\b(?i:my|our|his|her|their|your)\s+(?:\p{{L}}+\s+)?{KIN_EN},\s*){NUM}"
        rf"(?=\s*[,;)]|\.(?!\d))",
        0.7,
    ),
    # "A teenager, 16, was treated", "The cyclist, 42,", "a mother-of-two, 34,": one person
    # named by an article and a singular noun, then the age in commas (news style).
    Pattern(
        "age after a person noun",
        rf"(?<=\b(?i:a|an|the|one|this|that|another)\s+(?:\p{{L}}+\s+)?"
        rf"(?:{KIN_EN}|{PERSON_EN}),\s*){NUM}(?=\s*[,;)]|\.(?!\d))",
        0.7,
    ),
    # "my little boy is four", "my nan in grimsby is 93 and", "Mum is 80 today": a
    # relative's age, digits or words, ending the clause.
    Pattern(
        "relative is n",
        rf"(?<=(?:\b(?i:my|our|his|her|their|your)\s+(?:\p{{L}}+\s+)?{KIN_EN}"
        # a lower-case name may follow the relative ("my husband youssef is 44")
        rf"(?:\s+\p{{Ll}}+(?<!\b(?i:who|that|which|now|still|really)))?"
        rf"|\b(?i:{KIN_AS_NAME}))"
        # (an aside in brackets may follow: "Nan (Aunty June) is 84")
        rf"(?:\s+(?i:in|from|at)\s+\p{{L}}+)?(?:\s*\([^()\n]{{1,30}}\))?"
        rf"\s+(?i:is|was|turned|has\s+just\s+turned)\s+"
        rf"(?:(?i:only|just|now|nearly|almost|still)\s+)?)(?:{NUM}|{EN_WORD_NUM})"
        # a baby's age in months or weeks ("Our bub is 7 months and"), not a term or a stage
        # ("is 30 weeks pregnant", "is 3 weeks post-op" do not end the clause)
        rf"(?:\s+(?i:months?|weeks?))?{END_EN}",
        0.7,
    ),
    # "my dad's 72 and", "dads 72, lives alone", "my boy's only twelve": the same with "is"
    # contracted, or its apostrophe dropped as chat does; the age must still end the clause.
    Pattern(
        "relative's n",
        rf"(?<=(?:\b(?i:my|our|his|her|their|your)\s+(?:\p{{L}}+\s+)?{KIN_EN}"
        rf"|\b(?i:{KIN_AS_NAME}))(?:['’]s|s)\s+"
        rf"(?:(?i:only|just|now|nearly|almost|still)\s+)?)(?:{NUM}|{EN_WORD_NUM}){END_EN}",
        0.7,
    ),
    # "My son Noah is 16 and", "Edna was 94 when": a capitalised name before "is" and an
    # age that ends the clause (checked against age_names.NOT_NAMES: "Leeds is 30" fails END_EN).
    Pattern(
        "name is n",
        rf"(?<=\b\p{{Lu}}\p{{Ll}}+(?:\s*\([^()\n]{{1,30}}\))?\s+(?i:is|was|turned|turns)\s+"
        rf"(?:(?i:only|just|now|nearly|almost|still)\s+)?)(?:{NUM}|{EN_WORD_NUM}){END_EN}",
        0.6,
    ),
    # "newbie here. 44, live in Geelong", "29, severe haemophilia A", "47, Ballymena, just
    # diagnosed", "78 and just been told": an introduction opening with the poster's age
    # (13-99), a comma and words, or one capitalised word (the town) ending the aside.
    Pattern(
        "age opening an introduction",
        r"(?<=(?:^|[.!?]\s+|\n|\b(?i:here)[.,:]?\s+))(?:1[3-9]|[2-9]\d)"
        # (a town of up to three words, a state's letters maybe: "44, Old Lyme CT.")
        r"(?=,\s+(?:\p{Ll}|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*[,.])"
        # ... or "and" and news of one's own ("78 and just been told I've got AF")
        r"|\s+and\s+(?i:just|i|i['’]ve|i['’]m|newly|recently|now|still|been|finally)\b)",
        0.6,
    ),
    # "told he had bowel cancer at 52,", "At seventy-eight, Bernard ...": the age of a life
    # event, in a clause that ends after the number. Not after a reading, a dose or a
    # clock time ("had my appointment at 10, then").
    Pattern(
        "at n after an event",
        rf"{AT_DIGIT}{NOT_AT_AGE_EN}"
        rf"(?<=\b{LIFE_EVENT_EN}\b[^.!?\n]{{0,60}}\b(?i:at)\s+){NUM}"
        rf"(?=\s*(?:[,;)!?]|$|{EMOJI})|\.(?!\d))",
        0.6,
    ),
    # "diagnosed with ADHD at seven 😮", "dx'd at nine.": an age in words after a diagnosis,
    # ending the clause ("diagnosed at seven o'clock" is not how a time is told).
    Pattern(
        "diagnosed at n in words",
        rf"(?<=\b(?i:diagnosed|dx['’]?d)\b[^.!?\n]{{0,60}}\b(?i:at)\s+){EN_WORD_NUM}\b"
        rf"(?=\s*(?:[,;)!?]|$|{EMOJI})|\.(?!\d))",
        0.6,
    ),
    # "diagnosed at 34 with MS", "had my first stroke at 41 and": the same, with the clause
    # going on after the age. 13 and over: "had my bloods at 9 and" is a time.
    Pattern(
        "at n after an event, clause goes on",
        rf"{AT_DIGIT}{NOT_AT_AGE_EN}"
        rf"(?<=\b{LIFE_EVENT_EN}\b[^.!?\n]{{0,60}}\b(?i:at)\s+){NUM13}"
        rf"{AT_GOES_ON_EN}",
        0.6,
    ),
    # "starting HRT at 49 changed everything", "being diagnosed at 30 was hard": a gerund
    # event as the subject, the age, then the clause's verb. 13 and over, as above.
    Pattern(
        "at n after an event, as a subject",
        rf"{AT_DIGIT}{NOT_AT_AGE_EN}"
        rf"(?<=\b{GERUND_EVENT_EN}\b[^.!?\n]{{0,60}}\b(?i:at)\s+){NUM13}"
        rf"(?=\s+{SUBJECT_VERB_EN}\b)",
        0.6,
    ),
    # "At 52 I never thought", "and at 29 she was told": "at" and an age before a subject.
    # Not "at 20 I think" (a hedge after a reading).
    Pattern(
        "at n, then a subject",
        rf"{AT_DIGIT}{NOT_AT_AGE_EN}"
        rf"(?<=\b(?i:at)\s+){NUM13}"
        rf"(?=,?\s+(?:I|[Ss]he|[Hh]e|[Ww]e|[Tt]hey)\s+(?!(?i:think|guess|mean|reckon|believe|"
        rf"suppose)\b))",
        0.6,
    ),
    # "Dafydd, who, at 72, has just finished", "she, at 90, still swims": an age set off by
    # commas after "at", the clause going on in lower case; 13 and over (", at 9, doors
    # open" is a time).
    Pattern(
        "at n, in commas",
        rf"(?<=,\s(?i:at)\s){NUM13}(?=,\s+\p{{Ll}})",
        0.6,
    ),
    # "At seventy-eight, Bernard", "At 52, I", "At 70, Joan": an age opening a sentence
    # (also after a closing quote: '..." At seventy-eight,'). Digits 13 and over, then a
    # person ("At 9, doors open" is a time, "At 50, the dose was raised" a dose).
    Pattern(
        "at n, opening",
        rf"(?<=(?:^|[.!?][\"'’”)]*\s+|\n|{EMOJI}\s*)(?i:at)\s+)(?:{EN_WORD_NUM}(?=,)|{NUM13}"
        r"(?=,\s+(?:I|[Ss]he|[Hh]e|[Ww]e|[Tt]hey|[Mm]y|[Hh]is|[Hh]er|[Oo]ur"
        r"|(?!(?:The|This|That|These|Those|It|There|An?)\b)\p{Lu}\p{Ll}+)\b))",
        0.6,
    ),
    # "🎂 Ninety-seven today!! 🎂", "95 today!": a line opening on an age, then "today" and an
    # exclamation, announces a birthday (13 and over in digits, as "5 today!" may be a count;
    # words from ten).
    Pattern(
        "n today!",
        # (at most 12 symbols before: emoji and spaces, kept short so the look-behind stays
        # cheap on long lines of emoji)
        rf"(?<=^[^\w\n]{{0,12}})(?:{NUM13}|{EN_WORD_NUM10})(?=\s+(?i:today)\s*!)",
        0.7,
    ),
    # "happy 18th to my girl", "Happy 90th Nan!", "happy 21st!": a birthday wish without the
    # word "birthday" (not "happy 10th anniversary").
    Pattern(
        "happy nth to",
        rf"(?<=\b(?i:happy)\s+){NUM}{ORD_EN}(?=\s+(?i:to)\b|\s*!|\s*,?\s+{KIN_EN}\b)",
        0.7,
    ),
    # "celebrated her 90th on the ward", "celebrating Mum's 5th": a possessive ordinal after
    # a celebration word is a birthday.
    Pattern(
        "possessive nth, celebrated",
        rf"{NOT_ONE_PERSONS}"
        rf"(?<=\b(?i:celebrat\w*|mark\w*|plann\w*|organis\w*|organiz\w*)\s+{POSS_EN}\s+)"
        rf"{NUM}{ORD_EN}{ORD_END_EN}",
        0.7,
    ),
    # "for his 100th yesterday", "it's Nan's 95th": weaker words, so 13 and over ("it's my
    # 2nd today" is a dose).
    Pattern(
        "possessive nth, for",
        rf"{NOT_ONE_PERSONS}"
        rf"(?<=(?:(?<!\b(?i:in|back|booked|ready|due|here|up|round)\s+)\b(?i:for)|"
        rf"\b(?i:it['’]s|it\s+is|it\s+was))\s+{POSS_EN}\s+){NUM13}{ORD_EN}{ORD_END_EN}",
        0.7,
    ),
    # "Mum's 80th!", "my nan's 95th today", "Sarah's 30th on Saturday": a person's
    # possessive ordinal, 13 and over, ending the clause (see NOT_ONE_PERSONS).
    Pattern(
        "someone's nth",
        rf"{NOT_ONE_PERSONS}(?<=\b(?:\p{{Lu}}\p{{Ll}}+|{KIN_EN})['’]s\s+)"
        rf"{NUM13}{ORD_EN}{ORD_END_EN}",
        0.7,
    ),
    # "her 90th party", "Dad's 60th bash", "my 5th party": an ordinal before a party word.
    Pattern(
        "nth party",
        rf"{NOT_ONE_PERSONS}(?<=\b{POSS_EN}\s+){NUM}{ORD_EN}"
        rf"(?=\s+(?i:party|bash|celebrations?|do|bday\s+party)\b)",
        0.7,
    ),
    # "Margaret (94)", "my nan (94)", "my son jack (7)" (a name typed in lower case after a
    # relative word and a possessive).
    Pattern(
        "age in brackets",
        rf"(?<=(?:\b\p{{Lu}}[\p{{Ll}}'’-]+|\b{KIN_EN}"
        rf"|\b(?i:my|our|his|her|their|your)\s+(?:\p{{Ll}}+\s+)?{KIN_EN}\s+\p{{Ll}}+)\s?)"
        rf"\((?:{NUM}|{EN_WORD_NUM})\)",
        0.6,
    ),
    # "dad (pete, 78)", "my son (Jack, 7)": a relative, then a name and the age in brackets.
    Pattern(
        "name and age in brackets",
        rf"(?<=\b{KIN_EN}\s?\(\p{{L}}[\p{{L}}'’-]+,\s?){NUM}(?=\))",
        0.7,
    ),
    # "(34F)", "[34 M]", "(34/f)", "(F34)", "(F, 34)", "Me (29M)": a forum age-sex tag in
    # brackets, two or three digits ("G(M2)", "(F1)" are codes; the bracket must not touch a
    # word). Lower-case "m" only after a slash or comma ("(34m)" is metres or minutes);
    # 95-110 before F is a fever in Fahrenheit ("(101F)"); "funding (34M)" is money; "Bay
    # (34F)", "bra (34F)" are a place and a size.
    Pattern(
        "age-sex tag",
        rf"(?<!\b{MONEY_EN}\b[^.!?\n]{{0,30}}|\b{NOT_TAG_BEFORE}\s*[(\[]\s?)"
        r"(?<=(?<!\w)[(\[]\s?)"
        rf"(?!(?:9[5-9]|10\d|110)\s?[Ff]\b)"
        rf"(?:{TAG_NUM}\s?(?:[MF]|f|(?i:nb))|{TAG_NUM}\s?[/,]\s?(?i:[mf]|nb)"
        rf"|(?:[MF]|f)\s?{TAG_NUM}|(?i:[mf])\s?[/,]\s?{TAG_NUM})(?=\s?[)\],/;|])",
        0.7,
    ),
    # "34F here", "28 F, diagnosed last year", "34M - long time lurker": a tag opening a
    # post or a sentence, or right after a greeting that opens it ("Hi all, 58 M from
    # Midland"), upper-case M/F only. Not "£34M", "34m of cable", "34 °F", "a 34F"
    # (a bra size), or "34F" followed by a unit or a noun.
    Pattern(
        "age-sex tag, opening",
        rf"(?<=(?:^|[.!?]\s+|\n)\s*"
        r"(?:(?i:hi|hey|hello|hiya)(?:\s+(?i:all|everyone|everybody|folks|guys|y'all))?\s*[,!]\s*)?)"
        rf"{TAG_NUM}\s?[MF](?!\s?[°º])"
        rf"(?=\s*[,:;/]|\s+(?:here|from|with|and|in|who|diagnosed|living)\b|\s+[-–—]\s)"
        rf"|(?<![£$€¥]\s?|[\d.,]|\b(?i:a|size|cup|bra)\s+){TAG_NUM}\s?[MF](?=\s+here\b)",
        0.7,
    ),
    # "F, 29. Tested HIV+ last week", "M, 45 - long time lurker": the same tag with the sex
    # first, opening a post or a line (upper-case M/F and a comma: "F 29" may be a seat or a
    # grid square; not a timetable's weekday letter before a time, "M, 10:30 – seated exercise").
    Pattern(
        "sex-age tag, opening",
        rf"(?<=(?:^|\n)\s*[MF],\s?){TAG_NUM}"
        r"(?=\s*[.,;](?!\d)|\s*:(?!\d)|\s+[-–—]\s(?!\d)|\s+(?:here|from|with)\b)",
        0.7,
    ),
    # "her 100th birthday", "Mum's 90th birthday", "happy 21st birthday": the possessive
    # keeps out "the NHS's 75th birthday".
    Pattern(
        "nth birthday",
        rf"(?<=\b(?:(?i:her|his|my|your|their|happy)|\p{{Lu}}\p{{Ll}}+['’]s|{KIN_EN}['’]s)"
        rf"\s+){NUM}(?i:st|nd|rd|th)\s+(?i:birthday|bday|b-day)\b",
        0.85,
    ),
    # "100th birthday wishes to Jessie Brodie": a birthday wished to a named person.
    Pattern(
        "nth birthday wishes to",
        rf"\b{NUM}(?i:st|nd|rd|th)\s+(?i:birthday|bday|b-day)\b"
        rf"(?=\s+(?i:wishes|greetings|congratulations|celebrations?)\s+(?i:to|for)\s+\p{{Lu}})",
        0.85,
    ),
    # "her first birthday", "Dad's eightieth birthday": the ordinal in words.
    Pattern(
        "nth birthday in words",
        rf"(?<=\b(?:(?i:her|his|my|your|their|happy)|\p{{Lu}}\p{{Ll}}+['’]s|{KIN_EN}['’]s)"
        rf"\s+){EN_ORDINAL_WORD}\s+(?i:birthday|bday|b-day)\b",
        0.85,
    ),
    # "turned 60", "turns 5 tomorrow", "turned ninety-one": not when a hospital or "it"
    # turned 75, nor any reader's age to come or reached ("offered when you turn 65", "once
    # you turn 50", "if you turned 45, go get your colonoscopy", "the letter comes the year
    # they turn 10").
    Pattern(
        "turned n",
        rf"(?<!\b{NOT_PERSON_SUBJECT}\s+(?:{AUX_EN}\s+){{0,2}}(?i:turn\w*)\s+)"
        r"(?<!\b(?i:when|once|until|till|before|after|if|as\s+soon\s+as|the\s+year|the\s+month|"
        r"the\s+day)\s+(?i:you|they)\s+"
        r"(?i:turn|turned|(?:have|['’]ve)\s+turned)\s+)"
        rf"(?<=\b(?i:turn|turned|turns|turning)\s+)(?:{NUM}|{EN_WORD_NUM}\b)"
        rf"(?:{END_EN}|(?=\s+(?i:on|in)\b))",
        0.85,
    ),
    # "she's 94", "I'm 52 and ...", "who was ninety-four when ...", "im 14 and", "hes 7 and"
    # (chat drops the apostrophe): the number ends the clause. Words from ten only after "I'm"
    # and "who": "I'm one." is one of a group far more often than a baby's age.
    Pattern(
        "she is n",
        rf"(?<=\b(?i:i['’]m|i\s+am|i\s+was|s?he['’]s|s?he\s+is|s?he\s+was|who\s+is|who\s+was"
        rf"|who['’]s|im|s?hes)\s+(?:(?i:only|just|now|nearly|almost|about|barely|still|already)"
        rf"\s+)?)(?:{NUM}|{EN_WORD_NUM10}\b){END_EN}",
        0.7,
    ),
    # "he's nine and", "she's two today": a child's age in words, after he or she only ("she's
    # one of", "he's one" stay out: one is a count as often as an age).
    Pattern(
        "she is n in words",
        rf"(?<=\b(?i:s?he['’]s|s?hes|s?he\s+is|s?he\s+was)\s+(?:(?i:only|just|now|nearly|almost"
        rf"|still|already)\s+)?)(?i:two|three|four|five|six|seven|eight|nine)\b{END_EN}",
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
]
