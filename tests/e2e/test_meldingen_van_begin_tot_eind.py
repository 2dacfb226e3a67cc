"""The Meldpunt in a real browser, as each person sees it in turn: someone reports anonymously
with the keyboard only and keeps the receipt code; the Meldpunt takes the report, asks a question;
the reporter comes back with the code, answers and allows a referral; the Meldpunt refers, records
the outcome, plans after-care and closes; the figures follow. The quick exit leaves no way back.
axe runs on every page the journeys show; screenshots go to the test artifacts."""

import os
import re
from pathlib import Path

from meldingen.models import Melding
from tests.meldingen.factories import meldpunt_lid

ARTEFACTEN = Path(os.environ.get("TEST_ARTIFACTS", "var/test-artifacts")) / "meldingen"
VERHAAL = "De portier liet mijn vrienden binnen, maar mij niet. Hij zei dat het vol was."


def _foto(pagina, naam: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    from tests.e2e.test_toegankelijkheid import AXE_OPTIES

    ARTEFACTEN.mkdir(parents=True, exist_ok=True)
    pagina.screenshot(path=str(ARTEFACTEN / f"{naam}.png"), full_page=True)
    resultaat = Axe().run(pagina, options=AXE_OPTIES)
    assert resultaat.violations_count == 0, resultaat.generate_report()


def _melding(pagina) -> str:
    meldingen = pagina.locator("ul.messagelist, div.messages")
    meldingen.first.wait_for()
    return " ".join(meldingen.all_inner_texts()).replace("\xa0", " ")


def _tab_naar(pagina, selector: str, max_tabs: int = 150) -> None:
    """Press Tab until the element matching ``selector`` has the focus, as a keyboard user does."""
    for _ in range(max_tabs):
        pagina.keyboard.press("Tab")
        if pagina.evaluate(f"document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"{selector} is not reachable with Tab")


def test_anoniem_melden_met_alleen_het_toetsenbord(pagina):
    pagina.goto("/melden/")
    _foto(pagina, "1-formulier")
    _tab_naar(pagina, "#id_soort_0")
    pagina.keyboard.press("Space")  # Discriminatie
    _tab_naar(pagina, "#id_gronden_2")
    pagina.keyboard.press("Space")  # Huidskleur
    _tab_naar(pagina, "#id_levensdomein_0")
    pagina.keyboard.press("ArrowDown")  # Winkels, diensten en horeca
    _tab_naar(pagina, "#id_beschrijving")
    pagina.keyboard.type(VERHAAL)
    _tab_naar(pagina, "#id_rol_0")
    pagina.keyboard.press("Space")
    _tab_naar(pagina, "#id_wens_0")
    pagina.keyboard.press("ArrowDown")  # hulp en nazorg
    _tab_naar(pagina, "button[type=submit].button-primary")
    pagina.keyboard.press("Enter")
    pagina.wait_for_selector(".portal-code__waarde")
    _foto(pagina, "2-verstuurd")
    melding = Melding.objects.get()
    assert (melding.soort, melding.levensdomein, melding.rol, melding.wens) == (
        "discriminatie",
        "goederen_diensten",
        "slachtoffer",
        "hulp",
    )
    assert melding.beschrijving == VERHAAL and melding.anoniem


def test_van_melding_tot_nazorg_met_de_code(pagina, aanmelden):
    # 1. The reporter reports anonymously, wants it passed on, gets the code and adds a photo.
    pagina.goto("/melden/")
    pagina.get_by_role("button", name="Melding versturen").click()
    _foto(pagina, "3-formulier-met-fouten")
    pagina.click("label[for=id_soort_0]")
    pagina.get_by_text("Huidskleur", exact=True).click()
    pagina.click("label[for=id_levensdomein_2]")  # rental housing: a Flemish competence
    pagina.fill("#id_beschrijving", "De verhuurder wilde niet verhuren toen hij mijn naam hoorde.")
    pagina.click("label[for=id_rol_0]")
    pagina.click("label[for=id_wens_2]")  # pass it on in my name
    pagina.get_by_role("button", name="Melding versturen").click()
    assert "kies aan wie dat mag" in pagina.locator("#foutenoverzicht").inner_text()
    assert pagina.locator("#id_beschrijving").input_value().startswith("De verhuurder")
    pagina.get_by_text("Unia", exact=True).click()
    pagina.get_by_role("button", name="Melding versturen").click()
    code = pagina.locator(".portal-code__waarde code").inner_text()
    pagina.set_input_files(
        "#id_bestand", files=[{"name": "sms.png", "mimeType": "image/png", "buffer": _png()}]
    )
    pagina.get_by_role("button", name="Bestand toevoegen").click()
    assert "Het bestand is toegevoegd" in _melding(pagina)
    _foto(pagina, "4-mijn-melding")
    melding = Melding.objects.get()

    # 2. The Meldpunt takes it and asks a question; the suggestion is the VMRI, without consent yet.
    medewerker = meldpunt_lid()
    aanmelden(medewerker)
    pagina.goto("/werkbak/")
    pagina.get_by_role("link", name=re.compile("Nieuwe meldingen")).click()
    _foto(pagina, "5-werklijst")
    pagina.get_by_role("link", name=melding.nummer).click()
    assert "Vlaams Mensenrechteninstituut" in pagina.locator(".portal-behandelen__stappen").inner_text()
    _foto(pagina, "6-behandelen")
    pagina.get_by_role("button", name="In behandeling nemen").click()
    assert "Je behandelt deze melding nu." in _melding(pagina)
    pagina.get_by_label("Vraag aan de melder").check()
    pagina.get_by_label("Tekst").fill("Mogen we je melding doorgeven aan het Vlaams Mensenrechteninstituut?")
    pagina.get_by_role("button", name="Versturen of bewaren").click()
    assert "Bewaard" in _melding(pagina)

    # 3. The reporter comes back with the code, answers, and allows the VMRI.
    pagina.context.clear_cookies()
    pagina.goto("/melden/opvolgen/")
    pagina.get_by_label("Je ontvangstcode").fill(code)
    pagina.get_by_role("button", name="Melding openen").click()
    assert "Mogen we je melding doorgeven" in pagina.locator("main").inner_text()
    pagina.get_by_label("Je bericht aan het Meldpunt").fill("Ja, dat mag.")
    pagina.get_by_role("button", name="Bericht versturen").click()
    pagina.get_by_role("button", name="Toestemming geven (Vlaams Mensenrechteninstituut)").click()
    assert "Je gaf toestemming" in _melding(pagina)
    _foto(pagina, "7-melding-met-antwoord")

    # 4. The Meldpunt refers to the VMRI, records the outcome, plans after-care and closes.
    aanmelden(medewerker)
    pagina.goto(f"/admin/meldingen/melding/{melding.pk}/behandelen/")
    assert "Ja, dat mag." in pagina.locator("#berichten").inner_text()
    pagina.get_by_label("Instantie").select_option("vmri")
    pagina.get_by_label("Wat geef je door?").fill("Het verhaal en de screenshot van de sms.")
    pagina.get_by_role("button", name="Doorverwijzen").click()
    assert "Doorverwezen" in _melding(pagina)
    pagina.get_by_label("Uitkomst").select_option("behandeld")
    pagina.get_by_role("button", name="Uitkomst bewaren").click()
    assert "De uitkomst van de doorverwijzing is bewaard." in _melding(pagina)
    pagina.get_by_label("Afspraak of opvolgmoment").fill("Gesprek bij de herstelacademie")
    pagina.get_by_label("Wanneer?").fill("2030-01-15")
    pagina.get_by_role("button", name="Afspraak toevoegen").click()
    pagina.get_by_role("button", name="Opgevolgd").click()
    pagina.get_by_label("Waarom sluit je af?").fill("Doorverwezen en nazorg gepland.")
    pagina.get_by_role("button", name="Afsluiten").click()
    assert "De melding is afgesloten" in _melding(pagina)
    _foto(pagina, "8-afgesloten")
    melding.refresh_from_db()
    assert melding.status == "afgesloten"
    assert list(melding.doorverwijzingen.values_list("instantie", "uitkomst")) == [("vmri", "behandeld")]

    # 5. The figures of this year count it, for the Meldpunt.
    pagina.goto("/admin/meldingen/melding/cijfers/")
    assert "Het Meldpunt kreeg 1 meldingen" in pagina.locator("main, #content").first.inner_text()


def test_snel_weg_laat_geen_weg_terug(pagina):
    # The neutral page is outside this machine's reach: the exit's own address answers instead
    # (its redirect is tested in tests/meldingen/test_melden.py). What matters here is the history.
    pagina.goto("/melden/opvolgen/")
    pagina.goto("/melden/")
    pagina.route("**/melden/weg/", lambda route: route.fulfill(status=200, body="<title>Weer</title>"))
    pagina.fill("#id_beschrijving", "Iets wat niemand mag zien.")
    pagina.keyboard.press("Escape")
    pagina.keyboard.press("Escape")
    pagina.wait_for_url(re.compile(r"/melden/weg/$"))
    pagina.go_back()
    assert pagina.url.endswith("/melden/opvolgen/")  # the report form was replaced, not kept


def _png() -> bytes:
    import io

    from PIL import Image

    uit = io.BytesIO()
    Image.new("RGB", (60, 40), (30, 30, 200)).save(uit, format="PNG")
    return uit.getvalue()
