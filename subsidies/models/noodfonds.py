"""The corona emergency fund for the socio-cultural field (policy note §4.4): €380,000 of the
Flemish emergency fund for about 220 recognised equal-opportunity and welfare associations, a
flat €1,000 each, up to €5,000 for medium partners, and €500 a month for 3 months for those that
rent on the private market. Not applied for: awarded in bulk by the staff (a ``Noodfondsronde``),
one ``Noodsteun`` per association — never two — which the association accepts at /mijn/,
confirming the account it is paid on and declaring private rent; then one SEPA file."""

import uuid
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

BEDRAG = {"max_digits": 12, "decimal_places": 2}
BEDRAG_GRENZEN = [MinValueValidator(Decimal("0.01")), MaxValueValidator(Decimal(100000))]


class Noodfondsronde(models.Model):
    titel = models.CharField(_("titel"), max_length=200)
    budget = models.DecimalField(
        _("budget (€)"), default=Decimal("380000"), validators=[MinValueValidator(Decimal("0.01"))], **BEDRAG
    )
    # Amounts a grant is made of: more than nothing (rent support may be zero), within reason.
    forfait = models.DecimalField(
        _("forfaitair bedrag (€)"), default=Decimal("1000"), validators=BEDRAG_GRENZEN, **BEDRAG
    )
    max_middelgroot = models.DecimalField(
        _("hoogstens voor een middelgrote partner (€)"),
        default=Decimal("5000"),
        validators=BEDRAG_GRENZEN,
        **BEDRAG,
    )
    huur_per_maand = models.DecimalField(
        _("huursteun per maand (€)"),
        default=Decimal("500"),
        validators=[MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(100000))],
        **BEDRAG,
    )
    huur_maanden = models.PositiveSmallIntegerField(
        _("maanden huursteun"), default=3, validators=[MaxValueValidator(24)]
    )
    aangemaakt = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    class Meta:
        verbose_name = _("noodfondsronde")
        verbose_name_plural = _("noodfondsrondes")
        ordering = ["-aangemaakt"]

    def __str__(self) -> str:
        return self.titel

    @property
    def huursteun(self) -> Decimal:
        return self.huur_per_maand * self.huur_maanden


class Noodsteun(models.Model):
    class Soort(models.TextChoices):
        FORFAIT = "forfait", _("Forfait")
        MIDDELGROOT = "middelgroot", _("Middelgrote partner")

    class Status(models.TextChoices):
        TOEGEKEND = "toegekend", _("Toegekend, wacht op de vereniging")
        AANVAARD = "aanvaard", _("Aanvaard, rekening bevestigd")
        UITBETAALD = "uitbetaald", _("Betaalopdracht gegeven")

    TRANSITIONS = {
        Status.TOEGEKEND: {Status.AANVAARD},
        Status.AANVAARD: {Status.UITBETAALD},
        Status.UITBETAALD: set(),
    }

    sleutel = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    ronde = models.ForeignKey(
        Noodfondsronde, verbose_name=_("ronde"), on_delete=models.PROTECT, related_name="steunen"
    )
    # One emergency grant per association, whatever the round: a database constraint, not a check.
    organisatie = models.OneToOneField(
        "core.Organisatie", verbose_name=_("vereniging"), on_delete=models.PROTECT, related_name="noodsteun"
    )
    soort = models.CharField(_("soort"), max_length=20, choices=Soort.choices)
    bedrag = models.DecimalField(_("bedrag (€)"), validators=[MinValueValidator(Decimal("0.01"))], **BEDRAG)
    huur = models.BooleanField(_("huurt op de private markt"), default=False)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.TOEGEKEND)
    toegekend_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("toegekend door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    toegekend_op = models.DateTimeField(_("toegekend op"), auto_now_add=True)
    iban = models.CharField(_("bevestigd rekeningnummer"), max_length=34, blank=True)
    aanvaard_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("aanvaard door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    aanvaard_op = models.DateTimeField(_("aanvaard op"), null=True, blank=True)

    class Meta:
        verbose_name = _("noodsteun")
        verbose_name_plural = _("noodsteun")
        ordering = ["organisatie__naam"]

    def __str__(self) -> str:
        return f"{self.organisatie} – {self.ronde}"

    @property
    def totaal(self) -> Decimal:
        return self.bedrag + (self.ronde.huursteun if self.huur else Decimal(0))

    @property
    def nummer(self) -> str:
        return f"NF-{str(self.sleutel)[:8].upper()}"

    @property
    def betalingen(self):
        from gelijkekansen.core.models import Betaling

        return Betaling.objects.voor(self)
