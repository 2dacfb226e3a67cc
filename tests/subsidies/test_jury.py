"""The jury sees a file only on the jury page, after declaring no conflict, and only what it needs."""

import pytest
from django.core import mail
from django.urls import reverse

from gelijkekansen.core.berichten import bericht_sturen, berichten_van
from gelijkekansen.core.bijlagen import bijlagen_van
from gelijkekansen.core.models import AuditEvent
from subsidies.models import Beoordeling, Criterium
from subsidies.services import aanvragen, behandeling, jury
from tests.factories import UserFactory
from tests.subsidies.factories import AanvraagFactory
from tests.toegang.matrix import met_bijlage


@pytest.fixture
def jury_dossier(burger, behandelaar, jurylid):
    aanvraag = AanvraagFactory(aanvrager=burger, rekeninghouder="Kas Buurtfeest")
    met_bijlage(aanvraag)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    behandeling.ontvankelijk_verklaren(aanvraag=aanvraag, door=behandelaar)
    behandeling.naar_jury(aanvraag=aanvraag, door=behandelaar)
    aanvraag.oproep.juryleden.add(jurylid)
    return aanvraag


def _verklaar(aanvraag, jurylid, conflict=False):
    return jury.belangenconflict_verklaren(aanvraag=aanvraag, jurylid=jurylid, conflict=conflict)


def test_jurypagina_toont_wat_de_jury_nodig_heeft_en_niets_meer(client, jurylid, jury_dossier, behandelaar):
    bericht_sturen(dossier=jury_dossier, door=behandelaar, tekst="Enkel voor de aanvrager")
    _verklaar(jury_dossier, jurylid)
    client.force_login(jurylid)
    html = client.get(reverse("subsidies:jury-beoordelen", args=[jury_dossier.pk])).text
    for zichtbaar in ["Buurtfeest aan de Brugse Poort", "Ontmoeten", "Tenten en stoelen", "Bijdrage buren"]:
        assert zichtbaar in html
    assert "€\xa01.800,00" in html  # total of the costs, nl-BE
    bijlage = bijlagen_van(jury_dossier).get()
    assert reverse("subsidies:jury-bijlage", args=[jury_dossier.pk, bijlage.pk]) in html
    # Never the payment details, the conversation, the history or the citizen's own heading.
    for verborgen in ["BE71", "0961 2345", "Kas Buurtfeest", "Enkel voor de aanvrager", "Je aanvraag"]:
        assert verborgen not in html
    assert reverse("subsidies:aanvraag-bijlage", args=[jury_dossier.pk, bijlage.pk]) not in html


def test_jurylid_kan_de_aanvrager_geen_bericht_sturen(client, jurylid, jury_dossier):
    _verklaar(jury_dossier, jurylid)
    client.force_login(jurylid)
    antwoord = client.post(reverse("subsidies:aanvraag-bericht", args=[jury_dossier.pk]), {"tekst": "Hallo"})
    assert antwoord.status_code == 404
    assert not berichten_van(jury_dossier).exists()
    assert not mail.outbox


def test_jurybijlage_wordt_gelogd_met_ip(client, jurylid, jury_dossier):
    _verklaar(jury_dossier, jurylid)
    bijlage = bijlagen_van(jury_dossier).get()
    client.force_login(jurylid)
    antwoord = client.get(reverse("subsidies:jury-bijlage", args=[jury_dossier.pk, bijlage.pk]))
    assert antwoord.status_code == 200
    assert b"".join(antwoord.streaming_content) == b"Offerte voor tenten\n"
    event = AuditEvent.objects.get(wat="gedownload", object_id=str(bijlage.pk))
    assert (event.wie, event.ip) == (jurylid, "127.0.0.1")


@pytest.mark.parametrize("conflict", [None, True])
def test_jurybijlage_niet_voor_verklaring_of_met_conflict(client, jurylid, jury_dossier, conflict):
    if conflict is not None:
        _verklaar(jury_dossier, jurylid, conflict=conflict)
    bijlage = bijlagen_van(jury_dossier).get()
    client.force_login(jurylid)
    assert (
        client.get(reverse("subsidies:jury-bijlage", args=[jury_dossier.pk, bijlage.pk])).status_code == 404
    )
    assert not AuditEvent.objects.filter(wat="gedownload").exists()


def test_jurybijlage_niet_voor_jurylid_van_andere_oproep(client, jury_dossier):
    ander = UserFactory(rollen=["jury"])
    client.force_login(ander)
    bijlage = bijlagen_van(jury_dossier).get()
    assert (
        client.get(reverse("subsidies:jury-bijlage", args=[jury_dossier.pk, bijlage.pk])).status_code == 404
    )


def test_uitleg_van_een_criterium_wordt_ge_escaped(client, jurylid, jury_dossier):
    Criterium.objects.filter(oproep=jury_dossier.oproep).update(uitleg="<script>alert(1)</script>")
    _verklaar(jury_dossier, jurylid)
    client.force_login(jurylid)
    html = client.get(reverse("subsidies:jury-beoordelen", args=[jury_dossier.pk])).text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_superuser_gaat_door_de_rolcontrole_maar_ziet_geen_dossier_van_een_andere_jury(
    client, beheerder, jury_dossier
):
    client.force_login(beheerder)
    assert client.get(reverse("subsidies:jury-overzicht")).status_code == 200
    assert client.get(reverse("subsidies:jury-beoordelen", args=[jury_dossier.pk])).status_code == 404


