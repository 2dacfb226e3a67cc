"""Trigram indexes for searching a word anywhere in a name or e-mail address (the work lists'
"zoeken"). Django's icontains asks PostgreSQL ``UPPER(col::text) LIKE UPPER('%word%')``, which
a plain index never answers; a GIN index with pg_trgm on that same expression does.

PostgreSQL only: on SQLite (the embedded default) nothing happens, so the models do not declare
these indexes and ``makemigrations --check`` stays quiet."""

from django.db import migrations

INDEXEN = [
    ("accounts_user", "gk_user_naam_trgm", "naam"),
    ("accounts_user", "gk_user_email_trgm", "email"),
    ("core_organisatie", "gk_organisatie_naam_trgm", "naam"),
]


def _op_postgresql(sql_voor_index):
    def uitvoeren(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for tabel, naam, kolom in INDEXEN:
            schema_editor.execute(sql_voor_index(tabel, naam, kolom))

    return uitvoeren


maken = _op_postgresql(
    lambda tabel, naam, kolom: (
        f'CREATE INDEX IF NOT EXISTS "{naam}" ON "{tabel}" USING gin ((UPPER("{kolom}"::text)) gin_trgm_ops)'
    )
)
weghalen = _op_postgresql(lambda tabel, naam, kolom: f'DROP INDEX IF EXISTS "{naam}"')


def extensie(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0006_betalingen"),
        ("accounts", "0002_rollen"),
    ]

    operations = [
        migrations.RunPython(extensie, migrations.RunPython.noop),
        migrations.RunPython(maken, weghalen),
    ]
