import pytest
from django.core.management import CommandError, call_command

from gelijkekansen.accounts.models import User
from gelijkekansen.core.models import Organisatie


def test_demo_weigert_zonder_debug(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("demo")
    assert not User.objects.exists()


def test_demo_maakt_accounts_per_rol_en_is_herhaalbaar(client, db, settings):
    settings.DEBUG = True
    call_command("demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("demo", stdout=open("/dev/null", "w"))  # noqa: SIM115

    from gelijkekansen.core.management.commands.demo import ACCOUNTS

    assert User.objects.filter(email__in=[a[0] for a in ACCOUNTS]).count() == 11
    assert User.objects.get(email="meldpunt@example.org").groups.filter(name="meldpunt").exists()
    assert User.objects.get(email="admin@example.org").is_superuser
    assert Organisatie.objects.values("wijk").distinct().count() >= 5
    assert client.login(email="burger@example.org", password=settings.DEMO_PASSWORD)


def test_demo_toont_samen_aan_zet_in_gebruik(db, settings):
    from collections import Counter

    from gelijkekansen.core.models import Betaling
    from subsidies.models import Aanvraag

    settings.DEBUG = True
    call_command("demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    statussen = Counter(Aanvraag.objects.values_list("status", flat=True))
    assert sum(statussen.values()) == 40
    assert len(statussen) >= 10  # spread over the workflow
    assert Aanvraag.objects.values("wijken").distinct().count() >= 10
    assert Betaling.objects.exists()
    assert Aanvraag.objects.filter(aanvrager__email="burger@example.org").exists()


def test_demo_neemt_de_verenigingen_van_de_oude_reglementen_over(db, settings):
    from erkenning.models import Erkenning

    settings.DEBUG = True
    call_command("demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
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
    from erkenning.services.gids import in_de_gids

    assert in_de_gids().count() > 150  # the directory is alive