def test_een_jurylid_beoordeelt_nooit_de_eigen_aanvraag(behandelaar):
    """Found from outside: a juror applied, declared "no conflict" and scored their own file 15/15."""
    from subsidies.services import jury as jury_diensten
    from tests.factories import UserFactory
    from tests.subsidies.factories import AanvraagFactory

    jurylid = UserFactory(rollen=["jury"])
    aanvraag = AanvraagFactory(aanvrager=jurylid)
    aanvraag.oproep.juryleden.add(jurylid)
    from subsidies.scenario import naar_status

    naar_status(aanvraag, "jury", behandelaar=behandelaar)
    beoordeling = jury_diensten.belangenconflict_verklaren(aanvraag=aanvraag, jurylid=jurylid, conflict=False)
    assert beoordeling.belangenconflict is True


def _criteria(aanvraag):
    return list(aanvraag.oproep.criteria.order_by("volgorde"))


def _beoordeling_posten(client, aanvraag, scores, **extra):
    """scores: per criterion (in order) a pair (points, motivation)."""
    data = {"advies": "misschien", "motivering": "Mooi idee, de begroting is krap.", **extra}
    for criterium, (punten, toelichting) in zip(_criteria(aanvraag), scores, strict=True):
        data |= {f"criterium_{criterium.pk}": punten, f"toelichting_{criterium.pk}": toelichting}
    return client.post(reverse("subsidies:jury-beoordelen", args=[aanvraag.pk]), data, follow=True)


def test_jurylid_motiveert_per_criterium_en_ziet_het_terug(client, jurylid, jury_dossier):
    _verklaar(jury_dossier, jurylid)
    client.force_login(jurylid)
    url = reverse("subsidies:jury-beoordelen", args=[jury_dossier.pk])
    eerst = client.get(url).text
    assert eerst.count("score van 0 tot 5") == 2  # the scale beside each score
    assert "Verplicht bij een score van 2 of lager" in eerst

    _beoordeling_posten(
        client, jury_dossier, [(2, "Bereikt vooral de eigen vrienden."), (4, "Duidelijk plan.")]
    )

    beoordeling = Beoordeling.objects.get(aanvraag=jury_dossier, jurylid=jurylid)
    opgeslagen = {s.criterium.naam: (s.punten, s.toelichting) for s in beoordeling.scores.all()}
    assert opgeslagen == {
        "Brengt mensen samen": (2, "Bereikt vooral de eigen vrienden."),
        "Bereikt kwetsbare groepen": (4, "Duidelijk plan."),
    }
    opnieuw = client.get(url).text  # re-opened: what was saved is filled in
    for criterium, punten, toelichting in zip(
        _criteria(jury_dossier), [2, 4], ["Bereikt vooral de eigen vrienden.", "Duidelijk plan."], strict=True
    ):
        assert f'name="criterium_{criterium.pk}" value="{punten}"' in opnieuw
        assert f"{toelichting}</textarea>" in opnieuw


@pytest.mark.parametrize(("punten", "verplicht"), [(0, True), (2, True), (3, False), (5, False)])
def test_toelichting_is_verplicht_bij_een_lage_score(client, jurylid, jury_dossier, punten, verplicht):
    _verklaar(jury_dossier, jurylid)
    client.force_login(jurylid)

    antwoord = _beoordeling_posten(client, jury_dossier, [(punten, ""), (4, "")])

    beoordeling = Beoordeling.objects.get(aanvraag=jury_dossier, jurylid=jurylid)
    if verplicht:
        assert f"Leg uit waarom je {punten} op 5 geeft." in antwoord.text
        assert 'id="foutenoverzicht"' in antwoord.text
        assert beoordeling.ingediend_op is None and not beoordeling.scores.exists()
    else:
        assert beoordeling.ingediend_op is not None
        assert [s.toelichting for s in beoordeling.scores.all()] == ["", ""]


def test_de_dienst_weigert_een_lage_score_zonder_toelichting(jurylid, jury_dossier):
    from django.core.exceptions import ValidationError

    beoordeling = _verklaar(jury_dossier, jurylid)
    eerste, tweede = _criteria(jury_dossier)
    with pytest.raises(ValidationError, match="Leg uit waarom je «Brengt mensen samen» 1 op 5 geeft"):
        jury.beoordeling_indienen(
            beoordeling=beoordeling,
            punten={eerste.pk: 1, tweede.pk: 5},
            toelichtingen={eerste.pk: "   "},
            advies="nee",
            motivering="Te weinig uitgewerkt.",
        )
    assert not beoordeling.scores.exists()


def test_juryadvies_geeft_de_toelichtingen_per_criterium(behandelaar, jury_dossier):
    eerste, tweede = _criteria(jury_dossier)
    for punten, tekst in [(1, "Geen plan om buren te bereiken."), (3, "")]:
        lid = UserFactory(rollen=["jury"], naam=f"Jurylid {punten}")
        jury_dossier.oproep.juryleden.add(lid)
        jury.beoordeling_indienen(
            beoordeling=_verklaar(jury_dossier, lid),
            punten={eerste.pk: punten, tweede.pk: 4},
            toelichtingen={eerste.pk: tekst, tweede.pk: "Goed."},
            advies="misschien",
            motivering=f"Advies {punten}",
        )

    advies = jury.juryadvies(jury_dossier)

    samen, kwetsbaar = advies["criteria"]
    assert (samen["criterium"], samen["gemiddelde"], kwetsbaar["gemiddelde"]) == (eerste, 2.0, 4.0)
    assert sorted((s["punten"], s["toelichting"]) for s in samen["scores"]) == [
        (1, "Geen plan om buren te bereiken."),
        (3, ""),
    ]
    assert sorted(m["motivering"] for m in advies["motiveringen"]) == ["Advies 1", "Advies 3"]
    assert advies["gemiddelde_score"] == 6.0
