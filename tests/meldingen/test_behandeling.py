"""The Meldpunt's work on a report: every workflow path, referrals only with consent, after-care,
and the Behandelen page's steps (the same services)."""

import itertools

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from gelijkekansen.core.models import Bericht, StatusWijziging
from gelijkekansen.core.workflow import OngeldigeOvergang, VerouderdeStatus
from meldingen import scenario
from meldingen.models import Statistiek
from meldingen.services import behandeling, melden
from tests.meldingen.factories import melding, meldpunt_lid

PADEN = [
    ["nieuw", "in_behandeling", "doorverwezen", "opgevolgd", "afgesloten"],
    ["nieuw", "in_behandeling", "opgevolgd", "afgesloten", "heropend", "doorverwezen", "afgesloten"],
    ["nieuw", "afgesloten", "heropend", "opgevolgd", "afgesloten"],
    ["nieuw", "in_behandeling", "afgesloten"],
]


def _stap(m, naar, door):
    if naar == "in_behandeling":
        return behandeling.in_behandeling_nemen(melding=m, door=door)
    if naar == "doorverwezen":
        melden.toestemming_wijzigen(melding=m, instantie="unia", geven=True)
        behandeling.doorverwijzen(melding=m, instantie="unia", gedeeld="Het verhaal.", door=door)
        m.refresh_from_db()
        return m
    if naar == "opgevolgd":
        return behandeling.opgevolgd(melding=m, door=door)
    if naar == "afgesloten":
        return behandeling.afsluiten(melding=m, door=door, reden="Afgerond.")
    return behandeling.heropenen(melding=m, door=door, reden="Nieuwe feiten.")


@pytest.mark.parametrize("pad", PADEN, ids=["-".join(p[1:]) for p in PADEN])
def test_elk_pad_van_de_werkstroom_met_geschiedenis(db, pad):
    medewerker = meldpunt_lid()
    m, _code = melding()
    for naar in pad[1:]:
        m = _stap(m, naar, medewerker)
        assert m.status == naar
        assert Statistiek.objects.get(melding=m).status == naar  # the figures follow
    geschiedenis = list(StatusWijziging.objects.voor(m).values_list("van", "naar"))
    assert geschiedenis == list(itertools.pairwise(pad))
    assert all(w.door == medewerker for w in StatusWijziging.objects.voor(m))


@pytest.mark.parametrize(
    ("status", "stap"),
    [
        ("nieuw", "opgevolgd"),
        ("afgesloten", "opgevolgd"),
        ("afgesloten", "in_behandeling"),
        ("opgevolgd", "doorverwezen"),
    ],
)
def test_stappen_die_niet_passen_worden_geweigerd(db, status, stap):
    m, _code = melding(status)
    with pytest.raises((OngeldigeOvergang, ValidationError)):
        _stap(m, stap, meldpunt_lid())


def test_afsluiten_en_heropenen_vragen_een_reden(db):
    m, _code = melding("in_behandeling")
    with pytest.raises(ValidationError, match="waarom"):
        behandeling.afsluiten(melding=m, door=meldpunt_lid(), reden=" \u200b")
    m = behandeling.afsluiten(melding=m, door=meldpunt_lid(), reden="Afgerond.")
    assert m.afgesloten_op is not None
    with pytest.raises(ValidationError):
        behandeling.heropenen(melding=m, door=meldpunt_lid(), reden="")
    assert behandeling.heropenen(melding=m, door=meldpunt_lid(), reden="Belde terug.").afgesloten_op is None


def test_zonder_toestemming_geen_doorverwijzing(db):
    m, _code = melding("in_behandeling", toestemmingen=["vmri"])
    with pytest.raises(ValidationError, match="geen toestemming"):
        behandeling.doorverwijzen(melding=m, instantie="unia", gedeeld="Het verhaal.", door=meldpunt_lid())
    m.refresh_from_db()
    assert m.status == "in_behandeling" and not m.doorverwijzingen.exists()


def test_een_doorverwijzing_registreert_wie_wat_en_wanneer_en_de_melder_leest_het(db):
    medewerker = meldpunt_lid()
    m, _code = melding("in_behandeling", toestemmingen=["vmri"])
    verwijzing = behandeling.doorverwijzen(
        melding=m, instantie="vmri", gedeeld="Verhaal en foto.", door=medewerker
    )
    assert (verwijzing.door, verwijzing.gedeeld) == (medewerker, "Verhaal en foto.")
    assert Bericht.objects.filter(kant="dienst", intern=False, tekst__isnull=False).count() == 1
    behandeling.uitkomst_registreren(verwijzing=verwijzing, uitkomst="behandeld", door=medewerker)
    assert list(Statistiek.objects.get(melding=m).verwijzingen.values_list("instantie", "uitkomst")) == [
        ("vmri", "behandeld")
    ]


def test_een_tweede_doorverwijzing_houdt_de_status(db):
    m, _code = melding("doorverwezen", toestemmingen=["igvm"])
    behandeling.doorverwijzen(melding=m, instantie="igvm", gedeeld="Het verhaal.", door=meldpunt_lid())
    m.refresh_from_db()
    assert m.status == "doorverwezen" and m.doorverwijzingen.count() == 2


