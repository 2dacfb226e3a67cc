"""The access matrix in time: the same URL answers differently per object state.

One row per case: (URL name, state of the file, persona, expected answer), optionally with text the
page must or must not show. States: a file in each phase; a jury member before declaring, with a
conflict of interest, after declaring none, after scoring, or on another call; staff of another
chapter who added themselves (unconfirmed) as responsible person of the applying organisation.
"""

from dataclasses import dataclass, field

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.factories import LidmaatschapFactory, OrganisatieFactory, UserFactory
from tests.toegang.matrix import LOGIN, met_bijlage, naar_status
from tests.toegang.urls import alle_patronen

IBAN_LEESBAAR = "BE71 0961 2345 6769"
IBAN = "BE71096123456769"
REKENINGHOUDER = "Rekening Van Het Buurtcomité"
GEHEIM_BERICHT = "Onder ons: de zaal is nog niet betaald."
WAT_DE_JURY_NIET_ZIET = (IBAN_LEESBAAR, IBAN, REKENINGHOUDER, GEHEIM_BERICHT, "Je aanvraag")
WAT_DE_JURY_ZIET = (
    "Buurtfeest aan de Brugse Poort",
    "Een feest waar buren elkaar leren kennen.",
    "Ontmoeten",  # the goal as a word, not the raw value
    "Tenten en stoelen",
    "Totaal kosten",
    "offerte.txt",
    "Pierkespark",
)


@dataclass
class Wereld:
    """What a row works with: the applicant, a case handler, the file and its attachment."""

    burger: object
    staf: object
    aanvraag: object = None
    bijlage: object = None
    extra: dict = field(default_factory=dict)


# --- states of the file ---------------------------------------------------------------------------


def dossier(status: str):
    """A file of an organisation whose confirmed responsible person is the applicant, moved to
    ``status``, with an attachment and a private message between applicant and coach."""

    def maak(w: Wereld) -> None:
        from gelijkekansen.core.berichten import bericht_sturen
        from tests.subsidies.factories import AanvraagFactory

        organisatie = OrganisatieFactory(naam="Buurtcomité Brugse Poort")
        LidmaatschapFactory(user=w.burger, organisatie=organisatie)
        w.aanvraag = AanvraagFactory(
            aanvrager=w.burger,
            aanvrager_soort="vzw",
            organisatie=organisatie,
            iban=IBAN,
            rekeninghouder=REKENINGHOUDER,
        )
        w.bijlage = met_bijlage(w.aanvraag)
        naar_status(w.aanvraag, status, burger=w.burger, staf=w.staf)
        bericht_sturen(dossier=w.aanvraag, door=w.staf, tekst=GEHEIM_BERICHT)

    maak.__name__ = status
    return maak


# --- personas ------------------------------------------------------------------------------------


def aanvrager(w: Wereld):
    return w.burger


def behandelaar(w: Wereld):
    return w.staf


def andere_burger(w: Wereld):
    return UserFactory()


def _jurylid_van_de_oproep(w: Wereld):
    jurylid = UserFactory(rollen=["jury"])
    w.aanvraag.oproep.juryleden.add(jurylid)
    return jurylid


def jurylid_voor_verklaring(w: Wereld):
    return _jurylid_van_de_oproep(w)


def _verklaard(w: Wereld, *, conflict: bool):
    # Made directly: a row may put a declaration made at the jury on a file decided since.
    from subsidies.models import Beoordeling

    jurylid = _jurylid_van_de_oproep(w)
    w.extra["beoordeling"] = Beoordeling.objects.create(
        aanvraag=w.aanvraag, jurylid=jurylid, belangenconflict=conflict
    )
    return jurylid


def jurylid_met_conflict(w: Wereld):
    return _verklaard(w, conflict=True)


def jurylid_zonder_conflict(w: Wereld):
    return _verklaard(w, conflict=False)


def jurylid_na_score(w: Wereld):
    from subsidies.models import Score

    jurylid = _verklaard(w, conflict=False)
    beoordeling = w.extra["beoordeling"]
    for criterium in w.aanvraag.oproep.criteria.all():
        Score.objects.create(beoordeling=beoordeling, criterium=criterium, punten=4)
    beoordeling.advies, beoordeling.motivering, beoordeling.ingediend_op = "ja", "Sterk.", timezone.now()
    beoordeling.save()
    return jurylid


def jurylid_andere_oproep(w: Wereld):
    """On the jury of another call, and declared without conflict there."""
    from subsidies.models import Beoordeling
    from tests.subsidies.factories import AanvraagFactory

    jurylid = UserFactory(rollen=["jury"])
    andere = AanvraagFactory()
    andere.oproep.juryleden.add(jurylid)
    Beoordeling.objects.create(aanvraag=andere, jurylid=jurylid, belangenconflict=False)
    return jurylid


