"""A trigram index on the title of an application, for the work list's search (see
core 0007_zoekindexen: the same expression Django's icontains asks). PostgreSQL only."""

from django.db import migrations

NAAM = "gk_aanvraag_titel_trgm"


def maken(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{NAAM}" ON "subsidies_aanvraag" '
            'USING gin ((UPPER("titel"::text)) gin_trgm_ops)'
        )


def weghalen(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f'DROP INDEX IF EXISTS "{NAAM}"')


class Migration(migrations.Migration):
    dependencies = [
        ("subsidies", "0008_oude_betalingen_weg"),
        ("core", "0007_zoekindexen"),
    ]

    operations = [migrations.RunPython(maken, weghalen)]
