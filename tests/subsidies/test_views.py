"""The applicant's journey through the pages, as a browser would post it."""

import io
from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse
from pypdf import PdfReader

from gelijkekansen.core.models import Doelgroep, Wijk
from subsidies.constants import AanvraagStatus as S
from subsidies.models import Aanvraag
from subsidies.services import aanvragen, behandeling
from tests.factories import UserFactory
from tests.subsidies.factories import AanvraagFactory, OproepFactory


def _post_sectie(client, aanvraag, sectie, data):
    return client.post(reverse("subsidies:aanvraag-bewerken", args=[aanvraag.pk, sectie]), data)


def test_burger_vraagt_aan_van_concept_tot_ontvangstbewijs(
    client, burger, django_capture_on_commit_callbacks
):
    oproep = OproepFactory()
    client.force_login(burger)
    assert oproep.titel in client.get(reverse("subsidies:index")).text

    antwoord = client.post(
        reverse("subsidies:aanvraag-starten", args=[oproep.pk]), {"aanvrager_soort": "burger"}
    )
    aanvraag = Aanvraag.objects.get(aanvrager=burger)
    assert antwoord.url == reverse("subsidies:aanvraag-bewerken", args=[aanvraag.pk, "initiatief"])

    _post_sectie(
        client,
        aanvraag,
        "initiatief",
        {
            "titel": "Soep op het plein",
            "samenvatting": "Samen soep maken en eten.",
            "doelen": ["ontmoeten"],
            "doelgroepen": [Doelgroep.objects.get(code="senioren").pk],
            "reikwijdte": "wijk",
            "wijken": [Wijk.objects.get(nummer=13).pk],
            "plaats": "Dampoort",
            "startdatum": "2027-03-01",
            "einddatum": "2027-03-01",
            "verwachte_deelnemers": "60",
        },
    )
    # Leave and come back: the draft is kept; the check page lists what is still missing.
    controle = client.get(reverse("subsidies:aanvraag-controleren", args=[aanvraag.pk])).text
    assert "Vul minstens één kost in." in controle
    assert f"{reverse('subsidies:aanvraag-bewerken', args=[aanvraag.pk, 'betaling'])}#id_iban" in controle

    _post_sectie(
        client,
        aanvraag,
        "begroting",
        {
            "gevraagd_bedrag": "400",
            "andere_subsidies": "",
            "lijn-TOTAL_FORMS": "2",
            "lijn-INITIAL_FORMS": "0",
            "lijn-MIN_NUM_FORMS": "0",
            "lijn-MAX_NUM_FORMS": "1000",
            "lijn-0-soort": "kost",
            "lijn-0-omschrijving": "Groenten",
            "lijn-0-bedrag": "450",
            "lijn-1-soort": "kost",  # an untouched extra row, as a browser posts it
            "lijn-1-omschrijving": "",
            "lijn-1-bedrag": "",
        },
    )
    _post_sectie(
        client, aanvraag, "betaling", {"iban": "BE71 0961 2345 6769", "rekeninghouder": "Amina El Idrissi"}
    )
    assert (
        "Je aanvraag is volledig"
        in client.get(reverse("subsidies:aanvraag-controleren", args=[aanvraag.pk])).text
    )

    with django_capture_on_commit_callbacks(execute=True):
        antwoord = client.post(reverse("subsidies:aanvraag-indienen", args=[aanvraag.pk]))
    assert antwoord.url == reverse("subsidies:aanvraag-bevestiging", args=[aanvraag.pk])
    assert "Je aanvraag is ingediend" in client.get(antwoord.url).text
    assert mail.outbox[-1].to == [burger.email]

    pdf = client.get(reverse("subsidies:aanvraag-ontvangstbewijs", args=[aanvraag.pk]))
    tekst = PdfReader(io.BytesIO(b"".join(pdf.streaming_content))).pages[0].extract_text()
    assert "Soep op het plein" in tekst
    assert "Groenten" in tekst


def test_foute_invoer_geeft_melding_en_bewaart_de_rest(client, burger):
    aanvraag = AanvraagFactory(aanvrager=burger, iban="")
    client.force_login(burger)
    antwoord = _post_sectie(
        client, aanvraag, "betaling", {"iban": "BE71 0961 2345 6768", "rekeninghouder": "Amina"}
    )
    assert antwoord.status_code == 200
    assert "geen geldig IBAN" in antwoord.text
    assert 'value="Amina"' in antwoord.text
    aanvraag.refresh_from_db()
    assert aanvraag.iban == ""


