"""The send-log of reminders: one row per reminder sent, unique per (soort, object, ontvanger).

Inserting the row IS the claim: two workers (or a retried task) that both find the same reminder
to send race on the unique constraint, and only the one whose insert succeeds sends. Domain models
carry no ``*_herinnerd_op`` columns. See ``core/herinneringen.py``."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Herinnering(models.Model):
    soort = models.CharField(_("soort"), max_length=100)
    content_type = models.ForeignKey(ContentType, verbose_name=_("soort object"), on_delete=models.PROTECT)
    object_id = models.CharField(_("object-id"), max_length=64)
    object = GenericForeignKey("content_type", "object_id")
    ontvanger = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("ontvanger"), on_delete=models.CASCADE, related_name="+"
    )
    verstuurd_op = models.DateTimeField(_("verstuurd op"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("herinnering")
        verbose_name_plural = _("herinneringen")
        ordering = ["-verstuurd_op"]
        constraints = [
            models.UniqueConstraint(
                fields=["soort", "content_type", "object_id", "ontvanger"], name="herinnering_een_keer"
            )
        ]

    def __str__(self) -> str:
        return f"{self.soort} → {self.ontvanger}"
