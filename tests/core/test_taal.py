from django.urls import reverse


def test_taalkeuze_wordt_onthouden(client, db):
    antwoord = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert antwoord.status_code == 302
    assert antwoord.cookies["taal"].value == "en"

    html = client.get("/").text
    assert '<html lang="en">' in html
    assert "Report discrimination" in html

    client.post(reverse("set_language"), {"language": "fr", "next": "/"})
    html = client.get("/").text
    assert '<html lang="fr">' in html
    assert "Signaler une discrimination" in html


def test_taalkeuze_bewaart_voorkeurstaal_van_aangemelde_persoon(client, burger):
    client.force_login(burger)
    client.post(reverse("set_language"), {"language": "fr", "next": "/"})
    burger.refresh_from_db()
    assert burger.voorkeurstaal == "fr"


def test_standaardtaal_is_nederlands(client, db):
    html = client.get("/").text
    assert '<html lang="nl">' in html
    assert "Discriminatie melden" in html


def test_browsertaal_verandert_de_standaardtaal_niet(client, db):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-BE,fr;q=0.9,en;q=0.8").text
    assert '<html lang="nl">' in html
