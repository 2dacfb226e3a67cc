"""The budget page in a real browser: "Nog een lijn toevoegen" adds a line on the spot (no
request), the lines save together, and an error in a line is listed and reachable from the summary."""

from decimal import Decimal

from subsidies.models import Aanvraag
from tests.factories import UserFactory
from tests.subsidies.factories import AanvraagFactory


def _begroting(pagina, aanvraag) -> None:
    pagina.goto(f"/subsidies/aanvragen/{aanvraag.pk}/bewerken/begroting/")


def test_nog_een_lijn_toevoegen_zonder_de_pagina_te_versturen(pagina, aanmelden):
    burger = UserFactory()
    aanvraag = AanvraagFactory(aanvrager=burger, volledig=False, gevraagd_bedrag=None)
    aanmelden(burger)
    _begroting(pagina, aanvraag)
    assert pagina.locator("#begrotingslijnen > .portal-kader").count() == 2
    verzoeken = []
    pagina.on("request", lambda verzoek: verzoeken.append(verzoek) if verzoek.method == "POST" else None)

    knop = pagina.get_by_role("button", name="Nog een lijn toevoegen")
    knop.click()
    knop.click()

    assert verzoeken == []  # nothing sent, nothing saved
    assert pagina.locator("#begrotingslijnen > .portal-kader").count() == 4
    assert pagina.locator("#id_lijn-TOTAL_FORMS").input_value() == "4"
    assert pagina.get_by_role("group", name="Lijn 4").is_visible()
    assert pagina.evaluate("document.activeElement.id") == "id_lijn-3-soort"  # focus on the new line
    for i, (soort, omschrijving, bedrag) in enumerate(
        [
            ("kost", "Zaalhuur", "350"),
            ("kost", "Eten", "120,50"),
            ("inkomst", "Bijdrage", "40"),
            ("kost", "Soep", "9"),
        ]
    ):
        pagina.locator(f"#id_lijn-{i}-soort").select_option(soort)
        pagina.locator(f"#id_lijn-{i}-omschrijving").fill(omschrijving)
        pagina.locator(f"#id_lijn-{i}-bedrag").fill(bedrag)
    pagina.get_by_label("Hoeveel subsidie vraag je? (€)").fill("400")
    pagina.get_by_role("button", name="Bewaren en verder").click()
    pagina.wait_for_url("**/bewerken/betaling/")

    assert sorted(aanvraag.begrotingslijnen.values_list("omschrijving", "bedrag")) == [
        ("Bijdrage", Decimal("40.00")),
        ("Eten", Decimal("120.50")),
        ("Soep", Decimal("9.00")),
        ("Zaalhuur", Decimal("350.00")),
    ]


def test_enter_in_een_veld_bewaart_en_voegt_geen_lijn_toe(pagina, aanmelden):
    """Enter "clicks" the form's first submit button, the add button: the script saves instead."""
    burger = UserFactory()
    aanvraag = AanvraagFactory(aanvrager=burger, volledig=False)
    aanmelden(burger)
    _begroting(pagina, aanvraag)
    pagina.locator("#id_lijn-0-omschrijving").fill("Zaalhuur")
    pagina.locator("#id_lijn-0-bedrag").fill("350")
    pagina.locator("#id_lijn-0-bedrag").press("Enter")
    pagina.wait_for_url("**/bewerken/betaling/")
    assert list(aanvraag.begrotingslijnen.values_list("omschrijving", flat=True)) == ["Zaalhuur"]


def test_fout_in_een_toegevoegde_lijn_staat_in_het_overzicht_en_leidt_naar_het_veld(pagina, aanmelden):
    burger = UserFactory()
    aanvraag = AanvraagFactory(aanvrager=burger)
    aanmelden(burger)
    _begroting(pagina, aanvraag)
    pagina.get_by_role("button", name="Nog een lijn toevoegen").click()
    nieuw = pagina.locator("#begrotingslijnen > .portal-kader").count() - 1
    pagina.locator(f"#id_lijn-{nieuw}-omschrijving").fill("Affiches")
    pagina.locator(f"#id_lijn-{nieuw}-bedrag").fill("0")
    pagina.get_by_role("button", name="Bewaren en verder").click()

    overzicht = pagina.locator("#foutenoverzicht")
    overzicht.wait_for()
    assert pagina.evaluate("document.activeElement.id") == "foutenoverzicht"
    assert "Verbeter de fout hieronder." in overzicht.inner_text()
    link = overzicht.get_by_role(
        "link", name=f"Lijn {nieuw + 1}, bedrag (€): Vul een bedrag groter dan 0 in."
    )
    link.click()
    assert pagina.evaluate("document.activeElement.id") == f"id_lijn-{nieuw}-bedrag"
    assert Aanvraag.objects.get(pk=aanvraag.pk).begrotingslijnen.filter(omschrijving="Affiches").count() == 0
