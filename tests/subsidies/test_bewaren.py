"""Samen Aan Zet's retention rules, applied by the kernel's Bewaartermijnen."""

import os
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command
from django.utils import timezone

from gelijkekansen.core import bewaren
from gelijkekansen.core.models import Bijlage, Brief, Grafsteen
from gelijkekansen.core.uploads import valideer_upload
from subsidies.models import Aanvraag
from subsidies.services import aanvragen
from tests.subsidies.factories import AanvraagFactory

CONCEPTEN = "subsidies-verlaten-concepten"
WEZEN = "subsidies-weesbestanden"


@pytest.fixture(autouse=True)
def eigen_opslag(db, settings, tmp_path):
    """Orphans are judged by listing the storage: each test gets its own, empty one."""
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path, "base_url": None},
        },
    }
    settings.BEWAREN_CONCEPT_MAANDEN = 12
    settings.BEWAREN_WEES_NA_UUR = 24
    return tmp_path


def _oud(aanvraag, *, maanden: int) -> None:
    moment = timezone.now() - timedelta(days=31 * maanden)
    Aanvraag.objects.filter(pk=aanvraag.pk).update(gewijzigd=moment)
    Bijlage.objects.filter(object_id=str(aanvraag.pk)).update(toegevoegd_op=moment)


def _met_bijlage(aanvraag) -> Bijlage:
    bestand = valideer_upload(ContentFile(b"Offerte voor tenten\n", name="offerte.txt"))
    return aanvragen.bijlage_toevoegen(aanvraag=aanvraag, bestand=bestand, door=aanvraag.aanvrager)


def _toepassen(django_capture_on_commit_callbacks, *regels, proef=False):
    with django_capture_on_commit_callbacks(execute=True):
        return {r.regel: r for r in bewaren.bewaartermijnen_toepassen(regels=regels or None, proef=proef)}


def _verouderen(pad, uren: int) -> None:
    moment = (timezone.now() - timedelta(hours=uren)).timestamp()
    os.utime(pad, (moment, moment))


def test_verlaten_concept_gaat_weg_met_zijn_bestanden_en_laat_een_grafsteen(
    django_capture_on_commit_callbacks, eigen_opslag
):
    oud = AanvraagFactory(titel="Geheim buurtplan", samenvatting="Wie er allemaal komt")
    bijlage = _met_bijlage(oud)
    _oud(oud, maanden=13)
    jong = AanvraagFactory()
    _met_bijlage(jong)
    _oud(jong, maanden=11)
    assert storages["private"].exists(bijlage.bestand)

    resultaat = _toepassen(django_capture_on_commit_callbacks, CONCEPTEN)[CONCEPTEN]

    assert resultaat.ids == [str(oud.pk)]
    assert not Aanvraag.objects.filter(pk=oud.pk).exists()
    assert not Bijlage.objects.filter(pk=bijlage.pk).exists()
    assert not storages["private"].exists(bijlage.bestand)
    assert Aanvraag.objects.filter(pk=jong.pk).exists()
    assert Bijlage.objects.filter(object_id=str(jong.pk)).exists()
    steen = Grafsteen.objects.get()
    assert (steen.regel, steen.actie, steen.objecttype, steen.object_id, steen.status) == (
        CONCEPTEN,
        "verwijderd",
        "subsidies.aanvraag",
        str(oud.pk),
        "concept",
    )
    assert set(steen.datums) == {"aangemaakt", "gewijzigd"}
    alles = str(Grafsteen.objects.values().get())
    assert "Geheim buurtplan" not in alles and "Wie er allemaal komt" not in alles


def test_ingediende_aanvraag_blijft_hoe_oud_ook(django_capture_on_commit_callbacks, burger):
    aanvraag = AanvraagFactory(aanvrager=burger)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    _oud(aanvraag, maanden=30)
    assert _toepassen(django_capture_on_commit_callbacks, CONCEPTEN)[CONCEPTEN].ids == []
    assert Aanvraag.objects.filter(pk=aanvraag.pk).exists()


def test_proefdraai_wijzigt_niets_en_meldt_wat_zou_gebeuren(eigen_opslag, capsys):
    oud = AanvraagFactory()
    bijlage = _met_bijlage(oud)
    _oud(oud, maanden=13)
    wees = storages["private"].save("subsidies/2026/verweesd.txt", ContentFile(b"x"))
    _verouderen(eigen_opslag / wees, uren=48)

    call_command("bewaartermijnen", "--dry-run")

    uit = capsys.readouterr().out
    assert f"{CONCEPTEN} (verwijderd)" in uit
    assert str(oud.pk) in uit and wees in uit
    assert "1 zou(den) worden verwijderd" in uit
    assert "Proefdraai: er is niets gewijzigd." in uit
    assert Aanvraag.objects.filter(pk=oud.pk).exists()
    assert storages["private"].exists(bijlage.bestand) and storages["private"].exists(wees)
    assert not Grafsteen.objects.exists()


