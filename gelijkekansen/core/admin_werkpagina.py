"""A dossier whose admin change form is its own work page (the Behandelen pattern, DESIGN §5.6):
the admin's change address leads there, after the role check — it must not tell another role
which files exist — and only for rows the admin's queryset shows."""

import uuid

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
    werkpagina_veld = "sleutel"  # the UUID field the work page's address carries

    def change_view(self, request, object_id, form_url="", extra_context=None):
        vereis_rol(request.user, self.werkpagina_rol)
        if request.method != "GET":
            raise PermissionDenied
        pk = id_lezen(object_id)
        rijen = self.get_queryset(request)
        if pk is not None:
            obj = rijen.filter(pk=pk).only(self.werkpagina_veld).first()
        else:  # a model whose key is the UUID itself
            obj = rijen.filter(pk=object_id).only("pk").first() if _is_uuid(object_id) else None
        if obj is None:
            raise Http404
        return redirect(f"admin:{self.werkpagina_naam}", sleutel=getattr(obj, self.werkpagina_veld))

    def get_urls(self):
        werkpagina = path(
            self.werkpagina_pad, self.admin_site.admin_view(self.werkpagina_view), name=self.werkpagina_naam
        )
        return [werkpagina, *super().get_urls()]


def _is_uuid(waarde: str) -> bool:
    try:
        uuid.UUID(str(waarde))
    except ValueError:
        return False
    return True
