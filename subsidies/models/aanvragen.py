"""An application (Aanvraag) for a grant and its budget lines. Its attachments, conversation
(messages, completion requests and answers) and reminders live in the kernel: core.Bijlage,
core.Bericht, core.Herinnering (see subsidies/berichten.py and subsidies/herinneringen.py)."""

import re
import uuid
from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.getallen import bedrag_tekst
from gelijkekansen.core.validators import iban_leesbaar, valideer_belgisch_iban, valideer_rekeninghouder
from subsidies.constants import AanvraagStatus, AanvragerSoort, BegrotingSoort, Doel, Reikwijdte
from subsidies.querysets import AanvraagQuerySet
from subsidies.workflow import TRANSITIONS

BEDRAG = {"max_digits": 10, "decimal_places": 2}

# The second responsible person of an informal group is one text column, "Naam (e-mail)": the
# form asks name and e-mail apart and joins them; older free text is read back the same way.
_EMAIL_IN_TEKST = re.compile(r"[^\s<>()\[\],;:]+@[^\s<>()\[\],;:]+")


def verantwoordelijke_lezen(tekst: str) -> tuple[str, str]:
    """(naam, e-mail) from "Sara Peeters (sara@example.org)"; no address found: ("…", "")."""
    tekst = (tekst or "").strip()
    gevonden = _EMAIL_IN_TEKST.search(tekst)
    if not gevonden:
        return tekst, ""
    voor, na = tekst[: gevonden.start()].rstrip(" ,;:-(<["), tekst[gevonden.end() :].lstrip(" ,;:)>]")
    return f"{voor} {na}".strip(), gevonden.group(0)


def verantwoordelijke_tekst(naam: str, email: str) -> str:
    naam, email = (naam or "").strip(), (email or "").strip()
    return f"{naam} ({email})" if naam and email else naam or email


class Aanvraag(models.Model):
    Status = AanvraagStatus
    TRANSITIONS = TRANSITIONS

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    oproep = models.ForeignKey(
        "subsidies.Oproep", verbose_name=_("oproep"), on_delete=models.PROTECT, related_name="aanvragen"
    )
    aanvrager = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("aanvrager"),
        on_delete=models.PROTECT,
        related_name="aanvragen",
    )
    aanvrager_soort = models.CharField(_("wie vraagt aan"), max_length=30, choices=AanvragerSoort.choices)
    organisatie = models.ForeignKey(
        "core.Organisatie",
        verbose_name=_("organisatie"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="aanvragen",
    )
    tweede_verantwoordelijke = models.CharField(
        _("tweede verantwoordelijke (naam en e-mail)"),
        max_length=200,
        blank=True,
        help_text=_("Een groep zonder vzw heeft minstens twee verantwoordelijken."),
    )
    status = models.CharField(
        _("status"), max_length=30, choices=AanvraagStatus.choices, default=AanvraagStatus.CONCEPT
    )

    # The initiative
    titel = models.CharField(_("titel van uw initiatief"), max_length=150, blank=True)
    samenvatting = models.TextField(_("korte uitleg"), blank=True)
    doelen = models.JSONField(_("doelen"), default=list, blank=True)
    doelgroepen = models.ManyToManyField("core.Doelgroep", verbose_name=_("doelgroepen"), blank=True)
    reikwijdte = models.CharField(_("waar"), max_length=20, choices=Reikwijdte.choices, blank=True)
    wijken = models.ManyToManyField("core.Wijk", verbose_name=_("wijken"), blank=True)
    plaats = models.CharField(_("plaats of adres"), max_length=200, blank=True)
    startdatum = models.DateField(_("startdatum"), null=True, blank=True)
    einddatum = models.DateField(_("einddatum"), null=True, blank=True)
    verwachte_deelnemers = models.PositiveIntegerField(_("verwacht aantal deelnemers"), null=True, blank=True)
    toegankelijkheid = models.TextField(_("hoe maakt u de activiteit toegankelijk?"), blank=True)

    # Budget and payment
    andere_subsidies = models.TextField(_("andere subsidies voor dit initiatief"), blank=True)
    gevraagd_bedrag = models.DecimalField(
        _("gevraagd bedrag (€)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.01"))],
        **BEDRAG,
    )
    toegekend_bedrag = models.DecimalField(_("toegekend bedrag (€)"), null=True, blank=True, **BEDRAG)
    iban = models.CharField(
        _("rekeningnummer (IBAN)"), max_length=34, blank=True, validators=[valideer_belgisch_iban]
    )
    rekeninghouder = models.CharField(
        _("naam van de rekeninghouder"), max_length=150, blank=True, validators=[valideer_rekeninghouder]
    )

    # Handling
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("coach"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="gecoachte_aanvragen",
    )
    motivering = models.TextField(_("motivering van de beslissing"), blank=True)
    monitoring_ingevuld = models.BooleanField(default=False, editable=False)
    aangemaakt = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    gewijzigd = models.DateTimeField(_("gewijzigd"), auto_now=True)
    ingediend_op = models.DateTimeField(_("ingediend op"), null=True, blank=True)
    beslist_op = models.DateTimeField(_("beslist op"), null=True, blank=True)

    objects = AanvraagQuerySet.as_manager()

    class Meta:
        verbose_name = _("aanvraag")
        verbose_name_plural = _("aanvragen")
        ordering = ["-aangemaakt"]
        indexes = [
            models.Index(fields=["status", "oproep"]),
            models.Index(fields=["aanvrager", "status"]),
            # The work list's default order (Django adds -pk): without it every page sorts all rows.
            models.Index(fields=["-aangemaakt", "-id"], name="aanvraag_werklijst_idx"),
        ]

    def __str__(self) -> str:
        return self.titel or str(_("Aanvraag zonder titel"))

    @property
    def nummer(self) -> str:
        """Short reference for letters and the phone; the UUID stays the only key in URLs."""
        return f"SAZ-{str(self.pk)[:8].upper()}"

    @property
    def doelen_labels(self) -> list[str]:
        """The goals as words in the reader's language (the row keeps their codes)."""
        return [str(Doel(d).label) for d in self.doelen or [] if d in Doel.values]

    @property
    def iban_leesbaar(self) -> str:
        return iban_leesbaar(self.iban)

    @property
    def betalingen(self):
        """The file's payments (``core.Betaling``, linked by content type + id), newest first."""
        from gelijkekansen.core.models import Betaling

        return Betaling.objects.voor(self)


class Begrotingslijn(models.Model):
    aanvraag = models.ForeignKey(Aanvraag, on_delete=models.CASCADE, related_name="begrotingslijnen")
    soort = models.CharField(_("soort"), max_length=10, choices=BegrotingSoort.choices)
    omschrijving = models.CharField(_("omschrijving"), max_length=200)
    bedrag = models.DecimalField(_("bedrag (€)"), validators=[MinValueValidator(Decimal("0.01"))], **BEDRAG)

    class Meta:
        verbose_name = _("begrotingslijn")
        verbose_name_plural = _("begrotingslijnen")
        ordering = ["soort", "pk"]

    def __str__(self) -> str:
        return f"{self.omschrijving}: {bedrag_tekst(self.bedrag)}"
