import pytest
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory
from django.urls import path, reverse

from gelijkekansen import urls as portaal_urls
from gelijkekansen.core.models import AuditEvent
from gelijkekansen.core.models.audit import AuditActie
from gelijkekansen.core.register import diensten
from gelijkekansen.core.views import serverfout

STIJLGIDS = "gent/css/main.css"


def _verboden(request):
    raise PermissionDenied


def _kapot(request):
    raise RuntimeError("stuk")


# This test module doubles as a URLconf (pytest.mark.urls): the portal's own URLs and error
# handlers, plus two views that fail on purpose. Production URLs get no such views.
urlpatterns = [
    *portaal_urls.urlpatterns,
    path("test/verboden/", _verboden),
    path("test/kapot/", _kapot),
]
handler403 = portaal_urls.handler403
handler404 = portaal_urls.handler404
handler500 = portaal_urls.handler500


def test_startpagina_toont_de_zes_diensten_met_links(client, db):
    antwoord = client.get("/")
    assert antwoord.status_code == 200
    html = antwoord.text
    assert '<body class="cs--cyan">' in html
    assert "Welzijn en Gelijke Kansen" in html
    for dienst in diensten():
        assert str(dienst.titel) in html
        assert f'href="{reverse(dienst.url_naam)}"' in html
    assert len(diensten()) == 6  # every chapter declares its tile in its AppConfig


@pytest.mark.parametrize(
    "dienst", ["subsidies", "erkenning", "meldingen", "vrijwilligers", "signalen", "toegankelijkheid"]
)
def test_elke_dienst_heeft_een_pagina(client, db, dienst):
    from gelijkekansen.core.register import dienst_van

    dienst = dienst_van(dienst)
    antwoord = client.get(reverse(dienst.url_naam))
    assert antwoord.status_code == 200
    assert f"<h1>{dienst.titel}</h1>" in antwoord.text


def test_onbekende_pagina_geeft_een_duidelijke_404(client, db):
    antwoord = client.get("/bestaat-niet/")
    assert antwoord.status_code == 404
    assert "Deze pagina bestaat niet" in antwoord.text


def test_voettekst_linkt_naar_toegankelijkheidsverklaring(client, db):
    html = client.get("/").text
    assert f'href="{reverse("core:toegankelijkheid")}"' in html
    verklaring = client.get(reverse("core:toegankelijkheid")).text
    assert "Vlaamse Ombudsdienst" in verklaring


def test_skiplink_springt_naar_de_inhoud(client, db):
    html = client.get("/").text
    assert 'href="#main"' in html
    assert 'id="main"' in html


@pytest.mark.urls(__name__)
def test_geweigerde_pagina_toont_403_in_de_stijl_van_de_stad(client, db):
    antwoord = client.get("/test/verboden/")
    assert antwoord.status_code == 403
    html = antwoord.text
    assert STIJLGIDS in html
    assert "<h1>Je hebt geen toegang tot deze pagina</h1>" in html
    assert f'href="{reverse("account_login")}?next=/test/verboden/"' in html
    assert "mailto:gelijkekansen@stad.gent" in html


@pytest.mark.urls(__name__)
def test_aangemelde_burger_ziet_hoe_hij_verder_kan_na_403(client, burger):
    client.force_login(burger)
    html = client.get("/test/verboden/").text
    assert AuditEvent.objects.filter(wie=burger, wat=AuditActie.GEWEIGERD).exists()
    assert burger.email in html
    assert f'href="{reverse("accounts:mijn")}"' in html
    assert f'action="{reverse("account_logout")}"' in html


@pytest.mark.urls(__name__)
def test_weigering_komt_in_het_auditlog(client, db, monkeypatch):
    geweigerd = []
    monkeypatch.setattr(
        "gelijkekansen.accounts.audit.weigering_registreren", lambda request: geweigerd.append(request.path)
    )
    client.get("/test/verboden/")
    assert geweigerd == ["/test/verboden/"]


def test_500_pagina_werkt_zonder_database(django_db_blocker):
    # Every query raises while blocked: the page must not need the database that may have failed.
    with django_db_blocker.block():
        antwoord = serverfout(RequestFactory().get("/"))
    assert antwoord.status_code == 500
    html = antwoord.content.decode()
    assert '<body class="cs--cyan">' in html
    assert STIJLGIDS in html
    assert "<h1>Er ging iets mis</h1>" in html


@pytest.mark.urls(__name__)
def test_fout_in_een_view_geeft_de_500_pagina(client, django_db_blocker):
    client.raise_request_exception = False
    with django_db_blocker.block():
        antwoord = client.get("/test/kapot/")
    assert antwoord.status_code == 500
    assert "<h1>Er ging iets mis</h1>" in antwoord.text


def test_elke_hoofdstukapp_verklaart_zichzelf_en_de_kern_noemt_geen_apps():
    """Roles' permissions, beat entries and tiles come from the apps' AppConfig, not the kernel."""
    from pathlib import Path

    from django.conf import settings

    from gelijkekansen.accounts.roles import ROL_RECHTEN
    from gelijkekansen.celery import app as celery_app
    from gelijkekansen.core.herinneringen import REGELS
    from gelijkekansen.core.register import rol_rechten

    assert "herinneringen-versturen" in celery_app.conf.beat_schedule  # the kernel runs every rule
    assert "subsidies-aanvulling" in REGELS  # ... that the apps declare
    assert "subsidies.view_aanvraag" in rol_rechten()["dossierbehandelaar-subsidies"]
    assert not any(recht.startswith("subsidies.") for rechten in ROL_RECHTEN.values() for recht in rechten)
    kern = Path(settings.BASE_DIR) / "gelijkekansen"
    for pad in [*kern.glob("core/*.py"), kern / "settings.py", kern / "accounts" / "roles.py"]:
        tekst = pad.read_text(encoding="utf-8")
        assert "subsidies." not in tekst.replace("gelijkekansen.", ""), pad


def test_verlopen_sessies_worden_opgeruimd(db):
    from datetime import timedelta

    from django.contrib.sessions.models import Session
    from django.utils import timezone

    from gelijkekansen.core.tasks import sessies_opruimen

    Session.objects.create(
        session_key="oud", session_data="x", expire_date=timezone.now() - timedelta(days=1)
    )
    Session.objects.create(
        session_key="nieuw", session_data="x", expire_date=timezone.now() + timedelta(days=1)
    )
    sessies_opruimen.delay()
    assert list(Session.objects.values_list("session_key", flat=True)) == ["nieuw"]
