"""One way to bring an application for recognition to a given state: the draft filled in through
the association's services, then step by step as the association and the case handler would.
Shared by the tests (factory, access matrix), the demo and anyone who needs a file "as it would
be" — never by setting ``status``."""

from collections.abc import Callable
from datetime import date

from django.core.files.base import ContentFile

from erkenning.constants import BijlageSoort, Criterium
from erkenning.constants import ErkenningStatus as S
from erkenning.models import Erkenning
from erkenning.services import aanvragen, behandeling

PAD = [S.INGEDIEND, S.IN_BEHANDELING, S.ERKEND]
ZIJWEGEN = {
    S.GEWEIGERD: [S.INGEDIEND, S.IN_BEHANDELING],
    S.GESCHORST: PAD,
    S.INGETROKKEN: PAD,
    S.VERLOPEN: PAD,
}


def concept_invullen(
    erkenning: Erkenning, *, door, leden: int = 40, iban: str = "BE71096123456769"
) -> Erkenning:
    """Every section of the draft, as a responsible would fill it in, statutes included."""
    from gelijkekansen.core.models import Doelgroep
    from gelijkekansen.core.uploads import valideer_upload

    aanvragen.erkenning_bewaren(
        erkenning=erkenning,
        door=door,
        velden={
            "werking": "Elke week een ontmoeting met koffie, elke maand een uitstap.",
            "actief_sinds": date(2015, 9, 1),
            "ledenaantal": leden,
            "leden_in_gent": leden * 3 // 4,
            "criteria": {c.value: "Zo staat het in onze statuten en zo werken we." for c in Criterium},
            "iban": iban,
            "rekeninghouder": erkenning.organisatie.naam,
        },
        doelgroepen=Doelgroep.objects.all()[:1],
    )
    aanvragen.bestuur_bewaren(
        erkenning=erkenning,
        door=door,
        leden=[
            {"naam": "An Peeters", "functie": "voorzitter", "woont_in_gent": True},
            {"naam": "Mohamed El Amrani", "functie": "penningmeester", "woont_in_gent": True},
            {"naam": "Sofie Claes", "functie": "secretaris", "woont_in_gent": False},
        ],
    )
    statuten = valideer_upload(ContentFile(b"Statuten van de vereniging.\n", name="statuten.txt"))
    aanvragen.bijlage_toevoegen(erkenning=erkenning, bestand=statuten, soort=BijlageSoort.STATUTEN, door=door)
    return erkenning


def naar_status(erkenning: Erkenning, status: str, *, behandelaar) -> Erkenning:
    """Move a complete draft (``concept_invullen``) to ``status``."""
    if status == S.CONCEPT:
        return erkenning
    stappen = _stappen(erkenning, behandelaar)
    weg = ZIJWEGEN[status] + [status] if status in ZIJWEGEN else PAD[: PAD.index(status) + 1]
    for stap in weg:
        stappen[stap]()
    erkenning.refresh_from_db()
    return erkenning


def _stappen(erkenning: Erkenning, staf) -> dict[str, Callable[[], object]]:
    vereniging = erkenning.aangevraagd_door
    return {
        S.INGEDIEND: lambda: aanvragen.erkenning_indienen(erkenning=erkenning, door=vereniging),
        S.IN_BEHANDELING: lambda: behandeling.in_behandeling_nemen(erkenning=erkenning, door=staf),
        S.ERKEND: lambda: behandeling.erkennen(
            erkenning=erkenning, door=staf, motivering="Voldoet aan alle criteria."
        ),
        S.GEWEIGERD: lambda: behandeling.weigeren(
            erkenning=erkenning, door=staf, motivering="De meeste leden wonen niet in Gent."
        ),
        S.GESCHORST: lambda: behandeling.schorsen(
            erkenning=erkenning, door=staf, reden="Het jaarverslag van vorig jaar ontbreekt."
        ),
        S.INGETROKKEN: lambda: behandeling.intrekken(
            erkenning=erkenning, door=staf, reden="De vereniging is gestopt met haar werking."
        ),
        S.VERLOPEN: lambda: _laten_verlopen(erkenning),
    }


def _laten_verlopen(erkenning: Erkenning) -> None:
    """The validity ends: the beat's daily step, run on the day after the last day."""
    from datetime import timedelta

    erkenning.refresh_from_db()
    behandeling.verlopen_verwerken(
        vandaag=erkenning.geldig_tot + timedelta(days=1),
        erkenningen=Erkenning.objects.filter(pk=erkenning.pk),
    )
