"""Payments of grants: the Belgian structured reference and the SEPA batch file.

A *gestructureerde mededeling* (OGM/VCS, `+++123/4567/89002+++`) is 10 digits plus 2 check digits
(the 10 digits mod 97, 97 when that is 0). Banks carry it to the other side untouched, so both the
applicant and the city's bookkeeping can match a transfer to its payment without reading free text.

The city pays a batch of grants with one SEPA credit-transfer file in ISO 20022 pain.001.001.03,
the version Belgian banks read (Febelfin). The OGM travels as structured remittance information
(`SCOR`, issuer `BBA`), as Belgian banks expect. Every file is checked against the official XSD
(`schemas/` beside this module, vendored, see the note at its top) before it leaves this module.
"""

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from lxml import etree
from stdnum import bic as stdnum_bic
from stdnum.be import ogm_vcs
from stdnum.exceptions import InvalidChecksum
from stdnum.exceptions import ValidationError as StdnumError

from gelijkekansen.core.validators import normaliseer_iban

NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"
XSD_PAD = Path(__file__).parent / "schemas" / "pain.001.001.03.xsd"

CENT = Decimal("0.01")
# EPC rulebook: the largest amount one SEPA credit transfer may carry.
MAX_BEDRAG = Decimal("999999999.99")
MAX_NAAM = 70

# The EPC "basic Latin" character set every SEPA bank must accept; anything else may be
# rejected or garbled by the receiving bank.
_SEPA_TEKEN = re.compile(r"[^A-Za-z0-9/\-?:().,'+ ]")
# Letters that Unicode decomposition leaves alone (they are not letter + accent).
_TRANSLITERATIE = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "ı": "i",
        "&": " en ",
        "‘": "'",
        "’": "'",
        "–": "-",
        "—": "-",
    }
)
# Identifiers (MsgId, EndToEndId): SEPA set without spaces, not starting or ending with "/" and
# without "//" (EPC rule).
_SEPA_ID = re.compile(r"(?!/)(?!.*//)(?!.*/$)[A-Za-z0-9/\-?:().,'+]{1,35}")


class OngeldigBetaalbestand(ValueError):
    """The generated XML breaks the pain.001.001.03 schema: a bug here, never the user's fault."""


@dataclass(frozen=True)
class Opdrachtgever:
    """The account the money leaves from (Stad Gent)."""

    naam: str
    iban: str
    bic: str


@dataclass(frozen=True)
class Overschrijving:
    """One transfer to a beneficiary; `mededeling` is an OGM in any common notation."""

    end_to_end_id: str
    bedrag: Decimal
    begunstigde: str
    iban: str
    mededeling: str
    bic: str = ""


# --- Gestructureerde mededeling ------------------------------------------------------------


def ogm_maken(nummer: int) -> str:
    """`+++ddd/dddd/dddcc+++` for a base number of at most 10 digits."""
    if not 1 <= nummer <= 9_999_999_999:
        raise ValueError(f"Een OGM heeft een basisnummer van 1 tot 10 cijfers, niet {nummer}.")
    basis = f"{nummer:010d}"
    return _ogm_tonen(basis + ogm_vcs.calc_check_digits(basis))


def ogm_controleren(tekst: str) -> str:
    """Normalise what a person typed (with or without +++, *** or spaces) to `+++…+++`."""
    try:
        cijfers = ogm_vcs.validate(str(tekst).replace("*", ""))
    except InvalidChecksum as exc:
        raise ValidationError(
            _(
                "De gestructureerde mededeling klopt niet: de laatste 2 cijfers passen niet bij de "
                "eerste 10. Kijk het nummer na."
            ),
            code="ogm_controlecijfers",
        ) from exc
    except StdnumError as exc:
        raise ValidationError(
            _(
                "Dit is geen gestructureerde mededeling. Die heeft 12 cijfers, bijvoorbeeld "
                "+++010/8068/17183+++."
            ),
            code="ogm",
        ) from exc
    return _ogm_tonen(cijfers)


