from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class RegistratieForm(forms.Form):
    """Extra fields on allauth's sign-up form (allauth calls ``signup``)."""

    naam = forms.CharField(
        label=_("Je naam"),
        max_length=150,
        help_text=_("Zo spreken we je aan in berichten."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    def signup(self, request, user) -> None:
        user.naam = self.cleaned_data["naam"]
        user.voorkeurstaal = (get_language() or "nl")[:2]
        user.save(update_fields=["naam", "voorkeurstaal"])
