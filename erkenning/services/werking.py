"""The yearly operating grant: an association submits its annual report, the staff compute the
year (a Celery task, idempotent) and approve it, which creates the payments.

The formula (``Subsidiejaar``): every recognised association with a submitted report gets the
base amount plus its points × the value of a point; points are activities × points per activity
plus one point per ``deelnemers_per_punt`` participants, at most ``max_punten``. When the total
exceeds the envelope, every amount is scaled by the same factor (envelope / total), rounded down
to the cent, so the total never exceeds the envelope."""

import hashlib
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from erkenning.models import Jaarverslag, Subsidiejaar, Werkingssubsidie
from erkenning.workflow import GELDIG
from gelijkekansen.core.betalingen import diensten
from gelijkekansen.core.models.betalingen import BetalingSoort
from gelijkekansen.core.workflow import VerouderdeStatus, transition, velden_wijzigen

CENT = Decimal("0.01")


# --- the association's annual report --------------------------------------------------------------


def open_voor_verslagen(jaar: Subsidiejaar) -> bool:
    """Reports are taken until the deadline (its last day included) of a year not yet approved."""
    return jaar.status == Subsidiejaar.Status.OPEN and timezone.localdate() <= jaar.deadline_jaarverslag


def jaarverslag_openen(*, subsidiejaar: Subsidiejaar, organisatie, door) -> Jaarverslag:
    """The report of this year for a recognised association (a draft the first time)."""
    if not open_voor_verslagen(subsidiejaar):
        raise ValidationError(
            _("Jaarverslagen voor %(jaar)s kunnen niet meer ingediend worden.") % {"jaar": subsidiejaar.jaar}
        )
    if not organisatie.erkenningen.filter(status__in=GELDIG).exists():
        raise ValidationError(_("Alleen een erkende vereniging dient een jaarverslag in."))
    verslag, _nieuw = Jaarverslag.objects.get_or_create(subsidiejaar=subsidiejaar, organisatie=organisatie)
    return verslag


def jaarverslag_bewaren(*, verslag: Jaarverslag, door, velden: dict) -> Jaarverslag:
    try:
        return velden_wijzigen(
            verslag,
            velden=velden,
            door=door,
            toegestaan_in={Jaarverslag.Status.CONCEPT},
            audit=False,
            leeg_toegestaan=True,
        )
    except VerouderdeStatus as exc:
        raise PermissionDenied(_("Dit jaarverslag is ingediend en kan niet meer gewijzigd worden.")) from exc


def jaarverslag_ontbrekend(verslag: Jaarverslag) -> list[str]:
    verplicht = {
        "activiteiten": _("Vertel kort wat jullie dit jaar deden."),
        "aantal_activiteiten": _("Vul in hoeveel activiteiten jullie organiseerden."),
        "aantal_deelnemers": _("Vul in hoeveel deelnemers er waren."),
        "inkomsten": _("Vul jullie inkomsten in."),
        "uitgaven": _("Vul jullie uitgaven in."),
    }
    return [melding for veld, melding in verplicht.items() if getattr(verslag, veld) in (None, "")]


def jaarverslag_indienen(*, verslag: Jaarverslag, door) -> Jaarverslag:
    if verslag.status == Jaarverslag.Status.INGEDIEND:
        return verslag
    if fouten := jaarverslag_ontbrekend(verslag):
        raise ValidationError(fouten)
    if not open_voor_verslagen(verslag.subsidiejaar):
        raise ValidationError(
            _("Jaarverslagen voor %(jaar)s kunnen niet meer ingediend worden.")
            % {"jaar": verslag.subsidiejaar.jaar}
        )
    return transition(
        verslag,
        van=Jaarverslag.Status.CONCEPT,
        to=Jaarverslag.Status.INGEDIEND,
        door=door,
        reden=gettext_noop("Jaarverslag ingediend"),
        velden={"ingediend_op": timezone.now(), "ingediend_door": door},
    )


# --- the computation -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Uitkomst:
    verslag: Jaarverslag
    punten: int
    volgens_formule: Decimal


def punten(jaar: Subsidiejaar, verslag: Jaarverslag) -> int:
    ruw = (verslag.aantal_activiteiten or 0) * jaar.punten_per_activiteit + (
        (verslag.aantal_deelnemers or 0) // jaar.deelnemers_per_punt
    )
    return min(ruw, jaar.max_punten)


def _in_aanmerking(jaar: Subsidiejaar):
    """Submitted reports of associations recognised now (a suspended one gets nothing)."""
    return (
        Jaarverslag.objects.filter(subsidiejaar=jaar, status=Jaarverslag.Status.INGEDIEND)
        .filter(organisatie__erkenningen__status__in=GELDIG)
        .distinct()
        .select_related("organisatie")
        .order_by("pk")
    )


def _vingerafdruk(jaar: Subsidiejaar, verslagen: list[Jaarverslag]) -> str:
    """What the computation read: the formula and every counted report's figures."""
    delen = [str(getattr(jaar, veld)) for veld in FORMULE]
    delen += [f"{v.pk}:{v.aantal_activiteiten}:{v.aantal_deelnemers}" for v in verslagen]
    return hashlib.sha256("|".join(delen).encode()).hexdigest()


FORMULE = [
    "envelop",
    "basisbedrag",
    "puntwaarde",
    "punten_per_activiteit",
    "deelnemers_per_punt",
    "max_punten",
]


