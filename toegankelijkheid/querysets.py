"""Who sees and edits what (docs/DESIGN.md §3): pages fetch through these and get a 404 otherwise.

Public: published plans, their actions and approved updates, published evaluations, answered
advice. A city service's confirmed members edit its actions; an advisory council's members
(role ``adviesraad`` and a confirmed membership) write its advice.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import mag_rol
from gelijkekansen.core.models import Organisatie
from gelijkekansen.core.models.organisaties import OrganisatieSoort
from toegankelijkheid.constants import PlanStatus
from toegankelijkheid.models import Actie, Actieplan, Advies

PUBLIEKE_PLANNEN = [PlanStatus.GEPUBLICEERD, PlanStatus.AFGESLOTEN]


def publieke_plannen():
    return Actieplan.objects.filter(status__in=PUBLIEKE_PLANNEN)


def leden_van(organisatie: Organisatie) -> list:
    leden = organisatie.lidmaatschappen.filter(bevestigd_op__isnull=False).select_related("user")
    return [lid.user for lid in leden if lid.user.is_active]


def adviesraden_van(user):
    if not mag_rol(user, Rol.ADVIESRAAD):
        return Organisatie.objects.none()
    return Organisatie.objects.filter(
        soort=OrganisatieSoort.ADVIESRAAD,
        lidmaatschappen__user=user,
        lidmaatschappen__bevestigd_op__isnull=False,
    ).distinct()


def get_actie_om_bij_te_werken(user, sleutel) -> Actie:
    acties = (
        Actie.objects.all() if mag_rol(user, Rol.TOEGANKELIJKHEID) else Actie.objects.van_dienst_van(user)
    )
    return get_object_or_404(
        acties.select_related("actieplan", "trekker", "resultaatsgebied"), sleutel=sleutel
    )


def get_advies_voor_lid(user, sleutel) -> Advies:
    advies = Advies.objects.filter(adviesraad__in=adviesraden_van(user), sleutel=sleutel).first()
    if advies is None:
        raise Http404
    return advies
