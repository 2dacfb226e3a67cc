from django import forms
from django.utils.translation import gettext_lazy as _

from erkenning.models import Vermelding


class VermeldingForm(forms.ModelForm):
    class Meta:
        model = Vermelding
        fields = ["zichtbaar", "voorstelling", "toon_website", "toon_telefoon"]
        labels = {"zichtbaar": _("Zet onze vereniging in de verenigingengids")}
        help_texts = {
            "voorstelling": _("Wat doet je vereniging, voor wie, waar? Hoogstens 1000 tekens."),
            "zichtbaar": _(
                "Je e-mailadres staat nooit in de gids: bezoekers schrijven je via een formulier."
            ),
        }
        widgets = {"voorstelling": forms.Textarea(attrs={"rows": 5})}


class ContactForm(forms.Form):
    naam = forms.CharField(label=_("Je naam"), max_length=100)
    email = forms.EmailField(label=_("Je e-mailadres"), help_text=_("De vereniging antwoordt je hierop."))
    bericht = forms.CharField(
        label=_("Je bericht"), widget=forms.Textarea(attrs={"rows": 5}), max_length=2000
    )
    # Left empty by people (it is hidden); filled in by robots that fill in every field.
    website = forms.CharField(
        required=False, widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"})
    )
