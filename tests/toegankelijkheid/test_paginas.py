"""The pages of a city service's member (updates on its actions) and of an advisory council's
member (advice point by point): what they see, what a mistake keeps, what an old tab does."""

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.toegankelijkheid.factories import actie_van, advies, organisatie, plan, raadslid, team_lid
from toegankelijkheid.models import Advies
from toegankelijkheid.services import adviezen

pytestmark = pytest.mark.django_db


def _update(client, actie, **velden):
    data = {
        "datum": timezone.localdate().isoformat(),
        "tekst": "Drie gebouwen gescreend.",
        "actie_status": "lopend",
        "voortgang": "35",
        **velden,
    }
    return client.post(reverse("toegankelijkheid:actie-bijwerken", args=[actie.sleutel]), data, follow=True)


def test_een_dienst_ziet_haar_acties_en_schrijft_een_update(client, burger):
    actie = actie_van(burger)
    plan("2040-2041", trekker=organisatie("Groendienst"))  # another service's action
    client.force_login(burger)
    lijst = client.get(reverse("toegankelijkheid:mijn-acties")).text
    assert actie.titel in lijst and lijst.count("bijwerken/") == 1
    antwoord = _update(client, actie)
    assert "Je update is bewaard." in antwoord.text
    assert "wacht op goedkeuring" in antwoord.text
    actie.refresh_from_db()
    assert actie.voortgang == 0  # until the team approves


def test_een_fout_houdt_wat_je_schreef(client, burger):
    actie = actie_van(burger)
    client.force_login(burger)
    antwoord = _update(client, actie, voortgang="100", tekst="Mijn lange verslag.")
    assert "Kies dan de status «Gerealiseerd»." in antwoord.text
    assert "Mijn lange verslag." in antwoord.text
    assert not actie.updates.exists()
    antwoord = _update(client, actie, voortgang="150")
    assert "100" in antwoord.text and not actie.updates.exists()


def test_een_raadslid_schrijft_bewaart_en_dient_in(client):
    lid = raadslid()
    actieplan = plan()
    client.force_login(lid)
    raad = lid.lidmaatschappen.get().organisatie
    basis = {
        "adviesraad": raad.pk,
        "actieplan": actieplan.pk,
        "titel": "Advies over het plan",
        "inleiding": "",
        "punt-TOTAL_FORMS": "3",
        "punt-INITIAL_FORMS": "0",
        "punt-0-tekst": "Meer banken.",
        "punt-1-tekst": "",
        "punt-2-tekst": "Grotere letters.",
    }
    antwoord = client.post(reverse("toegankelijkheid:advies-nieuw"), {**basis, "bewaren": "1"}, follow=True)
    assert "Bewaard." in antwoord.text
    stuk = Advies.objects.get()
    assert list(stuk.punten.values_list("tekst", flat=True)) == ["Meer banken.", "Grotere letters."]
    assert antwoord.text.count('name="punt-') >= 3 * 1  # the saved points and an empty line
    url = reverse("toegankelijkheid:advies-bewerken", args=[stuk.sleutel])
    antwoord = client.post(url, {**basis, "indienen": "1"}, follow=True)
    assert "Jullie advies is ingediend." in antwoord.text
    stuk.refresh_from_db()
    assert stuk.status == "ingediend"
    # An old tab that saves again changes nothing and says so.
    antwoord = client.post(url, {**basis, "titel": "Anders", "bewaren": "1"}, follow=True)
    assert "al ingediend" in antwoord.text
    stuk.refresh_from_db()
    assert stuk.titel == "Advies over het plan"


def test_een_lid_van_een_andere_raad_vindt_het_concept_niet(client):
    stuk = advies(raadslid())
    ander = raadslid(raad="Stedelijke Seniorenraad")
    client.force_login(ander)
    assert client.get(reverse("toegankelijkheid:advies-bewerken", args=[stuk.sleutel])).status_code == 404
    assert stuk.titel not in client.get(reverse("toegankelijkheid:adviezen")).text


def test_een_vervalst_adviesraad_id_wordt_geweigerd(client):
    lid = raadslid()
    andere_raad = raadslid(raad="AdRem").lidmaatschappen.get().organisatie
    client.force_login(lid)
    data = {
        "adviesraad": andere_raad.pk,
        "actieplan": plan().pk,
        "titel": "Namens een ander",
        "punt-TOTAL_FORMS": "1",
        "punt-INITIAL_FORMS": "0",
        "punt-0-tekst": "x",
        "bewaren": "1",
    }
    antwoord = client.post(reverse("toegankelijkheid:advies-nieuw"), data)
    assert antwoord.status_code == 200 and not Advies.objects.exists()


