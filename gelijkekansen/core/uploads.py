"""Uploads from citizens and organisations: checked, cleaned, stored privately, served safely.

Every chapter app (attachments to applications, evidence with a discrimination report, …) uses
the same four steps:

1. ``VeiligBestandField`` in the form (or ``valideer_upload`` directly) checks the file: size cap,
   type decided by the *content* (libmagic) from an allow-list, a file name that agrees with that
   content, Office documents inspected as zip containers (no other archives, no nested archives,
   no macros, no zip bombs), PDFs parsed and refused when they carry scripts, embedded files or
   automatic actions (``pdfcontrole``), and photos re-encoded so EXIF/GPS metadata never reaches
   the disk.
   It returns a ``GecontroleerdBestand`` with a server-generated name; the name the citizen gave
   survives only as sanitised display text.
2. The service stores it with ``opslaan(gecontroleerd, map="meldingen")`` in the private storage
   (no URL) and keeps the returned storage name, the display name and the digest on its model.
3. The app's own view authorises first and only then serves the file::

       melding = get_melding_for_user(request.user, melding_id)  # 404/403 for everyone else
       audit_registreren(wie=request.user, wat=AuditActie.BEKEKEN, obj=melding)
       return bestand_antwoord(melding.bewijs, downloadnaam=melding.bewijs_naam)

   ``bestand_antwoord`` does no permission check of its own: it cannot know the object.
"""

import hashlib
import io
import os
import re
import unicodedata
import uuid
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import magic
from django import forms
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.http import FileResponse, Http404
from django.utils import formats, timezone
from django.utils.functional import Promise, lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

from gelijkekansen.core.pdfcontrole import controleer_pdf

MB = 1024 * 1024
STANDAARD_MAX_BYTES = 10 * MB
# Limits for Office documents (zip containers). Real documents stay far below them; a bomb does not.
MAX_ZIP_LEDEN = 1000
MAX_ZIP_UITGEPAKT = 100 * MB
MAX_NAAM_LENGTE = 120


@dataclass(frozen=True)
class Bestandstype:
    mime: str
    extensie: str  # the canonical extension given to the stored file
    extensies: frozenset[str]  # what the citizen's file name may end on
    # Lazy translation: excluded from eq/hash so the constants can be built at import time.
    label: Promise | str = field(compare=False)


PDF = Bestandstype("application/pdf", "pdf", frozenset({"pdf"}), _("PDF"))
JPEG = Bestandstype("image/jpeg", "jpg", frozenset({"jpg", "jpeg"}), _("foto (JPG)"))
PNG = Bestandstype("image/png", "png", frozenset({"png"}), _("foto (PNG)"))
TEKST = Bestandstype("text/plain", "txt", frozenset({"txt"}), _("tekst (TXT)"))
DOCX = Bestandstype(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "docx",
    frozenset({"docx"}),
    _("Word-document (DOCX)"),
)
XLSX = Bestandstype(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xlsx",
    frozenset({"xlsx"}),
    _("Excel-bestand (XLSX)"),
)
ODT = Bestandstype(
    "application/vnd.oasis.opendocument.text", "odt", frozenset({"odt"}), _("OpenDocument-tekst (ODT)")
)
STANDAARD_TOEGELATEN: tuple[Bestandstype, ...] = (PDF, JPEG, PNG, TEKST, DOCX, XLSX, ODT)
_OFFICE = (DOCX, XLSX, ODT)
_OFFICE_EXTENSIES = frozenset(e for t in _OFFICE for e in t.extensies)
_PER_MIME = {t.mime: t for t in STANDAARD_TOEGELATEN}
_PER_EXTENSIE = {t.extensie: t for t in STANDAARD_TOEGELATEN}