def zelf_toegevoegde_medewerker(w: Wereld):
    """Staff of another chapter who made themselves responsible person of the organisation."""
    from gelijkekansen.core.services_organisaties import lidmaatschap_toevoegen

    medewerker = UserFactory(is_staff=True, rollen=["vrijwilligerspunt"])
    lidmaatschap_toevoegen(
        organisatie=w.aanvraag.organisatie, user=medewerker, rol="verantwoordelijke", door=medewerker
    )
    return medewerker


def door_verantwoordelijke_bevestigd(w: Wereld):
    """A second responsible person, added and then confirmed by the applicant: counts."""
    from gelijkekansen.core.services_organisaties import lidmaatschap_bevestigen, lidmaatschap_toevoegen

    tweede = UserFactory()
    lidmaatschap = lidmaatschap_toevoegen(
        organisatie=w.aanvraag.organisatie, user=tweede, rol="verantwoordelijke", door=tweede
    )
    lidmaatschap_bevestigen(lidmaatschap=lidmaatschap, door=w.burger)
    return tweede


# --- the table -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Toestand:
    naam: str  # URL name
    toestand: object  # builds the file (Wereld -> None)
    persona: object  # builds the user (Wereld -> user)
    verwacht: object  # status code or LOGIN
    methode: str = "get"
    data: dict | None = None
    bevat: tuple = ()
    bevat_niet: tuple = ()

    @property
    def id(self) -> str:
        return f"{self.naam}|{self.toestand.__name__}|{self.persona.__name__}"


BURGERPAGINAS = [
    "subsidies:aanvraag-detail",
    "subsidies:aanvraag-ontvangstbewijs",
    "subsidies:aanvraag-bijlage",
]
JURYLEDEN = [
    jurylid_voor_verklaring,
    jurylid_met_conflict,
    jurylid_zonder_conflict,
    jurylid_na_score,
    jurylid_andere_oproep,
]
FASEN = ["concept", "ingediend", "aanvulling_gevraagd", "jury", "goedgekeurd", "voorschot_betaald"]
BERICHT = {"tekst": "Ik ben van de jury."}

