"""The public list of a plan's actions (/toegankelijkheid/<plan>/acties/), filtered with
django-filter; every choice is in the URL, so a filtered list can be shared."""

import django_filters as df
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.forms import FilterForm
from gelijkekansen.core.models import Organisatie
from gelijkekansen.core.models.organisaties import OrganisatieSoort
from toegankelijkheid.constants import ActieStatus, PlanStatus
from toegankelijkheid.models import Domein, Resultaatsgebied


class ActieFilter(df.FilterSet):
    q = df.CharFilter(label=_("Zoek een woord"), method="zoeken")
    domein = df.ModelChoiceFilter(
        label=_("Domein"),
        field_name="resultaatsgebied__domein",
        queryset=Domein.objects.all(),
        to_field_name="code",
        empty_label=_("Alle domeinen"),
    )
    gebied = df.ModelChoiceFilter(
        label=_("Resultaatsgebied"),
        field_name="resultaatsgebied",
        queryset=Resultaatsgebied.objects.all(),
        to_field_name="nummer",
        empty_label=_("Alle resultaatsgebieden"),
    )
    status = df.ChoiceFilter(label=_("Status"), choices=ActieStatus.choices, empty_label=_("Alle"))
    dienst = df.ModelChoiceFilter(
        label=_("Verantwoordelijke dienst"),
        field_name="trekker",
        # Only services of published plans: a draft plan's services are not known yet.
        queryset=Organisatie.objects.filter(
            soort=OrganisatieSoort.STADSDIENST,
            toegankelijkheidsacties__actieplan__status__in=[PlanStatus.GEPUBLICEERD, PlanStatus.AFGESLOTEN],
        )
        .distinct()
        .order_by("naam"),
        empty_label=_("Alle diensten"),
    )

    class Meta:
        form = FilterForm

    def zoeken(self, queryset, name, value):
        for woord in value.split()[:5]:
            queryset = queryset.filter(
                Q(titel__icontains=woord) | Q(wat__icontains=woord) | Q(partners__icontains=woord)
            )
        return queryset
