from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.forms import DatumInput
from toegankelijkheid.constants import ActieStatus, EvaluatieStatus, Standpunt
from toegankelijkheid.models import Actie, Advies, Evaluatie
from toegankelijkheid.models.plannen import status_en_voortgang_fout
from toegankelijkheid.querysets import adviesraden_van, publieke_plannen

# Forms whose page shows one error summary for several of them render their fields only.
ZONDER_OVERZICHT = "django/forms/velden.html"


class UpdateForm(forms.Form):
    datum = forms.DateField(label=_("Wanneer?"), widget=DatumInput, initial=timezone.localdate)
    tekst = forms.CharField(
        label=_("Wat is er gebeurd?"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=3000,
        help_text=_("Schrijf het zo dat iedereen het begrijpt: het komt op de website na goedkeuring."),
    )
    actie_status = forms.ChoiceField(label=_("Status van de actie"), choices=ActieStatus.choices)
    voortgang = forms.IntegerField(
        label=_("Voortgang in procent"),
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("Een getal van 0 tot 100."),
    )

    def __init__(self, *args, actie: Actie, **kwargs):
        kwargs.setdefault("initial", {"actie_status": actie.status, "voortgang": actie.voortgang})
        super().__init__(*args, **kwargs)

    def clean(self):
        gegevens = super().clean()
        fout = status_en_voortgang_fout(gegevens.get("actie_status"), gegevens.get("voortgang"))
        if fout:
            self.add_error("voortgang", fout)
        return gegevens


class AdviesForm(forms.ModelForm):
    template_name = ZONDER_OVERZICHT

    class Meta:
        model = Advies
        fields = ["adviesraad", "actieplan", "actie", "evaluatie", "titel", "inleiding"]
        widgets = {"inleiding": forms.Textarea(attrs={"rows": 4})}
        help_texts = {
            "actie": _("Laat leeg als het advies over het hele plan gaat."),
            "evaluatie": _("Laat leeg als het advies niet over een evaluatie gaat."),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["adviesraad"].queryset = adviesraden_van(user).order_by("naam")
        self.fields["adviesraad"].empty_label = None
        plannen = publieke_plannen().order_by("-begin")
        self.fields["actieplan"].queryset = plannen
        self.fields["actieplan"].empty_label = None
        self.fields["actie"].queryset = Actie.objects.filter(actieplan__in=plannen).select_related(
            "actieplan"
        )
        self.fields["evaluatie"].queryset = Evaluatie.objects.filter(
            actieplan__in=plannen, status=EvaluatieStatus.GEPUBLICEERD
        ).select_related("actieplan")


MAX_PUNTEN = 30


class PuntForm(forms.Form):
    template_name = ZONDER_OVERZICHT  # the page shows one summary for the advice and its points

    tekst = forms.CharField(
        label=_("Adviespunt"), widget=forms.Textarea(attrs={"rows": 3}), max_length=3000, required=False
    )


class BasisPuntenFormSet(forms.BaseFormSet):
    lijn_naam = _("Punt %(nummer)s")  # how the error summary names a point (core foutenlijst)

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        form.fields["tekst"].label = _("Punt %(nummer)s") % {"nummer": i + 1}
        return form


PuntenFormSet = forms.formset_factory(
    PuntForm,
    formset=BasisPuntenFormSet,
    extra=0,
    max_num=MAX_PUNTEN,
    validate_max=True,
    absolute_max=MAX_PUNTEN,
)


class AntwoordForm(forms.Form):
    standpunt = forms.ChoiceField(
        label=_("Standpunt van de stad"), choices=Standpunt.choices, widget=forms.RadioSelect
    )
    motivering = forms.CharField(label=_("Waarom?"), widget=forms.Textarea(attrs={"rows": 3}))
    opvolging = forms.CharField(
        label=_("Wat doet de stad ermee?"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )


class AfwijzenForm(forms.Form):
    reden = forms.CharField(
        label=_("Waarom publiceer je deze update niet?"), widget=forms.Textarea(attrs={"rows": 3})
    )
