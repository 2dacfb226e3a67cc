"""Two-factor login for everyone who reads personal data, checked per session; and the absolute
session lifetime.

Owning an authenticator is not enough: the session itself must have passed the second factor
(allauth records it as authentication method "mfa"). A session that did not (a password-only
login, a session from before the authenticator was added) is ended and never served: left alive
it could remove the authenticator under /accounts/ with the password alone.
``MFA_VERPLICHT=0`` switches the rule off outside production (``make run`` does, for the demo).
"""

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from gelijkekansen.accounts.audit import weigering_registreren
from gelijkekansen.accounts.roles import Rol, heeft_rol
from gelijkekansen.accounts.sessies import sessie_te_oud

# Logging in, setting up the authenticator and the pages every visitor needs stay reachable.
_VRIJE_PADEN = ("/accounts/", "/static/", "/i18n/", "/health/")


def mfa_vereist(user) -> bool:
    if not user.is_authenticated:
        return False
    # Rol(...) turns a typo in MFA_VERPLICHTE_ROLLEN into an error instead of a silent gap.
    return user.is_superuser or any(heeft_rol(user, Rol(rol)) for rol in settings.MFA_VERPLICHTE_ROLLEN)


def heeft_totp(user) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def sessie_met_mfa(request) -> bool:
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


class MfaVerplichtMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._van_toepassing(request):
            return self.get_response(request)
        if not heeft_totp(request.user):
            return redirect(reverse("mfa_activate_totp"))
        if not sessie_met_mfa(request):
            return self._sessie_beeindigen(request)
        return self.get_response(request)

    def _van_toepassing(self, request) -> bool:
        if not settings.MFA_VERPLICHT or request.path.startswith(_VRIJE_PADEN):
            return False
        return mfa_vereist(request.user)

    def _sessie_beeindigen(self, request):
        weigering_registreren(request, reden="sessie zonder tweestapsverificatie")
        logout(request)
        messages.warning(
            request, _("Meld u opnieuw aan, met uw wachtwoord en de code uit uw authenticatie-app.")
        )
        return redirect_to_login(request.get_full_path(), login_url=reverse("account_login"))


class SessieMaxDuurMiddleware:
    """Ends a session SESSIE_MAX_UREN after its login; the request goes on as anonymous, so a
    public page still shows and a protected one asks for the login as usual."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated and sessie_te_oud(request):
            logout(request)
            messages.info(
                request,
                _("U was langer dan %(uren)d uur aangemeld. Meld u opnieuw aan.")
                % {"uren": settings.SESSIE_MAX_UREN},
            )
        return self.get_response(request)
