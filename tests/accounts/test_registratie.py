import re

from django.core import mail
from django.urls import reverse

from gelijkekansen.accounts.models import User


def test_registreren_bevestigen_en_aanmelden(client, db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # mails leave through the outbox
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
    with django_capture_on_commit_callbacks(execute=True):
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


def test_wachtwoord_vergeten_stuurt_een_link(client, burger, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_reset_password"), {"email": burger.email})
    assert mail.outbox[-1].to == [burger.email]
    assert "/accounts/password/reset/key/" in mail.outbox[-1].body


def test_afmelden_kan_alleen_met_post(client, burger):
    client.force_login(burger)
    client.post(reverse("account_logout"))
    assert client.get(reverse("accounts:mijn")).status_code == 302


def test_wachtwoord_opnieuw_instellen_via_de_link(client, burger, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
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


def test_een_smtp_storing_laat_registreren_gewoon_slagen(
    client, db, settings, django_capture_on_commit_callbacks
):
    """The verification mail waits in the outbox (failed, retryable) instead of a 500 at sign-up."""
    from gelijkekansen.core.models import UitgaandeMail

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2  # nobody listens
    with django_capture_on_commit_callbacks(execute=True):
        antwoord = client.post(
            reverse("account_signup"),
            {
                "email": "storing@example.org",
                "naam": "Sam Storing",
                "password1": "Gent-Welzijn-2026!",
                "password2": "Gent-Welzijn-2026!",
            },
        )
    assert antwoord.status_code == 302
    assert User.objects.filter(email="storing@example.org").exists()
    uitgaand = UitgaandeMail.objects.get(aan="storing@example.org")
    assert uitgaand.status == UitgaandeMail.Status.MISLUKT
    assert uitgaand.sjabloon == "allauth-email_confirmation_signup"
