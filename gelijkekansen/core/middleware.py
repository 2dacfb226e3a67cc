from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers


class TaalMiddleware:
    """Dutch unless the person chose another language with the language switch.

    Unlike Django's LocaleMiddleware the browser's Accept-Language is ignored: the city speaks
    Dutch first (Flemish language law), English and French are a service one chooses.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        gekozen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        taal = gekozen if gekozen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(taal)
        request.LANGUAGE_CODE = taal
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", taal)
        patch_vary_headers(response, ("Cookie",))
        return response


PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=(), interest-cohort=()"
)


class BeveiligingsHeadersMiddleware:
    """Headers Django has no setting for: Permissions-Policy, and no caching of personal pages.

    Every page seen by a logged-in person may show personal data, so browsers and proxies must not
    store it (a shared computer in a library, a back button after logging out).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            response.headers["Cache-Control"] = "no-store, private"
        return response


class VerouderdePaginaMiddleware:
    """A workflow step refused because the object moved on (another person, an old tab) is not a
    server error: the person goes back to the page they came from with the reason, nothing changed.
    Views may catch OngeldigeOvergang themselves for a better place; this is the safety net."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        from django.contrib import messages
        from django.shortcuts import redirect
        from django.utils.http import url_has_allowed_host_and_scheme

        from gelijkekansen.core.workflow import OngeldigeOvergang

        if not isinstance(exception, OngeldigeOvergang):
            return None
        messages.error(request, str(exception))
        terug = request.headers.get("Referer", "")
        if not url_has_allowed_host_and_scheme(terug, {request.get_host()}, request.is_secure()):
            terug = "/"
        return redirect(terug)
