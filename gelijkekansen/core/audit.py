"""Append-only log of who saw, changed, exported or forwarded sensitive data."""

from django.db import models

from gelijkekansen.core.models import AuditEvent
from gelijkekansen.core.models.audit import AuditActie


def audit_registreren(*, wie, wat: AuditActie, obj: models.Model, **details) -> AuditEvent:
    return AuditEvent.objects.create(
        wie=wie if wie and wie.is_authenticated else None,
        wat=wat,
        content_type_id=_content_type_id(obj),
        object_id=str(obj.pk),
        object_omschrijving=str(obj)[:200],
        details=details,
    )


def _content_type_id(obj: models.Model) -> int:
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(obj).pk
