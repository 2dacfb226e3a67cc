from django.urls import path

from gelijkekansen.core import views

app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("health/", views.health_view, name="health"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("toegankelijkheid-van-deze-website/", views.toegankelijkheid, name="toegankelijkheid"),
    path("privacy/", views.privacy, name="privacy"),
    path("rapporten/nieuw/<slug:soort>/", views.rapport_aanvragen, name="rapport-aanvragen"),
    path("rapporten/<uuid:rapport_id>/", views.rapport_detail, name="rapport-detail"),
    path("rapporten/<uuid:rapport_id>/status/", views.rapport_status, name="rapport-status"),
    path("rapporten/<uuid:rapport_id>/opnieuw/", views.rapport_opnieuw, name="rapport-opnieuw"),
    path("rapporten/<uuid:rapport_id>/bestand/", views.rapport_bestand, name="rapport-bestand"),
]
