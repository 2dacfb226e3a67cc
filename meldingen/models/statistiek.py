"""The figures of a report, kept apart from it: no story, no contact, no date finer than the
month. The monitoring reads only these rows, and they outlive the report: when the retention
period deletes a report (meldingen/bewaren.py) its row loses the link and stays, so the trend
over the years survives the deletion of the reports behind it. Written by
``services.statistiek.bijwerken`` after every change that matters to the figures."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from meldingen.constants import Instantie, Kanaal, Levensdomein, MeldingStatus, Rol, Soort, Uitkomst, Wens


class Statistiek(models.Model):
    melding = models.OneToOneField(
        "meldingen.Melding", null=True, blank=True, on_delete=models.SET_NULL, related_name="statistiek"
    )
    jaar = models.PositiveSmallIntegerField(_("jaar"))
    maand = models.PositiveSmallIntegerField(_("maand"))
    soort = models.CharField(_("soort"), max_length=30, choices=Soort.choices)
    levensdomein = models.CharField(_("levensdomein"), max_length=30, choices=Levensdomein.choices)
    kanaal = models.CharField(_("kanaal"), max_length=10, choices=Kanaal.choices)
    rol = models.CharField(_("rol"), max_length=20, choices=Rol.choices)
    wens = models.CharField(_("wens"), max_length=20, choices=Wens.choices)
    status = models.CharField(_("status"), max_length=20, choices=MeldingStatus.choices)
    wijk = models.ForeignKey("core.Wijk", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    gronden = models.ManyToManyField("meldingen.Grond", related_name="statistieken")
    is_dossier = models.BooleanField(_("dossier"), default=False)
    vijfhoek = models.BooleanField(_("Vijfhoeksoverleg"), default=False)

    class Meta:
        verbose_name = _("statistiek van een melding")
        verbose_name_plural = _("statistieken van meldingen")
        indexes = [models.Index(fields=["jaar", "maand"], name="meldingstatistiek_periode_idx")]

    def __str__(self) -> str:
        return f"{self.jaar}-{self.maand:02d} {self.soort}"


class Verwijzingscijfer(models.Model):
    """One referral in the figures: to whom, and how it ended."""

    statistiek = models.ForeignKey(Statistiek, on_delete=models.CASCADE, related_name="verwijzingen")
    instantie = models.CharField(_("instantie"), max_length=20, choices=Instantie.choices)
    uitkomst = models.CharField(_("uitkomst"), max_length=20, choices=Uitkomst.choices)

    class Meta:
        verbose_name = _("doorverwijzing in de cijfers")
        verbose_name_plural = _("doorverwijzingen in de cijfers")

    def __str__(self) -> str:
        return f"{self.statistiek_id} → {self.instantie}"
