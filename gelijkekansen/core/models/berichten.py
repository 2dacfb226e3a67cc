"""One message thread per dossier, whatever its app: messages both ways, internal notes, questions
and their answers, read/unread per side, and access by token for people without an account.

A ``Draad`` points to its dossier by content type and id (a string: dossiers have UUID keys). Who
may read a thread is the app's decision (its ``get_<obj>_for_user``); the kernel only knows the two
sides, the city's (``DIENST``) and the citizen's (``BURGER``), and never shows the citizen side an
internal note. See ``core/berichten.py``.
"""

import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.versleuteling import VersleuteldeTekst


class Kant(models.TextChoices):
    DIENST = "dienst", _("Stad Gent")
    BURGER = "burger", _("Burger")


class BerichtSoort(models.TextChoices):
    BERICHT = "bericht", _("Bericht")
    VRAAG = "vraag", _("Vraag")
    ANTWOORD = "antwoord", _("Antwoord")


class Draad(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    content_type = models.ForeignKey(ContentType, verbose_name=_("soort dossier"), on_delete=models.PROTECT)
    object_id = models.CharField(_("dossier-id"), max_length=64)
    dossier = GenericForeignKey("content_type", "object_id")
    aangemaakt = models.DateTimeField(_("aangemaakt"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("berichtendraad")
        verbose_name_plural = _("berichtendraden")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="een_draad_per_dossier")
        ]

    def __str__(self) -> str:
        return f"{self.content_type.name} {self.object_id}"


class BerichtQuerySet(models.QuerySet):
    def voor_kant(self, kant: str) -> "BerichtQuerySet":
        """What one side may read: the citizen side never sees an internal note."""
        return self if kant == Kant.DIENST else self.filter(intern=False)

    def ongelezen_voor(self, kant: str) -> "BerichtQuerySet":
        return self.voor_kant(kant).exclude(kant=kant).filter(gelezen_op__isnull=True, intern=False)

    def open_vragen(self) -> "BerichtQuerySet":
        return self.filter(soort=BerichtSoort.VRAAG, antwoord__isnull=True)


class Bericht(models.Model):
    """A message of one side to the other, an internal note (``intern``: staff only), a question
    of the city or the citizen's answer to one (``antwoord_op``)."""

    Soort = BerichtSoort

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    draad = models.ForeignKey(
        Draad, verbose_name=_("draad"), on_delete=models.CASCADE, related_name="berichten"
    )
    soort = models.CharField(
        _("soort"), max_length=10, choices=BerichtSoort.choices, default=BerichtSoort.BERICHT
    )
    kant = models.CharField(_("van"), max_length=10, choices=Kant.choices)
    intern = models.BooleanField(
        _("interne notitie"), default=False, help_text=_("Alleen voor medewerkers, nooit voor de burger.")
    )
    afzender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("afzender"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Encrypted at rest: a thread may hold what a discrimination report holds.
    tekst = VersleuteldeTekst(_("bericht"))
    antwoord_op = models.OneToOneField(
        "self",
        verbose_name=_("antwoord op"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="antwoord",
    )
    verstuurd_op = models.DateTimeField(_("verstuurd op"), default=timezone.now, editable=False)
    # Read by the other side (per side, not per person): the first view of anyone on that side.
    gelezen_op = models.DateTimeField(_("gelezen op"), null=True, blank=True, editable=False)

    objects = BerichtQuerySet.as_manager()

    class Meta:
        verbose_name = _("bericht")
        verbose_name_plural = _("berichten")
        ordering = ["verstuurd_op", "id"]
        indexes = [models.Index(fields=["draad", "verstuurd_op"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(intern=False) | Q(soort=BerichtSoort.BERICHT, kant=Kant.DIENST),
                name="interne_notitie_is_een_bericht_van_de_dienst",
            ),
            models.CheckConstraint(
                condition=Q(soort=BerichtSoort.ANTWOORD, antwoord_op__isnull=False)
                | (~Q(soort=BerichtSoort.ANTWOORD) & Q(antwoord_op__isnull=True)),
                name="antwoord_hoort_bij_een_vraag",
            ),
        ]

    def __str__(self) -> str:
        return self.tekst[:60]

    @property
    def beantwoord(self) -> bool:
        return hasattr(self, "antwoord")


class DraadToegang(models.Model):
    """Access to exactly one thread without an account (a reporter who keeps a link). Only the
    SHA-256 of the token is stored: the token itself is shown once and never again."""

    draad = models.ForeignKey(
        Draad, verbose_name=_("draad"), on_delete=models.CASCADE, related_name="toegangen"
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    aangemaakt = models.DateTimeField(_("aangemaakt"), default=timezone.now, editable=False)
    laatst_gebruikt = models.DateTimeField(_("laatst gebruikt"), null=True, blank=True, editable=False)
    ingetrokken_op = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)

    class Meta:
        verbose_name = _("toegang met code")
        verbose_name_plural = _("toegangen met code")

    def __str__(self) -> str:
        return str(self.draad)
