"""Bijlagen: the attachments of a dossier, for every app (model: core/models/bijlagen.py).

Adding: the form's ``VeiligBestandField`` checks the upload; ``bijlage_toevoegen`` stores it in
private storage and records name, type, size, SHA-256, time and uploader. Reading: the app's view
decides who sees which (owner, case handler, a juror only what they judge), then serves the file
with ``bijlage_antwoord``, which writes the download to the audit log first.
"""

from dataclasses import replace

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.http import FileResponse, HttpRequest
from django.shortcuts import get_object_or_404

from gelijkekansen.core import versleuteling
from gelijkekansen.core.audit import audit_registreren
from gelijkekansen.core.models import Bijlage
from gelijkekansen.core.models.audit import AuditActie
from gelijkekansen.core.uploads import GecontroleerdBestand, bestand_antwoord, opslaan


def bijlage_toevoegen(
    *,
    dossier: models.Model,
    bestand: GecontroleerdBestand,
    door=None,
    soort: str = "",
    map: str | None = None,
    versleutelen: bool = False,
) -> Bijlage:
    """``bestand`` comes from ``valideer_upload``/``VeiligBestandField``; stored under the app's
    folder (``map``, default the dossier's app label), encrypted on disk with ``versleutelen``."""
    opgeslagen = (
        replace(bestand, inhoud=versleuteling.versleutelen(bestand.inhoud)) if versleutelen else bestand
    )
    bijlage = Bijlage(
        content_type=ContentType.objects.get_for_model(dossier),
        object_id=str(dossier.pk),
        soort=soort,
        bestand=opslaan(opgeslagen, map=map or dossier._meta.app_label),
        naam=bestand.originele_naam,
        mime=bestand.mime,
        sha256=bestand.sha256,
        grootte=bestand.grootte,
        toegevoegd_door=door if getattr(door, "is_authenticated", False) else None,
        versleuteld=versleutelen,
    )
    bijlage.full_clean()
    bijlage.save()
    return bijlage


def bijlagen_van(dossier: models.Model):
    return Bijlage.objects.filter(
        content_type=ContentType.objects.get_for_model(dossier), object_id=str(dossier.pk)
    ).select_related("toegevoegd_door")


def get_bijlage(dossier: models.Model, bijlage_id, *, queryset=None) -> Bijlage:
    """An attachment of this dossier (within ``queryset`` when the app narrows it); else 404."""
    return get_object_or_404(queryset if queryset is not None else bijlagen_van(dossier), pk=bijlage_id)


def bijlage_antwoord(request: HttpRequest, bijlage: Bijlage, **details) -> FileResponse:
    """THE way to serve an attachment, after the app's view checked access: the download is in the
    audit log (who, when, from where), then the file is streamed (attachment, nosniff, no-store).
    With ``?bekijken=1`` a PDF or image opens in the browser instead (``bestand_antwoord``)."""
    bekijken = request.GET.get("bekijken") == "1"
    audit_registreren(
        wie=request.user,
        wat=AuditActie.GEDOWNLOAD,
        obj=bijlage,
        request=request,
        dossier=bijlage.object_id,
        dossier_type=bijlage.content_type_id,  # core/afscherming.py hides it with its dossier
        bekeken=bekijken,
        **details,
    )
    return bestand_antwoord(
        bijlage.bestand,
        downloadnaam=bijlage.naam,
        mime=bijlage.mime,
        bekijken=bekijken,
        ontsleutelen=bijlage.versleuteld,
    )
