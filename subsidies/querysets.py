"""Who sees which application, and the reusable filters of the work list."""

from datetime import timedelta

from django.db import models
from django.db.models import Q
from django.utils import timezone

from gelijkekansen.accounts.roles import Rol, heeft_rol
from gelijkekansen.core.models.organisaties import LidmaatschapRol
from subsidies.constants import AanvraagStatus as S


def _eigen(user) -> Q:
    """The applicant's own files and those of organisations they are responsible for. The
    organisation ids are fetched first: an OR across the membership join forces a full scan."""
    from gelijkekansen.core.models import Lidmaatschap

    organisaties = Lidmaatschap.objects.filter(
        user=user, rol=LidmaatschapRol.VERANTWOORDELIJKE, bevestigd_op__isnull=False
    ).values_list("organisatie_id", flat=True)
    return Q(aanvrager=user) | Q(organisatie_id__in=list(organisaties))


class OproepQuerySet(models.QuerySet):
    def open_(self, moment=None) -> "OproepQuerySet":
        moment = moment or timezone.now()
        return self.filter(open_vanaf__lte=moment).filter(Q(deadline__isnull=True) | Q(deadline__gte=moment))


class AanvraagQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user) -> "AanvraagQuerySet":
        """Citizens: their own and those of organisations they are confirmed responsible for.
        Case handlers: all. Nobody else — not the jury: a jury member sees a file only through
        the jury page (``voor_beoordeling``), with what they need to judge and nothing more."""
        if not user.is_authenticated:
            return self.none()
        if heeft_rol(user, Rol.DOSSIERBEHANDELAAR_SUBSIDIES):
            return self.all()
        return self.filter(_eigen(user))

    def van_aanvrager(self, user) -> "AanvraagQuerySet":
        return self.filter(_eigen(user)) if user.is_authenticated else self.none()

    def voor_jurylid(self, user) -> "AanvraagQuerySet":
        """The files at the jury of the calls this person sits on (declared or not)."""
        if not heeft_rol(user, Rol.JURY):
            return self.none()
        return self.filter(oproep__juryleden=user, status=S.JURY)

    def voor_beoordeling(self, user) -> "AanvraagQuerySet":
        """The files this jury member opened: declared, without a conflict of interest."""
        return self.voor_jurylid(user).filter(
            beoordelingen__jurylid=user, beoordelingen__belangenconflict=False
        )

    def te_laat(self, nu=None) -> "AanvraagQuerySet":
        """Files waiting too long: a completion unanswered for 14 days, or undecided 60 days after
        submission."""
        from gelijkekansen.core.berichten import dossier_ids
        from gelijkekansen.core.models import Bericht

        nu = nu or timezone.now()
        oude_vragen = Bericht.objects.open_vragen().filter(verstuurd_op__lt=nu - timedelta(days=14))
        return self.filter(
            Q(status=S.AANVULLING_GEVRAAGD, pk__in=dossier_ids(self.model, oude_vragen))
            | Q(status__in=[S.INGEDIEND, S.ONTVANKELIJK, S.JURY], ingediend_op__lt=nu - timedelta(days=60))
        )

    def toegekend_in(self, oproep, reikwijdte: str) -> "AanvraagQuerySet":
        from subsidies.workflow import TOEGEKEND

        return self.filter(oproep=oproep, reikwijdte=reikwijdte, status__in=TOEGEKEND)


def get_aanvraag_for_user(user, aanvraag_id):
    """Any application this person may see (applicant, case handler); else 404. Never the jury."""
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


def get_aanvraag_for_jurylid(user, aanvraag_id):
    """A file at the jury of a call this person sits on, declared or not (the declaration page); else 404."""
    from django.shortcuts import get_object_or_404

    from subsidies.models import Aanvraag

    return get_object_or_404(
        Aanvraag.objects.voor_jurylid(user).select_related("oproep__reglement"), pk=aanvraag_id
    )


def get_aanvraag_voor_beoordeling(user, aanvraag_id):
    """A file this jury member may read: at the jury, declared without a conflict; else 404."""
    from django.shortcuts import get_object_or_404

    from subsidies.models import Aanvraag

    return get_object_or_404(
        Aanvraag.objects.voor_beoordeling(user).select_related("oproep__reglement"), pk=aanvraag_id
    )