def berekenen(jaar: Subsidiejaar) -> list[Uitkomst]:
    verslagen = list(_in_aanmerking(jaar))
    return [
        Uitkomst(v, p := punten(jaar, v), (jaar.basisbedrag + p * jaar.puntwaarde).quantize(CENT))
        for v in verslagen
    ]


def schaalfactor(totaal: Decimal, envelop: Decimal) -> Decimal:
    if totaal <= envelop or totaal == 0:
        return Decimal(1)
    return (envelop / totaal).quantize(Decimal("0.000001"), rounding=ROUND_DOWN)


def werkingssubsidies_berekenen(*, subsidiejaar_id: int) -> int:
    """The Celery task's work: replace the year's computed grants by a fresh computation. The same
    reports and formula give the same rows (idempotent); an approved year is never recomputed."""
    with transaction.atomic():
        jaar = Subsidiejaar.objects.select_for_update().get(pk=subsidiejaar_id)
        if jaar.status != Subsidiejaar.Status.OPEN:
            return jaar.subsidies.count()
        uitkomsten = berekenen(jaar)
        totaal = sum((u.volgens_formule for u in uitkomsten), Decimal(0))
        schaal = schaalfactor(totaal, jaar.envelop)
        jaar.subsidies.all().delete()
        Werkingssubsidie.objects.bulk_create(
            Werkingssubsidie(
                subsidiejaar=jaar,
                organisatie=u.verslag.organisatie,
                jaarverslag=u.verslag,
                punten=u.punten,
                volgens_formule=u.volgens_formule,
                bedrag=(u.volgens_formule * schaal).quantize(CENT, rounding=ROUND_DOWN),
            )
            for u in uitkomsten
        )
        jaar.berekening, jaar.berekend_op, jaar.schaal = Subsidiejaar.Berekening.KLAAR, timezone.now(), schaal
        jaar.berekening_vingerafdruk = _vingerafdruk(jaar, [u.verslag for u in uitkomsten])
        jaar.berekening_fout = ""
        jaar.save(
            update_fields=[
                "berekening",
                "berekend_op",
                "schaal",
                "berekening_vingerafdruk",
                "berekening_fout",
            ]
        )
    return len(uitkomsten)


def berekening_starten(*, subsidiejaar: Subsidiejaar) -> None:
    """Queue the computation; the page shows "wordt berekend" until the worker is done. With the
    broker down the year says so and the button stays to try again."""
    from erkenning.tasks import werkingssubsidies_berekenen as taak

    if subsidiejaar.status != Subsidiejaar.Status.OPEN:
        raise ValidationError(_("Dit subsidiejaar is goedgekeurd: de bedragen liggen vast."))
    Subsidiejaar.objects.filter(pk=subsidiejaar.pk).update(
        berekening=Subsidiejaar.Berekening.BEZIG, berekening_fout=""
    )
    try:
        taak.delay(subsidiejaar.pk)
    except Exception as exc:  # the broker is down: visible on the page, retry with the button
        Subsidiejaar.objects.filter(pk=subsidiejaar.pk).update(
            berekening=Subsidiejaar.Berekening.MISLUKT,
            berekening_fout=_("De berekening kon niet starten (%(fout)s). Probeer het opnieuw.")
            % {"fout": exc},
        )


def overzicht(jaar: Subsidiejaar) -> dict:
    """What the staff decide on: one total against the envelope."""
    totalen = jaar.subsidies.aggregate(formule=Sum("volgens_formule"), uit_te_betalen=Sum("bedrag"))
    return {
        "aantal": jaar.subsidies.count(),
        "volgens_formule": totalen["formule"] or Decimal(0),
        "uit_te_betalen": totalen["uit_te_betalen"] or Decimal(0),
        "envelop": jaar.envelop,
        "geschaald": jaar.schaal is not None and jaar.schaal < 1,
        "verouderd": jaar.berekening == Subsidiejaar.Berekening.KLAAR
        and jaar.berekening_vingerafdruk != _vingerafdruk(jaar, list(_in_aanmerking(jaar))),
    }


def subsidiejaar_goedkeuren(*, subsidiejaar: Subsidiejaar, door) -> int:
    """Fix the amounts and give one payment order per association (paid in the next SEPA file)."""
    with transaction.atomic():
        jaar = Subsidiejaar.objects.select_for_update().get(pk=subsidiejaar.pk)
        if jaar.berekening != Subsidiejaar.Berekening.KLAAR:
            raise ValidationError(_("Bereken de werkingssubsidies eerst."))
        if overzicht(jaar)["verouderd"]:
            raise ValidationError(
                _(
                    "Er veranderde iets sinds de berekening (een jaarverslag, een erkenning of de formule). Bereken opnieuw."
                )
            )
        transition(
            jaar,
            van=Subsidiejaar.Status.OPEN,
            to=Subsidiejaar.Status.GOEDGEKEURD,
            door=door,
            reden=gettext_noop("Werkingssubsidies goedgekeurd"),
        )
        subsidies = list(jaar.subsidies.select_related("organisatie").filter(bedrag__gt=0))
        for subsidie in subsidies:
            diensten.betaling_aanmaken(
                dossier=subsidie,
                soort=BetalingSoort.BETALING,
                bedrag=subsidie.bedrag,
                door=door,
                reden=gettext_noop("Werkingssubsidie goedgekeurd"),
            )
    return len(subsidies)
