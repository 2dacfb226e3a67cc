"""The instappunt (policy note §5.3): one place where an association asks a question — financial,
legal, logistical, about infrastructure — that the city routes to the right service behind the
scenes, and one answer back. The association follows it at /mijn/."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Onderwerp(models.TextChoices):
    FINANCIEEL = "financieel", _("Geld en subsidies")
    JURIDISCH = "juridisch", _("Juridisch (statuten, vzw, verzekering …)")
    LOGISTIEK = "logistiek", _("Materiaal en logistiek")
    INFRASTRUCTUUR = "infrastructuur", _("Een zaal of ruimte")
    ANDERE = "andere", _("Iets anders")


class Ondersteuningsvraag(models.Model):
    class Status(models.TextChoices):
        NIEUW = "nieuw", _("Nieuw")
        DOORGESTUURD = "doorgestuurd", _("Bij de bevoegde dienst")
        BEANTWOORD = "beantwoord", _("Beantwoord")

    TRANSITIONS = {
        Status.NIEUW: {Status.DOORGESTUURD, Status.BEANTWOORD},
        Status.DOORGESTUURD: {Status.DOORGESTUURD, Status.BEANTWOORD},
        Status.BEANTWOORD: set(),
    }

    sleutel = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organisatie = models.ForeignKey(
        "core.Organisatie",
        verbose_name=_("vereniging"),
        on_delete=models.PROTECT,
        related_name="ondersteuningsvragen",
    )
    gesteld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gesteld door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    gesteld_op = models.DateTimeField(_("gesteld op"), default=timezone.now)
    onderwerp = models.CharField(_("waarover gaat je vraag?"), max_length=20, choices=Onderwerp.choices)
    vraag = models.TextField(_("je vraag"), max_length=3000)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NIEUW)
    dienst = models.ForeignKey(
        "core.Organisatie",
        verbose_name=_("bevoegde dienst"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="doorgestuurde_vragen",
        limit_choices_to={"soort": "stadsdienst"},
    )
    antwoord = models.TextField(_("antwoord"), blank=True)
    beantwoord_op = models.DateTimeField(_("beantwoord op"), null=True, blank=True)
    beantwoord_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("beantwoord door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("ondersteuningsvraag")
        verbose_name_plural = _("ondersteuningsvragen")
        ordering = ["-gesteld_op"]
        indexes = [models.Index(fields=["status", "-gesteld_op"])]

    def __str__(self) -> str:
        return f"{self.organisatie}: {self.get_onderwerp_display()}"

    @property
    def nummer(self) -> str:
        return f"VRG-{str(self.sleutel)[:8].upper()}"
