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
    assert "Discriminatie of haat melden" in html


def test_browsertaal_verandert_de_standaardtaal_niet(client, db):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-BE,fr;q=0.9,en;q=0.8").text
    assert '<html lang="nl">' in html


def test_doelgroepen_en_geschiedenis_staan_in_de_taal_van_de_lezer(client, burger, behandelaar):
    """Reference data is translated: the target groups, and the standard steps of a file's history
    (stored as their Dutch source text, shown in the reader's language)."""
    from django.urls import reverse

    from gelijkekansen.core.models import Doelgroep
    from subsidies.services import aanvragen
    from tests.subsidies.factories import AanvraagFactory

    assert str(Doelgroep.objects.get(code="mensen-in-armoede")) == "Mensen in armoede"
    aanvraag = AanvraagFactory(aanvrager=burger)
    aanvraag.doelgroepen.set(Doelgroep.objects.filter(code="mensen-in-armoede"))
    client.force_login(burger)
    client.cookies["taal"] = "en"
    controle = client.get(reverse("subsidies:aanvraag-controleren", args=[aanvraag.pk])).text
    assert "People in poverty" in controle
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)  # the history row is written in Dutch
    pagina = client.get(reverse("subsidies:aanvraag-detail", args=[aanvraag.pk])).text
    assert ": Submitted</li>" in pagina.replace("\n", "")
