"""The yearly operating grant of recognised associations (policy note §4.3: the budget doubled
from €1M to €2M a year). A ``Subsidiejaar`` holds the envelope and the formula; each recognised
association submits a ``Jaarverslag``; the computation (a Celery task) makes one
``Werkingssubsidie`` per association, scaled down proportionally when the total exceeds the
envelope; approving the year creates the payments through the kernel (core.Betaling)."""

import uuid
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

BEDRAG = {"max_digits": 12, "decimal_places": 2}


class Subsidiejaar(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open voor jaarverslagen")
        GOEDGEKEURD = "goedgekeurd", _("Goedgekeurd en betaald")

    class Berekening(models.TextChoices):
        NIET = "niet", _("Nog niet berekend")
        BEZIG = "bezig", _("Wordt berekend")
        KLAAR = "klaar", _("Berekend")
        MISLUKT = "mislukt", _("Berekening mislukt")

    TRANSITIONS = {Status.OPEN: {Status.GOEDGEKEURD}, Status.GOEDGEKEURD: set()}

    jaar = models.PositiveSmallIntegerField(
        _("jaar"), unique=True, validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.OPEN)
    envelop = models.DecimalField(
        _("envelop (€)"),
        default=Decimal("2000000"),
        validators=[MinValueValidator(Decimal("0.01")), MaxValueValidator(Decimal(100_000_000))],
        **BEDRAG,
    )
    basisbedrag = models.DecimalField(
        _("basisbedrag per vereniging (€)"),
        default=Decimal("2500"),
        validators=[MinValueValidator(0), MaxValueValidator(Decimal(100000))],
        **BEDRAG,
    )
    puntwaarde = models.DecimalField(
        _("waarde van een punt (€)"),
        default=Decimal("25"),
        validators=[MinValueValidator(0), MaxValueValidator(Decimal(10000))],
        **BEDRAG,
    )
    punten_per_activiteit = models.PositiveSmallIntegerField(_("punten per activiteit"), default=2)
    deelnemers_per_punt = models.PositiveIntegerField(
        _("deelnemers per punt"), default=25, validators=[MinValueValidator(1)]
    )
    max_punten = models.PositiveIntegerField(
        _("hoogstens zoveel punten per vereniging"), default=200, validators=[MaxValueValidator(10000)]
    )
    deadline_jaarverslag = models.DateField(_("jaarverslag indienen tot"))
    # The computation (services/werking.py, a Celery task): its state, and a fingerprint of what it
    # read, so approving refuses a result that no longer matches the reports.
    berekening = models.CharField(
        _("berekening"), max_length=10, choices=Berekening.choices, default=Berekening.NIET
    )
    berekend_op = models.DateTimeField(_("berekend op"), null=True, blank=True)
    berekening_vingerafdruk = models.CharField(max_length=64, blank=True, editable=False)
    berekening_fout = models.TextField(_("fout bij de berekening"), blank=True)
    schaal = models.DecimalField(_("schaalfactor"), max_digits=7, decimal_places=6, null=True, blank=True)

    class Meta:
        verbose_name = _("subsidiejaar")
        verbose_name_plural = _("subsidiejaren")
        ordering = ["-jaar"]

    def __str__(self) -> str:
        return str(_("Werkingssubsidies %(jaar)s") % {"jaar": self.jaar})


class Jaarverslag(models.Model):
    """What an association did in the year before the grant year: activities, participants,
    finances. The grant is computed from its figures."""

    class Status(models.TextChoices):
        CONCEPT = "concept", _("Concept")
        INGEDIEND = "ingediend", _("Ingediend")

    TRANSITIONS = {Status.CONCEPT: {Status.INGEDIEND}, Status.INGEDIEND: set()}

    sleutel = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    subsidiejaar = models.ForeignKey(
        Subsidiejaar, verbose_name=_("subsidiejaar"), on_delete=models.PROTECT, related_name="jaarverslagen"
    )
    organisatie = models.ForeignKey(
        "core.Organisatie",
        verbose_name=_("organisatie"),
        on_delete=models.PROTECT,
        related_name="jaarverslagen",
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.CONCEPT)
    activiteiten = models.TextField(_("wat deden jullie?"), max_length=3000, blank=True)
    aantal_activiteiten = models.PositiveIntegerField(_("aantal activiteiten"), null=True, blank=True)
    aantal_deelnemers = models.PositiveIntegerField(
        _("aantal deelnemers (alle activiteiten samen)"), null=True, blank=True
    )
    inkomsten = models.DecimalField(_("inkomsten (€)"), null=True, blank=True, **BEDRAG)
    uitgaven = models.DecimalField(_("uitgaven (€)"), null=True, blank=True, **BEDRAG)
    ingediend_op = models.DateTimeField(_("ingediend op"), null=True, blank=True)
    ingediend_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ingediend door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    gewijzigd = models.DateTimeField(_("gewijzigd"), auto_now=True)

    class Meta:
        verbose_name = _("jaarverslag")
        verbose_name_plural = _("jaarverslagen")
        ordering = ["-subsidiejaar__jaar", "organisatie__naam"]
        constraints = [
            models.UniqueConstraint(fields=["subsidiejaar", "organisatie"], name="jaarverslag_een_per_jaar")
        ]

    def __str__(self) -> str:
        return f"{self.organisatie} – {self.subsidiejaar.jaar}"


class Werkingssubsidie(models.Model):
    """One association's operating grant of a year, as computed: its points, the amount by the
    formula, and the amount after scaling to the envelope (what is paid)."""

    subsidiejaar = models.ForeignKey(
        Subsidiejaar, verbose_name=_("subsidiejaar"), on_delete=models.PROTECT, related_name="subsidies"
    )
    organisatie = models.ForeignKey(
        "core.Organisatie",
        verbose_name=_("organisatie"),
        on_delete=models.PROTECT,
        related_name="werkingssubsidies",
    )
    jaarverslag = models.OneToOneField(
        Jaarverslag, verbose_name=_("jaarverslag"), on_delete=models.PROTECT, related_name="werkingssubsidie"
    )
    punten = models.PositiveIntegerField(_("punten"))
    volgens_formule = models.DecimalField(_("bedrag volgens de formule (€)"), **BEDRAG)
    bedrag = models.DecimalField(_("bedrag (€)"), **BEDRAG)

    class Meta:
        verbose_name = _("werkingssubsidie")
        verbose_name_plural = _("werkingssubsidies")
        ordering = ["organisatie__naam"]
        constraints = [
            models.UniqueConstraint(
                fields=["subsidiejaar", "organisatie"], name="werkingssubsidie_een_per_jaar"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisatie} – {self.subsidiejaar.jaar}"

    @property
    def nummer(self) -> str:
        return f"WS-{self.subsidiejaar.jaar}-{self.pk:05d}"

    @property
    def betalingen(self):
        from gelijkekansen.core.models import Betaling

        return Betaling.objects.voor(self)
