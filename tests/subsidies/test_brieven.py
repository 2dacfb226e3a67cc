"""Samen Aan Zet's letters, archived by the kernel's Brieven at submission and decision."""

import hashlib
import io
from decimal import Decimal

import pytest
from django.core.files.storage import storages
from django.urls import reverse
from pypdf import PdfReader

from gelijkekansen.core import brieven
from gelijkekansen.core.models import AuditEvent, Brief
from gelijkekansen.core.models.brieven import OnveranderlijkeBrief
from subsidies import brieven as subsidies_brieven
from subsidies.constants import AanvraagStatus as S
from subsidies.services import aanvragen, behandeling
from tests.subsidies.factories import AanvraagFactory


def _tekst(inhoud: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(inhoud)).pages).replace("\xa0", " ")


def _opgeslagen(brief: Brief) -> bytes:
    with storages["private"].open(brief.bestand, "rb") as f:
        return f.read()


@pytest.fixture
def goedgekeurd(burger, behandelaar):
    behandelaar.naam = "Sofie Van Damme"
    behandelaar.save()
    aanvraag = AanvraagFactory(aanvrager=burger, naar="jury", naar__behandelaar=behandelaar)
    behandeling.aanvraag_goedkeuren(
        aanvraag=aanvraag, door=behandelaar, bedrag=Decimal("1000"), motivering="Brengt buren samen."
    )
    return aanvraag


def test_indienen_archiveert_het_ontvangstbewijs_een_keer(burger, behandelaar):
    aanvraag = AanvraagFactory(aanvrager=burger)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    brief = brieven.brief_van(aanvraag, subsidies_brieven.ONTVANGSTBEWIJS)
    assert brief is not None and brief.gemaakt_door == burger and not brief.achteraf
    assert brief.sha256 == hashlib.sha256(_opgeslagen(brief)).hexdigest()

    behandeling.aanvulling_vragen(aanvraag=aanvraag, door=behandelaar, vraag="Welke tenten?")
    aanvragen.aanvulling_beantwoorden(aanvraag=aanvraag, door=burger, antwoord="Twee partytenten.")
    assert Brief.objects.voor(aanvraag).filter(soort="ontvangstbewijs").count() == 1


def test_beslissingsbrief_heeft_briefhoofd_kenmerk_rechtsgrond_en_ontvanger(goedgekeurd):
    brief = brieven.brief_van(goedgekeurd, subsidies_brieven.BESLISSING)
    inhoud = _opgeslagen(brief)
    pdf = PdfReader(io.BytesIO(inhoud))
    assert pdf.trailer["/Root"]["/Lang"] == "nl"
    assert "/StructTreeRoot" in pdf.trailer["/Root"]
    assert pdf.metadata.title == f"Beslissing over uw aanvraag {goedgekeurd.nummer}"
    tekst = _tekst(inhoud)
    for verwacht in [
        "Stad Gent",
        "Dienst Welzijn en Gelijke Kansen",
        "Botermarkt 1",
        "9000 Gent",
        "gelijkekansen@stad.gent",
        goedgekeurd.nummer,
        "Rechtsgrond",
        "Subsidiereglement Samen Aan Zet",
        "Amina El Idrissi",
        "Contactpersoon",
        "Sofie Van Damme",
        "€ 1.000,00",
        "voorschot van € 800,00 (80%)",
        "Binnen 60 dagen na de activiteit",
        "binnen 30 dagen",
        "Brengt buren samen.",
        "“Buurtfeest aan de Brugse Poort”",
        "Met vriendelijke groeten",
    ]:
        assert verwacht in tekst, verwacht


def test_gearchiveerde_brief_verandert_niet_als_het_reglement_wijzigt(client, burger, goedgekeurd):
    reglement = goedgekeurd.oproep.reglement
    reglement.rechtsgrond = "Subsidiereglement Samen Aan Zet, artikel 7"
    reglement.voorschot_pct = 50
    reglement.save()
    client.force_login(burger)

    antwoord = client.get(reverse("subsidies:aanvraag-beslissingsbrief", args=[goedgekeurd.pk]))

    assert antwoord.status_code == 200
    inhoud = b"".join(antwoord.streaming_content)
    brief = brieven.brief_van(goedgekeurd, subsidies_brieven.BESLISSING)
    assert hashlib.sha256(inhoud).hexdigest() == brief.sha256
    tekst = _tekst(inhoud)
    assert "artikel 7" not in tekst
    assert "(80%)" in tekst and "(50%)" not in tekst
    assert antwoord["Content-Disposition"].startswith(
        f'attachment; filename="beslissing-{goedgekeurd.nummer}'
    )


