"""Every e-mail the portal sends is first a row here, then a Celery task sends it.

The request that causes a mail never waits for SMTP and never fails because of it: the row is
written with the data change, the task is queued after the commit and retries with backoff. A
mail that still fails after the last try is visible as *mislukt* in the back office, with the
error and a retry action. Once sent, the body is emptied: it may hold a login or reset link.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.versleuteling import VersleuteldeTekst


class MailStatus(models.TextChoices):
    WACHTEND = "wachtend", _("Wacht op verzending")
    VERSTUURD = "verstuurd", _("Verstuurd")
    MISLUKT = "mislukt", _("Mislukt")


class UitgaandeMail(models.Model):
    Status = MailStatus

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    sjabloon = models.CharField(_("soort bericht"), max_length=100)
    aan = models.EmailField(_("aan"))
    ontvanger = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ontvanger"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    onderwerp = models.CharField(_("onderwerp"), max_length=300)
    # Encrypted until sent (then emptied): a mail may carry a login link or a receipt code.
    tekst = VersleuteldeTekst(_("tekst"), blank=True)
    html = VersleuteldeTekst(_("html"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=MailStatus.choices, default=MailStatus.WACHTEND
    )
    pogingen = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    fout = models.TextField(_("laatste fout"), blank=True)
    aangemaakt = models.DateTimeField(_("aangemaakt"), auto_now_add=True, db_index=True)
    bijgewerkt = models.DateTimeField(_("bijgewerkt"), auto_now=True)
    verstuurd_op = models.DateTimeField(_("verstuurd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("uitgaande e-mail")
        verbose_name_plural = _("uitgaande e-mails")
        ordering = ["-aangemaakt"]
        indexes = [models.Index(fields=["status", "bijgewerkt"])]

    def __str__(self) -> str:
        return f"{self.onderwerp} → {self.aan}"