def ogm_voor_betaling(betaling_id: int, *, jaar: int) -> str:
    """A reference that never changes for a payment: 2 digits of the year, then the id in 8 digits.

    The id alone makes it unique (the year is only there so people can read it); pass the year
    the payment was created, not today's, or the reference would change on 1 January.
    """
    if not 1 <= betaling_id < 10**8:
        raise ValueError(f"Betaling-id {betaling_id} past niet in een OGM (1 tot 99.999.999).")
    if not 2000 <= jaar <= 2099:
        raise ValueError(f"Jaar {jaar} valt buiten 2000-2099.")
    return ogm_maken((jaar % 100) * 10**8 + betaling_id)


def ogm_cijfers(ogm: str) -> str:
    """The 12 bare digits, as banks put them in the XML `Ref` element."""
    return ogm_vcs.compact(ogm_controleren(ogm))


def _ogm_tonen(cijfers: str) -> str:
    return f"+++{ogm_vcs.format(cijfers)}+++"


# --- SEPA-tekst ----------------------------------------------------------------------------


def sepa_tekst(tekst: str, *, max_lengte: int = MAX_NAAM) -> str:
    """Transliterate to the SEPA character set (é → e, ß → ss), drop the rest, trim to length."""
    ontleed = unicodedata.normalize("NFKD", tekst.translate(_TRANSLITERATIE))
    zonder_accenten = "".join(teken for teken in ontleed if not unicodedata.combining(teken))
    schoon = " ".join(_SEPA_TEKEN.sub(" ", zonder_accenten).split())
    return schoon[:max_lengte].rstrip()


# --- Controles -----------------------------------------------------------------------------


def _bedrag_controleren(bedrag: Decimal) -> Decimal:
    # A float would already have lost cents (0.1 + 0.2 != 0.3): refuse it outright.
    if not isinstance(bedrag, Decimal) or not bedrag.is_finite():
        raise TypeError(f"Een bedrag moet een eindige Decimal zijn, niet {bedrag!r}.")
    if bedrag <= 0:
        raise ValidationError(_("Het bedrag moet groter zijn dan 0 euro."), code="bedrag_niet_positief")
    if bedrag != bedrag.quantize(CENT):
        # Rounding here would pay a different amount than the one that was decided.
        raise ValidationError(
            _("Een bedrag heeft hoogstens 2 cijfers na de komma, bijvoorbeeld 1250,50 euro."),
            code="bedrag_cent",
        )
    if bedrag > MAX_BEDRAG:
        raise ValidationError(_("Dit bedrag is te groot voor één overschrijving."), code="bedrag_te_groot")
    return bedrag.quantize(CENT)


def _bic_controleren(bic: str) -> str:
    try:
        return stdnum_bic.validate(bic)
    except StdnumError as exc:
        raise ValidationError(
            _("Dit is geen geldige BIC-code van een bank, bijvoorbeeld GKCCBEBB."), code="bic"
        ) from exc


def _naam_controleren(naam: str) -> str:
    schoon = sepa_tekst(naam)
    if not schoon:
        raise ValidationError(
            _("De naam van de rekeninghouder ontbreekt of bevat geen gewone letters."), code="naam"
        )
    return schoon


def _id_controleren(waarde: str) -> str:
    if not _SEPA_ID.fullmatch(waarde):
        raise ValidationError(
            _(
                "Het kenmerk %(kenmerk)s is ongeldig. Gebruik hoogstens 35 letters, cijfers of de "
                "tekens / - ? : ( ) . , ' + en geen spaties."
            ),
            code="kenmerk",
            params={"kenmerk": waarde},
        )
    return waarde


@dataclass(frozen=True)
class _Regel:
    """A transfer after all checks: the values that go into the XML as they are."""

    end_to_end_id: str
    bedrag: Decimal
    begunstigde: str
    iban: str
    bic: str
    ogm: str


def overschrijving_fouten(betaling: Overschrijving) -> list[str]:
    """What stops this one transfer from going into a payment file (empty: it can go)."""
    try:
        _overschrijving_controleren(betaling)
    except ValidationError as fout:
        return fout.messages
    return []