def test_download_wordt_gelogd_en_andere_burger_krijgt_404(client, burger, andere_burger, goedgekeurd):
    client.force_login(andere_burger)
    for naam in ["aanvraag-ontvangstbewijs", "aanvraag-beslissingsbrief"]:
        assert client.get(reverse(f"subsidies:{naam}", args=[goedgekeurd.pk])).status_code == 404
    assert not AuditEvent.objects.filter(wat="gedownload", wie=andere_burger).exists()

    client.force_login(burger)
    assert (
        client.get(reverse("subsidies:aanvraag-beslissingsbrief", args=[goedgekeurd.pk])).status_code == 200
    )
    event = AuditEvent.objects.get(wat="gedownload", wie=burger)
    assert event.object_id == str(goedgekeurd.pk)
    assert event.details["document"] == "beslissingsbrief"


def test_geen_brief_voor_er_iets_te_bevestigen_is(client, burger):
    aanvraag = AanvraagFactory(aanvrager=burger)
    client.force_login(burger)
    for naam in ["aanvraag-ontvangstbewijs", "aanvraag-beslissingsbrief"]:
        assert client.get(reverse(f"subsidies:{naam}", args=[aanvraag.pk])).status_code == 404
    assert not Brief.objects.exists()


def test_mislukte_brief_draait_de_beslissing_terug(monkeypatch, burger, behandelaar):
    aanvraag = AanvraagFactory(aanvrager=burger, naar="jury", naar__behandelaar=behandelaar)

    def kapot(*args, **kwargs):
        raise OSError("pango weg")

    monkeypatch.setattr("gelijkekansen.core.brieven.render_pdf", kapot)
    with pytest.raises(OSError):
        behandeling.aanvraag_afwijzen(aanvraag=aanvraag, door=behandelaar, motivering="Te duur.")
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.JURY and aanvraag.beslist_op is None
    assert not Brief.objects.voor(aanvraag).filter(soort=subsidies_brieven.BESLISSING).exists()


def test_oud_dossier_krijgt_zijn_brief_een_keer_achteraf(client, burger, goedgekeurd):
    # A file decided before letters were archived: no row yet.
    Brief.objects.voor(goedgekeurd).delete()
    client.force_login(burger)
    url = reverse("subsidies:aanvraag-beslissingsbrief", args=[goedgekeurd.pk])
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200
    brief = Brief.objects.voor(goedgekeurd).get(soort=subsidies_brieven.BESLISSING)
    assert brief.achteraf and brief.gemaakt_door.naam == "Sofie Van Damme"


def test_brief_in_de_taal_van_de_aanvrager(burger):
    burger.voorkeurstaal = "fr"
    burger.save()
    aanvraag = AanvraagFactory(aanvrager=burger)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    brief = brieven.brief_van(aanvraag, subsidies_brieven.ONTVANGSTBEWIJS)
    assert brief.taal == "fr"
    inhoud = _opgeslagen(brief)
    assert PdfReader(io.BytesIO(inhoud)).trailer["/Root"]["/Lang"] == "fr"
    tekst = _tekst(inhoud)
    assert f"Accusé de réception de votre demande {aanvraag.nummer}" in tekst
    assert "Notre référence" in tekst and "Base juridique" in tekst


def test_gearchiveerde_brief_is_onveranderlijk(goedgekeurd):
    brief = brieven.brief_van(goedgekeurd, subsidies_brieven.BESLISSING)
    brief.referentie = "ANDERS"
    with pytest.raises(OnveranderlijkeBrief):
        brief.save()
    with pytest.raises(OnveranderlijkeBrief):
        Brief.objects.filter(pk=brief.pk).update(referentie="ANDERS")
    assert Brief.objects.get(pk=brief.pk).referentie == goedgekeurd.nummer
