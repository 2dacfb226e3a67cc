"""Payments that are paid: the order is no payment; the bank's statement (or a confirmed SEPA file)
marks the advance paid, and only then does the file become "voorschot betaald"."""

import datetime
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from gelijkekansen.core.betalingen import afstemmen
from gelijkekansen.core.betalingen.betaalbestanden import ogm_cijfers
from gelijkekansen.core.models import Betaalbatch, StatusWijziging
from subsidies.constants import AanvraagStatus as S
from subsidies.constants import BetalingStatus as B
from subsidies.services import betalingen
from tests.core.test_bankafschriften import afschrift, boeking
from tests.factories import UserFactory
from tests.subsidies.factories import AanvraagFactory

TERUG = "<RtrInf><Rsn><Cd>AC04</Cd></Rsn></RtrInf>"
BETAALD_OP = datetime.date(2027, 3, 2)  # the value date of tests.core.test_bankafschriften.boeking


def _goedgekeurd(burger, behandelaar, bedrag="1200"):
    return AanvraagFactory(
        aanvrager=burger, naar="goedgekeurd", naar__behandelaar=behandelaar, gevraagd_bedrag=Decimal(bedrag)
    )


def _in_betaalbestand(burger, behandelaar, bedrag="1200"):
    aanvraag = _goedgekeurd(burger, behandelaar, bedrag)
    betaling = betalingen.voorschot_betalen(aanvraag=aanvraag, door=behandelaar)
    betalingen.betaalbatch_maken(door=behandelaar, uitvoeringsdatum=datetime.date(2031, 3, 3))
    betaling.refresh_from_db()
    assert betaling.status == B.IN_BATCH
    return aanvraag, betaling


def _importeren(client, inhoud: bytes):
    return client.post(
        reverse("admin:core_betaling_afschrift"),
        {"bestand": SimpleUploadedFile("afschrift.xml", inhoud, content_type="application/xml")},
    )


def _detail(client, burger, aanvraag) -> str:
    client.force_login(burger)
    return client.get(reverse("subsidies:aanvraag-detail", args=[aanvraag.pk])).text


def test_het_hele_pad_van_goedkeuring_tot_betaald_voorschot(client, burger, behandelaar):
    aanvraag = _goedgekeurd(burger, behandelaar)
    client.force_login(behandelaar)
    behandelen = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    client.post(behandelen, {"actie": "voorschot", "status": "goedgekeurd"})
    aanvraag.refresh_from_db()
    betaling = aanvraag.betalingen.get()
    assert (aanvraag.status, betaling.status, betaling.bedrag) == (
        S.GOEDGEKEURD,
        B.TE_BETALEN,
        Decimal("960.00"),
    )

    client.post(reverse("admin:core_betaling_betaalbestand"))
    betaling.refresh_from_db()
    assert betaling.status == B.IN_BATCH

    antwoord = _importeren(client, afschrift(boeking(bedrag="960.00", ogm=ogm_cijfers(betaling.mededeling))))

    assert antwoord.status_code == 200
    assert "1 betaling als betaald gemarkeerd." in antwoord.text
    betaling.refresh_from_db()
    aanvraag.refresh_from_db()
    assert (betaling.status, betaling.betaald_op) == (B.BETAALD, BETAALD_OP)
    assert aanvraag.status == S.VOORSCHOT_BETAALD
    stap = StatusWijziging.objects.voor(betaling).get(naar=B.BETAALD)
    assert stap.door == behandelaar
    assert StatusWijziging.objects.voor(aanvraag).get(naar=S.VOORSCHOT_BETAALD).door == behandelaar

    pagina = _detail(client, burger, aanvraag)
    vandaag = datetime.date.today()
    assert f"betaalopdracht gegeven op {vandaag.day} " in pagina
    assert "betaald op 2 maart 2027" in pagina
    assert "Betaalopdracht voor het voorschot van €\xa0960,00 gegeven" in pagina
    assert "Voorschot van €\xa0960,00 betaald op 2 maart 2027" in pagina


