"""The public directory of recognised associations (/verenigingen/) and an association's entry."""

import pytest
from django.core import mail
from django.urls import reverse

from erkenning.constants import Categorie, ErkenningStatus
from erkenning.models import Vermelding
from erkenning.services.gids import BERICHTEN_PER_UUR, organisatie_sleutel
from gelijkekansen.core.models import Doelgroep, Wijk
from tests.erkenning.factories import erkende_vereniging, vereniging_in_gids
from tests.factories import LidmaatschapFactory

pytestmark = pytest.mark.django_db


def _lijst(client, query: str = "") -> str:
    antwoord = client.get(reverse("verenigingen:lijst") + query)
    assert antwoord.status_code == 200
    return antwoord.text


def test_de_gids_toont_alleen_erkende_verenigingen_die_erin_willen(client):
    vereniging_in_gids(naam="Okra Ledeberg")
    erkende_vereniging(naam="Stille Seniorenclub")  # recognised, but did not opt in
    Vermelding.objects.create(
        organisatie=erkende_vereniging(naam="Geschorste Kring", status=ErkenningStatus.GESCHORST),
        zichtbaar=True,
    )
    pagina = _lijst(client)
    assert "Okra Ledeberg" in pagina
    assert "Stille Seniorenclub" not in pagina and "Geschorste Kring" not in pagina
    assert "1 vereniging gevonden." in pagina


def test_de_gids_filtert_op_soort_doelgroep_wijk_en_woord(client):
    jongeren = Doelgroep.objects.get(code="jongeren")
    wijk = Wijk.objects.get(nummer=4)
    koken = vereniging_in_gids(
        naam="Kookclub Marhaba", categorie=Categorie.ETNISCH_CULTURELE_MINDERHEDEN, wijk=wijk
    )
    koken.doelgroepen.add(jongeren)
    vereniging_in_gids(
        naam="Okra Zwijnaarde",
        voorstelling="Petanque op dinsdag.",
        wijk=Wijk.objects.exclude(pk=wijk.pk).first(),  # not wijk 4, which the filter looks for
    )
    for query, wel, niet in [
        ("?categorie=etnisch_culturele_minderheden", "Kookclub Marhaba", "Okra Zwijnaarde"),
        (f"?doelgroep={jongeren.pk}", "Kookclub Marhaba", "Okra Zwijnaarde"),
        (f"?wijk={wijk.pk}", "Kookclub Marhaba", "Okra Zwijnaarde"),
        ("?q=petanque", "Okra Zwijnaarde", "Kookclub Marhaba"),
    ]:
        pagina = _lijst(client, query)
        assert wel in pagina and niet not in pagina, query


def test_de_gids_kost_evenveel_queries_met_veel_verenigingen(client):
    from tests.queries import pagina_queries

    vereniging_in_gids()
    pagina_queries(client, reverse("verenigingen:lijst"))  # the filters' options, then cached
    vereniging_in_gids()  # a change: the list is read again
    weinig = pagina_queries(client, reverse("verenigingen:lijst"))
    assert weinig <= 2  # the count and the page
    for _ in range(15):
        vereniging_in_gids()
    assert pagina_queries(client, reverse("verenigingen:lijst")) == weinig


def test_de_gids_leest_de_lijst_een_keer_en_toont_een_wijziging_meteen(client):
    from tests.queries import pagina_queries

    okra = vereniging_in_gids(naam="Okra Ledeberg")
    assert "Okra Ledeberg" in _lijst(client)
    assert pagina_queries(client, reverse("verenigingen:lijst")) == 0  # kept in the cache
    okra.naam = "Okra Gentbrugge"
    okra.save()
    assert "Okra Gentbrugge" in _lijst(client) and "Okra Ledeberg" not in _lijst(client)
    okra.vermelding.zichtbaar = False
    okra.vermelding.save()
    assert "Okra Gentbrugge" not in _lijst(client)


def test_de_gids_bewaart_de_lijst_per_taal(client):
    vereniging_in_gids()
    assert "1 vereniging gevonden." in _lijst(client)
    client.cookies["taal"] = "en"
    assert "1 association found." in _lijst(client)


