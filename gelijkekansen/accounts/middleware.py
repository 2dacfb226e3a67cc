"""Two-factor login is mandatory for the Meldpunt role (special-category data, GDPR art. 9).

A Meldpunt member without an authenticator is sent to set one up before anything else.
``MFA_VERPLICHT_VOOR_MELDPUNT=0`` switches this off (the demo does, so guides can log in).
"""

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse

from gelijkekansen.accounts.roles import Rol, heeft_rol

_VRIJE_PADEN = ("/accounts/", "/static/", "/i18n/", "/health/")


class MfaVerplichtMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._moet_mfa_instellen(request):
            return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)

    def _moet_mfa_instellen(self, request) -> bool:
        if not settings.MFA_VERPLICHT_VOOR_MELDPUNT or request.path.startswith(_VRIJE_PADEN):
            return False
        user = request.user
        if not heeft_rol(user, Rol.MELDPUNT):
            return False
        return not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
