"""One Erkenning per organisation and category: the uniform recognition, also for those taken
over from the five older regulations (``oud_reglement`` with their old reference)."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from erkenning.constants import AANVRAAG_OPEN, LOPEND, Categorie, Criterium, ErkenningStatus, OudReglement
from erkenning.workflow import TRANSITIONS
from gelijkekansen.core.validators import iban_leesbaar, valideer_belgisch_iban, valideer_rekeninghouder


class ErkenningQuerySet(models.QuerySet):
    def van_organisatie_van(self, user) -> "ErkenningQuerySet":
        """The recognitions of the organisations this person is a confirmed responsible of."""
        from gelijkekansen.core.models import Organisatie
        from gelijkekansen.core.models.organisaties import LidmaatschapRol

        organisaties = Organisatie.objects.van_gebruiker(user, rol=LidmaatschapRol.VERANTWOORDELIJKE)
        return self.filter(organisatie__in=organisaties.values("pk"))


class Erkenning(models.Model):
    Status = ErkenningStatus
    TRANSITIONS = TRANSITIONS

    # The key in URLs and the file number (``nummer``): not the sequential id.
    sleutel = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organisatie = models.ForeignKey(
        "core.Organisatie",
        verbose_name=_("organisatie"),
        on_delete=models.PROTECT,
        related_name="erkenningen",
    )
    categorie = models.CharField(_("categorie"), max_length=40, choices=Categorie.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=ErkenningStatus.choices, default=ErkenningStatus.CONCEPT
    )
    aangevraagd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("aangevraagd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    ledenaantal = models.PositiveIntegerField(_("aantal leden"), null=True, blank=True)
    leden_in_gent = models.PositiveIntegerField(_("leden die in Gent wonen"), null=True, blank=True)
    actief_sinds = models.DateField(_("actief sinds"), null=True, blank=True)
    doelgroepen = models.ManyToManyField("core.Doelgroep", verbose_name=_("doelgroepen"), blank=True)
    werking = models.TextField(_("wat doet jullie vereniging?"), max_length=3000, blank=True)
    # {criterium: how the association meets it}; a criterion without text is not ticked.
    criteria = models.JSONField(_("criteria"), default=dict, blank=True)
    iban = models.CharField(
        _("rekeningnummer (IBAN)"), max_length=34, blank=True, validators=[valideer_belgisch_iban]
    )
    rekeninghouder = models.CharField(
        _("naam van de rekeninghouder"), max_length=150, blank=True, validators=[valideer_rekeninghouder]
    )
    behandelaar = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("dossierbehandelaar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    geldig_van = models.DateField(_("erkend vanaf"), null=True, blank=True)
    geldig_tot = models.DateField(_("erkend tot"), null=True, blank=True)
    motivering = models.TextField(_("motivering van de beslissing"), blank=True)
    oud_reglement = models.CharField(
        _("oud reglement"), max_length=30, choices=OudReglement.choices, blank=True
    )
    oud_kenmerk = models.CharField(_("kenmerk in het oude reglement"), max_length=40, blank=True)
    ingediend_op = models.DateTimeField(_("ingediend op"), null=True, blank=True)
    beslist_op = models.DateTimeField(_("beslist op"), null=True, blank=True)
    aangemaakt = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    gewijzigd = models.DateTimeField(_("gewijzigd"), auto_now=True)

    objects = ErkenningQuerySet.as_manager()

    class Meta:
        verbose_name = _("erkenning")
        verbose_name_plural = _("erkenningen")
        ordering = ["-aangemaakt", "-id"]
        constraints = [
            # The legacy import finds a row again by its old reference: re-running changes nothing.
            models.UniqueConstraint(
                fields=["oud_reglement", "oud_kenmerk"],
                condition=~Q(oud_kenmerk=""),
                name="erkenning_oud_kenmerk_uniek",
            ),
            models.CheckConstraint(
                condition=Q(geldig_tot__isnull=True)
                | Q(geldig_van__isnull=True)
                | Q(geldig_tot__gte=models.F("geldig_van")),
                name="erkenning_geldig_tot_na_van",
            ),
            # No double application, and no two recognitions at once, per organisation and category.
            models.UniqueConstraint(
                fields=["organisatie", "categorie"],
                condition=Q(status__in=sorted(AANVRAAG_OPEN)),
                name="erkenning_een_open_aanvraag",
                violation_error_message=_("Deze vereniging heeft al een aanvraag in deze categorie."),
            ),
            models.UniqueConstraint(
                fields=["organisatie", "categorie"],
                condition=Q(status__in=sorted(LOPEND)),
                name="erkenning_een_lopende",
                violation_error_message=_("Deze vereniging is al erkend in deze categorie."),
            ),
        ]
        indexes = [models.Index(fields=["status", "categorie"])]

    def __str__(self) -> str:
        return f"{self.organisatie} ({self.get_categorie_display()})"

    @property
    def nummer(self) -> str:
        """Short reference for letters and the phone."""
        return f"ERK-{str(self.sleutel)[:8].upper()}"

    @property
    def iban_leesbaar(self) -> str:
        return iban_leesbaar(self.iban)

    @property
    def criteria_lijst(self) -> list[tuple[str, str]]:
        """The ticked criteria as (criterion in words, how the association meets it)."""
        return [(str(c.label), self.criteria[c.value]) for c in Criterium if self.criteria.get(c.value)]


class Bestuurslid(models.Model):
    erkenning = models.ForeignKey(Erkenning, on_delete=models.CASCADE, related_name="bestuursleden")
    naam = models.CharField(_("naam"), max_length=150)
    functie = models.CharField(_("functie"), max_length=100, blank=True)
    woont_in_gent = models.BooleanField(_("woont in Gent"), default=False)

    class Meta:
        verbose_name = _("bestuurslid")
        verbose_name_plural = _("bestuursleden")
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.naam


class Vermelding(models.Model):
    """An association's entry in the public directory /verenigingen/: opt-in, by a confirmed
    responsible of the organisation. Its e-mail address is never shown: visitors write through
    the contact form."""

    # The directory's address for the association: not its sequential id.
    sleutel = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organisatie = models.OneToOneField(
        "core.Organisatie", verbose_name=_("organisatie"), on_delete=models.CASCADE, related_name="vermelding"
    )
    zichtbaar = models.BooleanField(_("in de verenigingengids"), default=False)
    voorstelling = models.TextField(_("korte voorstelling"), max_length=1000, blank=True)
    toon_website = models.BooleanField(_("website tonen"), default=True)
    toon_telefoon = models.BooleanField(_("telefoonnummer tonen"), default=False)
    gewijzigd = models.DateTimeField(_("gewijzigd"), auto_now=True)

    class Meta:
        verbose_name = _("vermelding in de gids")
        verbose_name_plural = _("vermeldingen in de gids")
        ordering = ["organisatie__naam"]

    def __str__(self) -> str:
        return str(self.organisatie)
