"""Office documents are zip containers: which format is this one, checked without unpacking more
than a few bytes (no other archives, no nested archives, no macros, no zip bombs)."""

import io
import re
import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.uploads.typen import (
    _OFFICE,
    _OFFICE_EXTENSIES,
    DOCX,
    MAX_ZIP_LEDEN,
    MAX_ZIP_UITGEPAKT,
    ODT,
    XLSX,
    Bestandstype,
)

_ZIP_MIME = frozenset({"application/zip", "application/x-zip-compressed", *(t.mime for t in _OFFICE)})
_ARCHIEF_EXTENSIE = re.compile(
    r"\.(?:zip|jar|7z|rar|gz|tgz|bz2|xz|tar|cab|docx|docm|xlsx|xlsm|pptx|odt|ods|odp)$", re.IGNORECASE
)
_ARCHIEF_HANDTEKENING = (b"PK\x03\x04", b"7z\xbc\xaf\x27\x1c", b"Rar!", b"\x1f\x8b", b"BZh", b"\xfd7zXZ")
_MACRO_LID = re.compile(r"(?:^|/)vbaProject\.bin$|^(?:Basic|Scripts)/", re.IGNORECASE)


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


def _geen_office() -> ValidationError:
    return ValidationError(
        _(
            "Dit bestand is geen echt Office-document. Open het in Word, Excel of LibreOffice, "
            "sla het opnieuw op en probeer nog eens. Of stuur een PDF."
        ),
        code="geen_office",
    )
