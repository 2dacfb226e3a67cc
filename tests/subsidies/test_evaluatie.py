"""The test-year evaluation: figures on a known data set, suppression, page, CSV and PDF."""

import csv
import io
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from pypdf import PdfReader

from gelijkekansen.core import services
from gelijkekansen.core.cijfers import Verborgen
from gelijkekansen.core.models import AuditEvent, Betaling, Doelgroep, Rapport, Wijk
from subsidies.constants import (
    AanvraagStatus,
    AanvragerSoort,
    BetalingSoort,
    BetalingStatus,
    Doel,
    Reikwijdte,
)
from subsidies.evaluatie import evaluatie_cijfers, onderdruk
from subsidies.models import Monitoring
from subsidies.models.monitoring import HoeGehoord
from tests.subsidies.factories import AanvraagFactory, OproepFactory

GENT = ZoneInfo("Europe/Brussels")
VAN, TOT = date(2026, 3, 1), date(2026, 3, 31)
# Payments are the kernel's: summed per file, then put with goals and groups (_betaald_cijfers).
AANTAL_QUERIES = 12


def _cel(cijfers: dict, tabel_code: str, rij_code: str, kolom_code: str):
    """The published value; a hidden one as the text the page shows ("<5", "verborgen")."""
    for vraag in cijfers["vragen"]:
        for tabel in vraag["tabellen"]:
            if tabel["code"] == tabel_code:
                index = [k["code"] for k in tabel["kolommen"]].index(kolom_code)
                (rij,) = [r for r in tabel["rijen"] if r["code"] == rij_code]
                waarde = rij["waarden"][index]
                return str(waarde) if isinstance(waarde, Verborgen) else waarde
    raise KeyError(tabel_code)


def _ingediend(dag: int, maand: int = 3, jaar: int = 2026) -> datetime:
    return datetime(jaar, maand, dag, 10, 0, tzinfo=GENT)


def _aanvraag(oproep, **velden):
    wijken = velden.pop("wijken", None)
    doelgroepen = velden.pop("doelgroepen", None)
    aanvraag = AanvraagFactory(oproep=oproep, **{"status": AanvraagStatus.INGEDIEND, **velden})
    if wijken is not None:
        aanvraag.wijken.set(Wijk.objects.filter(nummer__in=wijken))
    if doelgroepen is not None:
        aanvraag.doelgroepen.set(Doelgroep.objects.filter(code__in=doelgroepen))
    return aanvraag


def _betaling(aanvraag, soort: str, bedrag: str, status: str = BetalingStatus.BETAALD) -> Betaling:
    nummer = Betaling.objects.count() + 1
    return Betaling.objects.create(
        content_type=ContentType.objects.get_for_model(aanvraag),
        object_id=str(aanvraag.pk),
        referentie=aanvraag.nummer,
        soort=soort,
        bedrag=Decimal(bedrag),
        status=status,
        mededeling=f"+++{nummer:03d}/0000/00000+++",
    )


def _monitoring(oproep, *, groepen=(), ingevuld_op=date(2026, 3, 15), **antwoorden) -> Monitoring:
    monitoring = Monitoring.objects.create(oproep=oproep, **antwoorden)
    monitoring.bereikte_groepen.set(Doelgroep.objects.filter(code__in=groepen))
    # ingevuld_op is set on creation (auto_now_add); the test year lies in the past.
    Monitoring.objects.filter(pk=monitoring.pk).update(ingevuld_op=ingevuld_op)
    return monitoring


@pytest.fixture
def oproep(db):
    return OproepFactory(titel="Samen Aan Zet 2026")