def test_een_ingediend_advies_toont_de_termijn_en_wordt_beantwoord(client):
    lid = raadslid()
    stuk = advies(lid, status="ingediend")
    client.force_login(lid)
    pagina = client.get(reverse("toegankelijkheid:advies-bewerken", args=[stuk.sleutel])).text
    assert "De stad antwoordt tegen" in pagina and "<textarea" not in pagina
    team = team_lid()
    adviezen.punt_beantwoorden(
        punt=stuk.punten.get(), door=team, standpunt="aanvaard", motivering="Ja.", opvolging=""
    )
    adviezen.advies_beantwoorden(advies=stuk, door=team)
    assert (
        reverse("toegankelijkheid:advies", args=[stuk.sleutel])
        in client.get(reverse("toegankelijkheid:adviezen")).text
    )


def _advies_data(lid, actieplan, **extra):
    raad = lid.lidmaatschappen.get().organisatie
    return {
        "adviesraad": raad.pk,
        "actieplan": actieplan.pk,
        "titel": "Advies over het plan",
        "inleiding": "",
        "punt-TOTAL_FORMS": "1",
        "punt-INITIAL_FORMS": "0",
        "punt-0-tekst": "Meer banken.",
        **extra,
    }


def test_twee_keer_hetzelfde_nieuwe_advies_versturen_maakt_er_een(client):
    lid = raadslid()
    client.force_login(lid)
    pagina = client.get(reverse("toegankelijkheid:advies-nieuw")).text
    nieuw = pagina.split('name="nieuw" value="')[1].split('"')[0]
    data = _advies_data(lid, plan(), nieuw=nieuw, indienen="1")
    client.post(reverse("toegankelijkheid:advies-nieuw"), data)
    antwoord = client.post(reverse("toegankelijkheid:advies-nieuw"), data, follow=True)
    assert Advies.objects.count() == 1 and Advies.objects.get().status == "ingediend"
    assert "al ingediend" in antwoord.text


def test_indienen_zonder_punten_bewaart_het_concept_en_zegt_waarom(client):
    lid = raadslid()
    client.force_login(lid)
    data = _advies_data(lid, plan(), **{"punt-0-tekst": " ", "indienen": "1"})
    antwoord = client.post(reverse("toegankelijkheid:advies-nieuw"), data, follow=True)
    stuk = Advies.objects.get()
    assert antwoord.redirect_chain[-1][0] == reverse("toegankelijkheid:advies-bewerken", args=[stuk.sleutel])
    assert "Schrijf minstens één adviespunt." in antwoord.text and stuk.status == "concept"


def test_een_te_lang_punt_krijgt_een_foutmelding_bij_dat_punt(client):
    lid = raadslid()
    client.force_login(lid)
    data = _advies_data(lid, plan(), **{"punt-0-tekst": "x" * 3001, "bewaren": "1"})
    antwoord = client.post(reverse("toegankelijkheid:advies-nieuw"), data)
    assert antwoord.status_code == 200 and "foutenoverzicht" in antwoord.text
    assert "Punt 1" in antwoord.text.split('id="foutenoverzicht"')[1].split("</ul>")[0]
    assert not Advies.objects.exists()


def test_tot_dertig_punten_en_dan_geen_leeg_vak_meer(client):
    from toegankelijkheid.forms import MAX_PUNTEN

    lid = raadslid()
    stuk = advies(lid, punten=[f"Punt {i}" for i in range(MAX_PUNTEN)])
    client.force_login(lid)
    pagina = client.get(reverse("toegankelijkheid:advies-bewerken", args=[stuk.sleutel])).text
    assert f'name="punt-TOTAL_FORMS" value="{MAX_PUNTEN}"' in pagina
    data = _advies_data(lid, stuk.actieplan, indienen="1")
    data.update({"punt-TOTAL_FORMS": str(MAX_PUNTEN), "punt-INITIAL_FORMS": str(MAX_PUNTEN)})
    data.update({f"punt-{i}-tekst": f"Punt {i}" for i in range(MAX_PUNTEN)})
    client.post(reverse("toegankelijkheid:advies-bewerken", args=[stuk.sleutel]), data)
    stuk.refresh_from_db()
    assert stuk.status == "ingediend" and stuk.punten.count() == MAX_PUNTEN


def test_een_dubbel_verstuurde_update_is_er_een(client, burger):
    actie = actie_van(burger)
    client.force_login(burger)
    _update(client, actie)
    _update(client, actie)
    assert actie.updates.count() == 1


def test_een_update_van_het_jaar_1_wordt_geweigerd(client, burger):
    actie = actie_van(burger)
    client.force_login(burger)
    antwoord = _update(client, actie, datum="0001-01-01")
    assert "Kies een datum vanaf" in antwoord.text and not actie.updates.exists()
