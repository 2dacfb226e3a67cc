"""In Mijn dossiers: the associations this person is responsible for, each with its recognitions
(and drafts) and its directory entry."""

from gelijkekansen.core.mijn import mijn_sectie


@mijn_sectie(30)
def mijn_verenigingen(request) -> dict | None:
    from django.db.models import Prefetch

    from erkenning.models import Erkenning, Ondersteuningsvraag
    from erkenning.services.gids import organisatie_sleutel
    from gelijkekansen.core.models import Organisatie
    from gelijkekansen.core.models.organisaties import LidmaatschapRol

    organisaties = list(
        Organisatie.objects.van_gebruiker(request.user, rol=LidmaatschapRol.VERANTWOORDELIJKE)
        .select_related("vermelding")
        .prefetch_related(
            Prefetch("erkenningen", queryset=Erkenning.objects.order_by("-aangemaakt")),
            Prefetch("ondersteuningsvragen", queryset=Ondersteuningsvraag.objects.order_by("-gesteld_op")),
        )
        .order_by("naam")
    )
    if not organisaties:
        return None
    for organisatie in organisaties:
        organisatie.gids_sleutel = organisatie_sleutel(organisatie)
    _werking(organisaties)
    return {"template": "erkenning/mijn/verenigingen.html", "organisaties": organisaties}


def _werking(organisaties: list) -> None:
    """Per recognised association: the annual report of the open year (to fill in or submitted)
    and the operating grants of approved years. Three queries, however many associations."""
    from erkenning.models import Jaarverslag, Subsidiejaar, Werkingssubsidie
    from erkenning.workflow import GELDIG

    open_jaar = Subsidiejaar.objects.filter(status=Subsidiejaar.Status.OPEN).order_by("-jaar").first()
    ids = [o.pk for o in organisaties]
    verslagen = (
        {
            v.organisatie_id: v
            for v in Jaarverslag.objects.filter(subsidiejaar=open_jaar, organisatie_id__in=ids)
        }
        if open_jaar
        else {}
    )
    subsidies = Werkingssubsidie.objects.filter(
        organisatie_id__in=ids, subsidiejaar__status=Subsidiejaar.Status.GOEDGEKEURD
    ).select_related("subsidiejaar")
    for organisatie in organisaties:
        erkend = any(e.status in GELDIG for e in organisatie.erkenningen.all())
        organisatie.open_jaar = open_jaar if erkend else None
        organisatie.jaarverslag = verslagen.get(organisatie.pk)
        organisatie.subsidies = [s for s in subsidies if s.organisatie_id == organisatie.pk]
