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

The package: ``typen`` (allowed types), ``validatie`` (step 1 and the form field), ``office`` (zip
containers), ``afbeeldingen`` (metadata stripped), ``opslag`` (steps 2 and 3); PDFs are checked by
``core.pdfcontrole``. Import from the package, never from its modules.
"""

from gelijkekansen.core.uploads.opslag import bestand_antwoord, opslaan
from gelijkekansen.core.uploads.typen import (
    DOCX,
    JPEG,
    MAX_NAAM_LENGTE,
    MAX_ZIP_LEDEN,
    MAX_ZIP_UITGEPAKT,
    MB,
    ODT,
    PDF,
    PNG,
    STANDAARD_MAX_BYTES,
    STANDAARD_TOEGELATEN,
    TEKST,
    XLSX,
    Bestandstype,
)
from gelijkekansen.core.uploads.validatie import (
    GecontroleerdBestand,
    VeiligBestandField,
    valideer_upload,
    veilige_naam,
)

__all__ = [
    "DOCX",
    "JPEG",
    "MAX_NAAM_LENGTE",
    "MAX_ZIP_LEDEN",
    "MAX_ZIP_UITGEPAKT",
    "MB",
    "ODT",
    "PDF",
    "PNG",
    "STANDAARD_MAX_BYTES",
    "STANDAARD_TOEGELATEN",
    "TEKST",
    "XLSX",
    "Bestandstype",
    "GecontroleerdBestand",
    "VeiligBestandField",
    "bestand_antwoord",
    "opslaan",
    "valideer_upload",
    "veilige_naam",
]