def test_exe_als_bijlage_wordt_geweigerd_en_het_formulier_blijft(client, burger):
    from django.core.files.uploadedfile import SimpleUploadedFile

    aanvraag = AanvraagFactory(aanvrager=burger)
    client.force_login(burger)
    vals = SimpleUploadedFile("offerte.pdf", b"MZ\x90\x00" + b"\x00" * 200, content_type="application/pdf")
    antwoord = _post_sectie(client, aanvraag, "bijlagen", {"bestand": vals})
    assert antwoord.status_code == 200
    assert 'id="foutenoverzicht"' in antwoord.text
    from gelijkekansen.core.bijlagen import bijlagen_van

    assert not bijlagen_van(aanvraag).exists()


def test_na_indienen_toont_bewerken_een_uitleg(client, burger):
    aanvraag = AanvraagFactory(aanvrager=burger)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    client.force_login(burger)
    antwoord = client.get(
        reverse("subsidies:aanvraag-bewerken", args=[aanvraag.pk, "initiatief"]), follow=True
    )
    assert "kan niet meer gewijzigd worden" in antwoord.text


def test_andere_burger_ziet_de_aanvraag_niet(client, burger, andere_burger):
    aanvraag = AanvraagFactory(aanvrager=burger)
    client.force_login(andere_burger)
    for naam in ["aanvraag-detail", "aanvraag-controleren", "aanvraag-intrekken"]:
        assert client.get(reverse(f"subsidies:{naam}", args=[aanvraag.pk])).status_code == 404


def test_verantwoordelijke_van_de_organisatie_ziet_de_aanvraag(client, burger, andere_burger):
    from tests.factories import LidmaatschapFactory

    lid = LidmaatschapFactory(user=andere_burger)
    LidmaatschapFactory(user=burger, organisatie=lid.organisatie)
    aanvraag = AanvraagFactory(aanvrager=burger, aanvrager_soort="vzw", organisatie=lid.organisatie)
    client.force_login(andere_burger)
    assert client.get(reverse("subsidies:aanvraag-detail", args=[aanvraag.pk])).status_code == 200


def test_aanvulling_beantwoorden_en_bericht_met_de_coach(
    client, burger, behandelaar, django_capture_on_commit_callbacks
):
    aanvraag = AanvraagFactory(aanvrager=burger)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    behandeling.coach_toewijzen(aanvraag=aanvraag, coach=behandelaar, door=behandelaar)
    behandeling.aanvulling_vragen(aanvraag=aanvraag, door=behandelaar, vraag="Wie helpt er mee?")
    client.force_login(burger)
    assert "Wie helpt er mee?" in client.get(reverse("subsidies:aanvraag-detail", args=[aanvraag.pk])).text
    client.post(reverse("subsidies:aanvraag-aanvullen", args=[aanvraag.pk]), {"antwoord": "Drie buren."})
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.INGEDIEND
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("subsidies:aanvraag-bericht", args=[aanvraag.pk]), {"tekst": "Lukt het zo?"})
    assert mail.outbox[-1].to == [behandelaar.email]


def test_intrekken_en_beslissingsbrief(client, burger, behandelaar):
    aanvraag = AanvraagFactory(aanvrager=burger)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    client.force_login(burger)
    client.post(reverse("subsidies:aanvraag-intrekken", args=[aanvraag.pk]), {"reden": "Gaat niet door."})
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.INGETROKKEN

    beslist = AanvraagFactory(aanvrager=burger)
    aanvragen.aanvraag_indienen(aanvraag=beslist, door=burger)
    behandeling.ontvankelijk_verklaren(aanvraag=beslist, door=behandelaar)
    behandeling.naar_jury(aanvraag=beslist, door=behandelaar)
    behandeling.aanvraag_goedkeuren(aanvraag=beslist, door=behandelaar, bedrag=Decimal("1000"))
    pdf = client.get(reverse("subsidies:aanvraag-beslissingsbrief", args=[beslist.pk]))
    inhoud = b"".join(pdf.streaming_content)
    assert "€ 1.000,00" in PdfReader(io.BytesIO(inhoud)).pages[0].extract_text().replace("\xa0", " ")


@pytest.fixture
def jury_dossier(burger, behandelaar):
    aanvraag = AanvraagFactory(aanvrager=burger)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    behandeling.ontvankelijk_verklaren(aanvraag=aanvraag, door=behandelaar)
    behandeling.naar_jury(aanvraag=aanvraag, door=behandelaar)
    return aanvraag