@pytest.fixture
def testjaar(oproep, behandelaar):
    """Seven applications in March 2026: six in a wijk (one in two wijken), one stedelijk;
    six monitoring answers. Plus noise outside the filter: another call, another year, a draft."""
    armoede = ["etnisch-culturele-minderheden", "mensen-in-armoede"]
    twee_doelen = [Doel.ONTMOETEN, Doel.SAMENLEVEN]
    goedgekeurd = []
    for dag in range(1, 6):  # five citizens, coached, approved for 800 of 1000
        goedgekeurd.append(
            _aanvraag(
                oproep,
                ingediend_op=_ingediend(dag),
                aanvrager_soort=AanvragerSoort.BURGER,
                coach=behandelaar,
                doelen=twee_doelen,
                doelgroepen=armoede,
                gevraagd_bedrag=Decimal("1000"),
                status=AanvraagStatus.GOEDGEKEURD,
                toegekend_bedrag=Decimal("800"),
            )
        )
    _aanvraag(
        oproep,
        ingediend_op=_ingediend(10),
        aanvrager_soort=AanvragerSoort.VZW,
        wijken=[4, 9],
        gevraagd_bedrag=Decimal("1000"),
        status=AanvraagStatus.AFGEWEZEN,
    )
    _aanvraag(
        oproep,
        ingediend_op=_ingediend(20),
        aanvrager_soort=AanvragerSoort.FEITELIJKE_VERENIGING,
        reikwijdte=Reikwijdte.STEDELIJK,
        wijken=[],
        gevraagd_bedrag=Decimal("3000"),
    )
    for aanvraag in goedgekeurd:
        _betaling(aanvraag, BetalingSoort.VOORSCHOT, "640")
    _betaling(goedgekeurd[0], BetalingSoort.SALDO, "160", status=BetalingStatus.TE_BETALEN)  # not paid yet
    _betaling(goedgekeurd[1], BetalingSoort.TERUGVORDERING, "100")

    # Outside the filter.
    _aanvraag(OproepFactory(), ingediend_op=_ingediend(5))
    _aanvraag(oproep, ingediend_op=_ingediend(5, jaar=2025))
    _aanvraag(oproep, status=AanvraagStatus.CONCEPT, ingediend_op=None)

    for _i in range(5):
        _monitoring(
            oproep,
            aanvrager_soort=AanvragerSoort.BURGER,
            reikwijdte=Reikwijdte.WIJK,
            eerste_aanvraag=True,
            hoe_gehoord=HoeGehoord.BUURTWERK,
            begeleid=True,
            groepen=armoede,
        )
    _monitoring(
        oproep,
        aanvrager_soort=AanvragerSoort.VZW,
        eerste_aanvraag=False,
        hoe_gehoord=HoeGehoord.STAD,
        groepen=["mensen-in-armoede"],
    )
    _monitoring(OproepFactory(), aanvrager_soort=AanvragerSoort.BURGER, eerste_aanvraag=True)
    _monitoring(oproep, aanvrager_soort=AanvragerSoort.BURGER, ingevuld_op=date(2025, 3, 5))
    return oproep


# --- suppression --------------------------------------------------------------------------------


@pytest.mark.parametrize(("aantal", "getoond"), [(0, 0), (1, "<5"), (4, "<5"), (5, 5), (120, 120)])
def test_kleine_aantallen_worden_onderdrukt(aantal, getoond):
    waarde = onderdruk(aantal)
    assert (str(waarde) if isinstance(waarde, Verborgen) else waarde) == getoond


def test_bedragen_van_minder_dan_vijf_aanvragen_worden_onderdrukt():
    assert str(onderdruk(4, bedrag=Decimal("3200"))) == "<5 aanvragen"
    assert onderdruk(5, bedrag=Decimal("3200")) == Decimal("3200.00")
    assert onderdruk(0, bedrag=Decimal("0")) == Decimal("0.00")


# --- the figures ---------------------------------------------------------------------------------


