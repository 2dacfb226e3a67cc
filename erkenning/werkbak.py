"""What waits for the erkenningen staff, on the staff start page."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import mag_rol
from gelijkekansen.core.werkbak import Taak, werkbak_bron

GROEP = _("Erkenning van verenigingen")


def _lijst(**filters) -> str:
    query = "&".join(f"{k}={v}" for k, v in filters.items())
    return reverse("admin:erkenning_erkenning_changelist") + (f"?{query}" if query else "")


@werkbak_bron(30)
def erkenningen_taken(user) -> list[Taak]:
    from erkenning.constants import ErkenningStatus as S
    from erkenning.models import Erkenning

    if not mag_rol(user, Rol.ERKENNINGEN):
        return []
    return [
        Taak(
            GROEP,
            _("Nieuwe aanvragen voor erkenning"),
            Erkenning.objects.filter(status=S.INGEDIEND).count(),
            _lijst(status__exact=S.INGEDIEND),
        ),
        Taak(
            GROEP,
            _("Aanvragen die je behandelt"),
            Erkenning.objects.filter(status=S.IN_BEHANDELING, behandelaar=user).count(),
            _lijst(status__exact=S.IN_BEHANDELING),
        ),
    ]
