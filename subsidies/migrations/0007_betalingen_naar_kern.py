"""Carry the payments and SEPA files of Samen Aan Zet over to the kernel (core.Betaling,
core.Betaalbatch); 0008 then drops the old tables.

Forward: every subsidies.Betaalbatch becomes a core.Betaalbatch with the same id, time, author,
execution date and stored file; every subsidies.Betaling a core.Betaling with the same id,
structured reference, kind, amount, status, batch and dates, linked to its application by content
type + id (as text) with the file's number as reference. Export events in the audit log keep their
object id and now name the kernel's file type. The id sequences are set past the copied ids, so the
next payment gets a new id (and so a new structured reference).

Backward rebuilds the old rows from the kernel's payments of applications. What the old tables
cannot hold is lost: a returned or refused payment goes back as "te betalen" without batch (the
old model knew only te betalen, in batch, betaald), the return date, the confirmed execution date
and the history rows of the payments (left in place, pointing to a type that no longer has rows);
payments of other apps and files holding none of these payments are not touched.
"""

from django.core.management.color import no_style
from django.db import migrations


def _ct(apps, app_label, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.get_or_create(app_label=app_label, model=model)[0]


def _reeksen_bijwerken(schema_editor, *modellen) -> None:
    for sql in schema_editor.connection.ops.sequence_reset_sql(no_style(), modellen):
        schema_editor.execute(sql)


def _nummer(aanvraag_id) -> str:
    return f"SAZ-{str(aanvraag_id)[:8].upper()}"


def _audit_verhangen(apps, van, naar) -> None:
    apps.get_model("core", "AuditEvent").objects.filter(content_type=van).update(content_type=naar)


def vooruit(apps, schema_editor):
    OudeBatch = apps.get_model("subsidies", "Betaalbatch")
    OudeBetaling = apps.get_model("subsidies", "Betaling")
    Betaalbatch = apps.get_model("core", "Betaalbatch")
    Betaling = apps.get_model("core", "Betaling")
    aanvraag_ct = _ct(apps, "subsidies", "aanvraag")
    for oud in OudeBatch.objects.order_by("pk"):
        nieuw = Betaalbatch.objects.create(
            pk=oud.pk, door_id=oud.door_id, uitvoeringsdatum=oud.uitvoeringsdatum, bestand=oud.bestand
        )
        Betaalbatch.objects.filter(pk=nieuw.pk).update(aangemaakt=oud.aangemaakt)  # auto_now_add
    for oud in OudeBetaling.objects.order_by("pk"):
        Betaling.objects.create(
            pk=oud.pk,
            content_type=aanvraag_ct,
            object_id=str(oud.aanvraag_id),
            referentie=_nummer(oud.aanvraag_id),
            soort=oud.soort,
            bedrag=oud.bedrag,
            mededeling=oud.mededeling,
            status=oud.status,
            batch_id=oud.batch_id,
            betaald_op=oud.betaald_op,
        )
        Betaling.objects.filter(pk=oud.pk).update(aangemaakt=oud.aangemaakt)
    _audit_verhangen(apps, _ct(apps, "subsidies", "betaalbatch"), _ct(apps, "core", "betaalbatch"))
    _audit_verhangen(apps, _ct(apps, "subsidies", "betaling"), _ct(apps, "core", "betaling"))
    _reeksen_bijwerken(schema_editor, Betaalbatch, Betaling)


def terug(apps, schema_editor):
    OudeBatch = apps.get_model("subsidies", "Betaalbatch")
    OudeBetaling = apps.get_model("subsidies", "Betaling")
    Betaalbatch = apps.get_model("core", "Betaalbatch")
    Betaling = apps.get_model("core", "Betaling")
    Aanvraag = apps.get_model("subsidies", "Aanvraag")
    betalingen = Betaling.objects.filter(content_type=_ct(apps, "subsidies", "aanvraag")).order_by("pk")
    batch_ids = set(betalingen.exclude(batch=None).values_list("batch_id", flat=True))
    for batch in Betaalbatch.objects.filter(pk__in=batch_ids).order_by("pk"):
        OudeBatch.objects.create(
            pk=batch.pk, door_id=batch.door_id, uitvoeringsdatum=batch.uitvoeringsdatum, bestand=batch.bestand
        )
        OudeBatch.objects.filter(pk=batch.pk).update(aangemaakt=batch.aangemaakt)
    bestaand = {str(pk) for pk in Aanvraag.objects.values_list("pk", flat=True)}
    for betaling in betalingen:
        if betaling.object_id not in bestaand:
            continue
        weg = betaling.status in ("teruggestort", "geweigerd")
        OudeBetaling.objects.create(
            pk=betaling.pk,
            aanvraag_id=Aanvraag._meta.pk.to_python(betaling.object_id),
            soort=betaling.soort,
            bedrag=betaling.bedrag,
            mededeling=betaling.mededeling,
            status="te_betalen" if weg else betaling.status,
            batch_id=None if weg else betaling.batch_id,
            betaald_op=None if weg else betaling.betaald_op,
        )
        OudeBetaling.objects.filter(pk=betaling.pk).update(aangemaakt=betaling.aangemaakt)
    _audit_verhangen(apps, _ct(apps, "core", "betaalbatch"), _ct(apps, "subsidies", "betaalbatch"))
    _audit_verhangen(apps, _ct(apps, "core", "betaling"), _ct(apps, "subsidies", "betaling"))
    betalingen.delete()
    Betaalbatch.objects.filter(pk__in=batch_ids, betalingen=None).delete()
    _reeksen_bijwerken(schema_editor, OudeBatch, OudeBetaling)


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0006_betalingen"),
        ("subsidies", "0006_reglement_rechtsgrond"),
    ]

    operations = [migrations.RunPython(vooruit, terug)]
