"""Payments of every chapter (a Samen Aan Zet advance, a recognised association's yearly operating
grant, the emergency fund): one payment order per amount, with its own Belgian structured
reference, linked to its dossier like an attachment or a letter (content type + id as a string).

A payment is evidence: its status changes only through ``core.workflow.transition`` (history rows),
from the order (te betalen) into a SEPA file (in betaalbestand) to paid — marked from the bank's
statement or by confirming the executed file — or returned by the beneficiary's bank (teruggestort)
or refused (geweigerd). The dossier's app declares who is paid (``core.betalingen.diensten``)."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.getallen import bedrag_tekst

BEDRAG = {"max_digits": 10, "decimal_places": 2}


class BetalingSoort(models.TextChoices):
    VOORSCHOT = "voorschot", _("Voorschot")
    SALDO = "saldo", _("Saldo")
    BETALING = "betaling", _("Betaling")  # the whole amount at once (operating grant, emergency fund)
    TERUGVORDERING = "terugvordering", _("Terugvordering")


# What goes out by credit transfer; a reclaim is money coming in and never in a SEPA file.
UITGAAND = [BetalingSoort.VOORSCHOT, BetalingSoort.SALDO, BetalingSoort.BETALING]


class BetalingStatus(models.TextChoices):
    TE_BETALEN = "te_betalen", _("Te betalen")
    IN_BATCH = "in_batch", _("In betaalbestand")
    BETAALD = "betaald", _("Betaald")
    TERUGGESTORT = "teruggestort", _("Teruggestort")
    GEWEIGERD = "geweigerd", _("Geweigerd")


class Betaalbatch(models.Model):
    """One SEPA credit-transfer file sent to the bank."""

    aangemaakt = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uitvoeringsdatum = models.DateField(_("uitvoeringsdatum"))
    bestand = models.CharField(_("SEPA-bestand"), max_length=255, blank=True, editable=False)
    # Set when a case handler confirms the bank executed the file (when no statement says so).
    uitgevoerd_op = models.DateField(_("uitgevoerd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("betaalbestand")
        verbose_name_plural = _("betaalbestanden")
        ordering = ["-aangemaakt"]

    def __str__(self) -> str:
        if self.aangemaakt is None:
            return str(_("Betaalbestand"))
        # Stored in UTC; named as the case handler's clock says it (Europe/Brussels).
        return f"{_('Betaalbestand')} {timezone.localtime(self.aangemaakt):%d-%m-%Y %H:%M}"


class BetalingQuerySet(models.QuerySet):
    def voor(self, dossier: models.Model) -> "BetalingQuerySet":
        return self.filter(content_type=ContentType.objects.get_for_model(dossier), object_id=str(dossier.pk))

    def van_model(self, model: type[models.Model]) -> "BetalingQuerySet":
        return self.filter(content_type=ContentType.objects.get_for_model(model))


class Betaling(models.Model):
    S = BetalingStatus
    TRANSITIONS = {
        S.TE_BETALEN: {S.IN_BATCH, S.GEWEIGERD},
        S.IN_BATCH: {S.BETAALD, S.TERUGGESTORT, S.GEWEIGERD},
        S.BETAALD: {S.TERUGGESTORT},
        S.TERUGGESTORT: set(),
        S.GEWEIGERD: set(),
    }

    content_type = models.ForeignKey(ContentType, verbose_name=_("soort dossier"), on_delete=models.PROTECT)
    object_id = models.CharField(_("dossier-id"), max_length=64)
    dossier = GenericForeignKey("content_type", "object_id")
    # The dossier's number as people say it (SAZ-50B4FFF5): searched and shown in the list.
    referentie = models.CharField(_("dossier"), max_length=64, db_index=True)
    soort = models.CharField(_("soort"), max_length=20, choices=BetalingSoort.choices)
    bedrag = models.DecimalField(_("bedrag (€)"), **BEDRAG)
    mededeling = models.CharField(_("gestructureerde mededeling"), max_length=21, unique=True)
    status = models.CharField(
        _("status"), max_length=20, choices=BetalingStatus.choices, default=BetalingStatus.TE_BETALEN
    )
    batch = models.ForeignKey(
        Betaalbatch,
        verbose_name=_("betaalbestand"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="betalingen",
    )
    aangemaakt = models.DateTimeField(_("betaalopdracht gegeven op"), auto_now_add=True)
    betaald_op = models.DateField(_("betaald op"), null=True, blank=True)
    teruggestort_op = models.DateField(_("teruggestort op"), null=True, blank=True)

    objects = BetalingQuerySet.as_manager()

    class Meta:
        verbose_name = _("betaling")
        verbose_name_plural = _("betalingen")
        ordering = ["-aangemaakt", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.get_soort_display()} {bedrag_tekst(self.bedrag)} ({self.mededeling})"
