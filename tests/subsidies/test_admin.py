"""The civil servant's back office: the 'Behandelen' page calls the same services as the portal."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from subsidies.constants import AanvraagStatus as S
from subsidies.services import aanvragen
from tests.factories import UserFactory
from tests.subsidies.factories import AanvraagFactory


def _stap(client, url, actie: str, **velden):
    """Post a step as the page does: with the status the page showed (its hidden field)."""
    getoond = re.search(r'name="status" value="([a-z_]+)"', client.get(url).text)
    return client.post(url, {"actie": actie, "status": getoond.group(1), **velden}, follow=True)


def _ingediend(burger):
    aanvraag = AanvraagFactory(aanvrager=burger)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    return aanvraag


def _melding(antwoord) -> str:
    """The confirmation or refusal the page shows after a step (Django's messages)."""
    return " ".join(str(m) for m in antwoord.context["messages"])


def test_behandelaar_brengt_een_dossier_tot_beslissing_in_de_backoffice(client, burger, behandelaar):
    aanvraag = _ingediend(burger)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    client.force_login(behandelaar)
    pagina = client.get(url).text
    assert "Ontvankelijk verklaren" in pagina
    assert 'value="goedkeuren"' not in pagina  # only the steps the workflow allows now
    # The envelope as remaining / total, and what granting the request would leave (nl-BE).
    assert "Nog over: €\xa010.000,00 van €\xa010.000,00" in pagina
    assert "na toekenning van het gevraagde bedrag: €\xa08.500,00" in pagina
    assert "Het dossier is ontvankelijk" in _melding(_stap(client, url, "ontvankelijk"))
    assert "ligt nu bij de jury" in _melding(_stap(client, url, "jury"))
    antwoord = _stap(client, url, "goedkeuren", bedrag="1250,00", tekst="Sterk voorstel.")
    assert (
        _melding(antwoord)
        == f"Goedgekeurd voor €\xa01.250,00. {burger} kreeg de beslissingsbrief per e-mail."
    )
    aanvraag.refresh_from_db()
    assert (aanvraag.status, aanvraag.toegekend_bedrag) == (S.GOEDGEKEURD, Decimal("1250.00"))
    assert "Voorschot betalen (€\xa01.000,00)" in client.get(url).text  # the amount on the button
    antwoord = _stap(client, url, "voorschot")
    assert "Voorschot van €\xa01.000,00 klaargezet" in _melding(antwoord)
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.GOEDGEKEURD  # an order, not yet a payment
    assert aanvraag.betalingen.get().bedrag == Decimal("1000.00")
    pagina = client.get(url).text
    assert "Betaalopdracht voor het voorschot" in pagina
    assert 'value="voorschot"' not in pagina  # no second order
    assert "Gedaan." not in pagina


def test_lege_aanvullingsvraag_wordt_geweigerd_met_een_melding(client, burger, behandelaar):
    aanvraag = _ingediend(burger)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    client.force_login(behandelaar)
    assert _melding(_stap(client, url, "aanvulling", tekst="   ")) == "Schrijf wat er ontbreekt."
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.INGEDIEND
    antwoord = _stap(client, url, "aanvulling", tekst="Stuur de offerte van de tent.")
    assert _melding(antwoord) == f"Aanvulling gevraagd aan {burger}; de aanvrager kreeg een e-mail."


def test_behandelen_toont_het_hele_dossier_zonder_het_te_laten_wijzigen(client, behandelaar, jurylid):
    from subsidies.services import jury

    aanvraag = AanvraagFactory(naar="jury", naar__behandelaar=behandelaar)
    aanvraag.oproep.juryleden.add(jurylid)
    beoordeling = jury.belangenconflict_verklaren(aanvraag=aanvraag, jurylid=jurylid, conflict=False)
    criteria = list(aanvraag.oproep.criteria.order_by("volgorde"))
    jury.beoordeling_indienen(
        beoordeling=beoordeling,
        punten={c.pk: 4 for c in criteria},
        toelichtingen={c.pk: f"Goed: {c.naam}" for c in criteria},
        advies="ja",
        motivering="Sterk en haalbaar.",
    )
    client.force_login(behandelaar)
    pagina = client.get(reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])).text
    for zichtbaar in [
        "Een feest waar buren elkaar leren kennen.",  # the initiative
        "Ontmoeten",  # goals as words, never the stored codes
        "Tenten en stoelen",  # budget lines
        "Pierkespark",
        f"{jurylid}: 8 / 10, advies Ja",  # the jury's scale
        "4 / 5",
        "Goed: Brengt mensen samen",
        "Sterk en haalbaar.",
    ]:
        assert zichtbaar in pagina, zichtbaar
    assert '["ontmoeten"' not in pagina and "Available" not in pagina
    assert 'name="titel"' not in pagina and 'name="samenvatting"' not in pagina


