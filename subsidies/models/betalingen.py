"""The final report. The payments themselves are the kernel's (``core.Betaling``), linked to the
application like its attachments."""

from django.db import models
from django.utils.translation import gettext_lazy as _

BEDRAG = {"max_digits": 10, "decimal_places": 2}


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
