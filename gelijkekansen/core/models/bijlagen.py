"""One attachment model for every dossier of every app: a checked upload (core.uploads) in private
storage, with its SHA-256, time and uploader as evidence. Served only through the app's own view,
which authorises first and then calls ``core.bijlagen.bijlage_antwoord`` (audited)."""

import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Bijlage(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    content_type = models.ForeignKey(ContentType, verbose_name=_("soort dossier"), on_delete=models.PROTECT)
    object_id = models.CharField(_("dossier-id"), max_length=64)
    dossier = GenericForeignKey("content_type", "object_id")
    # What the app calls this file (e.g. "verantwoording": proof with the final report); the app
    # gives the label and decides who sees which kind.
    soort = models.CharField(_("soort"), max_length=40, blank=True)
    bestand = models.CharField(_("bestand in opslag"), max_length=255, editable=False)
    naam = models.CharField(_("naam"), max_length=150)
    mime = models.CharField(max_length=100, editable=False)
    sha256 = models.CharField("SHA-256", max_length=64, editable=False)
    grootte = models.PositiveIntegerField(_("grootte (bytes)"))
    toegevoegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("toegevoegd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    toegevoegd_op = models.DateTimeField(_("toegevoegd op"), default=timezone.now, editable=False)
    # The file on disk is encrypted (core.versleuteling): evidence of a discrimination report.
    # The SHA-256 is that of the file as uploaded, so it still proves what was received.
    versleuteld = models.BooleanField(_("versleuteld opgeslagen"), default=False, editable=False)

    class Meta:
        verbose_name = _("bijlage")
        verbose_name_plural = _("bijlagen")
        ordering = ["toegevoegd_op", "id"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return self.naam

    @property
    def te_bekijken(self) -> bool:
        """Opens in the browser (``?bekijken=1``) rather than only as a download."""
        from gelijkekansen.core.uploads.opslag import IN_BROWSER_TE_BEKIJKEN

        return self.mime in IN_BROWSER_TE_BEKIJKEN
