"""The civil servant's back office: the 'Behandelen' page calls the same services as the portal."""

from decimal import Decimal

from django.urls import reverse

from subsidies.constants import AanvraagStatus as S
from subsidies.services import aanvragen
from tests.subsidies.factories import AanvraagFactory


def _ingediend(burger):
    aanvraag = AanvraagFactory(aanvrager=burger)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    return aanvraag


def test_behandelaar_brengt_een_dossier_tot_beslissing_in_de_backoffice(client, burger, behandelaar):
    aanvraag = _ingediend(burger)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    client.force_login(behandelaar)
    pagina = client.get(url).text
    assert "Ontvankelijk verklaren" in pagina
    assert (
        "Resterend budget: wijkgericht € 10000,00" in pagina
        or "Resterend budget: wijkgericht € 10.000,00" in pagina
    )
    for actie in ["ontvankelijk", "jury"]:
        client.post(url, {"actie": actie})
    client.post(url, {"actie": "goedkeuren", "bedrag": "1250,00", "tekst": "Sterk voorstel."})
    aanvraag.refresh_from_db()
    assert (aanvraag.status, aanvraag.toegekend_bedrag) == (S.GOEDGEKEURD, Decimal("1250.00"))
    client.post(url, {"actie": "voorschot"})
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.VOORSCHOT_BETAALD
    assert aanvraag.betalingen.get().bedrag == Decimal("1000.00")


def test_ongeldige_stap_in_de_backoffice_toont_de_reden_en_verandert_niets(client, burger, behandelaar):
    aanvraag = _ingediend(burger)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    client.force_login(behandelaar)
    antwoord = client.post(url, {"actie": "onontvankelijk", "tekst": ""}, follow=True)
    assert "Geef de reden" in antwoord.text
    antwoord = client.post(url, {"actie": "goedkeuren", "bedrag": "100"}, follow=True)
    assert "kan niet veranderen" in antwoord.text
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.INGEDIEND


def test_werklijst_filtert_op_status_en_te_laat(client, burger, behandelaar):
    _ingediend(burger)
    AanvraagFactory(aanvrager=burger, titel="Nog een concept")
    client.force_login(behandelaar)
    lijst = client.get(reverse("admin:subsidies_aanvraag_changelist") + "?status__exact=ingediend").text
    assert "Buurtfeest aan de Brugse Poort" in lijst
    assert "Nog een concept" not in lijst
    assert client.get(reverse("admin:subsidies_aanvraag_changelist") + "?te_laat=ja").status_code == 200


def test_burger_en_jury_komen_niet_in_behandelen(client, burger, jurylid):
    aanvraag = _ingediend(burger)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    for persoon in [burger, jurylid]:
        client.force_login(persoon)
        assert client.get(url).status_code == 302  # to the admin login: not staff


def test_betaalbestand_maken_en_downloaden_in_de_backoffice(client, burger, behandelaar):
    from gelijkekansen.core.models import AuditEvent
    from subsidies.betaalbestanden import betaalbestand_valideren
    from subsidies.models import Betaalbatch, Betaling

    aanvraag = _ingediend(burger)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    client.force_login(behandelaar)
    for data in [
        {"actie": "ontvankelijk"},
        {"actie": "jury"},
        {"actie": "goedkeuren", "bedrag": "1000"},
        {"actie": "voorschot"},
    ]:
        client.post(url, data)
    lijst = reverse("admin:subsidies_betaling_changelist")
    client.post(
        lijst, {"action": "betaalbestand_maken", "_selected_action": [b.pk for b in Betaling.objects.all()]}
    )
    batch = Betaalbatch.objects.get()
    antwoord = client.get(reverse("admin:subsidies_betaalbatch_download", args=[batch.pk]))
    betaalbestand_valideren(b"".join(antwoord.streaming_content))
    assert AuditEvent.objects.filter(wie=behandelaar, wat="geexporteerd").exists()
