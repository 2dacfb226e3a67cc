"""The action plans in a real browser, as each person sees them in turn: a city service writes an
update (a contradiction first, kept as typed), the team approves it and everyone sees it at once;
the team evaluates the plan and publishes it with its PDF; a council member writes an advice point
by point, the team answers it and it appears publicly. A visitor finds an action with the keyboard
only. axe runs on every page the journeys show; screenshots go to the test artifacts."""

import os
import re
from pathlib import Path

from tests.factories import UserFactory
from tests.toegankelijkheid.factories import actie_van, bijwerken, plan, raadslid, team_lid
from toegankelijkheid.models import Advies, Evaluatie

ARTEFACTEN = Path(os.environ.get("TEST_ARTIFACTS", "var/test-artifacts")) / "toegankelijkheid"


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


def test_een_update_van_de_dienst_tot_op_de_website_en_de_evaluatie(pagina, aanmelden):
    dienst = UserFactory(naam="Bram Wouters")
    actie = actie_van(dienst)
    team = UserFactory(is_staff=True, rollen=["toegankelijkheid"], naam="Hanne Jacobs")

    # 1. The service finds its action through Mijn dossiers and writes an update.
    aanmelden(dienst)
    pagina.goto("/mijn/")
    pagina.get_by_role("link", name=re.compile("actie van je dienst")).click()
    _foto(pagina, "1-mijn-acties")
    pagina.get_by_role("link", name=re.compile(actie.titel)).click()
    pagina.get_by_label("Wat is er gebeurd?").fill("De lift in het Stadskantoor is besteld.")
    pagina.get_by_label("Status van de actie").select_option("lopend")
    pagina.get_by_label("Voortgang in procent").fill("100")
    pagina.get_by_role("button", name="Update versturen").click()
    assert pagina.locator("#foutenoverzicht").is_visible()
    _foto(pagina, "2-update-met-fout")
    assert (
        pagina.get_by_label("Wat is er gebeurd?").input_value() == "De lift in het Stadskantoor is besteld."
    )
    pagina.get_by_label("Voortgang in procent").fill("40")
    pagina.get_by_role("button", name="Update versturen").click()
    assert "Je update is bewaard." in _melding(pagina)

    # 2. The team approves it from the werkbak; the public action shows it at once.
    aanmelden(team)
    pagina.goto("/werkbak/")
    pagina.get_by_role("link", name=re.compile("Updates van diensten om goed te keuren")).click()
    pagina.locator("#result_list tbody a").first.click()
    _foto(pagina, "3-update-beoordelen")
    pagina.get_by_role("button", name="Goedkeuren en publiceren").click()
    assert "Goedgekeurd" in _melding(pagina)
    pagina.goto(f"/toegankelijkheid/acties/{actie.sleutel}/")
    assert "De lift in het Stadskantoor is besteld." in pagina.locator("main").inner_text()
    assert "Lopend, 40% klaar" in pagina.locator("main").inner_text()
    _foto(pagina, "4-actie-publiek")

    # 3. The team makes the evaluation of the plan's first year and publishes it; the PDF follows.
    pagina.goto("/admin/toegankelijkheid/evaluatie/add/")
    pagina.get_by_label("Actieplan").select_option(label=actie.actieplan.titel)
    pagina.get_by_label("Jaar").fill(str(actie.actieplan.begin.year))
    pagina.get_by_role("button", name="Opslaan en opnieuw bewerken").click()
    pagina.get_by_label("Conclusies").fill("De lift komt er. De rest volgt in het tweede jaar.")
    pagina.get_by_role("button", name="Opslaan en opnieuw bewerken").click()
    pagina.goto("/admin/toegankelijkheid/evaluatie/")
    pagina.locator("#result_list input.action-select").first.check()
    pagina.locator("select[name=action]").select_option("publiceren")
    pagina.locator("button[name=index]").click()
    assert "1 evaluatie(s) gepubliceerd." in _melding(pagina)
    evaluatie = Evaluatie.objects.get()
    pagina.goto(f"/toegankelijkheid/plannen/{actie.actieplan.slug}/evaluaties/{evaluatie.jaar}/")
    _foto(pagina, "5-evaluatie")
    with pagina.expect_download() as download:
        pagina.get_by_role("link", name="Download deze evaluatie als PDF").click()
    assert download.value.suggested_filename.endswith(".pdf")


