"""In Mijn dossiers: the associations this person is responsible for, with their directory entry."""

from gelijkekansen.core.mijn import mijn_sectie


@mijn_sectie(30)
def mijn_verenigingen(request) -> dict | None:
    from gelijkekansen.core.models import Organisatie
    from gelijkekansen.core.models.organisaties import LidmaatschapRol

    organisaties = list(
        Organisatie.objects.van_gebruiker(request.user, rol=LidmaatschapRol.VERANTWOORDELIJKE)
        .select_related("vermelding")
        .order_by("naam")
    )
    if not organisaties:
        return None
    from erkenning.services.gids import organisatie_sleutel

    for organisatie in organisaties:
        organisatie.gids_sleutel = organisatie_sleutel(organisatie)
    return {"template": "erkenning/mijn/verenigingen.html", "organisaties": organisaties}
