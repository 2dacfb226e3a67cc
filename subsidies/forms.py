"""Forms of the applicant's file. Draft sections accept incomplete input (nothing is lost);
completeness is checked once, on the check page, before submitting."""

from decimal import Decimal

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.forms import ConceptFormMixin, DatumInput
from gelijkekansen.core.getallen import BedragField, MaximumBedrag, bedrag_tekst
from gelijkekansen.core.models import Doelgroep, Organisatie, Wijk
from gelijkekansen.core.uploads import VeiligBestandField
from gelijkekansen.core.validators import normaliseer_iban
from subsidies.constants import REKENING_NA_INDIENEN, AanvragerSoort, Advies, BegrotingSoort, Doel, Reikwijdte
from subsidies.models import Aanvraag, Monitoring
from subsidies.models.aanvragen import verantwoordelijke_lezen, verantwoordelijke_tekst
from subsidies.models.monitoring import HoeGehoord
from subsidies.services import jury
from subsidies.services.betalingen import voor_einddatum

JA_NEE = [(True, _("Ja")), (False, _("Nee"))]


def ja_nee(label, *, verplicht: bool = True, **kwargs) -> forms.TypedChoiceField:
    """A yes/no question as two radio buttons; unanswered optional questions stay None."""
    extra = {} if verplicht else {"required": False, "empty_value": None}
    return forms.TypedChoiceField(
        label=label, choices=JA_NEE, coerce=lambda v: v == "True", widget=forms.RadioSelect, **extra, **kwargs
    )


class GeschiktheidForm(forms.Form):
    """A short check before the long form: three questions, a clear answer."""

    in_gent = ja_nee(_("Vindt je activiteit plaats in Gent?"))
    doel = ja_nee(_("Brengt je activiteit mensen samen, helpt ze mensen samenleven of sterker worden?"))
    winst = ja_nee(_("Wil je met de activiteit winst maken?"))

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
            self.add_error("organisatie", _("Kies de organisatie waarvoor je aanvraagt."))
        return gegevens


