"""Following up a report with the receipt code, without an account."""

import io
import re
import time
from datetime import timedelta

import pytest
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from gelijkekansen.core import berichten
from gelijkekansen.core.models import Bericht, Bijlage
from meldingen.models import Toestemming
from meldingen.services import behandeling
from tests.meldingen.factories import melding, meldpunt_lid

OPVOLGEN = reverse("meldingen:opvolgen")
PAGINA = reverse("meldingen:opvolgen-melding")


def _png() -> bytes:
    from PIL import Image

    uit = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(uit, format="PNG")
    return uit.getvalue()


@pytest.fixture(autouse=True)
def _geen_pauze(settings):
    settings.MELDINGEN_CODE_PAUZE_SECONDEN = 0


def _openen(client, code):
    return client.post(OPVOLGEN, {"code": code})


def test_de_juiste_code_opent_de_melding(client, db):
    _melding, code = melding()
    assert _openen(client, code)["Location"] == PAGINA
    inhoud = client.get(PAGINA).content.decode()
    assert "Nieuw." in inhoud and "We kregen je melding" in inhoud


def test_een_foute_code_en_een_verwijderde_melding_krijgen_hetzelfde_antwoord(client, db):
    weg, code = melding()
    weg.delete()
    verwijderd = _openen(client, code).content.decode()
    fout = _openen(client, "dit-is-geen-code").content.decode()

    def uit(tekst: str) -> str:  # the main part, without the typed code and the CSRF token
        return re.sub(r'value="[^"]*"', "", tekst[tekst.index("<main") : tekst.index("</main>")])

    assert uit(verwijderd) == uit(fout)
    assert "vinden we geen melding" in fout


def test_een_foute_code_wordt_pas_na_een_pauze_beantwoord(client, db, settings):
    settings.MELDINGEN_CODE_PAUZE_SECONDEN = 0.3
    begin = time.monotonic()
    _openen(client, "fout")
    assert time.monotonic() - begin >= 0.3


def test_te_veel_pogingen_van_een_adres_worden_gestopt(client, db, monkeypatch):
    monkeypatch.setattr("meldingen.views.opvolgen.POGINGEN_PER_UUR", 3)
    _melding, code = melding()
    for _ in range(3):
        _openen(client, "fout")
    antwoord = _openen(client, code)  # even the right code: the address is rate-limited
    assert antwoord.status_code == 200 and "te vaak" in antwoord.content.decode()


def test_de_melder_ziet_berichten_maar_nooit_interne_notities(client, db):
    nieuw, code = melding("in_behandeling")
    medewerker = meldpunt_lid()
    berichten.bericht_sturen(dossier=nieuw, door=medewerker, tekst="Kun je ons bellen?")
    berichten.bericht_sturen(dossier=nieuw, door=medewerker, tekst="Intern: lijkt op dossier X.", intern=True)
    _openen(client, code)
    inhoud = client.get(PAGINA).content.decode()
    assert "Kun je ons bellen?" in inhoud
    assert "lijkt op dossier X" not in inhoud


def test_een_antwoord_op_een_vraag_hoort_bij_die_vraag(client, db):
    nieuw, code = melding("in_behandeling")
    vraag = berichten.vraag_stellen(dossier=nieuw, door=meldpunt_lid(), tekst="Welke dag was het?")
    _openen(client, code)
    client.post(reverse("meldingen:opvolgen-bericht"), {"tekst": "Een dinsdag."})
    assert Bericht.objects.get(antwoord_op=vraag).tekst == "Een dinsdag."


def test_een_leeg_bericht_wordt_uitgelegd(client, db):
    _melding, code = melding()
    _openen(client, code)
    antwoord = client.post(reverse("meldingen:opvolgen-bericht"), {"tekst": "   "})
    assert (
        antwoord.status_code == 200 and "Dit veld is verplicht" in antwoord.content.decode()
    ) or "Schrijf" in antwoord.content.decode()
    assert not Bericht.objects.exists()


