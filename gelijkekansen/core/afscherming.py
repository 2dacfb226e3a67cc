"""Chapters whose dossiers are special-category data (GDPR art. 9) leave traces in the kernel's
shared tables: threads, attachments, status history, reminders, the audit log, the outbox and
reports. An app declares the one role that may read them (``PortaalApp.afgeschermd_voor``); the
kernel's back-office lists then leave those rows out for everyone else — a superuser too, as
``accounts.toegang.ROLLEN_ZONDER_SUPERUSER`` does for the app's own pages.

Rows are recognised by the dossier's content type (models of the app), and mails and reports by
their code, which starts with the app's label (``meldingen-ontvangst``, ``meldingen-jaarrapport``).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet

from gelijkekansen.accounts.toegang import mag_rol
from gelijkekansen.core.register import portaal_apps


def _verborgen_apps(user) -> list:
    return [app for app in portaal_apps() if app.afgeschermd_voor and not mag_rol(user, app.afgeschermd_voor)]


def verborgen_types(user) -> list[int]:
    """Content type ids of the models this person may not see the traces of."""
    modellen = [model for app in _verborgen_apps(user) for model in app.get_models()]
    return [ct.pk for ct in ContentType.objects.get_for_models(*modellen).values()] if modellen else []


def verborgen_codes(user) -> list[str]:
    """Prefixes of mail templates and report kinds this person may not see."""
    return [f"{app.label}-" for app in _verborgen_apps(user)]


def zonder_verborgen(
    queryset: QuerySet, user, *, type_pad: str | None = None, code_veld: str | None = None
) -> QuerySet:
    """``queryset`` without the rows of hidden dossiers (by ``type_pad``, a content type field)
    or with a hidden code (``code_veld``)."""
    if type_pad and (types := verborgen_types(user)):
        queryset = queryset.exclude(**{f"{type_pad}__in": types})
    if code_veld:
        for code in verborgen_codes(user):
            queryset = queryset.exclude(**{f"{code_veld}__startswith": code})
    return queryset


def zonder_verborgen_audit(queryset: QuerySet, user) -> QuerySet:
    """The audit log without events on hidden dossiers, nor downloads of their attachments (an
    attachment's event names its dossier's type in ``details``)."""
    types = verborgen_types(user)
    if not types:
        return queryset
    return queryset.exclude(Q(content_type__in=types) | Q(details__dossier_type__in=types))
