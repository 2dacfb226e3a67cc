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


JAARVERSLAG = "erkenning-jaarverslag"
JAARVERSLAG_DAGEN_VOORAF = 30


@herinneringsregel(JAARVERSLAG)
def jaarverslagen(nu) -> Iterator[TeHerinneren]:
    """30 days before the deadline of an open year: one e-mail per responsible person, naming the
    recognised associations whose report is not submitted yet."""
    from django.utils import timezone

    from erkenning import emails
    from erkenning.models import Jaarverslag, Subsidiejaar
    from erkenning.workflow import GELDIG
    from gelijkekansen.core.models import Lidmaatschap
    from gelijkekansen.core.models.organisaties import LidmaatschapRol

    vandaag = timezone.localdate(nu)
    jaren = Subsidiejaar.objects.filter(
        status=Subsidiejaar.Status.OPEN,
        deadline_jaarverslag__gte=vandaag,
        deadline_jaarverslag__lte=vandaag + timedelta(days=JAARVERSLAG_DAGEN_VOORAF),
    )
    for jaar in jaren:
        ingediend = Jaarverslag.objects.filter(subsidiejaar=jaar, status=Jaarverslag.Status.INGEDIEND)
        leden = (
            Lidmaatschap.objects.filter(
                rol=LidmaatschapRol.VERANTWOORDELIJKE,
                bevestigd_op__isnull=False,
                organisatie__erkenningen__status__in=GELDIG,
            )
            .exclude(organisatie__in=ingediend.values("organisatie"))
            .select_related("user", "organisatie")
            .distinct()
        )
        per_persoon: dict = {}
        for lid in leden:
            per_persoon.setdefault(lid.user, set()).add(lid.organisatie)
        for persoon, verenigingen in per_persoon.items():
            yield TeHerinneren(
                obj=jaar,
                ontvanger=persoon,
                versturen=lambda j=jaar, p=persoon, v=verenigingen: emails.jaarverslag_herinnering(j, p, v),
            )
