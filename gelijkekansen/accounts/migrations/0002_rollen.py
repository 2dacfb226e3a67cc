"""The roles of DESIGN §3 as Django groups. Names are fixed here: code and tests rely on them."""

from django.db import migrations

ROLLEN = [
    "dossierbehandelaar-subsidies",
    "jury",
    "erkenningen",
    "meldpunt",
    "vrijwilligerspunt",
    "welzijnsregie",
    "toegankelijkheid",
    "adviesraad",
]


def aanmaken(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for naam in ROLLEN:
        Group.objects.get_or_create(name=naam)


def verwijderen(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLLEN).delete()


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(aanmaken, verwijderen)]
