"""An association's own record: put on the portal by a citizen, its details kept current by its
responsibles, a new account number used only once the erkenningen staff confirm it."""

import pytest
from django.urls import reverse

from erkenning.services.gids import organisatie_sleutel
from gelijkekansen.core.models import AuditEvent, Lidmaatschap, Organisatie, Rekeningwijziging
from tests.factories import LidmaatschapFactory, OrganisatieFactory, UserFactory

pytestmark = pytest.mark.django_db

NIEUW = {
    "naam": "Vrouwenkring Nieuw Gent",
    "rechtsvorm": "feitelijke_vereniging",
    "ondernemingsnummer": "",
    "adres": "Kikvorsstraat 1",
    "postcode": "9000",
    "gemeente": "Gent",
    "email": "kring@example.org",
}


def test_een_burger_zet_haar_vereniging_op_het_portaal_en_kan_meteen_aanvragen(client, burger):
    client.force_login(burger)
    antwoord = client.post(reverse("erkenning:organisatie-registreren"), NIEUW, follow=True)
    assert "Vrouwenkring Nieuw Gent staat op het portaal." in antwoord.text
    assert '<option value="' in antwoord.text and "Vrouwenkring Nieuw Gent</option>" in antwoord.text
    organisatie = Organisatie.objects.get(naam="Vrouwenkring Nieuw Gent")
    lid = Lidmaatschap.objects.get(organisatie=organisatie)
    assert (lid.user, lid.rol, lid.bevestigd_op is not None) == (burger, "verantwoordelijke", True)
    assert AuditEvent.objects.filter(details__actie="organisatie_geregistreerd").exists()


def test_een_vereniging_die_er_al_staat_wordt_niet_nog_eens_toegevoegd(client, burger):
    OrganisatieFactory(naam="Vrouwenkring Nieuw Gent", postcode="9000")
    OrganisatieFactory(naam="Vzw Met Nummer", ondernemingsnummer="0417497106")
    client.force_login(burger)
    antwoord = client.post(
        reverse("erkenning:organisatie-registreren"), {**NIEUW, "naam": "vrouwenkring nieuw gent"}
    )
    assert "staat al op het portaal" in antwoord.text
    antwoord = client.post(
        reverse("erkenning:organisatie-registreren"),
        {**NIEUW, "naam": "Andere Naam", "rechtsvorm": "vzw", "ondernemingsnummer": "BE 0417.497.106"},
    )
    assert "staat al op het portaal" in antwoord.text
    assert not Lidmaatschap.objects.filter(user=burger).exists()


def test_gegevens_wijzigen_is_geaudit_en_alleen_voor_een_verantwoordelijke(client, burger, andere_burger):
    lid = LidmaatschapFactory(user=burger)
    url = reverse("erkenning:organisatie-gegevens", args=[organisatie_sleutel(lid.organisatie)])
    client.force_login(andere_burger)
    assert client.get(url).status_code == 404
    client.force_login(burger)
    client.post(
        url,
        {"adres": "Nieuwe Straat 5", "postcode": "9040", "gemeente": "Gent", "email": "nieuw@example.org"},
    )
    lid.organisatie.refresh_from_db()
    assert (lid.organisatie.adres, lid.organisatie.postcode) == ("Nieuwe Straat 5", "9040")
    event = AuditEvent.objects.filter(details__velden__adres__isnull=False).get()
    assert event.details["velden"]["adres"][1] == "Nieuwe Straat 5"


def test_een_nieuw_rekeningnummer_wordt_pas_gebruikt_na_bevestiging_door_de_dienst(client, burger):
    lid = LidmaatschapFactory(user=burger, organisatie__iban="BE71096123456769")
    organisatie = lid.organisatie
    url = reverse("erkenning:organisatie-gegevens", args=[organisatie_sleutel(organisatie)])
    client.force_login(burger)
    antwoord = client.post(url, {"rekening": "1", "iban": "BE12 3456"})
    assert "Dit is geen geldig IBAN-rekeningnummer." in antwoord.text
    client.post(url, {"rekening": "1", "iban": "BE35 3101 2345 6737"})
    organisatie.refresh_from_db()
    assert organisatie.iban == "BE71096123456769"  # payments still go to the confirmed account
    assert "De dienst kijkt het na." in client.get(url).text
    wijziging = Rekeningwijziging.objects.get()
    staf = UserFactory(is_staff=True, rollen=["erkenningen"])
    client.force_login(staf)
    client.post(
        reverse("admin:core_rekeningwijziging_changelist"),
        {"action": "bevestigen", "_selected_action": [wijziging.pk]},
    )
    organisatie.refresh_from_db()
    assert organisatie.iban == "BE35310123456737"
    wijziging.refresh_from_db()
    assert (wijziging.status, wijziging.beslist_door) == ("bevestigd", staf)


def test_een_andere_rol_kan_een_rekeningnummer_niet_bevestigen(client, behandelaar, burger):
    lid = LidmaatschapFactory(user=burger, organisatie__iban="BE71096123456769")
    client.force_login(burger)
    url = reverse("erkenning:organisatie-gegevens", args=[organisatie_sleutel(lid.organisatie)])
    client.post(url, {"rekening": "1", "iban": "BE35310123456737"})
    wijziging = Rekeningwijziging.objects.get()
    client.force_login(behandelaar)  # a Samen Aan Zet case handler
    antwoord = client.post(
        reverse("admin:core_rekeningwijziging_changelist"),
        {"action": "bevestigen", "_selected_action": [wijziging.pk]},
    )
    assert antwoord.status_code == 403
    lid.organisatie.refresh_from_db()
    assert lid.organisatie.iban == "BE71096123456769"


@pytest.mark.parametrize(
    "naam, extra",
    [
        ("Vrouwenkring  Nieuw  Gent", {}),
        ("Vrouwenkring\u00a0Nieuw Gent", {}),
        ("Vrouwenkring Nieuw Gent\u200b", {}),
        ("Vrouwenkring Nieuw Gent", {"rechtsvorm": "vzw", "ondernemingsnummer": "0417497106"}),
    ],
)
def test_dezelfde_naam_anders_getypt_is_dezelfde_vereniging(client, burger, naam, extra):
    OrganisatieFactory(naam="Vrouwenkring Nieuw Gent", postcode="9000")
    client.force_login(burger)
    antwoord = client.post(reverse("erkenning:organisatie-registreren"), {**NIEUW, "naam": naam, **extra})
    assert "staat al op het portaal" in antwoord.text
    assert Organisatie.objects.count() == 1


def test_een_postcode_in_andere_cijfers_wordt_geweigerd(client, burger):
    client.force_login(burger)
    antwoord = client.post(reverse("erkenning:organisatie-registreren"), {**NIEUW, "postcode": "٩٠٠٠"})
    assert "Een postcode heeft 4 cijfers." in antwoord.text
    assert not Organisatie.objects.exists()


def test_de_naam_wordt_bewaard_zoals_hij_leest(client, burger):
    client.force_login(burger)
    client.post(
        reverse("erkenning:organisatie-registreren"), {**NIEUW, "naam": " Kring\u200b  De\u00a0Brug "}
    )
    assert Organisatie.objects.get().naam == "Kring De Brug"
