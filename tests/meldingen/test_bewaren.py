"""Retention (meldingen/bewaren.py through core.bewaren): contact details wiped 12 months after
closing, reports deleted 5 years after closing, figures kept; with time travel."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from gelijkekansen.core.bewaren import bewaartermijnen_toepassen
from gelijkekansen.core.models import Bericht, Bijlage, Grafsteen
from meldingen.models import Melding, Statistiek
from meldingen.services import behandeling
from tests.meldingen.factories import melding, meldpunt_lid

GENT = ZoneInfo("Europe/Brussels")
GESLOTEN = datetime(2026, 3, 10, 14, 0, tzinfo=GENT)
REGELS = ["meldingen-contact", "meldingen-verwijderen"]


@pytest.fixture
def gesloten(db, time_machine):
    time_machine.move_to(GESLOTEN - timedelta(days=30), tick=False)
    m, _code = melding("in_behandeling", naam="Sara", email="sara@example.org", telefoon="0470")
    from gelijkekansen.core import berichten

    berichten.bericht_sturen(dossier=m, door=meldpunt_lid(), tekst="Dank je.")
    time_machine.move_to(GESLOTEN, tick=False)
    return behandeling.afsluiten(melding=m, door=meldpunt_lid(), reden="Afgerond.")


def _toepassen(time_machine, moment):
    time_machine.move_to(moment, tick=False)
    return {r.regel: r.ids for r in bewaartermijnen_toepassen(regels=REGELS)}


def test_contact_blijft_tot_de_termijn_en_gaat_de_dag_erna(gesloten, time_machine):
    assert _toepassen(time_machine, GESLOTEN + timedelta(days=364))["meldingen-contact"] == []
    gesloten.refresh_from_db()
    assert gesloten.email == "sara@example.org"
    assert _toepassen(time_machine, GESLOTEN + timedelta(days=366))["meldingen-contact"] == [str(gesloten.pk)]
    gesloten.refresh_from_db()
    assert (gesloten.naam, gesloten.email, gesloten.telefoon) == ("", "", "")
    assert gesloten.contact_gewist_op is not None and gesloten.beschrijving.startswith("De portier")
    # A second night changes nothing.
    assert _toepassen(time_machine, GESLOTEN + timedelta(days=367))["meldingen-contact"] == []
    assert Grafsteen.objects.filter(regel="meldingen-contact").count() == 1


def test_de_melding_gaat_na_vijf_jaar_maar_de_cijfers_blijven(gesloten, time_machine):
    assert _toepassen(time_machine, datetime(2031, 3, 9, 12, tzinfo=GENT))["meldingen-verwijderen"] == []
    assert Melding.objects.filter(pk=gesloten.pk).exists()
    uit = _toepassen(time_machine, datetime(2031, 3, 11, 12, tzinfo=GENT))
    assert uit["meldingen-verwijderen"] == [str(gesloten.pk)]
    assert not Melding.objects.exists() and not Bericht.objects.exists()
    statistiek = Statistiek.objects.get()
    assert statistiek.melding is None and statistiek.jaar == 2026 and statistiek.status == "afgesloten"
    steen = Grafsteen.objects.get(regel="meldingen-verwijderen")
    assert steen.object_id == str(gesloten.pk) and "afgesloten_op" in steen.datums


def test_een_heropende_melding_blijft(gesloten, time_machine):
    time_machine.move_to(GESLOTEN + timedelta(days=400), tick=False)
    behandeling.heropenen(melding=gesloten, door=meldpunt_lid(), reden="Belde terug.")
    assert _toepassen(time_machine, datetime(2032, 1, 1, tzinfo=GENT)) == {r: [] for r in REGELS}


def test_bewijsbestanden_gaan_mee(gesloten, time_machine, django_capture_on_commit_callbacks):
    import io

    from django.core.files.storage import storages
    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    from gelijkekansen.core.uploads import valideer_upload
    from meldingen.services import melden

    uit = io.BytesIO()
    Image.new("RGB", (10, 10)).save(uit, format="PNG")
    behandeling.heropenen(melding=gesloten, door=meldpunt_lid(), reden="Nieuw bewijs.")
    bijlage = melden.bewijs_toevoegen(
        melding=gesloten, bestand=valideer_upload(SimpleUploadedFile("a.png", uit.getvalue(), "image/png"))
    )
    behandeling.afsluiten(melding=gesloten, door=meldpunt_lid(), reden="Afgerond.")
    with django_capture_on_commit_callbacks(execute=True):
        _toepassen(time_machine, datetime(2032, 1, 1, tzinfo=GENT))
    assert not Bijlage.objects.exists()
    assert not storages["private"].exists(bijlage.bestand)


def test_proefdraaien_verandert_niets(gesloten, time_machine, capsys):
    time_machine.move_to(datetime(2032, 1, 1, tzinfo=GENT), tick=False)
    call_command("bewaartermijnen", "--dry-run")
    uit = capsys.readouterr().out
    assert "meldingen-verwijderen" in uit and str(gesloten.pk) in uit
    assert Melding.objects.get(pk=gesloten.pk).email == "sara@example.org"


def test_mails_aan_melders_gaan_na_30_dagen(db, time_machine, django_capture_on_commit_callbacks):
    from gelijkekansen.core.models import UitgaandeMail

    time_machine.move_to(GESLOTEN, tick=False)
    with django_capture_on_commit_callbacks(execute=True):
        melding(email="sara@example.org")
    assert UitgaandeMail.objects.get().status == "verstuurd"
    time_machine.move_to(GESLOTEN + timedelta(days=29), tick=False)
    assert bewaartermijnen_toepassen(regels=["meldingen-mails"])[0].ids == []
    time_machine.move_to(GESLOTEN + timedelta(days=31), tick=False)
    assert len(bewaartermijnen_toepassen(regels=["meldingen-mails"])[0].ids) == 1
    assert not UitgaandeMail.objects.exists()
