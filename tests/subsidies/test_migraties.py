"""Migrations 0004/0005: the old conversation, completion requests, attachments and reminder dates
of Samen Aan Zet arrive in the kernel's blocks, and come back when migrating backwards."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

OUD = [("subsidies", "0003_werklijst_index")]
NIEUW = [("subsidies", "0005_oude_berichten_bijlagen_weg")]
T1, T2, T3 = (datetime(2026, 3, d, 10, 0, tzinfo=UTC) for d in (1, 2, 3))


def _leesbaar(tekst: str) -> str:
    """The message as the portal reads it: core is at its newest state here (not migrated back),
    so the copied rows are encrypted (core 0011), while this historical model reads raw text."""
    from gelijkekansen.core.versleuteling import ontsleutelen

    return (
        ontsleutelen(tekst.removeprefix("fernet:").encode()).decode()
        if tekst.startswith("fernet:")
        else tekst
    )


def _migreren(doel):
    executor = MigrationExecutor(connection)
    executor.migrate(doel)
    executor.loader.build_graph()
    return executor.loader.project_state(doel).apps


@pytest.mark.django_db(transaction=True)
def test_oude_rijen_komen_aan_in_de_kern_en_terug():
    apps = _migreren(OUD)
    User = apps.get_model("accounts", "User")
    burger = User.objects.create(email="oud@example.org", naam="Oude Aanvrager")
    staf = User.objects.create(email="staf@example.org", naam="Staf", is_staff=True)
    jurylid = User.objects.create(email="jury-oud@example.org", naam="Jury")
    reglement = apps.get_model("subsidies", "Reglement").objects.create(
        code="oud", naam="Oud", samenvatting="-", max_bedrag=Decimal(5000)
    )
    oproep = apps.get_model("subsidies", "Oproep").objects.create(
        reglement=reglement, titel="Oud", budget_wijkgericht=1, budget_stedelijk=1, jury_herinnerd_op=T3
    )
    oproep.juryleden.add(jurylid)
    aanvraag = apps.get_model("subsidies", "Aanvraag").objects.create(
        oproep=oproep, aanvrager=burger, aanvrager_soort="burger", verantwoording_herinnerd_op=T2
    )
    OudBericht = apps.get_model("subsidies", "Bericht")
    for afzender, tekst in [(burger, "Vraag van de burger"), (staf, "Antwoord van de stad")]:
        b = OudBericht.objects.create(aanvraag=aanvraag, afzender=afzender, tekst=tekst)
        OudBericht.objects.filter(pk=b.pk).update(verstuurd_op=T1)
    vraag = apps.get_model("subsidies", "Aanvullingsvraag").objects.create(
        aanvraag=aanvraag,
        vraag="Offerte?",
        gevraagd_door=staf,
        antwoord="In bijlage.",
        beantwoord_op=T2,
        herinnerd_op=T3,
    )
    apps.get_model("subsidies", "Aanvullingsvraag").objects.filter(pk=vraag.pk).update(gevraagd_op=T1)
    bijlage = apps.get_model("subsidies", "Bijlage").objects.create(
        aanvraag=aanvraag,
        bestand="subsidies/2026/abc.pdf",
        naam="offerte.pdf",
        mime="application/pdf",
        sha256="a" * 64,
        grootte=10,
        voor_verantwoording=True,
    )
    ContentType = apps.get_model("contenttypes", "ContentType")
    oud_type = ContentType.objects.get_or_create(app_label="subsidies", model="bijlage")[0]
    apps.get_model("core", "AuditEvent").objects.create(
        wat="gedownload", content_type=oud_type, object_id=str(bijlage.pk)
    )

    apps = apps_nieuw = _migreren(NIEUW)
    Bericht = apps.get_model("core", "Bericht")
    draad = apps.get_model("core", "Draad").objects.get(object_id=str(aanvraag.pk))
    rijen = list(Bericht.objects.filter(draad=draad).order_by("verstuurd_op", "soort"))
    assert [(b.soort, b.kant, _leesbaar(b.tekst)) for b in rijen] == [
        ("bericht", "burger", "Vraag van de burger"),
        ("bericht", "dienst", "Antwoord van de stad"),
        ("vraag", "dienst", "Offerte?"),
        ("antwoord", "burger", "In bijlage."),
    ]
    vraag_nieuw = rijen[2]
    assert rijen[3].antwoord_op_id == vraag_nieuw.pk and rijen[3].verstuurd_op == T2
    assert all(b.gelezen_op for b in rijen)
    nieuwe_bijlage = apps.get_model("core", "Bijlage").objects.get(pk=bijlage.pk)
    assert (nieuwe_bijlage.bestand, nieuwe_bijlage.soort, nieuwe_bijlage.object_id) == (
        "subsidies/2026/abc.pdf",
        "verantwoording",
        str(aanvraag.pk),
    )
    assert apps.get_model("core", "AuditEvent").objects.get().content_type.model == "bijlage"
    assert apps.get_model("core", "AuditEvent").objects.get().content_type.app_label == "core"
    herinneringen = {
        (h.soort, h.object_id, h.ontvanger_id, h.verstuurd_op)
        for h in apps.get_model("core", "Herinnering").objects.all()
    }
    assert herinneringen == {
        ("subsidies-aanvulling", str(vraag_nieuw.pk), burger.pk, T3),
        ("subsidies-verantwoording", str(aanvraag.pk), burger.pk, T2),
        ("subsidies-jury", str(oproep.pk), jurylid.pk, T3),
    }

    apps = _migreren(OUD)  # and back: the old rows again, the kernel's gone
    terug = apps.get_model("subsidies", "Aanvullingsvraag").objects.get()
    assert (terug.vraag, terug.antwoord, terug.gevraagd_op, terug.beantwoord_op, terug.herinnerd_op) == (
        "Offerte?",
        "In bijlage.",
        T1,
        T2,
        T3,
    )
    assert sorted(apps.get_model("subsidies", "Bericht").objects.values_list("tekst", flat=True)) == [
        "Antwoord van de stad",
        "Vraag van de burger",
    ]
    assert apps.get_model("subsidies", "Bijlage").objects.get().voor_verantwoording
    assert apps.get_model("subsidies", "Aanvraag").objects.get().verantwoording_herinnerd_op == T2
    assert apps.get_model("subsidies", "Oproep").objects.get().jury_herinnerd_op == T3
    # The kernel's tables stay (core is not migrated back): emptied of what came from subsidies.
    assert not Bericht.objects.exists()
    assert not apps_nieuw.get_model("core", "Herinnering").objects.exists()
    assert apps.get_model("core", "AuditEvent").objects.get().content_type.app_label == "subsidies"

    _migreren(MigrationExecutor(connection).loader.graph.leaf_nodes())