def test_wie_vraagt_aan(testjaar):
    cijfers = evaluatie_cijfers(van=VAN, tot=TOT, oproep=testjaar)

    assert cijfers["aantal_aanvragen"] == 7
    assert cijfers["aantal_vragenlijsten"] == 6
    # Complementary suppression (core.cijfers): before, 7 (total) - 5 (burger) - 0 showed that
    # vzw + groep = 2, and "met coach" 5 of 7 gave "zonder coach" = 2. Now hidden with them.
    assert _cel(cijfers, "aanvrager_soort", "burger", "aanvragen") == "verborgen"
    assert _cel(cijfers, "aanvrager_soort", "vzw", "aanvragen") == "<5"
    assert _cel(cijfers, "aanvrager_soort", "feitelijke_vereniging", "aanvragen") == "<5"
    assert _cel(cijfers, "aanvrager_soort", "erkende_vereniging", "aanvragen") == 0
    assert _cel(cijfers, "aanvrager_soort", "totaal", "aanvragen") == 7
    assert _cel(cijfers, "aanvrager_soort", "totaal", "met_coach") == "verborgen"
    assert _cel(cijfers, "aanvrager_soort", "totaal", "zonder_coach") == "<5"
    # 6 questionnaires - 5 "ja" - 0 would give the hidden "nee": "ja" is hidden as well.
    assert _cel(cijfers, "eerste_aanvraag", "ja", "totaal") == "verborgen"
    assert _cel(cijfers, "eerste_aanvraag", "nee", "totaal") == "<5"
    assert _cel(cijfers, "eerste_aanvraag", "geen_antwoord", "totaal") == 0
    assert _cel(cijfers, "begeleid", "ja", "totaal") == "verborgen"
    assert _cel(cijfers, "begeleid", "geen_antwoord", "totaal") == "<5"
    assert _cel(cijfers, "wijk", "44021W04", "aanvragen") == 6  # five + the one in two wijken
    assert _cel(cijfers, "wijk", "44021W09", "aanvragen") == "<5"
    assert _cel(cijfers, "wijk", "44021W01", "aanvragen") == 0
    assert _cel(cijfers, "wijk", "stedelijk", "aanvragen") == "<5"


def test_wat_gebeurt_er_met_de_middelen(testjaar):
    cijfers = evaluatie_cijfers(van=VAN, tot=TOT, oproep=testjaar)

    assert _cel(cijfers, "geld_totaal", "gevraagd", "aanvragen") == 7
    assert _cel(cijfers, "geld_totaal", "gevraagd", "bedrag") == Decimal("9000.00")
    assert _cel(cijfers, "geld_totaal", "toegekend", "bedrag") == Decimal("4000.00")
    assert _cel(cijfers, "geld_totaal", "betaald", "bedrag") == Decimal("3200.00")  # the unpaid balance not
    assert _cel(cijfers, "geld_totaal", "teruggevorderd", "aanvragen") == "<5"
    assert _cel(cijfers, "geld_totaal", "teruggevorderd", "bedrag") == "<5 aanvragen"
    assert _cel(cijfers, "geld_per_doelgroep", "mensen-in-armoede", "gevraagd") == Decimal("5000.00")
    assert _cel(cijfers, "geld_per_doelgroep", "etnisch-culturele-minderheden", "aanvragen") == 7
    assert _cel(cijfers, "geld_per_doelgroep", "jongeren", "gevraagd") == Decimal("0.00")


def test_aanvraag_met_twee_doelen_telt_bij_beide(testjaar):
    cijfers = evaluatie_cijfers(van=VAN, tot=TOT, oproep=testjaar)

    assert _cel(cijfers, "geld_per_doel", "ontmoeten", "aanvragen") == 7
    assert _cel(cijfers, "geld_per_doel", "samenleven", "aanvragen") == 5  # the same five files again
    assert _cel(cijfers, "geld_per_doel", "ontmoeten", "gevraagd") == Decimal("9000.00")
    assert _cel(cijfers, "geld_per_doel", "samenleven", "gevraagd") == Decimal("5000.00")
    assert _cel(cijfers, "geld_per_doel", "samenleven", "toegekend") == Decimal("4000.00")
    assert _cel(cijfers, "geld_per_doel", "samenleven", "betaald") == Decimal("3200.00")
    assert _cel(cijfers, "geld_per_doel", "emancipatie", "aanvragen") == 0
    tabel = next(t for v in cijfers["vragen"] for t in v["tabellen"] if t["code"] == "geld_per_doel")
    assert "telt mee bij elk doel" in tabel["voetnoot"]


