"""Security configuration a visitor's browser relies on."""

import pytest
from django.urls import reverse

from tests.factories import WACHTWOORD


def test_elke_pagina_heeft_strikte_csp_en_beveiligingsheaders(client, db):
    antwoord = client.get("/")
    csp = antwoord["Content-Security-Policy"]
    for regel in ["script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]:
        assert regel in csp
    assert "unsafe-inline" not in csp
    assert antwoord["X-Content-Type-Options"] == "nosniff"
    assert antwoord["Referrer-Policy"] == "same-origin"
    assert "camera=()" in antwoord["Permissions-Policy"]
    assert antwoord["X-Frame-Options"] == "DENY"


def test_paginas_met_persoonsgegevens_worden_niet_bewaard(client, burger):
    client.force_login(burger)
    assert "no-store" in client.get(reverse("accounts:mijn"))["Cache-Control"]
    assert "no-store" in client.get("/")["Cache-Control"]


def test_geen_inline_scripts_in_de_paginas(client, burger):
    import re

    client.force_login(burger)
    for url in ["/", reverse("accounts:mijn"), reverse("account_login")]:
        html = client.get(url).text
        for script in re.findall(r"<script[^>]*>", html):
            assert "src=" in script, f"inline script op {url}: {script}"
        assert " style=" not in html, f"inline style op {url}"


@pytest.mark.parametrize("methode", ["put", "delete", "patch"])
def test_onverwachte_methodes_krijgen_405(client, burger, methode):
    client.force_login(burger)
    for url in ["/", reverse("accounts:mijn"), reverse("core:toegankelijkheid"), reverse("set_language")]:
        assert getattr(client, methode)(url).status_code == 405, url


def test_next_leidt_alleen_naar_het_portaal(client, burger):
    antwoord = client.post(
        reverse("account_login") + "?next=https://kwaadaardig.example.com/",
        {"login": burger.email, "password": WACHTWOORD},
    )
    assert antwoord.status_code == 302
    assert antwoord.url == reverse("accounts:mijn")
    antwoord = client.post(
        reverse("set_language"), {"language": "en", "next": "https://kwaadaardig.example.com/"}
    )
    assert antwoord.url == "/"


def test_aanmelden_wordt_vergrendeld_na_te_veel_pogingen(client, burger):
    for _ in range(5):
        client.post(reverse("account_login"), {"login": burger.email, "password": "fout"})
    antwoord = client.post(reverse("account_login"), {"login": burger.email, "password": WACHTWOORD})
    # Even the right password is refused while the lock lasts.
    assert antwoord.status_code in (200, 429)
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("accounts:mijn")).status_code == 302


def test_sessie_verloopt_bij_inactiviteit_en_kan_verlengd_worden(client, burger, settings):
    client.force_login(burger)
    html = client.get(reverse("accounts:mijn")).text
    assert 'id="sessie-waarschuwing"' in html
    assert f'data-duur="{settings.SESSION_COOKIE_AGE}"' in html
    assert client.post(reverse("core:sessie-verlengen")).status_code == 204
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE


def test_afmelden_met_get_verandert_niets(client, burger):
    client.force_login(burger)
    client.get(reverse("account_logout"))
    assert client.get(reverse("accounts:mijn")).status_code == 200


def test_productie_gebruikt_hsts_en_host_cookies():
    from tests.core.test_settings import PRODUCTIE, _django

    code = (
        "from django.conf import settings as s; "
        "print(s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_NAME, s.CSRF_COOKIE_NAME, s.SESSION_COOKIE_SECURE)"
    )
    resultaat = _django(["shell", "-c", code], PRODUCTIE)
    assert resultaat.stdout.split()[-4:] == ["31536000", "__Host-sessionid", "__Host-csrftoken", "True"]
