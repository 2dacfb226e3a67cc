"""Carry the conversation, the completion requests, the attachments and the reminder dates of Samen
Aan Zet over to the kernel's blocks (core.Bericht, core.Bijlage, core.Herinnering); 0005 then drops
the old tables and columns.

Forward: every subsidies.Bericht becomes a message of the file's thread (marked read: the old model
knew no read state); every Aanvullingsvraag a question, with its answer as a linked answer message;
every subsidies.Bijlage a core.Bijlage with the same id and the same stored file; every
``*_herinnerd_op`` a row in the send-log. Download events in the audit log keep their object id and
now name the kernel's attachment type.

Backward rebuilds the old rows from the kernel's. What the old tables cannot hold is left out:
internal notes, and messages of other apps are never touched.
"""

import uuid

from django.db import migrations

VERANTWOORDING = "verantwoording"
AANVULLING, VERANTWOORDING_HERINNERD, JURY = (
    "subsidies-aanvulling",
    "subsidies-verantwoording",
    "subsidies-jury",
)


def _ct(apps, app_label, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.get_or_create(app_label=app_label, model=model)[0]


def vooruit(apps, schema_editor):
    Aanvraag = apps.get_model("subsidies", "Aanvraag")
    Oproep = apps.get_model("subsidies", "Oproep")
    OudBericht = apps.get_model("subsidies", "Bericht")
    Aanvullingsvraag = apps.get_model("subsidies", "Aanvullingsvraag")
    OudeBijlage = apps.get_model("subsidies", "Bijlage")
    Draad = apps.get_model("core", "Draad")
    Bericht = apps.get_model("core", "Bericht")
    Bijlage = apps.get_model("core", "Bijlage")
    Herinnering = apps.get_model("core", "Herinnering")
    AuditEvent = apps.get_model("core", "AuditEvent")
    aanvraag_ct = _ct(apps, "subsidies", "aanvraag")
    bericht_ct = _ct(apps, "core", "bericht")
    draden = {}

    def draad(aanvraag):
        if aanvraag.pk not in draden:
            draden[aanvraag.pk] = Draad.objects.get_or_create(
                content_type=aanvraag_ct, object_id=str(aanvraag.pk)
            )[0]
        return draden[aanvraag.pk]

    for oud in OudBericht.objects.select_related("aanvraag", "afzender").order_by("verstuurd_op", "pk"):
        burger = oud.afzender_id is not None and (
            oud.afzender_id == oud.aanvraag.aanvrager_id or not oud.afzender.is_staff
        )
        Bericht.objects.create(
            draad=draad(oud.aanvraag),
            soort="bericht",
            kant="burger" if burger else "dienst",
            afzender_id=oud.afzender_id,
            tekst=oud.tekst,
            verstuurd_op=oud.verstuurd_op,
            gelezen_op=oud.verstuurd_op,
        )
    for oud in Aanvullingsvraag.objects.select_related("aanvraag").order_by("gevraagd_op", "pk"):
        vraag = Bericht.objects.create(
            draad=draad(oud.aanvraag),
            soort="vraag",
            kant="dienst",
            afzender_id=oud.gevraagd_door_id,
            tekst=oud.vraag,
            verstuurd_op=oud.gevraagd_op,
            gelezen_op=oud.beantwoord_op or oud.gevraagd_op,
        )
        if oud.beantwoord_op:
            Bericht.objects.create(
                draad=vraag.draad,
                soort="antwoord",
                kant="burger",
                afzender_id=oud.aanvraag.aanvrager_id,
                tekst=oud.antwoord or "—",
                antwoord_op=vraag,
                verstuurd_op=oud.beantwoord_op,
                gelezen_op=oud.beantwoord_op,
            )
        if oud.herinnerd_op:
            Herinnering.objects.create(
                soort=AANVULLING,
                content_type=bericht_ct,
                object_id=str(vraag.pk),
                ontvanger_id=oud.aanvraag.aanvrager_id,
                verstuurd_op=oud.herinnerd_op,
            )
    for oud in OudeBijlage.objects.order_by("toegevoegd_op"):
        Bijlage.objects.create(
            id=oud.id,
            content_type=aanvraag_ct,
            object_id=str(oud.aanvraag_id),
            soort=VERANTWOORDING if oud.voor_verantwoording else "",
            bestand=oud.bestand,
            naam=oud.naam,
            mime=oud.mime,
            sha256=oud.sha256,
            grootte=oud.grootte,
            toegevoegd_op=oud.toegevoegd_op,
        )
    AuditEvent.objects.filter(content_type=_ct(apps, "subsidies", "bijlage")).update(
        content_type=_ct(apps, "core", "bijlage")
    )
    for aanvraag in Aanvraag.objects.filter(verantwoording_herinnerd_op__isnull=False):
        Herinnering.objects.create(
            soort=VERANTWOORDING_HERINNERD,
            content_type=aanvraag_ct,
            object_id=str(aanvraag.pk),
            ontvanger_id=aanvraag.aanvrager_id,
            verstuurd_op=aanvraag.verantwoording_herinnerd_op,
        )
    oproep_ct = _ct(apps, "subsidies", "oproep")
    for oproep in Oproep.objects.filter(jury_herinnerd_op__isnull=False).prefetch_related("juryleden"):
        # The old column claimed the whole call: every jury member counts as reminded.
        for jurylid in oproep.juryleden.all():
            Herinnering.objects.create(
                soort=JURY,
                content_type=oproep_ct,
                object_id=str(oproep.pk),
                ontvanger_id=jurylid.pk,
                verstuurd_op=oproep.jury_herinnerd_op,
            )


def terug(apps, schema_editor):
    Aanvraag = apps.get_model("subsidies", "Aanvraag")
    Oproep = apps.get_model("subsidies", "Oproep")
    OudBericht = apps.get_model("subsidies", "Bericht")
    Aanvullingsvraag = apps.get_model("subsidies", "Aanvullingsvraag")
    OudeBijlage = apps.get_model("subsidies", "Bijlage")
    Draad = apps.get_model("core", "Draad")
    Bericht = apps.get_model("core", "Bericht")
    Bijlage = apps.get_model("core", "Bijlage")
    Herinnering = apps.get_model("core", "Herinnering")
    AuditEvent = apps.get_model("core", "AuditEvent")
    aanvraag_ct = _ct(apps, "subsidies", "aanvraag")
    bericht_ct = _ct(apps, "core", "bericht")
    oproep_ct = _ct(apps, "subsidies", "oproep")
    herinnerd = {
        h.object_id: h.verstuurd_op
        for h in Herinnering.objects.filter(soort=AANVULLING, content_type=bericht_ct).order_by(
            "-verstuurd_op"
        )
    }
    draden = Draad.objects.filter(content_type=aanvraag_ct)
    berichten = (
        Bericht.objects.filter(draad__in=draden).select_related("draad").order_by("verstuurd_op", "id")
    )
    for bericht in berichten:
        aanvraag_id = uuid.UUID(bericht.draad.object_id)
        # auto_now_add fields: created first, their time put back with an update.
        if bericht.soort == "bericht" and not bericht.intern:
            oud = OudBericht.objects.create(
                aanvraag_id=aanvraag_id, afzender_id=bericht.afzender_id, tekst=bericht.tekst
            )
            OudBericht.objects.filter(pk=oud.pk).update(verstuurd_op=bericht.verstuurd_op)
        elif bericht.soort == "vraag":
            antwoord = Bericht.objects.filter(antwoord_op=bericht).first()
            oud = Aanvullingsvraag.objects.create(
                aanvraag_id=aanvraag_id,
                vraag=bericht.tekst,
                gevraagd_door_id=bericht.afzender_id,
                antwoord=antwoord.tekst if antwoord else "",
                beantwoord_op=antwoord.verstuurd_op if antwoord else None,
                herinnerd_op=herinnerd.get(str(bericht.pk)),
            )
            Aanvullingsvraag.objects.filter(pk=oud.pk).update(gevraagd_op=bericht.verstuurd_op)
    Herinnering.objects.filter(soort=AANVULLING, content_type=bericht_ct).delete()
    draden.delete()

    for bijlage in Bijlage.objects.filter(content_type=aanvraag_ct):
        OudeBijlage.objects.create(
            id=bijlage.id,
            aanvraag_id=uuid.UUID(bijlage.object_id),
            bestand=bijlage.bestand,
            naam=bijlage.naam,
            mime=bijlage.mime,
            sha256=bijlage.sha256,
            grootte=bijlage.grootte,
            voor_verantwoording=bijlage.soort == VERANTWOORDING,
        )
        OudeBijlage.objects.filter(pk=bijlage.id).update(toegevoegd_op=bijlage.toegevoegd_op)
    oude_ids = [str(i) for i in OudeBijlage.objects.values_list("id", flat=True)]
    AuditEvent.objects.filter(content_type=_ct(apps, "core", "bijlage"), object_id__in=oude_ids).update(
        content_type=_ct(apps, "subsidies", "bijlage")
    )
    Bijlage.objects.filter(content_type=aanvraag_ct).delete()

    for h in Herinnering.objects.filter(soort=VERANTWOORDING_HERINNERD, content_type=aanvraag_ct).order_by(
        "verstuurd_op"
    ):
        Aanvraag.objects.filter(pk=uuid.UUID(h.object_id), verantwoording_herinnerd_op__isnull=True).update(
            verantwoording_herinnerd_op=h.verstuurd_op
        )
    for h in Herinnering.objects.filter(soort=JURY, content_type=oproep_ct).order_by("verstuurd_op"):
        Oproep.objects.filter(pk=uuid.UUID(h.object_id), jury_herinnerd_op__isnull=True).update(
            jury_herinnerd_op=h.verstuurd_op
        )
    Herinnering.objects.filter(soort__in=[VERANTWOORDING_HERINNERD, JURY]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0004_berichten_bijlagen_herinneringen"),
        ("subsidies", "0003_werklijst_index"),
    ]

    operations = [migrations.RunPython(vooruit, terug)]