# Refused whatever a caller puts in `toegelaten`: active content a browser or OS would run.
_ALTIJD_GEWEIGERD_MIME = frozenset(
    {
        "image/svg+xml",
        "text/html",
        "application/xhtml+xml",
        "text/xml",
        "application/xml",
        "text/javascript",
        "application/javascript",
        "application/x-dosexec",
        "application/vnd.microsoft.portable-executable",
        "application/x-msi",
        "application/x-msdownload",
        "application/x-executable",
        "application/x-pie-executable",
        "application/x-sharedlib",
        "application/x-mach-binary",
        "text/x-shellscript",
    }
)
_ALTIJD_GEWEIGERD_EXTENSIE = frozenset(
    {"svg", "svgz", "html", "htm", "xhtml", "shtml", "xml", "js", "mjs"}
    | {"exe", "dll", "com", "scr", "msi", "bat", "cmd", "ps1", "sh", "vbs", "hta", "jar", "apk", "lnk"}
)
_ZIP_MIME = frozenset({"application/zip", "application/x-zip-compressed", *(t.mime for t in _OFFICE)})
# "Plain text" that a browser would still treat as markup if it ever sniffed it.
_OPMAAK = re.compile(
    rb"<\s*(?:!doctype|html|head|body|script|iframe|svg|object|embed|style|meta|\?xml)\b", re.IGNORECASE
)
_ARCHIEF_EXTENSIE = re.compile(
    r"\.(?:zip|jar|7z|rar|gz|tgz|bz2|xz|tar|cab|docx|docm|xlsx|xlsm|pptx|odt|ods|odp)$", re.IGNORECASE
)
_ARCHIEF_HANDTEKENING = (b"PK\x03\x04", b"7z\xbc\xaf\x27\x1c", b"Rar!", b"\x1f\x8b", b"BZh", b"\xfd7zXZ")
_MACRO_LID = re.compile(r"(?:^|/)vbaProject\.bin$|^(?:Basic|Scripts)/", re.IGNORECASE)


@dataclass(frozen=True)
class GecontroleerdBestand:
    inhoud: bytes = field(repr=False)  # images already re-encoded without metadata
    mime: str
    extensie: str
    naam: str  # server-generated: uuid4 hex + canonical extension
    originele_naam: str  # sanitised, for display and as download name only
    sha256: str

    @property
    def grootte(self) -> int:
        return len(self.inhoud)


def valideer_upload(
    bestand: File,
    *,
    max_bytes: int = STANDAARD_MAX_BYTES,
    toegelaten: Sequence[Bestandstype] = STANDAARD_TOEGELATEN,
) -> GecontroleerdBestand:
    originele_naam = veilige_naam(getattr(bestand, "name", "") or "")
    inhoud = _lees(bestand, max_bytes)
    extensie = _extensie(originele_naam)
    soort = _soort_volgens_inhoud(inhoud, extensie, toegelaten)
    if extensie not in soort.extensies:
        raise _naam_past_niet(soort)
    if soort == PDF:
        controleer_pdf(inhoud)
    if soort in (JPEG, PNG):
        inhoud = _zonder_metadata(inhoud, soort)
    return GecontroleerdBestand(
        inhoud=inhoud,
        mime=soort.mime,
        extensie=soort.extensie,
        naam=f"{uuid.uuid4().hex}.{soort.extensie}",
        originele_naam=originele_naam,
        sha256=hashlib.sha256(inhoud).hexdigest(),
    )


def veilige_naam(naam: str, *, max_lengte: int = MAX_NAAM_LENGTE) -> str:
    """The citizen's file name as harmless display text: no folders, no invisible characters."""
    naam = unicodedata.normalize("NFC", naam).replace("\\", "/").rsplit("/", 1)[-1]
    # Category C covers control characters and also bidi overrides ("rapport\u202efdp.exe").
    naam = "".join(teken for teken in naam if not unicodedata.category(teken).startswith("C"))
    naam = " ".join(naam.split()).strip(" .")
    if len(naam) > max_lengte:
        stam, extensie = os.path.splitext(naam)
        extensie = extensie if len(extensie) <= 10 else ""
        naam = stam[: max_lengte - len(extensie)].rstrip(" .") + extensie
    return naam or "bestand"


def _extensie(naam: str) -> str:
    return os.path.splitext(naam)[1].lower().lstrip(".")