def test_ongeldige_stap_in_de_backoffice_toont_de_reden_en_verandert_niets(client, burger, behandelaar):
    aanvraag = _ingediend(burger)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    client.force_login(behandelaar)
    antwoord = _stap(client, url, "onontvankelijk", tekst="")
    assert "Geef de reden" in antwoord.text
    antwoord = _stap(client, url, "goedkeuren", bedrag="100")
    assert "kan niet veranderen" in antwoord.text
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.INGEDIEND


def test_werklijst_filtert_op_status_en_te_laat(client, burger, behandelaar):
    _ingediend(burger)
    AanvraagFactory(aanvrager=burger, titel="Nog een concept")
    client.force_login(behandelaar)
    lijst = client.get(reverse("admin:subsidies_aanvraag_changelist") + "?status=ingediend").text
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
    from gelijkekansen.core.betalingen.betaalbestanden import betaalbestand_valideren
    from gelijkekansen.core.models import AuditEvent, Betaalbatch, Betaling

    aanvraag = _ingediend(burger)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    client.force_login(behandelaar)
    for actie, velden in [
        ("ontvankelijk", {}),
        ("jury", {}),
        ("goedkeuren", {"bedrag": "1000"}),
        ("voorschot", {}),
    ]:
        _stap(client, url, actie, **velden)
    # A button above the payments list, a confirmation page, a POST: no rows to tick.
    lijst = client.get(reverse("admin:core_betaling_changelist")).text
    knop = reverse("admin:core_betaling_betaalbestand")
    assert f'href="{knop}"' in lijst
    assert 'value="betaalbestand_maken"' not in lijst  # no longer an action on ticked rows
    bevestigen = client.get(knop).text
    assert "Er staat 1 betaling klaar" in bevestigen and "€\xa0800,00" in bevestigen
    assert not Betaalbatch.objects.exists()  # looking makes nothing
    antwoord = client.post(knop, follow=True)
    batch = Betaalbatch.objects.get()
    assert antwoord.redirect_chain[-1][0] == reverse("admin:core_betaalbatch_change", args=[batch.pk])
    assert "Betaalbestand gemaakt" in antwoord.text
    assert Betaling.objects.get().batch == batch
    antwoord = client.get(reverse("admin:core_betaalbatch_download", args=[batch.pk]))
    betaalbestand_valideren(b"".join(antwoord.streaming_content))
    assert AuditEvent.objects.filter(wie=behandelaar, wat="geexporteerd").exists()


def test_een_oud_tabblad_betaalt_geen_tweede_voorschot(client, burger, behandelaar):
    """The advance tab was left open; meanwhile the citizen filed the final report. Pressing
    "Voorschot betalen" in the old tab must not send the file back nor pay a second advance."""
    from subsidies.scenario import uitvoeren
    from subsidies.services import betalingen

    aanvraag = _ingediend(burger)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    client.force_login(behandelaar)
    for actie, velden in [("ontvankelijk", {}), ("jury", {}), ("goedkeuren", {"bedrag": "1000"})]:
        _stap(client, url, actie, **velden)
    _stap(client, url, "voorschot")
    uitvoeren(list(aanvraag.betalingen.all()), behandelaar=behandelaar)  # the bank paid it
    betalingen.verantwoording_indienen(
        aanvraag=aanvraag,
        door=burger,
        wat_gebeurde="Feest",
        deelnemers_bereikt=80,
        echte_kosten=Decimal(1200),
        reden_vroeger="Het feest was vroeger gedaan.",
    )

    antwoord = client.post(url, {"actie": "voorschot", "status": "goedgekeurd"}, follow=True)

    assert "intussen veranderd" in antwoord.text
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.VERANTWOORDING_INGEDIEND
    assert aanvraag.betalingen.count() == 1


