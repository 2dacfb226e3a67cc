"""The applicant's applications and, for jury members, their files to assess, in Mijn dossiers."""

from gelijkekansen.accounts.roles import Rol, heeft_rol
from gelijkekansen.core import berichten
from gelijkekansen.core.mijn import mijn_sectie
from gelijkekansen.core.models import Kant


@mijn_sectie(20)
def mijn_aanvragen(request) -> dict | None:
    from subsidies.models import Aanvraag

    aanvragen = list(
        Aanvraag.objects.van_aanvrager(request.user).select_related("oproep").order_by("-aangemaakt")
    )
    if not aanvragen:
        return None
    # New messages of the city per file, in one query: the applicant sees where to look.
    ongelezen = berichten.ongelezen_per_dossier(Aanvraag, Kant.BURGER, [a.pk for a in aanvragen])
    for aanvraag in aanvragen:
        aanvraag.ongelezen = ongelezen.get(aanvraag.pk, 0)
    return {"template": "subsidies/mijn/aanvragen.html", "aanvragen": aanvragen}


@mijn_sectie(21)
def mijn_jury(request) -> dict | None:
    from subsidies.models import Aanvraag

    if not heeft_rol(request.user, Rol.JURY):
        return None
    return {
        "template": "subsidies/mijn/jury.html",
        "aantal": Aanvraag.objects.voor_jurylid(request.user).count(),
    }


@mijn_sectie(22)
def mijn_noodsteun(request) -> dict | None:
    """The corona emergency grants of the associations this person is responsible for."""
    from gelijkekansen.core.models import Organisatie
    from gelijkekansen.core.models.organisaties import LidmaatschapRol
    from subsidies.models import Noodsteun

    eigen = Organisatie.objects.van_gebruiker(request.user, rol=LidmaatschapRol.VERANTWOORDELIJKE)
    steunen = list(
        Noodsteun.objects.filter(organisatie__in=eigen.values("pk")).select_related("organisatie", "ronde")
    )
    if not steunen:
        return None
    return {"template": "subsidies/mijn/noodsteun.html", "steunen": steunen}