def test_evenwicht_wijk_en_stedelijk(testjaar):
    cijfers = evaluatie_cijfers(van=VAN, tot=TOT, oproep=testjaar)

    # 7 applications - 6 wijkgericht would give the hidden stedelijk count (and 9000 - 6000 its
    # amount): wijkgericht is hidden with it.
    assert _cel(cijfers, "reikwijdte", "wijk", "aanvragen") == "verborgen"
    assert _cel(cijfers, "reikwijdte", "wijk", "toegekende_aanvragen") == 5
    assert _cel(cijfers, "reikwijdte", "wijk", "gevraagd") == "verborgen"
    assert _cel(cijfers, "reikwijdte", "wijk", "toegekend") == Decimal("4000.00")
    assert _cel(cijfers, "reikwijdte", "wijk", "budget") == Decimal("10000.00")
    assert _cel(cijfers, "reikwijdte", "stedelijk", "aanvragen") == "<5"
    assert _cel(cijfers, "reikwijdte", "stedelijk", "gevraagd") == "<5 aanvragen"
    assert _cel(cijfers, "reikwijdte", "stedelijk", "toegekend") == Decimal("0.00")
    assert _cel(cijfers, "geld_per_wijk", "44021W04", "gevraagd") == Decimal("6000.00")
    assert _cel(cijfers, "geld_per_wijk", "44021W09", "gevraagd") == "<5 aanvragen"
    assert _cel(cijfers, "geld_per_wijk", "stedelijk", "gevraagd") == "<5 aanvragen"


def test_stedelijk_is_overal_even_verborgen(oproep):
    """Five city-wide applications and two in a wijk: 7 - 5 would give the hidden two, so the
    city-wide figure is hidden too, in every table that shows it."""
    for dag in range(1, 6):
        _aanvraag(
            oproep,
            ingediend_op=_ingediend(dag),
            reikwijdte=Reikwijdte.STEDELIJK,
            wijken=[],
            gevraagd_bedrag=Decimal("1000"),
        )
    for dag in (6, 7):
        _aanvraag(oproep, ingediend_op=_ingediend(dag), wijken=[4], gevraagd_bedrag=Decimal("500"))

    cijfers = evaluatie_cijfers(van=VAN, tot=TOT, oproep=oproep)

    assert _cel(cijfers, "reikwijdte", "wijk", "aanvragen") == "<5"
    assert _cel(cijfers, "reikwijdte", "stedelijk", "aanvragen") == "verborgen"
    assert _cel(cijfers, "wijk", "stedelijk", "aanvragen") == "verborgen"
    assert _cel(cijfers, "reikwijdte", "stedelijk", "gevraagd") == "verborgen"
    assert _cel(cijfers, "geld_per_wijk", "stedelijk", "gevraagd") == "verborgen"
    assert _cel(cijfers, "geld_totaal", "gevraagd", "bedrag") == Decimal("6000.00")


def test_vinden_kwetsbare_groepen_de_weg(testjaar):
    cijfers = evaluatie_cijfers(van=VAN, tot=TOT, oproep=testjaar)

    # 6 questionnaires - 5 from citizens = the hidden vzw: hidden with it.
    assert _cel(cijfers, "vragenlijsten", "totaal", "burger") == "verborgen"
    assert _cel(cijfers, "vragenlijsten", "totaal", "totaal") == 6
    assert _cel(cijfers, "vragenlijsten", "totaal", "vzw") == "<5"
    assert _cel(cijfers, "bereikte_groepen", "mensen-in-armoede", "totaal") == 6
    assert _cel(cijfers, "bereikte_groepen", "mensen-in-armoede", "burger") == "verborgen"
    assert _cel(cijfers, "bereikte_groepen", "mensen-in-armoede", "vzw") == "<5"
    assert _cel(cijfers, "bereikte_groepen", "etnisch-culturele-minderheden", "totaal") == 5
    assert _cel(cijfers, "bereikte_groepen", "senioren", "totaal") == 0
    assert _cel(cijfers, "hoe_gehoord", "buurtwerk", "totaal") == "verborgen"
    assert _cel(cijfers, "hoe_gehoord", "stad", "totaal") == "<5"
    assert _cel(cijfers, "eerste_aanvraag_per_soort", "ja", "burger") == "verborgen"
    assert _cel(cijfers, "eerste_aanvraag_per_soort", "nee", "vzw") == "<5"


def test_zonder_filter_telt_alles_wat_ingediend_is(testjaar):
    cijfers = evaluatie_cijfers(van=None, tot=None, oproep=None)

    assert cijfers["aantal_aanvragen"] == 9  # not the draft
    assert cijfers["aantal_vragenlijsten"] == 8
    assert all(k["code"] != "budget" for t in cijfers["vragen"][2]["tabellen"] for k in t["kolommen"])


