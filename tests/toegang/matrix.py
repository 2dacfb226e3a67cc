"""The access matrix: for EVERY URL pattern, what each persona gets.

Personas, in this order: anonymous, burger (owner of the sample object), andere_burger,
medewerker (staff without any role), rol (the role that works with this URL).
Expected answers: a status code, or LOGIN (redirect to the login page).

Some rules also ask more role personas (``ook``, see EXTRA_PERSONAS): a jury member of the
sample object's call (who has not declared anything) and a case handler. Pages of a role answer
403 to whoever lacks the role; objects someone may not know exist answer 404.

A new URL pattern without an entry here makes tests/toegang/test_matrix.py fail: add a line.
Object states (a jury member before/after declaring, a file per phase) are in test_toestanden.py.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

LOGIN = "login"
PERSONAS = ("anoniem", "burger", "andere_burger", "medewerker", "rol")
# Extra personas a rule may ask with ``ook``: a jury member of the sample object's call (no
# declaration), and a subsidies case handler.
EXTRA_PERSONAS = ("jurylid", "behandelaar")


@dataclass(frozen=True)
class Regel:
    verwacht: tuple  # one answer per persona, see PERSONAS
    kwargs: Callable[[dict], dict] | None = None  # builds the URL arguments from the personas
    methode: str = "get"
    rol: str | None = None
    html: bool = True  # serves an HTML page to citizens: must also be in the accessibility scan
    ook: dict = field(default_factory=dict)  # answers of EXTRA_PERSONAS asked for this rule


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


def naar_status(aanvraag, status: str, *, burger, staf) -> None:
    """Through the real services (subsidies.scenario), as the demo does; a grant of € 900."""
    from decimal import Decimal

    from subsidies.scenario import naar_status as scenario

    assert aanvraag.aanvrager == burger
    scenario(aanvraag, status, behandelaar=staf, bedrag=Decimal(900))


def _aanvraag(status: str = "concept"):
    """An application of the persona 'burger', moved along the workflow to ``status``. The extra
    persona 'jurylid' sits on its call (in every phase); the role persona too when at the jury."""

    def maak(personas: dict) -> dict:
        from tests.factories import UserFactory
        from tests.subsidies.factories import AanvraagFactory

        burger, staf = personas["burger"], UserFactory(is_staff=True, rollen=["dossierbehandelaar-subsidies"])
        aanvraag = AanvraagFactory(aanvrager=burger)
        naar_status(aanvraag, status, burger=burger, staf=staf)
        if personas.get("jurylid"):
            aanvraag.oproep.juryleden.add(personas["jurylid"])
        if status == "jury" and personas.get("rol"):
            aanvraag.oproep.juryleden.add(personas["rol"])
        return {"aanvraag_id": aanvraag.pk}

    return maak


def met_bijlage(aanvraag):
    from django.core.files.base import ContentFile

    from gelijkekansen.core.uploads import valideer_upload
    from subsidies.secties import bijlage_bewaren

    bestand = valideer_upload(ContentFile(b"Offerte voor tenten\n", name="offerte.txt"))
    return bijlage_bewaren(aanvraag, bestand)


def _bijlage(status: str = "ingediend"):
    def maak(personas: dict) -> dict:
        from subsidies.models import Aanvraag

        kwargs = _aanvraag(status)(personas)
        bijlage = met_bijlage(Aanvraag.objects.get(pk=kwargs["aanvraag_id"]))
        return {**kwargs, "bijlage_id": bijlage.pk}

    return maak


def _jury_bijlage(personas: dict) -> dict:
    """An attachment of a file at the jury; the role persona (a jury member) declared no conflict,
    the extra persona 'jurylid' did not declare yet."""
    from subsidies.models import Aanvraag
    from subsidies.services import jury

    kwargs = _bijlage("jury")(personas)
    aanvraag = Aanvraag.objects.get(pk=kwargs["aanvraag_id"])
    jury.belangenconflict_verklaren(aanvraag=aanvraag, jurylid=personas["rol"], conflict=False)
    return kwargs


def _open_oproep(personas: dict) -> dict:
    from tests.subsidies.factories import OproepFactory

    return {"oproep_id": OproepFactory().pk}


def _noodsteun(personas: dict) -> dict:
    """An emergency grant awarded to a recognised association of the persona 'burger'."""
    from subsidies.models import Noodfondsronde
    from subsidies.services import noodfonds
    from tests.erkenning.factories import erkende_vereniging
    from tests.factories import LidmaatschapFactory, UserFactory

    organisatie = erkende_vereniging(iban="BE71096123456769")
    LidmaatschapFactory(user=personas["burger"], organisatie=organisatie)
    ronde = Noodfondsronde.objects.create(titel="Noodfonds corona 2020")
    noodfonds.toekennen(ronde=ronde, door=UserFactory(), organisaties=[organisatie])
    return {"sleutel": organisatie.noodsteun.sleutel}


def _eigen_vereniging(personas: dict) -> dict:
    """An association the persona 'burger' is a confirmed responsible of."""
    from erkenning.services.gids import organisatie_sleutel
    from tests.factories import LidmaatschapFactory

    return {"sleutel": organisatie_sleutel(LidmaatschapFactory(user=personas["burger"]).organisatie)}


def _jaarverslag(personas: dict) -> dict:
    """The open grant year's report page of a recognised association of the persona 'burger'."""
    from erkenning.services.gids import organisatie_sleutel
    from tests.erkenning.factories import erkende_vereniging, subsidiejaar
    from tests.factories import LidmaatschapFactory

    jaar = subsidiejaar()
    organisatie = erkende_vereniging()
    LidmaatschapFactory(user=personas["burger"], organisatie=organisatie)
    return {"sleutel": organisatie_sleutel(organisatie), "jaar": jaar.jaar}


