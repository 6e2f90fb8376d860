"""Organisation contacts against private ones (screener/contacts.py)."""

from __future__ import annotations

import pytest

from screener.contacts import is_org_contact
from screener.entities import info
from screener.types import Finding


def contact_in(text: str, contact: str, kind: str = "") -> Finding:
    """The finding for `contact` in `text`: an e-mail or a phone number unless `kind` says."""
    kind = kind or ("EMAIL_ADDRESS" if "@" in contact else "PHONE_NUMBER")
    start = text.index(contact)
    return Finding(start, start + len(contact), kind, info(kind).category, 0.9, contact)


@pytest.mark.parametrize(
    ("text", "contact", "org"),
    [
        ("New patients welcome at 14 High Street, Dingwall", "14 High Street, Dingwall", True),
        (
            "Order by Tuesday.\nMarket Place Pharmacy, Wymondham – 01632 960418",
            "01632 960418",
            True,
        ),
        ("j'ai appelé le centre antipoison de Lyon au 04 72 11 69 11", "04 72 11 69 11", True),
        ("Ring the surgery on 0113 496 0274 about your jab", "0113 496 0274", True),
        ("Dad is at St James's Hospital, 07700 900123 if you can visit", "07700 900123", False),
        ("Text SHOUT to 85258 any time", "85258", True),
        (
            "Email hypermobility.study@cardiff.example to take part",
            "hypermobility.study@cardiff.example",
            True,
        ),
        ("Questions? Call (208) 555-0134.", "(208) 555-0134", True),
        ("Media enquiries: press@trust.example.uk or 0113 496 0712", "0113 496 0712", True),
        ("Our bereavement team can be reached on 0114 496 0281", "0114 496 0281", True),
        ("Numéro utile : SEP Info Service, 01 99 00 47 20, gratuit", "01 99 00 47 20", True),
        (
            "email memoryteam@trust.example.uk, no referral needed",
            "memoryteam@trust.example.uk",
            True,
        ),
        ("Appelez le 01 45 67 89 10 pour prendre rendez-vous", "01 45 67 89 10", True),
        ("Book on 0161 496 0455 or walk in", "0161 496 0455", True),
        ("Pour postuler : rh.soins@exemple.fr", "rh.soins@exemple.fr", True),
        ("To apply, email jo.bell@example.org", "jo.bell@example.org", True),
        ("Réservez au 05 36 49 12 12", "05 36 49 12 12", True),
        ("écrivez à anne.roy@ch-vienne.fr", "anne.roy@ch-vienne.fr", True),
        ("Atelier mardi 14 h. Tél. 04 65 71 20 96", "04 65 71 20 96", True),
        ("request a song or message us on 07700 900614", "07700 900614", True),
        ("Queries: 0141 496 0752.", "0141 496 0752", True),
        ("mon tél. 06 39 98 11 22", "06 39 98 11 22", False),
        ("le numéro de Cancer Écoute, c'est le 01 99 00 12 34", "01 99 00 12 34", True),
        ("ça m'a aidée : 01 99 00 12 34 (appel gratuit)", "01 99 00 12 34", True),
        ("text them on 07700 900456, free and 24/7", "07700 900456", True),
        ("ring me on 07700 900456, free after 6", "07700 900456", False),
        # a body that answers the line, always open, said before it; a named body's line
        ("SOS Amitié répond 24h/24 au 01 99 00 81 22", "01 99 00 81 22", True),
        ("Samaritans answers 24/7 on 0113 496 0991", "0113 496 0991", True),
        (
            "la ligne de l'Association Française des Aidants (01 99 00 24 70) oriente",
            "01 99 00 24 70",
            True,
        ),
        ("ma ligne perso, c'est le 06 39 98 40 12", "06 39 98 40 12", False),
        # a line of some kind, a heading, a service number
        ("when I was low the crisis line was 0117 496 0555, they saved me", "0117 496 0555", True),
        ("Prise de RDV : 03 53 01 22 10", "03 53 01 22 10", True),
        ("Contact : Mme Roux, cadre, 05 36 49 10 10", "05 36 49 10 10", True),
        ("honestly ring 0808 157 0999 if you feel like I did", "0808 157 0999", True),
        ("I rang 0300 123 4567 and they sorted my meds", "0300 123 4567", True),
        # a French 03 number is a home line, not a UK 03 service number
        ("Ma voisine Odette, 03 53 01 48 27, garde le chat", "03 53 01 48 27", False),
        ("the quit line 1-800-555-0188 helped me", "1-800-555-0188", True),
        ("or chat informally with our lead, Ana, on 0161 496 0222", "0161 496 0222", True),
        # a staff member's mailbox at a health body is a work address
        ("Informal chats: k.obi@eastfield.nhs.uk", "k.obi@eastfield.nhs.uk", True),
        (
            "Questions to our matron, t.lowe@harbour-hospital.example",
            "t.lowe@harbour-hospital.example",
            True,
        ),
        ("Candidatures : paul.morel@chu-example.fr", "paul.morel@chu-example.fr", True),
        # private: one's own number, even at work, a personal mailbox, a webmail address
        ("email me at k.obi@eastfield.nhs.uk", "k.obi@eastfield.nhs.uk", False),
        ("covoiturage ? appelez-moi au 06 39 98 12 45", "06 39 98 12 45", False),
        ("text me on 07700 900123 if you want a lift", "07700 900123", False),
        ("my mobile is 07700 900456", "07700 900456", False),
        ("write to jane.doe@mail.example.com", "jane.doe@mail.example.com", False),
        # a webmail box opening with a first name is a person's, even for bookings
        (
            "Inscriptions auprès de Odile : odile.mercier59@gmail.com",
            "odile.mercier59@gmail.com",
            False,
        ),
        ("Inscriptions : asso.diabete44@gmail.com", "asso.diabete44@gmail.com", True),
        # ... or made of two words no list knows (names from elsewhere)
        ("RSVP to dilmei.rechirei@gmail.com by Friday", "dilmei.rechirei@gmail.com", False),
        ("RSVP to walking.club@gmail.com by Friday", "walking.club@gmail.com", True),
        # a listing's pin or phone sign, "appelez-nous", a service's name and a colon
        ("Ma fille a de l'asthme.\n📍 12 rue des Lilas, Tours", "12 rue des Lilas, Tours", True),
        ("Mon fils a de l'asthme. ☎️ 01 99 00 41 20", "01 99 00 41 20", True),
        (
            "Ma mère a Alzheimer. Appelez-nous avant de venir au 02 61 91 40 11",
            "02 61 91 40 11",
            True,
        ),
        (
            "Ma mère a Alzheimer. Plateforme de répit de Dax : 05 36 49 20 18",
            "05 36 49 20 18",
            True,
        ),
        ("My son has asthma. Call my mobile 07700 900777", "07700 900777", False),
        # moderators' and immunisation teams' mailboxes
        (
            "Mon fils a du diabète. Un souci ? modos.diabete@groupe.example",
            "modos.diabete@groupe.example",
            True,
        ),
        (
            "Her son missed it? Email north.immunisation@hb.example",
            "north.immunisation@hb.example",
            True,
        ),
        (
            "Sorry about your mum. Write to patient.experience@th.example",
            "patient.experience@th.example",
            True,
        ),
        (
            "For my dad with dementia, the Advice Centre helped; call them on 0113 496 0222",
            "0113 496 0222",
            True,
        ),
        ("Mon père a Parkinson; leur numéro : 01 99 00 64 12", "01 99 00 64 12", True),
        # a service's own line: "notre consultation", open to all
        (
            "À Lens, notre consultation mémoire : 03 53 01 22 19",
            "03 53 01 22 19",
            True,
        ),
        ("Nous recevons sans délai : 03 53 01 22 19", "03 53 01 22 19", True),
        ("merci de contacter la Maison des usagers au 03 53 01 22 19", "03 53 01 22 19", True),
        ("Maman est rentrée à la maison au 12 rue des Lilas", "12 rue des Lilas", False),
        ("Please get in touch: concernedmum72@hotmail.com", "concernedmum72@hotmail.com", False),
        ("Struggling? Childline is free on 0800 1111", "0800 1111", True),
        # a patients' relations or complaints mailbox is the hospital's
        (
            "Merci de nous écrire sur usagers@ghrsud.example, nous vous répondrons",
            "usagers@ghrsud.example",
            True,
        ),
        ("My dad's care: complaints@trust.example answered", "complaints@trust.example", True),
        # human resources, an association's domain, a race's entries, a job application
        ("Mon mari a postulé, envoyé à drh.nord@ghlm.example", "drh.nord@ghlm.example", True),
        ("my son's CV went to hr@warehouse.example", "hr@warehouse.example", True),
        ("mon fils : lucie.b@asbl-aidants.example", "lucie.b@asbl-aidants.example", True),
        (
            "Entries close Friday.\nEntries: fellrace@harriers.example",
            "fellrace@harriers.example",
            True,
        ),
        ("Dossier à envoyer à dir.ifsi@ifsi-dole.example", "dir.ifsi@ifsi-dole.example", True),
        # a listing's questions and requests, a staff member to call by name and role
        (
            "Songs for the ward? Requests: studio@wardradio.example",
            "studio@wardradio.example",
            True,
        ),
        ("Mon fils : vos questions et avis : 02 61 91 80 11", "02 61 91 80 11", True),
        ("My dad's club. Questions to jo.hale@club.example", "jo.hale@club.example", True),
        (
            "Mon père conduit. Appelez Odile, notre coordinatrice, au 02 61 91 58 22.",
            "02 61 91 58 22",
            True,
        ),
        # ... but a heading of information is no organisation's
        (
            "Mon fils cherche. Infos : lucie.bernard@free.example",
            "lucie.bernard@free.example",
            False,
        ),
        # a teaching hospital's and an association's mailboxes, a pharmacy's address, a
        # health line
        ("R. postcovid@chru-nancy.example ou par courrier", "postcovid@chru-nancy.example", True),
        ("Infos : covidlong.da@asso.example", "covidlong.da@asso.example", True),
        (
            "Atelier jeudi à la pharmacie, 12 rue Léopold-Bourg, Épinal",
            "12 rue Léopold-Bourg",
            True,
        ),
        ("Non-urgent advice: NT Health line 0491 570 238.", "0491 570 238", True),
        # a school nurse's office and a podcast's inbox
        (
            "Collège Rivoli – infirmerie.rivoli@college.example",
            "infirmerie.rivoli@college.example",
            True,
        ),
        ("Vos questions : podcast@petitscoeurs.example", "podcast@petitscoeurs.example", True),
        # an event's bookings, a venue's address, a listing's "Ph"
        ("Quiz night at the Anchor. Book a table: 0116 496 0123", "0116 496 0123", True),
        (
            "Café mémoire mardi, Maison des associations, 4 rue Victor-Hugo, Metz.",
            "4 rue Victor-Hugo",
            True,
        ),
        ("Ph 0491 570 123\nBeach Road Chemist, Busselton", "0491 570 123", True),
        # a mailbox named after no one, at an organisation's own domain: everyday words only
        ("Requests any time to requests@wardradio.example", "requests@wardradio.example", True),
        ("Vos messages : antenne@radiovallee.example", "antenne@radiovallee.example", True),
        ("Can't come? Email swaps@rotary-cafe.example", "swaps@rotary-cafe.example", True),
        ("Pair-aidance : pairs@campus-nord.example", "pairs@campus-nord.example", True),
        ("Questions? Email buddies@lupuslink.example", "buddies@lupuslink.example", True),
        (
            "Écrivez aux marraines : marraines@reseau-sein.example",
            "marraines@reseau-sein.example",
            True,
        ),
        # ... not a name, an initial, digits or webmail
        ("Email fiona@lanehouse.example for a lift", "fiona@lanehouse.example", False),
        ("Ask jp.moreau@mail.example about it", "jp.moreau@mail.example", False),
        ("Write to VaclavDvorak@armyspy.example", "VaclavDvorak@armyspy.example", False),
        ("Write to tmorgan@mailbox.example", "tmorgan@mailbox.example", False),
        ("Write to lunchclub@gmail.com", "lunchclub@gmail.com", False),
        ("Write to sunshine72@mailbox.example", "sunshine72@mailbox.example", False),
        # a team or a ward to ring
        ("Unsure how many? Ring the team on 0161 496 0588.", "0161 496 0588", True),
        ("Worried overnight? Call the CF nurses on 0113 496 0270", "0113 496 0270", True),
        # ... unless the number is then said to be someone's own
        (
            "Any news? Call the stroke team on 07700 900456 - that's his wife Sue's mobile.",
            "07700 900456",
            False,
        ),
        ("Ring the ward on 07700 900457 (my mobile)", "07700 900457", False),
        # home broadband mailboxes are personal; so is one given as one's own
        ("Write to sleepless.nights@bigpond.com", "sleepless.nights@bigpond.com", False),
        (
            "Other parents can reach me at night.owls@cafe-group.example",
            "night.owls@cafe-group.example",
            False,
        ),
        ("drop me a line at quiet.garden@club.example", "quiet.garden@club.example", False),
        # the other way to reach an organisation's mailbox; a role, then a name; a chat line
        (
            "Send your resume to hr@harapan.example or WhatsApp 012-555 0134 (office hours)",
            "012-555 0134",
            True,
        ),
        ("Write to jane.doe@harapan.example or 012-555 0135", "012-555 0135", False),
        ("Call our coordinator, Encik Hafiz, at 088-555 0157.", "088-555 0157", True),
        ("Night shifts open, text our recruiter Kayla at (207) 555-0188.", "(207) 555-0188", True),
        # a question mark is no service's heading; a seller's "for availability" is theirs
        (
            "Questions? Text my husband on 07700 900456, he's had both knees done",
            "07700 900456",
            False,
        ),
        ("Selling Mum's stairlift. Text for availability 07700 900812.", "07700 900812", False),
        # a shop's line; a listening line; a post opening as a list of helplines
        ("In stock now. WhatsApp for orders: 0120 555 0139", "0120 555 0139", True),
        ("Asha Trust listening line, 10 am – 8 pm: +91 80 555 0153", "+91 80 555 0153", True),
        (
            "📌 PINNED: Helplines (please save)\n• Maitri (English): +91 484 555 0198",
            "+91 484 555 0198",
            True,
        ),
        ("Help! My brother Ravi, +91 484 555 0197, is not eating", "+91 484 555 0197", False),
        # ... not a person's number on its own line, nor a story's first line
        (
            "📌 Helplines (please save)\nMy neighbour Jean, her home number is 01632 960712",
            "01632 960712",
            False,
        ),
        (
            "Resources that helped us after Dad's stroke: the physio. He'd love a chat: "
            "07700 900219.",
            "07700 900219",
            False,
        ),
        # a title's full stop is no sentence end; a hospital's office
        ("Renseignements : M. Okemba, DRH adjoint, +242 06 555 0112.", "+242 06 555 0112", True),
        # someone's own phone said to be personal, even after a coordinating role
        (
            "Michel coordonne les trajets : il répond sur son portable perso : 06 39 98 21 47",
            "06 39 98 21 47",
            False,
        ),
        ("Call the PATS office at Alice Springs Hospital on 08 5550 1924", "08 5550 1924", True),
        ("My son is ill. M. Okemba is his dad: +242 06 555 0113.", "+242 06 555 0113", False),
        ("Text my sister Kayla at (207) 555-0189, she's lonely", "(207) 555-0189", False),
        ("Youth chat line (under 25s), Mon–Sat 4pm–10pm: (246) 555-0138", "(246) 555-0138", True),
        # a fund's account said after its number; a person's stays theirs
        ("ou par Orange Money au 77 555 0102 (compte du fonds).", "77 555 0102", True),
        ("Send via MoMo to 024 555 0119 (the foundation's account)", "024 555 0119", True),
        ("ou par Orange Money au 77 555 0102 (compte de ma sœur).", "77 555 0102", False),
        # a listing's questions, a unit or an office to call "at"
        ("Free flu shots Saturday. Questions? (601) 555-0120", "(601) 555-0120", True),
        ("Dialysis patients: call the unit at (985) 555-0145", "(985) 555-0145", True),
        ("Any questions? my cell is (601) 555-0121", "(601) 555-0121", False),
        # a service's line or advisers heading the number; not someone's own line
        ("Dr Ada Lee leads the unit.\nDay hospital line: (718) 555-0188", "(718) 555-0188", True),
        ("Need help? Our benefits navigators: (215) 555-0173", "(215) 555-0173", True),
        ("Call my line: (718) 555-0177, my husband is in surgery", "(718) 555-0177", False),
        # a recruiter named with their job's title in capitals; a service's session to book
        (
            "Apply online or contact Mary Flowers, Recruitment Officer, at 709-555-0138.",
            "709-555-0138",
            True,
        ),
        ("Call my sister, Mary Flowers, at 709-555-0138.", "709-555-0138", False),
        ("Book a same-day session at 709-555-0104 or online.", "709-555-0104", True),
        # a place of care or its office, qualified by up to two words, before "au" / "on";
        # not when someone's number comes between; a show's phone-in line
        ("J'ai appelé le CHU Sylvanus au 22 21 25 01 pour mon fils", "22 21 25 01", True),
        ("appelé les urgences pédiatriques du CH de Kara au 26 60 11 48", "26 60 11 48", True),
        ("Book with the eye clinic on 2214 5590, my mum went", "2214 5590", True),
        ("Mum's at the hospital or call her son on 2214 5590", "2214 5590", False),
        ("à l'hôpital ou contactez directement son fils au 33 20 41 77", "33 20 41 77", False),
        ("My dad is a guest: call in during the show on 2214 5590", "2214 5590", True),
        # a complaints office; a phone hour; a hospital's domain in a Nordic language
        (
            "Pour une plainte, le commissaire aux plaintes du CISSS : 819 555-0104",
            "819 555-0104",
            True,
        ),
        ("Our nurses run an open phone hour on Tuesdays on +298 555 0141", "+298 555 0141", True),
        (
            "Contact Sigrid Hansen at sigrid.hansen@klaksvikar-sjukrahus.fo",
            "sigrid.hansen@klaksvikar-sjukrahus.fo",
            True,
        ),
    ],
)
def test_org_contact_or_private(text: str, contact: str, org: bool) -> None:
    assert is_org_contact(text, contact_in(text, contact)) is org


