"""Amounts typed by people: ``300,50``, ``300.50`` and ``1.234,50`` mean the same; ``NaN``,
``Infinity`` and other things ``Decimal()`` happily accepts are refused with a clear message."""

import re
from decimal import Decimal

from django import forms
from django.core import validators
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ONGELDIG_BEDRAG = _("Vul een bedrag in met cijfers, bijvoorbeeld 1250,50.")
TE_GROOT = _("Dit bedrag is te groot. Kijk na of je geen cijfer te veel typte.")
# Digits with an optional decimal part of at most two digits after a comma or a point, and
# optionally thousands grouped by points, spaces or commas ("1.234,50", "1 234,50", "1,234.50").
# ASCII digits only (re.ASCII): "\d" would also take Devanagari or Arabic-Indic digits.
_BEDRAG = re.compile(r"^\d{1,3}(?:([., ])\d{3})*(?:[.,]\d{1,2})?$|^\d+(?:[.,]\d{1,2})?$", re.ASCII)


def bedrag_lezen(waarde: object) -> Decimal:
    """A finite amount with at most two decimals, as a Decimal; else ValidationError."""
    tekst = str(waarde or "").strip().replace("€", "").replace("\u00a0", " ").strip()
    gevonden = _BEDRAG.match(tekst)
    if not gevonden:
        raise ValidationError(ONGELDIG_BEDRAG, code="invalid")
    # The pattern admits digits and separators only: no NaN, Infinity or exponent reaches Decimal.
    geheel, decimalen = _splits_decimalen(tekst)
    if decimalen and gevonden.group(1) == tekst[-len(decimalen) - 1]:
        raise ValidationError(ONGELDIG_BEDRAG, code="invalid")  # "12,345,6": which one is the comma?
    return Decimal(re.sub(r"[., ]", "", geheel) + ("." + decimalen if decimalen else ""))


def _splits_decimalen(tekst: str) -> tuple[str, str]:
    """The last separator followed by one or two digits is the decimal one."""
    match = re.search(r"[.,](\d{1,2})$", tekst, re.ASCII)
    if match:
        return tekst[: match.start()], match.group(1)
    return tekst, ""


class _Bedraggrens(validators.BaseValidator):
    """A limit told in plain words, the amount as the reader's language writes it: not Django's
    "Zorg ervoor dat deze waarde minstens 0.01 is". A custom message may use ``%(limit_value)s``."""

    def __call__(self, value):
        if self.compare(value, self.limit_value):
            raise ValidationError(
                self.message, code=self.code, params={"limit_value": bedrag_tekst(self.limit_value)}
            )


class MinimumBedrag(_Bedraggrens):
    code = "min_value"

    def __init__(self, limit_value, message=None):
        if message is None:
            message = (
                _("Vul een bedrag groter dan 0 in.")
                if 0 < limit_value <= Decimal("0.01")
                else _("Vul een bedrag van minstens %(limit_value)s in.")
            )
        super().__init__(limit_value, message)

    def compare(self, a, b):
        return a < b


class MaximumBedrag(_Bedraggrens):
    code = "max_value"
    message = _("Vul een bedrag van hoogstens %(limit_value)s in.")

    def compare(self, a, b):
        return a > b


class BedragField(forms.DecimalField):
    """A money input that reads amounts as people type them (see bedrag_lezen). Rendered as a
    text input with a decimal keyboard: a number input would reject "300,50" in some browsers.
    Limits are told in plain words, with the amount as the reader writes it (_Bedraggrens)."""

    widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})
    default_error_messages = {
        "invalid": ONGELDIG_BEDRAG,
        "max_digits": TE_GROOT,
        "max_whole_digits": TE_GROOT,
    }

    def __init__(self, *, min_value=None, max_value=None, **kwargs):
        kwargs.setdefault("max_digits", 10)
        kwargs.setdefault("decimal_places", 2)
        super().__init__(**kwargs)
        self.min_value, self.max_value = min_value, max_value
        if min_value is not None:
            self.validators.append(MinimumBedrag(min_value))
        if max_value is not None:
            self.validators.append(MaximumBedrag(max_value))

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, Decimal):
            return value
        return bedrag_lezen(value)

    def widget_attrs(self, widget):
        # No min/max/step attributes: they belong to number inputs.
        return forms.Field.widget_attrs(self, widget)

    def prepare_value(self, value):
        # What the form shows is what it reads back: "1250.50", never a localised "1.250,50" that
        # another language would read differently.
        return value if not isinstance(value, Decimal) else f"{value:.2f}"


# How each language of the portal writes amounts and numbers (CLDR data through Babel):
# nl-BE "€ 1.234,50", fr-BE "1 234,50 €", en "€1,234.50".
LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}


def _locale(taal: str | None) -> str:
    from django.utils import translation

    return LOCALES.get((taal or translation.get_language() or "nl")[:2], "nl_BE")


def bedrag_tekst(bedrag, *, taal: str | None = None, centen: bool = True) -> str:
    """An amount in euro as the reader's language writes it; empty for no amount."""
    from babel.numbers import format_currency

    if bedrag is None or bedrag == "":
        return ""
    formaat = None if centen else "¤#,##0"
    if not centen and _locale(taal) == "fr_BE":
        formaat = "#,##0\u00a0¤"
    elif not centen and _locale(taal) == "nl_BE":
        formaat = "¤\u00a0#,##0"
    return format_currency(
        Decimal(bedrag), "EUR", format=formaat, locale=_locale(taal), currency_digits=centen
    )


def getal_tekst(getal, *, taal: str | None = None, decimalen: int | None = None) -> str:
    """A count or figure with the reader's grouping and decimal signs (1.234 / 1 234 / 1,234);
    ``decimalen`` fixes the number of decimals (amounts in a table: 2)."""
    from babel.numbers import format_decimal

    if getal is None or getal == "":
        return ""
    formaat = None if decimalen is None else "#,##0" + ("." + "0" * decimalen if decimalen else "")
    return format_decimal(getal, format=formaat, locale=_locale(taal))
