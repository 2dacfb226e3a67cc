"""Seeds the accessibility action plans at scale: three plans (two published, one closed) with
actions spread over the eleven result areas and the city services, with approved updates."""

import random
from datetime import date, timedelta

STANDAARD: dict[str, int] = {"acties": 300}  # ISSUE_AANTALLEN: 3 plans, 300 actions

VERSIE = 1  # bump when the rows below change, so existing bench databases are seeded again

PLANNEN = [("2020-2021", "afgesloten"), ("2022-2023", "gepubliceerd"), ("2024-2025", "gepubliceerd")]
DIENSTEN = ["Facility Management", "Dienst Economie", "Dienst Cultuur", "Mobiliteitsbedrijf", "Groendienst"]


def seed(aantallen: dict[str, int]) -> None:
    from gelijkekansen.core.models import Organisatie
    from gelijkekansen.core.models.organisaties import OrganisatieSoort, Rechtsvorm
    from toegankelijkheid.constants import ActieStatus, UpdateStatus
    from toegankelijkheid.models import Actie, Actieplan, Resultaatsgebied, Voortgangsupdate

    willekeur = random.Random(20261201)
    diensten = [
        Organisatie.objects.get_or_create(
            naam=naam, defaults={"soort": OrganisatieSoort.STADSDIENST, "rechtsvorm": Rechtsvorm.OVERHEID}
        )[0]
        for naam in DIENSTEN
    ]
    gebieden = list(Resultaatsgebied.objects.all())
    per_plan = aantallen["acties"] // len(PLANNEN)
    for slug, status in PLANNEN:
        begin = date(int(slug[:4]), 1, 1)
        plan = Actieplan.objects.create(
            slug=slug,
            titel=f"Actieplan Toegankelijkheid {slug}",
            begin=begin,
            einde=date(begin.year + 1, 12, 31),
            status=status,
            samenvatting="Iedereen moet overal binnen kunnen.",
        )
        acties = []
        for nummer in range(1, per_plan + 1):
            actie_status = willekeur.choice(ActieStatus.values)
            voortgang = {"gepland": 0, "gerealiseerd": 100}.get(actie_status, willekeur.randint(0, 99))
            acties.append(
                Actie(
                    actieplan=plan,
                    nummer=nummer,
                    resultaatsgebied=willekeur.choice(gebieden),
                    trekker=willekeur.choice(diensten),
                    titel=f"Actie {nummer} toegankelijk maken",
                    wat="Samen met ervaringsdeskundigen maken we dit toegankelijk.",
                    status=actie_status,
                    voortgang=voortgang,
                    bijgewerkt_op=begin + timedelta(days=nummer % 500),
                )
            )
        Actie.objects.bulk_create(acties, batch_size=1_000)
        Voortgangsupdate.objects.bulk_create(
            (
                Voortgangsupdate(
                    actie=actie,
                    datum=actie.bijgewerkt_op,
                    tekst="Stand van zaken.",
                    actie_status=actie.status,
                    voortgang=actie.voortgang,
                    status=UpdateStatus.GOEDGEKEURD,
                )
                for actie in plan.acties.all()
            ),
            batch_size=1_000,
        )


def wissen() -> None:
    from toegankelijkheid.models import Actie, Actieplan

    Actie.objects.all().delete()
    Actieplan.objects.all().delete()


def tellen() -> dict[str, int]:
    from toegankelijkheid.models import Actie

    return {"acties": Actie.objects.count()}
