from django.urls import path

from erkenning import views

app_name = "erkenning"

urlpatterns = [
    path("", views.index, name="index"),
    # A signed organisation id (services/gids.py, organisatie_sleutel): not one to count up.
    path("organisaties/<str:sleutel>/gids/", views.vermelding_bewerken, name="vermelding-bewerken"),
]

# The public directory lives at /verenigingen/ (gelijkekansen/urls.py), namespace "verenigingen".
gids_urlpatterns = [
    path("", views.gids_lijst, name="lijst"),
    path("<uuid:sleutel>/", views.gids_vereniging, name="vereniging"),
]
