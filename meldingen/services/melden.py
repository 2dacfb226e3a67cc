"""What a reporter does, with or without an account: report, add evidence and information, answer
the Meldpunt, give or withdraw consent. The reporter is known only by the receipt code: a random
token of the kernel's thread access (core.berichten.toegang_maken), of which only the hash is kept.
Nothing here stores an IP address or a browser."""

from dataclasses import replace

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from gelijkekansen.core import berichten
from gelijkekansen.core.audit import audit_registreren
from gelijkekansen.core.bijlagen import bijlage_toevoegen, bijlagen_van
from gelijkekansen.core.models import Kant
from gelijkekansen.core.models.audit import AuditActie
from gelijkekansen.core.uploads import GecontroleerdBestand
from meldingen import emails
from meldingen.constants import Instantie, Kanaal, MeldingStatus
from meldingen.models import Grond, Melding, Toestemming
from meldingen.services import statistiek

BEWIJS = "bewijs"  # the Bijlage.soort of a reporter's evidence
MAX_BEWIJSSTUKKEN = 10


def melding_indienen(
    *,
    gegevens: dict,
    gronden: list[Grond],
    toestemmingen: list[str],
    kanaal: str = Kanaal.WEB,
    door=None,
) -> tuple[Melding, str]:
    """Saves the report, its grounds and consents; returns it with its receipt code (shown once,
    mailed when an address was given). ``door``: a staff member registering a phone or desk report."""
    if not gronden:
        raise ValidationError({"gronden": _("Kies minstens één grond, of «Ik weet het niet».")})
    with transaction.atomic():
        melding = Melding(
            **gegevens,
            kanaal=kanaal,
            taal=(get_language() or settings.LANGUAGE_CODE)[:2],
            geregistreerd_door=door if getattr(door, "is_authenticated", False) else None,
        )
        melding.full_clean()
        melding.save()
        melding.gronden.set(gronden)
        Toestemming.objects.bulk_create(
            Toestemming(melding=melding, instantie=instantie) for instantie in sorted(set(toestemmingen))
        )
        code = berichten.toegang_maken(dossier=melding)
        statistiek.bijwerken(melding)
        if melding.email:
            emails.ontvangstbewijs(melding, code)
        if door is not None:
            audit_registreren(
                wie=door, wat=AuditActie.GEWIJZIGD, obj=melding, stap="geregistreerd", kanaal=kanaal
            )
    return melding, code


def melding_met_code(code: str) -> Melding | None:
    """The report this receipt code opens, or None (wrong, withdrawn or deleted: the same answer)."""
    draad = berichten.draad_met_token((code or "").strip())
    if draad is None or draad.content_type.model_class() is not Melding:
        return None
    return Melding.objects.filter(pk=draad.object_id).first()


def bewijs_toevoegen(*, melding: Melding, bestand: GecontroleerdBestand, door=None):
    """Evidence is encrypted on disk; its SHA-256 and time prove what was received and when."""
    if melding.status == MeldingStatus.AFGESLOTEN:
        raise ValidationError(
            _("Deze melding is afgesloten. Doe een nieuwe melding als er iets nieuws gebeurde.")
        )
    with transaction.atomic():
        Melding.objects.select_for_update().get(pk=melding.pk)
        if bijlagen_van(melding).filter(soort=BEWIJS).count() >= MAX_BEWIJSSTUKKEN:  # under the lock
            raise ValidationError(
                _(
                    "Je kunt hoogstens %(max)d bestanden toevoegen. Stuur meer via een bericht aan het Meldpunt."
                )
                % {"max": MAX_BEWIJSSTUKKEN}
            )
        aantal = bijlagen_van(melding).filter(soort=BEWIJS).count()
        # The reporter's own file name may say who or where ("baas_Jan_Peeters.jpg"): it is
        # replaced by a neutral one, as the file name is kept and logged unencrypted.
        neutraal = replace(bestand, originele_naam=f"bewijs-{aantal + 1}.{bestand.extensie}")
        return bijlage_toevoegen(
            dossier=melding, bestand=neutraal, door=door, soort=BEWIJS, versleutelen=True
        )


def bericht_van_melder(*, melding: Melding, tekst: str):
    """The reporter's answer or extra information: to the open question if there is one."""
    if melding.status == MeldingStatus.AFGESLOTEN:
        raise ValidationError(
            _("Deze melding is afgesloten. Doe een nieuwe melding als er iets nieuws gebeurde.")
        )
    if berichten.open_vraag(melding) is not None:
        return berichten.vraag_beantwoorden(dossier=melding, door=None, tekst=tekst)
    return berichten.bericht_sturen(dossier=melding, door=None, tekst=tekst, kant=Kant.BURGER)


def toestemming_wijzigen(*, melding: Melding, instantie: str, geven: bool, door=None) -> Toestemming:
    """Give or withdraw consent for one body. Withdrawing stops every later referral there; what
    was already passed on cannot be called back (the page says so)."""
    if instantie not in Instantie.values:
        raise ValidationError(_("Onbekende instantie."))
    with transaction.atomic():
        Melding.objects.select_for_update().get(pk=melding.pk)
        toestemming = Toestemming.objects.filter(melding=melding, instantie=instantie).first()
        if toestemming is None:
            toestemming = Toestemming(melding=melding, instantie=instantie, ingetrokken_op=timezone.now())
        if geven and not toestemming.geldig:
            toestemming.gegeven_op, toestemming.ingetrokken_op = timezone.now(), None
        elif not geven and toestemming.geldig:
            toestemming.ingetrokken_op = timezone.now()
        if toestemming.pk or geven:
            toestemming.save()
        # Who (the reporter: no account, no address), what and when; never the report's content.
        audit_registreren(
            wie=door, wat=AuditActie.GEWIJZIGD, obj=melding, toestemming=instantie, gegeven=geven
        )
    return toestemming
