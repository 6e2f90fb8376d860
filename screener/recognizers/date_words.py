"""Regex building blocks of dates: calendar words, phrase ends, and named days of the year.

Assembled into patterns by date_patterns.py. Case-sensitive unless marked `(?i:)`: "May" and
"March" are months, "may" and "march" verbs.
"""

from __future__ import annotations

# --- calendar words -------------------------------------------------------------------------
DAY = r"(?:[12]\d|3[01]|0?[1-9])"
ORD_EN = r"(?i:st|nd|rd|th)"
# Years a living person's dates fall in; "1066" or "2999" are not.
YEAR = r"(?:19|20)\d{2}"
MONTH_EN = (
    r"(?:(?i:january|february|april|june|july|august|september|october|november|december)|"
    r"March|MARCH|May|MAY|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)"
)
WEEKDAY_EN = r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
MONTH_FR = (
    r"(?i:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    r"novembre|décembre|decembre|janv\.|févr\.|avr\.|juil\.|sept\.|oct\.|nov\.|déc\.)"
)
WEEKDAY_FR = r"(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
DAY_FR = rf"(?:(?i:1er|1ᵉʳ)|{DAY})"
# Not part of a longer number, version, IP address or time ("192.168.1.20", "3.8.0").
NOT_AFTER_NUMBER = r"(?<![\d.:/-])"
NOT_BEFORE_NUMBER = r"(?![\d:/-]|\.\d)"

# --- days without a month, and named days of the year --------------------------------------
# A day reference ends its phrase: punctuation, the end of a line, or a word that starts the
# next phrase ("on the 12th at 3pm", "on the 12th, Mum...", "le 12 au matin"). A noun right
# after it makes the number a modifier of that noun, not a date: "on the 3rd floor", "the 2nd
# dose", "le 12 rue des Lilas", "on 1/2 a tablet". A closed list of phrase starters covers
# every such noun, named or not, where a list of nouns to refuse ("floor", "cycle",
# "round"...) would always miss the next one. (Named days: see HOLIDAY_ENDS_EN.)
FUNCTION_EN = (
    r"but|so|then|when|while|as|because|if|after|before|at|around|about|in|on|with|for|from|"
    r"by|this|last|next|i|we|he|she|they|it|you|my|our|his|her|their|its|was|were|is|are|will|"
    r"would|had|has|have|did|got|too|again|please"
)
# Coordinators: "on the 5th and" ends a date, "on the 2nd and 3rd dose" does not (checked by
# refusing a number after them unless that number itself ends a date: DAY_ENDS_EN).
COORD_EN = r"and|or|to|until|till|through"
_FUNCTION_FR = (
    r"mais|puis|alors|donc|quand|lorsque|avec|sans|à|aux|en|pour|après|avant|chez|vers|dans|"
    r"depuis|je|j|il|elle|on|nous|vous|ils|elles|mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|"
    r"ce|cet|cette|c|ça|a|ai|ont|est|était|sera|suis|me|m|se|s|y|dernier|dernière|prochain|"
    r"prochaine"
)
_COORD_FR = r"et|ou|au"
# Punctuation, a symbol or an emoji ends the phrase; "-", "/", "%", "°"... continue a number.
_PUNCT_END = r"\s*(?:[^\w\s\-/%°+*=<>&]|$)"
END_EN = (
    rf"(?:{_PUNCT_END}|\s+(?i:{FUNCTION_EN})\b|"
    rf"\s+(?i:{COORD_EN})\b(?!\s+(?:(?i:the)\s+)?\d))"
)
_END_FR = (
    rf"(?:{_PUNCT_END}|\s+(?i:{_FUNCTION_FR})\b|"
    rf"\s+(?i:{_COORD_FR})\b(?!\s+(?:(?i:le)\s+)?\d))"
)
ORD_DAY_EN = rf"{DAY}{ORD_EN}"
# A day number ends a date: alone, or coordinated with another that does ("on the 5th and
# 6th"), or "of this month"; not "on the 10th and 50th centiles".
DAY_ENDS_EN = (
    rf"(?={END_EN}|\s+(?i:of)\s+(?i:this|next|last|the)\s+(?i:month)\b|"
    rf"\s*(?:&|-|–|(?i:{COORD_EN})\b)\s*(?:(?i:the)\s+)?{ORD_DAY_EN}{END_EN})"
)
DAY_ENDS_FR = rf"(?={_END_FR}|\s*(?:&|-|–|(?i:{_COORD_FR})\b)\s*(?:(?i:le)\s+)?{DAY_FR}{_END_FR})"
TIME_OF_DAY_EN = r"morning|afternoon|evening|night|lunchtime|teatime"
KIN_EN = r"mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandad|grandpa"
# After a named day, a lower-case noun is allowed ("Easter Sunday service at 10am" is on that
# day) unless a determiner makes the pair a thing ("our Halloween party", "the Boxing Day
# sales": not_a_date); a capitalised word names an event or campaign ("Mother's Day
# Appeal", "Valentine's Day Ball") and is refused here.
HOLIDAY_ENDS_EN = (
    rf"(?={END_EN}|\s+(?i:{TIME_OF_DAY_EN}|{KIN_EN})\b|\s+(?i:of)\s+(?:{YEAR}|"
    rf"(?i:all|that|this|last)\b)|\s+[a-z])"
)
HOLIDAY_ENDS_FR = rf"(?={_END_FR}|\s+(?i:matin|soir|midi|après-midi|nuit)\b)"

