"""The yearly evaluation of a plan: a snapshot of every action at a date, with conclusions. Once
published it never changes, whatever happens to the actions afterwards."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from toegankelijkheid.constants import ActieStatus, EvaluatieStatus


class Evaluatie(models.Model):
    TRANSITIONS = {
        EvaluatieStatus.CONCEPT: {EvaluatieStatus.GEPUBLICEERD},
        EvaluatieStatus.GEPUBLICEERD: set(),
    }

    sleutel = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    actieplan = models.ForeignKey(
        "toegankelijkheid.Actieplan",
        verbose_name=_("actieplan"),
        on_delete=models.PROTECT,
        related_name="evaluaties",
    )
    jaar = models.PositiveSmallIntegerField(_("jaar"))
    peildatum = models.DateField(
        _("peildatum"), null=True, blank=True, help_text=_("De dag van de momentopname.")
    )
    conclusies = models.TextField(_("conclusies"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=EvaluatieStatus.choices, default=EvaluatieStatus.CONCEPT
    )
    gepubliceerd_op = models.DateTimeField(_("gepubliceerd op"), null=True, blank=True)
    gemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gemaakt door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("evaluatie")
        verbose_name_plural = _("evaluaties")
        ordering = ["actieplan", "jaar"]
        constraints = [
            models.UniqueConstraint(fields=["actieplan", "jaar"], name="een_evaluatie_per_plan_en_jaar")
        ]

    def __str__(self) -> str:
        return _("Evaluatie %(jaar)s van %(plan)s") % {"jaar": self.jaar, "plan": self.actieplan}

    def unique_error_message(self, model_class, unique_check):
        if tuple(unique_check) == ("actieplan", "jaar"):
            return ValidationError(
                _("Er is al een evaluatie van dat jaar voor dit plan."), code="unique_together"
            )
        return super().unique_error_message(model_class, unique_check)

    def clean(self) -> None:
        plan = self.actieplan if self.actieplan_id else None
        if plan is None or self.jaar is None:
            return
        if plan.status == "ontwerp":
            raise ValidationError({"actieplan": _("Een plan in ontwerp evalueer je nog niet.")})
        if not plan.begin.year <= self.jaar <= plan.einde.year:
            fout = _("Kies een jaar van het plan: %(van)s tot %(tot)s.") % {
                "van": plan.begin.year,
                "tot": plan.einde.year,
            }
            raise ValidationError({"jaar": fout})


class Momentopname(models.Model):
    """One action as it stood on the evaluation's date. The names are copied, not linked: a
    renamed action or result area does not rewrite an evaluation."""

    evaluatie = models.ForeignKey(
        Evaluatie, verbose_name=_("evaluatie"), on_delete=models.CASCADE, related_name="acties"
    )
    actie = models.ForeignKey(
        "toegankelijkheid.Actie",
        verbose_name=_("actie"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    nummer = models.PositiveSmallIntegerField(_("nummer"))
    titel = models.CharField(_("titel"), max_length=200)
    domein = models.CharField(_("domein"), max_length=100)
    resultaatsgebied = models.CharField(_("resultaatsgebied"), max_length=200)
    resultaatsgebied_nummer = models.PositiveSmallIntegerField(_("nummer van het resultaatsgebied"))
    trekker = models.CharField(_("verantwoordelijke dienst"), max_length=200)
    status = models.CharField(_("status"), max_length=20, choices=ActieStatus.choices)
    voortgang = models.PositiveSmallIntegerField(_("voortgang (%)"))
    laatste_update = models.TextField(_("laatste update"), blank=True)
    laatste_update_op = models.DateField(_("laatste update op"), null=True, blank=True)

    class Meta:
        verbose_name = _("momentopname van een actie")
        verbose_name_plural = _("momentopnames van acties")
        ordering = ["evaluatie", "nummer"]

    def __str__(self) -> str:
        return f"#{self.nummer} {self.titel}"

    def save(self, *args, **kwargs) -> None:
        # The last line of defence; services/evaluaties.py only writes snapshots of a concept.
        if Evaluatie.objects.filter(pk=self.evaluatie_id, status=EvaluatieStatus.GEPUBLICEERD).exists():
            raise ValidationError(_("Deze evaluatie is gepubliceerd: haar momentopname verandert niet meer."))
        super().save(*args, **kwargs)