def test_zonder_aanvragen_is_alles_nul(db):
    cijfers = evaluatie_cijfers(van=VAN, tot=TOT, oproep=None)

    assert cijfers["aantal_aanvragen"] == 0
    assert _cel(cijfers, "geld_totaal", "betaald", "bedrag") == Decimal("0.00")
    assert _cel(cijfers, "geld_per_doel", "ontmoeten", "gevraagd") == Decimal("0.00")


def _tel_queries(oproep) -> int:
    with CaptureQueriesContext(connection) as queries:
        evaluatie_cijfers(van=None, tot=None, oproep=oproep)
    return len(queries)


def test_cijfers_kosten_een_vast_aantal_queries(oproep, behandelaar, django_assert_num_queries):
    def bijmaken(aantal: int) -> None:
        for i in range(aantal):
            aanvraag = _aanvraag(
                oproep,
                ingediend_op=_ingediend(1 + i % 28),
                coach=behandelaar,
                wijken=[1 + i % 25, 3],
                doelen=[Doel.ONTMOETEN, Doel.EMANCIPATIE],
                doelgroepen=["jongeren", "senioren"],
                status=AanvraagStatus.GOEDGEKEURD,
                toegekend_bedrag=Decimal("500"),
            )
            _betaling(aanvraag, BetalingSoort.VOORSCHOT, "400")
            _monitoring(oproep, aanvrager_soort=AanvragerSoort.VZW, groepen=["jongeren", "senioren"])

    bijmaken(1)
    weinig = _tel_queries(oproep)
    bijmaken(20)
    with django_assert_num_queries(AANTAL_QUERIES):
        cijfers = evaluatie_cijfers(van=None, tot=None, oproep=oproep)
    assert weinig == AANTAL_QUERIES
    assert cijfers["aantal_aanvragen"] == 21


# --- the page ------------------------------------------------------------------------------------


def _pagina(client, user, **parameters):
    client.force_login(user)
    return client.get(reverse("subsidies:evaluatie"), parameters)


def test_behandelaar_ziet_de_vier_vragen_met_onderdrukking(client, behandelaar, testjaar):
    antwoord = _pagina(client, behandelaar, van="2026-03-01", tot="2026-03-31", oproep=testjaar.pk)

    assert antwoord.status_code == 200
    tekst = antwoord.text
    for titel in ["Wie vraagt aan?", "Wat gebeurt er met de middelen?", "evenwicht", "kwetsbare groepen"]:
        assert titel in tekst
    assert "<caption>Aanvragen per soort aanvrager</caption>" in tekst
    assert '<th scope="col">Met een coach</th>' in tekst
    assert '<th scope="row">Brugse Poort - Rooigem</th>' in tekst
    assert "<td>&lt;5</td>" in tekst
    assert "<td>&lt;5 aanvragen</td>" in tekst
    assert "<td>9000,00</td>" in tekst
    assert "Bron wijkindeling" in tekst
    assert "'<5'" not in tekst  # the explanation is escaped like the figures
    assert reverse("core:rapport-aanvragen", args=["subsidies-evaluatie"]) in tekst
    csv_url = (
        reverse("subsidies:evaluatie-csv") + f"?van=2026-03-01&amp;tot=2026-03-31&amp;oproep={testjaar.pk}"
    )
    assert csv_url in tekst
    assert antwoord.context["cijfers"]["aantal_aanvragen"] == 7


def test_ongeldige_periode_toont_een_fout(client, behandelaar, db):
    antwoord = _pagina(client, behandelaar, van="2026-04-01", tot="2026-03-01")

    assert antwoord.status_code == 200
    assert "Er is iets niet in orde" in antwoord.text
    assert antwoord.context["cijfers"] is None


@pytest.mark.parametrize("persona", ["burger", "jurylid"])
def test_anderen_krijgen_403(client, persona, request):
    # A page of a role: 403 for whoever lacks it (gelijkekansen.accounts.toegang.rol_vereist).
    gebruiker = request.getfixturevalue(persona)
    assert _pagina(client, gebruiker).status_code == 403
    assert client.get(reverse("subsidies:evaluatie-csv")).status_code == 403


def test_anoniem_moet_aanmelden(client, db):
    for naam in ["subsidies:evaluatie", "subsidies:evaluatie-csv"]:
        antwoord = client.get(reverse(naam))
        assert antwoord.status_code == 302
        assert "login" in antwoord.url