def _lees(bestand: File, max_bytes: int) -> bytes:
    opgegeven = getattr(bestand, "size", None)
    if opgegeven is not None and opgegeven > max_bytes:
        raise _te_groot(opgegeven, max_bytes)
    if hasattr(bestand, "seek"):
        bestand.seek(0)
    # Read one byte past the cap: a declared size can be wrong, the bytes are not.
    inhoud = bestand.read(max_bytes + 1)
    if len(inhoud) > max_bytes:
        raise _te_groot(max(opgegeven or 0, len(inhoud)), max_bytes)
    if not inhoud:
        raise ValidationError(_("Dit bestand is leeg. Kies een ander bestand."), code="leeg")
    return inhoud


def _soort_volgens_inhoud(inhoud: bytes, extensie: str, toegelaten: Sequence[Bestandstype]) -> Bestandstype:
    mime = magic.from_buffer(inhoud, mime=True)
    if mime in _ALTIJD_GEWEIGERD_MIME or extensie in _ALTIJD_GEWEIGERD_EXTENSIE:
        raise _type_geweigerd(toegelaten)
    if mime in _ZIP_MIME or inhoud.startswith(b"PK\x03\x04"):
        soort = _office_soort(inhoud, extensie)
    else:
        soort = _PER_MIME.get(mime)
    if soort is None or soort not in toegelaten:
        raise _type_geweigerd(toegelaten)
    if soort == TEKST and _OPMAAK.search(inhoud):
        raise _type_geweigerd(toegelaten)
    return soort


def _office_soort(inhoud: bytes, extensie: str) -> Bestandstype | None:
    """Which Office format this zip is, after checks that never unpack more than a few bytes."""
    try:
        with zipfile.ZipFile(io.BytesIO(inhoud)) as archief:
            leden = archief.infolist()
            _controleer_zip_grootte(leden)
            _controleer_zip_leden(archief, leden)
            soort = _office_formaat(archief, {lid.filename for lid in leden})
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, ValueError):
        soort = None
    if soort is None and extensie in _OFFICE_EXTENSIES:
        raise _geen_office()
    return soort


def _controleer_zip_grootte(leden: list[zipfile.ZipInfo]) -> None:
    # Declared sizes are a safe budget: zipfile never returns more than a member declares.
    if len(leden) > MAX_ZIP_LEDEN or sum(lid.file_size for lid in leden) > MAX_ZIP_UITGEPAKT:
        raise ValidationError(
            _(
                "Dit document is uitgepakt veel te groot of bestaat uit te veel delen. "
                "Sla het opnieuw op in Word, Excel of LibreOffice, of stuur een PDF."
            ),
            code="zip_bom",
        )


def _controleer_zip_leden(archief: zipfile.ZipFile, leden: list[zipfile.ZipInfo]) -> None:
    for lid in leden:
        if lid.flag_bits & 0x1:
            raise ValidationError(
                _("Dit document heeft een wachtwoord. Haal het wachtwoord weg, of stuur een PDF."),
                code="wachtwoord",
            )
        if _MACRO_LID.search(lid.filename):
            raise ValidationError(
                _(
                    "Dit document bevat macro's. Dat kan niet. Sla het op als gewoon document "
                    "zonder macro's, of stuur een PDF."
                ),
                code="macro",
            )
        if _is_archief(archief, lid):
            raise ValidationError(
                _(
                    "Dit document bevat zelf een ingepakt bestand (zoals een zip). Dat kan niet. "
                    "Haal het ingevoegde bestand weg, of stuur een PDF."
                ),
                code="genest_archief",
            )


def _is_archief(archief: zipfile.ZipFile, lid: zipfile.ZipInfo) -> bool:
    if lid.is_dir():
        return False
    if _ARCHIEF_EXTENSIE.search(lid.filename):
        return True
    with archief.open(lid) as stroom:
        return stroom.read(8).startswith(_ARCHIEF_HANDTEKENING)


