"""The Meldpunt's work list (django-filter). No filter reads an encrypted field: the search
finds a report by its reference (MLD-1A2B3C4D); the rest are the report's coded fields."""

from datetime import timedelta

import django_filters as df
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.forms import FilterForm
from meldingen.constants import Kanaal, Levensdomein, MeldingStatus, Soort
from meldingen.models import Grond, Melding

OUDER_DAN = {"week": 7, "maand": 30, "kwartaal": 91}


class WerklijstFilter(df.FilterSet):
    q = df.CharFilter(
        label=_("Nummer"), method="op_nummer", help_text=_("Het nummer van de melding, bv. MLD-1A2B3C4D.")
    )
    # Closed reports only when asked (the list is for work; closing is the end of it), or found
    # by their number whatever their status.
    status = df.ChoiceFilter(
        label=_("Status"),
        choices=[("alle", _("Alle, ook afgesloten")), *MeldingStatus.choices],
        empty_label=_("Alle open meldingen"),
        method="op_status",
    )
    soort = df.ChoiceFilter(label=_("Soort"), choices=Soort.choices, empty_label=_("Alle"))
    grond = df.ChoiceFilter(label=_("Grond"), field_name="gronden", choices=[], empty_label=_("Alle"))
    levensdomein = df.ChoiceFilter(
        label=_("Levensdomein"), choices=Levensdomein.choices, empty_label=_("Alle")
    )
    kanaal = df.ChoiceFilter(label=_("Kanaal"), choices=Kanaal.choices, empty_label=_("Alle"))
    dossier = df.ChoiceFilter(
        label=_("Melding of dossier"),
        field_name="is_dossier",
        choices=[("1", _("Dossiers")), ("0", _("Meldingen zonder dossier"))],
        empty_label=_("Alle"),
        method="op_dossier",
    )
    ouderdom = df.ChoiceFilter(
        label=_("Ontvangen"),
        choices=[
            ("week", _("meer dan een week geleden")),
            ("maand", _("meer dan een maand geleden")),
            ("kwartaal", _("meer dan drie maanden geleden")),
        ],
        empty_label=_("Altijd"),
        method="ouder_dan",
    )
    bericht = df.ChoiceFilter(
        label=_("Berichten"),
        choices=[("ongelezen", _("Met een nieuw bericht van de melder"))],
        empty_label=_("Alle"),
        method="met_ongelezen",
    )
    vijfhoek = df.ChoiceFilter(
        label=_("Vijfhoeksoverleg"),
        choices=[("1", _("Alleen voor het Vijfhoeksoverleg"))],
        empty_label=_("Alle"),
        method="in_vijfhoek",
    )
    # The default order (newest first) follows the index melding_ontvangen_idx.
    o = df.OrderingFilter(fields=(("ontvangen_op", "ontvangen"), ("status", "status"), ("soort", "soort")))

    class Meta:
        form = FilterForm

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["grond"].extra["choices"] = [(g.code, str(g)) for g in Grond.objects.all()]

    def op_nummer(self, queryset, name, value):
        from meldingen.querysets import id_begin

        begin = id_begin(value)
        return queryset.filter(id__startswith=begin) if begin else queryset.none()

    def op_status(self, queryset, name, value):
        return queryset if value == "alle" else queryset.filter(status=value)

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        gegevens = self.form.cleaned_data
        if not gegevens.get("status") and not gegevens.get("q"):
            queryset = queryset.exclude(status=MeldingStatus.AFGESLOTEN)
        return queryset

    def op_dossier(self, queryset, name, value):
        return queryset.filter(is_dossier=value == "1")

    def ouder_dan(self, queryset, name, value):
        return queryset.filter(ontvangen_op__lt=timezone.now() - timedelta(days=OUDER_DAN[value]))

    def met_ongelezen(self, queryset, name, value):
        from gelijkekansen.core import berichten
        from gelijkekansen.core.models import Bericht, Kant

        return queryset.filter(
            pk__in=berichten.dossier_ids(Melding, Bericht.objects.ongelezen_voor(Kant.DIENST))
        )

    def in_vijfhoek(self, queryset, name, value):
        return queryset.filter(vijfhoek=True)
