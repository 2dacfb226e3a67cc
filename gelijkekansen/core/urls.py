from django.conf import settings
from django.urls import path

from gelijkekansen.core import bench, views

app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("health/", views.health_view, name="health"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("toegankelijkheid-van-deze-website/", views.toegankelijkheid, name="toegankelijkheid"),
    path("privacy/", views.privacy, name="privacy"),
    path("werkbak/", views.werkbak, name="werkbak"),
    path("sessie/verlengen/", views.sessie_verlengen, name="sessie-verlengen"),
    path("rapporten/nieuw/<slug:soort>/", views.rapport_aanvragen, name="rapport-aanvragen"),
    path("rapporten/<uuid:rapport_id>/", views.rapport_detail, name="rapport-detail"),
    path("rapporten/<uuid:rapport_id>/status/", views.rapport_status, name="rapport-status"),
    path("rapporten/<uuid:rapport_id>/opnieuw/", views.rapport_opnieuw, name="rapport-opnieuw"),
    path("rapporten/<uuid:rapport_id>/bestand/", views.rapport_bestand, name="rapport-bestand"),
]

# The benchmark ceiling (bench/run.py sets BENCH_ENDPOINTS=1), never routed otherwise.
if settings.BENCH_ENDPOINTS:
    urlpatterns.append(path("bench/hallo/", bench.hallo, name="bench-hallo"))
