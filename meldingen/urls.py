from django.urls import path

from meldingen.views import cijfers, melden, opvolgen

app_name = "meldingen"

urlpatterns = [
    path("", melden.melden, name="index"),
    path("verstuurd/", melden.verstuurd, name="verstuurd"),
    path("weg/", melden.snel_weg, name="weg"),
    path("opvolgen/", opvolgen.opvolgen, name="opvolgen"),
    path("opvolgen/melding/", opvolgen.melding, name="opvolgen-melding"),
    path("opvolgen/bericht/", opvolgen.bericht, name="opvolgen-bericht"),
    path("opvolgen/bewijs/", opvolgen.bewijs, name="opvolgen-bewijs"),
    path("opvolgen/toestemming/", opvolgen.toestemming, name="opvolgen-toestemming"),
    path("opvolgen/stoppen/", opvolgen.stoppen, name="opvolgen-stoppen"),
    path("cijfers/", cijfers.cijfers, name="cijfers"),
    path("cijfers/<jaar:jaar>/jaarrapport.pdf", cijfers.jaarrapport_pdf, name="jaarrapport"),
]
