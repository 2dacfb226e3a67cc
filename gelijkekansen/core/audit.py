"""Append-only log of who saw, changed, exported or forwarded sensitive data, and of account events
(login, failure, lock-out, two-factor, refusal) with the real client address."""

from django.db import models
from django.http import HttpRequest

from gelijkekansen.core.models import AuditEvent
from gelijkekansen.core.models.audit import AuditActie


def audit_registreren(
    *, wie, wat: AuditActie, obj: models.Model | None = None, request: HttpRequest | None = None, **details
) -> AuditEvent:
    return AuditEvent.objects.create(
        wie=wie if wie and wie.is_authenticated else None,
        wat=wat,
        content_type_id=_content_type_id(obj) if obj is not None else None,
        object_id=str(obj.pk) if obj is not None else "",
        object_omschrijving=str(obj)[:200] if obj is not None else "",
        ip=client_ip(request) if request is not None else None,
        details=details,
    )


def client_ip(request: HttpRequest) -> str | None:
    """The client's address through the configured number of trusted proxies only
    (ALLAUTH_TRUSTED_PROXY_COUNT): a forged X-Forwarded-For from the client is never believed."""
    from allauth.core.internal.httpkit import get_client_ip

    return get_client_ip(request)


def _content_type_id(obj: models.Model) -> int:
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(obj).pk
