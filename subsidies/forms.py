"""Forms of the applicant's file. Draft sections accept incomplete input (nothing is lost);
completeness is checked once, on the check page, before submitting."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.forms import DatumInput
from gelijkekansen.core.getallen import BedragField
from gelijkekansen.core.models import Doelgroep, Organisatie, Wijk
from gelijkekansen.core.uploads import VeiligBestandField
from gelijkekansen.core.validators import normaliseer_iban
from subsidies.constants import AanvragerSoort, Advies, BegrotingSoort, Doel, Reikwijdte
from subsidies.models import Aanvraag, Monitoring
from subsidies.models.monitoring import HoeGehoord

JA_NEE = [(True, _("Ja")), (False, _("Nee"))]


def ja_nee(label, *, verplicht: bool = True, **kwargs) -> forms.TypedChoiceField:
    """A yes/no question as two radio buttons; unanswered optional questions stay None."""
    extra = {} if verplicht else {"required": False, "empty_value": None}
    return forms.TypedChoiceField(
        label=label, choices=JA_NEE, coerce=lambda v: v == "True", widget=forms.RadioSelect, **extra, **kwargs
    )


class GeschiktheidForm(forms.Form):
    """A short check before the long form: three questions, a clear answer."""

    in_gent = ja_nee(_("Vindt uw activiteit plaats in Gent?"))
    doel = ja_nee(_("Brengt uw activiteit mensen samen, helpt ze mensen samenleven of sterker worden?"))
    winst = ja_nee(_("Wilt u met de activiteit winst maken?"))

    def uitslag(self) -> list[str]:
        """Reasons why Samen Aan Zet does not fit; empty means: you can apply."""
        redenen = []
        if not self.cleaned_data["in_gent"]:
            redenen.append(_("Samen Aan Zet is voor activiteiten in Gent."))
        if not self.cleaned_data["doel"]:
            redenen.append(_("Samen Aan Zet steunt activiteiten voor ontmoeten, samenleven of emancipatie."))
        if self.cleaned_data["winst"]:
            redenen.append(_("Activiteiten die winst willen maken, krijgen geen subsidie."))
        return redenen


class StartForm(forms.Form):
    aanvrager_soort = forms.ChoiceField(
        label=_("Wie vraagt de subsidie aan?"), choices=AanvragerSoort.choices, widget=forms.RadioSelect
    )
    organisatie = forms.ModelChoiceField(
        label=_("Voor welke organisatie?"),
        queryset=Organisatie.objects.none(),
        required=False,
        help_text=_("Alleen nodig voor een vzw of erkende vereniging."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisatie"].queryset = Organisatie.objects.van_gebruiker(user, rol="verantwoordelijke")

    def clean(self):
        gegevens = super().clean()
        if gegevens.get("aanvrager_soort") in (
            AanvragerSoort.VZW,
            AanvragerSoort.ERKENDE_VERENIGING,
        ) and not gegevens.get("organisatie"):
            self.add_error("organisatie", _("Kies de organisatie waarvoor u aanvraagt."))
        return gegevens


class ConceptFormMixin:
    """A draft section: nothing is required to save it. Fields the check page will ask for carry
    no "optioneel" label (``verplicht_bij_indienen``), so people are not misled."""

    optioneel: frozenset[str] = frozenset()

    def maak_concept(self) -> None:
        for naam, veld in self.fields.items():
            veld.required = False
            veld.verplicht_bij_indienen = naam not in self.optioneel


class InitiatiefForm(ConceptFormMixin, forms.ModelForm):
    optioneel = frozenset({"toegankelijkheid"})

    doelen = forms.MultipleChoiceField(
        label=_("Wat wil uw initiatief bereiken?"),
        choices=Doel.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    doelgroepen = forms.ModelMultipleChoiceField(
        label=_("Voor wie is het initiatief?"),
        queryset=Doelgroep.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    reikwijdte = forms.ChoiceField(
        label=_("Waar vindt het plaats?"),
        choices=Reikwijdte.choices,
        widget=forms.RadioSelect,
        required=False,
    )
    wijken = forms.ModelMultipleChoiceField(
        label=_("In welke wijk of wijken?"),
        queryset=Wijk.objects.order_by("naam"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Alleen als uw initiatief in een of meer wijken plaatsvindt."),
    )

    class Meta:
        model = Aanvraag
        fields = [
            "titel",
            "samenvatting",
            "doelen",
            "doelgroepen",
            "reikwijdte",
            "wijken",
            "plaats",
            "startdatum",
            "einddatum",
            "verwachte_deelnemers",
            "toegankelijkheid",
            "tweede_verantwoordelijke",
        ]
        widgets = {
            "samenvatting": forms.Textarea(attrs={"rows": 4}),
            "toegankelijkheid": forms.Textarea(attrs={"rows": 3}),
            "startdatum": DatumInput(),
            "einddatum": DatumInput(),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.maak_concept()
        if self.instance.aanvrager_soort != AanvragerSoort.FEITELIJKE_VERENIGING:
            del self.fields["tweede_verantwoordelijke"]


class BegrotingslijnForm(forms.Form):
    # An untouched extra row must count as empty: its select starts on this initial value.
    soort = forms.ChoiceField(
        label=_("Kost of inkomst"), choices=BegrotingSoort.choices, initial=BegrotingSoort.KOST
    )
    omschrijving = forms.CharField(label=_("Omschrijving"), max_length=200)
    bedrag = BedragField(label=_("Bedrag (€)"), min_value=Decimal("0.01"))


BegrotingFormSet = forms.formset_factory(BegrotingslijnForm, extra=2, can_delete=True)


class BegrotingForm(ConceptFormMixin, forms.Form):
    optioneel = frozenset({"andere_subsidies"})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.maak_concept()

    gevraagd_bedrag = BedragField(
        label=_("Hoeveel subsidie vraagt u? (€)"), min_value=Decimal("0.01"), required=False
    )
    andere_subsidies = forms.CharField(
        label=_("Krijgt u voor dit initiatief ook andere subsidies? Welke?"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )


class BetalingForm(ConceptFormMixin, forms.ModelForm):
    class Meta:
        model = Aanvraag
        fields = ["iban", "rekeninghouder"]
        help_texts = {"iban": _("Een Belgisch rekeningnummer, bijvoorbeeld BE71 0961 2345 6769.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.maak_concept()

    def clean_iban(self) -> str:
        waarde = self.cleaned_data["iban"]
        return normaliseer_iban(waarde, alleen_belgisch=True) if waarde else ""


class BijlageForm(forms.Form):
    bestand = VeiligBestandField(label=_("Bijlage toevoegen"), required=False)


class MonitoringForm(forms.ModelForm):
    eerste_aanvraag = ja_nee(_("Is dit uw eerste aanvraag bij de stad?"), verplicht=False)
    begeleid = ja_nee(_("Kreeg u hulp bij uw aanvraag?"), verplicht=False)
    hoe_gehoord = forms.ChoiceField(
        label=_("Hoe hoorde u van Samen Aan Zet?"),
        choices=HoeGehoord.choices,
        widget=forms.RadioSelect,
        required=False,
    )
    bereikte_groepen = forms.ModelMultipleChoiceField(
        label=_("Welke groepen bereikt uw initiatief?"),
        queryset=Doelgroep.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Monitoring
        fields = ["eerste_aanvraag", "hoe_gehoord", "bereikte_groepen", "begeleid"]


class BerichtForm(forms.Form):
    tekst = forms.CharField(label=_("Uw bericht"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)


class AanvullingForm(forms.Form):
    antwoord = forms.CharField(
        label=_("Uw antwoord"), widget=forms.Textarea(attrs={"rows": 4}), max_length=4000
    )


class IntrekkenForm(forms.Form):
    reden = forms.CharField(
        label=_("Waarom trekt u de aanvraag in?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
    )


class BelangenconflictForm(forms.Form):
    conflict = forms.TypedChoiceField(
        label=_("Hebt u een belang bij deze aanvraag?"),
        help_text=_(
            "Bijvoorbeeld: u bent lid van de groep, familie of vriend van de aanvrager, of u werkt mee aan het initiatief."
        ),
        choices=[
            (True, _("Ja, ik heb een belang: ik beoordeel deze aanvraag niet")),
            (False, _("Nee, ik heb geen belang")),
        ],
        coerce=lambda v: v == "True",
        widget=forms.RadioSelect,
    )


class BeoordelingForm(forms.Form):
    advies = forms.ChoiceField(label=_("Uw advies"), choices=Advies.choices, widget=forms.RadioSelect)
    motivering = forms.CharField(
        label=_("Motivering"), widget=forms.Textarea(attrs={"rows": 4}), max_length=4000
    )

    def __init__(self, *args, criteria, beoordeling, **kwargs):
        bestaande = {s.criterium_id: s.punten for s in beoordeling.scores.all()}
        initial = {"advies": beoordeling.advies, "motivering": beoordeling.motivering}
        initial |= {f"criterium_{c.pk}": bestaande.get(c.pk) for c in criteria}
        super().__init__(*args, initial=initial, **kwargs)
        self.criteria = criteria
        for c in criteria:
            self.fields[f"criterium_{c.pk}"] = forms.IntegerField(
                label=c.naam,
                help_text=_("%(uitleg)s Score van 0 tot %(max)s.") % {"uitleg": c.uitleg, "max": c.max_score},
                min_value=0,
                max_value=c.max_score,
            )
        self.order_fields([f"criterium_{c.pk}" for c in criteria] + ["advies", "motivering"])

    def service_argumenten(self) -> dict:
        d = self.cleaned_data
        return {
            "punten": {c.pk: d[f"criterium_{c.pk}"] for c in self.criteria},
            "advies": d["advies"],
            "motivering": d["motivering"],
        }


class VerantwoordingForm(forms.Form):
    wat_gebeurde = forms.CharField(
        label=_("Wat is er gebeurd?"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=6000,
        help_text=_("Vertel kort hoe de activiteit verliep en wat ze opleverde."),
    )
    deelnemers_bereikt = forms.IntegerField(label=_("Hoeveel mensen deden mee?"), min_value=0)
    echte_kosten = BedragField(label=_("Wat kostte het echt? (€)"), min_value=0)
    echte_inkomsten = BedragField(label=_("Welke inkomsten had u? (€)"), min_value=0, initial=0)
    bewijs = VeiligBestandField(
        label=_("Bewijs van de kosten (facturen, kastickets)"),
        required=False,
        help_text=_("Eén bestand: een PDF met al uw bewijzen, of een foto."),
    )
