"""The Meldpunt's reminder (a rule of the kernel's daily task, core.herinneringen):
``meldingen-nazorg`` — the staff member who planned an after-care step or check-in hears the day
before (once per step), with the report's number and a link; never what was agreed."""

from collections.abc import Iterator
from datetime import timedelta

from gelijkekansen.core.herinneringen import TeHerinneren, al_herinnerd, herinneringsregel

NAZORG = "meldingen-nazorg"


@herinneringsregel(NAZORG)
def nazorg(nu) -> Iterator[TeHerinneren]:
    from django.conf import settings
    from django.urls import reverse
    from django.utils import timezone

    from gelijkekansen.accounts.roles import Rol
    from gelijkekansen.accounts.toegang import mag_rol
    from gelijkekansen.core.emails import stuur_mail
    from meldingen.constants import StapStatus
    from meldingen.models import Nazorgstap

    morgen = timezone.localdate(nu) + timedelta(days=1)
    herinnerd = al_herinnerd(NAZORG, Nazorgstap)
    stappen = Nazorgstap.objects.filter(status=StapStatus.GEPLAND, gepland_op__lte=morgen, door__isnull=False)
    for stap in stappen.select_related("door", "melding").only("pk", "gepland_op", "door", "melding__id"):
        if str(stap.pk) in herinnerd or not mag_rol(stap.door, Rol.MELDPUNT):
            continue
        url = settings.PORTAAL_URL + reverse("admin:meldingen_melding_behandelen", args=[stap.melding.pk])
        yield TeHerinneren(
            obj=stap,
            ontvanger=stap.door,
            versturen=lambda s=stap, u=url: stuur_mail(
                NAZORG, aan=s.door, context={"nummer": s.melding.nummer, "datum": s.gepland_op, "url": u}
            ),
        )
