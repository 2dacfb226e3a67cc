"""Account events in the audit log: who logged in, failed, was locked out, used the second factor,
logged out or was refused, with the client address (through the trusted proxies only) and the time
in UTC. Passwords and codes never reach the log: only the e-mail address that was tried."""

from django.contrib.auth import get_user_model
from django.http import HttpRequest

from gelijkekansen.core.audit import audit_registreren
from gelijkekansen.core.models.audit import AuditActie


def aanmelding_registreren(request: HttpRequest, user) -> None:
    audit_registreren(wie=user, wat=AuditActie.AANGEMELD, obj=user, request=request)


def mislukte_aanmelding_registreren(request: HttpRequest | None, email: str, **details) -> None:
    # Linked to the account when the address exists, so one person's failures can be listed; an
    # unknown address is still logged (password spraying tries addresses that do not exist), as
    # typed, capped at the longest valid e-mail address.
    audit_registreren(
        wie=None,
        wat=AuditActie.AANMELDING_MISLUKT,
        obj=_account(email),
        request=request,
        email=email[:254],
        **details,
    )


def blokkering_registreren(request: HttpRequest, email: str) -> None:
    audit_registreren(
        wie=None, wat=AuditActie.GEBLOKKEERD, obj=_account(email), request=request, email=email[:254]
    )


def tweede_factor_registreren(request: HttpRequest, user, **details) -> None:
    audit_registreren(wie=user, wat=AuditActie.TWEEDE_FACTOR, obj=user, request=request, **details)


def afmelding_registreren(request: HttpRequest | None, user) -> None:
    audit_registreren(wie=user, wat=AuditActie.AFGEMELD, obj=user, request=request)


def weigering_registreren(request: HttpRequest, **details) -> None:
    """A refused request (403, or a session the two-factor rule turns away). Called by the 403
    handler and by the accounts middleware; ``details`` say why when the caller knows."""
    user = getattr(request, "user", None)
    audit_registreren(wie=user, wat=AuditActie.GEWEIGERD, request=request, pad=request.path[:200], **details)


def _account(email: str):
    if not email:
        return None
    return get_user_model().objects.filter(email__iexact=email).first()
