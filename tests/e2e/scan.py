"""Every page state a citizen (or a staff member outside the admin) can see, scanned with axe.

Add a page: one line in SCANS. A URL that serves HTML (``html=True`` in the access matrix)
without a line here makes test_scan_dekt_elke_html_pagina fail.
"""

from collections.abc import Callable
from dataclasses import dataclass

from tests.factories import WACHTWOORD, LidmaatschapFactory, UserFactory


@dataclass(frozen=True)
class Scan:
    naam: str  # URL name, as in the access matrix; "404" for the not-found page
    persona: str | None = None  # None: anonymous; "burger"; "behandelaar"
    toestand: str = ""  # a state label, e.g. "met fouten"
    kwargs: Callable[[], dict] | None = None
    actie: Callable | None = None  # brings the page into that state

    @property
    def id(self) -> str:
        return f"{self.naam}[{self.toestand}]" if self.toestand else self.naam


def maak_persona(naam: str | None):
    if naam == "burger":
        burger = UserFactory(naam="Amina El Idrissi")
        LidmaatschapFactory(user=burger, organisatie__naam="Buurtwerking Brugse Poort")
        return burger
    if naam == "behandelaar":
        return UserFactory(is_staff=True, rollen=["dossierbehandelaar-subsidies"])
    return None


def _rapport(status: str, fout: str = "") -> Callable[[], dict]:
    def maak() -> dict:
        from gelijkekansen.core.models import Rapport

        rapport = Rapport.objects.create(
            soort="organisaties-per-wijk", parameters={"scan": status}, status=status, voortgang=40, fout=fout
        )
        return {"rapport_id": rapport.pk}

    return maak


def _verstuur_leeg(page) -> None:
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_selector("#foutenoverzicht")


def _aanmelden_fout(page) -> None:
    page.fill("#id_login", "iemand@example.org")
    page.fill("#id_password", "niet-juist")
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_selector(".messages--error, #foutenoverzicht")


def _registreren_fout(page) -> None:
    page.fill("#id_email", "geen-e-mailadres")
    page.fill("#id_naam", "Nora")
    page.fill("#id_password1", "kort")
    page.fill("#id_password2", "anders")
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_selector("#foutenoverzicht")


def _opnieuw_aanmelden(page) -> None:
    page.fill("#id_password", WACHTWOORD)
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_url("**/2fa/totp/activate/")


SCANS = [
    Scan("core:home"),
    Scan("core:toegankelijkheid"),
    Scan("core:privacy"),
    Scan("404"),
    Scan("subsidies:index"),
    Scan("erkenning:index"),
    Scan("meldingen:index"),
    Scan("vrijwilligers:index"),
    Scan("signalen:index"),
    Scan("toegankelijkheid:index"),
    Scan("accounts:mijn", "burger"),
    Scan("accounts:mijn", "behandelaar", toestand="medewerker"),
    Scan("core:rapport-detail", "behandelaar", toestand="bezig", kwargs=_rapport("bezig")),
    Scan("core:rapport-detail", "behandelaar", toestand="mislukt", kwargs=_rapport("mislukt", "Schijf vol.")),
    Scan("account_login"),
    Scan("account_login", toestand="met fouten", actie=_aanmelden_fout),
    Scan("account_signup"),
    Scan("account_signup", toestand="met fouten", actie=_registreren_fout),
    Scan("account_logout", "burger"),
    Scan("account_inactive"),
    Scan("account_reauthenticate", "burger"),
    Scan("account_request_reauthentication_code", "burger"),
    Scan("account_email", "burger"),
    Scan("account_email_verification_sent"),
    Scan("account_change_password", "burger"),
    Scan("account_change_password", "burger", toestand="met fouten", actie=_verstuur_leeg),
    Scan("account_reset_password"),
    Scan("account_reset_password", toestand="met fouten", actie=_verstuur_leeg),
    Scan("account_reset_password_done"),
    Scan("account_reset_password_from_key", kwargs=lambda: {"uidb36": "zz", "key": "ongeldig"}),
    Scan("account_reset_password_from_key_done"),
    Scan("account_confirm_email", kwargs=lambda: {"key": "ongeldige-sleutel"}),
    Scan("mfa_index", "burger"),
    Scan("mfa_activate_totp", "burger", toestand="na wachtwoord", actie=_opnieuw_aanmelden),
    Scan("socialaccount_login_cancelled"),
    Scan("socialaccount_login_error"),
    Scan("socialaccount_connections", "burger"),
]
