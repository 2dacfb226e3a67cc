"""The ceiling for `make bench`: the cheapest page that still runs the whole middleware stack.

Every other page's requests/s is compared with this one, so the table shows what a page costs
on top of Django itself. Only routed when ``BENCH_ENDPOINTS=1`` (see core/urls.py).
"""

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_GET


@require_GET
def hallo(request: HttpRequest) -> HttpResponse:
    return HttpResponse("hallo")