def _vraag(personas: dict) -> dict:
    from erkenning.services import instappunt
    from tests.factories import LidmaatschapFactory

    lid = LidmaatschapFactory(user=personas["burger"])
    vraag = instappunt.vraag_stellen(
        organisatie=lid.organisatie, door=lid.user, onderwerp="andere", vraag="Hoe?"
    )
    return {"sleutel": vraag.sleutel}


def _vereniging_in_gids(personas: dict) -> dict:
    """A recognised association that chose to be in the directory."""
    from tests.erkenning.factories import vereniging_in_gids

    return {"sleutel": vereniging_in_gids().vermelding.sleutel}


def _erkenning(status: str = "concept", *, met: str = ""):
    """An application for recognition of an association whose confirmed responsible is the
    persona 'burger', moved to ``status``; ``met`` adds "bijlage" or "brief" to the URL."""

    def maak(personas: dict) -> dict:
        from erkenning import brieven as erkenning_brieven
        from gelijkekansen.core import bijlagen, brieven
        from tests.erkenning.factories import aanvraag_voor_erkenning

        erkenning = aanvraag_voor_erkenning(status, verantwoordelijke=personas["burger"])
        kwargs = {"sleutel": erkenning.sleutel}
        if met == "bijlage":
            kwargs["bijlage_id"] = bijlagen.bijlagen_van(erkenning).first().pk
        if met == "brief":
            kwargs["brief_id"] = brieven.brief_van(erkenning, erkenning_brieven.ONTVANGSTBEWIJS).pk
        return kwargs

    return maak


def _plan(personas: dict) -> dict:
    from tests.toegankelijkheid.factories import plan

    return {"slug": plan().slug}


def _publieke_actie(personas: dict) -> dict:
    from tests.toegankelijkheid.factories import plan

    return {"sleutel": plan().acties.get().sleutel}


def _actie_van_burger(personas: dict) -> dict:
    """An action whose city service has the persona 'burger' as a confirmed member."""
    from tests.toegankelijkheid.factories import actie_van

    return {"sleutel": actie_van(personas["burger"]).sleutel}


def _evaluatie(personas: dict) -> dict:
    from tests.toegankelijkheid.factories import gepubliceerde_evaluatie

    evaluatie = gepubliceerde_evaluatie()
    return {"slug": evaluatie.actieplan.slug, "jaar": evaluatie.jaar}


