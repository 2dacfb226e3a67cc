from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditActie(models.TextChoices):
    BEKEKEN = "bekeken", _("Bekeken")
    GEWIJZIGD = "gewijzigd", _("Gewijzigd")
    GEEXPORTEERD = "geexporteerd", _("Geëxporteerd")
    DOORGESTUURD = "doorgestuurd", _("Doorgestuurd")
    GEDOWNLOAD = "gedownload", _("Gedownload")
    # Account events: who logged in, failed, was locked out or refused, and from where.
    AANGEMELD = "aangemeld", _("Aangemeld")
    AANMELDING_MISLUKT = "aanmelding_mislukt", _("Aanmelding mislukt")
    GEBLOKKEERD = "geblokkeerd", _("Geblokkeerd na te veel pogingen")
    TWEEDE_FACTOR = "tweede_factor", _("Tweestapsverificatie")
    GEWEIGERD = "geweigerd", _("Toegang geweigerd")
    AFGEMELD = "afgemeld", _("Afgemeld")


class AuditEvent(models.Model):
    """Who looked at, changed, exported or forwarded a sensitive object. Never edited."""

    wie = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("wie"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    wat = models.CharField(_("wat"), max_length=20, choices=AuditActie.choices)
    # Account events (a failed login for an unknown address) may concern no object at all.
    content_type = models.ForeignKey(
        ContentType, verbose_name=_("soort object"), null=True, blank=True, on_delete=models.PROTECT
    )
    object_id = models.CharField(_("object-id"), max_length=64, blank=True)
    object_omschrijving = models.CharField(_("object"), max_length=200, blank=True)
    # The client address as seen through the trusted proxies only (ALLAUTH_TRUSTED_PROXY_COUNT).
    ip = models.GenericIPAddressField(_("IP-adres"), null=True, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)
    wanneer = models.DateTimeField(_("wanneer (UTC)"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("auditgebeurtenis")
        verbose_name_plural = _("auditlogboek")
        ordering = ["-wanneer"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.wie} {self.get_wat_display().lower()} {self.object_omschrijving}"
