"""Regulations and their calls for applications (Samen Aan Zet, emergency fund, innovation fund)."""

import uuid
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from subsidies.querysets import OproepQuerySet


class Reglement(models.Model):
    code = models.SlugField(_("code"), unique=True)
    naam = models.CharField(_("naam"), max_length=150)
    samenvatting = models.TextField(_("samenvatting in duidelijke taal"))
    max_bedrag = models.DecimalField(_("maximum per aanvraag (€)"), max_digits=10, decimal_places=2)
    voorschot_pct = models.PositiveSmallIntegerField(
        _("voorschot (%)"),
        default=80,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("Deel van het toegekende bedrag dat na de beslissing betaald wordt."),
    )
    # The legal basis printed on every letter (receipt, decision). The seed names the regulation
    # and its start (1 February 2020) but no articles: the service fills in the article it uses.
    rechtsgrond = models.CharField(
        _("rechtsgrond in brieven"),
        max_length=300,
        blank=True,
        help_text=_(
            "Het reglement en het artikel waarop een beslissing steunt, zoals het in de brief staat. "
            "Bijvoorbeeld: Subsidiereglement Samen Aan Zet, artikel 7. Leeg: de naam van het reglement."
        ),
    )
    actief = models.BooleanField(_("actief"), default=True)

    class Meta:
        verbose_name = _("reglement")
        verbose_name_plural = _("reglementen")
        ordering = ["naam"]

    def __str__(self) -> str:
        return self.naam

    @property
    def rechtsgrond_tekst(self) -> str:
        return self.rechtsgrond or str(_("Subsidiereglement %(naam)s") % {"naam": self.naam})


class Oproep(models.Model):
    """A call: a deadline or continuous intake, and a budget split in two envelopes."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    reglement = models.ForeignKey(
        Reglement, verbose_name=_("reglement"), on_delete=models.PROTECT, related_name="oproepen"
    )
    titel = models.CharField(_("titel"), max_length=200)
    open_vanaf = models.DateTimeField(_("open vanaf"), default=timezone.now)
    deadline = models.DateTimeField(
        _("deadline"), null=True, blank=True, help_text=_("Leeg: doorlopend indienen.")
    )
    budget_wijkgericht = models.DecimalField(_("budget wijkgericht (€)"), max_digits=12, decimal_places=2)
    budget_stedelijk = models.DecimalField(_("budget stedelijk (€)"), max_digits=12, decimal_places=2)
    jury_deadline = models.DateField(_("deadline jury"), null=True, blank=True)
    verantwoording_binnen_dagen = models.PositiveSmallIntegerField(
        _("verantwoording binnen (dagen na de activiteit)"), default=60
    )
    juryleden = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("juryleden"), blank=True, related_name="jury_oproepen"
    )

    objects = OproepQuerySet.as_manager()

    class Meta:
        verbose_name = _("oproep")
        verbose_name_plural = _("oproepen")
        ordering = ["-open_vanaf"]

    def __str__(self) -> str:
        return self.titel

    def is_open(self, moment=None) -> bool:
        moment = moment or timezone.now()
        return self.open_vanaf <= moment and (self.deadline is None or moment <= self.deadline)

    @property
    def budget_totaal(self) -> Decimal:
        return self.budget_wijkgericht + self.budget_stedelijk


class Criterium(models.Model):
    """What the jury scores, per call (e.g. 'bereikt kwetsbare groepen', max 5 points)."""

    oproep = models.ForeignKey(Oproep, on_delete=models.CASCADE, related_name="criteria")
    naam = models.CharField(_("naam"), max_length=150)
    uitleg = models.CharField(_("uitleg"), max_length=300, blank=True)
    max_score = models.PositiveSmallIntegerField(_("maximumscore"), default=5)
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("beoordelingscriterium")
        verbose_name_plural = _("beoordelingscriteria")
        ordering = ["volgorde", "pk"]

    def __str__(self) -> str:
        return self.naam
