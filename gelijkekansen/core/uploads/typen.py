"""The file types citizens may upload, and the small helpers every step of the check shares."""

import os
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.utils import formats
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

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


def _extensie(naam: str) -> str:
    return os.path.splitext(naam)[1].lower().lstrip(".")


def _megabytes(aantal: int) -> str:
    waarde = round(aantal / MB, 1)  # number_format cuts digits off instead of rounding
    decimalen = 0 if waarde == int(waarde) else 1
    return f"{formats.number_format(waarde, decimal_pos=decimalen)} MB"


def _toegelaten_tekst(toegelaten: Sequence[Bestandstype]) -> str:
    return ", ".join(str(t.label) for t in toegelaten)
