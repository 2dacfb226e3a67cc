"""The public directory of recognised associations (/verenigingen/), filtered with django-filter."""

import django_filters as df
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from erkenning.constants import Categorie
from gelijkekansen.core.forms import FilterForm
from gelijkekansen.core.models import Doelgroep, Wijk


class GidsFilter(df.FilterSet):
    q = df.CharFilter(label=_("Zoek op naam of woord"), method="zoeken")
    categorie = df.ChoiceFilter(
        label=_("Soort vereniging"), choices=Categorie.choices, empty_label=_("Alle"), method="in_categorie"
    )
    doelgroep = df.ModelChoiceFilter(
        label=_("Voor wie"),
        field_name="doelgroepen",
        queryset=Doelgroep.objects.all(),
        empty_label=_("Iedereen"),
    )
    wijk = df.ModelChoiceFilter(
        label=_("Wijk"),
        field_name="wijk",
        queryset=Wijk.objects.order_by("nummer"),
        empty_label=_("Heel Gent"),
    )

    class Meta:
        form = FilterForm

    def zoeken(self, queryset, name, value):
        for woord in value.split()[:5]:
            queryset = queryset.filter(
                Q(naam__icontains=woord) | Q(vermelding__voorstelling__icontains=woord)
            )
        return queryset

    def in_categorie(self, queryset, name, value):
        from erkenning.services.gids import erkend_in

        return queryset.filter(erkend_in(value))
