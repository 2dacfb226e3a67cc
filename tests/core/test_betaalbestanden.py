"""Structured references and the SEPA batch file for paying Samen Aan Zet grants."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
import time_machine
from django.core.exceptions import ValidationError
from lxml import etree

from gelijkekansen.core.betalingen.betaalbestanden import (
    NAMESPACE,
    OngeldigBetaalbestand,
    Opdrachtgever,
    Overschrijving,
    betaalbestand_valideren,
    ogm_cijfers,
    ogm_controleren,
    ogm_maken,
    ogm_voor_betaling,
    sepa_overschrijvingen,
    sepa_tekst,
)

NS = {"p": NAMESPACE}
STAD_GENT = Opdrachtgever(naam="Stad Gent", iban="BE71 0961 2345 6769", bic="GKCCBEBB")
UITVOERING = date(2031, 3, 3)


def overschrijving(**velden) -> Overschrijving:
    standaard = {
        "end_to_end_id": "SAZ-2025-1",
        "bedrag": Decimal("1250.00"),
        "begunstigde": "Bewonersgroep Brugse Poort",
        "iban": "BE62 5100 0754 7061",
        "mededeling": ogm_voor_betaling(1, jaar=2025),
    }
    return Overschrijving(**(standaard | velden))


def drie_betalingen() -> list[Overschrijving]:
    return [
        overschrijving(end_to_end_id="SAZ-2025-1", bedrag=Decimal("1250.00"), mededeling=ogm_maken(1)),
        overschrijving(
            end_to_end_id="SAZ-2025-2",
            bedrag=Decimal("499.99"),
            begunstigde="Buurtwerk Sluizeken vzw",
            iban="BE43 0689 9999 9501",
            bic="GKCCBEBB",
            mededeling=ogm_maken(2),
        ),
        overschrijving(end_to_end_id="SAZ-2025-3", bedrag=Decimal("0.01"), mededeling=ogm_maken(97)),
    ]


def maak_bestand(betalingen: list[Overschrijving], **extra) -> bytes:
    return sepa_overschrijvingen(
        opdrachtgever=STAD_GENT,
        betalingen=betalingen,
        uitvoeringsdatum=extra.pop("uitvoeringsdatum", UITVOERING),
        batch_id=extra.pop("batch_id", "SAZ-BATCH-2025-07"),
        **extra,
    )


def lees(inhoud: bytes) -> etree._Element:
    return etree.fromstring(inhoud)


def tekst(document: etree._Element, pad: str) -> list[str]:
    return [element.text for element in document.iterfind(pad, NS)]


def foutmeldingen(excinfo: pytest.ExceptionInfo[ValidationError]) -> str:
    return " ".join(excinfo.value.messages)


# --- Gestructureerde mededeling ------------------------------------------------------------


@pytest.mark.parametrize(
    ("nummer", "ogm"),
    [
        (1234567890, "+++123/4567/89002+++"),
        (108068171, "+++010/8068/17183+++"),
        (1, "+++000/0000/00101+++"),
        (9_999_999_999, "+++999/9999/99948+++"),
    ],
)
def test_ogm_maken_zet_rest_van_deling_door_97_achteraan(nummer, ogm):
    assert ogm_maken(nummer) == ogm


def test_ogm_krijgt_97_als_controlecijfers_wanneer_de_rest_nul_is():
    assert ogm_maken(97) == "+++000/0000/09797+++"
    assert ogm_maken(97 * 103_092_783) == "+++999/9999/95197+++"
    assert ogm_cijfers(ogm_maken(97 * 12_345)).endswith("97")


@pytest.mark.parametrize("nummer", [0, -5, 10_000_000_000])
def test_ogm_maken_weigert_basisnummer_buiten_10_cijfers(nummer):
    with pytest.raises(ValueError):
        ogm_maken(nummer)


@pytest.mark.parametrize(
    "invoer",
    [
        "+++010/8068/17183+++",
        "***010/8068/17183***",
        "010/8068/17183",
        "010806817183",
        " 010 8068 17183 ",
    ],
)
def test_ogm_controleren_aanvaardt_gangbare_schrijfwijzen(invoer):
    assert ogm_controleren(invoer) == "+++010/8068/17183+++"


def test_ogm_controleren_meldt_foute_controlecijfers_in_het_nederlands():
    with pytest.raises(ValidationError) as excinfo:
        ogm_controleren("+++010/8068/17180+++")
    assert excinfo.value.code == "ogm_controlecijfers"
    assert "de laatste 2 cijfers passen niet" in foutmeldingen(excinfo)


@pytest.mark.parametrize(
    "invoer", ["", "+++010/8068/1718+++", "0108068171830", "abc/defg/hijkl", "000000000000"]
)
def test_ogm_controleren_weigert_wat_geen_12_cijfers_heeft(invoer):
    with pytest.raises(ValidationError) as excinfo:
        ogm_controleren(invoer)
    assert excinfo.value.code == "ogm"
    assert "Die heeft 12 cijfers" in foutmeldingen(excinfo)


def test_ogm_voor_betaling_is_vast_en_begint_met_het_jaar():
    assert ogm_voor_betaling(42, jaar=2025) == ogm_voor_betaling(42, jaar=2025)
    assert ogm_voor_betaling(42, jaar=2025).startswith("+++250/0000/042")
    assert ogm_controleren(ogm_voor_betaling(42, jaar=2025)) == ogm_voor_betaling(42, jaar=2025)


def test_elke_betaling_krijgt_een_eigen_mededeling():
    ids = [*range(1, 2000), 99_999_999, 12_345_678]
    mededelingen = {ogm_voor_betaling(i, jaar=jaar) for i in ids for jaar in (2025, 2026)}
    assert len(mededelingen) == 2 * len(ids)
    # Same id, other year: still another reference, so a payment id reused after a reset cannot clash.
    assert ogm_voor_betaling(7, jaar=2025) != ogm_voor_betaling(7, jaar=2026)


@pytest.mark.parametrize(("betaling_id", "jaar"), [(0, 2025), (100_000_000, 2025), (1, 1999), (1, 2100)])
def test_ogm_voor_betaling_weigert_id_of_jaar_dat_niet_past(betaling_id, jaar):
    with pytest.raises(ValueError):
        ogm_voor_betaling(betaling_id, jaar=jaar)


# --- SEPA-bestand --------------------------------------------------------------------------


def test_batch_van_drie_betalingen_volgt_het_schema_met_juiste_totalen():
    inhoud = maak_bestand(drie_betalingen())
    betaalbestand_valideren(inhoud)  # the official XSD, once more from the outside
    document = lees(inhoud)
    assert inhoud.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    assert tekst(document, ".//p:GrpHdr/p:NbOfTxs") == ["3"]
    assert tekst(document, ".//p:GrpHdr/p:CtrlSum") == ["1750.00"]
    assert tekst(document, ".//p:PmtInf/p:NbOfTxs") == ["3"]
    assert tekst(document, ".//p:PmtInf/p:CtrlSum") == ["1750.00"]
    assert tekst(document, ".//p:InstdAmt") == ["1250.00", "499.99", "0.01"]
    assert {element.get("Ccy") for element in document.iterfind(".//p:InstdAmt", NS)} == {"EUR"}
    assert tekst(document, ".//p:ReqdExctnDt") == ["2031-03-03"]
    assert tekst(document, ".//p:DbtrAcct/p:Id/p:IBAN") == ["BE71096123456769"]
    assert tekst(document, ".//p:CdtrAcct/p:Id/p:IBAN") == [
        "BE62510007547061",
        "BE43068999999501",
        "BE62510007547061",
    ]
    assert tekst(document, ".//p:EndToEndId") == ["SAZ-2025-1", "SAZ-2025-2", "SAZ-2025-3"]


def test_elke_mededeling_staat_als_belgische_gestructureerde_referentie_in_het_bestand():
    betalingen = drie_betalingen()
    document = lees(maak_bestand(betalingen))
    transacties = document.findall(".//p:CdtTrfTxInf", NS)
    assert len(transacties) == 3
    for transactie, betaling in zip(transacties, betalingen, strict=True):
        referentie = transactie.find("p:RmtInf/p:Strd/p:CdtrRefInf", NS)
        assert referentie.findtext("p:Tp/p:CdOrPrtry/p:Cd", namespaces=NS) == "SCOR"
        assert referentie.findtext("p:Tp/p:Issr", namespaces=NS) == "BBA"
        assert referentie.findtext("p:Ref", namespaces=NS) == ogm_cijfers(betaling.mededeling)
        assert transactie.find("p:RmtInf/p:Ustrd", NS) is None
    assert tekst(document, ".//p:Ref") == ["000000000101", "000000000202", "000000009797"]


def test_bic_van_begunstigde_staat_er_alleen_in_als_hij_gekend_is():
    document = lees(maak_bestand(drie_betalingen()))
    met_bic = [
        t.findtext("p:CdtrAgt/p:FinInstnId/p:BIC", namespaces=NS)
        for t in document.iterfind(".//p:CdtTrfTxInf", NS)
    ]
    assert met_bic == [None, "GKCCBEBB", None]
    assert tekst(document, ".//p:DbtrAgt/p:FinInstnId/p:BIC") == ["GKCCBEBB"]


def test_namen_met_accenten_worden_omgezet_naar_de_sepa_tekens():
    betaling = overschrijving(begunstigde="Vereniging Één & Ærø – Café ‘t Hoekske (Gentbrugge)")
    document = lees(maak_bestand([betaling]))
    assert tekst(document, ".//p:Cdtr/p:Nm") == ["Vereniging Een en AEro - Cafe 't Hoekske (Gentbrugge)"]


@pytest.mark.parametrize(
    ("naam", "verwacht"),
    [
        ("Zoë Müller-Çelik", "Zoe Muller-Celik"),
        ("Straße der Begegnung", "Strasse der Begegnung"),
        ("Łódź  \t Ørsted", "Lodz Orsted"),
        ('Jeugdhuis "De Kroon" <Ledeberg>', "Jeugdhuis De Kroon Ledeberg"),
    ],
)
def test_sepa_tekst_vervangt_accenten_en_laat_verboden_tekens_weg(naam, verwacht):
    assert sepa_tekst(naam) == verwacht


def test_lange_namen_worden_ingekort_tot_70_tekens():
    lang = "Feitelijke vereniging van de bewoners van de Brugse Poort en Ferdinand Lousbergs"
    document = lees(maak_bestand([overschrijving(begunstigde=lang)]))
    (naam,) = tekst(document, ".//p:Cdtr/p:Nm")
    assert len(naam) <= 70
    assert lang.startswith(naam)


def test_bedragen_tellen_exact_op_zonder_afrondingsfouten():
    # As floats, 0.1 + 0.2 is 0.30000000000000004: with Decimal it is 0.30 exactly.
    betalingen = [
        overschrijving(end_to_end_id="A", bedrag=Decimal("0.1")),
        overschrijving(end_to_end_id="B", bedrag=Decimal("0.2")),
        overschrijving(end_to_end_id="C", bedrag=Decimal("999999999.99")),
    ]
    document = lees(maak_bestand(betalingen))
    assert tekst(document, ".//p:InstdAmt") == ["0.10", "0.20", "999999999.99"]
    assert tekst(document, ".//p:GrpHdr/p:CtrlSum") == ["1000000000.29"]


def test_veel_kleine_bedragen_geven_een_exacte_controlesom():
    betalingen = [overschrijving(end_to_end_id=f"SAZ-{i}", bedrag=Decimal("0.10")) for i in range(1, 101)]
    document = lees(maak_bestand(betalingen))
    assert tekst(document, ".//p:GrpHdr/p:NbOfTxs") == ["100"]
    assert tekst(document, ".//p:GrpHdr/p:CtrlSum") == ["10.00"]


def test_bedrag_met_meer_dan_2_cijfers_na_de_komma_wordt_geweigerd_en_niet_afgerond():
    with pytest.raises(ValidationError) as excinfo:
        maak_bestand([overschrijving(bedrag=Decimal("10.005"))])
    assert "hoogstens 2 cijfers na de komma" in foutmeldingen(excinfo)


def test_bedrag_als_float_is_een_programmeerfout():
    with pytest.raises(TypeError):
        maak_bestand([overschrijving(bedrag=0.1 + 0.2)])


@pytest.mark.parametrize("bedrag", [Decimal("0"), Decimal("0.00"), Decimal("-25.00")])
def test_nul_of_negatief_bedrag_wordt_geweigerd(bedrag):
    with pytest.raises(ValidationError) as excinfo:
        maak_bestand([overschrijving(bedrag=bedrag)])
    assert "Het bedrag moet groter zijn dan 0 euro." in foutmeldingen(excinfo)
    assert excinfo.value.error_list[0].code == "bedrag_niet_positief"


def test_te_groot_bedrag_wordt_geweigerd():
    with pytest.raises(ValidationError) as excinfo:
        maak_bestand([overschrijving(bedrag=Decimal("1000000000.00"))])
    assert "te groot" in foutmeldingen(excinfo)


def test_ongeldig_iban_wordt_geweigerd_met_duidelijke_melding():
    with pytest.raises(ValidationError) as excinfo:
        maak_bestand([overschrijving(iban="BE71 0961 2345 6760")])
    meldingen = foutmeldingen(excinfo)
    assert "Betaling SAZ-2025-1 aan Bewonersgroep Brugse Poort" in meldingen
    assert "Dit is geen geldig IBAN-rekeningnummer" in meldingen


def test_alle_fouten_van_een_batch_komen_samen_terug():
    betalingen = [
        overschrijving(end_to_end_id="SAZ-1", iban="BE00 0000 0000 0000"),
        overschrijving(end_to_end_id="SAZ-2"),
        overschrijving(end_to_end_id="SAZ-3", bedrag=Decimal("-1.00"), mededeling="+++010/8068/17180+++"),
    ]
    with pytest.raises(ValidationError) as excinfo:
        maak_bestand(betalingen)
    meldingen = excinfo.value.messages
    assert len(meldingen) == 3
    assert meldingen[0].startswith("Betaling SAZ-1 ")
    assert all(melding.startswith("Betaling SAZ-3 ") for melding in meldingen[1:])


def test_ongeldige_mededeling_wordt_geweigerd():
    with pytest.raises(ValidationError) as excinfo:
        maak_bestand([overschrijving(mededeling="Subsidie Samen Aan Zet")])
    assert "Dit is geen gestructureerde mededeling" in foutmeldingen(excinfo)


def test_ongeldige_bic_wordt_geweigerd():
    with pytest.raises(ValidationError) as excinfo:
        maak_bestand([overschrijving(bic="GENT")])
    assert "Dit is geen geldige BIC-code" in foutmeldingen(excinfo)


def test_rekening_van_de_stad_wordt_ook_nagekeken():
    with pytest.raises(ValidationError) as excinfo:
        sepa_overschrijvingen(
            opdrachtgever=replace(STAD_GENT, iban="BE71 0961 2345 6760"),
            betalingen=drie_betalingen(),
            uitvoeringsdatum=UITVOERING,
            batch_id="SAZ-BATCH-1",
        )
    assert "IBAN" in foutmeldingen(excinfo)


def test_lege_batch_wordt_geweigerd():
    with pytest.raises(ValidationError) as excinfo:
        maak_bestand([])
    assert "geen enkele betaling" in foutmeldingen(excinfo)


def test_twee_betalingen_met_hetzelfde_kenmerk_worden_geweigerd():
    with pytest.raises(ValidationError) as excinfo:
        maak_bestand([overschrijving(), overschrijving()])
    assert "hetzelfde kenmerk" in foutmeldingen(excinfo)


@pytest.mark.parametrize("kenmerk", ["", "met spatie", "/begint-met-slash", "a//b", "x" * 36, "bedrag€"])
def test_kenmerk_buiten_de_sepa_regels_wordt_geweigerd(kenmerk):
    with pytest.raises(ValidationError) as excinfo:
        maak_bestand(drie_betalingen(), batch_id=kenmerk)
    assert "Het kenmerk" in foutmeldingen(excinfo)


def test_naam_zonder_gewone_letters_wordt_geweigerd():
    with pytest.raises(ValidationError) as excinfo:
        maak_bestand([overschrijving(begunstigde="日本語")])
    assert "De naam van de rekeninghouder ontbreekt" in foutmeldingen(excinfo)


@time_machine.travel(date(2031, 3, 4), tick=False)
def test_uitvoeringsdatum_in_het_verleden_wordt_geweigerd():
    with pytest.raises(ValidationError) as excinfo:
        maak_bestand(drie_betalingen(), uitvoeringsdatum=date(2031, 3, 3))
    assert "in het verleden" in foutmeldingen(excinfo)


@time_machine.travel(date(2031, 3, 3), tick=False)
def test_uitvoeringsdatum_vandaag_mag():
    assert tekst(lees(maak_bestand(drie_betalingen())), ".//p:ReqdExctnDt") == ["2031-03-03"]


def test_bestand_dat_het_schema_breekt_wordt_herkend():
    inhoud = maak_bestand(drie_betalingen())
    kapot = inhoud.replace(b"<Cd>SEPA</Cd>", b"<Code>SEPA</Code>")
    with pytest.raises(OngeldigBetaalbestand, match=r"pain\.001\.001\.03"):
        betaalbestand_valideren(kapot)
    with pytest.raises(OngeldigBetaalbestand):
        betaalbestand_valideren(b"geen xml")


def test_bestand_wordt_voor_het_teruggeven_tegen_het_schema_gecontroleerd(monkeypatch):
    # Pretend a bug slips an illegal value past the checks: the schema must still stop it.
    from gelijkekansen.core.betalingen import betaalbestanden

    monkeypatch.setattr(betaalbestanden, "_bedrag_tekst", lambda bedrag: "12,50")
    with pytest.raises(OngeldigBetaalbestand):
        maak_bestand(drie_betalingen())
