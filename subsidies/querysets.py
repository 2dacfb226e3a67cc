"""Who sees which application, and the reusable filters of the work list."""

import re
import uuid
from datetime import timedelta

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import smart_split, unescape_string_literal

from gelijkekansen.accounts.roles import Rol, heeft_rol
from gelijkekansen.core.models.organisaties import LidmaatschapRol
from subsidies.constants import AanvraagStatus as S


def _eigen(user) -> Q:
    """The applicant's own files and those of organisations they are responsible for. The
    organisation ids are fetched first: an OR across the membership join forces a full scan."""
    return Q(aanvrager=user) | Q(organisatie_id__in=_verantwoordelijk_voor(user))


def _verantwoordelijk_voor(user) -> list[int]:
    """The organisations this person is a confirmed responsible of. Kept on the user object for
    the request, like ``heeft_rol``: a file page asks "may see" and "is the applicant" both."""
    from gelijkekansen.core.models import Lidmaatschap

    if not hasattr(user, "_verantwoordelijk_voor"):
        user._verantwoordelijk_voor = list(
            Lidmaatschap.objects.filter(
                user=user, rol=LidmaatschapRol.VERANTWOORDELIJKE, bevestigd_op__isnull=False
            ).values_list("organisatie_id", flat=True)
        )
    return user._verantwoordelijk_voor


NUMMER_VOORVOEGSEL = "SAZ-"
# SAZ- with 1 to 8 hex digits (a reference being typed), or exactly 8 hex digits without it.
_NUMMER = re.compile(r"^(?:SAZ-([0-9A-F]{1,8})|([0-9A-F]{8}))$", re.IGNORECASE)


def _tekst_in_dossier(woord: str) -> Q:
    """A word in the title, the applicant's name or e-mail or the organisation's name. People and
    organisations are looked up on their own tables first (each a quick scan): an OR across the
    joins made PostgreSQL join every file to every applicant before filtering, and then sort
    every match for one page."""
    from django.contrib.auth import get_user_model

    from gelijkekansen.core.models import Organisatie

    mensen = get_user_model().objects.filter(Q(naam__icontains=woord) | Q(email__icontains=woord))
    organisaties = Organisatie.objects.filter(naam__icontains=woord)
    return (
        Q(titel__icontains=woord)
        | Q(aanvrager__in=mensen.values("pk"))
        | Q(organisatie__in=organisaties.values("pk"))
    )


def is_van_aanvrager(aanvraag, user) -> bool:
    """``van_aanvrager`` for one loaded file, without a query of its own."""
    return user.is_authenticated and (
        aanvraag.aanvrager_id == user.pk or aanvraag.organisatie_id in _verantwoordelijk_voor(user)
    )


def _nummer_bereik(woord: str) -> tuple[uuid.UUID, uuid.UUID] | None:
    """The ids whose reference (``Aanvraag.nummer``: the UUID's first 8 hex digits) starts with
    this word, as a closed UUID range; None when the word is no reference."""
    gevonden = _NUMMER.match(woord)
    if gevonden is None:
        return None
    begin = (gevonden.group(1) or gevonden.group(2)).lower()
    rest = 32 - len(begin)
    return uuid.UUID(begin + "0" * rest), uuid.UUID(begin + "f" * rest)


# A search is a few words: more would only build a query too deep for the database to plan.
MAX_ZOEKWOORDEN = 10
MAX_ZOEKLENGTE = 200


def zoekwoorden(term: str) -> list[str]:
    """The words of a search as the admin splits them: quotes keep words together. At most
    MAX_ZOEKWOORDEN words of the first MAX_ZOEKLENGTE characters count."""
    woorden = []
    for woord in smart_split(term[:MAX_ZOEKLENGTE]):
        if len(woorden) == MAX_ZOEKWOORDEN:
            break
        if woord[:1] in "\"'" and woord[-1:] == woord[:1]:
            woord = unescape_string_literal(woord)
        if woord:
            woorden.append(woord)
    return woorden


def zoekt_op_nummer(term: str) -> bool:
    """Every word of the search looks like a reference: one exact file, whatever its status."""
    woorden = zoekwoorden(term)
    return bool(woorden) and all(_nummer_bereik(w) is not None for w in woorden)


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

    def zoek(self, term: str) -> "AanvraagQuerySet":
        """The work list's search: every word must match. A reference (``SAZ-50B4FFF5``, or its
        eight characters alone, any case) is a range on the primary key, so the key's index
        answers it on PostgreSQL (uuid) and SQLite (hex text) alike; other words look in the
        title, the applicant's name and e-mail and the organisation (a scan: see the README).
        Eight hex characters without "SAZ-" are a reference when one exists (an index probe,
        one query), else text."""
        gevonden = self
        for woord in zoekwoorden(term):
            bereik = _nummer_bereik(woord)
            if bereik is not None and (
                woord[:4].upper() == NUMMER_VOORVOEGSEL
                or self.model.objects.filter(pk__range=bereik).exists()
            ):
                gevonden = gevonden.filter(pk__range=bereik)  # the key's index only: no scan
            else:
                gevonden = gevonden.filter(_tekst_in_dossier(woord))
        return gevonden

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