# --- CSV -----------------------------------------------------------------------------------------


def test_csv_met_onderdrukking_en_audit(client, behandelaar, testjaar):
    client.force_login(behandelaar)
    antwoord = client.get(
        reverse("subsidies:evaluatie-csv"), {"van": "2026-03-01", "tot": "2026-03-31", "oproep": testjaar.pk}
    )

    assert antwoord.status_code == 200
    assert antwoord["Content-Type"] == "text/csv; charset=utf-8"
    assert (
        antwoord["Content-Disposition"]
        == 'attachment; filename="subsidies-evaluatie-2026-03-01-2026-03-31.csv"'
    )
    assert "no-store" in antwoord["Cache-Control"]
    assert antwoord.content.startswith("\ufeff".encode())
    rijen = list(csv.reader(io.StringIO(antwoord.content.decode("utf-8-sig")), delimiter=";"))
    assert rijen[0] == ["vraag", "onderdeel", "categorie", "aantal_of_bedrag"]
    assert ["Wie vraagt aan?", "Aanvragen per soort aanvrager: Aanvragen", "Burger", "verborgen"] in rijen
    assert ["Wie vraagt aan?", "Aanvragen per soort aanvrager: Aanvragen", "Vzw", "<5"] in rijen
    assert ["Wat gebeurt er met de middelen?", "Geld in totaal: Bedrag (€)", "Gevraagd", "9000,00"] in rijen
    assert [
        "Wat gebeurt er met de middelen?",
        "Geld in totaal: Bedrag (€)",
        "Teruggevorderd",
        "<5 aanvragen",
    ] in rijen
    assert all(len(rij) == 4 for rij in rijen)
    audit = AuditEvent.objects.get(wie=behandelaar, wat="geexporteerd")
    assert audit.object_id == str(testjaar.pk)
    assert audit.details["van"] == "2026-03-01"


def test_csv_over_alle_oproepen_wordt_gelogd_op_de_aanvragen(client, behandelaar, db):
    client.force_login(behandelaar)
    antwoord = client.get(reverse("subsidies:evaluatie-csv"))

    assert antwoord["Content-Disposition"] == 'attachment; filename="subsidies-evaluatie.csv"'
    audit = AuditEvent.objects.get(wie=behandelaar, wat="geexporteerd")
    assert audit.content_type.model == "contenttype"
    assert "aanvraag" in audit.object_omschrijving


def test_csv_met_ongeldige_filter_gaat_terug_naar_de_pagina(client, behandelaar, db):
    client.force_login(behandelaar)
    antwoord = client.get(reverse("subsidies:evaluatie-csv"), {"van": "geen datum"})

    assert antwoord.status_code == 302
    assert antwoord.url.startswith(reverse("subsidies:evaluatie"))
    assert not AuditEvent.objects.exists()


# --- PDF report ----------------------------------------------------------------------------------


