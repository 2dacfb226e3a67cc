"""A responsible service writes what happened on its action; the toegankelijkheid team approves
it, and only then do the action's status, progress and timeline change on the public pages."""

from datetime import date, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import mag_rol
from gelijkekansen.core.validators import heeft_inhoud
from gelijkekansen.core.workflow import transition, velden_wijzigen
from toegankelijkheid import emails
from toegankelijkheid.constants import PlanStatus, UpdateStatus
from toegankelijkheid.models import Actie, Voortgangsupdate
from toegankelijkheid.models.plannen import status_en_voortgang_fout


def mag_bijwerken(user, actie: Actie) -> bool:
    """A confirmed member of the action's service, or the toegankelijkheid team."""
    return (
        mag_rol(user, Rol.TOEGANKELIJKHEID) or Actie.objects.van_dienst_van(user).filter(pk=actie.pk).exists()
    )


def update_indienen(
    *, actie: Actie, door, datum: date, tekst: str, actie_status: str, voortgang: int
) -> Voortgangsupdate:
    if not mag_bijwerken(door, actie):
        raise PermissionDenied
    if actie.actieplan.status != PlanStatus.GEPUBLICEERD:
        raise ValidationError(_("Dit plan loopt niet (meer): je kunt de acties ervan niet bijwerken."))
    if not heeft_inhoud(tekst):
        raise ValidationError({"tekst": _("Schrijf wat er gebeurd is.")})
    _datum_controleren(actie, datum)
    _past_bij_actie(actie, actie_status, voortgang)
    dezelfde = actie.updates.filter(
        status=UpdateStatus.INGEDIEND,
        datum=datum,
        tekst=tekst.strip(),
        actie_status=actie_status,
        voortgang=voortgang,
    ).first()
    if dezelfde:  # the same form sent twice (a double click, a reload): one update
        return dezelfde
    update = Voortgangsupdate(
        actie=actie,
        datum=datum,
        tekst=tekst.strip(),
        actie_status=actie_status,
        voortgang=voortgang,
        ingediend_door=door,
    )
    update.full_clean()
    update.save()
    return update


def update_goedkeuren(*, update: Voortgangsupdate, door) -> Voortgangsupdate:
    """The update becomes public, and the action takes its status and progress (if the update is
    the newest one: an older update approved late does not turn the action back)."""
    with transaction.atomic():
        actie = Actie.objects.select_for_update().select_related("actieplan").get(pk=update.actie_id)
        if actie.actieplan.status != PlanStatus.GEPUBLICEERD:
            raise ValidationError(
                _("Dit plan is afgesloten: de acties veranderen niet meer. Wijs de update af.")
            )
        transition(update, van=UpdateStatus.INGEDIEND, to=UpdateStatus.GOEDGEKEURD, door=door)
        nieuwer = actie.updates.goedgekeurd().filter(datum__gt=update.datum).exists()
        if not nieuwer:
            _actie_bijwerken(actie, update, door)
    return update


def update_afwijzen(*, update: Voortgangsupdate, door, reden: str) -> Voortgangsupdate:
    if not heeft_inhoud(reden):
        raise ValidationError({"reden": _("Schrijf waarom: de dienst leest het in haar e-mail.")})
    transition(
        update,
        van=UpdateStatus.INGEDIEND,
        to=UpdateStatus.AFGEWEZEN,
        door=door,
        reden=reden,
        velden={"reden": reden.strip()},
        na_commit=[lambda: emails.update_afgewezen(update)],
    )
    return update


def _datum_controleren(actie: Actie, datum: date) -> None:
    """Today or earlier, and not long before the plan: a year before its start or its publication
    (a plan can be published ahead), so a typo like 0001-01-01 never reaches the timeline."""
    if datum > timezone.localdate():
        fout = _("Een update gaat over wat al gebeurd is: kies vandaag of een dag ervoor.")
        raise ValidationError({"datum": fout})
    plan = actie.actieplan
    vroegst = min(plan.begin, timezone.localdate(plan.gepubliceerd_op or timezone.now())) - timedelta(
        days=365
    )
    if datum < vroegst:
        fout = _("Kies een datum vanaf %(vroegst)s.") % {"vroegst": date_format(vroegst)}
        raise ValidationError({"datum": fout})


def _past_bij_actie(actie: Actie, actie_status: str, voortgang: int) -> None:
    if fout := status_en_voortgang_fout(actie_status, voortgang):
        raise ValidationError({"voortgang": fout})
    if actie_status != actie.status and actie_status not in Actie.TRANSITIONS.get(actie.status, set()):
        raise ValidationError(
            {
                "actie_status": _("Een actie met status «%(nu)s» kan niet naar «%(naar)s».")
                % {"nu": actie.get_status_display(), "naar": Actie(status=actie_status).get_status_display()}
            }
        )


def _actie_bijwerken(actie: Actie, update: Voortgangsupdate, door) -> None:
    _past_bij_actie(actie, update.actie_status, update.voortgang)  # another update may have moved it
    velden = {"voortgang": update.voortgang, "bijgewerkt_op": update.datum}
    if update.actie_status == actie.status:
        velden_wijzigen(actie, velden=velden, door=door, reden=gettext_noop("Voortgangsupdate goedgekeurd"))
    else:
        transition(
            actie,
            van=actie.status,
            to=update.actie_status,
            door=door,
            reden=update.tekst[:200],
            velden=velden,
        )
