"""Brieven: official letters of every app (receipts, decisions), archived as the PDF that was sent.

The rule: a letter is rendered ONCE, at the moment of the step it documents (submission,
decision), in the recipient's language, on the one letterhead (``templates/pdf/brief.html``), and
stored as an immutable file in private storage (``core.Brief``: type, language, SHA-256, time,
author). Downloads serve that file, never a new rendering: editing a regulation or an amount later
must not change what the citizen received. The app's view authorises, then calls
``brief_antwoord`` (audited, like attachments).

Rendering happens inside the caller's transaction, after the status step: the letter shows the
values the step saved, and a rendering failure rolls the step back (no decision without its
letter). The file is written before the row; if the transaction still fails, the file has no row
and the retention rule for orphaned files removes it (``core/bewaren.py``).
"""

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import models
from django.http import FileResponse, HttpRequest
from django.utils import timezone

from gelijkekansen.core.audit import audit_registreren
from gelijkekansen.core.models import Brief
from gelijkekansen.core.models.audit import AuditActie
from gelijkekansen.core.pdf import render_pdf
from gelijkekansen.core.uploads import PDF, bestand_antwoord


@dataclass(frozen=True)
class Briefhoofd:
    """What every letter states besides its body (the template ``pdf/brief.html`` prints it)."""

    referentie: str  # the file number the citizen quotes
    datum: date
    betreft: str
    ontvanger: str
    ontvanger_adres: list[str] = field(default_factory=list)  # lines under the name
    rechtsgrond: str = ""  # the regulation and its article
    contactpersoon: str = ""  # a person, or empty: the service
    contact_email: str = ""  # default settings.BRIEVEN_EMAIL
    ondertekenaar: str = ""  # empty: the service signs
    ondertekenaar_functie: str = ""


def brief_maken(
    *,
    dossier: models.Model,
    soort: str,
    template: str,
    context: dict,
    briefhoofd: Briefhoofd,
    taal: str,
    naam: str,
    door=None,
    achteraf: bool = False,
) -> Brief:
    """Render, store and archive one letter; call it inside the step's transaction."""
    inhoud = render_pdf(
        template, {**context, "brief": briefhoofd, "brieven_email": _email(briefhoofd)}, taal=taal
    )
    map_ = f"brieven/{dossier._meta.app_label}/{timezone.localdate():%Y}"
    pad = storages["private"].save(f"{map_}/{uuid.uuid4().hex}.pdf", ContentFile(inhoud))
    brief = Brief(
        content_type=ContentType.objects.get_for_model(dossier),
        object_id=str(dossier.pk),
        soort=soort,
        taal=taal,
        referentie=briefhoofd.referentie,
        bestand=pad,
        naam=naam,
        sha256=hashlib.sha256(inhoud).hexdigest(),
        grootte=len(inhoud),
        gemaakt_door=door if getattr(door, "is_authenticated", False) else None,
        achteraf=achteraf,
    )
    brief.full_clean(validate_constraints=False)
    brief.save()
    return brief


def brief_van(dossier: models.Model, soort: str) -> Brief | None:
    return Brief.objects.voor(dossier).filter(soort=soort).first()


def brieven_van(dossier: models.Model):
    return Brief.objects.voor(dossier)


def brief_antwoord(
    request: HttpRequest, brief: Brief, *, dossier: models.Model | None = None, **details
) -> FileResponse:
    """THE way to serve an archived letter, after the app's view checked access: the download is in
    the audit log (against the dossier, with the letter's kind), then the stored file is streamed."""
    audit_registreren(
        wie=request.user,
        wat=AuditActie.GEDOWNLOAD,
        obj=dossier if dossier is not None else brief.dossier,
        request=request,
        document=brief.soort,
        brief=str(brief.pk),
        **details,
    )
    return bestand_antwoord(brief.bestand, downloadnaam=brief.naam, mime=PDF.mime)


def _email(briefhoofd: Briefhoofd) -> str:
    return briefhoofd.contact_email or settings.BRIEVEN_EMAIL