def test_dossier_en_vijfhoek_alleen_bij_een_open_melding(db):
    m, _code = melding("in_behandeling", soort="haatmisdrijf")
    m = behandeling.kenmerken_wijzigen(melding=m, door=meldpunt_lid(), is_dossier=True, vijfhoek=True)
    assert Statistiek.objects.filter(melding=m, is_dossier=True, vijfhoek=True).exists()
    nieuw, _ = melding()
    with pytest.raises(VerouderdeStatus):
        behandeling.kenmerken_wijzigen(melding=nieuw, door=meldpunt_lid(), is_dossier=True, vijfhoek=False)


def test_nazorg_plannen_en_afronden(db):
    m, _code = melding("opgevolgd")
    stap = behandeling.nazorg_plannen(
        melding=m, omschrijving="Gesprek", gepland_op="2026-12-10", door=meldpunt_lid()
    )
    stap = behandeling.nazorg_afronden(
        stap=stap, status="gedaan", verslag="Goed gesprek.", door=meldpunt_lid()
    )
    assert stap.status == "gedaan"
    with pytest.raises(ValidationError, match="al afgerond"):
        behandeling.nazorg_afronden(stap=stap, status="geschrapt", verslag="", door=meldpunt_lid())


# --- the Behandelen page ----------------------------------------------------------------------


def _pagina(m):
    return reverse("admin:meldingen_melding_behandelen", args=[m.pk])


def test_de_pagina_toont_het_dossier_met_voorstel_en_toestemming(client, db):
    m, _code = melding("in_behandeling", toestemmingen=["vmri"], levensdomein="huisvesting")
    client.force_login(meldpunt_lid())
    inhoud = client.get(_pagina(m)).content.decode()
    assert "De portier liet mijn vrienden binnen" in inhoud
    assert "Vlaamse bevoegdheid" in inhoud
    assert "Vlaams Mensenrechteninstituut: <strong>ja</strong>" in inhoud


def test_een_stap_vanuit_een_oude_tab_verandert_niets(client, db):
    m, _code = melding()
    client.force_login(meldpunt_lid())
    behandeling.in_behandeling_nemen(melding=m, door=meldpunt_lid())  # a colleague, a moment ago
    client.post(_pagina(m), {"actie": "afsluiten", "status": "nieuw", "reden": "Dubbel."})
    m.refresh_from_db()
    assert m.status == "in_behandeling"
    berichten = [str(b) for b in client.get(_pagina(m)).context["messages"]]
    assert any("intussen veranderd" in b for b in berichten)


def test_doorverwijzen_op_de_pagina_zonder_toestemming_legt_uit(client, db):
    m, _code = melding("in_behandeling")
    client.force_login(meldpunt_lid())
    antwoord = client.post(
        _pagina(m),
        {"actie": "doorverwijzen", "status": "in_behandeling", "instantie": "unia", "gedeeld": "Alles."},
        follow=True,
    )
    assert "geen toestemming" in antwoord.content.decode()


def test_een_sjabloon_vult_het_bericht_voor(client, db):
    from meldingen.models import Antwoordsjabloon

    sjabloon = Antwoordsjabloon.objects.create(titel="Ontvangst", tekst="Dank je voor je melding.")
    m, _code = melding()
    client.force_login(meldpunt_lid())
    assert "Dank je voor je melding." in client.get(_pagina(m) + f"?sjabloon={sjabloon.pk}").content.decode()


def test_een_interne_notitie_gaat_niet_naar_de_melder(
    client, db, mailoutbox, django_capture_on_commit_callbacks
):
    m, _code = melding(email="melder@example.org")
    mailoutbox.clear()
    client.force_login(meldpunt_lid())
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            _pagina(m), {"actie": "bericht", "soort": "intern", "tekst": "Lijkt op een eerdere melding."}
        )
    assert not mailoutbox
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_pagina(m), {"actie": "bericht", "soort": "vraag", "tekst": "Welke dag was het?"})
    assert len(mailoutbox) == 1 and "Welke dag" not in mailoutbox[0].body


def test_registreren_van_een_telefonische_melding_toont_de_code_een_keer(client, db):
    client.force_login(meldpunt_lid())
    from tests.meldingen.factories import formulier

    antwoord = client.post(reverse("admin:meldingen_melding_add"), formulier(kanaal="telefoon"))
    assert antwoord.status_code == 302
    from meldingen.models import Melding

    m = Melding.objects.get()
    assert m.kanaal == "telefoon" and m.geregistreerd_door is not None
    eerste = client.get(antwoord["Location"]).content.decode()
    assert "Ontvangstcode voor de melder" in eerste
    assert "Ontvangstcode voor de melder" not in client.get(antwoord["Location"]).content.decode()
    code = eerste.split("<code>")[1].split("</code>")[0]
    assert melden.melding_met_code(code) == m


def test_scenario_brengt_een_melding_in_elke_status(db):
    for status in scenario.PAD:
        m, _code = melding(status)
        assert m.status == status
