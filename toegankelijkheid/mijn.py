"""In Mijn dossiers: the actions of the city services this person works for, and the advice of
the advisory councils they sit on."""

from gelijkekansen.core.mijn import mijn_sectie


@mijn_sectie(60)
def mijn_toegankelijkheid(request) -> dict | None:
    from toegankelijkheid.constants import PlanStatus
    from toegankelijkheid.models import Actie
    from toegankelijkheid.querysets import adviesraden_van

    acties = (
        Actie.objects.van_dienst_van(request.user).filter(actieplan__status=PlanStatus.GEPUBLICEERD).count()
    )
    raden = list(adviesraden_van(request.user).order_by("naam"))
    if not acties and not raden:
        return None
    return {"template": "toegankelijkheid/mijn/sectie.html", "acties": acties, "adviesraden": raden}