@pytest.mark.parametrize(
    ("text", "contact", "org"),
    [
        # in a post about no one, a plain contact is the venue's or the service's ...
        ("Open day at the Hub, 2 Mill Lane. Details 0161 496 0101", "0161 496 0101", True),
        ("Details from hubevents@example.org", "hubevents@example.org", True),
        # ... but not a personal mailbox or a webmail address
        ("Details from sam.price@example.org", "sam.price@example.org", False),
        ("Details from hubevents@gmail.com", "hubevents@gmail.com", False),
    ],
)
def test_contacts_in_posts_about_no_one(text: str, contact: str, org: bool) -> None:
    finding = contact_in(text, contact)
    assert is_org_contact(text, finding, refers_to_someone=False) is org


def test_a_charity_account_is_the_organisations_a_persons_is_theirs() -> None:
    iban = "FR76 3000 6000 0112 3456 7890 189"
    text = f"Vos dons au fonds de dotation de l'hôpital : IBAN {iban}. Merci !"
    assert is_org_contact(text, contact_in(text, iban, "IBAN_CODE"))
    text = f"Merci aux donateurs ! Pour soutenir le fonds : IBAN {iban}"
    assert is_org_contact(text, contact_in(text, iban, "IBAN_CODE"))
    text = f"Faire un don au fonds de dotation :\nIBAN {iban}"
    assert is_org_contact(text, contact_in(text, iban, "IBAN_CODE"))
    text = f"Cagnotte pour Jo, 74 ans. Virement sur son compte : {iban}"
    assert not is_org_contact(text, contact_in(text, iban, "IBAN_CODE"))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Donations straight to the family's own account: {iban}", False),
        ("Donations welcome to the couple's bank account: {iban}", False),
        ("Dons sur le compte de la famille : {iban}", False),
        ("Donations: create your own account online or pay here: {iban}", True),
        # a charity's account, even when a family is mentioned
        ("Donations to the hospital charity, for families like theirs: {iban}", True),
    ],
)
def test_a_familys_account_is_private(text: str, org: bool) -> None:
    iban = "IE64 IRCE 9205 0112 3456 78"
    text = text.format(iban=iban)
    assert is_org_contact(text, contact_in(text, iban, "IBAN_CODE")) is org


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # a venue's own address right after it
        ("Open house 1–4 pm at the station, 157 Main St, Berlin.", True),
        ("Portes ouvertes à la caserne, 157 Main St, Berlin.", True),
        ("My nan lives at 157 Main St, Berlin.", False),
        ("Cards can go to her at the centre, 157 Main St, Berlin is her house.", False),
    ],
)
def test_a_venues_address_is_the_venues(text: str, org: bool) -> None:
    address = contact_in(text, "157 Main St, Berlin", "ADDRESS")
    assert is_org_contact(text, address) is org


def test_a_staff_members_line_beside_their_work_mailbox_is_the_desks() -> None:
    text = "Contact our recruiter Jenna Slone at jenna.slone@hazardjobs.example or (606) 555-0133."
    phone = contact_in(text, "(606) 555-0133")
    assert is_org_contact(text, phone, staff_names=frozenset({"jenna slone"}))
    assert not is_org_contact(text, phone, staff_names=frozenset({"someone else"}))
