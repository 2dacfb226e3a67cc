"""The application for recognition in the browser's terms (the test client): an association fills
it in section by section, sees what is missing, submits; the case handler decides on the
Behandelen page; everyone else finds nothing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from erkenning.constants import ErkenningStatus as S
from erkenning.models import Erkenning
from gelijkekansen.core import berichten
from tests.erkenning.factories import aanvraag_voor_erkenning
from tests.factories import LidmaatschapFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def erkenningen_staf(db):
    return UserFactory(is_staff=True, rollen=["erkenningen"])


def _sectie(client, erkenning, sectie, data, **extra):
    url = reverse("erkenning:bewerken", args=[erkenning.sleutel, sectie])
    return client.post(url, data, **extra)


def _bestuur(*leden):
    data = {"lid-TOTAL_FORMS": str(len(leden)), "lid-INITIAL_FORMS": "0"}
    for i, (naam, functie) in enumerate(leden):
        data |= {f"lid-{i}-naam": naam, f"lid-{i}-functie": functie, f"lid-{i}-woont_in_gent": "on"}
    return data


def test_een_vereniging_vult_haar_aanvraag_in_en_dient_ze_in(client, burger):
    from gelijkekansen.core.models import Doelgroep

    lid = LidmaatschapFactory(user=burger, organisatie__naam="Okra Sint-Amandsberg")
    client.force_login(burger)
    antwoord = client.post(
        reverse("erkenning:starten"), {"organisatie": lid.organisatie.pk, "categorie": "senioren"}
    )
    erkenning = Erkenning.objects.get(organisatie=lid.organisatie)
    assert antwoord["Location"] == reverse("erkenning:bewerken", args=[erkenning.sleutel, "vereniging"])
    senioren = Doelgroep.objects.get(code="senioren")
    _sectie(
        client,
        erkenning,
        "vereniging",
        {
            "werking": "Elke dinsdag een koffienamiddag.",
            "doelgroepen": [senioren.pk],
            "actief_sinds": "2012-03-01",
            "ledenaantal": "85",
            "leden_in_gent": "80",
        },
    )
    _sectie(client, erkenning, "bestuur", _bestuur(("Rita", "voorzitter"), ("Jos", "kas"), ("Lea", "")))
    criteria = dict.fromkeys(
        ("gent", "doelgroep", "werking", "open", "bestuur", "gelijke_kansen"), "Zo doen we dat."
    )
    _sectie(client, erkenning, "criteria", criteria)
    _sectie(client, erkenning, "rekening", {"iban": "BE71 0961 2345 6769", "rekeninghouder": "Okra"})
    statuten = SimpleUploadedFile("statuten.txt", b"Artikel 1. De vereniging heet Okra.\n")
    antwoord = _sectie(client, erkenning, "bijlagen", {"soort": "statuten", "bestand": statuten})
    assert antwoord["Location"].endswith("/controleren/")
    pagina = client.get(reverse("erkenning:controleren", args=[erkenning.sleutel])).text
    assert "Je aanvraag is volledig." in pagina and "85 leden, van wie 80 in Gent wonen" in pagina
    antwoord = client.post(reverse("erkenning:indienen", args=[erkenning.sleutel]), follow=True)
    assert "Je aanvraag is ingediend." in antwoord.text
    assert "ontvangstbewijs-ERK-" in antwoord.text  # the archived receipt is on the file page
    erkenning.refresh_from_db()
    assert erkenning.status == S.INGEDIEND
    assert [lid.naam for lid in erkenning.bestuursleden.all()] == ["Rita", "Jos", "Lea"]


def test_het_controlescherm_linkt_elke_ontbrekende_gegeven_naar_zijn_veld(client, burger):
    erkenning = aanvraag_voor_erkenning(verantwoordelijke=burger, volledig=False)
    client.force_login(burger)
    pagina = client.get(reverse("erkenning:controleren", args=[erkenning.sleutel])).text
    assert "Dit ontbreekt nog" in pagina
    assert reverse("erkenning:bewerken", args=[erkenning.sleutel, "bestuur"]) + "#id_bestuur" in pagina
    assert "Aanvraag indienen" not in pagina


def test_een_foute_iban_geeft_een_duidelijke_fout_en_bewaart_niets_half(client, burger):
    erkenning = aanvraag_voor_erkenning(verantwoordelijke=burger)
    client.force_login(burger)
    antwoord = _sectie(client, erkenning, "rekening", {"iban": "BE00 1234", "rekeninghouder": "Nieuwe Naam"})
    assert antwoord.status_code == 200
    assert 'value="Nieuwe Naam"' in antwoord.text  # what was typed stays
    erkenning.refresh_from_db()
    assert erkenning.iban == "BE71096123456769" and erkenning.rekeninghouder != "Nieuwe Naam"


def test_bestuur_heropenen_toont_wie_er_al_in_staat_en_een_lege_lijn(client, burger):
    erkenning = aanvraag_voor_erkenning(verantwoordelijke=burger)
    client.force_login(burger)
    antwoord = _sectie(client, erkenning, "bestuur", {**_bestuur(("An", "voorzitter")), "nog_een_lid": "1"})
    assert antwoord["Location"] == reverse("erkenning:bewerken", args=[erkenning.sleutel, "bestuur"])
    pagina = client.get(antwoord["Location"]).text
    assert 'value="An"' in pagina and "Bestuurslid 3" in pagina  # the one saved and two empty lines


def test_na_indienen_brengt_een_oud_tabblad_de_vereniging_naar_haar_dossier(client, burger):
    erkenning = aanvraag_voor_erkenning(S.INGEDIEND, verantwoordelijke=burger)
    client.force_login(burger)
    antwoord = _sectie(client, erkenning, "vereniging", {"ledenaantal": "12"}, follow=True)
    assert "kan niet meer gewijzigd worden" in antwoord.text
    erkenning.refresh_from_db()
    assert erkenning.ledenaantal == 40


def test_de_vereniging_beantwoordt_de_vraag_van_de_dienst(client, burger):
    erkenning = aanvraag_voor_erkenning(S.IN_BEHANDELING, verantwoordelijke=burger)
    berichten.vraag_stellen(
        dossier=erkenning, door=erkenning.behandelaar, tekst="Hoeveel activiteiten per jaar?"
    )
    client.force_login(burger)
    assert (
        "Hoeveel activiteiten per jaar?"
        in client.get(reverse("erkenning:detail", args=[erkenning.sleutel])).text
    )
    client.post(reverse("erkenning:bericht", args=[erkenning.sleutel]), {"antwoord": "Twaalf."})
    assert berichten.open_vraag(erkenning) is None


def test_behandelen_toont_alleen_de_stappen_van_nu_en_een_oud_tabblad_verandert_niets(
    client, erkenningen_staf
):
    erkenning = aanvraag_voor_erkenning(S.INGEDIEND, behandelaar=erkenningen_staf)
    url = reverse("admin:erkenning_erkenning_behandelen", args=[erkenning.sleutel])
    client.force_login(erkenningen_staf)
    pagina = client.get(url).text
    assert "Dossier behandelen" in pagina and "Erkennen" not in pagina
    assert "Zo staat het in onze statuten" in pagina  # the criteria as the association explained them
    client.post(url, {"actie": "in_behandeling", "status": S.INGEDIEND})
    pagina = client.get(url).text
    assert "Erkennen" in pagina and "Weigeren" in pagina
    # A second tab still showing "ingediend" tries the same step: nothing happens twice.
    antwoord = client.post(url, {"actie": "in_behandeling", "status": S.INGEDIEND}, follow=True)
    assert "intussen veranderd" in antwoord.text
    antwoord = client.post(
        url,
        {
            "actie": "erkennen",
            "status": S.IN_BEHANDELING,
            "geldig_van": "2027-01-01",
            "geldig_tot": "2031-12-31",
        },
        follow=True,
    )
    assert "Erkend tot en met 31 december 2031" in antwoord.text
    erkenning.refresh_from_db()
    assert erkenning.status == S.ERKEND and erkenning.behandelaar == erkenningen_staf


def test_een_foute_datum_bij_erkennen_geeft_een_melding_en_verandert_niets(client, erkenningen_staf):
    erkenning = aanvraag_voor_erkenning(S.IN_BEHANDELING, behandelaar=erkenningen_staf)
    url = reverse("admin:erkenning_erkenning_behandelen", args=[erkenning.sleutel])
    client.force_login(erkenningen_staf)
    antwoord = client.post(
        url, {"actie": "erkennen", "status": S.IN_BEHANDELING, "geldig_van": "31/02/2027"}, follow=True
    )
    assert "Erkend vanaf: vul een geldige datum in." in antwoord.text
    erkenning.refresh_from_db()
    assert erkenning.status == S.IN_BEHANDELING


def test_behandelen_is_alleen_voor_de_rol_erkenningen(client, behandelaar, burger):
    erkenning = aanvraag_voor_erkenning(S.INGEDIEND, verantwoordelijke=burger)
    url = reverse("admin:erkenning_erkenning_behandelen", args=[erkenning.sleutel])
    client.force_login(behandelaar)  # a Samen Aan Zet case handler
    assert client.get(url).status_code == 403
    assert client.post(url, {"actie": "in_behandeling", "status": S.INGEDIEND}).status_code == 403
    client.force_login(burger)
    assert client.get(url)["Location"].startswith("/admin/login/")
    erkenning.refresh_from_db()
    assert erkenning.status == S.INGEDIEND


def test_het_wijzigformulier_van_de_admin_leidt_naar_behandelen_en_wijzigt_niets(client, erkenningen_staf):
    erkenning = aanvraag_voor_erkenning(S.INGEDIEND)
    client.force_login(erkenningen_staf)
    url = reverse("admin:erkenning_erkenning_change", args=[erkenning.pk])
    assert client.get(url)["Location"] == reverse(
        "admin:erkenning_erkenning_behandelen", args=[erkenning.sleutel]
    )
    assert client.post(url, {"status": "erkend"}).status_code == 403
    assert client.get(reverse("admin:erkenning_erkenning_change", args=["9" * 30])).status_code == 404


def test_een_interne_notitie_ziet_de_vereniging_nooit(client, burger, erkenningen_staf):
    erkenning = aanvraag_voor_erkenning(S.INGEDIEND, verantwoordelijke=burger)
    client.force_login(erkenningen_staf)
    url = reverse("admin:erkenning_erkenning_behandelen", args=[erkenning.sleutel])
    client.post(url, {"actie": "notitie", "tekst": "Statuten verouderd, navragen."})
    client.post(url, {"actie": "bericht", "tekst": "We bekijken je aanvraag deze week."})
    client.force_login(burger)
    pagina = client.get(reverse("erkenning:detail", args=[erkenning.sleutel])).text
    assert "We bekijken je aanvraag deze week." in pagina
    assert "Statuten verouderd" not in pagina


def test_een_te_lang_bericht_zegt_hoe_lang_het_mag_zijn(client, burger):
    erkenning = aanvraag_voor_erkenning(S.INGEDIEND, verantwoordelijke=burger)
    client.force_login(burger)
    antwoord = client.post(
        reverse("erkenning:bericht", args=[erkenning.sleutel]), {"tekst": "E" * 4001}, follow=True
    )
    assert "hoogstens 4000 tekens" in antwoord.text
    assert not berichten.berichten_van(erkenning).exists()


def test_een_andere_rol_leert_via_het_wijzigformulier_niets_over_bestaande_dossiers(client, behandelaar):
    erkenning = aanvraag_voor_erkenning(S.INGEDIEND)
    client.force_login(behandelaar)  # a Samen Aan Zet case handler
    assert client.get(reverse("admin:erkenning_erkenning_change", args=[erkenning.pk])).status_code == 403
    assert (
        client.get(reverse("admin:erkenning_erkenning_change", args=[erkenning.pk + 1000])).status_code == 403
    )
