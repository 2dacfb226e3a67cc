from django.urls import path

from subsidies.views import aanvrager, evaluatie, jury, noodfonds, publiek

app_name = "subsidies"

urlpatterns = [
    # Everyone
    path("", publiek.index, name="index"),
    path("kan-ik-aanvragen/", publiek.geschiktheid, name="geschiktheid"),
    path("oproepen/<uuid:oproep_id>/starten/", aanvrager.starten, name="aanvraag-starten"),
    # The applicant's own file
    path("aanvragen/<uuid:aanvraag_id>/", aanvrager.detail, name="aanvraag-detail"),
    path(
        "aanvragen/<uuid:aanvraag_id>/bewerken/<slug:sectie>/", aanvrager.bewerken, name="aanvraag-bewerken"
    ),
    path("aanvragen/<uuid:aanvraag_id>/controleren/", aanvrager.controleren, name="aanvraag-controleren"),
    path("aanvragen/<uuid:aanvraag_id>/indienen/", aanvrager.indienen, name="aanvraag-indienen"),
    path("aanvragen/<uuid:aanvraag_id>/ingediend/", aanvrager.bevestiging, name="aanvraag-bevestiging"),
    path(
        "aanvragen/<uuid:aanvraag_id>/ontvangstbewijs/",
        aanvrager.ontvangstbewijs,
        name="aanvraag-ontvangstbewijs",
    ),
    path(
        "aanvragen/<uuid:aanvraag_id>/beslissing/",
        aanvrager.beslissingsbrief,
        name="aanvraag-beslissingsbrief",
    ),
    path("aanvragen/<uuid:aanvraag_id>/bericht/", aanvrager.bericht, name="aanvraag-bericht"),
    path("aanvragen/<uuid:aanvraag_id>/aanvullen/", aanvrager.aanvullen, name="aanvraag-aanvullen"),
    path("aanvragen/<uuid:aanvraag_id>/intrekken/", aanvrager.intrekken, name="aanvraag-intrekken"),
    path(
        "aanvragen/<uuid:aanvraag_id>/verantwoording/",
        aanvrager.verantwoording,
        name="aanvraag-verantwoording",
    ),
    path(
        "aanvragen/<uuid:aanvraag_id>/bijlagen/<uuid:bijlage_id>/", aanvrager.bijlage, name="aanvraag-bijlage"
    ),
    # The corona emergency fund: an association's grant, to accept
    path("noodfonds/<uuid:sleutel>/", noodfonds.steun, name="noodsteun"),
    # The test-year evaluation (case handlers)
    path("evaluatie/", evaluatie.overzicht, name="evaluatie"),
    path("evaluatie/export.csv", evaluatie.csv_export, name="evaluatie-csv"),
    # The jury
    path("jury/", jury.overzicht, name="jury-overzicht"),
    path("jury/<uuid:aanvraag_id>/", jury.beoordelen, name="jury-beoordelen"),
    path("jury/<uuid:aanvraag_id>/bijlagen/<uuid:bijlage_id>/", jury.bijlage, name="jury-bijlage"),
]