def test_voorschot_kan_alleen_vanuit_goedgekeurd(burger, behandelaar):
    """Even without the page's status, the service names the state it accepts."""
    from gelijkekansen.core.workflow import OngeldigeOvergang
    from subsidies.scenario import voorschot_uitbetalen
    from subsidies.services import behandeling, betalingen

    aanvraag = _ingediend(burger)
    behandeling.ontvankelijk_verklaren(aanvraag=aanvraag, door=behandelaar)
    behandeling.naar_jury(aanvraag=aanvraag, door=behandelaar)
    behandeling.aanvraag_goedkeuren(aanvraag=aanvraag, door=behandelaar, bedrag=Decimal(1000))
    voorschot_uitbetalen(aanvraag, behandelaar=behandelaar)
    betalingen.verantwoording_indienen(
        aanvraag=aanvraag,
        door=burger,
        wat_gebeurde="Feest",
        deelnemers_bereikt=80,
        echte_kosten=Decimal(1200),
        reden_vroeger="Het feest was vroeger gedaan.",
    )
    with pytest.raises(OngeldigeOvergang):
        betalingen.voorschot_betalen(aanvraag=aanvraag, door=behandelaar)
    assert aanvraag.betalingen.count() == 1


@pytest.mark.parametrize("bedrag", ["NaN", "sNaN", "Infinity", "-Infinity", "1e3", "12,5,0", ""])
def test_vreemde_bedragen_geven_een_duidelijke_melding_en_geen_fout(client, burger, behandelaar, bedrag):
    aanvraag = _ingediend(burger)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    client.force_login(behandelaar)
    _stap(client, url, "ontvankelijk")
    _stap(client, url, "jury")

    antwoord = _stap(client, url, "goedkeuren", bedrag=bedrag)

    assert antwoord.status_code == 200
    assert "Vul een bedrag in met cijfers" in antwoord.text
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.JURY


def test_coach_is_altijd_een_dossierbehandelaar_en_de_toewijzing_staat_in_het_auditlog(
    client, burger, andere_burger, behandelaar
):
    from gelijkekansen.core.models import AuditEvent

    aanvraag = _ingediend(burger)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    client.force_login(behandelaar)

    antwoord = client.post(url, {"actie": "coach", "coach": andere_burger.pk}, follow=True)
    assert "Alleen een dossierbehandelaar kan coach zijn" in antwoord.text
    aanvraag.refresh_from_db()
    assert aanvraag.coach is None

    client.post(url, {"actie": "coach", "coach": behandelaar.pk})
    aanvraag.refresh_from_db()
    assert aanvraag.coach == behandelaar
    gebeurtenis = AuditEvent.objects.get(wat="gewijzigd", object_id=str(aanvraag.pk))
    assert gebeurtenis.wie == behandelaar
    assert gebeurtenis.details["velden"]["coach"][0] is None
    assert str(behandelaar.pk) in gebeurtenis.details["velden"]["coach"][1]


