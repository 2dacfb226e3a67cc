"""The case handler's work list: which files, in which order (django-filter).

Every choice comes from a small table or a fixed list: no filter counts the files or lists every
user. A draft is still the citizen's, so the list leaves drafts out unless asked ("Concept", or
"Alle, ook concepten"); a search by reference finds a file in any status (the citizen on the
phone may be stuck in a draft)."""

import django_filters as df
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.core.forms import FilterForm
from gelijkekansen.core.models import Wijk
from subsidies.constants import AanvraagStatus, AanvragerSoort, Reikwijdte
from subsidies.models import Oproep
from subsidies.querysets import zoekt_op_nummer

ALLE = "alle"
GEEN_COACH = "geen"
BEDRAGEN = {"tot-1000": (0, 1000), "1000-2500": (1000, 2500), "vanaf-2500": (2500, 10**9)}


def _coaches() -> list[tuple[str, str]]:
    """The case handlers (the only possible coaches): a few rows through the role."""
    mensen = (
        get_user_model()
        .objects.filter(groups__name=Rol.DOSSIERBEHANDELAAR_SUBSIDIES)
        .order_by("naam", "email")
    )
    return [(GEEN_COACH, _("Zonder coach")), *((str(u.pk), str(u)) for u in mensen)]


class WerklijstFilter(df.FilterSet):
    q = df.CharFilter(
        label=_("Zoeken"),
        method="zoeken",
        help_text=_("Nummer (SAZ-50B4FFF5), titel, aanvrager (naam of e-mail) of organisatie."),
    )
    status = df.ChoiceFilter(
        label=_("Status"),
        choices=[(ALLE, _("Alle, ook concepten")), *AanvraagStatus.choices],
        empty_label=_("Alle behalve concepten"),
        method="op_status",
    )
    te_laat = df.ChoiceFilter(
        label=_("Wacht te lang"), choices=[("ja", _("Ja"))], empty_label=_("Alle"), method="wacht_te_lang"
    )
    oproep = df.ChoiceFilter(label=_("Oproep"), choices=[], empty_label=_("Alle"))
    reikwijdte = df.ChoiceFilter(label=_("Waar"), choices=Reikwijdte.choices, empty_label=_("Alle"))
    wijk = df.ChoiceFilter(label=_("Wijk"), field_name="wijken", choices=[], empty_label=_("Alle"))
    aanvrager_soort = df.ChoiceFilter(
        label=_("Wie vraagt aan"), choices=AanvragerSoort.choices, empty_label=_("Alle")
    )
    coach = df.ChoiceFilter(label=_("Coach"), choices=[], empty_label=_("Alle"), method="met_coach")
    bedrag = df.ChoiceFilter(
        label=_("Gevraagd bedrag"),
        choices=[
            ("tot-1000", _("tot € 1.000")),
            ("1000-2500", _("€ 1.000 tot € 2.499,99")),
            ("vanaf-2500", _("vanaf € 2.500")),
        ],
        empty_label=_("Alle"),
        method="gevraagd_tussen",
    )
    # The default order (newest first) follows the index aanvraag_werklijst_idx.
    o = df.OrderingFilter(
        fields=(
            ("pk", "nummer"),
            ("titel", "titel"),
            ("status", "status"),
            ("gevraagd_bedrag", "gevraagd"),
            ("toegekend_bedrag", "toegekend"),
            ("ingediend_op", "ingediend"),
        )
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Choices of small tables, read per request as plain lists (a model choice field would
        # count them and open a server-side cursor for each).
        self.filters["coach"].extra["choices"] = _coaches()
        self.filters["oproep"].extra["choices"] = [
            (str(o.pk), str(o)) for o in Oproep.objects.order_by("-open_vanaf")
        ]
        self.filters["wijk"].extra["choices"] = [(str(w.pk), str(w)) for w in Wijk.objects.order_by("nummer")]

    def zoeken(self, queryset, name, value):
        return queryset.zoek(value)

    def op_status(self, queryset, name, value):
        return queryset if value == ALLE else queryset.filter(status=value)

    def wacht_te_lang(self, queryset, name, value):
        return queryset.te_laat()

    def met_coach(self, queryset, name, value):
        if value == GEEN_COACH:
            return queryset.filter(coach__isnull=True)
        return queryset.filter(coach_id=int(value))

    def gevraagd_tussen(self, queryset, name, value):
        laag, hoog = BEDRAGEN[value]
        return queryset.filter(gevraagd_bedrag__gte=laag, gevraagd_bedrag__lt=hoog)

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        gegevens = self.form.cleaned_data
        if not gegevens.get("status") and not zoekt_op_nummer(gegevens.get("q") or ""):
            queryset = queryset.exclude(status=AanvraagStatus.CONCEPT)
        return queryset


class NoodfondsFilter(df.FilterSet):
    """The recognised associations the staff pick from for the emergency fund."""

    q = df.CharFilter(label=_("Naam"), method="zoeken")
    categorie = df.ChoiceFilter(
        label=_("Soort vereniging"), choices=[], method="in_categorie", empty_label=_("Alle")
    )
    wijk = df.ModelChoiceFilter(
        label=_("Wijk"),
        field_name="wijk",
        queryset=Wijk.objects.order_by("nummer"),
        empty_label=_("Heel Gent"),
    )
    steun = df.ChoiceFilter(
        label=_("Steun"),
        choices=[("zonder", _("Nog zonder steun")), ("met", _("Al steun gekregen"))],
        empty_label=_("Alle"),
        method="met_of_zonder",
    )

    class Meta:
        form = FilterForm

    def __init__(self, *args, **kwargs):
        from erkenning.constants import Categorie

        super().__init__(*args, **kwargs)
        self.filters["categorie"].extra["choices"] = Categorie.choices

    def zoeken(self, queryset, name, value):
        for woord in value.split()[:5]:
            queryset = queryset.filter(naam__icontains=woord)
        return queryset

    def in_categorie(self, queryset, name, value):
        from erkenning.workflow import GELDIG

        return queryset.filter(erkenningen__categorie=value, erkenningen__status__in=GELDIG).distinct()

    def met_of_zonder(self, queryset, name, value):
        return queryset.filter(noodsteun__isnull=value == "zonder")
