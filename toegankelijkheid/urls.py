from django.urls import path

from toegankelijkheid.views import adviesraad, diensten, publiek

app_name = "toegankelijkheid"

urlpatterns = [
    path("", publiek.index, name="index"),
    path("plannen/<slug:slug>/", publiek.plan, name="plan"),
    path("plannen/<slug:slug>/pdf/", publiek.plan_pdf, name="plan-pdf"),
    path("plannen/<slug:slug>/acties/", publiek.acties, name="acties"),
    path("plannen/<slug:slug>/acties.csv", publiek.acties_csv, name="acties-csv"),
    path("plannen/<slug:slug>/acties.json", publiek.acties_json, name="acties-json"),
    path("plannen/<slug:slug>/evaluaties/<jaar:jaar>/", publiek.evaluatie, name="evaluatie"),
    path("plannen/<slug:slug>/evaluaties/<jaar:jaar>/pdf/", publiek.evaluatie_pdf, name="evaluatie-pdf"),
    path("acties/<uuid:sleutel>/", publiek.actie, name="actie"),
    path("adviezen/<uuid:sleutel>/", publiek.advies, name="advies"),
    # a city service's members
    path("mijn-acties/", diensten.mijn_acties, name="mijn-acties"),
    path("acties/<uuid:sleutel>/bijwerken/", diensten.actie_bijwerken, name="actie-bijwerken"),
    # an advisory council's members
    path("advies-geven/", adviesraad.adviezen, name="adviezen"),
    path("advies-geven/nieuw/", adviesraad.advies_bewerken, name="advies-nieuw"),
    path("advies-geven/<uuid:sleutel>/", adviesraad.advies_bewerken, name="advies-bewerken"),
]