def test_de_burger_hoort_niet_betaald_na_alleen_de_opdracht(client, burger, behandelaar):
    """The old behaviour: the file jumped to "voorschot betaald" and said "Voorschot van € 960.00
    betaald" while only an order existed."""
    aanvraag = _goedgekeurd(burger, behandelaar)
    betalingen.voorschot_betalen(aanvraag=aanvraag, door=behandelaar)
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.GOEDGEKEURD
    pagina = _detail(client, burger, aanvraag)
    assert "betaalopdracht gegeven op" in pagina
    assert "nog niet betaald" in pagina
    assert "betaald op" not in pagina
    assert "Voorschot betaald" not in pagina and "Voorschot van" not in pagina.replace(
        "Betaalopdracht voor het voorschot van", ""
    )


def test_een_tweede_opdracht_voor_het_voorschot_wordt_geweigerd(burger, behandelaar):
    from django.core.exceptions import ValidationError

    aanvraag = _goedgekeurd(burger, behandelaar)
    betalingen.voorschot_betalen(aanvraag=aanvraag, door=behandelaar)
    with pytest.raises(ValidationError, match="al gegeven"):
        betalingen.voorschot_betalen(aanvraag=aanvraag, door=behandelaar)
    assert aanvraag.betalingen.count() == 1


def test_onbekende_lijnen_en_een_ander_bedrag_worden_getoond_en_veranderen_niets(client, burger, behandelaar):
    aanvraag, betaling = _in_betaalbestand(burger, behandelaar)
    client.force_login(behandelaar)
    inhoud = afschrift(
        boeking(bedrag="12.34", ogm="090933755493"),  # a reference of nobody here
        boeking(bedrag="950.00", ogm=ogm_cijfers(betaling.mededeling)),  # ours, another amount
        boeking(bedrag="5.00"),  # bank costs: no reference at all
    )

    antwoord = _importeren(client, inhoud)

    tekst = antwoord.text
    assert "0 betalingen als betaald gemarkeerd." in tekst
    assert "Geen betaling met deze gestructureerde mededeling." in tekst
    assert f"De mededeling hoort bij {aanvraag.nummer}, maar die is €\xa0960,00." in tekst
    assert "Geen gestructureerde mededeling." in tekst
    for lijn in ["<td>1</td>", "<td>2</td>", "<td>3</td>", "€\xa012,34", "€\xa0950,00", "090933755493"]:
        assert lijn in tekst
    assert "Buurtcomité Brugse Poort" in tekst  # the counterparty
    betaling.refresh_from_db()
    aanvraag.refresh_from_db()
    assert (betaling.status, aanvraag.status) == (B.IN_BATCH, S.GOEDGEKEURD)


def test_hetzelfde_afschrift_twee_keer_inlezen_verandert_niets(burger, behandelaar):
    aanvraag, betaling = _in_betaalbestand(burger, behandelaar)
    inhoud = afschrift(boeking(bedrag="960.00", ogm=ogm_cijfers(betaling.mededeling)))
    eerste = afstemmen.afschrift_verwerken(inhoud=inhoud, door=behandelaar)
    stappen = StatusWijziging.objects.count()

    tweede = afstemmen.afschrift_verwerken(inhoud=inhoud, door=behandelaar)

    assert [b.pk for b in eerste.betaald] == [betaling.pk]
    assert (tweede.betaald, len(tweede.al_verwerkt), tweede.niet_herkend) == ([], 1, [])
    assert StatusWijziging.objects.count() == stappen
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.VOORSCHOT_BETAALD


def test_een_teruggestorte_overschrijving_wordt_teruggestort(client, burger, behandelaar):
    aanvraag, betaling = _in_betaalbestand(burger, behandelaar)
    ogm = ogm_cijfers(betaling.mededeling)
    inhoud = afschrift(
        boeking(bedrag="960.00", ogm=ogm), boeking(bedrag="960.00", richting="CRDT", ogm=ogm, extra=TERUG)
    )

    uitkomst = afstemmen.afschrift_verwerken(inhoud=inhoud, door=behandelaar)

    assert [b.pk for b in uitkomst.teruggestort] == [betaling.pk]
    betaling.refresh_from_db()
    assert (betaling.status, betaling.teruggestort_op) == (B.TERUGGESTORT, BETAALD_OP)
    assert [s.naar for s in StatusWijziging.objects.voor(betaling)] == [
        B.TE_BETALEN,
        B.IN_BATCH,
        B.BETAALD,
        B.TERUGGESTORT,
    ]
    assert "teruggestort door de bank op 2 maart 2027" in _detail(client, burger, aanvraag)
    # Again: nothing changes.
    tweede = afstemmen.afschrift_verwerken(inhoud=inhoud, door=behandelaar)
    assert (tweede.betaald, tweede.teruggestort, len(tweede.al_verwerkt)) == ([], [], 2)


