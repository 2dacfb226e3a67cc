import pytest
from django.urls import reverse

from gelijkekansen.core.diensten import DIENSTEN


def test_startpagina_toont_de_zes_diensten_met_links(client, db):
    antwoord = client.get("/")
    assert antwoord.status_code == 200
    html = antwoord.text
    assert '<body class="cs--cyan">' in html
    assert "Welzijn en Gelijke Kansen" in html
    for dienst in DIENSTEN:
        assert str(dienst.titel) in html
        assert f'href="{reverse(dienst.url_naam)}"' in html


@pytest.mark.parametrize("dienst", DIENSTEN, ids=lambda d: d.app)
def test_elke_dienst_heeft_een_pagina(client, db, dienst):
    antwoord = client.get(reverse(dienst.url_naam))
    assert antwoord.status_code == 200
    assert f"<h1>{dienst.titel}</h1>" in antwoord.text


def test_onbekende_pagina_geeft_een_duidelijke_404(client, db):
    antwoord = client.get("/bestaat-niet/")
    assert antwoord.status_code == 404
    assert "Deze pagina bestaat niet" in antwoord.text


def test_voettekst_linkt_naar_toegankelijkheidsverklaring(client, db):
    html = client.get("/").text
    assert f'href="{reverse("core:toegankelijkheid")}"' in html
    verklaring = client.get(reverse("core:toegankelijkheid")).text
    assert "Vlaamse Ombudsdienst" in verklaring


def test_skiplink_springt_naar_de_inhoud(client, db):
    html = client.get("/").text
    assert 'href="#main"' in html
    assert 'id="main"' in html
