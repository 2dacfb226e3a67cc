from dataclasses import dataclass

from django import template
from django.forms import BoundField
from django.forms.formsets import DELETION_FIELD_NAME
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def widget_met_status(field: BoundField):
    """Render the widget with the styleguide's error class and the ARIA links to its messages.

    The ids match the ``_hulp`` and ``_fout`` elements of ``django/forms/field.html``.
    """
    attrs = {}
    beschreven_door = []
    if field.help_text:
        beschreven_door.append(f"{field.auto_id}_hulp")
    if field.errors:
        beschreven_door.append(f"{field.auto_id}_fout")
        bestaande = field.field.widget.attrs.get("class", "")
        attrs["class"] = f"{bestaande} error".strip()
        attrs["aria-invalid"] = "true"
    if beschreven_door:
        attrs["aria-describedby"] = " ".join(beschreven_door)
    return field.as_widget(attrs=attrs)


@dataclass(frozen=True)
class Fout:
    tekst: str
    href: str = ""  # "#id" of the field to fix; empty when no single field is at fault


def _veld_id(field: BoundField) -> str:
    # Radio buttons and checkbox groups have no id on the group: the first option's id.
    return field.id_for_label or f"{field.auto_id}_0"


def _klein(label) -> str:
    label = str(label)
    return label[:1].lower() + label[1:]


@register.simple_tag
def foutenlijst(form=None, formset=None) -> list[Fout]:
    """Every error of a page's form and of the lines of its formset, one item each, in the order
    the fields appear, each linked to its field: "Lijn 2, bedrag (€): Vul een bedrag groter dan 0
    in." A formset may name its lines with ``lijn_naam`` (default "Lijn %(nummer)s")."""
    fouten = []
    if form:
        fouten += [Fout(str(e)) for e in form.non_field_errors()]
        for field in form.hidden_fields():
            fouten += [Fout(f"{field.label}: {e}") for e in field.errors]
        for field in form.visible_fields():
            fouten += [Fout(f"{field.label}: {e}", f"#{_veld_id(field)}") for e in field.errors]
    if formset:
        fouten += [Fout(str(e)) for e in formset.non_form_errors()]
        lijn_naam = getattr(formset, "lijn_naam", None) or _("Lijn %(nummer)s")
        for nummer, lijn in enumerate(formset.forms, start=1):
            if not lijn.errors or getattr(lijn, "cleaned_data", {}).get(DELETION_FIELD_NAME):
                continue
            naam = lijn_naam % {"nummer": nummer}
            zichtbaar = lijn.visible_fields()
            eerste = f"#{_veld_id(zichtbaar[0])}" if zichtbaar else ""
            fouten += [Fout(f"{naam}: {e}", eerste) for e in lijn.non_field_errors()]
            for field in zichtbaar:
                fouten += [
                    Fout(f"{naam}, {_klein(field.label)}: {e}", f"#{_veld_id(field)}") for e in field.errors
                ]
    return fouten
