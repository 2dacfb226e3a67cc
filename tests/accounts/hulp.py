"""Logging in as a person does: through allauth's form, and with a real TOTP code."""

import time

from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.urls import reverse

from tests.factories import WACHTWOORD


def totp_instellen(user) -> str:
    geheim = generate_totp_secret()
    TOTP.activate(user, geheim)
    return geheim


def totp_code(geheim: str) -> str:
    return format_hotp_value(hotp_value(geheim, int(time.time()) // mfa_settings.TOTP_PERIOD))


def aanmelden(client, email: str, wachtwoord: str = WACHTWOORD, **extra):
    return client.post(reverse("account_login"), {"login": email, "password": wachtwoord}, **extra)


def aanmelden_met_code(client, user, geheim: str):
    antwoord = aanmelden(client, user.email)
    assert antwoord.url == reverse("mfa_authenticate")
    return client.post(reverse("mfa_authenticate"), {"code": totp_code(geheim)})
