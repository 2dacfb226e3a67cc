"""What waits for the Meldpunt: new reports, reporters' messages not yet read, after-care steps
due, and referrals without an outcome after two months."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import mag_rol
from gelijkekansen.core.werkbak import Taak, werkbak_bron

GROEP = _("Meldpunt discriminatie")
VERWIJZING_OPVOLGEN_NA_DAGEN = 60


@werkbak_bron(30)
def meldpunt_taken(user) -> list[Taak]:
    from gelijkekansen.core import berichten
    from gelijkekansen.core.models import Bericht, Kant
    from meldingen.constants import MeldingStatus, StapStatus, Uitkomst
    from meldingen.models import Doorverwijzing, Melding, Nazorgstap

    if not mag_rol(user, Rol.MELDPUNT):
        return []
    lijst = reverse("admin:meldingen_melding_changelist")
    vandaag = timezone.localdate()
    ongelezen = berichten.dossier_ids(Melding, Bericht.objects.ongelezen_voor(Kant.DIENST))
    return [
        Taak(
            GROEP,
            _("Nieuwe meldingen"),
            Melding.objects.filter(status=MeldingStatus.NIEUW).count(),
            f"{lijst}?status={MeldingStatus.NIEUW}",
        ),
        Taak(
            GROEP,
            _("Meldingen met een nieuw bericht van de melder"),
            len(ongelezen),
            f"{lijst}?bericht=ongelezen",
        ),
        Taak(
            GROEP,
            _("Nazorg: afspraken van vandaag of eerder"),
            Nazorgstap.objects.filter(status=StapStatus.GEPLAND, gepland_op__lte=vandaag).count(),
            lijst,
        ),
        Taak(
            GROEP,
            _("Doorverwijzingen zonder uitkomst na twee maanden"),
            Doorverwijzing.objects.filter(
                uitkomst=Uitkomst.LOPEND,
                verstuurd_op__lt=vandaag - timedelta(days=VERWIJZING_OPVOLGEN_NA_DAGEN),
            ).count(),
            f"{lijst}?status={MeldingStatus.DOORVERWEZEN}",
        ),
    ]
