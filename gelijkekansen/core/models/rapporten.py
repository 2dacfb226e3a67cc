"""A generated file (PDF, CSV, …) made by a Celery task, with visible progress and errors.

Requests are idempotent: the same kind with the same parameters gives the same Rapport, so a
double click or two staff members asking for the same figures never start two tasks.
"""

import hashlib
import json
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def _private_storage():
    return storages["private"]


def parameters_sleutel(parameters: dict) -> str:
    canoniek = json.dumps(parameters, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canoniek.encode()).hexdigest()


class RapportStatus(models.TextChoices):
    WACHTEND = "wachtend", _("Wachtend")
    BEZIG = "bezig", _("Bezig")
    KLAAR = "klaar", _("Klaar")
    MISLUKT = "mislukt", _("Mislukt")


class RapportQuerySet(models.QuerySet):
    def vastgelopen(self) -> "RapportQuerySet":
        """BEZIG without a sign of life for longer than the time-out: its worker was killed."""
        grens = timezone.now() - timedelta(minutes=settings.RAPPORT_TIMEOUT_MINUTEN)
        return self.filter(status=RapportStatus.BEZIG, bijgewerkt__lt=grens)


class Rapport(models.Model):
    Status = RapportStatus
    TRANSITIONS = {
        RapportStatus.WACHTEND: {RapportStatus.BEZIG, RapportStatus.MISLUKT},
        RapportStatus.BEZIG: {RapportStatus.KLAAR, RapportStatus.MISLUKT, RapportStatus.WACHTEND},
        RapportStatus.MISLUKT: {RapportStatus.WACHTEND},
        RapportStatus.KLAAR: set(),
    }

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    soort = models.CharField(_("soort"), max_length=50)
    parameters = models.JSONField(_("parameters"), default=dict, blank=True)
    sleutel = models.CharField(max_length=64, editable=False)
    status = models.CharField(
        _("status"), max_length=20, choices=RapportStatus.choices, default=RapportStatus.WACHTEND
    )
    voortgang = models.PositiveSmallIntegerField(_("voortgang (%)"), default=0)
    bestand = models.FileField(_("bestand"), storage=_private_storage, upload_to="rapporten/%Y/", blank=True)
    fout = models.TextField(_("fout"), blank=True)
    aangevraagd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("aangevraagd door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="rapporten",
    )
    task_id = models.CharField(_("taak-id"), max_length=50, blank=True)
    aangemaakt = models.DateTimeField(_("aangevraagd op"), auto_now_add=True)
    bijgewerkt = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    objects = RapportQuerySet.as_manager()

    class Meta:
        verbose_name = _("rapport")
        verbose_name_plural = _("rapporten")
        ordering = ["-aangemaakt"]
        constraints = [
            models.UniqueConstraint(fields=["soort", "sleutel"], name="rapport_uniek_per_parameters")
        ]

    def __str__(self) -> str:
        from gelijkekansen.core.rapporten import soort_titel

        return f"{soort_titel(self.soort)} ({self.aangemaakt:%d-%m-%Y})" if self.aangemaakt else self.soort

    def save(self, *args, **kwargs) -> None:
        self.sleutel = parameters_sleutel(self.parameters)
        super().save(*args, **kwargs)

    @property
    def is_vastgelopen(self) -> bool:
        grens = timezone.now() - timedelta(minutes=settings.RAPPORT_TIMEOUT_MINUTEN)
        return self.status == RapportStatus.BEZIG and self.bijgewerkt is not None and self.bijgewerkt < grens

    @property
    def is_bezig(self) -> bool:
        return self.status in (RapportStatus.WACHTEND, RapportStatus.BEZIG)
