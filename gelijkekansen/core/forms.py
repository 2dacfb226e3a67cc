from django import forms
from django.core.exceptions import ValidationError
from django.forms.renderers import TemplatesSetting


class PortalFormRenderer(TemplatesSetting):
    """Every Django form (ours, allauth's, the filters') renders with the styleguide markup."""

    form_template_name = "django/forms/div.html"
    field_template_name = "django/forms/field.html"


class DatumInput(forms.DateInput):
    """A date picker (``<input type="date">``). Its value must be ISO ``2027-06-20`` whatever the
    language: a browser shows a localised value such as ``20-06-2027`` as an empty field, and the
    next save would silently erase the date. Every date field in a form uses this widget."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class FilterForm(forms.Form):
    """The form of a filterable list (django-filter's ``Meta.form``): every field is optional
    there, so none is marked "optioneel" (templates/django/forms/field.html)."""

    zonder_optioneel = True


class ConceptFormMixin:
    """A draft section: nothing is required to save it. Fields the check page will ask for carry
    no "optioneel" label (``verplicht_bij_indienen``), so people are not misled."""

    optioneel: frozenset[str] = frozenset()

    def maak_concept(self) -> None:
        for naam, veld in self.fields.items():
            veld.required = False
            veld.verplicht_bij_indienen = naam not in self.optioneel


def fout_bij_veld(form: forms.BaseForm, fout: ValidationError) -> None:
    """A service's refusal shown at the field it names (or above the form, in the summary)."""
    if not hasattr(fout, "error_dict"):
        form.add_error(None, fout)
        return
    for veld, fouten in fout.error_dict.items():
        form.add_error(veld if veld in form.fields else None, fouten)
