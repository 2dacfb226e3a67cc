import pytest
from django.urls import reverse

from tests.accounts.hulp import aanmelden_met_code, totp_instellen


def test_mijn_dossiers_vraagt_aanmelding(client, db):
    antwoord = client.get(reverse("accounts:mijn"))
    assert antwoord.status_code == 302
    assert antwoord.url.startswith(reverse("account_login"))


def test_burger_ziet_eigen_organisaties_in_mijn_dossiers(client, burger, andere_burger):
    from tests.factories import LidmaatschapFactory

    LidmaatschapFactory(user=burger, organisatie__naam="Buurtwerking Brugse Poort")
    LidmaatschapFactory(user=andere_burger, organisatie__naam="Seniorenclub Oostakker")
    client.force_login(burger)
    html = client.get(reverse("accounts:mijn")).text
    assert "Buurtwerking Brugse Poort" in html
    assert "Seniorenclub Oostakker" not in html


def test_burger_kan_niet_in_de_backoffice(client, burger):
    client.force_login(burger)
    antwoord = client.get("/admin/")
    assert antwoord.status_code == 302
    assert antwoord.url.startswith("/admin/login/")
    # Logged in without back-office access: refused, not sent round to the login again.
    assert client.get(antwoord.url).status_code == 403


def test_medewerker_kan_in_de_backoffice_in_het_nederlands(client, behandelaar):
    client.force_login(behandelaar)
    antwoord = client.get("/admin/")
    assert antwoord.status_code == 200
    assert "Welzijn en Gelijke Kansen: backoffice" in antwoord.text
    assert "Afmelden" in antwoord.text


@pytest.mark.mfa
def test_meldpunt_moet_tweestapsverificatie_instellen(client, meldpunt_medewerker):
    from tests.factories import WACHTWOORD

    client.post(reverse("account_login"), {"login": meldpunt_medewerker.email, "password": WACHTWOORD})
    antwoord = client.get(reverse("accounts:mijn"))
    assert antwoord.status_code == 302
    assert antwoord.url == reverse("mfa_activate_totp")
    # allauth asks for the password again before an authenticator is added.
    client.post(reverse("account_reauthenticate"), {"password": WACHTWOORD})
    pagina = client.get(reverse("mfa_activate_totp"))
    assert pagina.status_code == 200
    assert 'name="code"' in pagina.text


@pytest.mark.mfa
def test_meldpunt_met_tweestapsverificatie_kan_verder(client, meldpunt_medewerker):
    geheim = totp_instellen(meldpunt_medewerker)
    aanmelden_met_code(client, meldpunt_medewerker, geheim)
    assert client.get(reverse("accounts:mijn")).status_code == 200


@pytest.mark.mfa
def test_verplichte_tweestapsverificatie_kan_uit(client, meldpunt_medewerker, settings):
    settings.MFA_VERPLICHT = False
    client.force_login(meldpunt_medewerker)
    assert client.get(reverse("accounts:mijn")).status_code == 200


@pytest.mark.mfa
def test_andere_rol_hoeft_geen_tweestapsverificatie(client, jurylid):
    client.force_login(jurylid)
    assert client.get(reverse("accounts:mijn")).status_code == 200


@pytest.mark.parametrize("ingesteld", [True, False])
def test_stadslogin_alleen_als_ingesteld(client, db, settings, ingesteld):
    if ingesteld:
        settings.SOCIALACCOUNT_PROVIDERS = {
            "openid_connect": {
                "APPS": [
                    {
                        "provider_id": "gent",
                        "name": "Stad Gent",
                        "client_id": "portaal",
                        "secret": "geheim",
                        "settings": {"server_url": "https://login.example.org"},
                    }
                ]
            }
        }
    html = client.get(reverse("account_login")).text
    assert ("/accounts/oidc/gent/login/" in html) is ingesteld


def test_behandelaar_beheert_organisaties_in_de_backoffice(client, behandelaar):
    client.force_login(behandelaar)
    assert client.get("/admin/core/organisatie/").status_code == 200
    assert client.get("/admin/core/organisatie/add/").status_code == 200
    assert client.get("/admin/core/auditevent/").status_code == 403


def test_meldpunt_kan_organisaties_alleen_lezen(client, meldpunt_medewerker):
    client.force_login(meldpunt_medewerker)
    assert client.get("/admin/core/organisatie/").status_code == 200
    assert client.get("/admin/core/organisatie/add/").status_code == 403
