"""Official letters (receipts, decisions) archived as the PDF the citizen got, at the moment it was
made. Re-rendering from live data would change an old letter when a regulation or an amount is
edited later; the stored file is the evidence. See ``core/brieven.py``."""

import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OnveranderlijkeBrief(Exception):
    """An archived letter is never changed: make a new one instead."""


class BriefQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise OnveranderlijkeBrief("Een gearchiveerde brief wordt nooit gewijzigd.")

    def voor(self, dossier: models.Model) -> "BriefQuerySet":
        return self.filter(content_type=ContentType.objects.get_for_model(dossier), object_id=str(dossier.pk))


class Brief(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    content_type = models.ForeignKey(ContentType, verbose_name=_("soort dossier"), on_delete=models.PROTECT)
    object_id = models.CharField(_("dossier-id"), max_length=64)
    dossier = GenericForeignKey("content_type", "object_id")
    # What the app calls this letter (e.g. "ontvangstbewijs", "beslissing"): one per dossier.
    soort = models.CharField(_("soort"), max_length=40)
    taal = models.CharField(_("taal"), max_length=5, choices=settings.LANGUAGES)
    referentie = models.CharField(_("referentie"), max_length=64)
    bestand = models.CharField(_("bestand in opslag"), max_length=255)
    naam = models.CharField(_("downloadnaam"), max_length=150)
    sha256 = models.CharField("SHA-256", max_length=64)
    grootte = models.PositiveIntegerField(_("grootte (bytes)"))
    gemaakt_op = models.DateTimeField(_("gemaakt op"), default=timezone.now, db_index=True)
    gemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gemaakt door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Letters of files decided before letters were archived are made once, on first download, from
    # the data of that moment: the archive says so instead of pretending otherwise.
    achteraf = models.BooleanField(_("achteraf gemaakt"), default=False)

    objects = BriefQuerySet.as_manager()

    class Meta:
        verbose_name = _("brief")
        verbose_name_plural = _("brieven")
        ordering = ["-gemaakt_op"]
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id", "soort"], name="een_brief_per_soort")
        ]

    def __str__(self) -> str:
        return f"{self.soort} {self.referentie}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise OnveranderlijkeBrief("Een gearchiveerde brief wordt nooit gewijzigd.")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)
