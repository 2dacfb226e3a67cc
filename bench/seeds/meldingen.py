"""Seeds the Meldpunt at scale: 100,000 reports over 2018-2025 (encrypted story, every type,
ground, domain, channel and wijk; most closed, the last months open), each with its figures row,
a third referred. Persona ``meldpunt`` (staff with the role and a second factor)."""

import random
import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

STANDAARD: dict[str, int] = {"meldingen": 100_000}  # ISSUE_AANTALLEN
VERSIE = 1

MELDPUNT = "bench-meldpunt@example.org"
PERSONAS = {"meldpunt": MELDPUNT}
JAREN = range(2018, 2026)
GENT = ZoneInfo("Europe/Brussels")


def formulier() -> dict[str, str]:
    """What an anonymous reporter sends (bench/pages.py: the form's throughput)."""
    return {
        "soort": "discriminatie",
        "gronden": "huidskleur",
        "levensdomein": "uitgaansleven",
        "beschrijving": "De portier liet mijn vrienden binnen, maar mij niet.",
        "rol": "slachtoffer",
        "wens": "registreren",
        "website": "",
    }


def seed(aantallen: dict[str, int]) -> None:
    from django.contrib.auth.models import Group

    from gelijkekansen.accounts.models import User
    from gelijkekansen.accounts.roles import Rol
    from gelijkekansen.core.models import Wijk
    from meldingen.constants import Instantie, Kanaal, Levensdomein, MeldingStatus, Soort, Uitkomst, Wens
    from meldingen.constants import Rol as MelderRol
    from meldingen.models import Grond, Melding, Statistiek, Verwijzingscijfer

    # No password: bench/run.py writes the persona's session (with its second factor) itself.
    medewerker = User(email=MELDPUNT, naam="Bench Meldpunt", is_staff=True)
    medewerker.set_unusable_password()
    medewerker.save()
    medewerker.groups.add(Group.objects.get(name=Rol.MELDPUNT))
    kans = random.Random(20181210)
    gronden = list(Grond.objects.values_list("code", flat=True))
    wijken = list(Wijk.objects.values_list("pk", flat=True)) + [None] * 8
    per_jaar = aantallen["meldingen"] // len(JAREN)
    laatste = datetime(2025, 10, 1, tzinfo=GENT)
    for jaar in JAREN:
        meldingen, cijfers, grond_m, grond_s, verwijzingen = [], [], [], [], []
        for _ in range(per_jaar):
            moment = datetime(jaar, 1, 1, 9, tzinfo=GENT) + timedelta(
                days=kans.randrange(365), minutes=kans.randrange(600)
            )
            status = kans.choice(list(MeldingStatus)) if moment > laatste else MeldingStatus.AFGESLOTEN
            velden = {
                "soort": kans.choice(Soort.values),
                "levensdomein": kans.choice(Levensdomein.values),
                "kanaal": kans.choice(Kanaal.values),
                "rol": kans.choice(MelderRol.values),
                "wens": kans.choice(Wens.values),
                "status": status,
                "wijk_id": kans.choice(wijken),
                "is_dossier": kans.random() < 0.4,
            }
            melding = Melding(
                id=uuid.UUID(int=kans.getrandbits(128), version=4),
                beschrijving="De portier liet mijn vrienden binnen, maar mij niet.",
                ontvangen_op=moment,
                afgesloten_op=moment + timedelta(days=60) if status == MeldingStatus.AFGESLOTEN else None,
                **velden,
            )
            meldingen.append(melding)
            statistiek = Statistiek(melding_id=melding.id, jaar=jaar, maand=moment.month, **velden)
            cijfers.append(statistiek)
            for code in {kans.choice(gronden) for _ in range(kans.choice([1, 1, 2]))}:
                grond_m.append((melding.id, code))
                grond_s.append((statistiek, code))
            if kans.random() < 0.3:
                verwijzingen.append((statistiek, kans.choice(Instantie.values), kans.choice(Uitkomst.values)))
        Melding.objects.bulk_create(meldingen, batch_size=2_000)
        Statistiek.objects.bulk_create(cijfers, batch_size=2_000)
        Melding.gronden.through.objects.bulk_create(
            (Melding.gronden.through(melding_id=m, grond_id=g) for m, g in grond_m), batch_size=5_000
        )
        Statistiek.gronden.through.objects.bulk_create(
            (Statistiek.gronden.through(statistiek_id=s.pk, grond_id=g) for s, g in grond_s), batch_size=5_000
        )
        Verwijzingscijfer.objects.bulk_create(
            (Verwijzingscijfer(statistiek_id=s.pk, instantie=i, uitkomst=u) for s, i, u in verwijzingen),
            batch_size=5_000,
        )


def wissen() -> None:
    from gelijkekansen.accounts.models import User
    from meldingen.models import Melding, Statistiek

    Statistiek.objects.all().delete()
    Melding.objects.all().delete()
    User.objects.filter(email=MELDPUNT).delete()


def tellen() -> dict[str, int]:
    from meldingen.models import Melding

    return {"meldingen": Melding.objects.count()}
