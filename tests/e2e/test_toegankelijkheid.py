"""WCAG 2.1 AA: axe-core finds 0 violations on every page state, and every page reflows at 320 px."""

import json
import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse

from tests.e2e.scan import SCANS, maak_persona
from tests.toegang.matrix import MATRIX

AXE_OPTIES = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
ARTEFACTEN = Path(os.environ.get("TEST_ARTIFACTS", "var/test-artifacts")) / "axe"


def test_scan_dekt_elke_html_pagina():
    gescand = {scan.naam for scan in SCANS}
    ontbrekend = sorted(naam for naam, regel in MATRIX.items() if regel.html and naam not in gescand)
    assert not ontbrekend, (
        f"HTML pages not in the accessibility scan: {ontbrekend}. Add them to tests/e2e/scan.py."
    )


def _url(scan, persona) -> str:
    if scan.naam == "404":
        return "/deze-pagina-bestaat-niet/"
    return reverse(scan.naam, kwargs=scan.kwargs(persona) if scan.kwargs else None)


@pytest.mark.parametrize("scan", SCANS, ids=lambda s: s.id)
def test_pagina_is_toegankelijk(pagina, aanmelden, scan):
    persona = maak_persona(scan.persona)
    if persona:
        aanmelden(persona)
    pagina.goto(_url(scan, persona))
    if scan.actie:
        scan.actie(pagina)

    resultaat = Axe().run(pagina, options=AXE_OPTIES)
    if resultaat.violations_count:
        ARTEFACTEN.mkdir(parents=True, exist_ok=True)
        bestand = ARTEFACTEN / f"{scan.id.replace(':', '_').replace(' ', '_')}.json"
        bestand.write_text(json.dumps(resultaat.response["violations"], indent=2))
    assert resultaat.violations_count == 0, resultaat.generate_report()

    pagina.set_viewport_size({"width": 320, "height": 640})
    breedte = pagina.evaluate("document.documentElement.scrollWidth")
    assert breedte <= 320, f"horizontal scrolling at 320 px: the page is {breedte} px wide"
