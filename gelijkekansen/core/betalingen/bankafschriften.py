"""Reading the bank's account statement (ISO 20022 camt.053) to see which payments left.

The city's bank sends a statement per day as camt.053 XML (Belgian banks: camt.053.001.02, later
versions are read the same way). Each booked entry (``Ntry``) is one movement on the city's account;
an outgoing grant payment is a debit carrying the structured reference (OGM) we gave it and our
end-to-end id. A transfer the beneficiary's bank returned comes back as a credit with return
information (``RtrInf``). This module only reads: matching the lines to payments is the service's
work (``core.betalingen.afstemmen``).

Uploaded XML is untrusted: no entities, no DTD, no network, no huge trees (XXE, billion laughs).
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from lxml import etree
from stdnum.be import ogm_vcs
from stdnum.exceptions import ValidationError as StdnumError

MAX_GROOTTE = 20 * 1024 * 1024


@dataclass(frozen=True)
class Afschriftlijn:
    """One booked movement, as far as matching needs it."""

    volgnummer: int  # position in the file, for people reading the list of unmatched lines
    bedrag: Decimal
    debet: bool  # money left the city's account
    datum: date | None  # value date (booking date when absent)
    ogm: str  # the 12 digits of the structured reference, "" when there is none
    end_to_end_id: str
    tegenpartij: str
    iban: str
    teruggestort: bool  # a returned transfer (RtrInf present)


def afschrift_lezen(inhoud: bytes) -> list[Afschriftlijn]:
    """The booked entries of a camt.053 statement; a clear ValidationError for anything else."""
    if len(inhoud) > MAX_GROOTTE:
        raise ValidationError(_("Dit bestand is te groot voor een rekeninguittreksel."), code="te_groot")
    wortel = _ontleden(inhoud)
    if _lokaal(wortel.tag) != "Document" or not _alle(wortel, "BkToCstmrStmt"):
        raise ValidationError(
            _("Dit is geen rekeninguittreksel in het formaat camt.053 van de bank."), code="geen_camt053"
        )
    lijnen = []
    for nummer, boeking in enumerate(_alle(wortel, "Ntry"), start=1):
        if _tekst(boeking, "Sts") not in ("BOOK", ""):
            continue  # pending or informational: not (yet) money that moved
        lijnen.append(_lijn(nummer, boeking))
    return lijnen


def _ontleden(inhoud: bytes) -> etree._Element:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
    )
    try:
        wortel = etree.fromstring(inhoud, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise ValidationError(_("Dit bestand is geen leesbare XML."), code="geen_xml") from exc
    if wortel.getroottree().docinfo.doctype:
        raise ValidationError(_("Dit bestand is geen leesbare XML."), code="geen_xml")
    return wortel


def _lijn(nummer: int, boeking: etree._Element) -> Afschriftlijn:
    try:
        bedrag = Decimal(_tekst(boeking, "Amt"))
    except InvalidOperation as exc:
        raise ValidationError(
            _("Boeking %(nummer)s heeft geen geldig bedrag."), code="bedrag", params={"nummer": nummer}
        ) from exc
    return Afschriftlijn(
        volgnummer=nummer,
        bedrag=bedrag,
        debet=_tekst(boeking, "CdtDbtInd") == "DBIT",
        datum=_datum(boeking),
        ogm=_ogm(boeking),
        end_to_end_id=_tekst(boeking, "EndToEndId"),
        tegenpartij=_tekst(boeking, "Cdtr", "Nm") or _tekst(boeking, "Dbtr", "Nm"),
        iban=_tekst(boeking, "CdtrAcct", "IBAN") or _tekst(boeking, "DbtrAcct", "IBAN"),
        teruggestort=bool(_alle(boeking, "RtrInf")),
    )


def _datum(boeking: etree._Element) -> date | None:
    for ouder in ("ValDt", "BookgDt"):
        waarde = _tekst(boeking, ouder, "Dt") or _tekst(boeking, ouder, "DtTm")[:10]
        if waarde:
            try:
                return date.fromisoformat(waarde)
            except ValueError:
                continue
    return None


def _ogm(boeking: etree._Element) -> str:
    """The structured reference, from the structured remittance info or, failing that, from the
    free text ("+++090/9337/55493+++" typed by hand)."""
    for kandidaat in (_tekst(boeking, "CdtrRefInf", "Ref"), _tekst(boeking, "Ustrd")):
        cijfers = "".join(teken for teken in kandidaat if teken.isdigit())
        try:
            if len(cijfers) == 12:
                return ogm_vcs.validate(cijfers)
        except StdnumError:
            continue
    return ""


def _lokaal(tag: str) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _alle(element: etree._Element, naam: str) -> list[etree._Element]:
    # Namespace-agnostic: camt.053.001.02 to .08 differ in namespace, not in these names.
    return element.xpath(f".//*[local-name()='{naam}']")


def _tekst(element: etree._Element, *pad: str) -> str:
    xpath = "".join(f"//*[local-name()='{deel}']" for deel in pad)
    gevonden = element.xpath(f".{xpath}")
    return (gevonden[0].text or "").strip() if gevonden else ""
