"""One Organisatie record per association, shared by every chapter.

An association that is recognised, applies for Samen Aan Zet and posts vacancies is one
Organisatie; people are linked to it through Lidmaatschap (verantwoordelijke or lid).
"""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.validators import (
    iban_leesbaar,
    normaliseer_iban,
    normaliseer_ondernemingsnummer,
    valideer_iban,
    valideer_ondernemingsnummer,
)


class OrganisatieSoort(models.TextChoices):
    VERENIGING = "vereniging", _("Vereniging")
    BEWONERSGROEP = "bewonersgroep", _("Bewonersgroep")
    WELZIJNSORGANISATIE = "welzijnsorganisatie", _("Welzijnsorganisatie")
    VRIJWILLIGERSORGANISATIE = "vrijwilligersorganisatie", _("Vrijwilligersorganisatie")
    STADSDIENST = "stadsdienst", _("Stadsdienst")
    DIENSTENCENTRUM = "dienstencentrum", _("Lokaal dienstencentrum")
    ADVIESRAAD = "adviesraad", _("Adviesraad")


class Rechtsvorm(models.TextChoices):
    FEITELIJKE_VERENIGING = "feitelijke_vereniging", _("Feitelijke vereniging")
    VZW = "vzw", _("Vzw")
    IVZW = "ivzw", _("Ivzw")
    STICHTING = "stichting", _("Stichting")
    COOPERATIE = "cooperatie", _("Coöperatieve vennootschap")
    OVERHEID = "overheid", _("Overheid")
    ANDERE = "andere", _("Andere")


class OrganisatieQuerySet(models.QuerySet):
    def van_gebruiker(self, user, *, rol: str | None = None) -> "OrganisatieQuerySet":
        if not user.is_authenticated:
            return self.none()
        # Only confirmed memberships count: an unconfirmed one grants nothing (see services_organisaties).
        filters = {"lidmaatschappen__user": user, "lidmaatschappen__bevestigd_op__isnull": False}
        if rol:
            filters["lidmaatschappen__rol"] = rol
        return self.filter(**filters).distinct()


class Organisatie(models.Model):
    naam = models.CharField(_("naam"), max_length=200)
    soort = models.CharField(_("soort"), max_length=30, choices=OrganisatieSoort.choices)
    rechtsvorm = models.CharField(_("rechtsvorm"), max_length=30, choices=Rechtsvorm.choices)
    ondernemingsnummer = models.CharField(
        _("ondernemingsnummer"),
        max_length=20,  # accepts "BE 0417.497.106" as typed; clean() stores the 10 digits
        blank=True,
        validators=[valideer_ondernemingsnummer],
        help_text=_("Niet nodig voor een feitelijke vereniging."),
    )
    adres = models.CharField(_("adres"), max_length=200, blank=True)
    postcode = models.CharField(
        _("postcode"),
        max_length=4,
        blank=True,
        # ASCII digits: \d also matches "٩٠٠٠", which no Belgian postcode is.
        validators=[RegexValidator(r"^[0-9]{4}$", _("Een postcode heeft 4 cijfers."))],
    )
    gemeente = models.CharField(_("gemeente"), max_length=100, blank=True, default="Gent")
    wijk = models.ForeignKey(
        "core.Wijk",
        verbose_name=_("wijk"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        help_text=_("Leeg laten als de organisatie in heel Gent werkt."),
    )
    doelgroepen = models.ManyToManyField("core.Doelgroep", verbose_name=_("doelgroepen"), blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    telefoon = models.CharField(_("telefoon"), max_length=30, blank=True)
    website = models.URLField(_("website"), blank=True)
    iban = models.CharField(_("IBAN"), max_length=34, blank=True, validators=[valideer_iban])
    aangemaakt = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    gewijzigd = models.DateTimeField(_("gewijzigd"), auto_now=True)
    leden = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="core.Lidmaatschap",
        through_fields=("organisatie", "user"),
        related_name="organisaties",
        blank=True,
    )

    objects = OrganisatieQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        ordering = ["naam"]
        constraints = [
            models.UniqueConstraint(
                fields=["ondernemingsnummer"],
                condition=~Q(ondernemingsnummer=""),
                name="organisatie_ondernemingsnummer_uniek",
                violation_error_message=_("Er bestaat al een organisatie met dit ondernemingsnummer."),
            )
        ]

    def __str__(self) -> str:
        return self.naam

    def clean(self) -> None:
        # Store compact forms so the uniqueness check and searches compare like with like.
        if self.ondernemingsnummer:
            self.ondernemingsnummer = normaliseer_ondernemingsnummer(self.ondernemingsnummer)
        if self.iban:
            self.iban = normaliseer_iban(self.iban)

    @property
    def iban_leesbaar(self) -> str:
        return iban_leesbaar(self.iban)


class LidmaatschapRol(models.TextChoices):
    VERANTWOORDELIJKE = "verantwoordelijke", _("Verantwoordelijke")
    LID = "lid", _("Lid")


class Lidmaatschap(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.CASCADE,
        related_name="lidmaatschappen",
    )
    organisatie = models.ForeignKey(
        Organisatie, verbose_name=_("organisatie"), on_delete=models.CASCADE, related_name="lidmaatschappen"
    )
    rol = models.CharField(
        _("rol"), max_length=20, choices=LidmaatschapRol.choices, default=LidmaatschapRol.LID
    )
    sinds = models.DateField(_("sinds"), auto_now_add=True)
    # A new responsible person counts only once confirmed by an existing one or by erkenningen
    # staff: nobody grants themselves access to an organisation's files.
    bevestigd_op = models.DateTimeField(_("bevestigd op"), null=True, blank=True)
    bevestigd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("bevestigd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        constraints = [models.UniqueConstraint(fields=["user", "organisatie"], name="lidmaatschap_uniek")]

    def __str__(self) -> str:
        return f"{self.user} – {self.organisatie} ({self.get_rol_display()})"


class Rekeningwijziging(models.Model):
    """A new account number an organisation asks for. Payments keep using the confirmed one
    (``Organisatie.iban``) until the erkenningen staff confirm this request: a stolen login
    alone does not redirect a grant."""

    class Status(models.TextChoices):
        GEVRAAGD = "gevraagd", _("Gevraagd")
        BEVESTIGD = "bevestigd", _("Bevestigd")
        GEWEIGERD = "geweigerd", _("Geweigerd")

    organisatie = models.ForeignKey(
        Organisatie,
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="rekeningwijzigingen",
    )
    iban = models.CharField(_("nieuw rekeningnummer (IBAN)"), max_length=34, validators=[valideer_iban])
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.GEVRAAGD)
    gevraagd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gevraagd door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    gevraagd_op = models.DateTimeField(_("gevraagd op"), default=timezone.now)
    beslist_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("beslist door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    beslist_op = models.DateTimeField(_("beslist op"), null=True, blank=True)
    reden = models.TextField(_("reden van de weigering"), blank=True)

    class Meta:
        verbose_name = _("rekeningwijziging")
        verbose_name_plural = _("rekeningwijzigingen")
        ordering = ["-gevraagd_op"]
        constraints = [
            # One open request per organisation: a new one replaces the old (services_organisaties).
            models.UniqueConstraint(
                fields=["organisatie"], condition=Q(status="gevraagd"), name="rekeningwijziging_een_open"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisatie}: {iban_leesbaar(self.iban)}"

    @property
    def iban_leesbaar(self) -> str:
        return iban_leesbaar(self.iban)