def _office_formaat(archief: zipfile.ZipFile, namen: set[str]) -> Bestandstype | None:
    if "mimetype" in namen and "content.xml" in namen:
        return ODT if _klein_lid(archief, "mimetype").strip() == ODT.mime.encode() else None
    if "[Content_Types].xml" not in namen:
        return None
    types = _klein_lid(archief, "[Content_Types].xml")
    # The main part's content type tells a document from its macro-enabled twin (docm, xlsm).
    if "word/document.xml" in namen and b"wordprocessingml.document.main+xml" in types:
        return DOCX
    if "xl/workbook.xml" in namen and b"spreadsheetml.sheet.main+xml" in types:
        return XLSX
    return None


def _klein_lid(archief: zipfile.ZipFile, naam: str) -> bytes:
    with archief.open(naam) as stroom:
        return stroom.read(64 * 1024)


def _zonder_metadata(inhoud: bytes, soort: Bestandstype) -> bytes:
    """Re-encode the photo: EXIF (GPS, camera serial), comments and XMP are left behind."""
    formaat = "JPEG" if soort == JPEG else "PNG"
    try:
        with Image.open(io.BytesIO(inhoud), formats=[formaat]) as origineel:
            _controleer_pixels(origineel)
            origineel.load()
            beeld = ImageOps.exif_transpose(origineel)  # keep what the citizen saw upright
            return _bewaar_zonder_metadata(beeld, formaat)
    except Image.DecompressionBombError as exc:
        raise _te_veel_pixels() from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(
            _("Deze foto is beschadigd of kan niet geopend worden. Kies een andere foto."),
            code="foto_beschadigd",
        ) from exc


def _controleer_pixels(beeld: Image.Image) -> None:
    # Checked before decoding: the header alone can announce billions of pixels.
    grens = Image.MAX_IMAGE_PIXELS
    if grens is not None and beeld.width * beeld.height > grens:
        raise _te_veel_pixels()


def _bewaar_zonder_metadata(beeld: Image.Image, formaat: str) -> bytes:
    icc = beeld.info.get("icc_profile")  # colour profile: no personal data, keeps colours right
    transparantie = beeld.info.get("transparency")
    beeld.info = {} if transparantie is None else {"transparency": transparantie}
    opties: dict[str, Any] = {"icc_profile": icc} if icc else {}
    if formaat == "JPEG":
        if beeld.mode not in ("RGB", "L"):
            beeld = beeld.convert("RGB")
        opties |= {"quality": 90}
    uit = io.BytesIO()
    beeld.save(uit, format=formaat, **opties)
    return uit.getvalue()


def _te_groot(grootte: int, max_bytes: int) -> ValidationError:
    return ValidationError(
        _("Dit bestand is te groot (%(grootte)s). Het mag maximaal %(max)s zijn."),
        code="te_groot",
        params={"grootte": _megabytes(grootte), "max": _megabytes(max_bytes)},
    )


def _megabytes(aantal: int) -> str:
    waarde = round(aantal / MB, 1)  # number_format cuts digits off instead of rounding
    decimalen = 0 if waarde == int(waarde) else 1
    return f"{formats.number_format(waarde, decimal_pos=decimalen)} MB"


def _toegelaten_tekst(toegelaten: Sequence[Bestandstype]) -> str:
    return ", ".join(str(t.label) for t in toegelaten)


def _type_geweigerd(toegelaten: Sequence[Bestandstype]) -> ValidationError:
    if tuple(toegelaten) == STANDAARD_TOEGELATEN:
        bericht = _("Dit type bestand kan niet. Stuur een PDF, foto (JPG of PNG), tekst of Office-document.")
        return ValidationError(bericht, code="type")
    return ValidationError(
        _("Dit type bestand kan niet. Stuur een van deze soorten bestanden: %(toegelaten)s."),
        code="type",
        params={"toegelaten": _toegelaten_tekst(toegelaten)},
    )


