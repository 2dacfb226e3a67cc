"""The Meldpunt's reports (kernel Rapport, made by the worker): the internal monthly figures with
the true counts, for the Meldpunt only, and the public yearly report with suppressed figures."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import mag_rol
from gelijkekansen.core.pdf import render_pdf
from gelijkekansen.core.rapporten import rapport_soort

MAANDRAPPORT = "meldingen-maandrapport"
JAARRAPPORT = "meldingen-jaarrapport"


def _meldpunt(user) -> bool:
    return mag_rol(user, Rol.MELDPUNT)


def _meldpunt_of_systeem(user) -> bool:
    return user is None or _meldpunt(user)  # None: the beat


@rapport_soort(
    MAANDRAPPORT,
    titel=_("Meldingen: maandcijfers (intern)"),
    mag_aanvragen=_meldpunt_of_systeem,
    op_aanvraag=False,
)
def maandrapport(rapport, voortgang) -> tuple[str, bytes]:
    from meldingen.cijfers import Periode, overzicht

    periode = Periode(int(rapport.parameters["jaar"]), int(rapport.parameters["maand"]))
    voortgang(20)
    pdf = render_pdf("pdf/meldingen_cijfers.html", {**overzicht(periode, publiek=False), "intern": True})
    voortgang(95)
    return f"meldingen-{periode.jaar}-{periode.maand:02d}-intern.pdf", pdf


@rapport_soort(
    JAARRAPPORT, titel=_("Meldingen: jaarrapport"), mag_aanvragen=_meldpunt_of_systeem, op_aanvraag=False
)
def jaarrapport(rapport, voortgang) -> tuple[str, bytes]:
    from meldingen.cijfers import Periode, overzicht

    periode = Periode(int(rapport.parameters["jaar"]))
    if periode.jaar >= timezone.localdate().year:
        raise ValueError(f"Het jaarrapport is openbaar: alleen voor een afgelopen jaar, niet {periode.jaar}.")
    voortgang(20)
    pdf = render_pdf("pdf/meldingen_cijfers.html", {**overzicht(periode, publiek=True), "intern": False})
    voortgang(95)
    return f"meldingen-jaarrapport-{periode.jaar}.pdf", pdf