def _evaluatie_met_pdf(personas: dict) -> dict:
    """Publication queues the PDF after the commit; here it is asked and made at once."""
    from gelijkekansen.core.services import rapport_maken
    from tests.toegankelijkheid.factories import gepubliceerde_evaluatie, team_lid
    from toegankelijkheid.services.evaluaties import pdf_aanvragen

    evaluatie = gepubliceerde_evaluatie()
    rapport_maken(rapport_id=pdf_aanvragen(evaluatie=evaluatie, door=team_lid()).pk)
    return {"slug": evaluatie.actieplan.slug, "jaar": evaluatie.jaar}


def _meldingen_jaarrapport(personas: dict) -> dict:
    """A complete year with figures (only those are published) and its yearly report."""
    import random

    from gelijkekansen.core.models import Wijk
    from gelijkekansen.core.services import rapport_aanvragen, rapport_maken
    from meldingen.demo import historische_cijfers
    from meldingen.models import Grond

    gronden = {g.code: g for g in Grond.objects.all()}
    historische_cijfers(random.Random(1), 2018, 20, 8, gronden=gronden, wijken=list(Wijk.objects.all()))

    rapport = rapport_aanvragen(soort="meldingen-jaarrapport", parameters={"jaar": 2018}, door=None)
    rapport_maken(rapport_id=rapport.pk)
    return {"jaar": 2018}


def _plan_met_pdf(personas: dict) -> dict:
    from gelijkekansen.core.services import rapport_maken
    from tests.toegankelijkheid.factories import plan
    from toegankelijkheid.services.plannen import pdf_aanvragen

    actieplan = plan()
    rapport_maken(rapport_id=pdf_aanvragen(plan=actieplan).pk)
    return {"slug": actieplan.slug}


def _beantwoord_advies(personas: dict) -> dict:
    from tests.toegankelijkheid.factories import advies, raadslid

    return {"sleutel": advies(raadslid(), status="beantwoord").sleutel}


def _advies_van_rol(personas: dict) -> dict:
    """A draft advice of a council whose member is the role persona (adviesraad)."""
    from tests.toegankelijkheid.factories import advies, raadslid

    return {"sleutel": advies(raadslid(personas["rol"])).sleutel}


ALLAUTH_SLEUTEL = {"key": "ongeldige-sleutel"}
EIGENAAR = (LOGIN, 200, 404, 404, 404)  # only the applicant: not even case handlers act for them
DOSSIER = (LOGIN, 200, 404, 404, 200)  # the applicant and the case handlers (rol)
ALLEEN_ROL = (LOGIN, 403, 403, 403, 200)  # a page of a role: 403 for whoever lacks it
STAFF_OBJECT = (LOGIN, 404, 404, 200, 200)
# The jury never reaches the applicant's pages (messages, account number), only the jury page.
EIGENAAR_OOK = {"jurylid": 404, "behandelaar": 404}
DOSSIER_OOK = {"jurylid": 404, "behandelaar": 200}