def _overschrijving_controleren(betaling: Overschrijving) -> _Regel:
    """All fields are checked, not just up to the first mistake: one round of corrections is enough."""
    controles = {
        "end_to_end_id": (_id_controleren, betaling.end_to_end_id),
        "bedrag": (_bedrag_controleren, betaling.bedrag),
        "begunstigde": (_naam_controleren, betaling.begunstigde),
        "iban": (normaliseer_iban, betaling.iban),
        "bic": (_bic_controleren if betaling.bic else str, betaling.bic),
        "ogm": (ogm_cijfers, betaling.mededeling),
    }
    waarden, fouten = {}, []
    for veld, (controle, waarde) in controles.items():
        try:
            waarden[veld] = controle(waarde)
        except ValidationError as fout:
            fouten.append(fout)
    if fouten:
        raise ValidationError(fouten)
    return _Regel(**waarden)


def _regels_controleren(betalingen: list[Overschrijving]) -> list[_Regel]:
    """Check every transfer, so the back office sees all problems of a batch at once."""
    if not betalingen:
        raise ValidationError(_("Er zit geen enkele betaling in dit betaalbestand."), code="leeg")
    regels, fouten = [], []
    for betaling in betalingen:
        try:
            regels.append(_overschrijving_controleren(betaling))
        except ValidationError as fout:
            fouten.extend(
                ValidationError(
                    _("Betaling %(kenmerk)s aan %(naam)s: %(fout)s"),
                    code=enkel.code,
                    params={"kenmerk": betaling.end_to_end_id, "naam": betaling.begunstigde, "fout": bericht},
                )
                for enkel, bericht in zip(fout.error_list, fout.messages, strict=True)
            )
    kenmerken = [betaling.end_to_end_id for betaling in betalingen]
    if len(set(kenmerken)) != len(kenmerken):
        # The bank reports rejections per EndToEndId: two the same cannot be told apart.
        fouten.append(ValidationError(_("Twee betalingen hebben hetzelfde kenmerk."), code="kenmerk_dubbel"))
    if fouten:
        raise ValidationError(fouten)
    return regels


def _opdrachtgever_controleren(opdrachtgever: Opdrachtgever) -> Opdrachtgever:
    return Opdrachtgever(
        naam=_naam_controleren(opdrachtgever.naam),
        iban=normaliseer_iban(opdrachtgever.iban),
        bic=_bic_controleren(opdrachtgever.bic),
    )


def _uitvoeringsdatum_controleren(uitvoeringsdatum: date) -> None:
    if uitvoeringsdatum < timezone.localdate():
        raise ValidationError(
            _("De uitvoeringsdatum ligt in het verleden. Kies vandaag of een latere dag."),
            code="uitvoeringsdatum",
        )


# --- XML -----------------------------------------------------------------------------------


def _el(ouder: etree._Element, tag: str, tekst: str | None = None, **attributen: str) -> etree._Element:
    element = etree.SubElement(ouder, f"{{{NAMESPACE}}}{tag}", attributen)
    if tekst is not None:
        element.text = tekst
    return element


def _pad(ouder: etree._Element, tags: str, tekst: str) -> None:
    """`_pad(x, "DbtrAcct/Id/IBAN", iban)` builds the nested elements in one line."""
    *tussen, laatste = tags.split("/")
    for tag in tussen:
        ouder = _el(ouder, tag)
    _el(ouder, laatste, tekst)


def _bedrag_tekst(bedrag: Decimal) -> str:
    return f"{bedrag.quantize(CENT):f}"


def _transactie(pmt_inf: etree._Element, regel: _Regel) -> None:
    tx = _el(pmt_inf, "CdtTrfTxInf")
    _pad(tx, "PmtId/EndToEndId", regel.end_to_end_id)
    _el(_el(tx, "Amt"), "InstdAmt", _bedrag_tekst(regel.bedrag), Ccy="EUR")
    if regel.bic:
        _pad(tx, "CdtrAgt/FinInstnId/BIC", regel.bic)
    _pad(tx, "Cdtr/Nm", regel.begunstigde)
    _pad(tx, "CdtrAcct/Id/IBAN", regel.iban)
    cdtr_ref_inf = _el(_el(_el(tx, "RmtInf"), "Strd"), "CdtrRefInf")
    tp = _el(cdtr_ref_inf, "Tp")
    _pad(tp, "CdOrPrtry/Cd", "SCOR")
    _el(tp, "Issr", "BBA")  # BBA: the Belgian structured reference, not an ISO 11649 RF reference
    _el(cdtr_ref_inf, "Ref", regel.ogm)