def test_een_advies_van_de_adviesraad_tot_het_antwoord_van_de_stad(pagina, aanmelden):
    lid = raadslid(UserFactory(naam="Marc Goossens"))
    actieplan = plan()
    team = UserFactory(is_staff=True, rollen=["toegankelijkheid"])

    # 1. A council member writes two points, saves, adds a third and submits.
    aanmelden(lid)
    pagina.goto("/mijn/")
    pagina.get_by_role("link", name=re.compile("Advies geven")).click()
    _foto(pagina, "6-adviezen")
    pagina.get_by_role("link", name="Nieuw advies schrijven").click()
    pagina.get_by_label("Actieplan", exact=True).select_option(label=actieplan.titel)
    pagina.get_by_label("Titel").fill("Advies over de speelpleinen")
    pagina.get_by_label("Punt 1").fill("Zet ook rolstoelschommels in de wijken.")
    pagina.get_by_label("Punt 2").fill("Vraag kinderen met een beperking wat ze willen.")
    pagina.get_by_role("button", name="Bewaren en nog een punt toevoegen").click()
    assert "Bewaard." in _melding(pagina)
    pagina.get_by_label("Punt 3").fill("Zorg voor rustige hoeken.")
    _foto(pagina, "7-advies-bewerken")
    pagina.get_by_role("button", name="Advies indienen").click()
    assert "Jullie advies is ingediend." in _melding(pagina)
    advies = Advies.objects.get()
    assert advies.punten.count() == 3

    # 2. The team answers each point and publishes the answer.
    aanmelden(team)
    pagina.goto(f"/admin/toegankelijkheid/advies/{advies.sleutel}/beantwoorden/")
    _foto(pagina, "8-advies-beantwoorden")
    for punt in advies.punten.all():
        sectie = pagina.locator("section", has=pagina.locator(f"#punt-{punt.nummer}"))
        sectie.get_by_label("Aanvaard", exact=True).check()
        sectie.get_by_label("Waarom?").fill("Dit nemen we op in het volgende plan.")
        sectie.get_by_role("button", name="Antwoord op dit punt bewaren").click()
        assert f"Antwoord op punt {punt.nummer} bewaard." in _melding(pagina)
    pagina.get_by_role("button", name="Antwoord publiceren").click()
    assert "Het antwoord staat op de website" in _melding(pagina)

    # 3. Everyone reads the advice and the answers on the plan page.
    pagina.goto(f"/toegankelijkheid/plannen/{actieplan.slug}/")
    pagina.get_by_role("link", name="Advies over de speelpleinen").click()
    tekst = pagina.locator("main").inner_text()
    assert "Zorg voor rustige hoeken." in tekst and "Antwoord van de stad: Aanvaard" in tekst
    _foto(pagina, "9-advies-publiek")


def test_een_bezoeker_vindt_een_actie_met_alleen_het_toetsenbord(pagina):
    from tests.e2e.test_toetsenbord import _tab_tot

    actieplan = plan(acties=3)
    bijwerken(actieplan.acties.get(nummer=2), status="lopend", pct=30, door=team_lid())
    pagina.goto(f"/toegankelijkheid/plannen/{actieplan.slug}/")
    _foto(pagina, "10-plan")
    _tab_tot(pagina, "a[href$='/acties/']")
    pagina.keyboard.press("Enter")
    pagina.wait_for_url(re.compile("/acties/$"))
    _tab_tot(pagina, "#id_status")
    pagina.keyboard.press("ArrowDown")  # a native select: the first status, "Gepland"
    pagina.keyboard.press("ArrowDown")  # "Lopend"
    _tab_tot(pagina, "main button[type=submit]")
    pagina.keyboard.press("Enter")
    pagina.wait_for_url(re.compile("status=lopend"))
    assert "1 actie gevonden." in pagina.locator("main").inner_text()
    _foto(pagina, "11-acties-gefilterd")
    _tab_tot(pagina, "main .portal-lijst a")
    pagina.keyboard.press("Enter")
    pagina.wait_for_url(re.compile("/toegankelijkheid/acties/"))
    assert "Lopend, 30% klaar" in pagina.locator("main").inner_text()


def test_op_elke_publieke_pagina_bereik_je_alles_met_tab_en_zie_je_de_focus(pagina):
    from tests.e2e.scan import _toegankelijkheid
    from tests.e2e.test_toetsenbord import _focus_zichtbaar

    paginas = {
        "index": "/toegankelijkheid/",
        "plan": "/toegankelijkheid/plannen/{slug}/",
        "acties": "/toegankelijkheid/plannen/{slug}/acties/",
        "evaluatie": "/toegankelijkheid/plannen/{slug}/evaluaties/{jaar}/",
        "actie": "/toegankelijkheid/acties/{sleutel}/",
        "advies": "/toegankelijkheid/adviezen/{sleutel}/",
    }
    for soort, pad in paginas.items():
        pagina.goto(pad.format(**_toegankelijkheid("plan" if soort == "acties" else soort)(None)))
        doelen = pagina.locator(
            "main a[href], main button, main input, main select, main textarea, main [tabindex='0']"
        )
        te_bereiken = doelen.count()
        bereikt = 0
        for _ in range(te_bereiken + 40):  # the header's links first, then main
            pagina.keyboard.press("Tab")
            if pagina.evaluate("document.activeElement.closest('main') !== null"):
                assert _focus_zichtbaar(pagina), f"{soort}: focus not visible"
                bereikt += 1
            elif bereikt:
                break  # past main: the footer
        assert bereikt == te_bereiken, f"{soort}: {bereikt} of {te_bereiken} reached with Tab"
