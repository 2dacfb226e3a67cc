import re

from django.core import mail
from django.urls import reverse

from gelijkekansen.accounts.models import User


def test_registreren_bevestigen_en_aanmelden(client, db):
    antwoord = client.post(
        reverse("account_signup"),
        {
            "email": "nieuw@example.org",
            "naam": "Nora Nieuw",
            "password1": "Gent-Welzijn-2026!",
            "password2": "Gent-Welzijn-2026!",
        },
    )
    assert antwoord.status_code == 302
    user = User.objects.get(email="nieuw@example.org")
    assert user.naam == "Nora Nieuw"
    assert user.voorkeurstaal == "nl"

    # Not verified yet: logging in leads to the "check your e-mail" page, not to Mijn dossiers.
    client.logout()
    antwoord = client.post(
        reverse("account_login"), {"login": "nieuw@example.org", "password": "Gent-Welzijn-2026!"}
    )
    assert antwoord.url == reverse("account_email_verification_sent")

    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    pad = link.split("testserver", 1)[-1] if "testserver" in link else "/" + link.split("/", 3)[3]
    assert client.get(pad).status_code == 200
    antwoord = client.post(pad)
    assert antwoord.status_code == 302

    client.logout()
    antwoord = client.post(
        reverse("account_login"), {"login": "nieuw@example.org", "password": "Gent-Welzijn-2026!"}
    )
    assert antwoord.url == reverse("accounts:mijn")
    assert "Nora" in client.get(antwoord.url).text


def test_registratie_met_fouten_toont_overzicht_en_behoudt_invoer(client, db):
    antwoord = client.post(
        reverse("account_signup"),
        {"email": "geen-email", "naam": "Nora", "password1": "kort", "password2": "anders"},
    )
    assert antwoord.status_code == 200
    html = antwoord.text
    assert 'id="foutenoverzicht"' in html
    assert 'href="#id_email"' in html
    assert 'value="Nora"' in html
    assert 'aria-invalid="true"' in html


def test_wachtwoord_vergeten_stuurt_een_link(client, burger):
    client.post(reverse("account_reset_password"), {"email": burger.email})
    assert mail.outbox[-1].to == [burger.email]
    assert "/accounts/password/reset/key/" in mail.outbox[-1].body


def test_afmelden_kan_alleen_met_post(client, burger):
    client.force_login(burger)
    client.post(reverse("account_logout"))
    assert client.get(reverse("accounts:mijn")).status_code == 302


def test_wachtwoord_opnieuw_instellen_via_de_link(client, burger):
    client.post(reverse("account_reset_password"), {"email": burger.email})
    link = re.search(r"/accounts/password/reset/key/\S+/", mail.outbox[-1].body).group(0)
    formulier = client.get(link, follow=True)
    assert formulier.status_code == 200
    actie = formulier.redirect_chain[-1][0] if formulier.redirect_chain else link
    client.post(actie, {"password1": "Nieuw-Gent-Wachtwoord-26", "password2": "Nieuw-Gent-Wachtwoord-26"})

    client.logout()
    antwoord = client.post(
        reverse("account_login"), {"login": burger.email, "password": "Nieuw-Gent-Wachtwoord-26"}
    )
    assert antwoord.url == reverse("accounts:mijn")
