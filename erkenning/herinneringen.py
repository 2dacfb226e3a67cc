"""The recognition's reminders, as rules of the kernel's one daily task (core.herinneringen):

- ``erkenning-einde``: HERINNERING_VOOR_EINDE_DAGEN (90) days before a recognition ends, to each
  confirmed responsible, unless the association already applied for the next one.
"""

from collections.abc import Iterator
from datetime import timedelta

from erkenning.constants import AANVRAAG_OPEN, HERINNERING_VOOR_EINDE_DAGEN
from erkenning.constants import ErkenningStatus as S
from gelijkekansen.core.herinneringen import TeHerinneren, al_herinnerd, herinneringsregel

EINDE = "erkenning-einde"


@herinneringsregel(EINDE)
def einde(nu) -> Iterator[TeHerinneren]:
    from django.db.models import Exists, OuterRef
    from django.utils import timezone

    from erkenning import emails
    from erkenning.models import Erkenning

    vandaag = timezone.localdate(nu)
    herinnerd = al_herinnerd(EINDE, Erkenning)
    verlenging = Erkenning.objects.filter(
        organisatie=OuterRef("organisatie"), categorie=OuterRef("categorie"), status__in=AANVRAAG_OPEN
    ).exclude(status=S.CONCEPT)
    bijna_afgelopen = (
        Erkenning.objects.filter(
            status=S.ERKEND,
            geldig_tot__gte=vandaag,
            geldig_tot__lte=vandaag + timedelta(days=HERINNERING_VOOR_EINDE_DAGEN),
        )
        .filter(~Exists(verlenging))
        .select_related("organisatie")
    )
    for erkenning in bijna_afgelopen:
        if str(erkenning.pk) in herinnerd:
            continue
        for persoon in emails.verantwoordelijken(erkenning):
            yield TeHerinneren(
                obj=erkenning,
                ontvanger=persoon,
                versturen=lambda e=erkenning, p=persoon: emails.herinnering(e, p),
            )