def _document(
    *, opdrachtgever: Opdrachtgever, regels: list[_Regel], uitvoeringsdatum: date, batch_id: str
) -> etree._Element:
    aantal = str(len(regels))
    totaal = _bedrag_tekst(sum((regel.bedrag for regel in regels), Decimal(0)))

    document = etree.Element(f"{{{NAMESPACE}}}Document", nsmap={None: NAMESPACE})
    root = _el(document, "CstmrCdtTrfInitn")
    header = _el(root, "GrpHdr")
    _el(header, "MsgId", batch_id)
    _el(header, "CreDtTm", timezone.localtime().strftime("%Y-%m-%dT%H:%M:%S"))
    _el(header, "NbOfTxs", aantal)
    _el(header, "CtrlSum", totaal)
    _pad(header, "InitgPty/Nm", opdrachtgever.naam)

    pmt_inf = _el(root, "PmtInf")
    _el(pmt_inf, "PmtInfId", batch_id)
    _el(pmt_inf, "PmtMtd", "TRF")
    # One line per grant on the city's statement makes each payment traceable in the accounts.
    _el(pmt_inf, "BtchBookg", "false")
    _el(pmt_inf, "NbOfTxs", aantal)
    _el(pmt_inf, "CtrlSum", totaal)
    _pad(pmt_inf, "PmtTpInf/SvcLvl/Cd", "SEPA")
    _el(pmt_inf, "ReqdExctnDt", uitvoeringsdatum.isoformat())
    _pad(pmt_inf, "Dbtr/Nm", opdrachtgever.naam)
    _pad(pmt_inf, "DbtrAcct/Id/IBAN", opdrachtgever.iban)
    _pad(pmt_inf, "DbtrAgt/FinInstnId/BIC", opdrachtgever.bic)
    _el(pmt_inf, "ChrgBr", "SLEV")  # SEPA: each side pays its own bank
    for regel in regels:
        _transactie(pmt_inf, regel)
    return document


# --- Publieke ingang -----------------------------------------------------------------------


@cache
def _schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD_PAD), _veilige_parser()))


def _veilige_parser() -> etree.XMLParser:
    # Files may come back from elsewhere (a bank portal, an upload): no entities, no network.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def betaalbestand_valideren(inhoud: bytes) -> None:
    """Raise OngeldigBetaalbestand unless `inhoud` is a pain.001.001.03 file the XSD accepts."""
    try:
        document = etree.fromstring(inhoud, _veilige_parser())
    except etree.XMLSyntaxError as exc:
        raise OngeldigBetaalbestand(f"Geen leesbare XML: {exc}") from exc
    schema = _schema()
    if not schema.validate(document):
        fouten = "; ".join(f"regel {fout.line}: {fout.message}" for fout in schema.error_log)
        raise OngeldigBetaalbestand(f"Het betaalbestand volgt het pain.001.001.03-schema niet: {fouten}")


def sepa_overschrijvingen(
    *,
    opdrachtgever: Opdrachtgever,
    betalingen: list[Overschrijving],
    uitvoeringsdatum: date,
    batch_id: str,
) -> bytes:
    """One pain.001.001.03 file that pays all `betalingen` from the city's account.

    Raises ValidationError (Dutch, for the back office) for wrong input, listing every bad payment;
    OngeldigBetaalbestand if the result would still break the schema.
    """
    _id_controleren(batch_id)
    _uitvoeringsdatum_controleren(uitvoeringsdatum)
    debiteur = _opdrachtgever_controleren(opdrachtgever)
    regels = _regels_controleren(betalingen)
    document = _document(
        opdrachtgever=debiteur, regels=regels, uitvoeringsdatum=uitvoeringsdatum, batch_id=batch_id
    )
    # Written out by hand: some bank portals only accept the declaration in double quotes.
    inhoud = b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(
        document, encoding="UTF-8", pretty_print=True
    )
    betaalbestand_valideren(inhoud)
    return inhoud
