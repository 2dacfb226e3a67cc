"""A dossier whose admin change form is its own work page (the Behandelen pattern, DESIGN §5.6):
the admin's change address leads there, after the role check — it must not tell another role
which files exist — and only for rows the admin's queryset shows."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path

from gelijkekansen.accounts.toegang import vereis_rol
from gelijkekansen.core.validators import id_lezen


class WerkpaginaAdmin(admin.ModelAdmin):
    werkpagina_rol: str  # the role that works here
    werkpagina_naam: str  # URL name of the work page, in the admin namespace
    werkpagina_pad = "<uuid:sleutel>/behandelen/"
    werkpagina_view = None  # staticmethod(view), the view gets (request, sleutel)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        vereis_rol(request.user, self.werkpagina_rol)
        if request.method != "GET":
            raise PermissionDenied
        pk = id_lezen(object_id)
        obj = self.get_queryset(request).filter(pk=pk).only("sleutel").first() if pk else None
        if obj is None:
            raise Http404
        return redirect(f"admin:{self.werkpagina_naam}", sleutel=obj.sleutel)

    def get_urls(self):
        werkpagina = path(
            self.werkpagina_pad, self.admin_site.admin_view(self.werkpagina_view), name=self.werkpagina_naam
        )
        return [werkpagina, *super().get_urls()]
