"""Receivers for account events. They only pass the event on (to the audit log, to the session
clock); the rules live in ``audit`` and ``sessies``.

Successful logins are taken from allauth's own ``user_logged_in``, not Django's: allauth's fires
only when a person really logged in (password, city login, second factor), Django's also for a
test's ``force_login``. Failures and logouts come from Django's signals, which every path sends.
"""

from gelijkekansen.accounts import audit
from gelijkekansen.accounts.sessies import aanmeldtijd_bewaren


def aangemeld(sender, request, user, **kwargs) -> None:
    audit.aanmelding_registreren(request, user)


def aanmelding_mislukt(sender, credentials, request=None, **kwargs) -> None:
    # Django has already masked the password in ``credentials``; only the address is kept.
    audit.mislukte_aanmelding_registreren(
        request, credentials.get("email") or credentials.get("username", "")
    )


def afgemeld(sender, request, user, **kwargs) -> None:
    if user is not None:
        audit.afmelding_registreren(request, user)


def sessie_gestart(sender, request, user, **kwargs) -> None:
    aanmeldtijd_bewaren(request)


def tweede_factor_gebruikt(sender, request, user, authenticator, **kwargs) -> None:
    audit.tweede_factor_registreren(
        request, user, type=authenticator.type, opnieuw=bool(kwargs.get("reauthenticated"))
    )


def tweede_factor_mislukt(sender, request, user, authenticator, **kwargs) -> None:
    audit.mislukte_aanmelding_registreren(request, user.email, stap="tweede factor")


def authenticator_toegevoegd(sender, request, user, authenticator, **kwargs) -> None:
    # Adding an authenticator takes a valid code from it: this session has proven the second
    # factor, like a login with a code. Only for the session of that user.
    from gelijkekansen.accounts.middleware import MFA_BEWEZEN

    if request is not None and getattr(request, "user", None) == user:
        request.session[MFA_BEWEZEN] = user.pk


def verbinden() -> None:
    from allauth.account.signals import user_logged_in as allauth_aangemeld
    from allauth.mfa.signals import authentication_failed, authenticator_added, authenticator_used
    from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed

    allauth_aangemeld.connect(aangemeld, dispatch_uid="audit-aangemeld")
    user_login_failed.connect(aanmelding_mislukt, dispatch_uid="audit-aanmelding-mislukt")
    user_logged_out.connect(afgemeld, dispatch_uid="audit-afgemeld")
    user_logged_in.connect(sessie_gestart, dispatch_uid="sessie-aanmeldtijd")
    authenticator_used.connect(tweede_factor_gebruikt, dispatch_uid="audit-tweede-factor")
    authentication_failed.connect(tweede_factor_mislukt, dispatch_uid="audit-tweede-factor-mislukt")
    authenticator_added.connect(authenticator_toegevoegd, dispatch_uid="mfa-bewezen-bij-toevoegen")
