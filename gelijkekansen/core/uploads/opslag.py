"""Steps 2 and 3: store the checked file privately, and serve it as a safe download."""

import io
import os
import re

from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.http import FileResponse, Http404
from django.utils import timezone

from gelijkekansen.core import versleuteling
from gelijkekansen.core.uploads.typen import _PER_EXTENSIE, _extensie
from gelijkekansen.core.uploads.validatie import GecontroleerdBestand, veilige_naam


def opslaan(gecontroleerd: GecontroleerdBestand, *, map: str) -> str:
    """Stores the checked file privately under ``map/YYYY/`` and returns the storage name."""
    if not re.fullmatch(r"[a-z0-9_-]+(?:/[a-z0-9_-]+)*", map):
        raise ValueError(f"Ongeldige map voor uploads: {map!r}")
    naam = f"{map}/{timezone.localdate():%Y}/{gecontroleerd.naam}"
    return storages["private"].save(naam, ContentFile(gecontroleerd.inhoud))


# Types a browser shows itself without running anything of the file: images we re-encoded and
# PDFs checked for scripts and actions at upload (pdfcontrole). Office files are always downloaded.
IN_BROWSER_TE_BEKIJKEN = {"application/pdf", "image/png", "image/jpeg"}


def bestand_antwoord(
    naam_in_storage: str,
    *,
    downloadnaam: str,
    mime: str | None = None,
    bekijken: bool = False,
    ontsleutelen: bool = False,
) -> FileResponse:
    """Streams a private file as a download, or with ``bekijken`` opened in the browser where that
    is safe (``IN_BROWSER_TE_BEKIJKEN``). The caller's view has already checked access."""
    extensie = _extensie(naam_in_storage)
    soort = _PER_EXTENSIE.get(extensie)
    # Only types we accepted ourselves keep their type; anything else can never render as a page.
    type_ = soort.mime if soort and mime in (None, soort.mime) else "application/octet-stream"
    try:
        stroom = storages["private"].open(naam_in_storage, "rb")
    except OSError as exc:  # FileNotFoundError included
        raise Http404 from exc
    if ontsleutelen:  # evidence files are small (upload cap): decrypted in memory, never on disk
        with stroom:
            stroom = io.BytesIO(versleuteling.ontsleutelen(stroom.read()))
    antwoord = FileResponse(
        stroom,
        as_attachment=not (bekijken and type_ in IN_BROWSER_TE_BEKIJKEN),
        filename=_downloadnaam(downloadnaam, extensie),
        content_type=type_,
    )
    antwoord["X-Content-Type-Options"] = "nosniff"
    antwoord["Cache-Control"] = "no-store"
    return antwoord


def _downloadnaam(downloadnaam: str, extensie: str) -> str:
    # The download always ends on the stored file's own extension, and never on e.g. ".html".
    stam = os.path.splitext(veilige_naam(downloadnaam))[0]
    stam = re.sub(r'[<>:"/\\|?*]', "_", stam) or "bestand"
    return f"{stam}.{extensie}" if extensie else stam
