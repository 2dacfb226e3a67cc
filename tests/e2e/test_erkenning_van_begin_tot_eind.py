"""The recognition in a real browser, as each person sees it in turn: a citizen puts her
association on the portal and applies (five sections, a board member without a name on the way,
the check page), the case handler takes the file up, asks a question, the association answers,
the case handler recognises it; the association then finds its letter, fills in its annual report
and asks the instappunt a question. axe runs on every page the journey shows, staff pages too;
screenshots at 1280 px go to the test artifacts (TEST_ARTIFACTS, var/test-artifacts)."""

import os
import re
from pathlib import Path

from erkenning.models import Erkenning
from tests.erkenning.factories import subsidiejaar
from tests.factories import UserFactory

ARTEFACTEN = Path(os.environ.get("TEST_ARTIFACTS", "var/test-artifacts")) / "erkenning"


def _foto(pagina, naam: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    from tests.e2e.test_toegankelijkheid import AXE_OPTIES

    ARTEFACTEN.mkdir(parents=True, exist_ok=True)
    pagina.screenshot(path=str(ARTEFACTEN / f"{naam}.png"), full_page=True)
    breedte = pagina.evaluate("document.documentElement.scrollWidth")
    assert breedte <= 1280, f"{naam}: horizontal scrolling at 1280 px, the page is {breedte} px wide"
    resultaat = Axe().run(pagina, options=AXE_OPTIES)
    assert resultaat.violations_count == 0, resultaat.generate_report()


def _melding(pagina) -> str:
    """The confirmation the page shows: the admin's message list, or the portal's message boxes."""
    meldingen = pagina.locator("ul.messagelist, div.messages")
    meldingen.first.wait_for()
    return " ".join(meldingen.all_inner_texts()).replace("\xa0", " ")


def test_erkenning_van_nieuwe_vereniging_tot_jaarverslag(pagina, aanmelden):
    burger = UserFactory(naam="Amina El Idrissi")
    staf = UserFactory(is_staff=True, rollen=["erkenningen"], naam="Els Maes")
    jaar = subsidiejaar()

    # 1. The citizen puts her association on the portal and starts an application.
    aanmelden(burger)
    pagina.goto("/erkenning/")
    _foto(pagina, "1-erkenning")
    pagina.get_by_role("link", name="Erkenning aanvragen").first.click()
    pagina.get_by_role("link", name=re.compile("Zet ze op het portaal")).click()
    pagina.get_by_label("Naam van de vereniging").fill("Vrouwenkring Al Amal")
    pagina.locator("#id_adres").fill("Sleepstraat 12")
    pagina.locator("#id_postcode").fill("9000")
    pagina.get_by_role("button", name="Vereniging toevoegen").click()
    assert "Vrouwenkring Al Amal staat op het portaal." in _melding(pagina)
    pagina.get_by_label("Etnisch-culturele minderheden", exact=True).check(force=True)
    pagina.get_by_role("button", name="Aanvraag starten").click()

    # 2. Five sections; the board page first refuses a member without a name, keeping what was typed.
    pagina.get_by_label("Wat doet jullie vereniging?").fill("Elke week taalcafé en een kookatelier.")
    pagina.get_by_label("Sinds wanneer zijn jullie actief?").fill("2016-09-01")
    pagina.get_by_label("Hoeveel leden hebben jullie?").fill("45")
    pagina.get_by_label("Hoeveel van hen wonen in Gent?").fill("40")
    pagina.get_by_label("Etnisch-culturele minderheden").check(force=True)
    pagina.get_by_role("button", name="Bewaren en verder").click()
    pagina.get_by_label("Functie").first.fill("voorzitter")
    pagina.get_by_role("button", name="Bewaren en verder").click()
    assert pagina.locator("#foutenoverzicht").is_visible()
    _foto(pagina, "2-bestuur-met-fout")
    assert pagina.get_by_label("Functie").first.input_value() == "voorzitter"
    for i, naam in enumerate(["Fatima Benali", "Hanne Claes", "Nadia Ouali"]):
        pagina.locator(f"#id_lid-{i}-naam").fill(naam)
    pagina.get_by_role("button", name="Bewaren en verder").click()
    for veld in pagina.locator("textarea").all():
        veld.fill("Zo staat het in onze statuten.")
    pagina.get_by_role("button", name="Bewaren en verder").click()
    pagina.get_by_label("Rekeningnummer (IBAN)").fill("BE71 0961 2345 6769")
    pagina.get_by_label("Naam van de rekeninghouder").fill("Vrouwenkring Al Amal")
    pagina.get_by_role("button", name="Bewaren en verder").click()
    pagina.get_by_label("Statuten of huishoudelijk reglement").check(force=True)
    pagina.set_input_files(
        "#id_bestand", files=[{"name": "statuten.txt", "mimeType": "text/plain", "buffer": b"Art. 1.\n"}]
    )
    pagina.get_by_role("button", name="Bewaren en verder").click()
    _foto(pagina, "3-controleren")
    pagina.get_by_role("button", name="Aanvraag indienen").click()
    assert "Je aanvraag is ingediend." in _melding(pagina)
    erkenning = Erkenning.objects.get(organisatie__naam="Vrouwenkring Al Amal")

    # 3. The case handler takes it up and asks a question.
    aanmelden(staf)
    pagina.goto("/werkbak/")
    pagina.get_by_role("link", name=re.compile("Nieuwe aanvragen voor erkenning")).click()
    pagina.get_by_role("link", name="Vrouwenkring Al Amal").click()
    assert pagina.get_by_text("Fatima Benali").is_visible()
    pagina.get_by_role("button", name="Dossier behandelen").click()
    pagina.get_by_label(re.compile("Wat wil je weten")).fill("Hoeveel deelnemers heeft het taalcafé?")
    pagina.get_by_role("button", name="Vraag stellen").click()
    assert "Vraag gesteld aan Vrouwenkring Al Amal" in _melding(pagina)
    _foto(pagina, "4-behandelen")

    # 4. The association answers on its file page.
    aanmelden(burger)
    pagina.goto(f"/erkenning/erkenningen/{erkenning.sleutel}/")
    assert pagina.get_by_text("Hoeveel deelnemers heeft het taalcafé?").first.is_visible()
    pagina.get_by_label("Je antwoord").fill("Een twintigtal, elke week.")
    pagina.get_by_role("button", name="Antwoord versturen").click()

    # 5. The case handler reads the answer and recognises the association for five years.
    aanmelden(staf)
    pagina.goto(f"/admin/erkenning/erkenning/{erkenning.sleutel}/behandelen/")
    assert pagina.get_by_text("Een twintigtal, elke week.").is_visible()
    pagina.get_by_role("button", name="Erkennen").click()
    assert "Erkend tot en met" in _melding(pagina)

    # 6. The association finds its letter, fills in its annual report and asks the instappunt.
    aanmelden(burger)
    pagina.goto("/mijn/")
    _foto(pagina, "5-mijn")
    pagina.get_by_role("link", name=re.compile("Erkenning Etnisch-culturele")).click()
    assert pagina.get_by_role("link", name=re.compile("beslissingsbrief")).is_visible()
    pagina.goto("/mijn/")
    pagina.get_by_role("link", name=f"Jaarverslag {jaar.jaar}").click()
    pagina.get_by_label("Wat deden jullie?").fill("Taalcafé en kookatelier.")
    pagina.get_by_label("Aantal activiteiten").fill("48")
    pagina.get_by_label(re.compile("Aantal deelnemers")).fill("960")
    pagina.get_by_label("Inkomsten (€)").fill("1.250,50")
    pagina.get_by_label("Uitgaven (€)").fill("2.100")
    pagina.get_by_role("button", name="Jaarverslag indienen").click()
    assert "Je jaarverslag is ingediend." in _melding(pagina)
    _foto(pagina, "6-jaarverslag")
    pagina.goto("/erkenning/vragen/nieuw/")
    pagina.get_by_label("Een zaal of ruimte").check(force=True)
    pagina.get_by_label("Je vraag").fill("We zoeken een zaal voor 60 mensen.")
    pagina.get_by_role("button", name="Vraag versturen").click()
    assert "Je vraag is verstuurd." in _melding(pagina)
    _foto(pagina, "7-vraag")


def test_werkingssubsidie_en_noodfonds_in_de_backoffice(pagina, aanmelden):
    """The erkenningen staff compute and approve a grant year; a Samen Aan Zet case handler awards
    the emergency fund to a filtered list and pays the accepted grants in one file; axe on each."""
    from decimal import Decimal

    from erkenning.models import Jaarverslag
    from erkenning.services import werking
    from subsidies.models import Noodfondsronde
    from subsidies.services import noodfonds
    from tests.erkenning.factories import erkende_vereniging
    from tests.factories import LidmaatschapFactory

    jaar = subsidiejaar(envelop=Decimal("5000"))
    verenigingen = [erkende_vereniging(naam=f"Okra Wondelgem {i}", iban="BE71096123456769") for i in range(3)]
    for vereniging in verenigingen:
        lid = LidmaatschapFactory(organisatie=vereniging)
        verslag = Jaarverslag.objects.create(subsidiejaar=jaar, organisatie=vereniging)
        velden = {"activiteiten": "Koffie.", "aantal_activiteiten": 10, "aantal_deelnemers": 250}
        werking.jaarverslag_bewaren(
            verslag=verslag, door=lid.user, velden={**velden, "inkomsten": 1, "uitgaven": 2}
        )
        werking.jaarverslag_indienen(verslag=verslag, door=lid.user)

    aanmelden(UserFactory(is_staff=True, rollen=["erkenningen"]))
    pagina.goto("/admin/erkenning/subsidiejaar/")
    pagina.get_by_role("link", name="Berekening en goedkeuring").click()
    pagina.get_by_role("button", name="Berekenen").click()
    assert "binnen de envelop van € 5.000,00" in pagina.locator("#content-main").inner_text().replace(
        "\xa0", " "
    )
    assert pagina.get_by_text("elk bedrag is met dezelfde factor").is_visible()  # 3 × 3,250 > 5,000
    _foto(pagina, "8-berekening")
    pagina.get_by_role("button", name="Goedkeuren en betalen").click()
    assert "3 betaalopdrachten klaargezet" in _melding(pagina)

    ronde = Noodfondsronde.objects.create(titel="Noodfonds corona 2020")
    aanmelden(UserFactory(is_staff=True, rollen=["dossierbehandelaar-subsidies"]))
    pagina.goto(f"/admin/subsidies/noodfondsronde/{ronde.pk}/toekennen/")
    pagina.get_by_label("Naam").fill("wondelgem")
    pagina.get_by_role("button", name="Toon", exact=True).click()
    pagina.get_by_role("button", name=re.compile("Forfait toekennen aan alle 3")).click()
    assert "Steun toegekend aan 3 verenigingen." in _melding(pagina)
    _foto(pagina, "9-noodfonds")
    steun = verenigingen[0].noodsteun
    noodfonds.aanvaarden(steun=steun, door=verenigingen[0].lidmaatschappen.first().user, huur=True)
    pagina.reload()
    pagina.get_by_role("button", name=re.compile("aanvaarde steun uitbetalen")).click()
    assert "Betaalbestand" in _melding(pagina)
