"""Advice of an advisory council: a member writes it point by point, submits it, the city answers
each point, and only then is it public and the council told. Open advice past its term is flagged."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from gelijkekansen.core.werkbak import taken_voor
from gelijkekansen.core.workflow import OngeldigeOvergang
from tests.toegankelijkheid.factories import advies, plan, raadslid, team_lid
from toegankelijkheid.constants import ANTWOORDTERMIJN_DAGEN
from toegankelijkheid.services import adviezen

pytestmark = pytest.mark.django_db


def test_van_concept_tot_beantwoord_en_dan_openbaar(client, django_capture_on_commit_callbacks):
    lid = raadslid()
    stuk = advies(lid, punten=["Meer banken.", "", "Grotere letters."])
    assert list(stuk.punten.values_list("nummer", "tekst")) == [(1, "Meer banken."), (2, "Grotere letters.")]
    adviezen.advies_indienen(advies=stuk, door=lid)
    stuk.refresh_from_db()
    assert stuk.antwoord_tegen == stuk.ingediend_op + timedelta(days=ANTWOORDTERMIJN_DAGEN)
    url = reverse("toegankelijkheid:advies", args=[stuk.sleutel])
    assert client.get(url).status_code == 404  # not public before the answer
    team = team_lid()
    een, twee = stuk.punten.all()
    adviezen.punt_beantwoorden(punt=een, door=team, standpunt="aanvaard", motivering="Komt er.", opvolging="")
    with pytest.raises(ValidationError, match="elk punt"):
        adviezen.advies_beantwoorden(advies=stuk, door=team)
    adviezen.punt_beantwoorden(
        punt=twee, door=team, standpunt="niet_aanvaard", motivering="Te duur.", opvolging=""
    )
    with django_capture_on_commit_callbacks(execute=True):
        adviezen.advies_beantwoorden(advies=stuk, door=team)
    assert mail.outbox[-1].to == [lid.email]
    pagina = client.get(url).text
    assert "Niet aanvaard" in pagina and "Te duur." in pagina and "Grotere letters." in pagina


def test_een_lid_van_een_andere_raad_of_zonder_rol_schrijft_niet_voor_de_raad(burger):
    lid = raadslid()
    stuk = advies(lid)
    ander = raadslid(raad="Stedelijke Seniorenraad")
    with pytest.raises(PermissionDenied):
        adviezen.advies_indienen(advies=stuk, door=ander)
    burger.lidmaatschappen.create(organisatie=stuk.adviesraad, rol="lid")  # member, but no role
    velden = {"adviesraad": stuk.adviesraad, "actieplan": stuk.actieplan, "titel": "X", "inleiding": ""}
    with pytest.raises(PermissionDenied):
        adviezen.advies_bewaren(advies=None, door=burger, velden=velden, punten=["x"])


def test_een_advies_gaat_over_een_gepubliceerd_plan_en_een_actie_van_dat_plan():
    lid = raadslid()
    raad = lid.lidmaatschappen.get().organisatie
    ontwerp = plan("2036-2037", gepubliceerd=False)
    velden = {"adviesraad": raad, "actieplan": ontwerp, "titel": "X", "inleiding": ""}
    with pytest.raises(ValidationError, match="gepubliceerd plan"):
        adviezen.advies_bewaren(advies=None, door=lid, velden=velden, punten=["x"])
    actieplan = plan("2030-2031")
    velden = {**velden, "actieplan": actieplan, "actie": plan("2038-2039").acties.get()}
    with pytest.raises(ValidationError, match="hoort niet bij"):
        adviezen.advies_bewaren(advies=None, door=lid, velden=velden, punten=["x"])


def test_zonder_punten_dien_je_niet_in_en_ingediend_wijzig_je_niet():
    lid = raadslid()
    leeg = advies(lid, punten=[" "])
    with pytest.raises(ValidationError, match="minstens één"):
        adviezen.advies_indienen(advies=leeg, door=lid)
    stuk = advies(lid, status="ingediend")
    velden = {"adviesraad": stuk.adviesraad, "actieplan": stuk.actieplan, "titel": "Anders", "inleiding": ""}
    with pytest.raises(OngeldigeOvergang):
        adviezen.advies_bewaren(advies=stuk, door=lid, velden=velden, punten=["x"])
    assert list(stuk.punten.values_list("tekst", flat=True)) == ["Maak het toegankelijk."]


def test_een_beantwoord_advies_blijft_zoals_het_gepubliceerd_is():
    stuk = advies(raadslid(), status="beantwoord")
    with pytest.raises(OngeldigeOvergang):
        adviezen.punt_beantwoorden(
            punt=stuk.punten.get(),
            door=team_lid(),
            standpunt="niet_aanvaard",
            motivering="Toch niet.",
            opvolging="",
        )


def test_een_advies_over_de_termijn_staat_in_de_werkbak(time_machine):
    team = team_lid()
    stuk = advies(raadslid(), status="ingediend")
    taken = {str(t.titel): t.aantal for t in taken_voor(team)}
    assert taken["Adviezen om te beantwoorden"] == 1 and "Adviezen over de antwoordtermijn" not in taken
    time_machine.move_to(stuk.antwoord_tegen + timedelta(days=1))
    taken = {str(t.titel): t.aantal for t in taken_voor(team)}
    assert taken["Adviezen over de antwoordtermijn"] == 1


def test_een_titel_van_onzichtbare_tekens_is_geen_titel():
    lid = raadslid()
    raad = lid.lidmaatschappen.get().organisatie
    velden = {"adviesraad": raad, "actieplan": plan(), "titel": "\u200b", "inleiding": ""}
    with pytest.raises(ValidationError, match="titel"):
        adviezen.advies_bewaren(advies=None, door=lid, velden=velden, punten=["x"])
