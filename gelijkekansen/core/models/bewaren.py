"""Tombstones: what the retention rules removed or anonymised, and when — never the content.

One row per object (or orphaned file) a rule handled: its type, id, state and dates, the rule, the
action and the night's batch. Enough to answer "where did file X go?" and to count, nothing that
the retention term was meant to erase. See ``core/bewaren.py``."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class BewaarActie(models.TextChoices):
    VERWIJDERD = "verwijderd", _("Verwijderd")
    GEANONIMISEERD = "geanonimiseerd", _("Geanonimiseerd")


class Grafsteen(models.Model):
    regel = models.CharField(_("bewaarregel"), max_length=100)
    actie = models.CharField(_("actie"), max_length=20, choices=BewaarActie.choices)
    # The model as "app_label.model", or "bestand" for an orphaned file.
    objecttype = models.CharField(_("soort object"), max_length=100)
    object_id = models.CharField(_("object-id"), max_length=255)
    status = models.CharField(_("status op het moment zelf"), max_length=40, blank=True)
    datums = models.JSONField(_("datums"), default=dict, blank=True)
    batch = models.UUIDField(_("batch"), db_index=True)
    uitgevoerd_op = models.DateTimeField(_("uitgevoerd op"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("grafsteen")
        verbose_name_plural = _("grafstenen")
        ordering = ["-uitgevoerd_op", "-pk"]
        constraints = [
            # The insert is the claim: two runs (or two workers) never handle one object twice.
            models.UniqueConstraint(
                fields=["regel", "objecttype", "object_id"], name="een_grafsteen_per_object"
            )
        ]

    def __str__(self) -> str:
        return f"{self.objecttype} {self.object_id} ({self.get_actie_display()})"
