"""Ghent's 25 wijken (data/gent_wijken.csv, carried here so the migration never changes) and
the policy's target groups."""

from django.db import migrations

WIJKEN = [
    (1, "44021W01", "Binnenstad"),
    (2, "44021W02", "Sluizeken - Tolhuis - Ham"),
    (3, "44021W03", "Macharius - Heirnis"),
    (4, "44021W04", "Brugse Poort - Rooigem"),
    (5, "44021W05", "Watersportbaan - Ekkergem"),
    (6, "44021W06", "Elisabethbegijnhof - Prinsenhof - Papegaai - Sint-Michiels"),
    (7, "44021W07", "Rabot - Blaisantvest"),
    (8, "44021W08", "Wondelgem"),
    (9, "44021W09", "Bloemekenswijk"),
    (10, "44021W10", "Muide - Meulestede - Afrikalaan"),
    (11, "44021W11", "Gentse Kanaaldorpen en -zone"),
    (12, "44021W12", "Oostakker"),
    (13, "44021W13", "Dampoort"),
    (14, "44021W14", "Sint-Amandsberg"),
    (15, "44021W15", "Moscou - Vogelhoek"),
    (16, "44021W16", "Gentbrugge"),
    (17, "44021W17", "Oud Gentbrugge"),
    (18, "44021W18", "Ledeberg"),
    (19, "44021W19", "Zwijnaarde"),
    (20, "44021W20", "Nieuw Gent - UZ"),
    (21, "44021W21", "Stationsbuurt-Zuid"),
    (22, "44021W22", "Stationsbuurt-Noord"),
    (23, "44021W23", "Sint-Denijs-Westrem - Afsnee"),
    (24, "44021W24", "Mariakerke"),
    (25, "44021W25", "Drongen"),
]

DOELGROEPEN = [
    ("etnisch-culturele-minderheden", "Etnisch-culturele minderheden"),
    ("personen-met-een-beperking", "Personen met een beperking"),
    ("senioren", "Senioren"),
    ("lgbtqia", "LGBTQIA+"),
    ("mensen-in-armoede", "Mensen in armoede"),
    ("nieuwkomers", "Nieuwkomers"),
    ("jongeren", "Jongeren"),
]


def laden(apps, schema_editor):
    Wijk = apps.get_model("core", "Wijk")
    Doelgroep = apps.get_model("core", "Doelgroep")
    for nummer, code, naam in WIJKEN:
        Wijk.objects.update_or_create(nummer=nummer, defaults={"code": code, "naam": naam})
    for code, naam in DOELGROEPEN:
        Doelgroep.objects.update_or_create(code=code, defaults={"naam": naam})


def verwijderen(apps, schema_editor):
    apps.get_model("core", "Wijk").objects.filter(code__in=[code for _, code, _ in WIJKEN]).delete()
    apps.get_model("core", "Doelgroep").objects.filter(code__in=[code for code, _ in DOELGROEPEN]).delete()


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]

    operations = [migrations.RunPython(laden, verwijderen)]
