"""What the Meldpunt does with a report: referrals (only with consent), after-care steps, and
the standard replies staff start a message from."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.versleuteling import VersleuteldeTekst
from meldingen.constants import Instantie, StapStatus, Uitkomst


class Doorverwijzing(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    melding = models.ForeignKey(
        "meldingen.Melding", on_delete=models.CASCADE, related_name="doorverwijzingen"
    )
    instantie = models.CharField(_("instantie"), max_length=20, choices=Instantie.choices)
    verstuurd_op = models.DateField(_("doorgestuurd op"), default=timezone.localdate)
    gedeeld = VersleuteldeTekst(_("wat werd gedeeld"))
    uitkomst = models.CharField(
        _("uitkomst"), max_length=20, choices=Uitkomst.choices, default=Uitkomst.LOPEND
    )
    uitkomst_op = models.DateField(_("uitkomst gekend op"), null=True, blank=True)
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("doorverwijzing")
        verbose_name_plural = _("doorverwijzingen")
        ordering = ["verstuurd_op", "id"]

    def __str__(self) -> str:
        return f"{self.melding.nummer} → {self.get_instantie_display()}"


class Nazorgstap(models.Model):
    """One agreed step of after-care, or a check-in: what, when, and how it went."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    melding = models.ForeignKey("meldingen.Melding", on_delete=models.CASCADE, related_name="nazorgstappen")
    omschrijving = VersleuteldeTekst(_("afspraak"))
    gepland_op = models.DateField(_("gepland op"))
    status = models.CharField(
        _("status"), max_length=10, choices=StapStatus.choices, default=StapStatus.GEPLAND
    )
    verslag = VersleuteldeTekst(_("verslag"), blank=True)
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("nazorgstap")
        verbose_name_plural = _("nazorgstappen")
        ordering = ["gepland_op", "id"]

    def __str__(self) -> str:
        return f"{self.melding.nummer}: {self.gepland_op:%d-%m-%Y}"


class Antwoordsjabloon(models.Model):
    """A standard reply staff start a message from (they adapt it before sending)."""

    titel = models.CharField(_("titel"), max_length=100, unique=True)
    tekst = models.TextField(_("tekst"), max_length=4000)
    actief = models.BooleanField(_("actief"), default=True)

    class Meta:
        verbose_name = _("antwoordsjabloon")
        verbose_name_plural = _("antwoordsjablonen")
        ordering = ["titel"]

    def __str__(self) -> str:
        return self.titel
