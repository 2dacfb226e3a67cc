"""Special-category data (GDPR art. 9): encrypted at rest, only the Meldpunt role (not a superuser),
every view, download and export in the audit log without content."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse

from gelijkekansen.core.models import AuditEvent, Bijlage
from gelijkekansen.core.uploads import valideer_upload
from meldingen.services import melden
from tests.meldingen.factories import melding, meldpunt_lid


def _ruwe_rij(tabel: str, pk) -> str:
    waarde = pk.hex if connection.vendor == "sqlite" else str(pk)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {tabel} WHERE id = %s", [waarde])  # noqa: S608
        return " ".join(str(w) for w in cursor.fetchone())


def test_het_verhaal_en_het_contact_staan_versleuteld_in_de_databank(db):
    m, _code = melding(
        naam="Sara Peeters", email="sara@example.org", telefoon="0470 12 34 56", plaats="Korenmarkt 5"
    )
    rij = _ruwe_rij("meldingen_melding", m.pk)
    for geheim in ("portier", "Sara", "sara@example.org", "0470", "Korenmarkt"):
        assert geheim not in rij
    m.refresh_from_db()
    assert m.naam == "Sara Peeters" and m.beschrijving.startswith("De portier")


def test_berichten_en_de_uitgaande_mail_staan_versleuteld(db):
    from gelijkekansen.core import berichten
    from gelijkekansen.core.models import UitgaandeMail

    m, code = melding(email="sara@example.org")
    bericht = berichten.bericht_sturen(
        dossier=m, door=meldpunt_lid(), tekst="Mogen we je bellen over de portier?"
    )
    assert "portier" not in _ruwe_rij("core_bericht", bericht.pk)
    ontvangst = UitgaandeMail.objects.get(sjabloon="meldingen-ontvangst")  # not sent yet: on commit
    assert code in ontvangst.tekst
    assert code not in _ruwe_rij("core_uitgaandemail", ontvangst.pk)


def test_een_bestand_van_een_melder_wordt_zonder_metadata_en_versleuteld_bewaard(db):
    from PIL import Image

    uit = io.BytesIO()
    beeld = Image.new("RGB", (20, 20))
    exif = beeld.getexif()
    exif[0x010F] = "GeheimeCamera"
    beeld.save(uit, format="JPEG", exif=exif)
    _m, _code = melden_met_foto(uit.getvalue())
    bijlage = Bijlage.objects.get()
    from django.core.files.storage import storages

    with storages["private"].open(bijlage.bestand, "rb") as bestand:
        assert b"GeheimeCamera" not in bestand.read()


def melden_met_foto(inhoud: bytes):
    m, code = melding()
    melden.bewijs_toevoegen(
        melding=m, bestand=valideer_upload(SimpleUploadedFile("foto.jpg", inhoud, "image/jpeg"))
    )
    return m, code


@pytest.mark.parametrize("persona", ["beheerder", "behandelaar", "burger"])
def test_alleen_het_meldpunt_ziet_meldingen_ook_geen_superuser(client, db, persona, request):
    m, _code = melding()
    client.force_login(request.getfixturevalue(persona))
    for url in (
        reverse("admin:meldingen_melding_changelist"),
        reverse("admin:meldingen_melding_behandelen", args=[m.pk]),
        reverse("admin:meldingen_melding_cijfers"),
        reverse("admin:meldingen_melding_export"),
        reverse("admin:meldingen_melding_add"),
    ):
        antwoord = client.get(url)
        assert antwoord.status_code in (302, 403), (persona, url)
        assert "portier" not in antwoord.content.decode()


def test_de_backoffice_toont_de_meldingen_niet_in_het_menu_van_een_superuser(client, db, beheerder):
    client.force_login(beheerder)
    assert "Meldpunt discriminatie" not in client.get(reverse("admin:index")).content.decode()


def test_elke_blik_op_een_melding_staat_in_het_auditlogboek_zonder_inhoud(client, db):
    medewerker = meldpunt_lid()
    m, _code = melding()
    client.force_login(medewerker)
    client.get(reverse("admin:meldingen_melding_changelist"))
    client.get(reverse("admin:meldingen_melding_behandelen", args=[m.pk]))
    client.get(reverse("admin:meldingen_melding_cijfers"))
    client.get(reverse("admin:meldingen_melding_export"))
    events = list(AuditEvent.objects.filter(wie=medewerker).order_by("wanneer", "pk"))
    assert [e.wat for e in events] == ["bekeken", "bekeken", "bekeken", "geexporteerd"]
    assert events[0].details["meldingen"] == [m.nummer]
    assert events[1].object_id == str(m.pk) and events[1].object_omschrijving == m.nummer
    alles = " ".join(f"{e.details} {e.object_omschrijving}" for e in events)
    assert "portier" not in alles


def test_het_downloaden_van_bewijs_staat_in_het_auditlogboek(client, db):
    from PIL import Image

    uit = io.BytesIO()
    Image.new("RGB", (10, 10)).save(uit, format="PNG")
    m, _code = melding()
    bijlage = melden.bewijs_toevoegen(
        melding=m, bestand=valideer_upload(SimpleUploadedFile("a.png", uit.getvalue(), "image/png"))
    )
    medewerker = meldpunt_lid()
    client.force_login(medewerker)
    antwoord = client.get(reverse("admin:meldingen_melding_bewijs", args=[m.pk, bijlage.pk]))
    assert b"".join(antwoord.streaming_content).startswith(b"\x89PNG")  # decrypted for the Meldpunt
    assert "no-store" in antwoord["Cache-Control"]
    assert AuditEvent.objects.filter(wie=medewerker, wat="gedownload", object_id=str(bijlage.pk)).exists()


def test_bewijs_van_een_andere_melding_is_niet_te_openen_via_deze(client, db):
    from PIL import Image

    uit = io.BytesIO()
    Image.new("RGB", (10, 10)).save(uit, format="PNG")
    eerste, _ = melding()
    tweede, _ = melding()
    bijlage = melden.bewijs_toevoegen(
        melding=tweede, bestand=valideer_upload(SimpleUploadedFile("a.png", uit.getvalue(), "image/png"))
    )
    client.force_login(meldpunt_lid())
    assert (
        client.get(reverse("admin:meldingen_melding_bewijs", args=[eerste.pk, bijlage.pk])).status_code == 404
    )


def test_de_export_bevat_geen_verhaal_of_contact(client, db):
    melding(naam="Sara Peeters", email="sara@example.org")
    client.force_login(meldpunt_lid())
    csv = client.get(reverse("admin:meldingen_melding_export")).content.decode()
    assert "huidskleur" in csv
    for geheim in ("portier", "Sara", "sara@example.org"):
        assert geheim not in csv


def test_paginas_van_het_meldpunt_worden_niet_bewaard_door_de_browser(client, db):
    m, _code = melding()
    client.force_login(meldpunt_lid())
    assert (
        "no-store" in client.get(reverse("admin:meldingen_melding_behandelen", args=[m.pk]))["Cache-Control"]
    )


def _sporen_van_een_melding():
    """A report with a message, evidence, a status step, a download, a mail and a report."""
    from PIL import Image

    from gelijkekansen.core import berichten
    from gelijkekansen.core.services import rapport_aanvragen

    uit = io.BytesIO()
    Image.new("RGB", (10, 10)).save(uit, format="PNG")
    m, _code = melding("in_behandeling", email="sara@example.org")
    berichten.bericht_sturen(dossier=m, door=meldpunt_lid(), tekst="Geheime vraag over de portier")
    melden.bewijs_toevoegen(
        melding=m, bestand=valideer_upload(SimpleUploadedFile("baas.png", uit.getvalue(), "image/png"))
    )
    rapport_aanvragen(soort="meldingen-maandrapport", parameters={"jaar": 2026, "maand": 1}, door=None)
    return m


KERNLIJSTEN = ["bericht", "bijlage", "statuswijziging", "auditevent", "uitgaandemail", "rapport"]


def test_de_superuser_ziet_geen_sporen_van_meldingen_in_de_gedeelde_lijsten(client, db, beheerder):
    from gelijkekansen.core.models import AuditEvent, Bericht, Rapport, StatusWijziging, UitgaandeMail

    m = _sporen_van_een_melding()
    client.force_login(meldpunt_lid())
    client.get(
        reverse("admin:meldingen_melding_bewijs", args=[m.pk, Bijlage.objects.get().pk])
    )  # audited download
    # The traces exist...
    assert Bericht.objects.exists() and StatusWijziging.objects.voor(m).exists() and Rapport.objects.exists()
    assert UitgaandeMail.objects.filter(sjabloon="meldingen-ontvangst").exists()
    assert AuditEvent.objects.filter(wat="gedownload").exists()
    # ... and a superuser without the role finds none of them in the kernel's lists.
    client.force_login(beheerder)
    for lijst in KERNLIJSTEN:
        antwoord = client.get(reverse(f"admin:core_{lijst}_changelist"))
        rijen = [
            str(r) + str(getattr(r, "object_id", "")) + str(getattr(r, "details", ""))
            for r in antwoord.context["cl"].result_list
        ]
        assert not [r for r in rijen if m.nummer in r or str(m.pk) in r or "meldingen" in r], (lijst, rijen)
        tekst = antwoord.content.decode()
        assert "sara@example.org" not in tekst and "Geheime vraag" not in tekst and "bewijs-1" not in tekst, (
            lijst
        )
    assert client.get(reverse("admin:core_bericht_changelist") + "?q=portier").status_code == 200


def test_bewijs_krijgt_een_neutrale_naam(db):
    from PIL import Image

    uit = io.BytesIO()
    Image.new("RGB", (10, 10)).save(uit, format="PNG")
    m, _code = melding()
    bijlage = melden.bewijs_toevoegen(
        melding=m,
        bestand=valideer_upload(SimpleUploadedFile("baas_Jan_Peeters.png", uit.getvalue(), "image/png")),
    )
    assert bijlage.naam == "bewijs-1.png"


def test_de_ontvangstcode_staat_niet_leesbaar_in_de_sessie(client, db):
    from tests.meldingen.factories import formulier

    client.post("/melden/", formulier())
    opgeslagen = str(dict(client.session))
    pagina = client.get(reverse("meldingen:verstuurd")).content.decode()
    code = pagina.split("<code>")[1].split("</code>")[0]
    assert code not in opgeslagen


def test_een_afgesloten_melding_krijgt_geen_bericht_maar_wel_een_notitie(client, db):
    from gelijkekansen.core.models import Bericht

    m, _code = melding("afgesloten")
    client.force_login(meldpunt_lid())
    pagina = reverse("admin:meldingen_melding_behandelen", args=[m.pk])
    antwoord = client.post(
        pagina, {"actie": "bericht", "soort": "vraag", "tekst": "Nog een vraag?"}, follow=True
    )
    assert "Heropen ze om de melder te schrijven" in antwoord.content.decode()
    client.post(pagina, {"actie": "bericht", "soort": "intern", "tekst": "Notitie na afsluiten."})
    assert list(Bericht.objects.values_list("intern", flat=True)) == [True]


def test_een_onzin_sjabloon_geeft_geen_fout(client, db):
    m, _code = melding()
    client.force_login(meldpunt_lid())
    assert (
        client.get(reverse("admin:meldingen_melding_behandelen", args=[m.pk]) + "?sjabloon=abc").status_code
        == 200
    )
