"""The staff start page (werkbak): per role, what waits for this person across every app.

Each app registers a function ``(user) -> list[Taak]`` with ``@werkbak_bron(volgorde)`` in its
``werkbak`` module; a function returns only the tasks of the roles the person holds, with counts
and a link to the list that shows them. Empty tasks (count 0) are not shown.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

BRONNEN: list[tuple[int, Callable]] = []


@dataclass(frozen=True)
class Taak:
    groep: str  # the heading it is listed under: the app or the role
    titel: str
    aantal: int
    url: str
    toelichting: str = ""


def werkbak_bron(volgorde: int):
    def registreer(functie: Callable) -> Callable:
        BRONNEN.append((volgorde, functie))
        BRONNEN.sort(key=lambda paar: paar[0])
        return functie

    return registreer


def taken_voor(user) -> list[Taak]:
    return [taak for _, bron in BRONNEN for taak in bron(user) if taak.aantal]


def is_medewerker(user) -> bool:
    """Who lands on the werkbak after logging in: staff. Citizens and jurors land on /mijn/."""
    return user.is_authenticated and user.is_staff


@werkbak_bron(90)
def kern_taken(user) -> list[Taak]:
    from gelijkekansen.accounts.roles import Rol
    from gelijkekansen.accounts.toegang import mag_rol
    from gelijkekansen.core.models import Lidmaatschap, Rapport, UitgaandeMail

    groep = _("Algemeen")
    taken = [
        Taak(
            groep,
            _("Rapporten klaar of mislukt"),
            Rapport.objects.filter(aangevraagd_door=user)
            .filter(Q(status=Rapport.Status.MISLUKT) | Q(status=Rapport.Status.KLAAR))
            .count(),
            reverse("accounts:mijn") + "#mijn-rapporten",
        )
    ]
    if mag_rol(user, Rol.ERKENNINGEN):
        taken.append(
            Taak(
                groep,
                _("Verantwoordelijken om te bevestigen"),
                Lidmaatschap.objects.filter(bevestigd_op__isnull=True).count(),
                reverse("admin:core_lidmaatschap_changelist") + "?bevestigd_op__isempty=1",
            )
        )
    if user.is_superuser:
        taken.append(
            Taak(
                groep,
                _("E-mails die niet vertrokken"),
                UitgaandeMail.objects.filter(status=UitgaandeMail.Status.MISLUKT).count(),
                reverse("admin:core_uitgaandemail_changelist") + "?status__exact=mislukt",
                _("Probeer ze opnieuw met de actie in de lijst."),
            )
        )
    return taken
