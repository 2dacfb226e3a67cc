from celery.schedules import crontab
from django.utils.translation import gettext_lazy as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.core.register import PortaalApp


class MeldingenConfig(PortaalApp):
    name = "meldingen"
    verbose_name = _("Meldpunt discriminatie")
    dienst_titel = _("Discriminatie of haat melden")
    dienst_tekst = _(
        "Meld discriminatie, haat of seksuele intimidatie. Dat kan ook anoniem. "
        "Het Meldpunt luistert en helpt je verder."
    )
    dienst_volgorde = 30
    afgeschermd_voor = Rol.MELDPUNT  # threads, attachments, history, audit, outbox: core/afscherming.py
    # Only the Meldpunt, never a superuser without the role (accounts.toegang.ROLLEN_ZONDER_SUPERUSER).
    rol_rechten = {
        Rol.MELDPUNT: [
            "meldingen.view_melding",
            "meldingen.add_melding",
            "meldingen.view_doorverwijzing",
            "meldingen.view_nazorgstap",
            "meldingen.view_grond",
            *(f"meldingen.{recht}_antwoordsjabloon" for recht in ("view", "add", "change", "delete")),
        ],
    }
    beat = {
        # The internal figures of last month, on the first of the month (rapporten.py).
        "meldingen-maandrapport": {
            "task": "meldingen.tasks.maandrapport_maken",
            "schedule": crontab(day_of_month=1, hour=6, minute=0),
        },
        # The public report of last year, on 15 January.
        "meldingen-jaarrapport": {
            "task": "meldingen.tasks.jaarrapport_maken",
            "schedule": crontab(month_of_year=1, day_of_month=15, hour=6, minute=30),
        },
    }

    def ready(self) -> None:
        super().ready()
        from gelijkekansen.core import publiek
        from meldingen.constants import PUBLIEK
        from meldingen.models import Statistiek

        # The public figures page is a cached fragment of the figures rows only (never a report).
        publiek.vernieuwen_bij_wijziging(PUBLIEK, Statistiek)
