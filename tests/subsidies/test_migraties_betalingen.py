"""Migrations 0007/0008: the payments and SEPA files of Samen Aan Zet arrive in the kernel with
their ids, references and files, and come back when migrating backwards."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

OUD = [("subsidies", "0006_reglement_rechtsgrond")]
NIEUW = [("subsidies", "0008_oude_betalingen_weg")]
T1, T2 = (datetime(2026, 3, d, 10, 0, tzinfo=UTC) for d in (1, 2))


def _migreren(doel):
    executor = MigrationExecutor(connection)
    executor.migrate(doel)
    executor.loader.build_graph()
    return executor.loader.project_state(doel).apps


@pytest.mark.django_db(transaction=True)
def test_betalingen_komen_aan_in_de_kern_en_terug():
    apps = _migreren(OUD)
    User = apps.get_model("accounts", "User")
    burger = User.objects.create(email="oud@example.org", naam="Oude Aanvrager")
    staf = User.objects.create(email="staf@example.org", naam="Staf", is_staff=True)
    reglement = apps.get_model("subsidies", "Reglement").objects.create(
        code="oud", naam="Oud", samenvatting="-", max_bedrag=Decimal(5000)
    )
    oproep = apps.get_model("subsidies", "Oproep").objects.create(
        reglement=reglement, titel="Oud", budget_wijkgericht=1, budget_stedelijk=1
    )
    aanvraag = apps.get_model("subsidies", "Aanvraag").objects.create(
        oproep=oproep, aanvrager=burger, aanvrager_soort="burger"
    )
    OudeBatch = apps.get_model("subsidies", "Betaalbatch")
    OudeBetaling = apps.get_model("subsidies", "Betaling")
    batch = OudeBatch.objects.create(
        pk=41, door=staf, uitvoeringsdatum=date(2026, 3, 3), bestand="subsidies/sepa/GK-00000041.xml"
    )
    OudeBatch.objects.filter(pk=batch.pk).update(aangemaakt=T1)
    rijen = [
        (57, "voorschot", "800.00", "+++260/0000/05704+++", "betaald", batch.pk, date(2026, 3, 3)),
        (58, "saldo", "200.00", "+++260/0000/05805+++", "te_betalen", None, None),
    ]
    for pk, soort, bedrag, ogm, status, batch_id, betaald_op in rijen:
        OudeBetaling.objects.create(
            pk=pk,
            aanvraag=aanvraag,
            soort=soort,
            bedrag=Decimal(bedrag),
            mededeling=ogm,
            status=status,
            batch_id=batch_id,
            betaald_op=betaald_op,
        )
    OudeBetaling.objects.update(aangemaakt=T2)
    ContentType = apps.get_model("contenttypes", "ContentType")
    oud_type = ContentType.objects.get_or_create(app_label="subsidies", model="betaalbatch")[0]
    apps.get_model("core", "AuditEvent").objects.create(
        wat="geexporteerd", content_type=oud_type, object_id=str(batch.pk)
    )

    apps = apps_nieuw = _migreren(NIEUW)
    Betaling = apps.get_model("core", "Betaling")
    nieuw = {
        b.pk: (
            b.object_id,
            b.referentie,
            b.soort,
            str(b.bedrag),
            b.mededeling,
            b.status,
            b.batch_id,
            b.betaald_op,
        )
        for b in Betaling.objects.all()
    }
    nummer = f"SAZ-{str(aanvraag.pk)[:8].upper()}"
    assert nieuw == {
        57: (
            str(aanvraag.pk),
            nummer,
            "voorschot",
            "800.00",
            "+++260/0000/05704+++",
            "betaald",
            41,
            date(2026, 3, 3),
        ),
        58: (str(aanvraag.pk), nummer, "saldo", "200.00", "+++260/0000/05805+++", "te_betalen", None, None),
    }
    assert set(Betaling.objects.values_list("aangemaakt", flat=True)) == {T2}
    assert Betaling.objects.get(pk=57).content_type.model == "aanvraag"
    nieuwe_batch = apps.get_model("core", "Betaalbatch").objects.get()
    assert (nieuwe_batch.pk, nieuwe_batch.bestand, nieuwe_batch.door_id, nieuwe_batch.aangemaakt) == (
        41,
        "subsidies/sepa/GK-00000041.xml",
        staf.pk,
        T1,
    )
    assert apps.get_model("core", "AuditEvent").objects.get().content_type.app_label == "core"
    # The next payment gets a new id (and so a new structured reference): the sequence moved on.
    volgende = Betaling.objects.create(
        content_type_id=Betaling.objects.get(pk=57).content_type_id,
        object_id=str(aanvraag.pk),
        referentie=nummer,
        soort="saldo",
        bedrag=Decimal(1),
        mededeling="tijdelijk",
    )
    assert volgende.pk > 58
    volgende.delete()

    apps = _migreren(OUD)  # and back: the old rows again, the kernel's gone
    terug = {
        b.pk: (b.aanvraag_id, b.soort, b.mededeling, b.status, b.batch_id, b.betaald_op, b.aangemaakt)
        for b in apps.get_model("subsidies", "Betaling").objects.all()
    }
    assert terug == {
        57: (aanvraag.pk, "voorschot", "+++260/0000/05704+++", "betaald", 41, date(2026, 3, 3), T2),
        58: (aanvraag.pk, "saldo", "+++260/0000/05805+++", "te_betalen", None, None, T2),
    }
    oude_batch = apps.get_model("subsidies", "Betaalbatch").objects.get()
    assert (oude_batch.pk, oude_batch.bestand, oude_batch.aangemaakt) == (
        41,
        "subsidies/sepa/GK-00000041.xml",
        T1,
    )
    # The kernel's tables stay (core is not migrated back): emptied of what came from subsidies.
    assert not Betaling.objects.exists()
    assert not apps_nieuw.get_model("core", "Betaalbatch").objects.exists()
    assert apps.get_model("core", "AuditEvent").objects.get().content_type.app_label == "subsidies"

    _migreren(MigrationExecutor(connection).loader.graph.leaf_nodes())
