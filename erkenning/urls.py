from django.urls import path

import gelijkekansen.core.converters  # noqa: F401 (registers <jaar:>)
from erkenning.views import aanvraag, gids, instappunt, jaarverslag, organisaties

app_name = "erkenning"

urlpatterns = [
    path("", gids.index, name="index"),
    path("aanvragen/", aanvraag.starten, name="starten"),
    # The association's own file (a UUID: not a number to count up)
    path("erkenningen/<uuid:sleutel>/", aanvraag.detail, name="detail"),
    path("erkenningen/<uuid:sleutel>/bewerken/<slug:sectie>/", aanvraag.bewerken, name="bewerken"),
    path("erkenningen/<uuid:sleutel>/controleren/", aanvraag.controleren, name="controleren"),
    path("erkenningen/<uuid:sleutel>/indienen/", aanvraag.indienen, name="indienen"),
    path("erkenningen/<uuid:sleutel>/verwijderen/", aanvraag.verwijderen, name="verwijderen"),
    path("erkenningen/<uuid:sleutel>/bericht/", aanvraag.bericht, name="bericht"),
    path("erkenningen/<uuid:sleutel>/brieven/<uuid:brief_id>/", aanvraag.brief, name="brief"),
    path("erkenningen/<uuid:sleutel>/bijlagen/<uuid:bijlage_id>/", aanvraag.bijlage, name="bijlage"),
    path("organisaties/nieuw/", organisaties.registreren, name="organisatie-registreren"),
    # The instappunt: one question, one answer
    path("vragen/nieuw/", instappunt.stellen, name="vraag-stellen"),
    path("vragen/<uuid:sleutel>/", instappunt.vraag, name="vraag"),
    # A signed organisation id (services/gids.py, organisatie_sleutel): not one to count up.
    path("organisaties/<str:sleutel>/gids/", gids.vermelding_bewerken, name="vermelding-bewerken"),
    path("organisaties/<str:sleutel>/gegevens/", organisaties.gegevens, name="organisatie-gegevens"),
    path("organisaties/<str:sleutel>/jaarverslag/<jaar:jaar>/", jaarverslag.jaarverslag, name="jaarverslag"),
]

# The public directory lives at /verenigingen/ (gelijkekansen/urls.py), namespace "verenigingen".
gids_urlpatterns = [
    path("", gids.gids_lijst, name="lijst"),
    path("<uuid:sleutel>/", gids.gids_vereniging, name="vereniging"),
]
