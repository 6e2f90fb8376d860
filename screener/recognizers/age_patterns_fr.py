"""The French age patterns of AgeRecognizer, in the order it runs them.

Built from the fragments of age_words.py; case-sensitive unless marked `(?i:)`.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from screener.recognizers.age_words import (
    ANS_FR,
    AVOIR_FR,
    END_FR,
    END_OF_POST_LINE,
    FOLLOW_UP_FR,
    FR_NUM,
    FR_WORD_NUM,
    KIN_FR,
    NAME_ASIDE,
    NOT_AGO_FR,
    NOT_PERSON_AVOIR_FR,
    NUM,
    ORD_END_FR,
    ORD_FR,
    PERSON_FR,
)

# A number, in digits or words, that ends a range before "à": "de 6 mois à 2 ans", "un à
# deux ans", "de 18 à 25 ans" are spans of time or group ranges, not someone's age.
_RANGE_START_FR = rf"(?:\d{{1,3}}|{FR_WORD_NUM})\s+(?:(?i:ans?|mois|semaines|jours)\s+)?"

FR_PATTERNS: list[Pattern] = [
    # "âgée de 78 ans", "âgé(e) de 3 mois", "âgé d'à peine 20 ans", "âgée de près de 80 ans":
    # singular only ("âgés de" is a group).
    Pattern(
        "âgé de n ans",
        rf"\b(?i:âgée?|agée?)(?:\s*\(e\))?\s+(?i:de\s+|d['’])"
        rf"(?:(?i:à\s+peine|seulement|presque|tout\s+juste|juste|environ|près\s+de|bientôt|"
        rf"déjà)\s+)?{FR_NUM}\s+{ANS_FR}\b{END_FR}",
        0.85,
    ),
    # "à l'âge de 78 ans": not "à partir de l'âge de 65 ans", "dès l'âge de 3 ans".
    Pattern(
        "l'âge de n ans",
        rf"(?<!\b(?i:partir|dès|avant|après|jusqu['’]à|plus|moins|sous|depuis)\s+(?:de\s+)?)"
        rf"\b(?i:l['’]âge|l['’]age)\s+de\s+{FR_NUM}\s+{ANS_FR}\b{END_FR}",
        0.85,
    ),
    # "elle a 78 ans", "il n'a que 16 ans", "il a soixante-dix-huit ans": not "il y a 10 ans"
    # (ago), "on a deux mois pour" (time left).
    Pattern(
        "a n ans",
        rf"(?<=\b{AVOIR_FR}\s+){NOT_AGO_FR}{NOT_PERSON_AVOIR_FR}{FR_NUM}\s+{ANS_FR}\b{END_FR}",
        0.7,
    ),
    # "un homme de 45 ans", "ma grand-mère de 92 ans", "un bébé de 3 mois", "un motard de
    # 19 ans", "mon père de soixante-dix ans", "la petite de 4 ans" ("petit(e)" as a noun,
    # right before "de": "une petite pause de 4 ans" is not a person). Not "enceinte de 7
    # mois" (a pregnancy).
    Pattern(
        "personne de n ans",
        rf"(?<!\b(?i:enceinte)\s+de\s+)"
        rf"(?<=(?:\b(?:{KIN_FR}|{PERSON_FR})(?:\s+\p{{L}}+)?"
        rf"|\b(?i:le|la|un|une|mon|ma|son|sa|notre|votre|leur)\s+"
        rf"(?i:(?:petite?\s+)?(?:petite?|grande?|gamine?|gosse|puce|bonhomme|loulou|poussin|champion|"
        rf"championne|princesse))"
        rf")\s+de\s+){FR_NUM}"
        rf"\s+{ANS_FR}\b{END_FR}",
        0.85,
    ),
    # "fête ses 100 ans", "pour mes 40 ans", "du haut de ses 8 printemps", "souffle ses 95
    # bougies"
    Pattern(
        "ses n ans",
        rf"(?<=\b(?i:ses|mes|tes)\s+){FR_NUM}\s+(?i:ans|printemps|bougies)\b{END_FR}",
        0.85,
    ),
    # "pour son 90e, ...", "fêter son 100e samedi": a possessive ordinal after a celebration
    # word or "pour", ending the clause (not "pour sa 3e chimio", "son 5e cycle").
    Pattern(
        "son ne, fêté",
        rf"(?<=\b(?i:fêt\w*|célébr\w*|pour)\s+(?i:son|mon|ton)\s+){NUM}{ORD_FR}{ORD_END_FR}",
        0.7,
    ),
    # "son 100e anniversaire", "Joyeux 100e anniversaire": not "son 50e anniversaire de
    # mariage" (a wedding) or "de diagnostic"; "de naissance" is kept.
    Pattern(
        "ne anniversaire",
        rf"(?<=\b(?i:son|mon|ton|ses|mes|joyeux|bon|heureux)\s+){NUM}{ORD_FR}\s+"
        r"(?i:anniversaire)\b"
        r"(?!\s+(?:de|d['’])\s*(?!(?i:naissance)\b)\p{Ll})",
        0.85,
    ),
    # "Marie Dupont, 78 ans, ...", "M. Dubois (Bulle), 72 ans," (a place or a role in brackets
    # after the name), "Mme Odette P., 67 ans" (an initial): checked against
    # age_names.NOT_NAMES like the English form.
    Pattern(
        "âge après un nom",
        rf"(?<=\b\p{{Lu}}[\p{{Ll}}'’-]+(?:[\s-]+\p{{Lu}}[\p{{Ll}}'’-]+){{0,2}}(?:\s\p{{Lu}}\.)?"
        rf"{NAME_ASIDE},\s*)"
        rf"{FR_NUM}\s+(?i:ans)\b(?=\s*[,;)!]|\.(?!\d)|\s+(?i:qui|et)\b)",
        0.7,
    ),
    # "C., vingt-six ans, suivie dans notre service": an initial standing for a name
    Pattern(
        "âge après une initiale",
        rf"(?<=(?:^|[\s(])\p{{Lu}}\.,\s*){FR_NUM}\s+(?i:ans)\b(?=\s*[,;)!]|\.(?!\d)|\s+(?i:qui|et)\b)",
        0.7,
    ),
    # "Je me lance… 34 ans, frottis revenu HPV+": the poster's age after introducing themself
    Pattern(
        "âge après je me lance",
        r"(?<=(?i:je\s+me\s+(?:lance|pr[ée]sente))\W{1,4})(?:1[3-9]|[2-9]\d)\s+ans(?=\s*,)",
        0.6,
    ),
    # "Bravo à Jeanne, 91 ans 👏", "Lucie, 7 ans" ending a caption: the aside closed by an
    # emoji or the line's end; age_names keeps it only after a known first name ("Bilan, 10
    # ans 🎉" is an anniversary).
    Pattern(
        "âge après un prénom, fin de ligne",
        rf"(?<=\b\p{{Lu}}[\p{{Ll}}'’-]+,\s*){FR_NUM}\s+(?i:ans)\b(?={END_OF_POST_LINE})",
        0.7,
    ),
    # "Raymond, membre du groupe depuis le début, 74 ans, cancer ...": a number of years set
    # off by commas, after a name (not opening its sentence) or a person word earlier in the
    # sentence; not a duration ("depuis 10 ans", "il y a 3 ans", "pendant 5 ans" have their
    # word right before the number, not a comma), nor an anniversary ("Bilan, 10 ans, bravo").
    Pattern(
        "n ans entre virgules",
        rf"(?<=(?:\b(?:{KIN_FR}|{PERSON_FR})|[^.!?\n][\s'’]\p{{Lu}}\p{{Ll}}+)[^.!?\n]{{0,80}},\s?)"
        rf"{FR_NUM}\s+(?i:ans)\b(?=\s*,)",
        0.6,
    ),
    # "(78 ans)", "(42 ans!!)", "(52 ans, de Saint-Flour)": a bracketed number of years opening the
    # brackets is an age in news style.
    Pattern(
        "(n ans)",
        rf"\({FR_NUM}\s+(?i:ans)\s*[!?]*\)|(?<=\(){FR_NUM}\s+(?i:ans)\b(?=\s*[,;!?])",
        0.7,
    ),
    # "(SS, 5 ans)", "(Lina, 7 ans)": a name or a short word, a comma, then the number of years
    # closing the brackets (a duration would not stand alone there).
    Pattern(
        "(nom, n ans)",
        rf"(?<=\(\p{{L}}[\p{{L}}'’-]{{0,20}},\s?){FR_NUM}\s+(?i:ans|mois)(?=\s*\))",
        0.7,
    ),
    # "34 ans et on vient de me diagnostiquer", "45 ans, maman de deux enfants", "67 ans,
    # Périgueux.": a post or a
    # sentence opening with the poster's age (13-99), then "et" or a comma and a word of
    # their own ("10 ans que je me bats", "3 ans, c'est long" are durations: other words).
    Pattern(
        "âge ouvrant une présentation",
        # (a thread's counter may come first: "1/3 34 ans, maman depuis 4 mois")
        r"(?<=(?:^|[.!?…]\s+|\n)(?:\d{1,2}/\d{1,2}\s+)?)(?:1[3-9]|[2-9]\d)\s+ans"
        r"(?=(?:\s+et|\s*,)\s+"
        r"(?:(?i:je|j['’]|on\s+(?:vient|m['’]|me)|me|m['’]|mon|ma|mes|maman|papa|mère|père|"
        # ... or one's own state of health ("71 ans, sous morphine", "45 ans, opérée")
        r"sous(?=\s+(?!(?:la|le|les|l['’]|un|une)\b))|op[ée]r[ée]e?|diagnostiqu[ée]e?|atteinte?|enceinte|diab[ée]tique|hospitalis[ée]e?|"
        r"greff[ée]e?|en\s+r[ée]mission|suivie?)\b"
        # ... or the poster's town, one capitalised word ending the aside ("67 ans, Périgueux.")
        r"|\p{Lu}[\p{L}'’-]+\s*[,.]))",
        0.6,
    ),
    # "morte à 94 ans", "opérée à quarante-cinq ans": not "de 18 à 25 ans", "6 mois à 2 ans",
    # "jusqu'à 5 ans", "la survie à 5 ans" (FOLLOW_UP_FR).
    Pattern(
        "à n ans",
        rf"(?<=\b(?i:à)\s+)(?<!\b{_RANGE_START_FR}(?i:à)\s+)(?<!(?i:jusqu['’]à)\s+)"
        rf"(?<!\b{FOLLOW_UP_FR}\s+(?:\p{{L}}+\s+){{0,3}}(?i:à)\s+){FR_NUM}\s+(?i:ans?)\b{END_FR}",
        0.6,
    ),
    # "octogénaire", "nonagénaire" (singular)
    Pattern(
        "-génaire",
        r"\b(?i:(?:quadra|quinqua|sexa|septua|octo|nona)g[ée]naire|supercentenaire)\b",
        0.85,
    ),
]
