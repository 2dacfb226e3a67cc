"""In Mijn dossiers: the associations this person is responsible for, each with its recognitions
(and drafts) and its directory entry."""

from gelijkekansen.core.mijn import mijn_sectie


@mijn_sectie(30)
def mijn_verenigingen(request) -> dict | None:
    from django.db.models import Prefetch

    from erkenning.models import Erkenning
    from erkenning.services.gids import organisatie_sleutel
    from gelijkekansen.core.models import Organisatie
    from gelijkekansen.core.models.organisaties import LidmaatschapRol

    organisaties = list(
        Organisatie.objects.van_gebruiker(request.user, rol=LidmaatschapRol.VERANTWOORDELIJKE)
        .select_related("vermelding")
        .prefetch_related(Prefetch("erkenningen", queryset=Erkenning.objects.order_by("-aangemaakt")))
        .order_by("naam")
    )
    if not organisaties:
        return None
    for organisatie in organisaties:
        organisatie.gids_sleutel = organisatie_sleutel(organisatie)
    return {"template": "erkenning/mijn/verenigingen.html", "organisaties": organisaties}
