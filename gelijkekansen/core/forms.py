from django.forms.renderers import TemplatesSetting


class PortalFormRenderer(TemplatesSetting):
    """Every Django form (ours, allauth's, the filters') renders with the styleguide markup."""

    form_template_name = "django/forms/div.html"
    field_template_name = "django/forms/field.html"
