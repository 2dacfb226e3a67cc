"""The Meldpunt's retention rules, applied each night by the kernel (core/bewaren.py) and shown
without changing anything by ``manage.py bewaartermijnen --dry-run``.

- Contact details (name, e-mail, phone) of a report closed ``MELDINGEN_CONTACT_MAANDEN`` months
  ago are wiped: the report stays for the figures and a reopening (the receipt code still opens
  it), but nobody can reach or name the person any more.
- A report closed ``MELDINGEN_BEWAREN_JAAR`` years ago is deleted with its evidence files, its
  thread, referrals and after-care. Its row in the figures (models/statistiek.py) stays, without
  content, and the kernel writes a tombstone (type, id, status, dates).
- Orphaned evidence files under ``meldingen/<jaar>/`` are removed after the grace period.
- The outbox's rows of the Meldpunt's mails (``meldingen-*``) — the reporter's address — go
  ``MAILS_DAGEN`` days after they were sent or failed for good; their bodies were already emptied.

A report reopened or changed in the meantime is left alone: each action re-checks under the lock.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core import bewaren
from gelijkekansen.core.bewaren import Vervallen, bewaarregel, maanden_terug
from gelijkekansen.core.models import BewaarActie
from meldingen.constants import MeldingStatus as S
from meldingen.models import Melding

DATUMS = ("ontvangen_op", "afgesloten_op")
MAILS_DAGEN = 30


@bewaarregel(
    "meldingen-contact",
    actie=BewaarActie.GEANONIMISEERD,
    omschrijving=_("Contactgegevens van meldingen die sinds de termijn afgesloten zijn."),
)
def contactgegevens(nu):
    grens = maanden_terug(nu, settings.MELDINGEN_CONTACT_MAANDEN)
    for melding in _afgesloten_voor(grens).filter(contact_gewist_op__isnull=True):
        yield Vervallen.van(melding, uitvoeren=_contact_wissen(melding.pk, grens), datums=DATUMS)


@bewaarregel(
    "meldingen-verwijderen",
    actie=BewaarActie.VERWIJDERD,
    omschrijving=_("Meldingen die sinds de bewaartermijn afgesloten zijn, met bewijsstukken en berichten."),
)
def verlopen_meldingen(nu):
    grens = maanden_terug(nu, 12 * settings.MELDINGEN_BEWAREN_JAAR)
    for melding in _afgesloten_voor(grens):
        yield Vervallen.van(melding, uitvoeren=_verwijderen(melding.pk, grens), datums=DATUMS)


@bewaarregel(
    "meldingen-weesbestanden",
    actie=BewaarActie.VERWIJDERD,
    omschrijving=_("Bewijsstukken in de opslag zonder hun rij, na de wachttijd."),
)
def weesbestanden(nu):
    return bewaren.weesbestanden(["meldingen"], nu=nu)


@bewaarregel(
    "meldingen-mails",
    actie=BewaarActie.VERWIJDERD,
    omschrijving=_("Verstuurde of mislukte e-mails aan melders (met hun adres), na 30 dagen."),
)
def oude_mails(nu):
    from datetime import timedelta

    from gelijkekansen.core.models import UitgaandeMail

    grens = nu - timedelta(days=MAILS_DAGEN)
    klaar = (UitgaandeMail.Status.VERSTUURD, UitgaandeMail.Status.MISLUKT)
    for mail in UitgaandeMail.objects.filter(
        sjabloon__startswith="meldingen-", status__in=klaar, bijgewerkt__lt=grens
    ):
        yield Vervallen.van(
            mail, uitvoeren=_mail_verwijderen(mail.pk, grens), datums=("aangemaakt", "bijgewerkt")
        )


def _mail_verwijderen(pk, grens):
    def uitvoeren() -> bool:
        from gelijkekansen.core.models import UitgaandeMail

        return (
            UitgaandeMail.objects.filter(pk=pk, bijgewerkt__lt=grens)
            .exclude(status=UitgaandeMail.Status.WACHTEND)
            .delete()[0]
            > 0
        )

    return uitvoeren


def _afgesloten_voor(grens):
    return (
        Melding.objects.filter(status=S.AFGESLOTEN, afgesloten_op__lt=grens)
        .only("pk", "status", *DATUMS)
        .order_by("afgesloten_op")
    )


def _nog_vervallen(pk, grens) -> Melding | None:
    return (
        Melding.objects.select_for_update()
        .filter(pk=pk, status=S.AFGESLOTEN, afgesloten_op__lt=grens)
        .first()
    )


def _contact_wissen(pk, grens):
    def uitvoeren() -> bool:
        from django.utils import timezone

        melding = _nog_vervallen(pk, grens)
        if melding is None or melding.contact_gewist_op:
            return False
        melding.naam = melding.email = melding.telefoon = ""
        melding.contact_gewist_op = timezone.now()
        melding.save(update_fields=["naam", "email", "telefoon", "contact_gewist_op"])
        return True

    return uitvoeren


def _verwijderen(pk, grens):
    def uitvoeren() -> bool:
        melding = _nog_vervallen(pk, grens)
        if melding is None:
            return False
        bewaren.dossier_opruimen(melding)
        melding.delete()  # referrals, after-care and consents cascade; the figures' row stays
        return True

    return uitvoeren