def test_jurylid_verklaart_eerst_en_ziet_dan_het_dossier(client, jurylid, jury_dossier):
    jury_dossier.oproep.juryleden.add(jurylid)
    client.force_login(jurylid)
    url = reverse("subsidies:jury-beoordelen", args=[jury_dossier.pk])
    eerst = client.get(url).text
    assert "Eerst: heb je een belang?" in eerst
    assert "Tenten en stoelen" not in eerst
    client.post(url, {"conflict": "False"})
    dossier = client.get(url).text
    assert "Buurtfeest aan de Brugse Poort" in dossier
    punten = {f"criterium_{c.pk}": "4" for c in jury_dossier.oproep.criteria.all()}
    client.post(url, {**punten, "advies": "ja", "motivering": "Brengt buren samen."})
    assert "advies: Ja" in client.get(reverse("subsidies:jury-overzicht")).text


def test_jurylid_met_belangenconflict_ziet_het_dossier_niet(client, jurylid, jury_dossier):
    jury_dossier.oproep.juryleden.add(jurylid)
    client.force_login(jurylid)
    url = reverse("subsidies:jury-beoordelen", args=[jury_dossier.pk])
    client.post(url, {"conflict": "True"})
    html = client.get(url).text
    assert "Je beoordeelt deze aanvraag niet" in html
    assert "Buurtfeest aan de Brugse Poort" not in html


def test_jurylid_van_andere_oproep_krijgt_404(client, jury_dossier):
    ander = UserFactory(rollen=["jury"])
    client.force_login(ander)
    assert client.get(reverse("subsidies:jury-beoordelen", args=[jury_dossier.pk])).status_code == 404


def test_mijn_dossiers_toont_eigen_aanvragen_en_jurywerk(
    client, burger, andere_burger, jury_dossier, jurylid
):
    AanvraagFactory(aanvrager=andere_burger, titel="Niet van mij")
    client.force_login(burger)
    html = client.get(reverse("accounts:mijn")).text
    assert "Buurtfeest aan de Brugse Poort" in html
    assert "Niet van mij" not in html
    jury_dossier.oproep.juryleden.add(jurylid)
    client.force_login(jurylid)
    assert "Er is 1 aanvraag om te beoordelen." in client.get(reverse("accounts:mijn")).text


def test_lege_extra_begrotingslijn_wordt_genegeerd(client, burger):
    aanvraag = AanvraagFactory(aanvrager=burger, volledig=False)
    client.force_login(burger)
    antwoord = _post_sectie(
        client,
        aanvraag,
        "begroting",
        {
            "gevraagd_bedrag": "300",
            "andere_subsidies": "",
            "lijn-TOTAL_FORMS": "2",
            "lijn-INITIAL_FORMS": "0",
            "lijn-MIN_NUM_FORMS": "0",
            "lijn-MAX_NUM_FORMS": "1000",
            "lijn-0-soort": "kost",
            "lijn-0-omschrijving": "Zaalhuur",
            "lijn-0-bedrag": "350",
            "lijn-1-soort": "kost",
            "lijn-1-omschrijving": "",
            "lijn-1-bedrag": "",
        },
    )
    assert antwoord.status_code == 302
    assert list(aanvraag.begrotingslijnen.values_list("omschrijving", flat=True)) == ["Zaalhuur"]


def test_onbevestigde_verantwoordelijke_ziet_de_aanvraag_niet(client, burger, andere_burger):
    from tests.factories import LidmaatschapFactory

    lid = LidmaatschapFactory(user=burger)
    LidmaatschapFactory(user=andere_burger, organisatie=lid.organisatie, bevestigd_op=None)
    aanvraag = AanvraagFactory(aanvrager=burger, aanvrager_soort="vzw", organisatie=lid.organisatie)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    client.force_login(andere_burger)
    assert client.get(reverse("subsidies:aanvraag-detail", args=[aanvraag.pk])).status_code == 404
    # ... and cannot start a file in the organisation's name either.
    antwoord = client.post(
        reverse("subsidies:aanvraag-starten", args=[aanvraag.oproep.pk]),
        {"aanvrager_soort": "vzw", "organisatie": lid.organisatie.pk},
    )
    assert antwoord.status_code == 200
    assert not Aanvraag.objects.filter(aanvrager=andere_burger).exists()


