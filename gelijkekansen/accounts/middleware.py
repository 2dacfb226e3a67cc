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
from gelijkekansen.accounts.sessies import sessie_te_oud, sessie_verlengen

# The pages every visitor needs stay reachable in any case.
_ALTIJD_VRIJ = ("/static/", "/i18n/", "/health/")
# Without an authenticator yet: only what it takes to set one up (and to leave). Everything else
# under /accounts/ (e-mail, password, recovery codes) waits until the second factor is in use:
# left open, a password-only session could read the recovery codes of an authenticator added later.
_INSTELLEN = ("/accounts/2fa/totp/activate/", "/accounts/reauthenticate/", "/accounts/logout/")
MFA_BEWEZEN = "gelijkekansen_mfa_bewezen"


def mfa_vereist(user) -> bool:
    """Every back-office account (staff, superuser) and every role that reads personal data."""
    if not user.is_authenticated:
        return False
    if user.is_superuser or user.is_staff:
        return True
    # Rol(...) turns a typo in MFA_VERPLICHTE_ROLLEN into an error instead of a silent gap.
    return any(heeft_rol(user, Rol(rol)) for rol in settings.MFA_VERPLICHTE_ROLLEN)


def heeft_totp(user) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def sessie_met_mfa(request) -> bool:
    """This session passed the second factor: at login (allauth records "mfa"), or by entering a
    code while adding the authenticator (accounts/signals.py sets MFA_BEWEZEN)."""
    if request.session.get(MFA_BEWEZEN) == request.user.pk:
        return True
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


class MfaVerplichtMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._van_toepassing(request):
            return self.get_response(request)
        if not heeft_totp(request.user):
            if request.path.startswith(_INSTELLEN):
                return self.get_response(request)
            return redirect(reverse("mfa_activate_totp"))
        if not sessie_met_mfa(request):
            return self._sessie_beeindigen(request)
        return self.get_response(request)

    def _van_toepassing(self, request) -> bool:
        if not settings.MFA_VERPLICHT or request.path.startswith(_ALTIJD_VRIJ):
            return False
        return mfa_vereist(request.user)

    def _sessie_beeindigen(self, request):
        weigering_registreren(request, reden="sessie zonder tweestapsverificatie")
        logout(request)
        messages.warning(
            request, _("Meld je opnieuw aan, met je wachtwoord en de code uit je authenticatie-app.")
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
                _("Je was langer dan %(uren)d uur aangemeld. Meld je opnieuw aan.")
                % {"uren": settings.SESSIE_MAX_UREN},
            )
        return self.get_response(request)


class SessieVerlengenMiddleware:
    """The idle timeout's clock, right after the session middleware so its answer is handled
    first (see accounts/sessies.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        antwoord = self.get_response(request)
        sessie_verlengen(request)
        return antwoord
