from django.views.decorators.http import require_GET

from gelijkekansen.core.views import dienst_pagina


@require_GET
def index(request):
    return dienst_pagina(request, "signalen")