def test_een_bezoeker_schrijft_een_vereniging_zonder_haar_adres_te_zien(
    client, django_capture_on_commit_callbacks
):
    organisatie = vereniging_in_gids(naam="Okra Ledeberg", email="bestuur@okra-ledeberg.example")
    url = reverse("verenigingen:vereniging", args=[organisatie.vermelding.sleutel])
    pagina = client.get(url).text
    assert "bestuur@okra-ledeberg.example" not in pagina
    assert "Senioren" in pagina and "Okra Ledeberg (Senioren)" not in pagina  # recognised as: the type
    with django_capture_on_commit_callbacks(execute=True):
        antwoord = client.post(
            url,
            {"naam": "Jan", "email": "jan@example.org", "bericht": "Mag ik eens langskomen?"},
            follow=True,
        )
    assert "Je bericht is verstuurd naar Okra Ledeberg. Ze antwoorden je op jan@example.org." in antwoord.text
    [bericht] = mail.outbox
    assert bericht.to == ["bestuur@okra-ledeberg.example"]
    assert "Mag ik eens langskomen?" in bericht.body and "jan@example.org" in bericht.body


def test_een_leeg_bericht_een_robot_en_te_veel_berichten_worden_geweigerd(
    client, django_capture_on_commit_callbacks
):
    organisatie = vereniging_in_gids()
    url = reverse("verenigingen:vereniging", args=[organisatie.vermelding.sleutel])
    leeg = client.post(url, {"naam": "", "email": "geen-adres", "bericht": ""})
    assert "Vul dit veld in" in leeg.text or "Dit veld is verplicht" in leeg.text
    goed = {"naam": "Jan", "email": "jan@example.org", "bericht": "Hallo"}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {**goed, "website": "http://spam.example"})  # the hidden field: a robot
        assert mail.outbox == []
        for _ in range(BERICHTEN_PER_UUR):
            client.post(url, goed)
        te_veel = client.post(url, goed)
    assert len(mail.outbox) == BERICHTEN_PER_UUR
    assert "Je stuurde het voorbije uur al veel berichten." in te_veel.text


def test_een_verantwoordelijke_zet_de_vereniging_in_de_gids(client, burger):
    organisatie = erkende_vereniging(naam="Okra Ledeberg")
    LidmaatschapFactory(user=burger, organisatie=organisatie)
    client.force_login(burger)
    assert "Vermelding in de gids aanpassen" in client.get(reverse("accounts:mijn")).text
    url = reverse("erkenning:vermelding-bewerken", args=[organisatie_sleutel(organisatie)])
    client.post(url, {"zichtbaar": "on", "voorstelling": "Elke dinsdag petanque.", "toon_website": "on"})
    assert "Elke dinsdag petanque." in _lijst(client)
    # Re-opened, the form shows what was saved.
    from lxml import html as lxml_html

    formulier = lxml_html.fromstring(client.get(url).text)
    assert formulier.xpath('//textarea[@name="voorstelling"]')[0].text.strip() == "Elke dinsdag petanque."
    assert formulier.xpath('//input[@name="zichtbaar"]')[0].get("checked") is not None
    assert formulier.xpath('//input[@name="toon_telefoon"]')[0].get("checked") is None


def test_een_ander_of_een_vervalste_sleutel_krijgt_404(client, burger, andere_burger):
    organisatie = erkende_vereniging()
    LidmaatschapFactory(user=burger, organisatie=organisatie)
    client.force_login(andere_burger)
    assert (
        client.get(
            reverse("erkenning:vermelding-bewerken", args=[organisatie_sleutel(organisatie)])
        ).status_code
        == 404
    )
    client.force_login(burger)
    vervalst = f"{organisatie.pk}:nagemaakt"
    assert client.get(reverse("erkenning:vermelding-bewerken", args=[vervalst])).status_code == 404


def test_de_gids_toont_twintig_verenigingen_per_pagina_en_houdt_de_filters(client):
    for i in range(21):
        vereniging_in_gids(naam=f"Okra {i:02d}")
    eerste = _lijst(client, "?q=okra")
    assert "Okra 19" in eerste and "Okra 20" not in eerste
    assert "?q=okra&amp;pagina=2" in eerste and "Pagina 1 van 2" in eerste
    assert "Okra 20" in _lijst(client, "?q=okra&pagina=2")
