from django import forms
from django.core.validators import MaxLengthValidator, URLValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.forms import DatumInput
from gelijkekansen.core.models import Wijk
from gelijkekansen.core.uploads import VeiligBestandField
from gelijkekansen.core.validators import heeft_inhoud
from meldingen.constants import Instantie, Kanaal, Wens
from meldingen.models import Grond, Melding

MAX_VERHAAL = 6000
# The questions that need an answer, each with what to do when it is missing.
VERPLICHT = {
    "soort": _("Kies wat er gebeurde."),
    "levensdomein": _("Kies waar het gebeurde."),
    "rol": _("Kies wie jij bent in dit verhaal."),
    "wens": _("Kies wat je wilt dat we doen."),
}


def _inhoud(tekst: str) -> None:
    if not heeft_inhoud(tekst):
        raise forms.ValidationError(_("Vertel kort wat er gebeurde."))


# The encrypted text fields have no length in the database: the form sets it.
LENGTES = {"beschrijving": MAX_VERHAAL, "plaats": 200, "naam": 200, "telefoon": 40}


def _begrenzen(veld: forms.CharField, maximum: int) -> None:
    """A maximum length on a field already made: the check (with the usual message) and the
    browser's ``maxlength``; setting ``max_length`` afterwards alone would do neither."""
    veld.max_length = maximum
    veld.validators.append(MaxLengthValidator(maximum))
    veld.widget.attrs["maxlength"] = str(maximum)


class GrondenField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, grond: Grond) -> str:
        return str(grond)


class MeldingForm(forms.ModelForm):
    """The public report. Short and calm: only the story, what happened and what the person wants
    are required; everything that identifies them is optional and says what happens with it."""

    gronden = GrondenField(
        label=_("Waarom denk je dat het gebeurde?"),
        queryset=Grond.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Je mag meer dan één reden kiezen."),
        error_messages={"required": _("Kies minstens één reden, of «Ik weet het niet».")},
    )
    toestemmingen = forms.MultipleChoiceField(
        label=_("Aan wie mogen we je melding doorgeven?"),
        choices=Instantie.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_(
            "We geven niets door zonder je toestemming, en alleen aan wie je hier aanvinkt. "
            "Je kunt je toestemming later intrekken met je ontvangstcode."
        ),
    )
    # Left empty by people (it is hidden); filled in by robots that fill in every field.
    website = forms.CharField(
        required=False, widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"})
    )

    class Meta:
        model = Melding
        fields = [
            "soort",
            "gronden",
            "levensdomein",
            "gebeurd_op",
            "wijk",
            "plaats",
            "platform",
            "link",
            "beschrijving",
            "rol",
            "wens",
            "toestemmingen",
            "naam",
            "email",
            "telefoon",
        ]
        labels = {
            "soort": _("Wat gebeurde er?"),
            "levensdomein": _("Waar gebeurde het?"),
            "gebeurd_op": _("Wanneer gebeurde het?"),
            "wijk": _("In welke wijk?"),
            "plaats": _("Waar precies?"),
            "platform": _("Op welke website of app?"),
            "link": _("Link naar het bericht"),
            "beschrijving": _("Vertel wat er gebeurde"),
            "rol": _("Wie ben jij in dit verhaal?"),
            "wens": _("Wat wil je dat we doen?"),
            "naam": _("Je naam"),
            "email": _("Je e-mailadres"),
            "telefoon": _("Je telefoonnummer"),
        }
        help_texts = {
            "gebeurd_op": _("Weet je de dag niet precies? Kies ongeveer de dag."),
            "plaats": _("Bijvoorbeeld een straat, een winkel of een bus. Niet verplicht."),
            "platform": _("Bijvoorbeeld Facebook, TikTok of een forum. Alleen als het online gebeurde."),
            "beschrijving": _(
                "Schrijf in je eigen woorden. Wat gebeurde er, wie was erbij, wat werd er gezegd? "
                "Na het versturen kun je foto's of screenshots toevoegen."
            ),
            "naam": _("Niet verplicht. Zonder naam, e-mail en telefoon blijf je anoniem."),
            "email": _(
                "Niet verplicht. We sturen je hier je ontvangstcode en laten weten als er een bericht is. "
                "Alleen het Meldpunt leest je gegevens. We wissen ze een jaar nadat we je melding afsloten."
            ),
            "telefoon": _("Niet verplicht. Dan kunnen we je bellen als je dat wilt."),
        }
        widgets = {
            "soort": forms.RadioSelect,
            "rol": forms.RadioSelect,
            "wens": forms.RadioSelect,
            "gebeurd_op": DatumInput,
            "beschrijving": forms.Textarea(attrs={"rows": 8}),
            "plaats": forms.TextInput,
            "link": forms.URLInput,
            "naam": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "telefoon": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wijk"].queryset = Wijk.objects.order_by("naam")
        self.fields["wijk"].required = False
        self.fields["wijk"].empty_label = _("Weet ik niet of niet in Gent")
        for naam, fout in VERPLICHT.items():
            veld = self.fields[naam]
            veld.choices = [keuze for keuze in veld.choices if keuze[0] != ""]  # no "---------" radio
            veld.widget = forms.RadioSelect(choices=veld.choices)
            veld.error_messages["required"] = fout
        self.fields["beschrijving"].validators.append(_inhoud)
        self.fields["beschrijving"].error_messages["required"] = _("Vertel kort wat er gebeurde.")
        for veld, maximum in LENGTES.items():
            _begrenzen(self.fields[veld], maximum)
        self.fields["email"] = forms.EmailField(
            label=self.fields["email"].label,
            help_text=self.fields["email"].help_text,
            required=False,
            max_length=254,  # what an address can be (and the outbox stores)
            widget=self._meta.widgets["email"],
        )
        self.fields["link"] = forms.URLField(
            label=self.fields["link"].label,
            required=False,
            assume_scheme="https",
            max_length=500,
            validators=[URLValidator(schemes=["http", "https"])],
            widget=self._meta.widgets["link"],
        )
        if self.instance.pk:
            self.initial.setdefault(
                "toestemmingen",
                list(
                    self.instance.toestemmingen.filter(ingetrokken_op__isnull=True).values_list(
                        "instantie", flat=True
                    )
                ),
            )

    def clean_gebeurd_op(self):
        datum = self.cleaned_data.get("gebeurd_op")
        if datum and datum > timezone.localdate():
            raise forms.ValidationError(_("Die dag ligt in de toekomst. Kies de dag waarop het gebeurde."))
        return datum

    def clean(self):
        gegevens = super().clean()
        if gegevens.get("wens") == Wens.DOORVERWIJZEN and not gegevens.get("toestemmingen"):
            self.add_error("toestemmingen", _("Je wilt dat we je melding doorgeven: kies aan wie dat mag."))
        return gegevens

    def gegevens(self) -> dict:
        """The report's own fields, for services.melden.melding_indienen."""
        andere = {"gronden", "toestemmingen", "website"}
        return {naam: waarde for naam, waarde in self.cleaned_data.items() if naam not in andere}


class RegistratieForm(MeldingForm):
    """A report taken by the Meldpunt on the phone, at the desk, by SMS or from a partner."""

    kanaal = forms.ChoiceField(
        label=_("Hoe kwam de melding binnen?"), choices=[k for k in Kanaal.choices if k[0] != Kanaal.WEB]
    )

    class Meta(MeldingForm.Meta):
        fields = ["kanaal", *MeldingForm.Meta.fields]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["website"]
        self.order_fields(["kanaal"])

    def gegevens(self) -> dict:
        gegevens = super().gegevens()
        gegevens.pop("kanaal", None)
        return gegevens


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Je ontvangstcode"),
        max_length=100,
        strip=True,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "off"}),
    )


