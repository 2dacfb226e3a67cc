"""The three domains and eleven result areas of the Actieplan Toegankelijkheid 2020-2021
(policy note §3.2.1-3.2.3). Later plans may add areas in the admin."""

from django.db import migrations

DOMEINEN = [
    ("infrastructuur", "Toegankelijke infrastructuur", 1),
    ("communicatie", "Toegankelijke communicatie", 2),
    ("dienstverlening", "Toegankelijke dienstverlening", 3),
]
GEBIEDEN = [
    (
        1,
        "infrastructuur",
        "We nemen een voorbeeldrol op in het verder toegankelijk maken van onze eigen stadsgebouwen",
    ),
    (2, "infrastructuur", "We verhogen de toegankelijkheid van winkels en horeca"),
    (3, "infrastructuur", "We verhogen de toegankelijkheid van Gentse evenementen en cultuur"),
    (4, "infrastructuur", "We verhogen het comfort van het Gents openbaar domein"),
    (
        5,
        "infrastructuur",
        "We promoten GOLLD (Gentse Ontwerpen LevensLoopbestendig Design) in het nieuw en bestaand Gents woonaanbod",
    ),
    (6, "infrastructuur", "We voorzien in rolstoeltoegankelijk en genderinclusief publiek sanitair in Gent"),
    (7, "infrastructuur", "We verhogen de toegankelijkheid van duurzame vervoersmodi"),
    (
        8,
        "infrastructuur",
        "We verzamelen toegankelijkheidsdata en stellen deze ter beschikking van de eindgebruiker",
    ),
    (
        9,
        "communicatie",
        "We overbruggen taaldrempels met een effectief en modern aanbod van ondersteunende instrumenten",
    ),
    (
        10,
        "dienstverlening",
        "De Dienst Welzijn en Gelijke Kansen ondersteunt stadsdiensten op het vlak van diversiteit en gelijke kansen",
    ),
    (11, "dienstverlening", "De Stad verhoogt de toegankelijkheid van haar producten"),
]


def aanmaken(apps, schema_editor):
    Domein = apps.get_model("toegankelijkheid", "Domein")
    Resultaatsgebied = apps.get_model("toegankelijkheid", "Resultaatsgebied")
    domeinen = {
        code: Domein.objects.update_or_create(code=code, defaults={"naam": naam, "volgorde": volgorde})[0]
        for code, naam, volgorde in DOMEINEN
    }
    for nummer, domein, naam in GEBIEDEN:
        Resultaatsgebied.objects.update_or_create(
            nummer=nummer, defaults={"domein": domeinen[domein], "naam": naam}
        )


def verwijderen(apps, schema_editor):
    apps.get_model("toegankelijkheid", "Resultaatsgebied").objects.filter(
        nummer__in=[g[0] for g in GEBIEDEN]
    ).delete()
    apps.get_model("toegankelijkheid", "Domein").objects.filter(code__in=[d[0] for d in DOMEINEN]).delete()


class Migration(migrations.Migration):
    dependencies = [("toegankelijkheid", "0001_initial")]

    operations = [migrations.RunPython(aanmaken, verwijderen)]
