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
    from erkenning.models import Erkenning, Ondersteuningsvraag
    from gelijkekansen.core.models import Rekeningwijziging

    if not mag_rol(user, Rol.ERKENNINGEN):
        return []
    rekeningen = reverse("admin:core_rekeningwijziging_changelist") + "?status__exact=gevraagd"
    vragen = reverse("admin:erkenning_ondersteuningsvraag_changelist")
    return [
        Taak(
            GROEP,
            _("Nieuwe vragen aan het instappunt"),
            Ondersteuningsvraag.objects.filter(status=Ondersteuningsvraag.Status.NIEUW).count(),
            vragen + "?status__exact=nieuw",
        ),
        Taak(
            GROEP,
            _("Vragen bij een dienst, nog niet beantwoord"),
            Ondersteuningsvraag.objects.filter(status=Ondersteuningsvraag.Status.DOORGESTUURD).count(),
            vragen + "?status__exact=doorgestuurd",
        ),
        Taak(
            GROEP,
            _("Nieuwe rekeningnummers om na te kijken"),
            Rekeningwijziging.objects.filter(status=Rekeningwijziging.Status.GEVRAAGD).count(),
            rekeningen,
            _(
                "Een vereniging gaf een nieuw rekeningnummer door. Betalingen gebruiken het pas als je het bevestigt."
            ),
        ),
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
