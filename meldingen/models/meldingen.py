"""A report to the Meldpunt discriminatie. Special-category data (GDPR art. 9): the story, the
place, the link and the contact details are encrypted at rest (core.versleuteling); ``__str__``
is the reference only, because the audit log copies it. No IP address or browser is stored."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.versleuteling import VersleuteldeTekst
from meldingen.constants import GROND_NAMEN, Instantie, Kanaal, Levensdomein, MeldingStatus, Rol, Soort, Wens
from meldingen.querysets import MeldingQuerySet
from meldingen.workflow import TRANSITIONS


class Grond(models.Model):
    """One of the 19 protected criteria of the anti-discrimination laws, or "weet ik niet"."""

    code = models.CharField(_("code"), max_length=40, primary_key=True)
    volgorde = models.PositiveSmallIntegerField(_("volgorde"))
    wet = models.CharField(_("wet"), max_length=80, blank=True)
    bevoegd = models.CharField(_("bevoegde instelling volgens de wet"), max_length=20, blank=True)

    class Meta:
        verbose_name = _("discriminatiegrond")
        verbose_name_plural = _("discriminatiegronden")
        ordering = ["volgorde"]

    def __str__(self) -> str:
        return str(GROND_NAMEN.get(self.code, self.code))


class Melding(models.Model):
    Status = MeldingStatus
    TRANSITIONS = TRANSITIONS

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    status = models.CharField(
        _("status"), max_length=20, choices=MeldingStatus.choices, default=MeldingStatus.NIEUW, editable=False
    )
    kanaal = models.CharField(_("kanaal"), max_length=10, choices=Kanaal.choices, default=Kanaal.WEB)
    soort = models.CharField(_("wat gebeurde er?"), max_length=30, choices=Soort.choices)
    gronden = models.ManyToManyField(Grond, verbose_name=_("gronden"), related_name="meldingen")
    levensdomein = models.CharField(_("waar in het leven"), max_length=30, choices=Levensdomein.choices)
    gebeurd_op = models.DateField(_("wanneer"), null=True, blank=True)
    wijk = models.ForeignKey(
        "core.Wijk",
        verbose_name=_("wijk"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    plaats = VersleuteldeTekst(_("plaats"), blank=True)
    platform = models.CharField(_("online platform"), max_length=60, blank=True)
    link = VersleuteldeTekst(_("link"), blank=True)
    beschrijving = VersleuteldeTekst(_("wat er gebeurde"))
    rol = models.CharField(_("wie meldt"), max_length=20, choices=Rol.choices)
    wens = models.CharField(_("wat wil de melder"), max_length=20, choices=Wens.choices)
    naam = VersleuteldeTekst(_("naam"), blank=True)
    email = VersleuteldeTekst(_("e-mailadres"), blank=True)
    telefoon = VersleuteldeTekst(_("telefoon"), blank=True)
    taal = models.CharField(_("taal"), max_length=8, default="nl", editable=False)
    is_dossier = models.BooleanField(
        _("dossier"), default=False, help_text=_("Een melding waarvoor het Meldpunt een dossier opende.")
    )
    vijfhoek = models.BooleanField(
        _("opvolging in het Vijfhoeksoverleg"),
        default=False,
        help_text=_("Haatmisdrijf dat politie, parket, Unia, stad en çavaria samen opvolgen."),
    )
    ontvangen_op = models.DateTimeField(_("ontvangen op"), default=timezone.now, editable=False)
    afgesloten_op = models.DateTimeField(_("afgesloten op"), null=True, blank=True, editable=False)
    contact_gewist_op = models.DateTimeField(_("contactgegevens gewist op"), null=True, editable=False)
    geregistreerd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("geregistreerd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    gewijzigd = models.DateTimeField(_("gewijzigd"), auto_now=True)

    objects = MeldingQuerySet.as_manager()

    class Meta:
        verbose_name = _("melding")
        verbose_name_plural = _("meldingen")
        ordering = ["-ontvangen_op", "-id"]
        indexes = [
            models.Index(fields=["status", "-ontvangen_op"], name="melding_werklijst_idx"),
            models.Index(fields=["-ontvangen_op", "-id"], name="melding_ontvangen_idx"),
        ]

    def __str__(self) -> str:
        return self.nummer

    @property
    def nummer(self) -> str:
        """The reference staff use on the phone and in the audit log; never the receipt code."""
        return f"MLD-{str(self.pk)[:8].upper()}"

    @property
    def anoniem(self) -> bool:
        return not (self.naam or self.email or self.telefoon)


class Toestemming(models.Model):
    """The reporter's consent to pass the report to one body; withdrawn at any time."""

    melding = models.ForeignKey(Melding, on_delete=models.CASCADE, related_name="toestemmingen")
    instantie = models.CharField(_("instantie"), max_length=20, choices=Instantie.choices)
    gegeven_op = models.DateTimeField(_("gegeven op"), default=timezone.now)
    ingetrokken_op = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)

    class Meta:
        verbose_name = _("toestemming")
        verbose_name_plural = _("toestemmingen")
        ordering = ["instantie"]
        constraints = [
            models.UniqueConstraint(fields=["melding", "instantie"], name="een_toestemming_per_instantie"),
        ]

    def __str__(self) -> str:
        return f"{self.melding.nummer} → {self.get_instantie_display()}"

    @property
    def geldig(self) -> bool:
        return self.ingetrokken_op is None
