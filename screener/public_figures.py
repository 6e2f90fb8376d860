"""Public figures: people a post names in a public role or as having made their health public.

Their health news is already public (docs/verdict-rules.md), so their name does not make a post
health data: "broadcaster Marcus Delaney", "Sir Chris Hoy", "Rob Burrow went public with his
MND", "the interview where Selena Gomez talks".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from screener.not_people import is_namesake
from screener.posters import in_first_person, thanked_for_their_story
from screener.quotes import open_quote_before
from screener.sentences import sentence, sentence_of
from screener.types import Finding

# A nationality adjective in French, lower case ("ivoirienne", "belge", "anglais", "suisse"),
# as it follows a role ("la chanteuse ivoirienne", "le chirurgien anglais"); staff.py uses it
# too.
FRENCH_NATIONALITY = r"[a-zé]+(?:ienne|ien|aise|ais|oise|ois|aine|ain|ane|an|ge|que|se)"
# A public role right before a name introduces a public figure speaking in their own name,
# whose health news is already public ("broadcaster Marcus Delaney", "Health Secretary Yvonne
# Achterberg", "la chanteuse Léna Marceau", "l'ancien ministre ...", "Ex-Wales hooker Rhod
# Lewis", "l'ancien champion de judo Marc ..."): a national or olympic side before any sport
# role makes it public.
_PUBLIC_BEFORE = re.compile(
    r"(?:\b(?:broadcaster|presenter|actor|actress|singer|footballer|cricketer|athlete|olympian|"
    r"paralympian|comedian|author|novelist|writer|poet|musician|rapper|journalist|mp|minister|"
    r"rappeu(?:r|se)|"
    r"secretary|senator|mayor|chanteuse|chanteur|acteur|actrice|animat(?:eur|rice)|"
    # a parliament's Speaker, capitalised as a title right before the name ("Speaker Tyrone
    # Deiranauw ..."; not "guest speaker", nor "Speaker for our night is my sister Jen")
    r"(?-i:Speaker)(?!\s+(?:for|of|at|on|is|was|will)\b)|"
    r"com[ée]dien(?:ne)?|footballeur|ministre|d[ée]put[ée]e?|s[ée]nat(?:eur|rice)|journaliste|[ée]crivaine?|"
    r"humoriste|maire|star|célébrité|celebrity|bourgmestre|[ée]chevine?|pr[ée]f[eè]te?|"
    # a festival's or a genre's top act ("Country music headliner Jimmy ...", "Festival
    # headliner"; not a hospital's talent night's "Tonight's headliner")
    r"(?:music|festival|fest|country|rock|pop|jazz|folk|gospel|blues|comedy|reggae|soca)\s+"
    r"headliner|"
    # television's and radio's faces ("Look North weatherman Gary ...", "la présentatrice météo")
    r"weather(?:man|woman|girl|\s+presenter)|newsreader|news\s+anchor|forecaster|"
    # a station's anchor ("KFYR-TV morning anchor Brett ...", "evening anchor") and a famous
    # sled-dog racer ("four-time Yukon Quest champion musher Dale ..."; not a "local musher")
    r"(?:morning|evening|nightly|weekend|tv|television)\s+anchor|"
    r"(?:champion|iditarod|yukon\s+quest)\s+musher|"
    r"pr[ée]sentat(?:eur|rice)(?:\s+m[ée]t[ée]o)?|"
    r"skieu(?:r|se)|nageu(?:r|se)|athl[èe]te|judoka|boxeu(?:r|se)|rugbyman|tennis(?:wo)?man|"
    # cross-country skiers, medallists; a genre's or a sport's legend ("salsa legend Tito
    # ...", "la légende du rodéo"), not a shop's or a ward's ("our Tuesday legend", "Absolute
    # legend, Marg")
    r"fondeu(?:r|se)|"
    r"(?:salsa|bolero|merengue|bachata|reggaeton|cumbia|tango|flamenco|fado|calypso|soca|"
    r"dancehall|highlife|afrobeats?|zouk|kompa|folk|bluegrass|opera|rap|hip-hop|punk|metal|"
    r"country|rock|pop|jazz|blues|soul|reggae|gospel|music|soap|screen|film|movie|tv|"
    r"hollywood|rodeo|rugby|football|soccer|cricket|tennis|boxing|racing|golf|hockey|baseball|"
    r"basketball|nfl|nba|nhl|mlb|olympic|comedy|radio)\s+legend|"
    r"l[ée]gende\s+(?:du|de\s+la|des)\s+[\w-]+|"
    r"cycliste\s+pro(?:fessionnel(?:le)?)?|(?<=\bancien\s)cycliste|"
    # a racing cyclist ("l'ancien coureur cycliste Jean-Marie ...")
    r"coureu(?:r|se)\s+cycliste|"
    # a former national team player ("l'ancien international Rudy ...", "l'ancienne
    # internationale")
    r"(?<=\bancien\s)international|(?<=\bancienne\s)internationale|"
    # sportspeople by their sport ("Irish rugby player Cian ...", "la patineuse Clémence ...")
    r"rugby\s+(?:player|star|international)|tennis\s+(?:player|star)|golfer|jockey|boxer|"
    # North American sport ("former pro linebacker Marcus ...", "NHL goalie")
    r"linebacker|quarterback|pitcher|goalie|"
    # a former professional by the position they played ("former Bruins winger", "Ex-United
    # striker"): not a club's or a school's player ("under-12s goalkeeper", "our U16 point
    # guard")
    r"(?:former|ex-?|retired|pro|professional|legendary)\s*(?-i:[A-Z][\w'’.-]*\s+){0,2}"
    r"(?:goaltender|goalkeeper|winger|striker|midfielder|defen[cs]eman|slotback|shortstop|"
    r"running\s+back|wide\s+receiver|point\s+guard|"
    # (basketball's, rugby's and cricket's positions: "former Suns forward", "ex-Leinster
    # prop", "retired Lions centre")
    r"forward|guard|center|centre|defender|fullback|full-back|prop|hooker|flanker|lock|"
    r"fly-half|scrum-half|wicketkeeper|keeper|catcher|outfielder|batsman|bowler|"
    # (a national side's former captain: "former Kumuls captain Tony ...")
    r"captain|skipper)|"
    # a national side's cricketer by their craft ("West Indies fast bowler", "England spin
    # bowler"; not a club's: "Skeldon Sports Club opening batsman")
    r"(?-i:West\s+Indies|Windies|England|Australia|India|Pakistan|Sri\s+Lanka|New\s+Zealand|"
    r"South\s+Africa|Bangladesh|Zimbabwe|Ireland|Afghanistan)\s+"
    r"(?:fast|spin|seam|opening)\s+(?:bowler|batsman|batter)|"
    r"(?:nfl|nba|nhl|mlb|hockey|baseball|basketball|"
    r"football)\s+(?:player|star|legend)|"
    r"swimmer|gymnast|sprinter|skater|patineu(?:r|se)|gymnaste|golfeu(?:r|se)|"
    r"joueu(?:r|se)\s+de\s+(?:rugby|tennis|foot(?:ball)?|basket|hand(?:ball)?|hockey)|"
    r"basketteu(?:r|se)|handballeu(?:r|se)|"
    # ocean racers of record ("la navigatrice ...")
    r"navigat(?:eur|rice)|"
    r"gouverneure?|governor|"
    # Swiss cantonal ministers ("le conseiller d'État chargé de la santé, Alain Perrenoud")
    r"conseill(?:er|[eè]re)\s+(?:d['’][ÉEée]tat|f[ée]d[ée]ral(?:e)?)(?:\s+charg[ée]e?\s+(?:de|du|des)"
    r"\s+(?:la\s+|l['’])?[\w'’-]+)?|"
    # someone a documentary, an interview or a podcast is about ("le docu de Lady Gaga")
    # ("le doc sur X" too; "le doc de X" is X's doctor)
    r"docu(?:mentaire)?\s+(?:de|sur|about|on)|doc\s+sur|documentary\s+(?:about|on|with)|"
    r"interview\s+(?:with|de|of)|podcast\s+(?:with|de))\b"  # a whole word: "Mpho" is no "MP"
    r"(?:\s+(?:of|for|de|du|d['’])\s*(?:la\s+|l['’]|the\s+)?[\w'’-]+)?"
    # (a minister's portfolio of several words: "ministre des Affaires sociales et de la
    # Santé", "Minister for Health and Social Care")
    r"(?:\s+(?:des|of|for|de|du|d['’])\s*(?:la\s+|l['’]|the\s+)?[\w'’-]+"
    r"(?:\s+(?:et|and|de|des|du|la|le|l['’]|the|of|&)?\s*[\w'’-]+){0,5})?|"
    r"\b(?:olympic|paralympic|gb|england|wales|scotland|ireland|international|world|"
    r"olympique|paralympique)\s+(?:[\w-]+\s+)?[\w-]+|"
    r"\bchampion(?:ne)?\s+(?:olympique\s+|du\s+monde\s+)?(?:de|du|d['’])\s*[\w-]+"
    # (with its discipline: "champion de France de cyclo-cross")
    r"(?:\s+(?:de|du|d['’])\s*[\w-]+){0,2}|"
    # a world champion of a discipline ("eight-time world champion saddle bronc rider")
    r"\bworld\s+champion(?:\s+[\w-]+){0,3})"
    # a nationality may follow ("la chanteuse ivoirienne", "du rappeur belge"); a first name
    # the NER left out may sit between ("la ministre, Élise Vandamme"), or a title ("le maire
    # de Matane, M. Gilles Bérubé")
    # (and a genre or a region before it: "le chanteur country beauceron Bruno ...")
    rf"(?:\s+(?-i:country|folk|rock|pop|jazz|gospel|rap|soul|blues|reggae|zouk|kompa))?"
    rf"(?:\s+(?-i:{FRENCH_NATIONALITY}|[a-zé]+(?:sh|ch)|[a-zé]{(3,)}(?:on|onne)))?"
    # (or a minister's style: "the Minister of Health, the Hon. Marcia ...")
    r",?\s*(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|(?:the\s+)?(?:Rt\.?\s+)?Hon\.?)\s+)?"
    r"(?:[A-ZÀ-Ý][\w'’-]*\s+)?$",
    re.IGNORECASE,
)
# ... or after the name, as an apposition ("Jess Harlow the olympic rower", "Léna Marceau, la
# chanteuse"): a determiner, at most one word, then the role; "olympic" / "paralympic" / "world
# champion" make any sport a public role.
_PUBLIC_AFTER = re.compile(
    r"^\s*[,(]?\s*(?:(?:(?:the|an?|la|le|notre)\s+|l['’]\s*)(?:(?:olympic|paralympic|olympique|"
    r"paralympique|gb|england|wales|scotland|ireland|international|world\s+champion|"
    r"champion(?:ne)?\s+du\s+monde)\s+[\w-]+|(?:[\w-]+\s+)?"
    r"(?:broadcaster|presenter|actor|actress|singer|footballer|olympian|paralympian|comedian|"
    r"author|novelist|journalist|mp|minister|senator|chanteuse|chanteur|acteur|actrice|"
    r"animat(?:eur|rice)|com[ée]dien(?:ne)?|footballeur|ministre|d[ée]put[ée]e?|journaliste|"
    # (a presenter, an elected head of a town or region: "l'ancien présentateur de la météo",
    # ", maire de Moundou", ", Governor of ...")
    r"humoriste|"
    # (a presenter of the news or the weather, not of a village's lotto)
    r"pr[ée]sentat(?:eur|rice)(?=\s+(?:de\s+la\s+|du\s+|des\s+)?(?:m[ée]t[ée]o|journal|jt|"
    r"t[ée]l[ée]|radio|tv|infos|[ée]mission))))"
    r"|^\s*,\s*(?:maire|mayor|governor|gouverneure?|pr[ée]f[eè]te?)\s+(?:de|du|des|of|d['’])\s*"
    r"(?-i:[A-ZÀ-Ý])[\w'’-]*"
    # a member of a government ("Yolande Hmae, membre du gouvernement en charge de la santé",
    # "Cllr Ruth Mensah, member of the Executive")
    r"|[,(]\s*(?:membre|member)\s+(?:du\s+gouvernement|of\s+the\s+(?:government|cabinet))"
    # (not a pupils' or a youth council's: "membre du gouvernement des jeunes du lycée")
    r"(?!\s+(?:des|du|de\s+la|of\s+the)\s+(?:jeunes|enfants|[ée]l[èe]ves|lyc[ée]e|coll[èe]ge|"
    r"youth|students|pupils|school))"
    # a royal title after the name ("Kate, the Princess of Wales")
    r"|(?:(?:the|la|le)\s+)?(?:princess|prince|duchess|duke|king|queen|princesse|duchesse|duc|"
    r"roi|reine)\s+(?:of|de|d['’])"
    # a champion of record, with or without a determiner ("Jean-Luc Mercadier, ancien
    # champion olympique de ski"; not "world champion napper")
    r"|[,(]?\s*(?:(?:l['’]|le|la|the|an?)\s+)?(?:ancien(?:ne)?\s+|former\s+)?"
    r"champion(?:ne)?\s+(?:olympique|du\s+monde|de\s+france|d['’]europe)"
    # someone heard or seen in the media ("X off the evening news", "Y on the radio")
    r"|(?:off|on|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:news|telly|tv|radio|television)"
    # ... or in their own published work ("Maud Kerjean dans son documentaire sur sa SLA",
    # "in her memoir")
    r"|(?:dans|in)\s+(?:son|sa|her|his|their)\s+(?:(?:new|latest|nouveau|dernier)\s+)?"
    r"(?:documentaire|docu|livre|autobiographie|documentary|memoir|autobiography|book))\b",
    re.IGNORECASE,
)
# A full name that made its health public: a knighthood before it ("Sir Chris Hoy"), or after
# it a documentary or an interview about them ("the Celine Dion documentary"), going public
# ("Rob Burrow went public with his MND", "Céline Dion a parlé publiquement de", "Lewis
# Capaldi talking so openly about"). Only full names, and only words of speaking in public:
# "Jane Smith opened up about her cancer" may be a member, "Sarah spoke openly" too.
# Honours are case-sensitive: French "dame" is a lady.
_HONOURS_BEFORE = re.compile(r"\b(?:Sir|Dame)\s+$")
# Royals go by one name ("Princess Anne", "le prince William"), public by birth.
_ROYAL_BEFORE = re.compile(
    r"\b(?:Princess|Prince|King|Queen|Duke|Duchess|Pope|(?i:la\s+princesse|le\s+prince|le\s+roi|"
    r"la\s+reine|le\s+pape))\s+$"
)
# A regnal number right after a name ("Louis XVIII", "Jean-Paul II", "Henri IV"): a monarch or
# a pope of history. II to XXXIX in capitals, a whole word of two letters or more (a single
# letter is an initial: "Kerry V", "Sarah and I").
_REGNAL_NUMBER = re.compile(r"\s+(?=[IVX]{2,}\b)X{0,3}(?:IX|IV|V?I{0,3})(?![\w'’-])")
# Any name, one word too ("Stromae"), heard in the media or in a work of theirs: "parle de son
# endométriose à la télé", "the interview where Selena Gomez talks", "la chanson où Stromae
# a parlé"; or credited with making a condition known ("Thanks to Davina McCall and others,
# more women now recognise ...", "Grâce à Céline Dion, beaucoup de Québécois ont entendu").
_MEDIA_WORK_BEFORE = re.compile(
    r"\b(?:interview|documentary|docu(?:mentaire)?|podcast|song|chanson|album|memoir|book|"
    r"livre|film|show|émission)\s+(?:where|in\s+which|où|dans\s+la(?:quelle)?|dans\s+le(?:quel)?)"
    r"\s+$"
    # a work's title in quotes, then its author ("« L'enfer » de Stromae", '"Fix You" by'); a
    # title opens with a capital: "les 20 ans de « maison » de Yannick" is a figure of speech
    r"|[«“\"]\s*(?-i:[A-ZÀ-Ý0-9])[^«»“”\"\n]{0,60}[»”\"]\s+(?:de|by|d['’])\s*$",
    re.IGNORECASE,
)
_IN_THE_MEDIA_AFTER = re.compile(
    r"^[^.!?\n]{0,70}?\b(?:à\s+la\s+(?:télé|tv|radio|télévision)|on\s+(?:tv|telly|"
    r"television|the\s+radio)|dans\s+les\s+m[ée]dias|in\s+the\s+(?:media|press)|"
    # national channels ("sur France 2", "on BBC One", "on ITV")
    r"(?:sur|on)\s+(?:France\s*\d|TF1|M6|Arte|RTL|BFM\w*|RTS|RTBF|Radio-Canada|TVA|BBC\s*\w*|"
    r"ITV|Channel\s*\d|CNN|RT[ÉE]))\b",
    re.IGNORECASE,
)
# A name the post calls its own ("Kévin, notre seul pair-aidant, ... à la radio"): one of the
# group or the staff telling their story in the media, not a public figure.
_OURS_AFTER = re.compile(r"^\s*,?\s*(?:notre|nos|our|my|mon|ma)\b", re.IGNORECASE)
# Seen or heard speaking ("Did anyone see Selena Gomez talking about her lupus"): a full name
# watched or listened to as they talk about their health, in the media.
_WATCHED_BEFORE = re.compile(
    r"\b(?:see|saw|seen|watch|watched|watching|hear|heard|vu|entendu|regardé)\s+$", re.IGNORECASE
)
_TALKING_AFTER = re.compile(
    # the show may come between ("Sir John Kirwan on Breakfast this morning talking about")
    # ... or who they are ("Sione Tuimavave, the Blues prop, talking about")
    r"^(?:\s+on\s+[^.!?\n]{1,40}?|\s*,[^,.!?\n]{1,40},)?\s+(?:talking|speaking|talk|speak|"
    r"opening\s+up|open\s+up|parler|témoigner)\b",
    re.IGNORECASE,
)
_CREDITED_BEFORE = re.compile(r"\b(?:thanks\s+to|grâce\s+à)\s+$", re.IGNORECASE)
_MANY_NOW_AFTER = re.compile(
    r"^(?:\s+and\s+others|\s+et\s+d['’]autres)?\s*,\s*(?:many|more|most|lots\s+of|thousands|"
    r"beaucoup|de\s+nombreu(?:x|ses)|des\s+milliers|plus\s+de|tant\s+de)\b",
    re.IGNORECASE,
)
_WENT_PUBLIC_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:documentary|docu|doc|biopic|interview|memoir|autobiography|book|podcast|"
    r"film|album|livre|biographie)\b"
    r"|^[^.!?\n]{0,80}?\b(?:(?:went|gone|goes|going)\s+public|"
    # told in the press ("qui a raconté dans la presse son combat", "told the press")
    r"(?:raconté|parlé|témoigné)\s+dans\s+(?:la\s+presse|les\s+m[ée]dias|son\s+livre)|"
    r"(?:told|spoke\s+to)\s+the\s+(?:press|media)|"
    r"(?:spoke|spoken|speaks|speaking|talked|talks|talking|written|wrote|shown|showed|shared)\s+"
    r"(?:so\s+|very\s+)?(?:publicly|openly)|"
    r"(?:parlé|parle|témoigné|révélé|raconté)\s+(?:si\s+|très\s+)?(?:publiquement|ouvertement)|"
    r"(?:lui-même|elle-même|himself|herself)\s+(?:annoncé|announced|révélé|revealed|"
    r"fait\s+conna[îi]tre|made\s+public)|"
    r"rendu\s+publi(?:c|que))\b",
    re.IGNORECASE,
)
# Told in public, not only openly ("spoke publicly", "a parlé publiquement").
_IN_PUBLIC = re.compile(
    r"\b(?:publicly|publiquement|in\s+public|en\s+public|"
    # ... or in the media ("au journal de 20 h", "on BBC Breakfast", "in the press")
    r"journal|jt|t[ée]l[ée]|tv|radio|presse|press|news|bbc|itv|rtl|tf1|france\s*\d)\b",
    re.IGNORECASE,
)
# ... or, in French, before it ("comme l'a raconté publiquement Céline Dion").
_WENT_PUBLIC_BEFORE = re.compile(
    r"\b(?:raconté|annoncé|révélé|parlé|témoigné|confié|dit)\s+(?:publiquement|ouvertement)"
    r"\s+$",
    re.IGNORECASE,
)
# Told at the group's own meeting ("talking so openly about living with bipolar at last
# night's meeting", "à la réunion de jeudi"): a member, not a public figure. (Used with
# match(text, pos): no "^", which would only match at the text's start.)
_AT_OUR_MEETING = re.compile(
    r"[^.!?\n]{0,120}?\b(?:at|in)\s+(?:(?:the|our|last\s+night['’]s|tonight['’]s|today['’]s|"
    r"this\s+week['’]s|yesterday['’]s|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s)\s+)?"
    r"(?:meeting|group|session|meet-?up|café|cafe|coffee\s+morning)\b"
    r"|[^.!?\n]{0,120}?\b(?:à\s+la\s+r[ée]union|au\s+groupe|au\s+caf[ée]|à\s+la\s+rencontre)\b",
    re.IGNORECASE,
)
# A capitalised word right before a one-word name: its first name ("Mathieu Carrère").
_FIRST_NAME_BEFORE = re.compile(r"\b[A-ZÀ-Ý][\w'’-]+\s+$")
# ... and right after it: its surname, which the NER left out ("the Rob Burrow documentary").
_SURNAME_AFTER = re.compile(r"^\s+[A-ZÀ-Ý][\w’-]+(?=['’]s\b|\s|$)")
# A possessive before a public role makes it the group's own ("notre animatrice Fanny", "our
# presenter"): a member of staff or of the group, not a public figure.
# (up to two words between: "Our Tuesday salsa legend Rosa", "our family's Minister of Snacks")
_OWN_ROLE = re.compile(
    r"\b(?:our|my|notre|nos|mon|ma|leur|their)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)
# Roles that make a public figure of a full name only ("reggae legend Desmond Pryce", "world
# champion bronc rider Cody Lindqvist"): "Country legend Gary", "world champion worrier Betty"
# are the club's or the family's.
_FULL_NAME_ROLE = re.compile(r"legend|world\s+champion", re.IGNORECASE)


def is_public_figure(text: str, finding: Finding) -> bool:
    """A person introduced by a public role ("broadcaster Marcus Delaney", "Jess Harlow the
    olympic rower")."""
    if finding.entity_type != "PERSON":
        return False
    # (80 characters: a minister's portfolio may run long, "ministre des Affaires sociales et
    # de la Santé, Mme"; the role must still end right before the name)
    before = text[max(0, finding.start - 80) : finding.start]
    role = _PUBLIC_BEFORE.search(before)
    if (
        role
        and not _OWN_ROLE.search(before[: role.start()])
        and (" " in finding.text.strip() or not _FULL_NAME_ROLE.search(role.group()))
    ):
        return True
    if _PUBLIC_BEFORE.search(finding.text + " "):
        return True  # the NER took the role for the name ("Ex-Wales hooker")
    if _PUBLIC_AFTER.match(text[finding.end : finding.end + 40]):
        return True
    after = text[finding.end : finding.end + 80]
    ours = _OURS_AFTER.match(after) or _OWN_ROLE.search(before)
    if not ours and (_MEDIA_WORK_BEFORE.search(before) or _IN_THE_MEDIA_AFTER.match(after)):
        return True
    if _CREDITED_BEFORE.search(before) and _MANY_NOW_AFTER.match(after):
        return True
    if (
        _ROYAL_BEFORE.search(before)
        or _REGNAL_NUMBER.match(text, finding.end)
        or (" " in finding.text and _REGNAL_NUMBER.fullmatch(finding.text, finding.text.rfind(" ")))
    ):
        return True  # "King Charles", "Louis XVIII", "Henri IV": a monarch or a pope
    if _WENT_PUBLIC_BEFORE.search(before) or is_namesake(text, finding):
        return True
    honour = finding.text.split(" ", 1)[0]
    if _HONOURS_BEFORE.search(honour + " ") and len(finding.text.split()) >= 3:
        return True  # the NER kept the knighthood in the name ("Sir John Kirwan")
    # a full name, or a surname whose capitalised first name the NER left out
    surname = _SURNAME_AFTER.match(after) if " " not in finding.text else None
    full = len(finding.text.split()) >= 2 or bool(_FIRST_NAME_BEFORE.search(before) or surname)
    return (
        full
        and bool(
            _HONOURS_BEFORE.search(before)
            or (
                _WENT_PUBLIC_AFTER.match(after[surname.end() :] if surname else after)
                and not _AT_OUR_MEETING.match(text, finding.end)
                # thanked for telling it in our video, not publicly ("Merci à Céline Dion d'avoir
                # parlé publiquement de son syndrome")
                and not (
                    thanked_for_their_story(text, finding) and not _IN_PUBLIC.search(after[:90])
                )
            )
            or (_WATCHED_BEFORE.search(before) and _TALKING_AFTER.match(after))
        )
    )


def a_public_figures_age(text: str, age: Finding, figures: Iterable[Finding]) -> bool:
    """An age told of a public figure, in their sentence or the next or previous one and not
    in the poster's own words ("l'humoriste Mathieu Lacasse ... Il parle de son TDAH
    diagnostiqué à 35 ans", "« ... arriver à 38 ans. » Dans son livre, la chanteuse Aya
    Konan"): already public with their health, not a private person's. "Like Selena Gomez, I
    was diagnosed at 25" is the poster's."""
    at = sentence_of(text, age.start)
    if not any(abs(sentence_of(text, f.start) - at) <= 1 for f in figures):
        return False
    quoted = open_quote_before(text, age.start, max(0, age.start - 200)) >= 0
    return quoted or not in_first_person(sentence(text, at))
