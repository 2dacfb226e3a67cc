"""The corona emergency fund's bulk award (models/noodfonds.py): the staff pick the recognised
associations in scope and award one grant each in one step; each association accepts at /mijn/,
confirming its account and declaring private rent; the accepted grants go out in one SEPA file."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from gelijkekansen.core.betalingen import diensten
from gelijkekansen.core.getallen import bedrag_tekst
from gelijkekansen.core.models import Organisatie
from gelijkekansen.core.models.betalingen import BetalingSoort
from gelijkekansen.core.models.organisaties import LidmaatschapRol
from gelijkekansen.core.workflow import transition
from subsidies.models import Noodfondsronde, Noodsteun

S = Noodsteun.Status


def in_aanmerking():
    """The associations in scope: recognised now (the uniform recognition, erkenning app)."""
    from erkenning.workflow import GELDIG

    return Organisatie.objects.filter(erkenningen__status__in=GELDIG).distinct()


@dataclass
class Toekenning:
    toegekend: list = field(default_factory=list)
    al_steun: list = field(default_factory=list)  # organisations that already had a grant


def toekennen(*, ronde: Noodfondsronde, door, organisaties, middelgroot: dict | None = None) -> Toekenning:
    """One grant per chosen association: the flat amount, or the amount given for a medium
    partner (at most ``max_middelgroot``). Associations that already have a grant are reported
    and left alone; one not recognised, an amount out of range or a total over the budget refuses
    the whole selection, so nothing is half awarded."""
    middelgroot = middelgroot or {}
    uitkomst = Toekenning()
    with transaction.atomic():
        Noodfondsronde.objects.select_for_update().get(pk=ronde.pk)  # one award at a time per round
        erkend = set(in_aanmerking().filter(pk__in=[o.pk for o in organisaties]).values_list("pk", flat=True))
        al = set(
            Noodsteun.objects.filter(organisatie__in=organisaties).values_list("organisatie_id", flat=True)
        )
        nieuw = []
        for organisatie in organisaties:
            if organisatie.pk in al:
                uitkomst.al_steun.append(organisatie)
                continue
            if organisatie.pk not in erkend:
                raise ValidationError(
                    _("%(naam)s is niet erkend en valt buiten het noodfonds.") % {"naam": organisatie}
                )
            nieuw.append(_steun(ronde, organisatie, middelgroot.get(organisatie.pk), door))
        _binnen_budget(ronde, nieuw)
        uitkomst.toegekend = Noodsteun.objects.bulk_create(nieuw)
    return uitkomst


def _steun(ronde: Noodfondsronde, organisatie, bedrag: Decimal | None, door) -> Noodsteun:
    if bedrag is None:
        return Noodsteun(
            ronde=ronde,
            organisatie=organisatie,
            soort=Noodsteun.Soort.FORFAIT,
            bedrag=ronde.forfait,
            toegekend_door=door,
        )
    if not (0 < bedrag <= ronde.max_middelgroot):
        raise ValidationError(
            _("%(naam)s: een middelgrote partner krijgt meer dan € 0 en hoogstens %(max)s.")
            % {"naam": organisatie, "max": bedrag_tekst(ronde.max_middelgroot)}
        )
    return Noodsteun(
        ronde=ronde,
        organisatie=organisatie,
        soort=Noodsteun.Soort.MIDDELGROOT,
        bedrag=bedrag,
        toegekend_door=door,
    )


def vastgelegd(ronde: Noodfondsronde) -> Decimal:
    """What the round has committed: every grant, with rent support where it was declared."""
    totaal = ronde.steunen.aggregate(s=Sum("bedrag"))["s"] or Decimal(0)
    return totaal + ronde.steunen.filter(huur=True).count() * ronde.huursteun


def _binnen_budget(ronde: Noodfondsronde, nieuw: list[Noodsteun]) -> None:
    erbij = sum((s.bedrag for s in nieuw), Decimal(0))
    if vastgelegd(ronde) + erbij > ronde.budget:
        raise ValidationError(
            _("Deze toekenning (%(erbij)s) past niet meer in het budget: nog %(rest)s over.")
            % {"erbij": bedrag_tekst(erbij), "rest": bedrag_tekst(ronde.budget - vastgelegd(ronde))}
        )


def aanvaarden(*, steun: Noodsteun, door, huur: bool) -> Noodsteun:
    """A confirmed responsible accepts the grant: the account it goes to is the organisation's
    confirmed one (a new account goes through the staff first), rent support if declared."""
    organisatie = steun.organisatie
    if not organisatie.lidmaatschappen.filter(
        user=door, rol=LidmaatschapRol.VERANTWOORDELIJKE, bevestigd_op__isnull=False
    ).exists():
        raise PermissionDenied(_("Alleen een bevestigde verantwoordelijke aanvaardt de steun."))
    if not organisatie.iban:
        raise ValidationError(
            _("Geef eerst het rekeningnummer van je vereniging door. De dienst bevestigt het.")
        )
    with transaction.atomic():
        if huur and vastgelegd(steun.ronde) + steun.ronde.huursteun > steun.ronde.budget:
            raise ValidationError(_("Het budget voor huursteun is op. Neem contact op met de dienst."))
        return transition(
            steun,
            van=S.TOEGEKEND,
            to=S.AANVAARD,
            door=door,
            reden=gettext_noop("Aanvaard door de vereniging"),
            velden={
                "huur": huur,
                "iban": organisatie.iban,
                "aanvaard_door": door,
                "aanvaard_op": timezone.now(),
            },
        )


def uitbetalen(*, ronde: Noodfondsronde, door, uitvoeringsdatum) -> diensten.Betaalrun | None:
    """Every accepted grant of the round gets its payment order, together in one SEPA file."""
    with transaction.atomic():
        betalingen = []
        for steun in ronde.steunen.filter(status=S.AANVAARD).select_related("organisatie", "ronde"):
            transition(
                steun,
                van=S.AANVAARD,
                to=S.UITBETAALD,
                door=door,
                reden=gettext_noop("Betaalopdracht gegeven"),
            )
            betalingen.append(
                diensten.betaling_aanmaken(
                    dossier=steun, soort=BetalingSoort.BETALING, bedrag=steun.totaal, door=door
                )
            )
        if not betalingen:
            raise ValidationError(_("Er is geen aanvaarde steun om uit te betalen."))
        return diensten.betaalbatch_maken(
            door=door, uitvoeringsdatum=uitvoeringsdatum, alleen=[b.pk for b in betalingen]
        )
