from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditActie(models.TextChoices):
    BEKEKEN = "bekeken", _("Bekeken")
    GEWIJZIGD = "gewijzigd", _("Gewijzigd")
    GEEXPORTEERD = "geexporteerd", _("Geëxporteerd")
    DOORGESTUURD = "doorgestuurd", _("Doorgestuurd")


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
    content_type = models.ForeignKey(ContentType, verbose_name=_("soort object"), on_delete=models.PROTECT)
    object_id = models.CharField(_("object-id"), max_length=64)
    object_omschrijving = models.CharField(_("object"), max_length=200)
    details = models.JSONField(_("details"), default=dict, blank=True)
    wanneer = models.DateTimeField(_("wanneer"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("auditgebeurtenis")
        verbose_name_plural = _("auditlogboek")
        ordering = ["-wanneer"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.wie} {self.get_wat_display().lower()} {self.object_omschrijving}"