def test_rapport_maakt_een_echte_pdf(behandelaar, testjaar, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        rapport = services.rapport_aanvragen(
            soort="subsidies-evaluatie", parameters={"peildatum": "2026-11-26"}, door=behandelaar
        )

    rapport.refresh_from_db()
    assert rapport.status == Rapport.Status.KLAAR, rapport.fout
    assert rapport.bestand.name.endswith(".pdf")
    pdf = PdfReader(rapport.bestand.open("rb"))
    assert pdf.metadata.title == "Evaluatie Samen Aan Zet"
    tekst = "".join(pagina.extract_text() for pagina in pdf.pages)
    assert "Wie vraagt aan?" in tekst
    # The PDF covers every call up to the peildatum: the seven, the other call, last year.
    assert "Ingediende aanvragen: 9" in tekst
    assert "12000,00" in tekst
    assert "Bron wijkindeling" in tekst


def test_burger_kan_het_rapport_niet_aanvragen(client, burger, db):
    client.force_login(burger)
    antwoord = client.post(reverse("core:rapport-aanvragen", args=["subsidies-evaluatie"]))
    assert antwoord.status_code == 404


# --- PDF report with the page's filter -------------------------------------------------------------


def _pdf_aanvragen(client, user, **keuze):
    client.force_login(user)
    return client.post(reverse("core:rapport-aanvragen", args=["subsidies-evaluatie"]), keuze)


def _pdf_tekst(rapport: Rapport) -> str:
    return "".join(pagina.extract_text() for pagina in PdfReader(rapport.bestand.open("rb")).pages)


def test_pdf_met_filter_toont_alleen_de_cijfers_van_die_oproep(
    client, behandelaar, testjaar, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        antwoord = _pdf_aanvragen(client, behandelaar, van="2026-03-01", tot="2026-03-31", oproep=testjaar.pk)

    rapport = Rapport.objects.get()
    assert antwoord.url == reverse("core:rapport-detail", args=[rapport.pk])
    assert rapport.status == Rapport.Status.KLAAR, rapport.fout
    parameters = dict(rapport.parameters)
    assert date.fromisoformat(parameters.pop("peildatum"))
    assert parameters == {"van": "2026-03-01", "tot": "2026-03-31", "oproep": str(testjaar.pk)}
    tekst = _pdf_tekst(rapport)
    assert "Oproep: Samen Aan Zet 2026." in tekst
    assert "Ingediende aanvragen: 7" in tekst  # not the 9 of every call
    assert "9000,00" in tekst
    assert "12000,00" not in tekst
    # The charts are in the PDF as text: a hidden figure says why.
    assert "minder dan 5" in tekst
    assert "De meeste aanvragen kwamen uit Brugse Poort - Rooigem (6)." in tekst


def test_zelfde_filter_geeft_een_rapport_een_ander_filter_een_tweede(client, behandelaar, testjaar):
    # Without a worker (the test's transaction never commits): only the Rapport rows count here.
    keuze = {"van": "2026-03-01", "tot": "2026-03-31", "oproep": testjaar.pk}
    eerste = _pdf_aanvragen(client, behandelaar, **keuze)
    tweede = _pdf_aanvragen(client, behandelaar, **keuze)
    assert eerste.url == tweede.url
    assert Rapport.objects.count() == 1

    _pdf_aanvragen(client, behandelaar, **(keuze | {"van": "2026-03-02"}))
    _pdf_aanvragen(client, behandelaar)  # no filter: every call
    _pdf_aanvragen(client, behandelaar, van="", tot="", oproep="")  # an empty filter is no filter
    assert Rapport.objects.count() == 3


@pytest.mark.parametrize(
    "keuze",
    [
        {"van": "2026-04-01", "tot": "2026-03-01"},
        {"van": "geen datum"},
        {"oproep": "999999"},
    ],
)
def test_ongeldig_filter_voor_de_pdf_gaat_terug_naar_de_pagina_met_de_fout(client, behandelaar, db, keuze):
    antwoord = _pdf_aanvragen(client, behandelaar, **keuze)

    assert antwoord.status_code == 302
    assert antwoord.url.startswith(reverse("subsidies:evaluatie") + "?")
    assert "csrfmiddlewaretoken" not in antwoord.url
    assert not Rapport.objects.exists()
    pagina = client.get(antwoord.url)
    assert pagina.status_code == 200
    assert "Er is iets niet in orde" in pagina.text


def test_pagina_stuurt_haar_filter_mee_naar_de_pdf_en_toont_grafieken(client, behandelaar, testjaar):
    tekst = _pagina(client, behandelaar, van="2026-03-01", tot="2026-03-31", oproep=testjaar.pk).text

    assert '<input type="hidden" name="van" value="2026-03-01">' in tekst
    assert f'<input type="hidden" name="oproep" value="{testjaar.pk}">' in tekst
    assert "geldt niet voor het PDF-rapport" not in tekst
    assert tekst.count('role="img"') == 5
    assert '<h3 id="tabel-wijk-kop">Aanvragen per wijk</h3>' in tekst
    assert "De meeste aanvragen kwamen uit Brugse Poort - Rooigem (6)." in tekst
    assert "minder dan 5" in tekst


def test_rapport_voor_een_intussen_verwijderde_oproep_mislukt(
    behandelaar, db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        rapport = services.rapport_aanvragen(
            soort="subsidies-evaluatie",
            parameters={"peildatum": "2026-11-26", "oproep": "00000000-0000-0000-0000-000000000000"},
            door=behandelaar,
        )

    rapport.refresh_from_db()
    assert rapport.status == Rapport.Status.MISLUKT
    assert not rapport.bestand