def test_de_behandelaar_corrigeert_de_rekening_met_een_reden_en_het_staat_in_het_auditlog(
    client, burger, behandelaar
):
    """Found from outside: after approval nobody could correct an account the bank refuses."""
    from gelijkekansen.core.models import AuditEvent

    aanvraag = AanvraagFactory(aanvrager=burger, naar="goedgekeurd", naar__behandelaar=behandelaar)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    client.force_login(behandelaar)
    zonder_reden = client.post(
        url, {"actie": "rekening", "iban": "BE21 0012 3456 7803", "rekeninghouder": "Vzw Buurt"}, follow=True
    )
    assert "Schrijf waarom" in zonder_reden.text
    vreemd = client.post(
        url,
        {"actie": "rekening", "iban": "BE21 0012 3456 7803", "rekeninghouder": "李小龙", "tekst": "Vraag"},
        follow=True,
    )
    assert "Latijnse letters" in vreemd.text

    client.post(
        url,
        {
            "actie": "rekening",
            "iban": "BE21 0012 3456 7803",
            "rekeninghouder": "Vzw Buurt",
            "tekst": "Nieuwe rekening van de vzw",
        },
    )

    aanvraag.refresh_from_db()
    assert (aanvraag.iban, aanvraag.rekeninghouder) == ("BE21001234567803", "Vzw Buurt")
    gebeurtenis = AuditEvent.objects.get(wat="gewijzigd", object_id=str(aanvraag.pk), wie=behandelaar)
    assert gebeurtenis.details["velden"]["iban"] == ["BE71096123456769", "BE21001234567803"]
    assert gebeurtenis.details["reden"] == "Nieuwe rekening van de vzw"


def test_een_coach_die_geen_persoon_is_geeft_een_melding_en_geen_serverfout(client, burger, behandelaar):
    aanvraag = _ingediend(burger)
    client.force_login(behandelaar)
    antwoord = client.post(
        reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk]),
        {"actie": "coach", "coach": "abc"},
        follow=True,
    )
    assert antwoord.status_code == 200
    assert "Kies een coach uit de lijst." in antwoord.text


def _klaar_voor_betaling(burger, behandelaar, **velden):
    aanvraag = AanvraagFactory(aanvrager=burger, naar="goedgekeurd", naar__behandelaar=behandelaar, **velden)
    from subsidies.services import betalingen

    betalingen.voorschot_betalen(aanvraag=aanvraag, door=behandelaar)
    return aanvraag


def test_betaalbestand_toont_wie_niet_mee_kan_en_niemand_kiest_rijen(client, burger, behandelaar):
    """The skipped payment is named with its reason, as on the Behandelen page; the good one goes."""
    from gelijkekansen.core.models import Betaalbatch
    from subsidies.models import Aanvraag

    goed = _klaar_voor_betaling(burger, behandelaar)
    fout = _klaar_voor_betaling(burger, behandelaar)
    Aanvraag.objects.filter(pk=fout.pk).update(rekeninghouder="")  # the bank would refuse it
    client.force_login(behandelaar)

    antwoord = client.post(reverse("admin:core_betaling_betaalbestand"), follow=True)

    batch = Betaalbatch.objects.get()
    assert list(batch.betalingen.values_list("object_id", flat=True)) == [str(goed.pk)]
    assert "verbeter eerst de rekeninggegevens" in antwoord.text
    assert fout.nummer in antwoord.text
    assert fout.betalingen.get().status == "te_betalen"


def test_betaalbestand_zonder_wachtende_betalingen_zegt_het_en_maakt_niets(client, behandelaar):
    from gelijkekansen.core.models import Betaalbatch

    client.force_login(behandelaar)
    knop = reverse("admin:core_betaling_betaalbestand")
    assert "Er zijn geen betalingen die klaarstaan." in client.get(knop).text
    antwoord = client.post(knop, follow=True)
    assert "Er zijn geen betalingen die klaarstaan." in antwoord.text
    assert not Betaalbatch.objects.exists()


def test_betaalbestand_alleen_voor_de_dossierbehandelaar(client, burger, jurylid):
    client.force_login(jurylid)  # no staff: the admin's own login
    assert client.post(reverse("admin:core_betaling_betaalbestand")).status_code == 302
    medewerker = UserFactory(is_staff=True)
    client.force_login(medewerker)
    assert client.get(reverse("admin:core_betaling_betaalbestand")).status_code == 403


