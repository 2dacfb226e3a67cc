"""The jury's assessment: a conflict of interest is declared before the file opens."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from subsidies.constants import Advies


class Beoordeling(models.Model):
    aanvraag = models.ForeignKey("subsidies.Aanvraag", on_delete=models.CASCADE, related_name="beoordelingen")
    jurylid = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="beoordelingen"
    )
    belangenconflict = models.BooleanField(_("belangenconflict"))
    verklaard_op = models.DateTimeField(_("verklaard op"), auto_now_add=True)
    advies = models.CharField(_("advies"), max_length=10, choices=Advies.choices, blank=True)
    motivering = models.TextField(_("motivering"), blank=True)
    ingediend_op = models.DateTimeField(_("ingediend op"), null=True, blank=True)

    class Meta:
        verbose_name = _("beoordeling")
        verbose_name_plural = _("beoordelingen")
        constraints = [
            models.UniqueConstraint(fields=["aanvraag", "jurylid"], name="een_beoordeling_per_jurylid")
        ]

    def __str__(self) -> str:
        return f"{self.jurylid} – {self.aanvraag}"


class Score(models.Model):
    beoordeling = models.ForeignKey(Beoordeling, on_delete=models.CASCADE, related_name="scores")
    criterium = models.ForeignKey("subsidies.Criterium", on_delete=models.PROTECT, related_name="+")
    punten = models.PositiveSmallIntegerField(_("punten"))
    toelichting = models.TextField(_("toelichting"), blank=True)

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = [
            models.UniqueConstraint(fields=["beoordeling", "criterium"], name="een_score_per_criterium")
        ]

    def __str__(self) -> str:
        return f"{self.criterium}: {self.punten}"