def test_downloads_van_brieven_en_bijlagen_worden_gelogd(client, burger, behandelaar):
    from gelijkekansen.core.models import AuditEvent
    from tests.toegang.matrix import met_bijlage

    aanvraag = AanvraagFactory(aanvrager=burger)
    bijlage = met_bijlage(aanvraag)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    behandeling.ontvankelijk_verklaren(aanvraag=aanvraag, door=behandelaar)
    behandeling.naar_jury(aanvraag=aanvraag, door=behandelaar)
    behandeling.aanvraag_goedkeuren(aanvraag=aanvraag, door=behandelaar, bedrag=Decimal("1000"))
    client.force_login(burger)
    for naam, args, obj in [
        ("aanvraag-ontvangstbewijs", [aanvraag.pk], aanvraag),
        ("aanvraag-beslissingsbrief", [aanvraag.pk], aanvraag),
        ("aanvraag-bijlage", [aanvraag.pk, bijlage.pk], bijlage),
    ]:
        voor = AuditEvent.objects.filter(wat="gedownload", object_id=str(obj.pk)).count()
        assert client.get(reverse(f"subsidies:{naam}", args=args)).status_code == 200
        events = AuditEvent.objects.filter(wat="gedownload", object_id=str(obj.pk), wie=burger)
        assert events.count() == voor + 1, naam
        assert events.last().ip == "127.0.0.1"
    details = AuditEvent.objects.filter(wat="gedownload", object_id=str(aanvraag.pk)).values_list(
        "details__document", flat=True
    )
    assert sorted(details) == ["beslissingsbrief", "ontvangstbewijs"]


def test_backoffice_formulier_van_een_aanvraag_wijzigt_het_iban_niet(client, burger, behandelaar):
    aanvraag = AanvraagFactory(aanvrager=burger)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    behandeling.ontvankelijk_verklaren(aanvraag=aanvraag, door=behandelaar)
    behandeling.naar_jury(aanvraag=aanvraag, door=behandelaar)
    behandeling.aanvraag_goedkeuren(aanvraag=aanvraag, door=behandelaar, bedrag=Decimal("1000"))
    client.force_login(behandelaar)
    url = reverse("admin:subsidies_aanvraag_change", args=[aanvraag.pk])
    pagina = client.get(url, follow=True)
    assert pagina.redirect_chain[-1][0] == reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    assert 'name="_save"' not in pagina.text
    antwoord = client.post(
        url,
        {
            "iban": "BE68539007547034",
            "rekeninghouder": "Iemand Anders",
            "aanvrager": behandelaar.pk,
            "_save": "1",
        },
    )
    assert antwoord.status_code == 403
    aanvraag.refresh_from_db()
    assert (aanvraag.iban, aanvraag.rekeninghouder, aanvraag.aanvrager) == (
        "BE71096123456769",
        "Amina El Idrissi",
        burger,
    )


def _queries_van_dossierpagina(client, aanvraag) -> int:
    from tests.queries import pagina_queries

    return pagina_queries(client, reverse("subsidies:aanvraag-detail", args=[aanvraag.pk]))


def test_dossierpagina_kost_evenveel_queries_met_lange_draad_en_betalingen(client, burger, behandelaar):
    """The citizen's most visited page: its cost is fixed, however long the thread or history."""
    from gelijkekansen.core import berichten

    aanvraag = AanvraagFactory(aanvrager=burger, naar="voorschot_betaald", naar__behandelaar=behandelaar)
    client.force_login(burger)
    client.get(reverse("subsidies:aanvraag-detail", args=[aanvraag.pk]))  # the session settles
    kort = _queries_van_dossierpagina(client, aanvraag)
    # Session, user, roles, organisations, file, thread, payments, history (with the payments'
    # steps), attachments: each once.
    assert kort <= 9
    for i in range(8):
        berichten.bericht_sturen(dossier=aanvraag, door=behandelaar, tekst=f"Bericht {i}")
        berichten.bericht_sturen(dossier=aanvraag, door=behandelaar, tekst=f"Notitie {i}", intern=True)
    vraag = berichten.vraag_stellen(dossier=aanvraag, door=behandelaar, tekst="Nog een foto?")
    lang = _queries_van_dossierpagina(client, aanvraag)
    assert lang == kort + 1  # one update marks the new messages read
    pagina = client.get(reverse("subsidies:aanvraag-detail", args=[aanvraag.pk])).text
    assert "Bericht 7" in pagina and "Notitie" not in pagina and vraag.tekst in pagina
    assert _queries_van_dossierpagina(client, aanvraag) == kort
