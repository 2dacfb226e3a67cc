"""Reading the bank's camt.053 statement: booked entries with amount, direction, date and reference."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from gelijkekansen.core.betalingen.bankafschriften import afschrift_lezen

NS = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"


def boeking(
    *,
    bedrag: str,
    richting: str = "DBIT",
    ogm: str = "",
    e2e: str = "",
    status: str = "BOOK",
    extra: str = "",
) -> str:
    referentie = (
        f"<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp>"
        f"<Ref>{ogm}</Ref></CdtrRefInf></Strd></RmtInf>"
        if ogm
        else ""
    )
    return f"""
    <Ntry>
      <Amt Ccy="EUR">{bedrag}</Amt><CdtDbtInd>{richting}</CdtDbtInd><Sts>{status}</Sts>
      <BookgDt><Dt>2027-03-01</Dt></BookgDt><ValDt><Dt>2027-03-02</Dt></ValDt>
      <NtryDtls><TxDtls>
        <Refs><EndToEndId>{e2e}</EndToEndId></Refs>
        <AmtDtls><InstdAmt><Amt Ccy="EUR">{bedrag}</Amt></InstdAmt></AmtDtls>
        <RltdPties><Cdtr><Nm>Buurtcomité Brugse Poort</Nm></Cdtr><CdtrAcct><Id><IBAN>BE71096123456769</IBAN></Id></CdtrAcct></RltdPties>
        {referentie}{extra}
      </TxDtls></NtryDtls>
    </Ntry>"""


def afschrift(*boekingen: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="{NS}"><BkToCstmrStmt>
  <GrpHdr><MsgId>STMT-1</MsgId><CreDtTm>2027-03-02T06:00:00</CreDtTm></GrpHdr>
  <Stmt><Id>1</Id><Acct><Id><IBAN>BE43068999999501</IBAN></Id></Acct>{"".join(boekingen)}</Stmt>
</BkToCstmrStmt></Document>""".encode()


def test_een_betaling_met_gestructureerde_mededeling_wordt_gelezen():
    (lijn,) = afschrift_lezen(afschrift(boeking(bedrag="960.00", ogm="090933755493", e2e="GK-BET-7")))
    assert (lijn.bedrag, lijn.debet, lijn.datum) == (Decimal("960.00"), True, date(2027, 3, 2))
    assert (lijn.ogm, lijn.end_to_end_id, lijn.iban) == ("090933755493", "GK-BET-7", "BE71096123456769")
    assert lijn.tegenpartij == "Buurtcomité Brugse Poort"
    assert not lijn.teruggestort


def test_een_mededeling_met_de_hand_getypt_wordt_herkend():
    getypt = "<RmtInf><Ustrd>+++090/9337/55493+++</Ustrd></RmtInf>"
    (lijn,) = afschrift_lezen(afschrift(boeking(bedrag="10.00", extra=getypt)))
    assert lijn.ogm == "090933755493"


def test_een_ongeldige_mededeling_telt_niet_als_referentie():
    (lijn,) = afschrift_lezen(afschrift(boeking(bedrag="10.00", ogm="090933755494")))  # wrong check digits
    assert lijn.ogm == ""


def test_alleen_geboekte_bewegingen_tellen_en_een_terugstorting_wordt_herkend():
    teruggestort = "<RtrInf><Rsn><Cd>AC04</Cd></Rsn></RtrInf>"
    lijnen = afschrift_lezen(
        afschrift(
            boeking(bedrag="1.00", status="PDNG"),
            boeking(bedrag="960.00", richting="CRDT", ogm="090933755493", extra=teruggestort),
        )
    )
    assert [(lijn.volgnummer, lijn.debet, lijn.teruggestort) for lijn in lijnen] == [(2, False, True)]


@pytest.mark.parametrize(
    "inhoud",
    [
        b"geen xml",
        b"<Document><Iets/></Document>",
        # An external entity (XXE) is never resolved; a DTD is refused outright.
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><Document>&x;</Document>',
    ],
)
def test_wat_geen_camt053_is_wordt_geweigerd_met_een_melding(inhoud):
    with pytest.raises(ValidationError):
        afschrift_lezen(inhoud)
