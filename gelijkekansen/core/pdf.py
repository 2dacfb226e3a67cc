"""PDFs from Django templates with WeasyPrint, tagged for accessibility (PDF/UA-1).

The document title comes from the template's <title>, the language from <html lang>: screen
readers need both. WeasyPrint is imported inside the functions: it loads native libraries
(pango) that web requests and tests without PDFs should not pay for.
"""

from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation

_BASIS = "https://portaal.invalid/"


def _fetcher():
    from weasyprint.urls import URLFetcher

    class StaticFetcher(URLFetcher):
        """Serves {% static %} paths from disk; refuses every other URL (no network)."""

        def fetch(self, url, headers=None):
            if url.startswith(_BASIS):
                pad = url.removeprefix(_BASIS).removeprefix(settings.STATIC_URL.lstrip("/"))
                gevonden = finders.find(pad.split("?")[0])
                if not gevonden:
                    raise ValueError(f"static file not found for PDF: {pad}")
                url = Path(gevonden).as_uri()
            return super().fetch(url, headers)

    return StaticFetcher(allowed_protocols={"file", "data"}, fail_on_errors=True)


def render_pdf(template: str, context: dict | None = None, *, taal: str | None = None) -> bytes:
    from weasyprint import HTML

    with translation.override(taal or translation.get_language() or settings.LANGUAGE_CODE):
        html = render_to_string(template, context or {})
    document = HTML(string=html, base_url=_BASIS, url_fetcher=_fetcher())
    return document.write_pdf(pdf_variant="pdf/ua-1")
