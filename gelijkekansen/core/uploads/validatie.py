"""Step 1 of every upload: size cap, type decided by the content, a name that agrees with it,
then the checks per type (Office, PDF, photos). Returns a GecontroleerdBestand."""

import hashlib
import os
import re
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import magic
from django import forms
from django.core.exceptions import ValidationError
from django.core.files import File
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.pdfcontrole import controleer_pdf
from gelijkekansen.core.uploads.afbeeldingen import _zonder_metadata
from gelijkekansen.core.uploads.office import _ZIP_MIME, _office_soort
from gelijkekansen.core.uploads.typen import (
    _PER_MIME,
    JPEG,
    MAX_NAAM_LENGTE,
    PDF,
    PNG,
    STANDAARD_MAX_BYTES,
    STANDAARD_TOEGELATEN,
    TEKST,
    Bestandstype,
    _extensie,
    _megabytes,
    _toegelaten_tekst,
)

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
# "Plain text" that a browser would still treat as markup if it ever sniffed it.
_OPMAAK = re.compile(
    rb"<\s*(?:!doctype|html|head|body|script|iframe|svg|object|embed|style|meta|\?xml)\b", re.IGNORECASE
)


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


def _te_groot(grootte: int, max_bytes: int) -> ValidationError:
    return ValidationError(
        _("Dit bestand is te groot (%(grootte)s). Het mag maximaal %(max)s zijn."),
        code="te_groot",
        params={"grootte": _megabytes(grootte), "max": _megabytes(max_bytes)},
    )


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
