from django import template
from django.forms import BoundField

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
