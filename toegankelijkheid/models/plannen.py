"""An action plan (policy note §3.2): actions in three domains under eleven result areas, each
with a responsible city service, a status and a progress that the service updates and the
toegankelijkheid team approves before it is public."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from toegankelijkheid.constants import (
    DOMEIN_NAMEN,
    RESULTAATSGEBIED_NAMEN,
    ActieStatus,
    PlanStatus,
    UpdateStatus,
)


class Domein(models.Model):
    code = models.SlugField(_("code"), unique=True)
    naam = models.CharField(_("naam"), max_length=100)
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("domein")
        verbose_name_plural = _("domeinen")
        ordering = ["volgorde"]

    def __str__(self) -> str:
        return str(DOMEIN_NAMEN.get(self.code, self.naam))


class Resultaatsgebied(models.Model):
    domein = models.ForeignKey(
        Domein, verbose_name=_("domein"), on_delete=models.PROTECT, related_name="gebieden"
    )
    nummer = models.PositiveSmallIntegerField(_("nummer"), unique=True)
    naam = models.CharField(_("naam"), max_length=200)

    class Meta:
        verbose_name = _("resultaatsgebied")
        verbose_name_plural = _("resultaatsgebieden")
        ordering = ["nummer"]

    def __str__(self) -> str:
        return f"{self.nummer}. {self.leesbare_naam}"

    @property
    def leesbare_naam(self) -> str:
        return str(RESULTAATSGEBIED_NAMEN.get(self.nummer, self.naam))


class Actieplan(models.Model):
    TRANSITIONS = {
        PlanStatus.ONTWERP: {PlanStatus.GEPUBLICEERD},
        PlanStatus.GEPUBLICEERD: {PlanStatus.AFGESLOTEN},
        PlanStatus.AFGESLOTEN: set(),
    }

    slug = models.SlugField(
        _("korte naam in het webadres"), unique=True, help_text=_("Bijvoorbeeld 2020-2021.")
    )
    titel = models.CharField(_("titel"), max_length=200)
    begin = models.DateField(_("begin"))
    einde = models.DateField(_("einde"))
    status = models.CharField(
        _("status"), max_length=20, choices=PlanStatus.choices, default=PlanStatus.ONTWERP
    )
    inleiding = models.TextField(_("inleiding"), blank=True)
    samenvatting = models.TextField(
        _("samenvatting in duidelijke taal"),
        blank=True,
        help_text=_("Korte zinnen, gewone woorden (taalniveau B1)."),
    )
    gepubliceerd_op = models.DateTimeField(_("gepubliceerd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("actieplan")
        verbose_name_plural = _("actieplannen")
        ordering = ["-begin"]
        constraints = [
            models.CheckConstraint(condition=Q(einde__gt=models.F("begin")), name="actieplan_einde_na_begin"),
        ]

    def __str__(self) -> str:
        return self.titel

    def clean(self) -> None:
        if self.begin and self.einde and self.einde <= self.begin:
            raise ValidationError({"einde": _("Het einde moet na het begin liggen.")})


def status_en_voortgang_fout(status: str, voortgang: int | None) -> str | None:
    """Why this status and progress contradict each other, or None. One rule for the model, the
    forms and the database constraint below."""
    if voortgang is None:
        return None
    if status == ActieStatus.GEREALISEERD and voortgang != 100:
        return _("Een gerealiseerde actie staat op 100%.")
    if status != ActieStatus.GEREALISEERD and voortgang == 100:
        return _("Staat de actie op 100%? Kies dan de status «Gerealiseerd».")
    if status == ActieStatus.GEPLAND and voortgang != 0:
        return _(
            "Een geplande actie is nog niet begonnen: de voortgang is 0%. Kies «Lopend» als het werk begon."
        )
    return None


_STATUS_EN_VOORTGANG = (
    (Q(status=ActieStatus.GEREALISEERD) & Q(voortgang=100))
    | (Q(status=ActieStatus.GEPLAND) & Q(voortgang=0))
    | (~Q(status__in=[ActieStatus.GEREALISEERD, ActieStatus.GEPLAND]) & Q(voortgang__lt=100))
)


class ActieQuerySet(models.QuerySet):
    def publiek(self):
        return self.filter(actieplan__status__in=[PlanStatus.GEPUBLICEERD, PlanStatus.AFGESLOTEN])

    def van_dienst_van(self, user):
        """The actions whose responsible service this person works for (a confirmed membership)."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(
            trekker__lidmaatschappen__user=user, trekker__lidmaatschappen__bevestigd_op__isnull=False
        ).distinct()