def test_betaalbestand_heet_naar_de_belgische_tijd(burger, behandelaar, time_machine):
    """At 23:30 UTC on 31 December it is already 1 January in Ghent: the name says so."""
    import datetime

    from subsidies.services import betalingen

    _klaar_voor_betaling(burger, behandelaar)
    time_machine.move_to(datetime.datetime(2026, 12, 31, 23, 30, tzinfo=datetime.UTC))
    run = betalingen.betaalbatch_maken(door=behandelaar, uitvoeringsdatum=datetime.date(2027, 1, 2))
    assert str(run.batch) == "Betaalbestand 01-01-2027 00:30"
    # (the storage adds a suffix when a test before left a file of that name)
    assert re.search(r"/GK-\d{8}-20270101-0030(_\w+)?\.xml$", run.batch.bestand), run.batch.bestand


# --- The work list ---------------------------------------------------------------------------


def _werklijst(client, query: str = "") -> str:
    antwoord = client.get(reverse("admin:subsidies_aanvraag_changelist") + query)
    assert antwoord.status_code == 200
    return antwoord.text


@pytest.mark.parametrize(
    "zoekterm", ["{nummer}", "{nummer_klein}", "{acht}", "{acht_klein}", "{begin}", "markt"]
)
def test_werklijst_vindt_een_dossier_op_nummer_en_op_titel(client, burger, behandelaar, zoekterm):
    gezocht = _ingediend(burger)
    gezocht.titel = "Zomermarkt op het Sint-Pietersplein"
    gezocht.save(update_fields=["titel"])
    ander = AanvraagFactory(aanvrager=burger, titel="Andere aanvraag", naar="ingediend")
    nummer = gezocht.nummer  # SAZ-50B4FFF5
    term = zoekterm.format(
        nummer=nummer,
        nummer_klein=nummer.lower(),
        acht=nummer[4:],
        acht_klein=nummer[4:].lower(),
        begin=nummer[:8],  # SAZ-50B4: a reference being typed
    )
    client.force_login(behandelaar)
    lijst = _werklijst(client, f"?q={term}")
    assert "Zomermarkt op het Sint-Pietersplein" in lijst
    if ander.nummer[:8] != nummer[:8]:
        assert "Andere aanvraag" not in lijst


def test_zoeken_op_nummer_is_een_bereik_op_de_sleutel(burger):
    """A reference asks the primary key's index (a range), never a LIKE over every row."""
    from subsidies.models import Aanvraag

    aanvraag = AanvraagFactory(aanvrager=burger)
    sql = str(Aanvraag.objects.zoek(aanvraag.nummer).query)
    assert "BETWEEN" in sql and "LIKE" not in sql
    assert list(Aanvraag.objects.zoek(aanvraag.nummer)) == [aanvraag]
    assert list(Aanvraag.objects.zoek(f'"{aanvraag.nummer.lower()}"')) == [aanvraag]
    assert not Aanvraag.objects.zoek("SAZ-ZZZZZZZZ").exists()  # no hex: a text search, nothing found
    # Eight hex characters alone: a reference when one exists (index), else words to look for.
    assert "LIKE" not in str(Aanvraag.objects.zoek(aanvraag.nummer[4:].lower()).query)
    anders = "0" * 8 if not str(aanvraag.pk).startswith("0" * 8) else "f" * 8
    assert "LIKE" in str(Aanvraag.objects.zoek(anders).query)


def test_zoeken_op_nummer_vindt_ook_een_concept(client, burger, behandelaar):
    """The citizen on the phone is stuck in a draft: its reference finds it, the list stays clean."""
    concept = AanvraagFactory(aanvrager=burger, titel="Vastgelopen concept")
    client.force_login(behandelaar)
    assert "Vastgelopen concept" in _werklijst(client, f"?q={concept.nummer}")
    assert "Vastgelopen concept" not in _werklijst(client, "?q=vastgelopen")
    assert "Vastgelopen concept" not in _werklijst(client, f"?q={concept.nummer}&status=ingediend")


