"""Belgian numbers, validated with python-stdnum and stored in their compact form."""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum import iban as stdnum_iban
from stdnum.be import vat as stdnum_be_vat
from stdnum.exceptions import ValidationError as StdnumError


def normaliseer_ondernemingsnummer(waarde: str) -> str:
    try:
        return stdnum_be_vat.validate(waarde)
    except StdnumError as exc:
        raise ValidationError(
            _(
                "Dit is geen geldig ondernemingsnummer. Een ondernemingsnummer heeft 10 cijfers, "
                "bijvoorbeeld 0207.451.227."
            ),
            code="ondernemingsnummer",
        ) from exc


def normaliseer_iban(waarde: str, *, alleen_belgisch: bool = False) -> str:
    try:
        compact = stdnum_iban.validate(waarde)
    except StdnumError as exc:
        raise ValidationError(
            _(
                "Dit is geen geldig IBAN-rekeningnummer. Controleer het nummer, bijvoorbeeld "
                "BE71 0961 2345 6769."
            ),
            code="iban",
        ) from exc
    if alleen_belgisch and not compact.startswith("BE"):
        raise ValidationError(
            _("Geef een Belgisch rekeningnummer: het begint met BE."), code="iban_niet_belgisch"
        )
    return compact


def valideer_ondernemingsnummer(waarde: str) -> None:
    normaliseer_ondernemingsnummer(waarde)


def valideer_iban(waarde: str) -> None:
    normaliseer_iban(waarde)


def valideer_belgisch_iban(waarde: str) -> None:
    normaliseer_iban(waarde, alleen_belgisch=True)


def iban_leesbaar(compact: str) -> str:
    return stdnum_iban.format(compact) if compact else ""


def valideer_rekeninghouder(waarde: str) -> None:
    """A bank transfer (SEPA) carries names in Latin letters only: accents are fine (é becomes e),
    other scripts the bank refuses, and a payment run would stop on it."""
    ontleed = unicodedata.normalize("NFKD", waarde)
    if any(teken.isalpha() and not teken.isascii() and not unicodedata.combining(teken) for teken in ontleed):
        raise ValidationError(
            _(
                "Schrijf de naam van de rekeninghouder in Latijnse letters, zoals op de bankkaart "
                "(bijvoorbeeld Li Xiaolong). De bank aanvaardt geen andere schriften."
            ),
            code="rekeninghouder",
        )


# Letters that print as nothing: the braille blank and the Hangul fillers.
_LEEG_UITZIENDE_TEKENS = {"\u2800", "\u3164", "\u115f", "\u1160", "\uffa0"}


def heeft_inhoud(tekst: str | None) -> bool:
    """Whether a reason or message says anything: only a letter, digit, punctuation mark or
    symbol counts. Spaces, invisible characters (a zero-width space, a direction mark), a lone
    accent and the blank-looking letters above cannot pass for a motivation in a letter."""
    return any(
        unicodedata.category(teken)[0] in "LNPS" and teken not in _LEEG_UITZIENDE_TEKENS
        for teken in tekst or ""
    )


_ID = re.compile(r"[0-9]{1,18}")


def id_lezen(waarde) -> int | None:
    """A database id from a form or URL, or None: ASCII digits only ("²" and "٣" pass
    ``str.isdigit``) and short enough for a bigint."""
    tekst = str(waarde or "")
    return int(tekst) if _ID.fullmatch(tekst) else None