class Actie(models.Model):
    TRANSITIONS = {
        ActieStatus.GEPLAND: {
            ActieStatus.LOPEND,
            ActieStatus.GEREALISEERD,
            ActieStatus.UITGESTELD,
            ActieStatus.GESCHRAPT,
        },
        ActieStatus.LOPEND: {ActieStatus.GEREALISEERD, ActieStatus.UITGESTELD, ActieStatus.GESCHRAPT},
        ActieStatus.UITGESTELD: {ActieStatus.GEPLAND, ActieStatus.LOPEND, ActieStatus.GESCHRAPT},
        # A realised action can be taken up again (a remark of the advisory council, a mistake).
        ActieStatus.GEREALISEERD: {ActieStatus.LOPEND},
        ActieStatus.GESCHRAPT: set(),
    }

    sleutel = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    actieplan = models.ForeignKey(
        Actieplan, verbose_name=_("actieplan"), on_delete=models.PROTECT, related_name="acties"
    )
    nummer = models.PositiveSmallIntegerField(_("nummer"))
    resultaatsgebied = models.ForeignKey(
        Resultaatsgebied, verbose_name=_("resultaatsgebied"), on_delete=models.PROTECT, related_name="acties"
    )
    titel = models.CharField(_("titel"), max_length=200)
    wat = models.TextField(_("wat doen we?"))
    waarom = models.TextField(_("waarom?"), blank=True)
    trekker = models.ForeignKey(
        "core.Organisatie",
        verbose_name=_("verantwoordelijke dienst"),
        on_delete=models.PROTECT,
        related_name="toegankelijkheidsacties",
        limit_choices_to={"soort": "stadsdienst"},
    )
    partners = models.CharField(_("partners"), max_length=300, blank=True)
    begin = models.DateField(_("begin"), null=True, blank=True)
    einde = models.DateField(_("einde"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ActieStatus.choices, default=ActieStatus.GEPLAND
    )
    voortgang = models.PositiveSmallIntegerField(
        _("voortgang (%)"), default=0, validators=[MaxValueValidator(100)]
    )
    indicator = models.CharField(_("indicator"), max_length=300, blank=True)
    streefwaarde = models.CharField(_("streefwaarde"), max_length=200, blank=True)
    overgenomen_van = models.OneToOneField(
        "self",
        verbose_name=_("overgenomen van"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="vervolg",
    )
    bijgewerkt_op = models.DateField(_("laatst bijgewerkt"), null=True, blank=True)

    objects = ActieQuerySet.as_manager()

    class Meta:
        verbose_name = _("actie")
        verbose_name_plural = _("acties")
        ordering = ["actieplan", "nummer"]
        constraints = [
            models.UniqueConstraint(fields=["actieplan", "nummer"], name="actie_nummer_per_plan"),
            models.CheckConstraint(condition=Q(voortgang__lte=100), name="actie_voortgang_tot_100"),
            models.CheckConstraint(condition=_STATUS_EN_VOORTGANG, name="actie_status_past_bij_voortgang"),
        ]
        indexes = [models.Index(fields=["actieplan", "status"])]

    def __str__(self) -> str:
        return f"{self.actieplan.slug} #{self.nummer} {self.titel}"

    def clean(self) -> None:
        if fout := status_en_voortgang_fout(self.status, self.voortgang):
            raise ValidationError({"voortgang": fout})
        if self.begin and self.einde and self.einde < self.begin:
            raise ValidationError({"einde": _("Het einde kan niet voor het begin liggen.")})


class VoortgangsupdateQuerySet(models.QuerySet):
    def goedgekeurd(self):
        return self.filter(status=UpdateStatus.GOEDGEKEURD)


class Voortgangsupdate(models.Model):
    """A dated step on the action's timeline, written by its service; public once approved."""

    TRANSITIONS = {
        UpdateStatus.INGEDIEND: {UpdateStatus.GOEDGEKEURD, UpdateStatus.AFGEWEZEN},
        UpdateStatus.GOEDGEKEURD: set(),
        UpdateStatus.AFGEWEZEN: set(),
    }

    sleutel = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    actie = models.ForeignKey(
        Actie, verbose_name=_("actie"), on_delete=models.CASCADE, related_name="updates"
    )
    datum = models.DateField(_("datum"), default=timezone.localdate)
    tekst = models.TextField(_("wat is er gebeurd?"), max_length=3000)
    actie_status = models.CharField(_("status van de actie"), max_length=20, choices=ActieStatus.choices)
    voortgang = models.PositiveSmallIntegerField(_("voortgang (%)"), validators=[MaxValueValidator(100)])
    status = models.CharField(
        _("status"), max_length=20, choices=UpdateStatus.choices, default=UpdateStatus.INGEDIEND
    )
    ingediend_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ingediend door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    ingediend_op = models.DateTimeField(_("ingediend op"), default=timezone.now)
    reden = models.TextField(_("waarom afgewezen"), blank=True)

    objects = VoortgangsupdateQuerySet.as_manager()

    class Meta:
        verbose_name = _("voortgangsupdate")
        verbose_name_plural = _("voortgangsupdates")
        ordering = ["-datum", "-ingediend_op"]
        constraints = [
            models.CheckConstraint(condition=Q(voortgang__lte=100), name="update_voortgang_tot_100"),
        ]
        indexes = [models.Index(fields=["status", "ingediend_op"])]

    def __str__(self) -> str:
        return f"{self.actie}: {self.datum}"

    def clean(self) -> None:
        if fout := status_en_voortgang_fout(self.actie_status, self.voortgang):
            raise ValidationError({"voortgang": fout})