def _naam_past_niet(soort: Bestandstype) -> ValidationError:
    return ValidationError(
        _(
            "De naam van het bestand past niet bij de inhoud. Dit bestand is een %(soort)s. "
            "De naam moet eindigen op .%(extensie)s. Pas de naam aan, of kies een ander bestand."
        ),
        code="naam_past_niet",
        params={"soort": soort.label, "extensie": soort.extensie},
    )


def _geen_office() -> ValidationError:
    return ValidationError(
        _(
            "Dit bestand is geen echt Office-document. Open het in Word, Excel of LibreOffice, "
            "sla het opnieuw op en probeer nog eens. Of stuur een PDF."
        ),
        code="geen_office",
    )


def _te_veel_pixels() -> ValidationError:
    return ValidationError(
        _("Deze foto heeft te veel pixels. Maak de foto kleiner en probeer opnieuw."),
        code="te_veel_pixels",
    )


class VeiligBestandField(forms.FileField):
    """A FileField whose cleaned value is a GecontroleerdBestand, with the same Dutch messages."""

    def __init__(
        self,
        *,
        max_bytes: int = STANDAARD_MAX_BYTES,
        toegelaten: Sequence[Bestandstype] = STANDAARD_TOEGELATEN,
        **kwargs: Any,
    ) -> None:
        self.max_bytes = max_bytes
        self.toegelaten = tuple(toegelaten)
        kwargs.setdefault(
            "help_text",
            format_lazy(
                _("Toegelaten: {toegelaten}. Maximaal {max}."),
                toegelaten=lazy(_toegelaten_tekst, str)(self.toegelaten),
                max=lazy(_megabytes, str)(max_bytes),
            ),
        )
        super().__init__(**kwargs)

    def widget_attrs(self, widget: forms.Widget) -> dict[str, Any]:
        # `accept` only narrows the browser's file picker; the server check stays the real one.
        extensies = sorted({f".{e}" for t in self.toegelaten for e in t.extensies})
        return {**super().widget_attrs(widget), "accept": ",".join(extensies)}

    def clean(self, data: Any, initial: Any = None) -> Any:
        waarde = super().clean(data, initial)
        if not waarde or waarde is initial:
            return waarde
        return valideer_upload(waarde, max_bytes=self.max_bytes, toegelaten=self.toegelaten)


def opslaan(gecontroleerd: GecontroleerdBestand, *, map: str) -> str:
    """Stores the checked file privately under ``map/YYYY/`` and returns the storage name."""
    if not re.fullmatch(r"[a-z0-9_-]+(?:/[a-z0-9_-]+)*", map):
        raise ValueError(f"Ongeldige map voor uploads: {map!r}")
    naam = f"{map}/{timezone.localdate():%Y}/{gecontroleerd.naam}"
    return storages["private"].save(naam, ContentFile(gecontroleerd.inhoud))


def bestand_antwoord(naam_in_storage: str, *, downloadnaam: str, mime: str | None = None) -> FileResponse:
    """Streams a private file as a download. The caller's view has already checked access."""
    extensie = _extensie(naam_in_storage)
    soort = _PER_EXTENSIE.get(extensie)
    # Only types we accepted ourselves keep their type; anything else can never render as a page.
    type_ = soort.mime if soort and mime in (None, soort.mime) else "application/octet-stream"
    try:
        stroom = storages["private"].open(naam_in_storage, "rb")
    except OSError as exc:  # FileNotFoundError included
        raise Http404 from exc
    antwoord = FileResponse(
        stroom, as_attachment=True, filename=_downloadnaam(downloadnaam, extensie), content_type=type_
    )
    antwoord["X-Content-Type-Options"] = "nosniff"
    antwoord["Cache-Control"] = "no-store"
    return antwoord


def _downloadnaam(downloadnaam: str, extensie: str) -> str:
    # The download always ends on the stored file's own extension, and never on e.g. ".html".
    stam = os.path.splitext(veilige_naam(downloadnaam))[0]
    stam = re.sub(r'[<>:"/\\|?*]', "_", stam) or "bestand"
    return f"{stam}.{extensie}" if extensie else stam