def test_geen_afschrift_maar_een_ander_bestand_geeft_een_duidelijke_melding(client, behandelaar, settings):
    client.force_login(behandelaar)
    antwoord = _importeren(client, b"<html><body>geen afschrift</body></html>")
    assert "camt.053" in antwoord.text
    antwoord = client.post(reverse("admin:core_betaling_afschrift"), {})
    assert "Kies het rekeninguittreksel" in antwoord.text


def test_betaalbestand_bevestigen_met_datum_maakt_alles_betaald(client, burger, behandelaar):
    aanvraag, betaling = _in_betaalbestand(burger, behandelaar)
    batch = Betaalbatch.objects.get()
    client.force_login(behandelaar)
    lijst = reverse("admin:core_betaalbatch_changelist")
    actie = {"action": "batches_bevestigen", "_selected_action": [batch.pk]}

    bevestigen = client.post(lijst, actie)  # first the confirmation page, with a date field
    assert bevestigen.status_code == 200
    assert 'name="uitgevoerd_op"' in bevestigen.text
    betaling.refresh_from_db()
    assert betaling.status == B.IN_BATCH  # looking changes nothing

    morgen = datetime.date.today() + datetime.timedelta(days=1)
    te_vroeg = client.post(lijst, {**actie, "bevestigen": "ja", "uitgevoerd_op": morgen.isoformat()})
    assert "Die datum ligt in de toekomst." in te_vroeg.text

    gisteren = datetime.date.today() - datetime.timedelta(days=1)
    antwoord = client.post(
        lijst, {**actie, "bevestigen": "ja", "uitgevoerd_op": gisteren.isoformat()}, follow=True
    )

    assert "1 betaling(en) als betaald gemarkeerd." in antwoord.text
    betaling.refresh_from_db()
    aanvraag.refresh_from_db()
    batch.refresh_from_db()
    assert (betaling.status, betaling.betaald_op, batch.uitgevoerd_op) == (B.BETAALD, gisteren, gisteren)
    assert aanvraag.status == S.VOORSCHOT_BETAALD
    assert StatusWijziging.objects.voor(betaling).get(naar=B.BETAALD).door == behandelaar


def test_werkbak_toont_betaalbestanden_die_wachten_op_bevestiging(client, burger, behandelaar):
    _in_betaalbestand(burger, behandelaar)
    client.force_login(behandelaar)
    pagina = client.get(reverse("core:werkbak")).text
    assert "Betaalbestanden wachten op bevestiging" in pagina
    assert reverse("admin:core_betaalbatch_changelist") + "?wacht=ja" in pagina
    lijst = client.get(reverse("admin:core_betaalbatch_changelist") + "?wacht=ja").text
    assert str(Betaalbatch.objects.get()) in lijst


@pytest.mark.parametrize(
    ("naam", "methode"),
    [("admin:core_betaling_afschrift", "get"), ("admin:core_betaling_betaalbestand", "get")],
)
def test_inlezen_en_betaalbestand_alleen_voor_de_dossierbehandelaar(client, behandelaar, naam, methode):
    url = reverse(naam)
    assert getattr(client, methode)(url).status_code == 302  # anonymous: the admin's login
    client.force_login(UserFactory(is_staff=True))  # staff, without the role
    assert getattr(client, methode)(url).status_code == 403
    client.force_login(behandelaar)
    assert getattr(client, methode)(url).status_code == 200