def test_werklijst_zoekt_op_aanvrager_en_organisatie(client, burger, behandelaar):
    from tests.factories import OrganisatieFactory

    burger.naam = "Amina El Idrissi"
    burger.save(update_fields=["naam"])
    organisatie = OrganisatieFactory(naam="Buurtwerking Rabot")
    AanvraagFactory(aanvrager=burger, titel="Van Amina", naar="ingediend")
    AanvraagFactory(titel="Van de vzw", organisatie=organisatie, naar="ingediend")
    client.force_login(behandelaar)
    assert "Van Amina" in _werklijst(client, "?q=idrissi")
    assert "Van Amina" in _werklijst(client, f"?q={burger.email.upper()}")
    lijst = _werklijst(client, "?q=rabot")
    assert "Van de vzw" in lijst and "Van Amina" not in lijst


def test_werklijst_toont_geen_concepten_tenzij_gevraagd(client, burger, behandelaar):
    _ingediend(burger)
    AanvraagFactory(aanvrager=burger, titel="Nog een concept")
    client.force_login(behandelaar)
    standaard = _werklijst(client)
    assert "Buurtfeest aan de Brugse Poort" in standaard
    assert "Nog een concept" not in standaard
    assert "Alle behalve concepten" in standaard and "Alle, ook concepten" in standaard
    alles = _werklijst(client, "?status=alle")
    assert "Nog een concept" in alles and "Buurtfeest aan de Brugse Poort" in alles
    concepten = _werklijst(client, "?status=concept")
    assert "Nog een concept" in concepten and "Buurtfeest aan de Brugse Poort" not in concepten


def test_werklijst_spreekt_de_taal_van_de_medewerker(client, burger, behandelaar):
    from lxml import html as lxml_html

    aanvraag = _ingediend(burger)
    aanvraag.gevraagd_bedrag = Decimal("1234.50")
    aanvraag.save(update_fields=["gevraagd_bedrag"])
    client.force_login(behandelaar)
    boom = lxml_html.fromstring(_werklijst(client))
    koppen = [th.text_content().strip() for th in boom.xpath('//table[@id="result_list"]/thead//th')]
    koppen = [k for k in koppen if k]
    assert koppen[:6] == ["Nummer", "Titel", "Status", "Gevraagd", "Toegekend", "Actie"]
    for kop in ["Aanvrager", "Ingediend op"]:
        assert kop in koppen
    assert not any("uw initiatief" in k or "(€)" in k for k in koppen)
    rij = boom.xpath('//table[@id="result_list"]/tbody/tr')[0].text_content()
    assert "€\xa01.234,50" in rij  # nl-BE, as the kernel writes amounts
    assert aanvraag.nummer in rij and "Behandelen" in rij


def test_werklijst_heeft_een_vast_aantal_queries(client, behandelaar):
    """Every filter of the list, on a few files and on more than a page: the files are made once
    (each submission renders its receipt), the five lists are counted on both."""
    from tests.factories import OrganisatieFactory
    from tests.queries import pagina_queries

    def maak(n):
        for i in range(n):
            AanvraagFactory(
                coach=behandelaar,
                organisatie=OrganisatieFactory() if i % 2 else None,
                naar="ingediend",
                naar__behandelaar=behandelaar,
            )

    def tel() -> dict[str, int]:
        lijst = reverse("admin:subsidies_aanvraag_changelist")
        urls = ["", "?q=buurtfeest", f"?q={eerste.nummer}", "?status=alle", f"?coach={behandelaar.pk}"]
        return {url: pagina_queries(client, lijst + url) for url in urls}

    client.force_login(behandelaar)
    maak(3)
    eerste = AanvraagFactory(coach=behandelaar, naar="ingediend", naar__behandelaar=behandelaar)
    weinig = tel()
    maak(30)
    assert tel() == weinig


def test_de_anonieme_vragenlijst_heeft_geen_lijst_per_antwoord_in_de_backoffice(client, behandelaar):
    """Only figures with small cells suppressed (the evaluation page): a row with its call and
    date could point to one applicant."""
    from django.contrib import admin

    from subsidies.models import Monitoring

    assert Monitoring not in admin.site._registry
    assert not behandelaar.has_perm("subsidies.view_monitoring")
    client.force_login(behandelaar)
    assert client.get("/admin/subsidies/monitoring/").status_code == 404


