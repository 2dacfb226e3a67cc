"""Reminders sent by Celery beat. Each claims its work with a conditional UPDATE first, so two
workers (or a retried task) never send the same reminder twice."""

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext as _

from gelijkekansen.core.emails import stuur_mail
from subsidies import emails
from subsidies.constants import AanvraagStatus as S
from subsidies.models import Aanvraag, Aanvullingsvraag, Oproep

AANVULLING_NA_DAGEN = 7
VERANTWOORDING_DAGEN_VOORAF = 14
JURY_DAGEN_VOORAF = 3


def herinner_aanvullingen(*, nu=None) -> int:
    nu = nu or timezone.now()
    kandidaten = Aanvullingsvraag.objects.filter(
        beantwoord_op__isnull=True,
        herinnerd_op__isnull=True,
        gevraagd_op__lt=nu - timedelta(days=AANVULLING_NA_DAGEN),
        aanvraag__status=S.AANVULLING_GEVRAAGD,
    ).select_related("aanvraag__aanvrager")
    verstuurd = 0
    for vraag in kandidaten:
        if Aanvullingsvraag.objects.filter(pk=vraag.pk, herinnerd_op__isnull=True).update(herinnerd_op=nu):
            emails.herinnering(vraag.aanvraag, _("een antwoord op onze vraag om uw aanvraag aan te vullen"))
            verstuurd += 1
    return verstuurd


def herinner_verantwoordingen(*, nu=None) -> int:
    nu = nu or timezone.now()
    grens = nu.date() + timedelta(days=VERANTWOORDING_DAGEN_VOORAF)
    kandidaten = [
        a
        for a in Aanvraag.objects.filter(
            status=S.VOORSCHOT_BETAALD, verantwoording_herinnerd_op__isnull=True, einddatum__isnull=False
        ).select_related("oproep", "aanvrager")
        if a.einddatum + timedelta(days=a.oproep.verantwoording_binnen_dagen) <= grens
    ]
    verstuurd = 0
    for aanvraag in kandidaten:
        if Aanvraag.objects.filter(pk=aanvraag.pk, verantwoording_herinnerd_op__isnull=True).update(
            verantwoording_herinnerd_op=nu
        ):
            emails.herinnering(aanvraag, _("de verantwoording van uw activiteit"))
            verstuurd += 1
    return verstuurd


def herinner_jury(*, nu=None) -> int:
    nu = nu or timezone.now()
    oproepen = Oproep.objects.filter(
        jury_herinnerd_op__isnull=True,
        jury_deadline__isnull=False,
        jury_deadline__lte=nu.date() + timedelta(days=JURY_DAGEN_VOORAF),
    )
    verstuurd = 0
    for oproep in oproepen:
        if not Oproep.objects.filter(pk=oproep.pk, jury_herinnerd_op__isnull=True).update(
            jury_herinnerd_op=nu
        ):
            continue
        open_per_lid = _open_dossiers_per_jurylid(oproep)
        for jurylid, aantal in open_per_lid:
            stuur_mail(
                "subsidies-jury-herinnering", aan=jurylid, context={"oproep": oproep, "aantal": aantal}
            )
            verstuurd += 1
    return verstuurd


def _open_dossiers_per_jurylid(oproep: Oproep) -> list:
    dossiers = Aanvraag.objects.filter(oproep=oproep, status=S.JURY)
    resultaat = []
    for jurylid in oproep.juryleden.all():
        aantal = (
            dossiers.exclude(beoordelingen__jurylid=jurylid, beoordelingen__ingediend_op__isnull=False)
            .exclude(beoordelingen__jurylid=jurylid, beoordelingen__belangenconflict=True)
            .count()
        )
        if aantal:
            resultaat.append((jurylid, aantal))
    return resultaat
