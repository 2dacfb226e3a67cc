from allauth.account import views as allauth_views
from allauth.mfa.models import Authenticator
from django.contrib import admin
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from gelijkekansen.core.mijn import secties_voor


@require_GET
@login_required
@never_cache
def mijn(request):
    context = {
        "secties": secties_voor(request),
        "heeft_mfa": Authenticator.objects.filter(user=request.user, type=Authenticator.Type.TOTP).exists(),
    }
    return render(request, "accounts/mijn.html", context)


@never_cache
def backoffice_aanmelden(request):
    """/admin/login/ has no form of its own: Django's admin login checks the password only, without
    the second factor and outside allauth's lock-out. Whatever is posted here is ignored."""
    volgende = _veilige_volgende(request) or reverse("admin:index")
    if not request.user.is_authenticated:
        return redirect_to_login(volgende, login_url=reverse("account_login"))
    if admin.site.has_permission(request):
        return redirect(volgende)
    # Logged in without back-office access: sending them to the login again would loop. The 403
    # handler records the refusal.
    raise PermissionDenied


def _veilige_volgende(request) -> str | None:
    volgende = request.GET.get(REDIRECT_FIELD_NAME, "")
    veilig = url_has_allowed_host_and_scheme(
        volgende, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return volgende if volgende and veilig else None


# The back office's "log out" button posts here: allauth's logout (message, redirect, audit).
backoffice_afmelden = allauth_views.logout
