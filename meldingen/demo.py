"""Demo data of the Meldpunt.

- The figures of every year since 2018 — 2018 as the policy note says (210 reports, 86 dossiers,
  mostly goods and services and work, on racial grounds and disability) — as figures rows only
  (``historische_cijfers``): the Meldpunt's earlier years come from Unia's yearly reports, not
  from this portal, so there is no report behind them.
- This year's reports in every state, with messages, a question answered by the reporter, a
  referral with consent, after-care and standard replies; a few reports of 2020 closed long ago,
  which the real retention rule then deletes (their figures stay, a tombstone records it).

All reports go through the real services. Run once (a second run finds reports and stops)."""

import random
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from gelijkekansen.core import berichten, publiek
from gelijkekansen.core.bewaren import bewaartermijnen_toepassen
from gelijkekansen.core.models import Wijk
from meldingen import scenario
from meldingen.constants import PUBLIEK, Instantie, Kanaal, Levensdomein, Rol, Soort, Uitkomst, Wens
from meldingen.constants import MeldingStatus as S
from meldingen.models import Antwoordsjabloon, Grond, Melding, Statistiek, Verwijzingscijfer
from meldingen.services import behandeling, melden

# (year, reports, dossiers): 2018 from the policy note (Unia's yearly report), later years a
# plausible rise as the policy asks more people to report.
JAREN = [
    (2018, 210, 86),
    (2019, 224, 90),
    (2020, 241, 97),
    (2021, 236, 95),
    (2022, 252, 101),
    (2023, 268, 108),
    (2024, 281, 112),
    (2025, 297, 118),
]
DIT_JAAR = 36
AFGESLOTEN_IN_2020 = 5

# Weights as the note describes 2018: goods and services and work first; racial grounds and disability.
DOMEINEN = {
    Levensdomein.GOEDEREN_DIENSTEN: 30,
    Levensdomein.WERK: 26,
    Levensdomein.HUISVESTING: 10,
    Levensdomein.ONDERWIJS: 7,
    Levensdomein.MEDIA_ONLINE: 9,
    Levensdomein.POLITIE_JUSTITIE: 4,
    Levensdomein.UITGAANSLEVEN: 5,
    Levensdomein.SAMENLEVING: 6,
    Levensdomein.WELZIJN: 2,
    Levensdomein.OPENBAAR_VERVOER: 1,
}
GRONDEN = {
    "huidskleur": 18,
    "afkomst": 16,
    "nationale_of_etnische_afstamming": 12,
    "nationaliteit": 6,
    "handicap": 14,
    "geloof_of_levensbeschouwing": 8,
    "seksuele_orientatie": 6,
    "geslacht": 6,
    "leeftijd": 5,
    "gezondheidstoestand": 3,
    "vermogen": 2,
    "taal": 2,
    "weet_ik_niet": 2,
}
SOORTEN = {
    Soort.DISCRIMINATIE: 70,
    Soort.HAATSPRAAK_ONLINE: 10,
    Soort.HAATMISDRIJF: 6,
    Soort.SEKSUELE_INTIMIDATIE: 7,
    Soort.ETHNIC_PROFILING: 4,
    Soort.ANDERE: 3,
}
KANALEN = {Kanaal.WEB: 55, Kanaal.TELEFOON: 20, Kanaal.LOKET: 12, Kanaal.SMS: 8, Kanaal.PARTNER: 5}
VERHALEN = [
    "Bij het solliciteren zei men aan de telefoon dat de job al weg was. Mijn vriend belde een uur later met een Vlaamse naam en werd uitgenodigd.",
    "De portier liet mijn vrienden binnen, maar mij niet. Hij zei dat het 'vol' was, terwijl er nog mensen binnengingen.",
    "De verhuurder wilde niet verhuren toen hij hoorde dat ik een leefloon heb.",
    "Op de tram riep een man dat ik naar mijn land moest teruggaan. Niemand zei iets.",
    "Onder een filmpje van onze vereniging staan tientallen haatberichten over onze hoofddoek.",
    "In de winkel mocht ik met mijn rolstoel niet binnen omdat de gangen te smal zouden zijn.",
    "Een collega maakt elke dag grapjes over mijn geaardheid. Mijn leidinggevende lacht mee.",
]
SJABLONEN = [
    (
        "Ontvangst",
        "Dank je voor je melding. We lazen ze. Een medewerker neemt ze op en laat binnen vijf werkdagen iets weten.",
    ),
    (
        "Toestemming vragen",
        "Mogen we je melding doorgeven aan {instantie}? Zij kunnen je verder helpen. Geef je toestemming op de pagina van je melding.",
    ),
    (
        "Nazorg aanbieden",
        "Wil je met iemand praten over wat er gebeurde? We kunnen een gesprek plannen, bij ons of bij een partner in je buurt.",
    ),
]


