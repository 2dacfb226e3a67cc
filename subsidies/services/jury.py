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
        raise ValidationError(_("Je hebt dit al verklaard. Dat kan maar één keer.")) from exc


TOELICHTING_MAX = 1000


def toelichting_drempel(max_score: int) -> int:
    """The highest score that needs a motivation: two fifths of the scale (2 of 5, 4 of 10). A low
    score weighs on the decision, so the case handler must be able to read why it was given."""
    return max_score * 2 // 5


def toelichting_verplicht(punten: int, max_score: int) -> bool:
    return punten <= toelichting_drempel(max_score)


def beoordeling_indienen(
    *,
    beoordeling: Beoordeling,
    punten: dict[int, int],
    advies: str,
    motivering: str,
    toelichtingen: dict[int, str] | None = None,
) -> Beoordeling:
    """Scores per criterion, each with its motivation (``toelichtingen``, per criterion id; required
    for a low score, see ``toelichting_verplicht``), and the overall advice with its motivation.
    Submitting again replaces the earlier scores while the file is at the jury."""
    if beoordeling.belangenconflict:
        raise PermissionDenied(_("Je verklaarde een belangenconflict: je beoordeelt deze aanvraag niet."))
    if beoordeling.aanvraag.status != S.JURY:
        raise ValidationError(_("De jury is voor deze aanvraag afgesloten."))
    toelichtingen = {pk: (tekst or "").strip() for pk, tekst in (toelichtingen or {}).items()}
    criteria = list(beoordeling.aanvraag.oproep.criteria.all())
    fouten = []
    for c in criteria:
        score = punten.get(c.pk)
        if score is None or not 0 <= score <= c.max_score:
            fouten.append(_("Geef een score voor «%(c)s» (0 tot %(m)s).") % {"c": c.naam, "m": c.max_score})
        elif toelichting_verplicht(score, c.max_score) and not toelichtingen.get(c.pk):
            fouten.append(
                _("Leg uit waarom je «%(c)s» %(p)s op %(m)s geeft.")
                % {"c": c.naam, "p": score, "m": c.max_score}
            )
        if len(toelichtingen.get(c.pk, "")) > TOELICHTING_MAX:
            fouten.append(
                _("De toelichting bij «%(c)s» is te lang (hoogstens %(n)s tekens).")
                % {"c": c.naam, "n": TOELICHTING_MAX}
            )
    if advies not in Advies.values:
        fouten.append(_("Kies je advies: ja, misschien of nee."))
    if not motivering.strip():
        fouten.append(_("Motiveer je advies."))
    if fouten:
        raise ValidationError(fouten)
    with transaction.atomic():
        beoordeling.scores.all().delete()
        Score.objects.bulk_create(
            Score(
                beoordeling=beoordeling,
                criterium=c,
                punten=punten[c.pk],
                toelichting=toelichtingen.get(c.pk, ""),
            )
            for c in criteria
        )
        beoordeling.advies, beoordeling.motivering, beoordeling.ingediend_op = (
            advies,
            motivering.strip(),
            timezone.now(),
        )
        beoordeling.save()
    return beoordeling


def juryadvies(aanvraag: Aanvraag) -> dict:
    """The aggregated advice staff see while deciding; conflicted members do not count. Besides the
    counts: per criterion the average and every juror's score with its motivation (``criteria``),
    and every juror's advice with its motivation (``motiveringen``)."""
    geldig = [
        b
        for b in aanvraag.beoordelingen.select_related("jurylid").prefetch_related("scores__criterium")
        if not b.belangenconflict and b.ingediend_op
    ]
    adviezen = Counter(b.advies for b in geldig)
    maximum = sum(c.max_score for c in aanvraag.oproep.criteria.all())
    totalen = [sum(s.punten for s in b.scores.all()) for b in geldig]
    per_criterium: dict[int, dict] = {}
    for b in geldig:
        for s in b.scores.all():
            rij = per_criterium.setdefault(
                s.criterium_id, {"criterium": s.criterium, "scores": [], "gemiddelde": None}
            )
            rij["scores"].append({"jurylid": b.jurylid, "punten": s.punten, "toelichting": s.toelichting})
    for rij in per_criterium.values():
        rij["gemiddelde"] = round(sum(s["punten"] for s in rij["scores"]) / len(rij["scores"]), 1)
    return {
        "ja": adviezen[Advies.JA],
        "misschien": adviezen[Advies.MISSCHIEN],
        "nee": adviezen[Advies.NEE],
        "gemiddelde_score": round(sum(totalen) / len(totalen), 1) if totalen else None,
        "beoordelingen": len(geldig),
        "belangenconflicten": aanvraag.beoordelingen.filter(belangenconflict=True).count(),
        "criteria": sorted(
            per_criterium.values(), key=lambda r: (r["criterium"].volgorde, r["criterium"].pk)
        ),
        "motiveringen": [
            {"jurylid": b.jurylid, "advies": b.get_advies_display(), "motivering": b.motivering}
            for b in geldig
        ],
        "maximum": maximum,
        "per_jurylid": [_oordeel(b, maximum) for b in geldig],
    }


def _oordeel(beoordeling, maximum: int) -> dict:
    """One juror's judgement as the case handler reads it: "11 / 15", per criterion "4 / 5" with
    the motivation, the advice and its motivation."""
    scores = sorted(beoordeling.scores.all(), key=lambda s: (s.criterium.volgorde, s.criterium.pk))
    return {
        "jurylid": beoordeling.jurylid,
        "advies": beoordeling.get_advies_display(),
        "motivering": beoordeling.motivering,
        "totaal": sum(s.punten for s in scores),
        "maximum": maximum,
        "scores": scores,
    }
