"""The 19 protected criteria of the anti-discrimination laws (gelijkekansen/core/data/
beschermde_criteria.csv, the kernel's copy of the reference data) and "weet ik niet"."""

import csv
from pathlib import Path

from django.db import migrations

CSV = Path(__file__).resolve().parents[2] / "gelijkekansen" / "core" / "data" / "beschermde_criteria.csv"
ONBEKEND = "weet_ik_niet"


def aanmaken(apps, schema_editor):
    Grond = apps.get_model("meldingen", "Grond")
    with CSV.open(encoding="utf-8") as bestand:
        rijen = list(csv.DictReader(bestand))
    for volgorde, rij in enumerate(rijen, start=1):
        Grond.objects.update_or_create(
            code=rij["code"],
            defaults={"volgorde": volgorde, "wet": rij["wet"], "bevoegd": rij["bevoegd_orgaan"]},
        )
    Grond.objects.update_or_create(code=ONBEKEND, defaults={"volgorde": len(rijen) + 1})


def verwijderen(apps, schema_editor):
    apps.get_model("meldingen", "Grond").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("meldingen", "0001_initial")]

    operations = [migrations.RunPython(aanmaken, verwijderen)]
