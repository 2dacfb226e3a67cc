import io
from datetime import date
from decimal import Decimal

import pytest
from django import forms
from django.core import mail
from django.urls import reverse
from pypdf import PdfReader

from gelijkekansen.celery import app as celery_app
from gelijkekansen.core import services
from gelijkekansen.core.models import AuditEvent, Rapport, Wijk
from gelijkekansen.core.rapporten import REGISTER, RapportSoort, parameters_uit, rapport_soort
from tests.factories import OrganisatieFactory
from tests.worker import echte_worker  # noqa: F401 (fixture)

Status = Rapport.Status
SOORT = "organisaties-per-wijk"


def _aanvragen(client, user):
    client.force_login(user)
    return client.post(reverse("core:rapport-aanvragen", args=[SOORT]))


def test_medewerker_vraagt_rapport_aan_en_downloadt_het(
    client, behandelaar, django_capture_on_commit_callbacks
):
    OrganisatieFactory.create_batch(3)
    with django_capture_on_commit_callbacks(execute=True):
        antwoord = _aanvragen(client, behandelaar)

    rapport = Rapport.objects.get()
    assert antwoord.url == reverse("core:rapport-detail", args=[rapport.pk])
    assert (rapport.status, rapport.voortgang) == (Status.KLAAR, 100)
    pagina = client.get(antwoord.url)
    assert "Rapport downloaden" in pagina.text

    bestand = client.get(reverse("core:rapport-bestand", args=[rapport.pk]))
    assert bestand["Content-Disposition"].startswith("attachment")
    pdf = PdfReader(io.BytesIO(b"".join(bestand.streaming_content)))
    assert "Organisaties per wijk" in pdf.pages[0].extract_text()
    assert AuditEvent.objects.filter(wie=behandelaar, wat="geexporteerd", object_id=str(rapport.pk)).exists()
    assert mail.outbox[0].to == [behandelaar.email]
    assert "klaar" in mail.outbox[0].subject