def test_afrekenen_met_terugvordering_zegt_niet_dat_er_betaald_wordt():
    """A recovery is never in a SEPA file: the applicant pays the city back."""
    from decimal import Decimal

    from gelijkekansen.core.models import Betaling
    from subsidies.admin_behandelen import ACTIES

    terug = Betaling(soort="terugvordering", bedrag=Decimal("700"), mededeling="+++090/9337/55493+++")
    saldo = Betaling(soort="saldo", bedrag=Decimal("320"), mededeling="+++090/9337/55494+++")
    bevestiging = ACTIES["afrekenen"].bevestiging
    assert bevestiging(None, terug) == (
        "Afgerekend. De aanvrager moet €\xa0700,00 terugbetalen; dat staat op de pagina van het dossier, "
        "met de gestructureerde mededeling +++090/9337/55493+++."
    )
    assert "betaalbestand" in bevestiging(None, saldo) and "€\xa0320,00" in bevestiging(None, saldo)


@pytest.mark.parametrize("actie", ["voorschot", "afrekenen"])
@pytest.mark.parametrize("fase", ["ingediend", "afgewezen", "voorschot_betaald"])
def test_een_betaalstap_in_de_verkeerde_fase_wordt_geweigerd_zonder_fout(client, behandelaar, actie, fase):
    aanvraag = AanvraagFactory(naar=fase, naar__behandelaar=behandelaar)
    client.force_login(behandelaar)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    antwoord = client.post(url, {"actie": actie, "status": fase}, follow=True)
    assert antwoord.status_code == 200
    assert _melding(antwoord)  # a message in words, not a server error
    assert aanvraag.betalingen.count() == (1 if fase == "voorschot_betaald" else 0)


def test_een_onbekende_coach_wordt_geweigerd_en_de_coach_blijft(client, behandelaar):
    aanvraag = AanvraagFactory(naar="ingediend", naar__behandelaar=behandelaar, coach=behandelaar)
    client.force_login(behandelaar)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    for waarde in ["999999", "1" * 25, "abc"]:
        assert _melding(_stap(client, url, "coach", coach=waarde)) == "Kies een coach uit de lijst."
    aanvraag.refresh_from_db()
    assert aanvraag.coach == behandelaar
    assert "geen coach" in _melding(_stap(client, url, "coach", coach=""))


def test_een_dossier_wordt_nooit_verwijderd_ook_niet_door_de_beheerder(client, beheerder, burger):
    from subsidies.models import Aanvraag

    aanvraag = _ingediend(burger)
    client.force_login(beheerder)
    url = reverse("admin:subsidies_aanvraag_delete", args=[aanvraag.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"post": "yes"}).status_code == 403
    assert Aanvraag.objects.filter(pk=aanvraag.pk).exists()


def test_een_zoekopdracht_van_duizend_woorden_geeft_gewoon_een_lijst(client, behandelaar, burger):
    _ingediend(burger)
    client.force_login(behandelaar)
    # Only the first words count (MAX_ZOEKWOORDEN): every one of them must match.
    assert "Buurtfeest" in _werklijst(client, "?q=" + "+".join(["buurtfeest"] + ["poort"] * 1000))


def test_na_een_notitie_opent_de_pagina_bij_de_berichten_en_wachten_wordt_gezegd(client, behandelaar):
    aanvraag = AanvraagFactory(naar="aanvulling_gevraagd", naar__behandelaar=behandelaar)
    client.force_login(behandelaar)
    url = reverse("admin:subsidies_aanvraag_behandelen", args=[aanvraag.pk])
    assert "Wacht op het antwoord van de aanvrager op je vraag." in client.get(url).text
    antwoord = client.post(url, {"actie": "notitie", "status": aanvraag.status, "tekst": "Gebeld."})
    assert antwoord["Location"] == url + "#berichten"