TOESTANDEN: list[Toestand] = [
    # 1. A jury member never reaches the applicant's pages, whatever they declared.
    *(Toestand(naam, dossier("jury"), persona, 404) for naam in BURGERPAGINAS for persona in JURYLEDEN),
    *(
        Toestand("subsidies:aanvraag-bericht", dossier("jury"), persona, 404, methode="post", data=BERICHT)
        for persona in JURYLEDEN
    ),
    *(
        Toestand(naam, dossier("goedgekeurd"), persona, 404)
        for naam in [*BURGERPAGINAS, "subsidies:aanvraag-beslissingsbrief", "subsidies:jury-beoordelen"]
        for persona in (jurylid_zonder_conflict, jurylid_na_score)
    ),
    # ... and sees the file only on the jury page, after declaring no conflict.
    Toestand(
        "subsidies:jury-beoordelen",
        dossier("jury"),
        jurylid_voor_verklaring,
        200,
        bevat=("Eerst: heb je een belang?",),
        bevat_niet=(*WAT_DE_JURY_NIET_ZIET, "Tenten en stoelen", "offerte.txt"),
    ),
    Toestand(
        "subsidies:jury-beoordelen",
        dossier("jury"),
        jurylid_met_conflict,
        200,
        bevat=("Je beoordeelt deze aanvraag niet",),
        bevat_niet=(*WAT_DE_JURY_NIET_ZIET, "Tenten en stoelen", "offerte.txt"),
    ),
    Toestand(
        "subsidies:jury-beoordelen",
        dossier("jury"),
        jurylid_zonder_conflict,
        200,
        bevat=WAT_DE_JURY_ZIET,
        bevat_niet=WAT_DE_JURY_NIET_ZIET,
    ),
    Toestand(
        "subsidies:jury-beoordelen",
        dossier("jury"),
        jurylid_na_score,
        200,
        bevat=(*WAT_DE_JURY_ZIET, "Sterk."),
        bevat_niet=WAT_DE_JURY_NIET_ZIET,
    ),
    Toestand("subsidies:jury-beoordelen", dossier("jury"), jurylid_andere_oproep, 404),
    Toestand("subsidies:jury-beoordelen", dossier("jury"), behandelaar, 403),
    Toestand("subsidies:jury-beoordelen", dossier("jury"), aanvrager, 403),
    Toestand("subsidies:jury-bijlage", dossier("jury"), jurylid_voor_verklaring, 404),
    Toestand("subsidies:jury-bijlage", dossier("jury"), jurylid_met_conflict, 404),
    Toestand("subsidies:jury-bijlage", dossier("jury"), jurylid_zonder_conflict, 200),
    Toestand("subsidies:jury-bijlage", dossier("jury"), jurylid_na_score, 200),
    Toestand("subsidies:jury-bijlage", dossier("jury"), jurylid_andere_oproep, 404),
    Toestand("subsidies:jury-bijlage", dossier("goedgekeurd"), jurylid_zonder_conflict, 404),
    Toestand("subsidies:jury-bijlage", dossier("jury"), aanvrager, 403),
    Toestand("subsidies:jury-bijlage", dossier("jury"), behandelaar, 403),
    Toestand("subsidies:jury-bijlage", dossier("jury"), andere_burger, 403),
    # A file in each phase: the applicant and the case handlers see it, a jury member of its call
    # and another citizen do not; the jury page opens only while the file is at the jury.
    *(Toestand("subsidies:aanvraag-detail", dossier(fase), aanvrager, 200) for fase in FASEN),
    *(Toestand("subsidies:aanvraag-detail", dossier(fase), behandelaar, 200) for fase in FASEN),
    *(Toestand("subsidies:aanvraag-detail", dossier(fase), andere_burger, 404) for fase in FASEN),
    *(Toestand("subsidies:aanvraag-detail", dossier(fase), jurylid_zonder_conflict, 404) for fase in FASEN),
    *(
        Toestand(
            "subsidies:jury-beoordelen",
            dossier(fase),
            jurylid_voor_verklaring,
            200 if fase == "jury" else 404,
        )
        for fase in FASEN
    ),
    # 2. Access through an organisation counts only once the membership is confirmed.
    *(
        Toestand(naam, dossier(fase), zelf_toegevoegde_medewerker, 404)
        for naam in BURGERPAGINAS
        for fase in ("ingediend", "goedgekeurd")
    ),
    Toestand("subsidies:aanvraag-bewerken", dossier("concept"), zelf_toegevoegde_medewerker, 404),
    Toestand(
        "subsidies:aanvraag-bericht", dossier("ingediend"), zelf_toegevoegde_medewerker, 404, "post", BERICHT
    ),
    Toestand("subsidies:aanvraag-detail", dossier("ingediend"), door_verantwoordelijke_bevestigd, 200),
    # 3. The admin's change form of a file changes nothing, in any phase: it leads to the
    # read-only Behandelen page, whose only forms are the audited steps.
    *(
        Toestand("admin:subsidies_aanvraag_change", dossier(fase), behandelaar, 302)
        for fase in ("concept", "goedgekeurd")
    ),
    *(
        Toestand(
            "admin:subsidies_aanvraag_behandelen",
            dossier(fase),
            behandelaar,
            200,
            bevat=(IBAN_LEESBAAR,),
            bevat_niet=('name="_save"', 'name="titel"', 'name="gevraagd_bedrag"'),
        )
        for fase in ("concept", "goedgekeurd")
    ),
    *(
        Toestand(
            "admin:subsidies_aanvraag_change",
            dossier(fase),
            behandelaar,
            403,
            methode="post",
            data={"iban": "BE68539007547034", "rekeninghouder": "Iemand Anders", "_save": "Bewaren"},
        )
        for fase in ("concept", "goedgekeurd", "voorschot_betaald")
    ),
]


def _url(rij: Toestand, w: Wereld) -> str:
    patroon = dict(alle_patronen())[rij.naam]
    waarden = {
        "aanvraag_id": w.aanvraag.pk,
        "bijlage_id": w.bijlage.pk,
        "object_id": w.aanvraag.pk,
        "sectie": "initiatief",
    }
    return reverse(rij.naam, kwargs={k: waarden[k] for k in patroon.pattern.converters})


@pytest.mark.parametrize("rij", TOESTANDEN, ids=lambda r: r.id)
def test_toegang_per_toestand(rij: Toestand, db):
    from gelijkekansen.core.models import Bericht
    from subsidies.models import Aanvraag

    w = Wereld(
        burger=UserFactory(naam="Nadia Aanvrager"),
        staf=UserFactory(is_staff=True, rollen=["dossierbehandelaar-subsidies"]),
    )
    rij.toestand(w)
    user = rij.persona(w)
    client = Client()
    client.force_login(user)
    berichten = Bericht.objects.count()
    antwoord = getattr(client, rij.methode)(_url(rij, w), rij.data or {})

    uitkomst = antwoord.status_code
    if uitkomst == 302 and antwoord["Location"].startswith("/accounts/login/"):
        uitkomst = LOGIN
    assert uitkomst == rij.verwacht, rij.id
    if rij.bevat or rij.bevat_niet:
        html = antwoord.content.decode()
        for tekst in rij.bevat:
            assert tekst in html, f"{rij.id}: {tekst!r} missing"
        for tekst in rij.bevat_niet:
            assert tekst not in html, f"{rij.id}: {tekst!r} shown"
    if rij.methode == "post" and rij.verwacht != 302:
        # Refused means: nothing changed, nothing sent.
        assert Bericht.objects.count() == berichten
        nu = Aanvraag.objects.get(pk=w.aanvraag.pk)
        assert (nu.iban, nu.rekeninghouder) == (IBAN, REKENINGHOUDER)
