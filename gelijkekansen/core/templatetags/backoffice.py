"""Template tags of the back office's own pages (work lists)."""

from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()


@register.simple_tag
def filterveld(veld, uitleg: str = "") -> str:
    """One filter of a work list: a select with its options, or a search box. Written in Python:
    Django's select widget renders a template per option, which made the filters half the cost
    of the work list (subsidies/admin_werklijst.py). ``uitleg``: the id of the text that explains
    a search box (aria-describedby)."""
    gekozen = "" if veld.value() in (None, "") else str(veld.value())
    if veld.field.widget.input_type != "select":
        return format_html(
            '<input type="search" name="{}" id="{}" value="{}"{}>',
            veld.html_name,
            veld.id_for_label,
            gekozen,
            format_html(' aria-describedby="{}"', uitleg) if uitleg else "",
        )
    opties = format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        (
            (waarde, " selected" if str(waarde) == gekozen else "", label)
            for waarde, label in veld.field.choices
        ),
    )
    return format_html('<select name="{}" id="{}">{}</select>', veld.html_name, veld.id_for_label, opties)
