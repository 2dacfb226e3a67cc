"""What the Meldpunt does with a report (role meldpunt, checked by the pages). Every status step
goes through core.workflow.transition (who, when, why in the history); every change of a field
that matters is audited; the figures follow in the same transaction."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gelijkekansen.core import berichten
from gelijkekansen.core.audit import audit_registreren
from gelijkekansen.core.models.audit import AuditActie
from gelijkekansen.core.validators import heeft_inhoud
from gelijkekansen.core.workflow import transition, velden_wijzigen, vergrendelen
from meldingen.constants import Instantie, StapStatus, Uitkomst
from meldingen.constants import MeldingStatus as S
from meldingen.models import Doorverwijzing, Melding, Nazorgstap, Toestemming
from meldingen.services import statistiek
from meldingen.workflow import OPEN, VERWIJSBAAR


def _stap(melding: Melding, *, van, naar: str, door, reden: str = "", velden: dict | None = None) -> Melding:
    with transaction.atomic():
        melding = transition(melding, van=van, to=naar, door=door, reden=reden, velden=velden)
        statistiek.bijwerken(melding)
    return melding


def in_behandeling_nemen(*, melding: Melding, door) -> Melding:
    return _stap(melding, van=S.NIEUW, naar=S.IN_BEHANDELING, door=door)


def opgevolgd(*, melding: Melding, door, reden: str = "") -> Melding:
    return _stap(
        melding, van={S.IN_BEHANDELING, S.DOORVERWEZEN, S.HEROPEND}, naar=S.OPGEVOLGD, door=door, reden=reden
    )


def afsluiten(*, melding: Melding, door, reden: str) -> Melding:
    """The retention clock starts here: contact details go after MELDINGEN_CONTACT_MAANDEN."""
    if not heeft_inhoud(reden):
        raise ValidationError(_("Schrijf kort waarom je de melding afsluit."))
    return _stap(
        melding,
        van=set(S) - {S.AFGESLOTEN},
        naar=S.AFGESLOTEN,
        door=door,
        reden=reden,
        velden={"afgesloten_op": timezone.now()},
    )


def heropenen(*, melding: Melding, door, reden: str) -> Melding:
    if not heeft_inhoud(reden):
        raise ValidationError(_("Schrijf kort waarom je de melding heropent."))
    if melding.contact_gewist_op:
        reden = f"{reden} ({_('contactgegevens waren al gewist')})"
    return _stap(
        melding, van=S.AFGESLOTEN, naar=S.HEROPEND, door=door, reden=reden, velden={"afgesloten_op": None}
    )


def kenmerken_wijzigen(*, melding: Melding, door, is_dossier: bool, vijfhoek: bool) -> Melding:
    """Melding or dossier, and the hate crime flag for the Vijfhoeksoverleg (police, prosecutor,
    Unia, city, çavaria): only while the report is open, audited."""
    with transaction.atomic():
        melding = velden_wijzigen(
            melding, velden={"is_dossier": is_dossier, "vijfhoek": vijfhoek}, door=door, toegestaan_in=OPEN
        )
        statistiek.bijwerken(melding)
    return melding


def doorverwijzen(*, melding: Melding, instantie: str, gedeeld: str, door) -> Doorverwijzing:
    """Only with the reporter's consent for exactly this body, checked under the lock of the
    report: a consent withdrawn a second ago stops the referral."""
    if instantie not in Instantie.values:
        raise ValidationError({"instantie": _("Kies een instantie.")})
    if not heeft_inhoud(gedeeld):
        raise ValidationError(
            {"gedeeld": _("Schrijf op wat je doorgaf (bijvoorbeeld: het verhaal en de screenshots).")}
        )
    with transaction.atomic():
        vergrendeld = vergrendelen(melding, van=VERWIJSBAAR)
        toestemming = Toestemming.objects.filter(
            melding=melding, instantie=instantie, ingetrokken_op__isnull=True
        ).first()
        if toestemming is None:
            raise ValidationError(
                {
                    "instantie": _(
                        "De melder gaf geen toestemming om door te sturen naar %(instantie)s. "
                        "Vraag het eerst in een bericht."
                    )
                    % {"instantie": Instantie(instantie).label}
                }
            )
        verwijzing = Doorverwijzing.objects.create(
            melding=melding, instantie=instantie, gedeeld=gedeeld, door=door
        )
        if vergrendeld.status != S.DOORVERWEZEN:
            melding = transition(
                melding,
                van=vergrendeld.status,
                to=S.DOORVERWEZEN,
                door=door,
                reden=Instantie(instantie).label,
            )
        audit_registreren(wie=door, wat=AuditActie.DOORGESTUURD, obj=melding, instantie=instantie)
        berichten.bericht_sturen(
            dossier=melding,
            door=door,
            tekst=_("We gaven je melding door aan %(instantie)s, zoals je toeliet.")
            % {"instantie": Instantie(instantie).label},
        )
        statistiek.bijwerken(melding)
    return verwijzing


def uitkomst_registreren(*, verwijzing: Doorverwijzing, uitkomst: str, door) -> Doorverwijzing:
    if uitkomst not in Uitkomst.values:
        raise ValidationError({"uitkomst": _("Kies een uitkomst.")})
    with transaction.atomic():
        verwijzing = Doorverwijzing.objects.select_for_update().get(pk=verwijzing.pk)
        verwijzing.uitkomst = uitkomst
        verwijzing.uitkomst_op = None if uitkomst == Uitkomst.LOPEND else timezone.localdate()
        verwijzing.save(update_fields=["uitkomst", "uitkomst_op"])
        audit_registreren(wie=door, wat=AuditActie.GEWIJZIGD, obj=verwijzing.melding, uitkomst=uitkomst)
        statistiek.bijwerken(verwijzing.melding)
    return verwijzing


def nazorg_plannen(*, melding: Melding, omschrijving: str, gepland_op, door) -> Nazorgstap:
    if not heeft_inhoud(omschrijving):
        raise ValidationError({"omschrijving": _("Schrijf wat je afsprak.")})
    with transaction.atomic():
        vergrendelen(melding, van=OPEN)
        return Nazorgstap.objects.create(
            melding=melding, omschrijving=omschrijving, gepland_op=gepland_op, door=door
        )


def nazorg_afronden(*, stap: Nazorgstap, status: str, verslag: str, door) -> Nazorgstap:
    if status not in (StapStatus.GEDAAN, StapStatus.GESCHRAPT):
        raise ValidationError({"status": _("Kies of de stap gedaan is of niet doorging.")})
    with transaction.atomic():
        stap = Nazorgstap.objects.select_for_update().get(pk=stap.pk)
        if stap.status != StapStatus.GEPLAND:
            raise ValidationError(_("Deze stap is al afgerond."))
        stap.status, stap.verslag, stap.door = status, verslag, door
        stap.save(update_fields=["status", "verslag", "door"])
    return stap
