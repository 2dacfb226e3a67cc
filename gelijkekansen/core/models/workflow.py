from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class StatusWijzigingQuerySet(models.QuerySet):
    def voor(self, obj: models.Model) -> "StatusWijzigingQuerySet":
        return self.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
        ).select_related("door")


class StatusWijziging(models.Model):
    """One row per workflow step, for every stateful model: who, when, from, to and why."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    object = GenericForeignKey("content_type", "object_id")
    van = models.CharField(_("van"), max_length=40)
    naar = models.CharField(_("naar"), max_length=40)
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reden = models.TextField(_("reden"), blank=True)
    tijdstip = models.DateTimeField(_("tijdstip"), auto_now_add=True, db_index=True)

    objects = StatusWijzigingQuerySet.as_manager()

    class Meta:
        verbose_name = _("statuswijziging")
        verbose_name_plural = _("statuswijzigingen")
        ordering = ["tijdstip", "pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.van} → {self.naar}"

    @property
    def naar_label(self) -> str:
        """The new status as the reader's language calls it (the row stores the code)."""
        # get_for_id is cached per process: a history of fifty steps asks the database nothing.
        model = ContentType.objects.get_for_id(self.content_type_id).model_class()
        keuzes = dict(model._meta.get_field("status").flatchoices) if model else {}
        return str(keuzes.get(self.naar, self.naar))

    @property
    def omschrijving(self) -> str:
        """The reason in the reader's language: the standard reasons are stored as their Dutch
        source text (gettext_noop) and translated here; a motivation someone typed stays as typed."""
        from django.utils.translation import gettext

        return gettext(self.reden) if self.reden else self.naar_label
