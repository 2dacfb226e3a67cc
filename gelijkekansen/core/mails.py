"""Use-cases of the outbox: send one mail (claimed, so two workers never send it twice), give up
visibly after the last try, try again on a staff member's request, and the beat's catch-up."""

import logging

from django.db import transaction
from django.utils import timezone

from gelijkekansen.core import emails
from gelijkekansen.core.models import UitgaandeMail

logger = logging.getLogger(__name__)
Status = UitgaandeMail.Status


def mail_versturen(*, mail_id, laatste_poging: bool) -> None:
    """Send a waiting mail. On an SMTP error: the error is recorded and raised again for a retry,
    or, on the last try, the mail is marked failed (visible in the back office, with a retry)."""
    fout = None
    with transaction.atomic():
        mail = (
            UitgaandeMail.objects.select_for_update(skip_locked=True)
            .filter(pk=mail_id, status=Status.WACHTEND)
            .first()
        )
        if mail is None:
            return  # already sent, given up, or being sent by another worker right now
        mail.pogingen += 1
        try:
            emails.versturen(mail)
        except Exception as exc:
            fout = exc
            _mislukt(mail, exc, definitief=laatste_poging)
        else:
            _verstuurd(mail)
    if fout is not None and not laatste_poging:
        raise fout


def _mislukt(mail: UitgaandeMail, exc: Exception, *, definitief: bool) -> None:
    mail.fout = f"{type(exc).__name__}: {exc}"[:2000]
    if definitief:
        mail.status = Status.MISLUKT
        logger.error("E-mail %s definitief mislukt na %s pogingen: %s", mail.pk, mail.pogingen, exc)
    mail.save(update_fields=["pogingen", "fout", "status", "bijgewerkt"])


def _verstuurd(mail: UitgaandeMail) -> None:
    # The body may hold a login or reset link: once sent, only subject and address stay as record.
    mail.status, mail.verstuurd_op, mail.fout, mail.tekst, mail.html = (
        Status.VERSTUURD,
        timezone.now(),
        "",
        "",
        "",
    )
    mail.save()


def mails_opnieuw_versturen(*, mails) -> int:
    """Staff retry failed mails: back to waiting, queued after the commit."""
    ids = list(
        UitgaandeMail.objects.filter(pk__in=[m.pk for m in mails], status=Status.MISLUKT).values_list(
            "pk", flat=True
        )
    )
    UitgaandeMail.objects.filter(pk__in=ids).update(
        status=Status.WACHTEND, pogingen=0, bijgewerkt=timezone.now()
    )
    for mail_id in ids:
        transaction.on_commit(lambda mail_id=mail_id: emails.inplannen(mail_id))
    return len(ids)


def wachtende_mails_inplannen(*, ouder_dan) -> int:
    """The beat's catch-up: mails still waiting long after they were written (the broker was down
    when they were queued, or a worker died) are queued again."""
    ids = list(
        UitgaandeMail.objects.filter(status=Status.WACHTEND, bijgewerkt__lt=ouder_dan).values_list(
            "pk", flat=True
        )
    )
    for mail_id in ids:
        emails.inplannen(mail_id)
    return len(ids)
