"""The one role check (gelijkekansen.accounts.toegang): login first, then 403 without the role;
superusers pass every role except those that need the role itself (meldpunt)."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.test import RequestFactory

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import ROLLEN_ZONDER_SUPERUSER, mag_rol, rol_vereist, vereis_rol
from tests.factories import UserFactory


@rol_vereist(Rol.JURY)
def _jurypagina(request):
    return HttpResponse("ok")


def _vraag(user):
    request = RequestFactory().get("/subsidies/jury/?x=1")
    request.user = user or AnonymousUser()
    return request


def test_anoniem_gaat_naar_de_aanmelding(db):
    antwoord = _jurypagina(_vraag(None))
    assert antwoord.status_code == 302
    assert antwoord["Location"].startswith("/accounts/login/?next=/subsidies/jury/")


def test_zonder_de_rol_403_met_de_rol_door(db, burger, behandelaar, jurylid):
    for user in (burger, behandelaar):
        with pytest.raises(PermissionDenied):
            _jurypagina(_vraag(user))
    assert _jurypagina(_vraag(jurylid)).status_code == 200


def test_superuser_mag_elke_rol_behalve_meldpunt(db, beheerder, meldpunt_medewerker):
    assert {Rol.MELDPUNT} == ROLLEN_ZONDER_SUPERUSER
    for rol in Rol:
        assert mag_rol(beheerder, rol) is (rol not in ROLLEN_ZONDER_SUPERUSER), rol
    with pytest.raises(PermissionDenied):
        vereis_rol(beheerder, Rol.MELDPUNT)
    vereis_rol(meldpunt_medewerker, Rol.MELDPUNT)


def test_een_van_meerdere_rollen_volstaat_en_inactief_telt_niet(db):
    user = UserFactory(rollen=["adviesraad"])
    assert mag_rol(user, Rol.TOEGANKELIJKHEID, Rol.ADVIESRAAD)
    user.is_active = False
    assert not mag_rol(user, Rol.ADVIESRAAD)
    assert not mag_rol(AnonymousUser(), Rol.ADVIESRAAD)
