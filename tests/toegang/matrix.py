"""The access matrix: for EVERY URL pattern, what each persona gets.

Personas, in this order: anonymous, burger (owner of the sample object), andere_burger,
medewerker (staff without any role), rol (the role that works with this URL).
Expected answers: a status code, or LOGIN (redirect to the login page).

A new URL pattern without an entry here makes tests/toegang/test_matrix.py fail: add a line.
"""

from collections.abc import Callable
from dataclasses import dataclass

LOGIN = "login"
PERSONAS = ("anoniem", "burger", "andere_burger", "medewerker", "rol")


@dataclass(frozen=True)
class Regel:
    verwacht: tuple  # one answer per persona, see PERSONAS
    kwargs: Callable[[dict], dict] | None = None  # builds the URL arguments from the personas
    methode: str = "get"
    rol: str | None = None
    html: bool = True  # serves an HTML page to citizens: must also be in the accessibility scan


def iedereen(status: int = 200, **extra) -> Regel:
    return Regel((status,) * 5, **extra)


def aangemeld(status: int = 200, **extra) -> Regel:
    return Regel((LOGIN, status, status, status, status), **extra)


def _rapport(personas: dict) -> dict:
    from gelijkekansen.core.models import Rapport

    rapport = Rapport.objects.create(soort="organisaties-per-wijk", parameters={"matrix": 1})
    return {"rapport_id": rapport.pk}


def _bestaand_rapport(personas: dict) -> dict:
    """A finished report with a file, so the download URL really serves something."""
    from django.core.files.base import ContentFile

    from gelijkekansen.core.models import Rapport

    rapport = Rapport.objects.create(soort="organisaties-per-wijk", parameters={"matrix": 2}, status="klaar")
    rapport.bestand.save("matrix.pdf", ContentFile(b"%PDF-1.7 test"), save=True)
    return {"rapport_id": rapport.pk}


def _mislukt_rapport(personas: dict) -> dict:
    from gelijkekansen.core.models import Rapport

    rapport = Rapport.objects.create(
        soort="organisaties-per-wijk", parameters={"matrix": 3}, status="mislukt"
    )
    return {"rapport_id": rapport.pk}


def _aanvraag(status: str = "concept"):
    """An application of the persona 'burger', moved along the workflow to ``status``."""

    def maak(personas: dict) -> dict:
        from decimal import Decimal

        from subsidies.services import aanvragen, behandeling, betalingen
        from tests.factories import UserFactory
        from tests.subsidies.factories import AanvraagFactory

        burger, staf = personas["burger"], UserFactory(is_staff=True, rollen=["dossierbehandelaar-subsidies"])
        aanvraag = AanvraagFactory(aanvrager=burger)
        stappen = {
            "ingediend": lambda: aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger),
            "aanvulling_gevraagd": lambda: behandeling.aanvulling_vragen(
                aanvraag=aanvraag, door=staf, vraag="Offerte?"
            ),
            "jury": lambda: (
                behandeling.ontvankelijk_verklaren(aanvraag=aanvraag, door=staf),
                behandeling.naar_jury(aanvraag=aanvraag, door=staf),
            ),
            "goedgekeurd": lambda: behandeling.aanvraag_goedkeuren(
                aanvraag=aanvraag, door=staf, bedrag=Decimal(900)
            ),
            "voorschot_betaald": lambda: betalingen.voorschot_betalen(aanvraag=aanvraag, door=staf),
        }
        volgorde = ["ingediend", "jury", "goedgekeurd", "voorschot_betaald"]
        if status == "aanvulling_gevraagd":
            volgorde = ["ingediend", "aanvulling_gevraagd"]
        for stap in volgorde[: volgorde.index(status) + 1] if status != "concept" else []:
            stappen[stap]()
        if status == "jury" and personas.get("rol"):
            aanvraag.oproep.juryleden.add(personas["rol"])
        return {"aanvraag_id": aanvraag.pk}

    return maak


def _bijlage(personas: dict) -> dict:
    from django.core.files.base import ContentFile

    from gelijkekansen.core.uploads import valideer_upload
    from subsidies.secties import bijlage_bewaren

    kwargs = _aanvraag("ingediend")(personas)
    from subsidies.models import Aanvraag

    bestand = valideer_upload(ContentFile(b"Offerte voor tenten\n", name="offerte.txt"))
    bijlage = bijlage_bewaren(Aanvraag.objects.get(pk=kwargs["aanvraag_id"]), bestand)
    return {**kwargs, "bijlage_id": bijlage.pk}


def _open_oproep(personas: dict) -> dict:
    from tests.subsidies.factories import OproepFactory

    return {"oproep_id": OproepFactory().pk}


ALLAUTH_SLEUTEL = {"key": "ongeldige-sleutel"}
EIGENAAR = (LOGIN, 200, 404, 404, 404)  # only the applicant: not even case handlers act for them
DOSSIER = (LOGIN, 200, 404, 404, 200)  # the applicant and the case handlers (rol)
ALLEEN_ROL = (LOGIN, 404, 404, 404, 200)
STAFF_OBJECT = (LOGIN, 404, 404, 200, 200)

