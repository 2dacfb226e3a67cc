"""Keyboard-only use: skip link, visible focus, sign-up and login without a mouse."""

import re

from django.core import mail

from gelijkekansen.accounts.models import User
from tests.factories import WACHTWOORD, UserFactory


def _focus_zichtbaar(page) -> bool:
    return page.evaluate(
        """() => {
            const stijl = getComputedStyle(document.activeElement);
            const omlijnd = stijl.outlineStyle !== 'none' && parseFloat(stijl.outlineWidth) > 0;
            return omlijnd || stijl.boxShadow !== 'none';
        }"""
    )


def _tab_tot(page, selector: str, maximum: int = 40) -> None:
    for _ in range(maximum):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            assert _focus_zichtbaar(page), f"focus on {selector} is not visible"
            return
    raise AssertionError(f"{selector} cannot be reached with Tab")


def test_skiplink_is_de_eerste_tab_en_springt_naar_de_inhoud(pagina):
    pagina.goto("/")
    pagina.keyboard.press("Tab")
    assert pagina.evaluate("document.activeElement.getAttribute('href')") == "#main"
    assert pagina.locator(":focus").is_visible()
    pagina.keyboard.press("Enter")
    assert pagina.evaluate("document.activeElement.id") == "main"


def test_registreren_en_aanmelden_met_alleen_het_toetsenbord(pagina, db):
    pagina.goto("/accounts/signup/")
    _tab_tot(pagina, "#id_email")
    pagina.keyboard.type("toetsenbord@example.org")
    _tab_tot(pagina, "#id_password1")
    pagina.keyboard.type("Gent-Welzijn-2026!")
    _tab_tot(pagina, "#id_password2")
    pagina.keyboard.type("Gent-Welzijn-2026!")
    _tab_tot(pagina, "#id_naam")
    pagina.keyboard.type("Tom Toetsenbord")
    pagina.keyboard.press("Enter")
    pagina.wait_for_url("**/accounts/confirm-email/")
    assert User.objects.filter(email="toetsenbord@example.org", naam="Tom Toetsenbord").exists()

    link = re.search(r"/accounts/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    pagina.goto(link)
    _tab_tot(pagina, "main button[type=submit]")
    pagina.keyboard.press("Enter")
    pagina.wait_for_url("**/mijn/")
    assert "Tom" in pagina.locator("h1 + p").inner_text()


def test_aanmelden_met_het_toetsenbord_en_foutmelding_krijgt_focus(pagina, db):
    UserFactory(email="klavier@example.org")
    pagina.goto("/accounts/login/")
    _tab_tot(pagina, "#id_login")
    pagina.keyboard.type("klavier@example.org")
    _tab_tot(pagina, "#id_password")
    pagina.keyboard.type("fout-wachtwoord")
    pagina.keyboard.press("Enter")
    pagina.wait_for_selector("#foutenoverzicht")
    assert pagina.evaluate("document.activeElement.id") == "foutenoverzicht"

    _tab_tot(pagina, "#id_password")
    pagina.keyboard.type(WACHTWOORD)
    pagina.keyboard.press("Enter")
    pagina.wait_for_url("**/mijn/")


def test_sessiewaarschuwing_kan_met_het_toetsenbord_verlengd_worden(pagina, aanmelden, settings):
    from axe_playwright_python.sync_playwright import Axe

    from tests.e2e.test_toegankelijkheid import AXE_OPTIES

    settings.SESSION_COOKIE_AGE = 122  # the warning opens 2 minutes before the end: after 2 s
    aanmelden(UserFactory())
    pagina.goto("/mijn/")
    dialoog = pagina.locator("#sessie-waarschuwing")
    dialoog.wait_for(state="visible", timeout=8000)
    assert Axe().run(pagina, options=AXE_OPTIES).violations_count == 0
    assert pagina.evaluate("document.activeElement.textContent.trim()") == "Aangemeld blijven"
    with pagina.expect_response("**/sessie/verlengen/") as antwoord:
        pagina.keyboard.press("Enter")
    assert antwoord.value.status == 204
    dialoog.wait_for(state="hidden")


def test_axe_vindt_echte_fouten(pagina):
    """The scan itself can fail: a page with an unlabeled field and an image without alt text."""
    from axe_playwright_python.sync_playwright import Axe

    from tests.e2e.test_toegankelijkheid import AXE_OPTIES

    pagina.set_content('<html><body><img src="x.png"><input type="text"></body></html>')
    resultaat = Axe().run(pagina, options=AXE_OPTIES)
    gevonden = {v["id"] for v in resultaat.response["violations"]}
    assert {"image-alt", "label", "html-has-lang"} <= gevonden
