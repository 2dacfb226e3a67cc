"""Advice of an advisory council (SAPH, Seniorenraad, AdRem, the klankbordgroep) on a plan, an
action or an evaluation, point by point; the city answers each point with a reasoned position and
what it will do. Public once answered: the nazorgtraject of policy note §2.9.1."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from toegankelijkheid.constants import AdviesStatus, Standpunt


class AdviesQuerySet(models.QuerySet):
    def publiek(self):
        return self.filter(status=AdviesStatus.BEANTWOORD)

    def over_tijd(self, vandaag=None):
        """Submitted and not answered within the agreed term."""
        return self.filter(status=AdviesStatus.INGEDIEND, antwoord_tegen__lt=vandaag or timezone.localdate())


class Advies(models.Model):
    TRANSITIONS = {
        AdviesStatus.CONCEPT: {AdviesStatus.INGEDIEND},
        AdviesStatus.INGEDIEND: {AdviesStatus.BEANTWOORD},
        AdviesStatus.BEANTWOORD: set(),
    }

    sleutel = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    adviesraad = models.ForeignKey(
        "core.Organisatie",
        verbose_name=_("adviesraad"),
        on_delete=models.PROTECT,
        related_name="adviezen",
        limit_choices_to={"soort": "adviesraad"},
    )
    actieplan = models.ForeignKey(
        "toegankelijkheid.Actieplan",
        verbose_name=_("actieplan"),
        on_delete=models.PROTECT,
        related_name="adviezen",
    )
    actie = models.ForeignKey(
        "toegankelijkheid.Actie",
        verbose_name=_("over de actie"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="adviezen",
    )
    evaluatie = models.ForeignKey(
        "toegankelijkheid.Evaluatie",
        verbose_name=_("over de evaluatie"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="adviezen",
    )
    titel = models.CharField(_("titel"), max_length=200)
    inleiding = models.TextField(_("inleiding"), blank=True, max_length=5000)
    status = models.CharField(
        _("status"), max_length=20, choices=AdviesStatus.choices, default=AdviesStatus.CONCEPT
    )
    gemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gemaakt door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    ingediend_op = models.DateField(_("ingediend op"), null=True, blank=True)
    antwoord_tegen = models.DateField(_("antwoord tegen"), null=True, blank=True)
    beantwoord_op = models.DateField(_("beantwoord op"), null=True, blank=True)

    objects = AdviesQuerySet.as_manager()

    class Meta:
        verbose_name = _("advies")
        verbose_name_plural = _("adviezen")
        ordering = ["-ingediend_op", "-pk"]
        indexes = [models.Index(fields=["status", "antwoord_tegen"])]

    def __str__(self) -> str:
        return f"{self.adviesraad}: {self.titel}"


class Adviespunt(models.Model):
    advies = models.ForeignKey(
        Advies, verbose_name=_("advies"), on_delete=models.CASCADE, related_name="punten"
    )
    nummer = models.PositiveSmallIntegerField(_("nummer"))
    tekst = models.TextField(_("advies"), max_length=3000)
    standpunt = models.CharField(
        _("standpunt van de stad"), max_length=20, choices=Standpunt.choices, blank=True
    )
    motivering = models.TextField(_("motivering"), blank=True)
    opvolging = models.TextField(_("wat doet de stad ermee?"), blank=True)

    class Meta:
        verbose_name = _("adviespunt")
        verbose_name_plural = _("adviespunten")
        ordering = ["advies", "nummer"]
        constraints = [
            models.UniqueConstraint(fields=["advies", "nummer"], name="adviespunt_nummer_per_advies")
        ]

    def __str__(self) -> str:
        return f"{self.nummer}. {self.tekst[:60]}"
