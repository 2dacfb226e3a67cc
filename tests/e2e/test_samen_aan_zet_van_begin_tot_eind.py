"""The whole Samen Aan Zet flow in a real browser, as each person sees it in turn:
citizen → case handler → citizen → case handler → juror → case handler → payment → citizen.

At every hand-over the test checks what the next person needs to see: the handler reads the
applicant's answer, the juror judges without the account number, the handler decides with the
jury's scores and the envelope beside the steps, and the citizen is never told "betaald" before
the bank paid. Screenshots of the work list and the Behandelen page at 1280 px go to the test
artifacts (TEST_ARTIFACTS, var/test-artifacts by default)."""

import os
import re
from datetime import date
from pathlib import Path

from subsidies.models import Aanvraag
from tests.factories import UserFactory
from tests.subsidies.factories import AanvraagFactory, OproepFactory

ARTEFACTEN = Path(os.environ.get("TEST_ARTIFACTS", "var/test-artifacts")) / "samen-aan-zet"


def _foto(pagina, naam: str) -> None:
    """A screenshot for the artifacts, after axe found nothing on the page (staff pages too)."""
    from axe_playwright_python.sync_playwright import Axe

    from tests.e2e.test_toegankelijkheid import AXE_OPTIES

    ARTEFACTEN.mkdir(parents=True, exist_ok=True)
    pagina.screenshot(path=str(ARTEFACTEN / f"{naam}.png"), full_page=True)
    breedte = pagina.evaluate("document.documentElement.scrollWidth")
    assert breedte <= 1280, f"{naam}: horizontal scrolling at 1280 px, the page is {breedte} px wide"
    resultaat = Axe().run(pagina, options=AXE_OPTIES)
    assert resultaat.violations_count == 0, resultaat.generate_report()


def _melding(pagina) -> str:
    # Amounts are written with a non-breaking space (€\xa01.200,00): compared as a reader sees them.
    return pagina.locator("ul.messagelist").inner_text().replace("\xa0", " ")


def _kies(pagina, label: str) -> None:
    pagina.get_by_label(label, exact=True).check(force=True)