def test_bevestigen_alleen_voor_de_dossierbehandelaar(client, burger, behandelaar):
    _in_betaalbestand(burger, behandelaar)
    batch = Betaalbatch.objects.get()
    medewerker = UserFactory(is_staff=True, rollen=["jury"])
    client.force_login(medewerker)
    antwoord = client.post(
        reverse("admin:core_betaalbatch_changelist"),
        {
            "action": "batches_bevestigen",
            "_selected_action": [batch.pk],
            "bevestigen": "ja",
            "uitgevoerd_op": "2026-01-01",
        },
    )
    assert antwoord.status_code in (302, 403)
    assert batch.betalingen.get().status == B.IN_BATCH


def test_een_betaling_is_bewijs_en_wordt_gevonden_op_mededeling_of_dossier(client, burger, behandelaar):
    aanvraag, betaling = _in_betaalbestand(burger, behandelaar)
    client.force_login(behandelaar)
    pagina = client.get(reverse("admin:core_betaling_change", args=[betaling.pk])).text
    assert "Betaalopdracht voor het voorschot van €\xa0960,00 gegeven" in pagina  # its history
    assert 'name="_save"' not in pagina  # read-only: evidence
    lijst = reverse("admin:core_betaling_changelist")
    for zoek in [ogm_cijfers(betaling.mededeling), betaling.mededeling, aanvraag.nummer]:
        assert betaling.mededeling in client.get(lijst, {"q": zoek}).text, zoek
    assert betaling.mededeling not in client.get(lijst, {"q": "SAZ-00000000"}).text
    # and on the file's Behandelen page
    assert (
        betaling.mededeling
        in client.get(reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])).text
    )


def test_geweigerde_betaling_in_de_backoffice_en_een_nieuwe_opdracht(client, burger, behandelaar):
    """The bank refused the transfer: the case handler marks it refused (with the reason) in the
    payments list; the file stays granted and its page offers a new order."""
    aanvraag, betaling = _in_betaalbestand(burger, behandelaar)
    client.force_login(behandelaar)
    lijst = reverse("admin:core_betaling_changelist")
    keuze = {"action": "betalingen_weigeren", "_selected_action": [betaling.pk]}
    zonder_reden = client.post(lijst, {**keuze, "bevestigen": "ja", "reden": " "})
    assert "Dit veld is verplicht" in zonder_reden.text
    betaling.refresh_from_db()
    assert betaling.status == B.IN_BATCH
    client.post(lijst, {**keuze, "bevestigen": "ja", "reden": "Rekening afgesloten (AC04)"})
    betaling.refresh_from_db()
    assert betaling.status == B.GEWEIGERD
    assert StatusWijziging.objects.voor(betaling).last().reden == "Rekening afgesloten (AC04)"
    behandelen = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    assert 'value="voorschot"' in client.get(behandelen).text
    client.post(behandelen, {"actie": "voorschot", "status": "goedgekeurd"})
    assert aanvraag.betalingen.filter(status=B.TE_BETALEN).count() == 1


def test_teruggestort_voorschot_krijgt_een_nieuwe_opdracht_en_maar_een(client, burger, behandelaar):
    from gelijkekansen.core.betalingen import diensten

    aanvraag, betaling = _in_betaalbestand(burger, behandelaar)
    diensten.betaling_betaald(betaling=betaling, door=behandelaar, op=BETAALD_OP)
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.VOORSCHOT_BETAALD
    client.force_login(behandelaar)
    behandelen = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    assert "Voorschot opnieuw betalen" not in client.get(behandelen).text  # paid: nothing to redo
    diensten.betaling_teruggestort(betaling=betaling, door=behandelaar, op=BETAALD_OP)
    assert "Voorschot opnieuw betalen" in client.get(behandelen).text
    client.post(behandelen, {"actie": "voorschot", "status": S.VOORSCHOT_BETAALD})
    nieuw = aanvraag.betalingen.get(status=B.TE_BETALEN)
    assert nieuw.bedrag == betaling.bedrag
    pagina = client.get(behandelen).text
    assert "Voorschot opnieuw betalen" not in pagina  # one new order, not two
    with pytest.raises(Exception, match="al gegeven"):
        betalingen.voorschot_betalen(aanvraag=aanvraag, door=behandelaar)
