from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from erkenning import urls as erkenning_urls
from gelijkekansen.accounts import views as accounts_views
from gelijkekansen.core import views as core_views

admin.site.site_header = _("Welzijn en Gelijke Kansen: backoffice")
admin.site.site_title = _("Backoffice Welzijn en Gelijke Kansen")
admin.site.index_title = _("Dossiers en gegevens")

urlpatterns = [
    path("", include("gelijkekansen.core.urls")),
    path("mijn/", include("gelijkekansen.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("i18n/setlang/", core_views.taal_kiezen, name="set_language"),
    # One login for the whole portal: the back office's own login and logout go through allauth
    # (lock-out, two-factor). Before admin/, so these paths win; reverse("admin:login") still works.
    path("admin/login/", accounts_views.backoffice_aanmelden),
    path("admin/logout/", accounts_views.backoffice_afmelden),
    path("admin/", admin.site.urls),
    path("subsidies/", include("subsidies.urls")),
    path("erkenning/", include("erkenning.urls")),
    path("verenigingen/", include((erkenning_urls.gids_urlpatterns, "erkenning"), namespace="verenigingen")),
    path("melden/", include("meldingen.urls")),
    path("vrijwilligers/", include("vrijwilligers.urls")),
    path("signalen/", include("signalen.urls")),
    path("toegankelijkheid/", include("toegankelijkheid.urls")),
]

handler403 = "gelijkekansen.core.views.geen_toegang"
handler404 = "gelijkekansen.core.views.niet_gevonden"
handler500 = "gelijkekansen.core.views.serverfout"
