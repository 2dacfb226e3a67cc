"""Who sees which application, and the reusable filters of the work list."""

from django.db import models
from django.db.models import Q
from django.utils import timezone

from gelijkekansen.accounts.roles import Rol, heeft_rol
from gelijkekansen.core.models.organisaties import LidmaatschapRol
from subsidies.constants import AanvraagStatus as S

JURY_ZICHTBAAR = [S.JURY, S.GOEDGEKEURD, S.AFGEWEZEN]


def _eigen(user) -> Q:
    """The applicant's own files and those of organisations they are responsible for. The
    organisation ids are fetched first: an OR across the membership join forces a full scan."""
    from gelijkekansen.core.models import Lidmaatschap

    organisaties = Lidmaatschap.objects.filter(user=user, rol=LidmaatschapRol.VERANTWOORDELIJKE).values_list(
        "organisatie_id", flat=True
    )
    return Q(aanvrager=user) | Q(organisatie_id__in=list(organisaties))


class OproepQuerySet(models.QuerySet):
    def open_(self, moment=None) -> "OproepQuerySet":
        moment = moment or timezone.now()
        return self.filter(open_vanaf__lte=moment).filter(Q(deadline__isnull=True) | Q(deadline__gte=moment))


class AanvraagQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user) -> "AanvraagQuerySet":
        """Citizens: their own and those of organisations they are responsible for.
        Jury: the calls they sit on, once at the jury. Case handlers: all. Nobody else."""
        if not user.is_authenticated:
            return self.none()
        if heeft_rol(user, Rol.DOSSIERBEHANDELAAR_SUBSIDIES):
            return self.all()
        eigen = _eigen(user)
        if heeft_rol(user, Rol.JURY):
            oproepen = user.jury_oproepen.values_list("pk", flat=True)
            eigen |= Q(oproep_id__in=list(oproepen), status__in=JURY_ZICHTBAAR)
        return self.filter(eigen)

    def van_aanvrager(self, user) -> "AanvraagQuerySet":
        return self.filter(_eigen(user)) if user.is_authenticated else self.none()

    def voor_jurylid(self, user) -> "AanvraagQuerySet":
        return self.filter(oproep__juryleden=user, status=S.JURY)

    def toegekend_in(self, oproep, reikwijdte: str) -> "AanvraagQuerySet":
        from subsidies.workflow import TOEGEKEND

        return self.filter(oproep=oproep, reikwijdte=reikwijdte, status__in=TOEGEKEND)


def get_aanvraag_for_user(user, aanvraag_id):
    """Any application this person may see (applicant, jury of its call, case handler); else 404."""
    from django.shortcuts import get_object_or_404

    from subsidies.models import Aanvraag

    return get_object_or_404(
        Aanvraag.objects.zichtbaar_voor(user).select_related("oproep__reglement"), pk=aanvraag_id
    )


def get_aanvraag_for_aanvrager(user, aanvraag_id):
    """Only the applicant (or a responsible of its organisation) acts on the file; else 404."""
    from django.shortcuts import get_object_or_404

    from subsidies.models import Aanvraag

    if not user.is_authenticated:
        from django.http import Http404

        raise Http404
    return get_object_or_404(
        Aanvraag.objects.van_aanvrager(user).select_related("oproep__reglement"), pk=aanvraag_id
    )