class InitiatiefForm(ConceptFormMixin, forms.ModelForm):
    optioneel = frozenset({"toegankelijkheid"})

    doelen = forms.MultipleChoiceField(
        label=_("Wat wil je initiatief bereiken?"),
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
        help_text=_("Alleen als je initiatief in een of meer wijken plaatsvindt."),
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
        ]
        # The model's verbose names still say "u" (changing them needs a migration); the form
        # addresses the applicant with "je".
        labels = {
            "titel": _("Titel van je initiatief"),
            "toegankelijkheid": _("Hoe maak je de activiteit toegankelijk?"),
        }
        widgets = {
            "samenvatting": forms.Textarea(attrs={"rows": 4}),
            "toegankelijkheid": forms.Textarea(attrs={"rows": 3}),
            "startdatum": DatumInput(),
            "einddatum": DatumInput(),
        }

    # A group without a vzw names a second responsible person, who confirms by e-mail. Asked as
    # two fields (a real e-mail field, checked) and stored as one text, "Naam (e-mail)": no
    # migration, and what the case handler reads does not change.
    tweede_verantwoordelijke_naam = forms.CharField(
        label=_("Naam van de tweede verantwoordelijke"),
        max_length=120,
        required=False,
        help_text=_("Een groep zonder vzw heeft minstens twee verantwoordelijken."),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    tweede_verantwoordelijke_email = forms.EmailField(
        label=_("E-mailadres van de tweede verantwoordelijke"),
        required=False,
        help_text=_(
            "Via dit adres vraagt de dienst die persoon om te bevestigen dat hij of zij mee verantwoordelijk is."
        ),
        error_messages={
            "invalid": _("Vul een geldig e-mailadres in, bijvoorbeeld sara.peeters@example.org.")
        },
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.maak_concept()
        if self.instance.aanvrager_soort != AanvragerSoort.FEITELIJKE_VERENIGING:
            del self.fields["tweede_verantwoordelijke_naam"], self.fields["tweede_verantwoordelijke_email"]
        else:
            naam, email = verantwoordelijke_lezen(self.instance.tweede_verantwoordelijke)
            self.initial.setdefault("tweede_verantwoordelijke_naam", naam)
            self.initial.setdefault("tweede_verantwoordelijke_email", email)

    def clean(self):
        gegevens = super().clean()
        if "tweede_verantwoordelijke_naam" not in self.fields:
            return gegevens
        naam = gegevens.pop("tweede_verantwoordelijke_naam", "")
        email = gegevens.pop("tweede_verantwoordelijke_email", "")
        eigen = getattr(self.instance.aanvrager, "email", "") if self.instance.aanvrager_id else ""
        if email and eigen and email.lower() == eigen.lower():
            self.add_error(
                "tweede_verantwoordelijke_email",
                _("Dit is je eigen e-mailadres. Vul het adres van de tweede verantwoordelijke in."),
            )
        tekst = verantwoordelijke_tekst(naam, email)
        if len(tekst) > Aanvraag._meta.get_field("tweede_verantwoordelijke").max_length:
            self.add_error("tweede_verantwoordelijke_naam", _("Naam en e-mailadres samen zijn te lang."))
        gegevens["tweede_verantwoordelijke"] = tekst
        return gegevens


# The budget page shows one error summary for the form and all its lines (aanvraag_bewerken.html):
# these forms render their fields only.
ZONDER_OVERZICHT = "django/forms/velden.html"


class BegrotingslijnForm(forms.Form):
    template_name = ZONDER_OVERZICHT

    # An untouched extra row must count as empty: its select starts on this initial value.
    soort = forms.ChoiceField(
        label=_("Kost of inkomst"), choices=BegrotingSoort.choices, initial=BegrotingSoort.KOST
    )
    omschrijving = forms.CharField(
        label=_("Omschrijving"),
        max_length=200,
        error_messages={"required": _("Schrijf wat deze kost of inkomst is.")},
    )
    bedrag = BedragField(
        label=_("Bedrag (€)"),
        min_value=Decimal("0.01"),
        error_messages={"required": _("Vul een bedrag groter dan 0 in.")},
    )


BegrotingFormSet = forms.formset_factory(BegrotingslijnForm, extra=2, can_delete=True)


class BegrotingForm(ConceptFormMixin, forms.Form):
    template_name = ZONDER_OVERZICHT
    optioneel = frozenset({"andere_subsidies"})

    def __init__(self, *args, maximum: Decimal | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.maak_concept()
        if maximum is not None:
            self.fields["gevraagd_bedrag"].validators.append(
                MaximumBedrag(
                    maximum,
                    _("Je kunt hoogstens %(limit_value)s vragen. Dat is het maximum van het reglement."),
                )
            )

    gevraagd_bedrag = BedragField(
        label=_("Hoeveel subsidie vraag je? (€)"), min_value=Decimal("0.01"), required=False
    )
    andere_subsidies = forms.CharField(
        label=_("Krijg je voor dit initiatief ook andere subsidies? Welke?"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )


class BetalingForm(ConceptFormMixin, forms.ModelForm):
    class Meta:
        model = Aanvraag
        fields = ["iban", "rekeninghouder"]
        help_texts = {"iban": _("Een Belgisch rekeningnummer, bijvoorbeeld BE71 0961 2345 6769.")}

    def __init__(self, *args, vergrendeld: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.maak_concept()
        if vergrendeld:  # submitted: the account changes only through the case handler (audited)
            for veld in self.fields.values():
                veld.disabled = True
            self.fields["iban"].help_text = REKENING_NA_INDIENEN

    def clean_iban(self) -> str:
        waarde = self.cleaned_data["iban"]
        return normaliseer_iban(waarde, alleen_belgisch=True) if waarde else ""


class BijlageForm(forms.Form):
    bestand = VeiligBestandField(label=_("Bijlage toevoegen"), required=False)


class MonitoringForm(forms.ModelForm):
    eerste_aanvraag = ja_nee(_("Is dit je eerste aanvraag bij de stad?"), verplicht=False)
    begeleid = ja_nee(_("Kreeg je hulp bij je aanvraag?"), verplicht=False)
    hoe_gehoord = forms.ChoiceField(
        label=_("Hoe hoorde je van Samen Aan Zet?"),
        choices=HoeGehoord.choices,
        widget=forms.RadioSelect,
        required=False,
    )
    bereikte_groepen = forms.ModelMultipleChoiceField(
        label=_("Welke groepen bereikt je initiatief?"),
        queryset=Doelgroep.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Monitoring
        fields = ["eerste_aanvraag", "hoe_gehoord", "bereikte_groepen", "begeleid"]


class BerichtForm(forms.Form):
    tekst = forms.CharField(label=_("Je bericht"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)


class AanvullingForm(forms.Form):
    antwoord = forms.CharField(
        label=_("Je antwoord"), widget=forms.Textarea(attrs={"rows": 4}), max_length=4000
    )


class IntrekkenForm(forms.Form):
    reden = forms.CharField(
        label=_("Waarom trek je de aanvraag in?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
    )


class BelangenconflictForm(forms.Form):
    conflict = forms.TypedChoiceField(
        label=_("Heb je een belang bij deze aanvraag?"),
        help_text=_(
            "Bijvoorbeeld: je bent lid van de groep, familie of vriend van de aanvrager, of je werkt mee aan het initiatief."
        ),
        choices=[
            (True, _("Ja, ik heb een belang: ik beoordeel deze aanvraag niet")),
            (False, _("Nee, ik heb geen belang")),
        ],
        coerce=lambda v: v == "True",
        widget=forms.RadioSelect,
    )


class BeoordelingForm(forms.Form):
    """Per criterion a score on its scale and a short motivation (required for a low score, see
    ``services.jury.toelichting_verplicht``), then the advice and its motivation."""

    advies = forms.ChoiceField(label=_("Je advies"), choices=Advies.choices, widget=forms.RadioSelect)
    motivering = forms.CharField(
        label=_("Motivering"), widget=forms.Textarea(attrs={"rows": 4}), max_length=4000
    )

    def __init__(self, *args, criteria, beoordeling, **kwargs):
        bestaande = {s.criterium_id: s for s in beoordeling.scores.all()}
        initial = {"advies": beoordeling.advies, "motivering": beoordeling.motivering}
        for c in criteria:
            score = bestaande.get(c.pk)
            initial[f"criterium_{c.pk}"] = score.punten if score else None
            initial[f"toelichting_{c.pk}"] = score.toelichting if score else ""
        super().__init__(*args, initial=initial, **kwargs)
        self.criteria = criteria
        for c in criteria:
            self.fields[f"criterium_{c.pk}"] = forms.IntegerField(
                label=_("%(naam)s: score van 0 tot %(max)s") % {"naam": c.naam, "max": c.max_score},
                help_text=c.uitleg,
                min_value=0,
                max_value=c.max_score,
            )
            toelichting = forms.CharField(
                label=_("Toelichting bij %(naam)s") % {"naam": c.naam},
                help_text=_("Kort: waarom deze score? Verplicht bij een score van %(drempel)s of lager.")
                % {"drempel": jury.toelichting_drempel(c.max_score)},
                widget=forms.Textarea(attrs={"rows": 2}),
                max_length=jury.TOELICHTING_MAX,
                required=False,
            )
            toelichting.verplicht_bij_indienen = True  # sometimes required: no "optioneel" label
            self.fields[f"toelichting_{c.pk}"] = toelichting
        self.order_fields(
            [naam for c in criteria for naam in (f"criterium_{c.pk}", f"toelichting_{c.pk}")]
            + ["advies", "motivering"]
        )

    def clean(self):
        gegevens = super().clean()
        for c in self.criteria:
            punten = gegevens.get(f"criterium_{c.pk}")
            if (
                punten is not None
                and jury.toelichting_verplicht(punten, c.max_score)
                and not gegevens.get(f"toelichting_{c.pk}")
            ):
                self.add_error(
                    f"toelichting_{c.pk}",
                    _("Leg uit waarom je %(punten)s op %(max)s geeft.")
                    % {"punten": punten, "max": c.max_score},
                )
        return gegevens

    def per_criterium(self) -> list[tuple]:
        """(criterium, score field, motivation field) for the page, one frame per criterion."""
        return [(c, self[f"criterium_{c.pk}"], self[f"toelichting_{c.pk}"]) for c in self.criteria]

    def service_argumenten(self) -> dict:
        d = self.cleaned_data
        return {
            "punten": {c.pk: d[f"criterium_{c.pk}"] for c in self.criteria},
            "toelichtingen": {c.pk: d[f"toelichting_{c.pk}"] for c in self.criteria},
            "advies": d["advies"],
            "motivering": d["motivering"],
        }


class VerantwoordingForm(forms.Form):
    """The final report. Before the activity's end date it asks why it is filed already (the
    activity was cancelled or stopped early); the rules themselves are in
    ``services.betalingen.verantwoording_indienen``, whose refusals the view shows here."""

    reden_vroeger = forms.CharField(
        label=_("Waarom dien je nu al in?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
    )
    wat_gebeurde = forms.CharField(
        label=_("Wat is er gebeurd?"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=6000,
        help_text=_("Vertel kort hoe de activiteit verliep en wat ze opleverde."),
    )
    deelnemers_bereikt = forms.IntegerField(
        label=_("Hoeveel mensen deden mee?"),
        min_value=0,
        error_messages={"min_value": _("Vul 0 of meer in."), "invalid": _("Vul een aantal in met cijfers.")},
    )
    echte_kosten = BedragField(label=_("Wat kostte het echt? (€)"), min_value=0)
    echte_inkomsten = BedragField(label=_("Welke inkomsten had je? (€)"), min_value=0, initial=0)
    bewijs = VeiligBestandField(
        label=_("Bewijs van de kosten (facturen, kastickets)"),
        required=False,
        help_text=_("Eén bestand: een PDF met al je bewijzen, of een foto."),
    )

    def __init__(self, *args, aanvraag: Aanvraag, **kwargs):
        super().__init__(*args, **kwargs)
        if voor_einddatum(aanvraag):
            veld = self.fields["reden_vroeger"]
            veld.help_text = _(
                "Je activiteit loopt tot %(datum)s. Ging ze niet door, of stopte ze vroeger? Schrijf dat hier."
            ) % {"datum": date_format(aanvraag.einddatum, "j F Y")}
            veld.error_messages["required"] = _("Schrijf waarom je de verantwoording nu al indient.")
        else:
            del self.fields["reden_vroeger"]


class NoodsteunForm(forms.Form):
    """Accepting an emergency grant: whether the association rents on the private market."""

    huur = forms.ChoiceField(
        choices=[("nee", _("Nee")), ("ja", _("Ja, we huren op de private markt"))],
        widget=forms.RadioSelect,
        initial="nee",
    )

    def __init__(self, *args, ronde, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["huur"].label = _(
            "Huren jullie een lokaal op de private markt? Dan krijgen jullie %(b)s per maand, %(m)s maanden lang."
        ) % {"b": bedrag_tekst(ronde.huur_per_maand), "m": ronde.huur_maanden}