def laden(stdout) -> None:
    if Melding.objects.exists() or Statistiek.objects.exists():
        return
    medewerker = get_user_model().objects.filter(email="meldpunt@example.org").first()
    if medewerker is None:
        return
    kans = random.Random(2018)  # the same demo every time
    for titel, tekst in SJABLONEN:
        Antwoordsjabloon.objects.get_or_create(titel=titel, defaults={"tekst": tekst})
    gronden = {g.code: g for g in Grond.objects.all()}
    wijken = list(Wijk.objects.all())
    for jaar, aantal, dossiers in JAREN:
        historische_cijfers(kans, jaar, aantal, dossiers, gronden=gronden, wijken=wijken)
    for _nummer in range(AFGESLOTEN_IN_2020):
        melding = _melding(kans, gronden, wijken, _moment(kans, 2020), dossier=False, door=medewerker)
        _afhandelen(melding, medewerker, kans)
    _dit_jaar(kans, gronden, wijken, medewerker)
    weg = bewaartermijnen_toepassen(regels=["meldingen-contact", "meldingen-verwijderen"])
    # Last year's public report, as the beat makes it on 15 January (the worker, or in-process).
    from gelijkekansen.core.services import rapport_aanvragen
    from meldingen.rapporten import JAARRAPPORT

    rapport_aanvragen(soort=JAARRAPPORT, parameters={"jaar": timezone.localdate().year - 1}, door=None)
    verwijderd = sum(len(r.ids) for r in weg if r.regel == "meldingen-verwijderen")
    stdout.write(
        f"meldingen: {Statistiek.objects.count()} meldingen in de cijfers sinds 2018, "
        f"{Melding.objects.count()} nog bewaard ({verwijderd} na de bewaartermijn verwijderd)"
    )


def historische_cijfers(
    kans: random.Random, jaar: int, aantal: int, dossiers: int, *, gronden, wijken
) -> None:
    """Figures rows of a year without reports behind them (also the bench's seed), in bulk."""
    rijen = Statistiek.objects.bulk_create(
        Statistiek(
            jaar=jaar,
            maand=kans.randrange(1, 13),
            soort=_kies(kans, SOORTEN),
            levensdomein=_kies(kans, DOMEINEN),
            kanaal=_kies(kans, KANALEN),
            rol=kans.choice([Rol.SLACHTOFFER] * 4 + [Rol.GETUIGE, Rol.ORGANISATIE]),
            wens=kans.choice(list(Wens)),
            status=S.AFGESLOTEN,
            wijk=kans.choice(wijken) if kans.random() < 0.7 else None,
            is_dossier=nummer < dossiers,
        )
        for nummer in range(aantal)
    )
    if not rijen or rijen[0].pk is None:  # a database that does not return keys from bulk inserts
        rijen = list(Statistiek.objects.filter(jaar=jaar).order_by("-pk")[:aantal])
    Koppeling = Statistiek.gronden.through
    Koppeling.objects.bulk_create(
        Koppeling(statistiek_id=rij.pk, grond_id=code)
        for rij in rijen
        for code in {_kies(kans, GRONDEN) for _ in range(kans.choice([1, 1, 1, 2]))}
    )
    Verwijzingscijfer.objects.bulk_create(
        Verwijzingscijfer(
            statistiek_id=rij.pk,
            instantie=kans.choice(
                [Instantie.UNIA, Instantie.UNIA, Instantie.VMRI, Instantie.IGVM, Instantie.POLITIE]
            ),
            uitkomst=kans.choice(list(Uitkomst)),
        )
        for rij in rijen
        if kans.random() < 0.3
    )
    publiek.vernieuwen(PUBLIEK)


def _moment(kans: random.Random, jaar: int) -> datetime:
    begin = datetime(jaar, 1, 1, 9, tzinfo=timezone.get_current_timezone())
    return begin + timedelta(days=kans.randrange(364), minutes=kans.randrange(600))


