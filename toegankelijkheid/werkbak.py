"""What waits for the toegankelijkheid team: updates to approve, advice to answer (and advice
past its answer term), draft evaluations."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import mag_rol
from gelijkekansen.core.werkbak import Taak, werkbak_bron

GROEP = _("Toegankelijkheid")


@werkbak_bron(60)
def team_taken(user) -> list[Taak]:
    from toegankelijkheid.constants import AdviesStatus, EvaluatieStatus, UpdateStatus
    from toegankelijkheid.models import Advies, Evaluatie, Voortgangsupdate

    if not mag_rol(user, Rol.TOEGANKELIJKHEID):
        return []
    updates = reverse("admin:toegankelijkheid_voortgangsupdate_changelist")
    adviezen = reverse("admin:toegankelijkheid_advies_changelist")
    return [
        Taak(
            GROEP,
            _("Updates van diensten om goed te keuren"),
            Voortgangsupdate.objects.filter(status=UpdateStatus.INGEDIEND).count(),
            f"{updates}?status__exact={UpdateStatus.INGEDIEND}",
        ),
        Taak(
            GROEP,
            _("Adviezen om te beantwoorden"),
            Advies.objects.filter(status=AdviesStatus.INGEDIEND).count(),
            f"{adviezen}?status__exact={AdviesStatus.INGEDIEND}",
        ),
        Taak(
            GROEP,
            _("Adviezen over de antwoordtermijn"),
            Advies.objects.over_tijd().count(),
            f"{adviezen}?termijn=over_tijd",
        ),
        Taak(
            GROEP,
            _("Evaluaties in concept"),
            Evaluatie.objects.filter(status=EvaluatieStatus.CONCEPT).count(),
            reverse("admin:toegankelijkheid_evaluatie_changelist")
            + f"?status__exact={EvaluatieStatus.CONCEPT}",
        ),
    ]
