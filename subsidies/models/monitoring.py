"""The voluntary monitoring questionnaire of the test year.

Stored APART from the file: no link to the application or the person, only the call and a few
facts needed to aggregate. The evaluation shows counts under 5 as "<5".
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from subsidies.constants import AanvragerSoort, Reikwijdte


class HoeGehoord(models.TextChoices):
    VERENIGING = "vereniging", _("Via een vereniging of organisatie")
    STAD = "stad", _("Via de stad (website, brief, balie)")
    BUURTWERK = "buurtwerk", _("Via het buurtwerk of een opbouwwerker")
    VRIENDEN = "vrienden", _("Via vrienden of buren")
    SOCIALE_MEDIA = "sociale_media", _("Via sociale media")
    ANDERS = "anders", _("Anders")


class Monitoring(models.Model):
    oproep = models.ForeignKey("subsidies.Oproep", on_delete=models.CASCADE, related_name="+")
    aanvrager_soort = models.CharField(max_length=30, choices=AanvragerSoort.choices)
    reikwijdte = models.CharField(max_length=20, choices=Reikwijdte.choices, blank=True)
    eerste_aanvraag = models.BooleanField(_("is dit uw eerste aanvraag bij de stad?"), null=True)
    hoe_gehoord = models.CharField(
        _("hoe hoorde u van Samen Aan Zet?"), max_length=20, choices=HoeGehoord.choices, blank=True
    )
    bereikte_groepen = models.ManyToManyField(
        "core.Doelgroep", verbose_name=_("welke groepen bereikt uw initiatief?"), blank=True
    )
    begeleid = models.BooleanField(_("kreeg u hulp bij uw aanvraag?"), null=True)
    ingevuld_op = models.DateField(_("ingevuld op"), auto_now_add=True)

    class Meta:
        verbose_name = _("monitoring (anoniem)")
        verbose_name_plural = _("monitoring (anoniem)")

    def __str__(self) -> str:
        return f"{self.oproep} – {self.ingevuld_op}"
