"""Seeds the uniform recognition at scale: recognitions of the seeded organisations in every
category, four in five of them in the public directory with a short introduction."""

import random

STANDAARD: dict[str, int] = {"erkenningen": 1_000}

VERSIE = 1  # bump when the rows below change, so existing bench databases are seeded again

ZINNEN = [
    "Samen koken en praten.",
    "Petanque op dinsdag.",
    "Taalcafé voor nieuwkomers.",
    "Wandelen in de wijk.",
]


def seed(aantallen: dict[str, int]) -> None:
    from erkenning.constants import Categorie, ErkenningStatus
    from erkenning.models import Erkenning, Vermelding
    from gelijkekansen.core.models import Organisatie

    willekeur = random.Random(20261201)
    organisaties = list(Organisatie.objects.order_by("pk")[: aantallen["erkenningen"]])
    statussen = [ErkenningStatus.ERKEND] * 8 + [ErkenningStatus.VERLOPEN, ErkenningStatus.GESCHORST]
    Erkenning.objects.bulk_create(
        (
            Erkenning(
                organisatie=organisatie,
                categorie=willekeur.choice(Categorie.values),
                status=willekeur.choice(statussen),
                ledenaantal=willekeur.randint(10, 500),
            )
            for organisatie in organisaties
        ),
        batch_size=1_000,
    )
    Vermelding.objects.bulk_create(
        (
            Vermelding(
                organisatie=organisatie,
                zichtbaar=willekeur.random() < 0.8,
                voorstelling=f"{organisatie.naam}: {willekeur.choice(ZINNEN)}",
            )
            for organisatie in organisaties
        ),
        batch_size=1_000,
    )


def wissen() -> None:
    from erkenning.models import Erkenning, Vermelding

    Vermelding.objects.all().delete()
    Erkenning.objects.all().delete()


def tellen() -> dict[str, int]:
    from erkenning.models import Erkenning, Vermelding

    return {m._meta.model_name: m.objects.count() for m in (Erkenning, Vermelding)}