MATRIX: dict[str, Regel] = {
    # --- shared kernel -------------------------------------------------------------------------
    "core:home": iedereen(),
    "core:health": iedereen(html=False),
    "core:favicon": iedereen(301, html=False),
    "core:toegankelijkheid": iedereen(),
    "core:privacy": iedereen(),
    "core:werkbak": Regel((LOGIN, 403, 403, 200, 200)),  # staff only; citizens have Mijn dossiers
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
    "subsidies:aanvraag-detail": Regel(DOSSIER, kwargs=_aanvraag("ingediend"), ook=DOSSIER_OOK),
    "subsidies:aanvraag-bewerken": Regel(
        EIGENAAR, kwargs=lambda p: {**_aanvraag()(p), "sectie": "initiatief"}, ook=EIGENAAR_OOK
    ),
    "subsidies:aanvraag-controleren": Regel(EIGENAAR, kwargs=_aanvraag(), ook=EIGENAAR_OOK),
    "subsidies:aanvraag-indienen": Regel(
        (LOGIN, 302, 404, 404, 404), kwargs=_aanvraag(), methode="post", html=False, ook=EIGENAAR_OOK
    ),
    "subsidies:aanvraag-bevestiging": Regel(EIGENAAR, kwargs=_aanvraag("ingediend"), ook=EIGENAAR_OOK),
    "subsidies:aanvraag-ontvangstbewijs": Regel(
        DOSSIER, kwargs=_aanvraag("ingediend"), html=False, ook=DOSSIER_OOK
    ),
    "subsidies:aanvraag-beslissingsbrief": Regel(
        DOSSIER, kwargs=_aanvraag("goedgekeurd"), html=False, ook=DOSSIER_OOK
    ),
    "subsidies:aanvraag-bericht": Regel(
        (LOGIN, 302, 404, 404, 302),
        kwargs=_aanvraag("ingediend"),
        methode="post",
        html=False,
        ook={"jurylid": 404, "behandelaar": 302},
    ),
    "subsidies:aanvraag-aanvullen": Regel(
        (LOGIN, 302, 404, 404, 404),
        kwargs=_aanvraag("aanvulling_gevraagd"),
        methode="post",
        html=False,
        ook=EIGENAAR_OOK,
    ),
    "subsidies:aanvraag-intrekken": Regel(EIGENAAR, kwargs=_aanvraag("ingediend"), ook=EIGENAAR_OOK),
    "subsidies:aanvraag-verantwoording": Regel(
        EIGENAAR, kwargs=_aanvraag("voorschot_betaald"), ook=EIGENAAR_OOK
    ),
    "subsidies:aanvraag-bijlage": Regel(DOSSIER, kwargs=_bijlage(), html=False, ook=DOSSIER_OOK),
    # An association's emergency grant: only its confirmed responsibles (staff work in the admin).
    "subsidies:noodsteun": Regel(EIGENAAR, kwargs=_noodsteun, ook=EIGENAAR_OOK),
    "subsidies:evaluatie": Regel(ALLEEN_ROL, ook={"jurylid": 403, "behandelaar": 200}),
    "subsidies:evaluatie-csv": Regel(ALLEEN_ROL, html=False, ook={"jurylid": 403, "behandelaar": 200}),
    "subsidies:jury-overzicht": Regel(ALLEEN_ROL, rol="jury", ook={"jurylid": 200, "behandelaar": 403}),
    # The extra 'jurylid' has not declared yet: the page shows only the declaration (200).
    "subsidies:jury-beoordelen": Regel(
        ALLEEN_ROL, kwargs=_aanvraag("jury"), rol="jury", ook={"jurylid": 200, "behandelaar": 403}
    ),
    # The role persona declared no conflict (200); the extra 'jurylid' did not declare (404).
    "subsidies:jury-bijlage": Regel(
        ALLEEN_ROL, kwargs=_jury_bijlage, rol="jury", html=False, ook={"jurylid": 404, "behandelaar": 403}
    ),
    # --- erkenning -----------------------------------------------------------------------------
    "erkenning:index": iedereen(),
    "erkenning:starten": aangemeld(),
    # The association's file: its confirmed responsibles and the erkenningen staff (rol).
    "erkenning:detail": Regel(DOSSIER, kwargs=_erkenning("ingediend"), rol="erkenningen", ook=EIGENAAR_OOK),
    "erkenning:brief": Regel(
        DOSSIER, kwargs=_erkenning("ingediend", met="brief"), rol="erkenningen", html=False, ook=EIGENAAR_OOK
    ),
    "erkenning:bijlage": Regel(
        DOSSIER, kwargs=_erkenning(met="bijlage"), rol="erkenningen", html=False, ook=EIGENAAR_OOK
    ),
    # Only the association fills in, submits, deletes its draft and writes from its side.
    "erkenning:bewerken": Regel(
        EIGENAAR,
        kwargs=lambda p: {**_erkenning()(p), "sectie": "vereniging"},
        rol="erkenningen",
        ook=EIGENAAR_OOK,
    ),
    "erkenning:controleren": Regel(EIGENAAR, kwargs=_erkenning(), rol="erkenningen", ook=EIGENAAR_OOK),
    "erkenning:verwijderen": Regel(EIGENAAR, kwargs=_erkenning(), rol="erkenningen", ook=EIGENAAR_OOK),
    "erkenning:indienen": Regel(
        (LOGIN, 302, 404, 404, 404), kwargs=_erkenning(), methode="post", rol="erkenningen", html=False
    ),
    # Staff write on the Behandelen page: the association's form answers them 404.
    "erkenning:bericht": Regel(
        (LOGIN, 302, 404, 404, 404),
        kwargs=_erkenning("ingediend"),
        methode="post",
        rol="erkenningen",
        html=False,
    ),
    # Only a confirmed responsible of the organisation edits its directory entry.
    "erkenning:vermelding-bewerken": Regel(EIGENAAR, kwargs=_eigen_vereniging),
    "erkenning:organisatie-gegevens": Regel(EIGENAAR, kwargs=_eigen_vereniging),
    "erkenning:organisatie-registreren": aangemeld(),
    # Only a confirmed responsible of a recognised association reads and writes its annual report.
    "erkenning:jaarverslag": Regel(EIGENAAR, kwargs=_jaarverslag),
    "erkenning:vraag-stellen": aangemeld(),
    # A question of the instappunt: only the association's responsibles (staff answer in the admin).
    "erkenning:vraag": Regel(EIGENAAR, kwargs=_vraag),
    "verenigingen:lijst": iedereen(),
    "verenigingen:vereniging": iedereen(kwargs=_vereniging_in_gids),
    # --- chapter apps (landing pages until their issues land) ----------------------------------
    # --- meldingen: no account; the report is reached with its code, held in the session ------------
    "meldingen:index": iedereen(),
    "meldingen:verstuurd": iedereen(),
    "meldingen:weg": iedereen(302, html=False),
    "meldingen:opvolgen": iedereen(),
    # Without a code given in this browser: back to the code page (tests/meldingen/test_opvolgen.py).
    "meldingen:opvolgen-melding": iedereen(302),
    "meldingen:opvolgen-bericht": iedereen(302, methode="post", html=False),
    "meldingen:opvolgen-bewijs": iedereen(302, methode="post", html=False),
    "meldingen:opvolgen-toestemming": iedereen(302, methode="post", html=False),
    "meldingen:opvolgen-stoppen": iedereen(302, methode="post", html=False),
    "meldingen:cijfers": iedereen(),
    "meldingen:jaarrapport": iedereen(kwargs=_meldingen_jaarrapport, html=False),
    "vrijwilligers:index": iedereen(),
    "signalen:index": iedereen(),
    # --- toegankelijkheid ----------------------------------------------------------------------
    "toegankelijkheid:index": iedereen(),
    "toegankelijkheid:plan": iedereen(kwargs=_plan),
    "toegankelijkheid:plan-pdf": iedereen(kwargs=_plan_met_pdf, html=False),
    "toegankelijkheid:acties": iedereen(kwargs=_plan),
    "toegankelijkheid:acties-csv": iedereen(kwargs=_plan, html=False),
    "toegankelijkheid:acties-json": iedereen(kwargs=_plan, html=False),
    "toegankelijkheid:actie": iedereen(kwargs=_publieke_actie),
    "toegankelijkheid:evaluatie": iedereen(kwargs=_evaluatie),
    "toegankelijkheid:evaluatie-pdf": iedereen(kwargs=_evaluatie_met_pdf, html=False),
    "toegankelijkheid:advies": iedereen(kwargs=_beantwoord_advies),
    "toegankelijkheid:mijn-acties": aangemeld(),
    # A member of the action's service, and the team (rol); nobody else learns it exists.
    "toegankelijkheid:actie-bijwerken": Regel(DOSSIER, kwargs=_actie_van_burger, rol="toegankelijkheid"),
    "toegankelijkheid:adviezen": Regel(ALLEEN_ROL, rol="adviesraad"),
    "toegankelijkheid:advies-nieuw": Regel(ALLEEN_ROL, rol="adviesraad"),
    "toegankelijkheid:advies-bewerken": Regel(ALLEEN_ROL, kwargs=_advies_van_rol, rol="adviesraad"),
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
