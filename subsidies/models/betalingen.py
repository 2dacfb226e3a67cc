"""Payments (advance, balance, reclaim) with a Belgian structured reference, and final reports."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.getallen import bedrag_tekst
from subsidies.constants import BetalingSoort, BetalingStatus

BEDRAG = {"max_digits": 10, "decimal_places": 2}


class Betaalbatch(models.Model):
    """One SEPA credit-transfer file sent to the bank."""

    aangemaakt = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    uitvoeringsdatum = models.DateField(_("uitvoeringsdatum"))
    bestand = models.CharField(_("SEPA-bestand"), max_length=255, blank=True, editable=False)

    class Meta:
        verbose_name = _("betaalbestand")
        verbose_name_plural = _("betaalbestanden")
        ordering = ["-aangemaakt"]

    def __str__(self) -> str:
        if self.aangemaakt is None:
            return str(_("Betaalbestand"))
        # Stored in UTC; named as the case handler's clock says it (Europe/Brussels).
        return f"{_('Betaalbestand')} {timezone.localtime(self.aangemaakt):%d-%m-%Y %H:%M}"


class Betaling(models.Model):
    aanvraag = models.ForeignKey("subsidies.Aanvraag", on_delete=models.PROTECT, related_name="betalingen")
    soort = models.CharField(_("soort"), max_length=20, choices=BetalingSoort.choices)
    bedrag = models.DecimalField(_("bedrag (€)"), **BEDRAG)
    mededeling = models.CharField(_("gestructureerde mededeling"), max_length=21, unique=True)
    status = models.CharField(
        _("status"), max_length=20, choices=BetalingStatus.choices, default=BetalingStatus.TE_BETALEN
    )
    batch = models.ForeignKey(
        Betaalbatch, null=True, blank=True, on_delete=models.PROTECT, related_name="betalingen"
    )
    aangemaakt = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    betaald_op = models.DateField(_("betaald op"), null=True, blank=True)

    class Meta:
        verbose_name = _("betaling")
        verbose_name_plural = _("betalingen")
        ordering = ["-aangemaakt"]

    def __str__(self) -> str:
        return f"{self.get_soort_display()} {bedrag_tekst(self.bedrag)} ({self.mededeling})"


class Verantwoording(models.Model):
    """The final report: what happened, who was reached, what it really cost."""

    aanvraag = models.OneToOneField(
        "subsidies.Aanvraag", on_delete=models.CASCADE, related_name="verantwoording"
    )
    wat_gebeurde = models.TextField(_("wat is er gebeurd?"))
    deelnemers_bereikt = models.PositiveIntegerField(_("aantal deelnemers"))
    echte_kosten = models.DecimalField(_("echte kosten (€)"), **BEDRAG)
    echte_inkomsten = models.DecimalField(_("echte inkomsten (€)"), default=0, **BEDRAG)
    ingediend_op = models.DateTimeField(_("ingediend op"), auto_now_add=True)

    class Meta:
        verbose_name = _("verantwoording")
        verbose_name_plural = _("verantwoordingen")

    def __str__(self) -> str:
        return f"{_('Verantwoording')} {self.aanvraag}"