def test_weesbestand_gaat_weg_na_de_wachttijd_recent_en_gebruikt_blijven(
    django_capture_on_commit_callbacks, eigen_opslag, burger
):
    opslag = storages["private"]
    wees = opslag.save("subsidies/2026/verweesd.txt", ContentFile(b"nooit bewaard"))
    _verouderen(eigen_opslag / wees, uren=25)
    recent = opslag.save("subsidies/2026/net-geupload.txt", ContentFile(b"transactie loopt nog"))
    gebruikt = _met_bijlage(AanvraagFactory(aanvrager=burger))
    _verouderen(eigen_opslag / gebruikt.bestand, uren=72)
    brief_wees = opslag.save("brieven/subsidies/2026/teruggedraaid.pdf", ContentFile(b"%PDF-1.7"))
    _verouderen(eigen_opslag / brief_wees, uren=30)
    # Payment files live beside the attachments: not in a year folder, not this rule's business.
    sepa = opslag.save("subsidies/sepa/GK-00000001.xml", ContentFile(b"<xml/>"))
    _verouderen(eigen_opslag / sepa, uren=24 * 400)

    resultaat = _toepassen(django_capture_on_commit_callbacks, WEZEN)[WEZEN]

    assert sorted(resultaat.ids) == sorted([wees, brief_wees])
    assert not opslag.exists(wees) and not opslag.exists(brief_wees)
    assert opslag.exists(recent) and opslag.exists(gebruikt.bestand) and opslag.exists(sepa)
    assert set(Grafsteen.objects.values_list("objecttype", flat=True)) == {"bestand"}


def test_gearchiveerde_brief_is_geen_weesbestand(django_capture_on_commit_callbacks, eigen_opslag, burger):
    aanvraag = AanvraagFactory(aanvrager=burger)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    brief = Brief.objects.get()
    _verouderen(eigen_opslag / brief.bestand, uren=48)
    assert _toepassen(django_capture_on_commit_callbacks, WEZEN)[WEZEN].ids == []
    assert storages["private"].exists(brief.bestand)


def test_twee_keer_toepassen_is_onschadelijk(django_capture_on_commit_callbacks, eigen_opslag):
    oud = AanvraagFactory()
    _met_bijlage(oud)
    _oud(oud, maanden=13)
    wees = storages["private"].save("subsidies/2026/verweesd.txt", ContentFile(b"x"))
    _verouderen(eigen_opslag / wees, uren=48)

    eerste = _toepassen(django_capture_on_commit_callbacks)
    tweede = _toepassen(django_capture_on_commit_callbacks)

    assert eerste[CONCEPTEN].ids == [str(oud.pk)] and eerste[WEZEN].ids == [wees]
    assert tweede[CONCEPTEN].ids == [] and tweede[WEZEN].ids == []
    assert Grafsteen.objects.count() == 2
    assert len(set(Grafsteen.objects.values_list("batch", flat=True))) == 1


def test_concept_dat_intussen_bewaard_werd_blijft(django_capture_on_commit_callbacks, monkeypatch):
    oud = AanvraagFactory()
    _oud(oud, maanden=13)
    echte_zoeken = bewaren.REGELS[CONCEPTEN].zoeken

    def zoeken_en_dan_bewaart_de_burger(nu):
        items = list(echte_zoeken(nu))
        Aanvraag.objects.filter(pk=oud.pk).update(gewijzigd=timezone.now())
        return items

    monkeypatch.setitem(
        bewaren.REGELS,
        CONCEPTEN,
        bewaren.Bewaarregel(CONCEPTEN, "verwijderd", "test", zoeken_en_dan_bewaart_de_burger),
    )
    assert _toepassen(django_capture_on_commit_callbacks, CONCEPTEN)[CONCEPTEN].ids == []
    assert Aanvraag.objects.filter(pk=oud.pk).exists()
    assert not Grafsteen.objects.exists()


def test_de_nachtelijke_taak_staat_in_het_beat_schema(settings):
    from celery.schedules import crontab

    regel = settings.CELERY_BEAT_SCHEDULE["bewaartermijnen-toepassen"]
    assert regel["task"] == "gelijkekansen.core.tasks.bewaartermijnen_toepassen"
    assert regel["schedule"] == crontab(hour=2, minute=30)