def test_samen_aan_zet_van_aanvraag_tot_betaald_voorschot(pagina, aanmelden):
    burger = UserFactory(naam="Pieter De Smet")
    behandelaar = UserFactory(is_staff=True, rollen=["dossierbehandelaar-subsidies"], naam="Sofie Claes")
    jurylid = UserFactory(rollen=["jury"], naam="Jan Jury")
    oproep = OproepFactory(titel="Samen Aan Zet 2027")
    oproep.juryleden.add(jurylid)
    aanvraag = AanvraagFactory(oproep=oproep, aanvrager=burger, titel="Soep op het plein")

    # 1. The citizen checks the draft and submits it.
    aanmelden(burger)
    pagina.goto(f"/subsidies/aanvragen/{aanvraag.pk}/controleren/")
    pagina.get_by_role("button", name="Aanvraag indienen").click()
    assert pagina.get_by_role("heading", name="Je aanvraag is ingediend").is_visible()

    # 2. The case handler finds it by its number and asks for a completion; an empty question is refused.
    aanmelden(behandelaar)
    pagina.goto("/admin/subsidies/aanvraag/")
    pagina.get_by_label("Zoeken", exact=True).fill(aanvraag.nummer.removeprefix("SAZ-"))
    pagina.get_by_label("Zoeken", exact=True).press("Enter")
    _foto(pagina, "werklijst-1280")
    pagina.get_by_role("link", name="Soep op het plein").click()
    assert pagina.get_by_role("heading", name="Het initiatief").is_visible()
    pagina.get_by_role("button", name="Aanvulling vragen").click()
    assert "Schrijf wat er ontbreekt." in _melding(pagina)
    pagina.get_by_label(re.compile("Wat ontbreekt er")).fill("Wie kookt er mee?")
    pagina.get_by_role("button", name="Aanvulling vragen").click()
    assert "Aanvulling gevraagd aan Pieter De Smet; de aanvrager kreeg een e-mail." in _melding(pagina)

    # 3. The citizen reads the question on the file's page and answers.
    aanmelden(burger)
    pagina.goto(f"/subsidies/aanvragen/{aanvraag.pk}/")
    assert pagina.get_by_text("Wie kookt er mee?").first.is_visible()
    pagina.get_by_label("Je antwoord").fill("Drie buren en de kinderen van de school.")
    pagina.get_by_role("button", name="Aanvulling versturen").click()

    # 4. The case handler reads the answer, declares the file admissible and sends it to the jury.
    aanmelden(behandelaar)
    pagina.goto(f"/admin/subsidies/aanvraag/{aanvraag.pk}/behandelen/")
    draad = pagina.locator("#berichten")
    assert draad.get_by_text("Antwoord van de aanvrager").is_visible()
    assert draad.get_by_text("Drie buren en de kinderen van de school.").is_visible()
    assert draad.get_by_text("1 nieuw van de aanvrager").is_visible()
    pagina.get_by_role("button", name="Ontvankelijk verklaren", exact=True).click()
    assert "Het dossier is ontvankelijk" in _melding(pagina)
    pagina.get_by_role("button", name="Naar de jury").click()
    assert "ligt nu bij de jury (1 jurylid)" in _melding(pagina)

    # 5. The juror declares no conflict of interest first, then judges without the account number.
    aanmelden(jurylid)
    pagina.goto(f"/subsidies/jury/{aanvraag.pk}/")
    assert "Tenten en stoelen" not in pagina.content()  # nothing of the file before declaring
    _kies(pagina, "Nee, ik heb geen belang")
    pagina.get_by_role("button", name="Verklaren").click()
    assert pagina.get_by_text("Tenten en stoelen").is_visible()  # the budget lines to judge
    assert "BE71" not in pagina.content()
    for criterium, punten in [("Brengt mensen samen", "4"), ("Bereikt kwetsbare groepen", "3")]:
        pagina.get_by_label(f"{criterium}: score van 0 tot 5").fill(punten)
        pagina.get_by_label(f"Toelichting bij {criterium}").fill(f"{criterium}: goed uitgewerkt.")
    _kies(pagina, "Ja")
    pagina.get_by_label("Motivering", exact=True).fill("Een warm initiatief met veel buren.")
    pagina.get_by_role("button", name="Beoordeling bewaren").click()

    # 6. The case handler decides with the jury's scores and the envelope in view, then orders the advance.
    aanmelden(behandelaar)
    pagina.goto(f"/admin/subsidies/aanvraag/{aanvraag.pk}/behandelen/")
    jury = pagina.locator("#jury")
    assert jury.get_by_text("Jan Jury: 7 / 10, advies Ja").is_visible()
    assert jury.get_by_text("Bereikt kwetsbare groepen: goed uitgewerkt.").is_visible()
    assert pagina.get_by_text("na toekenning van het gevraagde bedrag: € 8.500,00").is_visible()
    _foto(pagina, "behandelen-1280")
    pagina.get_by_label("Toe te kennen bedrag (€)").fill("1200,00")
    pagina.get_by_label(re.compile("Motivering \\(staat in de beslissingsbrief\\)")).fill("Sterk voorstel.")
    pagina.get_by_role("button", name="Goedkeuren").click()
    assert "Goedgekeurd voor € 1.200,00. Pieter De Smet kreeg de beslissingsbrief per e-mail." in _melding(
        pagina
    )
    pagina.get_by_role("button", name="Voorschot betalen").click()
    assert "Voorschot van € 960,00 klaargezet" in _melding(pagina)

    # 7. The citizen sees the order, not a payment.
    aanmelden(burger)
    pagina.goto(f"/subsidies/aanvragen/{aanvraag.pk}/")
    betalingen = pagina.locator("table", has_text="Voorschot")
    assert betalingen.get_by_text(re.compile("betaalopdracht gegeven op")).is_visible()
    assert "betaald op" not in betalingen.inner_text().replace("betaalopdracht gegeven op", "")

    # 8. The payment file goes to the bank; the handler confirms it executed.
    aanmelden(behandelaar)
    pagina.goto("/admin/core/betaling/betaalbestand/")
    pagina.get_by_role("button", name="Ja, betaalbestand maken").click()
    assert "Betaalbestand gemaakt" in _melding(pagina)
    pagina.goto("/admin/core/betaalbatch/")
    pagina.locator("input[name=_selected_action]").first.check()
    pagina.locator("select[name=action]").select_option("batches_bevestigen")
    pagina.locator("button[name=index]").click()
    uitgevoerd = date.today().isoformat()
    pagina.get_by_label("Uitgevoerd door de bank op").fill(uitgevoerd)
    pagina.get_by_role("button", name="Ja, als betaald markeren").click()
    assert "1 betaling(en) als betaald gemarkeerd." in _melding(pagina)

    # 9. Now, and only now, the citizen reads that the advance is paid.
    aanmelden(burger)
    pagina.goto(f"/subsidies/aanvragen/{aanvraag.pk}/")
    assert pagina.locator("table", has_text="Voorschot").get_by_text(re.compile("betaald op")).is_visible()
    aanvraag.refresh_from_db()
    assert aanvraag.status == Aanvraag.Status.VOORSCHOT_BETAALD
