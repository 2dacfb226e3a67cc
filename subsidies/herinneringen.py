"""Samen Aan Zet's reminders, as rules of the kernel's one daily task (core.herinneringen): each
reminder is sent at most once per object and recipient, whatever the number of workers.

- ``subsidies-aanvulling``: a completion request unanswered after 7 days (per question);
- ``subsidies-verantwoording``: the final report, 14 days before its term (per application);
- ``subsidies-jury``: jury members with files still to assess, 3 days before the jury deadline
  (per call and member).
"""

from collections.abc import Iterator
from datetime import timedelta

from django.utils.translation import gettext as _

from gelijkekansen.core import berichten
from gelijkekansen.core.emails import stuur_mail
from gelijkekansen.core.herinneringen import TeHerinneren, al_herinnerd, herinneringsregel
from subsidies.constants import AanvraagStatus as S

AANVULLING_NA_DAGEN = 7
VERANTWOORDING_DAGEN_VOORAF = 14
JURY_DAGEN_VOORAF = 3

AANVULLING, VERANTWOORDING, JURY = "subsidies-aanvulling", "subsidies-verantwoording", "subsidies-jury"


@herinneringsregel(AANVULLING)
def aanvullingen(nu) -> Iterator[TeHerinneren]:
    from gelijkekansen.core.models import Bericht
    from subsidies import emails
    from subsidies.models import Aanvraag

    vragen = Bericht.objects.open_vragen().filter(verstuurd_op__lt=nu - timedelta(days=AANVULLING_NA_DAGEN))
    ids = berichten.dossier_ids(Aanvraag, vragen)
    wachtend = Aanvraag.objects.filter(pk__in=ids, status=S.AANVULLING_GEVRAAGD).select_related("aanvrager")
    herinnerd = al_herinnerd(AANVULLING, Bericht)
    for aanvraag in wachtend:
        vraag = berichten.open_vraag(aanvraag)
        if (
            vraag is None
            or str(vraag.pk) in herinnerd
            or vraag.verstuurd_op >= nu - timedelta(days=AANVULLING_NA_DAGEN)
        ):
            continue
        yield TeHerinneren(
            obj=vraag,
            ontvanger=aanvraag.aanvrager,
            versturen=lambda a=aanvraag: emails.herinnering(
                a, _("een antwoord op onze vraag om je aanvraag aan te vullen")
            ),
        )


@herinneringsregel(VERANTWOORDING)
def verantwoordingen(nu) -> Iterator[TeHerinneren]:
    from subsidies import emails
    from subsidies.models import Aanvraag

    grens = nu.date() + timedelta(days=VERANTWOORDING_DAGEN_VOORAF)
    herinnerd = al_herinnerd(VERANTWOORDING, Aanvraag)
    for aanvraag in Aanvraag.objects.filter(
        status=S.VOORSCHOT_BETAALD, einddatum__isnull=False
    ).select_related("oproep", "aanvrager"):
        termijn = aanvraag.einddatum + timedelta(days=aanvraag.oproep.verantwoording_binnen_dagen)
        if termijn <= grens and str(aanvraag.pk) not in herinnerd:
            yield TeHerinneren(
                obj=aanvraag,
                ontvanger=aanvraag.aanvrager,
                versturen=lambda a=aanvraag: emails.herinnering(a, _("de verantwoording van je activiteit")),
            )


@herinneringsregel(JURY)
def jury(nu) -> Iterator[TeHerinneren]:
    from subsidies.models import Oproep

    oproepen = Oproep.objects.filter(
        jury_deadline__isnull=False, jury_deadline__lte=nu.date() + timedelta(days=JURY_DAGEN_VOORAF)
    ).prefetch_related("juryleden")
    for oproep in oproepen:
        for jurylid, aantal in _open_dossiers_per_jurylid(oproep):
            yield TeHerinneren(
                obj=oproep,
                ontvanger=jurylid,
                versturen=lambda o=oproep, j=jurylid, n=aantal: stuur_mail(
                    "subsidies-jury-herinnering", aan=j, context={"oproep": o, "aantal": n}
                ),
            )


def _open_dossiers_per_jurylid(oproep) -> list:
    from django.contrib.contenttypes.models import ContentType

    from gelijkekansen.core.models import Herinnering
    from subsidies.models import Aanvraag

    al = set(
        Herinnering.objects.filter(
            soort=JURY, content_type=ContentType.objects.get_for_model(oproep), object_id=str(oproep.pk)
        ).values_list("ontvanger_id", flat=True)
    )
    dossiers = Aanvraag.objects.filter(oproep=oproep, status=S.JURY)
    resultaat = []
    for jurylid in oproep.juryleden.all():
        if jurylid.pk in al:
            continue
        aantal = (
            dossiers.exclude(beoordelingen__jurylid=jurylid, beoordelingen__ingediend_op__isnull=False)
            .exclude(beoordelingen__jurylid=jurylid, beoordelingen__belangenconflict=True)
            .count()
        )
        if aantal:
            resultaat.append((jurylid, aantal))
    return resultaat
