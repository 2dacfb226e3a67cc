from allauth.mfa.models import Authenticator
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
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