def test_bewijs_wordt_versleuteld_bewaard_met_zijn_hash(client, db):
    _nieuw, code = melding()
    _openen(client, code)
    client.post(
        reverse("meldingen:opvolgen-bewijs"), {"bestand": SimpleUploadedFile("deur.png", _png(), "image/png")}
    )
    bijlage = Bijlage.objects.get()
    assert bijlage.versleuteld and bijlage.soort == "bewijs" and len(bijlage.sha256) == 64
    with storages["private"].open(bijlage.bestand, "rb") as bestand:
        op_schijf = bestand.read()
    assert b"PNG" not in op_schijf and b"IHDR" not in op_schijf
    assert "bewijs-1.png" in client.get(PAGINA).content.decode()  # a neutral name, not the reporter's


def test_een_verkeerd_bestand_wordt_uitgelegd_en_niets_gaat_verloren(client, db):
    nieuw, code = melding()
    _openen(client, code)
    antwoord = client.post(
        reverse("meldingen:opvolgen-bewijs"),
        {"bestand": SimpleUploadedFile("virus.exe", b"MZ\x90\x00", "application/octet-stream")},
    )
    assert antwoord.status_code == 200
    assert 'class="field-message error"' in antwoord.content.decode()
    assert not Bijlage.objects.exists()
    nieuw.refresh_from_db()
    assert nieuw.beschrijving.startswith("De portier")


def test_toestemming_intrekken_houdt_een_doorverwijzing_tegen(client, db):
    nieuw, code = melding("in_behandeling", toestemmingen=["unia"])
    _openen(client, code)
    client.post(reverse("meldingen:opvolgen-toestemming"), {"instantie": "unia", "geven": "0"})
    assert Toestemming.objects.get().ingetrokken_op is not None
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="geen toestemming"):
        behandeling.doorverwijzen(
            melding=nieuw, instantie="unia", gedeeld="Het verhaal.", door=meldpunt_lid()
        )


def test_toestemming_later_geven_maakt_doorverwijzen_mogelijk(client, db):
    nieuw, code = melding("in_behandeling")
    _openen(client, code)
    client.post(reverse("meldingen:opvolgen-toestemming"), {"instantie": "vmri", "geven": "1"})
    verwijzing = behandeling.doorverwijzen(
        melding=nieuw, instantie="vmri", gedeeld="Het verhaal.", door=meldpunt_lid()
    )
    assert verwijzing.instantie == "vmri"
    assert "Vlaams Mensenrechteninstituut" in client.get(PAGINA).content.decode()


def test_na_een_half_uur_stilte_moet_de_code_opnieuw(client, db, time_machine):
    _melding, code = melding()
    time_machine.move_to("2026-12-01 10:00:00+01:00", tick=False)
    _openen(client, code)
    time_machine.shift(timedelta(minutes=29))
    assert client.get(PAGINA).status_code == 200  # each step extends the half hour
    time_machine.shift(timedelta(minutes=31))
    assert client.get(PAGINA)["Location"] == OPVOLGEN


def test_de_sessie_krijgt_een_nieuwe_sleutel_bij_het_openen(client, db):
    _melding, code = melding()
    client.get(OPVOLGEN)
    client.session.save()
    voor = client.session.session_key
    _openen(client, code)
    assert client.session.session_key != voor


def test_een_afgesloten_melding_aanvaardt_geen_berichten_meer(client, db):
    _nieuw, code = melding("afgesloten")
    _openen(client, code)
    antwoord = client.post(reverse("meldingen:opvolgen-bericht"), {"tekst": "Nog iets."})
    assert "afgesloten" in antwoord.content.decode()
    assert not Bericht.objects.filter(kant="burger").exists()


def test_een_melder_ziet_nooit_een_andere_melding(client, db):
    _eerste, code = melding(beschrijving="Eerste verhaal over de bakker.")
    melding(beschrijving="Tweede verhaal over de bus.")
    _openen(client, code)
    inhoud = client.get(PAGINA).content.decode()
    assert "Tweede verhaal" not in inhoud


def test_zonder_code_geen_toegang_tot_de_stappen(client, db):
    for naam in ("opvolgen-bericht", "opvolgen-bewijs", "opvolgen-toestemming"):
        assert (
            client.post(reverse(f"meldingen:{naam}"), {"tekst": "x", "instantie": "unia", "geven": "1"})[
                "Location"
            ]
            == OPVOLGEN
        )
    assert not Bericht.objects.exists() and not Toestemming.objects.exists()
