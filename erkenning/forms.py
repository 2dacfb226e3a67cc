from datetime import date
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from erkenning.constants import BijlageSoort, Categorie, Criterium
from erkenning.models import Erkenning, Jaarverslag, Ondersteuningsvraag, Vermelding
from gelijkekansen.core.berichten import MAX_LENGTE
from gelijkekansen.core.forms import ConceptFormMixin, DatumInput
from gelijkekansen.core.getallen import BedragField
from gelijkekansen.core.models import Doelgroep, Organisatie
from gelijkekansen.core.models.organisaties import LidmaatschapRol, Rechtsvorm
from gelijkekansen.core.uploads import VeiligBestandField
from gelijkekansen.core.validators import normaliseer_iban, valideer_ondernemingsnummer

# Forms whose page shows one error summary for several of them render their fields only.
ZONDER_OVERZICHT = "django/forms/velden.html"


class StartForm(forms.Form):
    organisatie = forms.ModelChoiceField(
        label=_("Voor welke vereniging?"), queryset=Organisatie.objects.none(), empty_label=None
    )
    categorie = forms.ChoiceField(
        label=_("In welke categorie?"),
        choices=Categorie.choices,
        widget=forms.RadioSelect,
        help_text=_("Kies de groep of het thema waarvoor jullie vooral werken."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisatie"].queryset = Organisatie.objects.van_gebruiker(
            user, rol=LidmaatschapRol.VERANTWOORDELIJKE
        ).order_by("naam")


class VerenigingForm(ConceptFormMixin, forms.ModelForm):
    doelgroepen = forms.ModelMultipleChoiceField(
        label=_("Voor wie werkt jullie vereniging?"),
        queryset=Doelgroep.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Erkenning
        fields = ["werking", "doelgroepen", "actief_sinds", "ledenaantal", "leden_in_gent"]
        labels = {
            "ledenaantal": _("Hoeveel leden hebben jullie?"),
            "leden_in_gent": _("Hoeveel van hen wonen in Gent?"),
            "actief_sinds": _("Sinds wanneer zijn jullie actief?"),
        }
        help_texts = {
            "werking": _(
                "Welke activiteiten organiseren jullie, hoe vaak en waar? Een paar zinnen volstaan."
            ),
            "ledenaantal": _("Tel iedereen die lid is of geregeld meedoet."),
        }
        widgets = {"werking": forms.Textarea(attrs={"rows": 5}), "actief_sinds": DatumInput()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.maak_concept()

    def clean_actief_sinds(self):
        datum = self.cleaned_data["actief_sinds"]
        if datum and datum > date.today():
            raise forms.ValidationError(_("Deze datum ligt in de toekomst."))
        if datum and datum.year < 1850:
            raise forms.ValidationError(_("Kijk het jaartal na."))
        return datum


class BestuurslidForm(forms.Form):
    template_name = ZONDER_OVERZICHT

    naam = forms.CharField(
        label=_("Naam"), max_length=150, error_messages={"required": _("Vul de naam van het bestuurslid in.")}
    )
    functie = forms.CharField(
        label=_("Functie"),
        max_length=100,
        required=False,
        help_text=_("Bijvoorbeeld voorzitter of penningmeester."),
    )
    woont_in_gent = forms.BooleanField(label=_("Woont in Gent"), required=False)


BestuurFormSet = forms.formset_factory(BestuurslidForm, extra=1, can_delete=True)


class CriteriaForm(forms.Form):
    """Per criterion of the regulation: how the association meets it. A criterion is ticked by
    explaining it; the check page names those still without an explanation."""

    def __init__(self, *args, erkenning: Erkenning, **kwargs):
        initial = {c.value: (erkenning.criteria or {}).get(c.value, "") for c in Criterium}
        super().__init__(*args, initial=initial, **kwargs)
        for criterium in Criterium:
            veld = forms.CharField(
                label=criterium.label,
                required=False,
                max_length=1000,
                widget=forms.Textarea(attrs={"rows": 2}),
                help_text=_("Hoe voldoen jullie hieraan? Een of twee zinnen."),
            )
            veld.verplicht_bij_indienen = True
            self.fields[criterium.value] = veld

    def criteria(self) -> dict[str, str]:
        return {naam: tekst.strip() for naam, tekst in self.cleaned_data.items() if tekst.strip()}


class RekeningForm(ConceptFormMixin, forms.ModelForm):
    class Meta:
        model = Erkenning
        fields = ["iban", "rekeninghouder"]
        help_texts = {
            "iban": _(
                "De rekening van de vereniging, bijvoorbeeld BE71 0961 2345 6769. De dienst kijkt ze na."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.maak_concept()

    def clean_iban(self) -> str:
        waarde = self.cleaned_data["iban"]
        return normaliseer_iban(waarde, alleen_belgisch=True) if waarde else ""


class BijlageForm(forms.Form):
    soort = forms.ChoiceField(
        label=_("Wat voeg je toe?"),
        choices=BijlageSoort.choices,
        widget=forms.RadioSelect,
        initial=BijlageSoort.STATUTEN,
    )
    bestand = VeiligBestandField(label=_("Bestand"), required=False)


class BerichtForm(forms.Form):
    tekst = forms.CharField(
        label=_("Je bericht"), widget=forms.Textarea(attrs={"rows": 4, "maxlength": MAX_LENGTE})
    )


class AntwoordForm(forms.Form):
    antwoord = forms.CharField(
        label=_("Je antwoord"), widget=forms.Textarea(attrs={"rows": 4, "maxlength": MAX_LENGTE})
    )


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


class WebsiteMixin(forms.Form):
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")


class OrganisatieForm(WebsiteMixin, forms.ModelForm):
    """A new association on the portal (core.services_organisaties.organisatie_registreren)."""

    # A form field, not the model's: an association already on the portal then gets the service's
    # message, which says what to do, instead of the bare uniqueness error.
    ondernemingsnummer = forms.CharField(
        label=_("Ondernemingsnummer"),
        required=False,
        max_length=20,
        validators=[valideer_ondernemingsnummer],
        help_text=_("Niet nodig voor een feitelijke vereniging."),
    )

    doelgroepen = forms.ModelMultipleChoiceField(
        label=_("Voor wie werkt jullie vereniging?"),
        queryset=Doelgroep.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Organisatie
        fields = [
            "naam",
            "rechtsvorm",
            "adres",
            "postcode",
            "gemeente",
            "wijk",
            "email",
            "telefoon",
            "website",
            "doelgroepen",
        ]
        labels = {"naam": _("Naam van de vereniging"), "email": _("E-mailadres van de vereniging")}
        help_texts = {"rechtsvorm": _("Geen vzw? Kies dan feitelijke vereniging.")}

    field_order = ["naam", "rechtsvorm", "ondernemingsnummer", "adres", "postcode", "gemeente", "wijk"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Most associations that put themselves on the portal have no vzw.
        self.fields["rechtsvorm"].initial = (
            self.fields["rechtsvorm"].initial or Rechtsvorm.FEITELIJKE_VERENIGING
        )


class GegevensForm(WebsiteMixin, forms.ModelForm):
    class Meta:
        model = Organisatie
        fields = ["adres", "postcode", "gemeente", "wijk", "email", "telefoon", "website"]
        labels = {"email": _("E-mailadres van de vereniging")}


class RekeningwijzigingForm(forms.Form):
    iban = forms.CharField(
        label=_("Nieuw rekeningnummer (IBAN)"),
        max_length=42,
        help_text=_("De dienst kijkt het na. Tot dan betalen we op het rekeningnummer dat we nu kennen."),
    )

    def clean_iban(self) -> str:
        return normaliseer_iban(self.cleaned_data["iban"], alleen_belgisch=True)


class JaarverslagForm(ConceptFormMixin, forms.ModelForm):
    inkomsten = BedragField(label=_("Inkomsten (€)"), required=False, min_value=Decimal(0))
    uitgaven = BedragField(label=_("Uitgaven (€)"), required=False, min_value=Decimal(0))

    class Meta:
        model = Jaarverslag
        fields = ["activiteiten", "aantal_activiteiten", "aantal_deelnemers", "inkomsten", "uitgaven"]
        help_texts = {
            "activiteiten": _("Welke activiteiten waren er, voor wie? Een paar zinnen volstaan."),
            "aantal_deelnemers": _(
                "Tel de deelnemers van alle activiteiten samen. Wie twee keer kwam, telt twee keer."
            ),
        }
        widgets = {"activiteiten": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.maak_concept()


class VraagForm(forms.ModelForm):
    organisatie = forms.ModelChoiceField(
        label=_("Voor welke vereniging?"), queryset=Organisatie.objects.none(), empty_label=None
    )

    class Meta:
        model = Ondersteuningsvraag
        fields = ["organisatie", "onderwerp", "vraag"]
        widgets = {"onderwerp": forms.RadioSelect, "vraag": forms.Textarea(attrs={"rows": 6})}
        help_texts = {
            "vraag": _("Wat wil je weten of wat heb je nodig? Schrijf het zoals je het zou vertellen.")
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisatie"].queryset = Organisatie.objects.van_gebruiker(
            user, rol=LidmaatschapRol.VERANTWOORDELIJKE
        ).order_by("naam")