def _kies(kans: random.Random, gewichten: dict):
    return kans.choices(list(gewichten), weights=list(gewichten.values()))[0]


def _melding(kans, gronden, wijken, moment, *, dossier: bool, door) -> Melding:
    soort = _kies(kans, SOORTEN)
    codes = {_kies(kans, GRONDEN) for _ in range(kans.choice([1, 1, 1, 2]))}
    kanaal = _kies(kans, KANALEN)
    anoniem = kans.random() < 0.35
    melding, _code = melden.melding_indienen(
        gegevens={
            "soort": soort,
            "levensdomein": Levensdomein.MEDIA_ONLINE
            if soort == Soort.HAATSPRAAK_ONLINE
            else _kies(kans, DOMEINEN),
            "gebeurd_op": (moment - timedelta(days=kans.randrange(20))).date(),
            "wijk": kans.choice(wijken) if kans.random() < 0.7 else None,
            "beschrijving": kans.choice(VERHALEN),
            "rol": kans.choice([Rol.SLACHTOFFER] * 4 + [Rol.GETUIGE, Rol.ORGANISATIE]),
            "wens": kans.choice([Wens.REGISTREREN, Wens.HULP, Wens.DOORVERWIJZEN]),
            "naam": "" if anoniem else "Demo Melder",
            "email": "" if anoniem else "melder@example.org",
            "ontvangen_op": moment,
        },
        gronden=[gronden[c] for c in sorted(codes)],
        toestemmingen=[Instantie.UNIA] if kans.random() < 0.4 else [],
        kanaal=kanaal,
        door=None if kanaal == Kanaal.WEB else door,
    )
    if dossier:
        behandeling.in_behandeling_nemen(melding=melding, door=door)
        behandeling.kenmerken_wijzigen(
            melding=melding, door=door, is_dossier=True, vijfhoek=soort == Soort.HAATMISDRIJF
        )
    return melding


def _afhandelen(melding: Melding, door, kans) -> None:
    """An old report: followed up and closed two months after it came in."""
    if melding.status == S.NIEUW:
        behandeling.in_behandeling_nemen(melding=melding, door=door)
    if kans.random() < 0.3:
        scenario.naar_status(melding, S.DOORVERWEZEN, door=door, instantie=_instantie(melding))
    behandeling.afsluiten(melding=melding, door=door, reden=scenario.REDEN)
    Melding.objects.filter(pk=melding.pk).update(afgesloten_op=melding.ontvangen_op + timedelta(days=60))


def _instantie(melding: Melding) -> str:
    from meldingen.verwijzer import voorstellen

    gevonden = voorstellen(
        soort=melding.soort,
        gronden={g.code for g in melding.gronden.all()},
        levensdomein=melding.levensdomein,
    )
    return gevonden[0].instantie if gevonden else Instantie.UNIA


def _dit_jaar(kans, gronden, wijken, door) -> None:
    """This year's reports, in every state, so each page of the Meldpunt has something to show."""
    nu = timezone.now()
    staten = (
        [S.NIEUW] * 8
        + [S.IN_BEHANDELING] * 8
        + [S.DOORVERWEZEN] * 6
        + [S.OPGEVOLGD] * 4
        + [S.AFGESLOTEN] * 8
        + [S.HEROPEND] * 2
    )
    for index, status in enumerate(staten[:DIT_JAAR]):
        moment = nu - timedelta(days=3 + 8 * index)
        melding = _melding(kans, gronden, wijken, moment, dossier=False, door=door)
        scenario.naar_status(melding, status, door=door, instantie=_instantie(melding))
        if index % 3 == 0:
            berichten.bericht_sturen(dossier=melding, door=door, tekst=SJABLONEN[0][1])
        if status == S.IN_BEHANDELING and index % 2 == 0:
            berichten.vraag_stellen(
                dossier=melding, door=door, tekst="Weet je nog op welke dag het was? En mogen we je bellen?"
            )
            melden.bericht_van_melder(
                melding=melding, tekst="Het was op een dinsdag, na de les. Bellen mag na 17 uur."
            )
        if status == S.OPGEVOLGD:
            behandeling.nazorg_plannen(
                melding=melding,
                omschrijving="Gesprek bij de herstelacademie",
                gepland_op=(nu + timedelta(days=7)).date(),
                door=door,
            )
