"""The jury: declare a conflict of interest before the file opens, then score and advise."""

from collections import Counter

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from subsidies.constants import AanvraagStatus as S
from subsidies.constants import Advies
from subsidies.models import Aanvraag, Beoordeling, Score


def belangenconflict_verklaren(*, aanvraag: Aanvraag, jurylid, conflict: bool) -> Beoordeling:
    """The first step for a jury member: only after this does the file open (or stay closed)."""
    if aanvraag.status != S.JURY or not aanvraag.oproep.juryleden.filter(pk=jurylid.pk).exists():
        raise PermissionDenied
    # Whoever applied, or is responsible for the applying organisation, never judges it.
    conflict = conflict or Aanvraag.objects.van_aanvrager(jurylid).filter(pk=aanvraag.pk).exists()
    try:
        with transaction.atomic():
            return Beoordeling.objects.create(aanvraag=aanvraag, jurylid=jurylid, belangenconflict=conflict)
    except IntegrityError as exc:
        raise ValidationError(_("U hebt dit al verklaard. Dat kan maar één keer.")) from exc


def beoordeling_indienen(
    *, beoordeling: Beoordeling, punten: dict[int, int], advies: str, motivering: str
) -> Beoordeling:
    if beoordeling.belangenconflict:
        raise PermissionDenied(_("U verklaarde een belangenconflict: u beoordeelt deze aanvraag niet."))
    if beoordeling.aanvraag.status != S.JURY:
        raise ValidationError(_("De jury is voor deze aanvraag afgesloten."))
    criteria = list(beoordeling.aanvraag.oproep.criteria.all())
    fouten = [
        _("Geef een score voor «%(c)s» (0 tot %(m)s).") % {"c": c.naam, "m": c.max_score}
        for c in criteria
        if not 0 <= punten.get(c.pk, -1) <= c.max_score
    ]
    if advies not in Advies.values:
        fouten.append(_("Kies uw advies: ja, misschien of nee."))
    if not motivering.strip():
        fouten.append(_("Motiveer uw advies."))
    if fouten:
        raise ValidationError(fouten)
    with transaction.atomic():
        beoordeling.scores.all().delete()
        Score.objects.bulk_create(
            Score(beoordeling=beoordeling, criterium=c, punten=punten[c.pk]) for c in criteria
        )
        beoordeling.advies, beoordeling.motivering, beoordeling.ingediend_op = (
            advies,
            motivering.strip(),
            timezone.now(),
        )
        beoordeling.save()
    return beoordeling


def juryadvies(aanvraag: Aanvraag) -> dict:
    """The aggregated advice staff see while deciding; conflicted members do not count."""
    geldig = [
        b
        for b in aanvraag.beoordelingen.prefetch_related("scores")
        if not b.belangenconflict and b.ingediend_op
    ]
    adviezen = Counter(b.advies for b in geldig)
    totalen = [sum(s.punten for s in b.scores.all()) for b in geldig]
    return {
        "ja": adviezen[Advies.JA],
        "misschien": adviezen[Advies.MISSCHIEN],
        "nee": adviezen[Advies.NEE],
        "gemiddelde_score": round(sum(totalen) / len(totalen), 1) if totalen else None,
        "beoordelingen": len(geldig),
        "belangenconflicten": aanvraag.beoordelingen.filter(belangenconflict=True).count(),
    }
