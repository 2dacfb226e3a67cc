"""Demo data: the ~250 associations of the five older regulations, taken over by the legacy
import from the sample file the tests use. Run by `manage.py demo`; safe to run twice (the
import finds every row again)."""

from django.conf import settings

from erkenning.services.importeren import erkenningen_importeren

VOORBEELD = settings.BASE_DIR / "tests" / "erkenning" / "erkenningen_voorbeeld.csv"


def laden(stdout) -> None:
    if not VOORBEELD.is_file():  # an image without the tests: no demo associations
        stdout.write(f"erkenning: {VOORBEELD} ontbreekt, geen demoverenigingen")
        return
    with VOORBEELD.open(encoding="utf-8") as regels:
        verslag = erkenningen_importeren(regels)
    stdout.write("erkenning: " + ", ".join(verslag.regels()[:4]))
    _in_de_gids()


def _in_de_gids() -> None:
    """Four in five recognised associations chose to be in the directory, with a few words."""
    from erkenning.models import Vermelding
    from erkenning.workflow import GELDIG
    from gelijkekansen.core.models import Organisatie

    erkend = Organisatie.objects.filter(erkenningen__status__in=GELDIG, vermelding__isnull=True).distinct()
    Vermelding.objects.bulk_create(
        Vermelding(
            organisatie=organisatie,
            zichtbaar=organisatie.pk % 5 != 0,
            voorstelling=f"{organisatie.naam} brengt mensen samen in Gent. Iedereen is welkom.",
        )
        for organisatie in erkend
    )