# Named days of the year. Each is one day of each year, exactly as "25 December" or "14 June"
# are, and day-month dates are reported without a cue (a day is a quasi-identifier however it
# is written): so these are reported alone, just below the explicit dates. They are not
# lifted like weekdays, since a weekday recurs every week and is mostly a schedule ("open on
# Saturday"), while "Boxing Day" or "la Toussaint" are written about one occurrence. Event
# and campaign names ("Mother's Day Appeal", "the Valentine's Day Ball") fail the phrase end
# or the determiner test, greetings and habits ("Happy Mother's Day", "every Christmas Eve")
# are dropped in DateMentionRecognizer.analyze (not_a_date). Words that also mean something
# else are case-sensitive: "Independence Day" (not "my independence day"), "Thanksgiving" (not
# "a thanksgiving service"), "Mother's Day" (not "ruined my father's day": a capital M/F or D),
# saints' days ("St George's Day", not "St George's day unit", a hospital's day-case unit).
HOLIDAY_EN = (
    r"(?i:christmas|xmas)\s+(?i:eve|day|morning|night)"
    r"|(?i:boxing\s+day|hogmanay|hallowe['’]?en|bonfire\s+night|pancake\s+day)"
    r"|(?i:new\s+year)(?:['’]?s)?\s+(?i:eve|day)"
    r"|(?i:(?:st\.?\s+|saint\s+)?valentine)(?:['’]?s)?\s+(?i:day)"
    r"|(?:Mother|Father)(?:['’]?s)?\s+(?i:day)|(?i:mother|father)(?:['’]?s)?\s+Day"
    r"|Mothering\s+Sunday"
    r"|(?:St\.?|Saint)\s+(?:Patrick|Paddy|Andrew|David|George|Stephen)['’]?s\s+Day"
    r"|(?:Good|Holy)\s+(?:Friday|Saturday)|Maundy\s+Thursday|Ash\s+Wednesday|Shrove\s+Tuesday"
    r"|Palm\s+Sunday|Whit\s+(?:Sunday|Monday)|(?i:easter)\s+(?i:sunday|monday|day|eve)"
    r"|Remembrance\s+(?:Sunday|Day)|Armistice\s+Day|Burns\s+Night|Guy\s+Fawkes['’]?\s+Night"
    r"|Thanksgiving(?:\s+Day)?|Independence\s+Day|Memorial\s+Day|Veterans['’]?\s+Day"
    r"|(?i:fourth)\s+of\s+July"
    # public holidays of the US, Canada, Australia and New Zealand, the Caribbean's
    # Emancipation Day ("overdosed at our camp on Labor Day")
    r"|Labou?r\s+Day|Presidents['’]?\s+Day|Columbus\s+Day|Juneteenth"
    r"|(?:Martin\s+Luther\s+King(?:,?\s+Jr\.?)?|MLK)\s+Day|Canada\s+Day|Victoria\s+Day"
    r"|Australia\s+Day|Anzac\s+Day|ANZAC\s+Day|Waitangi\s+Day|Emancipation\s+Day"
)
# "le jour de Noël", "la veille de Noël", "le soir du réveillon", "la Saint-Sylvestre", "le
# jour de l'An", "le lundi de Pâques", "la Toussaint", "la Fête des mères" ("le 14 Juillet"
# and "le 1er mai" are day-month dates already). Saints' days, "Toussaint" (also a surname)
# and "Fête des..." need their article "la"; "les vacances de la Toussaint" are a fortnight.
HOLIDAY_FR = (
    r"(?i:(?:jour|veille|soir|matin|nuit|lendemain|réveillon)\s+de\s+no[ëe]l"
    r"|(?:soir|nuit)\s+du\s+réveillon(?:\s+de\s+no[ëe]l|\s+de\s+la\s+saint-sylvestre|"
    r"\s+du\s+nouvel\s+an)?"
    r"|réveillon\s+(?:de\s+no[ëe]l|du\s+nouvel\s+an|de\s+la\s+saint-sylvestre)"
    r"|(?:veille\s+du\s+)?jour\s+de\s+l['’]an|premier\s+de\s+l['’]an"
    r"|(?:lundi|dimanche)\s+de\s+(?:pâques|paques|pentecôte|pentecote)|vendredi\s+saint"
    r"|jeudi\s+de\s+l['’]ascension|hallowe['’]?en)"
    r"|(?<=\b(?i:la)\s+)(?<!(?i:vacances|congés|conges)\s+de\s+la\s+)"
    r"(?i:saint-sylvestre|saint-valentin|saint-patrick|saint-jean|saint-nicolas|toussaint|"
    r"chandeleur|pentecôte|pentecote|f[êe]te\s+des\s+(?:m[èe]res|p[èe]res|grands-m[èe]res|"
    r"grands-p[èe]res))"
    r"|(?<=\b(?i:le|au|du)\s+)(?i:nouvel\s+an)"
)