class MelderBerichtForm(forms.Form):
    tekst = forms.CharField(
        label=_("Je bericht aan het Meldpunt"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=4000,
        help_text=_("Antwoord op een vraag, of vertel wat er nog gebeurde."),
    )


class BewijsForm(forms.Form):
    # Not required here: an empty submit gets the view's "choose a file" at the field.
    bestand = VeiligBestandField(
        required=False,
        label=_("Foto, screenshot of document"),
        help_text=_(
            "Een foto (JPG of PNG), een PDF of een Word-bestand. We verwijderen de locatie en andere gegevens uit foto's."
        ),
    )


class ToestemmingForm(forms.Form):
    instantie = forms.ChoiceField(choices=Instantie.choices, widget=forms.HiddenInput)
    geven = forms.TypedChoiceField(
        choices=[("1", "1"), ("0", "0")], coerce=lambda w: w == "1", widget=forms.HiddenInput
    )


# --- the Meldpunt's work page ------------------------------------------------------------------


class DoorverwijzenForm(forms.Form):
    instantie = forms.ChoiceField(label=_("Instantie"), choices=Instantie.choices)
    gedeeld = forms.CharField(
        label=_("Wat geef je door?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text=_(
            "Bijvoorbeeld: het verhaal, de screenshots, de contactgegevens (alleen als de melder dat wil)."
        ),
    )


class NazorgForm(forms.Form):
    omschrijving = forms.CharField(
        label=_("Afspraak of opvolgmoment"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000
    )
    gepland_op = forms.DateField(label=_("Wanneer?"), widget=DatumInput)


class MeldpuntBerichtForm(forms.Form):
    SOORTEN = [
        ("bericht", _("Bericht aan de melder")),
        ("vraag", _("Vraag aan de melder")),
        ("intern", _("Interne notitie (de melder ziet ze nooit)")),
    ]
    soort = forms.ChoiceField(label=_("Soort"), choices=SOORTEN, widget=forms.RadioSelect, initial="bericht")
    tekst = forms.CharField(label=_("Tekst"), widget=forms.Textarea(attrs={"rows": 5}), max_length=4000)