MATRIX: dict[str, Regel] = {
    # --- shared kernel -------------------------------------------------------------------------
    "core:home": iedereen(),
    "core:health": iedereen(html=False),
    "core:favicon": iedereen(301, html=False),
    "core:toegankelijkheid": iedereen(),
    "core:privacy": iedereen(),
    "core:sessie-verlengen": aangemeld(204, methode="post", html=False),
    "core:rapport-aanvragen": Regel(
        (LOGIN, 404, 404, 302, 302),
        kwargs=lambda p: {"soort": "organisaties-per-wijk"},
        methode="post",
        html=False,
    ),
    "core:rapport-detail": Regel(STAFF_OBJECT, kwargs=_rapport),
    "core:rapport-status": Regel(STAFF_OBJECT, kwargs=_rapport, html=False),
    "core:rapport-opnieuw": Regel(
        (LOGIN, 404, 404, 302, 302), kwargs=_mislukt_rapport, methode="post", html=False
    ),
    "core:rapport-bestand": Regel(STAFF_OBJECT, kwargs=_bestaand_rapport, html=False),
    "accounts:mijn": aangemeld(),
    "set_language": iedereen(302, methode="post", html=False),
    # --- subsidies ------------------------------------------------------------------------------
    "subsidies:index": iedereen(),
    "subsidies:geschiktheid": iedereen(),
    "subsidies:aanvraag-starten": aangemeld(kwargs=_open_oproep),
    "subsidies:aanvraag-detail": Regel(DOSSIER, kwargs=_aanvraag("ingediend")),
    "subsidies:aanvraag-bewerken": Regel(
        EIGENAAR, kwargs=lambda p: {**_aanvraag()(p), "sectie": "initiatief"}
    ),
    "subsidies:aanvraag-controleren": Regel(EIGENAAR, kwargs=_aanvraag()),
    "subsidies:aanvraag-indienen": Regel(
        (LOGIN, 302, 404, 404, 404), kwargs=_aanvraag(), methode="post", html=False
    ),
    "subsidies:aanvraag-bevestiging": Regel(EIGENAAR, kwargs=_aanvraag("ingediend")),
    "subsidies:aanvraag-ontvangstbewijs": Regel(DOSSIER, kwargs=_aanvraag("ingediend"), html=False),
    "subsidies:aanvraag-beslissingsbrief": Regel(DOSSIER, kwargs=_aanvraag("goedgekeurd"), html=False),
    "subsidies:aanvraag-bericht": Regel(
        (LOGIN, 302, 404, 404, 302), kwargs=_aanvraag("ingediend"), methode="post", html=False
    ),
    "subsidies:aanvraag-aanvullen": Regel(
        (LOGIN, 302, 404, 404, 404), kwargs=_aanvraag("aanvulling_gevraagd"), methode="post", html=False
    ),
    "subsidies:aanvraag-intrekken": Regel(EIGENAAR, kwargs=_aanvraag("ingediend")),
    "subsidies:aanvraag-verantwoording": Regel(EIGENAAR, kwargs=_aanvraag("voorschot_betaald")),
    "subsidies:aanvraag-bijlage": Regel(DOSSIER, kwargs=_bijlage, html=False),
    "subsidies:evaluatie": Regel(ALLEEN_ROL),
    "subsidies:evaluatie-csv": Regel(ALLEEN_ROL, html=False),
    "subsidies:jury-overzicht": Regel(ALLEEN_ROL, rol="jury"),
    "subsidies:jury-beoordelen": Regel(ALLEEN_ROL, kwargs=_aanvraag("jury"), rol="jury"),
    # --- chapter apps (landing pages until their issues land) ----------------------------------
    "erkenning:index": iedereen(),
    "meldingen:index": iedereen(),
    "vrijwilligers:index": iedereen(),
    "signalen:index": iedereen(),
    "toegankelijkheid:index": iedereen(),
    # --- accounts (django-allauth) -------------------------------------------------------------
    "account_login": Regel((200, 302, 302, 302, 302)),
    "account_signup": Regel((200, 302, 302, 302, 302)),
    "account_logout": Regel((302, 200, 200, 200, 200)),
    "account_inactive": iedereen(),
    "account_reauthenticate": aangemeld(),
    "account_request_reauthentication_code": aangemeld(),
    "account_confirm_reauthentication_code": aangemeld(302, html=False),
    "account_email": aangemeld(),
    "account_email_verification_sent": iedereen(),
    "account_change_password": aangemeld(),
    "account_set_password": aangemeld(302, html=False),
    "account_reset_password": iedereen(),
    "account_reset_password_done": iedereen(),
    "account_reset_password_from_key": iedereen(kwargs=lambda p: {"uidb36": "zz", "key": "ongeldig"}),
    "account_reset_password_from_key_done": iedereen(),
    "account_confirm_login_code": iedereen(302, html=False),
    "account_confirm_email": iedereen(kwargs=lambda p: ALLAUTH_SLEUTEL),
    "mfa_index": aangemeld(),
    "mfa_authenticate": iedereen(302, html=False),
    "mfa_reauthenticate": aangemeld(302, html=False),
    "mfa_activate_totp": aangemeld(302, html=False),
    "mfa_deactivate_totp": aangemeld(404, html=False),
    "mfa_view_recovery_codes": aangemeld(404, html=False),
    "mfa_generate_recovery_codes": aangemeld(302, html=False),
    "mfa_download_recovery_codes": aangemeld(404, html=False),
    "socialaccount_login_cancelled": iedereen(),
    "socialaccount_login_error": iedereen(401),
    "socialaccount_signup": iedereen(302, html=False),
    "socialaccount_connections": aangemeld(),
    "accounts/social/login/cancelled/": iedereen(301, html=False),
    "accounts/social/login/error/": iedereen(301, html=False),
    "accounts/social/signup/": iedereen(301, html=False),
    "accounts/social/connections/": iedereen(301, html=False),
    "openid_connect_login": iedereen(404, kwargs=lambda p: {"provider_id": "gent"}, html=False),
    "openid_connect_callback": iedereen(404, kwargs=lambda p: {"provider_id": "gent"}, html=False),
}
