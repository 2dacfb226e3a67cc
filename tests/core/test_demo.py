"""`manage.py demo`: refused without DEBUG; with it, every chapter alive, and safe to run twice.
One test loads it (twice) and checks every chapter: a load takes about a minute."""

from collections import Counter

import pytest
from django.core.management import CommandError, call_command

from gelijkekansen.accounts.models import User
from gelijkekansen.core.models import Betaling, Organisatie


def test_demo_weigert_zonder_debug(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("demo")
    assert not User.objects.exists()


def test_demo_laat_elk_hoofdstuk_leven_en_is_herhaalbaar(client, db, settings):
    settings.DEBUG = True
    call_command("demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    aantallen = {model: model.objects.count() for model in (User, Organisatie, Betaling)}
    call_command("demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert {model: model.objects.count() for model in aantallen} == aantallen  # nothing twice
    _accounts(client, settings)
    _samen_aan_zet()
    _erkenning()
    _noodfonds()
    _toegankelijkheid()
    _meldingen()


def _accounts(client, settings):
    from gelijkekansen.core.management.commands.demo import ACCOUNTS

    assert User.objects.filter(email__in=[a[0] for a in ACCOUNTS]).count() == 12
    assert User.objects.get(email="meldpunt@example.org").groups.filter(name="meldpunt").exists()
    assert User.objects.get(email="admin@example.org").is_superuser
    assert Organisatie.objects.values("wijk").distinct().count() >= 5
    assert client.login(email="burger@example.org", password=settings.DEMO_PASSWORD)


def _samen_aan_zet():
    from subsidies.models import Aanvraag

    statussen = Counter(Aanvraag.objects.values_list("status", flat=True))
    assert sum(statussen.values()) == 40
    assert len(statussen) >= 10  # spread over the workflow
    assert Aanvraag.objects.values("wijken").distinct().count() >= 10
    assert Aanvraag.objects.filter(aanvrager__email="burger@example.org").exists()


def _erkenning():
    from erkenning.models import Erkenning, Ondersteuningsvraag, Subsidiejaar
    from erkenning.services.gids import in_de_gids

    # The sample file once (249 rows taken over, 1 double refused) and applications in every state.
    assert Erkenning.objects.filter(oud_reglement__gt="").count() == 249
    statussen = set(Erkenning.objects.filter(oud_reglement="").values_list("status", flat=True))
    assert statussen == {
        "concept",
        "ingediend",
        "in_behandeling",
        "erkend",
        "geweigerd",
        "geschorst",
        "ingetrokken",
    }
    assert Erkenning.objects.filter(aangevraagd_door__email="burger@example.org", status="concept").exists()
    assert Erkenning.objects.values("categorie").distinct().count() == 5
    assert in_de_gids().count() > 150  # the directory is alive
    vorig, nieuw = Subsidiejaar.objects.order_by("jaar")
    assert (vorig.status, nieuw.status) == ("goedgekeurd", "open")
    assert vorig.schaal < 1 and Betaling.objects.filter(content_type__model="werkingssubsidie").exists()
    assert set(Ondersteuningsvraag.objects.values_list("status", flat=True)) == {
        "nieuw",
        "doorgestuurd",
        "beantwoord",
    }


def _noodfonds():
    from subsidies.models import Noodsteun

    statussen = Counter(Noodsteun.objects.values_list("status", flat=True))
    assert sum(statussen.values()) > 200 and set(statussen) == {"toegekend", "uitbetaald"}
    assert Noodsteun.objects.filter(soort="middelgroot").count() == 5
    assert Betaling.objects.filter(content_type__model="noodsteun", batch__isnull=False).exists()


def _toegankelijkheid():
    from toegankelijkheid.models import Actie, Actieplan, Advies, Evaluatie

    assert dict(Actieplan.objects.values_list("slug", "status")) == {
        "2020-2021": "afgesloten",
        "2022-2023": "gepubliceerd",
    }
    assert Actie.objects.filter(actieplan__slug="2020-2021").count() == 20
    overgenomen = Actie.objects.filter(actieplan__slug="2022-2023", overgenomen_van__isnull=False).count()
    assert 0 < overgenomen < 20  # the unfinished ones
    assert set(Actie.objects.values_list("status", flat=True)) >= {
        "gepland",
        "lopend",
        "gerealiseerd",
        "uitgesteld",
    }
    assert Evaluatie.objects.filter(status="gepubliceerd").count() == 1
    assert Advies.objects.filter(status="beantwoord").count() == 2


def _meldingen():
    from gelijkekansen.core.models import Grafsteen
    from meldingen.cijfers import Periode, overzicht
    from meldingen.models import Antwoordsjabloon, Melding, Statistiek

    # 2018 as the policy note says, in the public figures.
    assert (
        overzicht(Periode(2018), publiek=True)["meldingen"],
        overzicht(Periode(2018), publiek=True)["dossiers"],
    ) == (
        "210",
        "86",
    )
    assert Statistiek.objects.values("jaar").distinct().count() >= 9
    # This year's reports in every state, with messages; the old ones removed by the retention rule.
    assert set(Melding.objects.values_list("status", flat=True)) == {
        "nieuw",
        "in_behandeling",
        "doorverwezen",
        "opgevolgd",
        "afgesloten",
        "heropend",
    }
    assert Grafsteen.objects.filter(regel="meldingen-verwijderen").count() == 5
    assert Statistiek.objects.filter(melding__isnull=True, jaar=2020).exists()
    assert Antwoordsjabloon.objects.count() == 3
    from gelijkekansen.core.models import Rapport

    assert Rapport.objects.filter(soort="meldingen-jaarrapport").exists()  # last year's public PDF
