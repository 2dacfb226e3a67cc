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

    assert User.objects.count() == 11
    assert User.objects.get(email="meldpunt@example.org").groups.filter(name="meldpunt").exists()
    assert User.objects.get(email="admin@example.org").is_superuser
    assert Organisatie.objects.values("wijk").distinct().count() >= 5
    assert client.login(email="burger@example.org", password=settings.DEMO_PASSWORD)
