"""The instappunt: an association asks one question, the staff route it to a city service and
send one answer back; the association follows it, nobody else sees it."""

import pytest
from django.core import mail
from django.urls import reverse

from erkenning.models import Ondersteuningsvraag
from erkenning.services import instappunt
from gelijkekansen.core.models.organisaties import OrganisatieSoort
from tests.factories import LidmaatschapFactory, OrganisatieFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staf(db):
    return UserFactory(is_staff=True, rollen=["erkenningen"])


@pytest.fixture
def feestelijkheden(db):
    return OrganisatieFactory(
        naam="Dienst Feestelijkheden", soort=OrganisatieSoort.STADSDIENST, email="feesten@stad.gent.example"
    )


def test_een_vraag_gaat_naar_de_juiste_dienst_en_de_vereniging_krijgt_een_antwoord(
    client, burger, staf, feestelijkheden, django_capture_on_commit_callbacks
):
    lid = LidmaatschapFactory(user=burger, organisatie__naam="Femma Ledeberg")
    client.force_login(burger)
    antwoord = client.post(
        reverse("erkenning:vraag-stellen"),
        {"organisatie": lid.organisatie.pk, "onderwerp": "logistiek", "vraag": "Kunnen we 40 stoelen lenen?"},
        follow=True,
    )
    assert "Je vraag is verstuurd." in antwoord.text
    vraag = Ondersteuningsvraag.objects.get()
    url = reverse("admin:erkenning_ondersteuningsvraag_behandelen", args=[vraag.sleutel])
    client.force_login(staf)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url,
            {"actie": "doorsturen", "status": "nieuw", "dienst": feestelijkheden.pk, "tekst": "Graag snel."},
        )
    assert mail.outbox[-1].to == ["feesten@stad.gent.example"]
    assert "Kunnen we 40 stoelen lenen?" in mail.outbox[-1].body and "Graag snel." in mail.outbox[-1].body
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url,
            {"actie": "beantwoorden", "status": "doorgestuurd", "tekst": "Ja: de uitleendienst heeft er 40."},
        )
    assert mail.outbox[-1].to == [burger.email]
    client.force_login(burger)
    pagina = client.get(reverse("erkenning:vraag", args=[vraag.sleutel])).text
    assert "Ja: de uitleendienst heeft er 40." in pagina
    assert "Vraag " + vraag.nummer in client.get(reverse("accounts:mijn")).text


def test_een_oud_tabblad_beantwoordt_niet_twee_keer(client, staf):
    lid = LidmaatschapFactory()
    vraag = instappunt.vraag_stellen(
        organisatie=lid.organisatie, door=lid.user, onderwerp="andere", vraag="Hoe?"
    )
    url = reverse("admin:erkenning_ondersteuningsvraag_behandelen", args=[vraag.sleutel])
    client.force_login(staf)
    client.post(url, {"actie": "beantwoorden", "status": "nieuw", "tekst": "Eerste antwoord."})
    antwoord = client.post(
        url, {"actie": "beantwoorden", "status": "nieuw", "tekst": "Tweede antwoord."}, follow=True
    )
    assert "intussen veranderd" in antwoord.text
    vraag.refresh_from_db()
    assert vraag.antwoord == "Eerste antwoord."


def test_doorsturen_kan_alleen_naar_een_stadsdienst_met_e_mailadres(client, staf):
    lid = LidmaatschapFactory()
    vraag = instappunt.vraag_stellen(
        organisatie=lid.organisatie, door=lid.user, onderwerp="juridisch", vraag="Vzw?"
    )
    url = reverse("admin:erkenning_ondersteuningsvraag_behandelen", args=[vraag.sleutel])
    client.force_login(staf)
    antwoord = client.post(
        url, {"actie": "doorsturen", "status": "nieuw", "dienst": lid.organisatie.pk}, follow=True
    )
    assert "Kies een stadsdienst met een e-mailadres." in antwoord.text
    vraag.refresh_from_db()
    assert vraag.status == "nieuw"


def test_een_andere_burger_of_rol_ziet_de_vraag_niet(client, andere_burger, behandelaar):
    lid = LidmaatschapFactory()
    vraag = instappunt.vraag_stellen(
        organisatie=lid.organisatie, door=lid.user, onderwerp="andere", vraag="Geheim?"
    )
    client.force_login(andere_burger)
    assert client.get(reverse("erkenning:vraag", args=[vraag.sleutel])).status_code == 404
    client.force_login(behandelaar)
    url = reverse("admin:erkenning_ondersteuningsvraag_behandelen", args=[vraag.sleutel])
    assert client.get(url).status_code == 403
    assert client.post(url, {"actie": "beantwoorden", "status": "nieuw", "tekst": "x"}).status_code == 403


def test_een_vraag_voor_een_vereniging_van_iemand_anders_wordt_geweigerd(client, burger):
    andere = OrganisatieFactory()
    client.force_login(burger)
    antwoord = client.post(
        reverse("erkenning:vraag-stellen"), {"organisatie": andere.pk, "onderwerp": "andere", "vraag": "?"}
    )
    assert antwoord.status_code == 200
    assert not Ondersteuningsvraag.objects.exists()
