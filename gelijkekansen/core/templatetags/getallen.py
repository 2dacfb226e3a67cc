"""``{{ bedrag|bedrag }}`` and ``{{ aantal|getal }}``: amounts and numbers in the reader's language
(see core/getallen.py). One way to write an amount, everywhere: pages, PDFs and e-mails."""

from django import template

from gelijkekansen.core.getallen import bedrag_tekst, getal_tekst

register = template.Library()


@register.filter
def bedrag(waarde) -> str:
    return bedrag_tekst(waarde)


@register.filter
def bedrag_zonder_centen(waarde) -> str:
    return bedrag_tekst(waarde, centen=False)


@register.filter
def getal(waarde) -> str:
    return getal_tekst(waarde)
