"""A citizen applies for Samen Aan Zet in a real browser: start, fill in, check, submit, receipt."""

from subsidies.models import Aanvraag
from tests.factories import UserFactory
from tests.subsidies.factories import OproepFactory


def _kies(pagina, label: str) -> None:
    # The styleguide draws its own radio buttons and checkboxes: people click the label.
    pagina.get_by_label(label, exact=True).check(force=True)


def test_burger_dient_een_aanvraag_in_met_de_browser(pagina, aanmelden):
    oproep = OproepFactory(titel="Samen Aan Zet 2027")
    aanmelden(UserFactory(naam="Amina El Idrissi"))
    pagina.goto("/subsidies/")
    pagina.get_by_role("link", name="Aanvraag starten").click()
    _kies(pagina, "Een burger")
    pagina.get_by_role("button", name="Start de aanvraag").click()

    pagina.get_by_label("Titel van je initiatief").fill("Soep op het plein")
    pagina.get_by_label("Korte uitleg").fill("Buren koken samen soep.")
    _kies(pagina, "Ontmoeten")
    _kies(pagina, "Senioren")
    _kies(pagina, "In heel Gent (stedelijk)")
    pagina.get_by_label("Plaats of adres").fill("Sint-Pietersplein")
    pagina.get_by_label("Startdatum").fill("2027-05-01")
    pagina.get_by_label("Einddatum").fill("2027-05-01")
    pagina.get_by_label("Verwacht aantal deelnemers").fill("80")
    pagina.get_by_role("button", name="Bewaren en verder").click()

    pagina.locator("#id_lijn-0-soort").select_option("kost")
    pagina.locator("#id_lijn-0-omschrijving").fill("Groenten en potten")
    pagina.locator("#id_lijn-0-bedrag").fill("500")
    pagina.get_by_label("Hoeveel subsidie vraag je? (€)").fill("450")
    pagina.get_by_role("button", name="Bewaren en verder").click()

    pagina.get_by_label("Rekeningnummer (IBAN)").fill("BE71 0961 2345 6769")
    pagina.get_by_label("Naam van de rekeninghouder").fill("Amina El Idrissi")
    pagina.get_by_role("button", name="Bewaren en naar controleren").click()

    assert pagina.get_by_text("Je aanvraag is volledig").is_visible()
    pagina.get_by_role("button", name="Aanvraag indienen").click()
    assert pagina.get_by_role("heading", name="Je aanvraag is ingediend").is_visible()
    with pagina.expect_download() as download:
        pagina.get_by_role("link", name="Ontvangstbewijs downloaden (PDF)").click()
    assert download.value.suggested_filename.startswith("ontvangstbewijs-SAZ-")
    aanvraag = Aanvraag.objects.get(oproep=oproep)
    assert (aanvraag.status, aanvraag.titel) == ("ingediend", "Soep op het plein")


def test_ontbrekende_gegevens_leiden_naar_het_juiste_veld(pagina, aanmelden):
    oproep = OproepFactory()
    burger = UserFactory()
    aanvraag = Aanvraag.objects.create(oproep=oproep, aanvrager=burger, aanvrager_soort="burger")
    aanmelden(burger)
    pagina.goto(f"/subsidies/aanvragen/{aanvraag.pk}/controleren/")
    pagina.get_by_role("link", name="Vul het rekeningnummer in.").click()
    pagina.wait_for_url("**/bewerken/betaling/#id_iban")
    assert pagina.get_by_label("Rekeningnummer (IBAN)").is_visible()


def test_werklijst_toont_status_bedragen_en_behandelen_zonder_scrollen(pagina, aanmelden):
    """At 1280 px, beside the admin's menu and the filters, the columns a case handler acts on
    fit without scrolling sideways, also with a long title and an organisation."""
    from decimal import Decimal

    from tests.factories import OrganisatieFactory
    from tests.subsidies.factories import AanvraagFactory

    behandelaar = UserFactory(is_staff=True, rollen=["dossierbehandelaar-subsidies"], naam="Sofie Claes")
    organisatie = OrganisatieFactory(naam="Vzw Buurtwerking Brugse Poort – Rabot – Ekkergem")
    AanvraagFactory(
        titel="Een heel lange titel voor een zomerfeest met een buurtmaaltijd en een kinderprogramma",
        organisatie=organisatie,
        gevraagd_bedrag=Decimal("1699.99"),
        coach=behandelaar,
        naar="goedgekeurd",
        naar__behandelaar=behandelaar,
    )
    aanmelden(behandelaar)
    pagina.goto("/admin/subsidies/aanvraag/")
    for kolom in ["Status", "Gevraagd", "Toegekend", "Actie"]:
        kop = pagina.locator("#result_list thead th", has_text=kolom).first.bounding_box()
        assert kop["x"] + kop["width"] <= 1280, f"{kolom} is off screen at 1280 px: {kop}"
    link = pagina.get_by_role("link", name="Behandelen").first.bounding_box()
    assert link["x"] + link["width"] <= 1280