def test_zelfde_aanvraag_geeft_hetzelfde_rapport(client, behandelaar, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _aanvragen(client, behandelaar)
        _aanvragen(client, behandelaar)
    assert Rapport.objects.count() == 1


def test_burger_kan_geen_rapport_aanvragen_of_zien(
    client, burger, behandelaar, django_capture_on_commit_callbacks
):
    assert _aanvragen(client, burger).status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        rapport = services.rapport_aanvragen(soort=SOORT, parameters={"peildatum": "x"}, door=behandelaar)
    for naam in ["rapport-detail", "rapport-status", "rapport-bestand"]:
        assert client.get(reverse(f"core:{naam}", args=[rapport.pk])).status_code == 404


@pytest.fixture
def kapot_rapport():
    def maak(rapport, voortgang):
        voortgang(10)
        raise RuntimeError("schijf vol")

    REGISTER["kapot"] = RapportSoort("kapot", "Kapot", maak, lambda user: user.is_staff)
    yield "kapot"
    del REGISTER["kapot"]


def test_mislukt_rapport_toont_fout_en_kan_opnieuw(
    client, behandelaar, kapot_rapport, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        rapport = services.rapport_aanvragen(soort=kapot_rapport, parameters={}, door=behandelaar)
    rapport.refresh_from_db()
    assert rapport.status == Status.MISLUKT
    client.force_login(behandelaar)
    pagina = client.get(reverse("core:rapport-detail", args=[rapport.pk]))
    assert "Het rapport is niet gelukt" in pagina.text
    assert "Opnieuw proberen" in pagina.text

    REGISTER[kapot_rapport] = RapportSoort("kapot", "Kapot", lambda r, v: ("ok.txt", b"ok"), lambda u: True)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("core:rapport-opnieuw", args=[rapport.pk]))
    rapport.refresh_from_db()
    assert rapport.status == Status.KLAAR
    assert rapport.fout == ""


@pytest.fixture
def broker_onbereikbaar():
    conf = celery_app.conf
    oud = conf.broker_url, conf.broker_write_url, conf.task_always_eager
    conf.broker_url = conf.broker_write_url = "redis://127.0.0.1:1/0"
    conf.task_always_eager = False
    _vergeet_verbindingen()
    yield
    conf.broker_url, conf.broker_write_url, conf.task_always_eager = oud
    _vergeet_verbindingen()


def _vergeet_verbindingen():
    # The app caches its connection and producer pools; new ones pick up the changed broker URL.
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


def test_broker_onbereikbaar_verliest_niets(
    client, behandelaar, broker_onbereikbaar, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        antwoord = _aanvragen(client, behandelaar)

    assert antwoord.status_code == 302
    rapport = Rapport.objects.get()
    assert rapport.status == Status.MISLUKT
    assert "takenwachtrij" in rapport.fout


def test_herstarten_plant_wachtende_rapporten_opnieuw_in(behandelaar, django_capture_on_commit_callbacks):
    from django.utils import timezone

    rapport = Rapport.objects.create(soort=SOORT, parameters={"p": 1}, aangevraagd_door=behandelaar)
    assert services.rapporten_herstarten(ouder_dan=timezone.now()) == 1
    rapport.refresh_from_db()
    assert rapport.status == Status.KLAAR


@pytest.mark.worker
def test_rapport_via_echte_worker(echte_worker, behandelaar):  # noqa: F811
    import time

    rapport = services.rapport_aanvragen(soort=SOORT, parameters={"peildatum": "worker"}, door=behandelaar)
    grens = time.monotonic() + 60
    while time.monotonic() < grens:
        rapport.refresh_from_db()
        if rapport.status in (Status.KLAAR, Status.MISLUKT):
            break
        time.sleep(0.5)
    assert rapport.status == Status.KLAAR, rapport.fout
    assert rapport.task_id
    assert rapport.bestand.open("rb").read(5) == b"%PDF-"


# --- the watchdog: a report whose worker was killed does not stay "bezig" all day ----------------


def _vastgelopen(behandelaar, minuten_geleden: int) -> Rapport:
    from datetime import timedelta

    from django.utils import timezone

    rapport = Rapport.objects.create(
        soort=SOORT, parameters={"peildatum": "2026-12-01"}, aangevraagd_door=behandelaar, status=Status.BEZIG
    )
    Rapport.objects.filter(pk=rapport.pk).update(
        voortgang=40, bijgewerkt=timezone.now() - timedelta(minutes=minuten_geleden)
    )
    rapport.refresh_from_db()
    return rapport


def test_waakhond_zet_een_vastgelopen_rapport_terug_en_maakt_het_alsnog(
    behandelaar, django_capture_on_commit_callbacks
):
    from gelijkekansen.core.tasks import rapporten_herstarten

    vast = _vastgelopen(behandelaar, minuten_geleden=60)
    levend = Rapport.objects.create(soort=SOORT, parameters={"x": "levend"}, status=Status.BEZIG)

    with django_capture_on_commit_callbacks(execute=True):
        rapporten_herstarten.delay()

    vast.refresh_from_db()
    levend.refresh_from_db()
    assert (vast.status, vast.voortgang) == (Status.KLAAR, 100)
    assert levend.status == Status.BEZIG  # progress a moment ago: its worker is alive


def test_medewerker_ziet_een_vastgelopen_rapport_en_kan_het_opnieuw_proberen(
    client, behandelaar, django_capture_on_commit_callbacks
):
    vast = _vastgelopen(behandelaar, minuten_geleden=60)
    client.force_login(behandelaar)
    pagina = client.get(reverse("core:rapport-detail", args=[vast.pk])).text
    assert "blijft hangen" in pagina

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("core:rapport-opnieuw", args=[vast.pk]))

    vast.refresh_from_db()
    assert vast.status == Status.KLAAR


def test_een_rapport_dat_nog_vordert_kan_niet_opnieuw_gestart_worden(client, behandelaar):
    bezig = _vastgelopen(behandelaar, minuten_geleden=1)
    client.force_login(behandelaar)
    assert "blijft hangen" not in client.get(reverse("core:rapport-detail", args=[bezig.pk])).text
    client.post(reverse("core:rapport-opnieuw", args=[bezig.pk]))
    bezig.refresh_from_db()
    assert bezig.status == Status.BEZIG


def test_dezelfde_vraag_naar_een_vastgelopen_rapport_start_het_opnieuw(
    behandelaar, django_capture_on_commit_callbacks
):
    vast = _vastgelopen(behandelaar, minuten_geleden=60)
    with django_capture_on_commit_callbacks(execute=True):
        terug = services.rapport_aanvragen(soort=SOORT, parameters=vast.parameters, door=behandelaar)
    assert terug.pk == vast.pk
    vast.refresh_from_db()
    assert vast.status == Status.KLAAR


# --- report kinds with parameters (a form of the page that asks for them) ----------------------------


class _KeuzeForm(forms.Form):
    datum = forms.DateField()
    wijk = forms.ModelChoiceField(queryset=Wijk.objects.all(), required=False)
    aantal = forms.DecimalField(required=False)


@pytest.fixture
def met_keuze():
    REGISTER["met-keuze"] = RapportSoort(
        "met-keuze",
        "Met keuze",
        lambda r, v: ("ok.txt", b"ok"),
        lambda u: u.is_staff,
        _KeuzeForm,
        "core:home",
    )
    yield "met-keuze"
    del REGISTER["met-keuze"]


def test_parameters_uit_een_formulier_zijn_json_veilig(db):
    wijk = Wijk.objects.order_by("nummer").first()
    gegevens = {"van": date(2026, 3, 1), "wijk": wijk, "leeg": None, "tekst": "", "bedrag": Decimal("1.50")}

    assert parameters_uit(gegevens) == {"van": "2026-03-01", "wijk": wijk.pk, "bedrag": "1.50"}
    with pytest.raises(TypeError):
        parameters_uit({"x": object()})


def test_rapport_met_keuze_bewaart_de_gekozen_waarden(client, behandelaar, met_keuze):
    wijk = Wijk.objects.order_by("nummer").first()
    client.force_login(behandelaar)
    url = reverse("core:rapport-aanvragen", args=[met_keuze])

    client.post(url, {"datum": "2026-03-01", "wijk": wijk.pk})
    client.post(url, {"datum": "2026-03-01", "wijk": wijk.pk, "aantal": ""})
    client.post(url, {"datum": "2026-03-02"})

    rapporten = list(Rapport.objects.order_by("aangemaakt"))
    assert len(rapporten) == 2
    parameters = dict(rapporten[0].parameters)
    assert parameters.pop("peildatum")
    assert parameters == {"datum": "2026-03-01", "wijk": wijk.pk}


def test_ongeldige_keuze_gaat_terug_naar_de_pagina(client, behandelaar, met_keuze):
    client.force_login(behandelaar)
    antwoord = client.post(reverse("core:rapport-aanvragen", args=[met_keuze]), {"datum": "gisteren"})

    assert antwoord.status_code == 302
    assert antwoord.url == reverse("core:home") + "?datum=gisteren"
    assert not Rapport.objects.exists()


def test_wie_het_rapport_niet_mag_krijgt_404_ook_met_een_ongeldige_keuze(client, burger, met_keuze):
    client.force_login(burger)
    assert client.post(reverse("core:rapport-aanvragen", args=[met_keuze]), {"datum": "x"}).status_code == 404


def test_een_formulier_vraagt_een_pagina():
    with pytest.raises(ValueError):
        rapport_soort("zonder-pagina", titel="x", mag_aanvragen=lambda u: True, formulier=_KeuzeForm)
