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
    kwargs: Callable[[object], dict] | None = None  # gets the persona (None when anonymous)
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
    if naam == "jurylid":
        return UserFactory(rollen=["jury"])
    if naam == "dienst":  # works for a city service with actions in a plan
        return UserFactory(naam="Bram Wouters")
    if naam == "adviesraad":
        from tests.toegankelijkheid.factories import raadslid

        return raadslid(UserFactory(naam="Marc Goossens"))
    return None


def _gids_met_verenigingen(persona) -> dict | None:
    from tests.erkenning.factories import vereniging_in_gids

    for _ in range(3):
        vereniging_in_gids()
    return None


def _vereniging_in_gids(persona) -> dict:
    from tests.erkenning.factories import vereniging_in_gids

    return {"sleutel": vereniging_in_gids().vermelding.sleutel}


def _eigen_vereniging(persona) -> dict:
    from erkenning.services.gids import organisatie_sleutel

    return {"sleutel": organisatie_sleutel(persona.organisaties.first())}


def _erkenning(status: str = "concept", *, volledig: bool = True, sectie: str | None = None):
    """An application for recognition of an association the scanning persona is responsible for."""

    def maak(persona) -> dict:
        from tests.erkenning.factories import aanvraag_voor_erkenning

        erkenning = aanvraag_voor_erkenning(status, verantwoordelijke=persona, volledig=volledig)
        return {"sleutel": erkenning.sleutel, **({"sectie": sectie} if sectie else {})}

    return maak


def _erkenning_met_vraag(persona) -> dict:
    from erkenning.models import Erkenning
    from erkenning.services import behandeling

    kwargs = _erkenning("in_behandeling")(persona)
    erkenning = Erkenning.objects.get(sleutel=kwargs["sleutel"])
    behandeling.vraag_stellen(
        erkenning=erkenning, door=erkenning.behandelaar, tekst="Hoeveel activiteiten per jaar?"
    )
    return kwargs


def _nieuwe_iban_fout(pagina) -> None:
    pagina.fill("#id_iban", "BE00 1234")
    pagina.get_by_role("button", name="Nieuw rekeningnummer doorgeven").click()
    pagina.wait_for_selector("#foutenoverzicht")


def _jaarverslag(goedgekeurd: bool = False):
    """The annual report page of a recognised association of the persona; with ``goedgekeurd``
    the year is computed and approved, so the page shows the grant."""

    def maak(persona) -> dict:

        from erkenning.models import Jaarverslag
        from erkenning.services import werking
        from erkenning.services.gids import organisatie_sleutel
        from tests.erkenning.factories import erkende_vereniging, subsidiejaar

        jaar = subsidiejaar()
        organisatie = erkende_vereniging()
        LidmaatschapFactory(user=persona, organisatie=organisatie)
        if goedgekeurd:
            verslag = Jaarverslag.objects.create(subsidiejaar=jaar, organisatie=organisatie)
            velden = {"activiteiten": "Koffie.", "aantal_activiteiten": 12, "aantal_deelnemers": 300}
            werking.jaarverslag_bewaren(
                verslag=verslag, door=persona, velden={**velden, "inkomsten": 10, "uitgaven": 20}
            )
            werking.jaarverslag_indienen(verslag=verslag, door=persona)
            werking.werkingssubsidies_berekenen(subsidiejaar_id=jaar.pk)
            werking.subsidiejaar_goedkeuren(subsidiejaar=jaar, door=UserFactory(rollen=["erkenningen"]))
        return {"sleutel": organisatie_sleutel(organisatie), "jaar": jaar.jaar}

    return maak


def _jaarverslag_foute_bedragen(pagina) -> None:
    pagina.fill("#id_inkomsten", "veel")
    pagina.get_by_role("button", name="Jaarverslag indienen").click()
    pagina.wait_for_selector("#foutenoverzicht")


def _vraag(beantwoord: bool = False):
    def maak(persona) -> dict:
        from erkenning.services import instappunt

        vraag = instappunt.vraag_stellen(
            organisatie=persona.organisaties.first(),
            door=persona,
            onderwerp="infrastructuur",
            vraag="Een zaal voor 50?",
        )
        if beantwoord:
            staf = UserFactory(rollen=["erkenningen"])
            instappunt.beantwoorden(
                vraag=vraag, door=staf, antwoord="Het buurtcentrum heeft een zaal voor 60."
            )
        return {"sleutel": vraag.sleutel}

    return maak


def _noodsteun(persona) -> dict:
    from erkenning.models import Erkenning
    from subsidies.models import Noodfondsronde
    from subsidies.services import noodfonds

    organisatie = persona.organisaties.first()
    organisatie.iban = "BE71096123456769"
    organisatie.save()
    Erkenning.objects.create(organisatie=organisatie, categorie="senioren", status="erkend")
    ronde = Noodfondsronde.objects.create(titel="Noodfonds corona 2020")
    noodfonds.toekennen(ronde=ronde, door=UserFactory(), organisaties=[organisatie])
    return {"sleutel": organisatie.noodsteun.sleutel}


def _bestuurslid_zonder_naam(pagina) -> None:
    pagina.get_by_label("Functie").first.fill("voorzitter")
    pagina.get_by_role("button", name="Bewaren en verder").click()


def _contact_leeg(pagina) -> None:
    pagina.get_by_role("button", name="Bericht versturen").click()


def _rapport(status: str, fout: str = "") -> Callable[[object], dict]:
    def maak(persona) -> dict:
        from gelijkekansen.core.models import Rapport

        rapport = Rapport.objects.create(
            soort="organisaties-per-wijk", parameters={"scan": status}, status=status, voortgang=40, fout=fout
        )
        return {"rapport_id": rapport.pk}

    return maak


def _verstuur_leeg(page) -> None:
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_selector("#foutenoverzicht")


def _toegankelijkheid_plan(persona=None):
    """A published plan whose actions have approved updates, carried over to a next plan, with a
    published evaluation and an answered advice: every part of the public pages is filled."""
    from tests.toegankelijkheid import factories as f
    from toegankelijkheid.models import Actieplan
    from toegankelijkheid.services import plannen

    bestaand = Actieplan.objects.filter(slug="2030-2031").first()
    if bestaand:
        return bestaand
    plan = f.plan("2030-2031", acties=3)
    team = f.team_lid()
    eerste, tweede, _ = plan.acties.order_by("nummer")
    f.bijwerken(eerste, status="lopend", pct=40, door=team)
    f.bijwerken(tweede, status="gerealiseerd", pct=100, door=team)
    f.gepubliceerde_evaluatie(plan)
    f.advies(f.raadslid(), status="beantwoord", actieplan=plan)
    volgend = f.plan("2032-2033", acties=0, gepubliceerd=False)
    plannen.acties_overnemen(van=plan, naar=volgend, door=team)
    return plan


def _toegankelijkheid(soort: str):
    def maak(persona) -> dict:
        plan = _toegankelijkheid_plan()
        if soort == "plan":
            return {"slug": plan.slug}
        if soort == "evaluatie":
            return {"slug": plan.slug, "jaar": plan.evaluaties.get().jaar}
        if soort == "advies":
            return {"sleutel": plan.adviezen.get().sleutel}
        if soort == "index":
            return {}
        return {"sleutel": plan.acties.get(nummer=1).sleutel}

    return maak


def _actie_van_dienst(persona) -> dict:
    from tests.toegankelijkheid.factories import actie_van

    return {"sleutel": actie_van(persona, slug="2034-2035").sleutel}


def _mijn_acties(persona) -> dict:
    _actie_van_dienst(persona)
    return {}


def _advies_concept(persona) -> dict:
    from tests.toegankelijkheid.factories import advies

    return {
        "sleutel": advies(persona, punten=["Betrek ervaringsdeskundigen.", "Schrijf in klare taal."]).sleutel
    }


def _adviezen(persona) -> dict:
    from tests.toegankelijkheid.factories import advies

    advies(persona, status="ingediend")
    return {}


def _update_fout(page) -> None:
    page.fill("#id_voortgang", "100")
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


def _aanvraag(status: str = "concept", sectie: str | None = None, jury: bool = False):
    """An application of the scanning persona (or, for a jury member, of someone else)."""

    def maak(persona) -> dict:
        from tests.toegang.matrix import _aanvraag as matrix_aanvraag

        aanvrager = UserFactory() if jury else persona
        kwargs = matrix_aanvraag(status)({"burger": aanvrager, "rol": persona if jury else None})
        return {**kwargs, "sectie": sectie} if sectie else kwargs

    return maak


def _met_gesprek(persona) -> dict:
    """A file whose completion request the applicant answered, with new messages of the city and
    an internal note (which the page must not show)."""
    from gelijkekansen.core import berichten
    from subsidies.models import Aanvraag
    from subsidies.services import aanvragen, behandeling

    kwargs = _aanvraag("aanvulling_gevraagd")(persona)
    aanvraag = Aanvraag.objects.get(pk=kwargs["aanvraag_id"])
    staf = UserFactory(is_staff=True, rollen=["dossierbehandelaar-subsidies"])
    aanvragen.aanvulling_beantwoorden(
        aanvraag=aanvraag, door=persona, antwoord="De offerte staat in bijlage."
    )
    berichten.bericht_sturen(dossier=aanvraag, door=staf, tekst="Bedankt, we bekijken ze.")
    behandeling.notitie_schrijven(aanvraag=aanvraag, door=staf, tekst="Interne notitie")
    return kwargs


def _oproep(persona) -> dict:
    from tests.subsidies.factories import OproepFactory

    return {"oproep_id": OproepFactory().pk}


def _geschiktheid_nee(page) -> None:
    for keuze in ["id_in_gent_1", "id_doel_0", "id_winst_0"]:
        page.click(f"label[for={keuze}]")
    page.locator("main form button[type=submit]").click()
    page.wait_for_selector(".messages--warning")


def _jury_geen_conflict(page) -> None:
    page.click("label[for=id_conflict_1]")
    page.locator("main form button[type=submit]").click()
    page.wait_for_selector("#id_motivering")


def _jury_lage_score_zonder_uitleg(page) -> None:
    """The per-criterion motivation is required for a low score: the error state of the form."""
    _jury_geen_conflict(page)
    page.locator("input[name^=criterium_]").first.fill("1")
    _verstuur_leeg(page)


def _jury_conflict(page) -> None:
    page.click("label[for=id_conflict_0]")
    page.locator("main form button[type=submit]").click()
    page.wait_for_selector("text=Je beoordeelt deze aanvraag niet")


def _geweigerd(page) -> None:
    # Makes sure the scan looks at the 403 page itself, not at a login redirect.
    page.wait_for_selector("h1:has-text('Je hebt geen toegang tot deze pagina')")


def _foute_iban(page) -> None:
    page.fill("#id_iban", "BE00 1234")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_selector("#foutenoverzicht")


def _lijn_met_fout(page) -> None:
    # A line added by the script, with an amount of 0: the summary lists "Lijn 3, bedrag (€): …".
    page.get_by_role("button", name="Nog een lijn toevoegen").click()
    page.fill("#id_lijn-3-omschrijving", "Affiches")
    page.fill("#id_lijn-3-bedrag", "0")
    page.locator("main .portal-knoppen button[type=submit]").first.click()
    page.wait_for_selector("#foutenoverzicht")


def _onvolledige_groep(persona) -> dict:
    """A draft of an informal group with almost nothing filled in: the check page's long list."""
    from subsidies.models import Aanvraag
    from tests.subsidies.factories import OproepFactory

    aanvraag = Aanvraag.objects.create(
        oproep=OproepFactory(), aanvrager=persona, aanvrager_soort="feitelijke_vereniging", titel="Buurtsoep"
    )
    return {"aanvraag_id": aanvraag.pk}


def _werk_voor_behandelaar() -> dict:
    from subsidies.services import aanvragen
    from tests.subsidies.factories import AanvraagFactory

    aanvraag = AanvraagFactory()
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=aanvraag.aanvrager)
    return {}


# --- meldingen: the reporter has no account; the pages are reached through the form or the code ---
_MELDING = {}  # the receipt code of the report a scan's kwargs made, for its actie (one at a time)


def _melding_met_code(status: str = "in_behandeling", *, berichten: bool = True):
    def maak(persona) -> None:
        from gelijkekansen.core import berichten as draad
        from tests.meldingen.factories import melding, meldpunt_lid

        m, code = melding(status, toestemmingen=["unia"])
        if berichten:
            medewerker = meldpunt_lid()
            draad.bericht_sturen(dossier=m, door=medewerker, tekst="Dank je voor je melding. We lazen ze.")
            draad.vraag_stellen(dossier=m, door=medewerker, tekst="Welke dag was het ongeveer?")
        _MELDING["code"] = code
        return None

    return maak


def _code_ingeven(page) -> None:
    page.goto(page.url.replace("/melding/", "/"))
    page.fill("#id_code", _MELDING["code"])
    page.get_by_role("button", name="Melding openen").click()
    page.wait_for_selector("h1:has-text('Je melding')")


def _code_en_leeg_bestand(page) -> None:
    _code_ingeven(page)
    page.get_by_role("button", name="Bestand toevoegen").click()
    page.wait_for_selector(".field-message.error")


def _foute_code(page) -> None:
    page.fill("#id_code", "geen-echte-code")
    page.get_by_role("button", name="Melding openen").click()
    page.wait_for_selector(".field-message.error")


def _volledig_melden(page) -> None:
    page.goto(page.url.replace("/verstuurd/", "/"))
    page.click("label[for=id_soort_0]")
    page.click("label[for=id_gronden_2]")
    page.click("label[for=id_levensdomein_1]")
    page.fill("#id_beschrijving", "De portier liet mijn vrienden binnen, maar mij niet.")
    page.click("label[for=id_rol_0]")
    page.click("label[for=id_wens_0]")
    page.get_by_role("button", name="Melding versturen").click()
    page.wait_for_selector(".portal-code__waarde")


def _meldingscijfers(persona) -> None:
    import random

    from gelijkekansen.core.models import Wijk
    from meldingen.demo import historische_cijfers
    from meldingen.models import Grond

    gronden = {g.code: g for g in Grond.objects.all()}
    historische_cijfers(random.Random(1), 2018, 210, 86, gronden=gronden, wijken=list(Wijk.objects.all()))
    return None


SCANS = [
    Scan("core:home"),
    Scan("core:toegankelijkheid"),
    Scan("core:privacy"),
    Scan("core:werkbak", "behandelaar", toestand="met taken", kwargs=lambda p: _werk_voor_behandelaar()),
    Scan("404"),
    # A real refusal (PermissionDenied) renders 403.html; staff without audit rights get one here.
    # The 500 page is not scanned: a live server error cannot be caused without a test-only URL.
    Scan("admin:core_auditevent_changelist", "behandelaar", toestand="403 geen toegang", actie=_geweigerd),
    Scan("subsidies:index"),
    Scan("subsidies:geschiktheid"),
    Scan("subsidies:geschiktheid", toestand="past niet", actie=_geschiktheid_nee),
    Scan("subsidies:aanvraag-starten", "burger", kwargs=_oproep),
    Scan("subsidies:aanvraag-starten", "burger", toestand="met fouten", kwargs=_oproep, actie=_verstuur_leeg),
    *[
        Scan("subsidies:aanvraag-bewerken", "burger", toestand=s, kwargs=_aanvraag(sectie=s))
        for s in ["initiatief", "begroting", "betaling", "bijlagen", "monitoring"]
    ],
    Scan(
        "subsidies:aanvraag-bewerken",
        "burger",
        toestand="betaling met fouten",
        kwargs=_aanvraag(sectie="betaling"),
        actie=_foute_iban,
    ),
    Scan(
        "subsidies:aanvraag-bewerken",
        "burger",
        toestand="begroting met fout in een lijn",
        kwargs=_aanvraag(sectie="begroting"),
        actie=_lijn_met_fout,
    ),
    Scan(
        "subsidies:aanvraag-bewerken",
        "burger",
        toestand="groep zonder vzw",
        kwargs=lambda p: {**_onvolledige_groep(p), "sectie": "initiatief"},
    ),
    Scan("subsidies:aanvraag-controleren", "burger", kwargs=_aanvraag()),
    Scan("subsidies:aanvraag-controleren", "burger", toestand="dit ontbreekt nog", kwargs=_onvolledige_groep),
    Scan("subsidies:aanvraag-bevestiging", "burger", kwargs=_aanvraag("ingediend")),
    Scan("subsidies:aanvraag-detail", "burger", kwargs=_aanvraag("ingediend")),
    Scan(
        "subsidies:aanvraag-detail", "burger", toestand="aanvulling", kwargs=_aanvraag("aanvulling_gevraagd")
    ),
    Scan("subsidies:aanvraag-detail", "burger", toestand="gesprek", kwargs=_met_gesprek),
    Scan("subsidies:aanvraag-intrekken", "burger", kwargs=_aanvraag("ingediend")),
    # The factory's activity lies ahead: the page asks why the report comes early.
    Scan("subsidies:aanvraag-verantwoording", "burger", kwargs=_aanvraag("voorschot_betaald")),
    Scan(
        "subsidies:aanvraag-verantwoording",
        "burger",
        toestand="met fouten",
        kwargs=_aanvraag("voorschot_betaald"),
        actie=_verstuur_leeg,
    ),
    Scan("subsidies:jury-overzicht", "jurylid"),
    Scan("subsidies:jury-beoordelen", "jurylid", toestand="verklaren", kwargs=_aanvraag("jury", jury=True)),
    Scan(
        "subsidies:jury-beoordelen",
        "jurylid",
        toestand="beoordelen",
        kwargs=_aanvraag("jury", jury=True),
        actie=_jury_geen_conflict,
    ),
    Scan(
        "subsidies:jury-beoordelen",
        "jurylid",
        toestand="beoordelen met fouten",
        kwargs=_aanvraag("jury", jury=True),
        actie=_jury_lage_score_zonder_uitleg,
    ),
    Scan(
        "subsidies:jury-beoordelen",
        "jurylid",
        toestand="belangenconflict",
        kwargs=_aanvraag("jury", jury=True),
        actie=_jury_conflict,
    ),
    Scan("subsidies:evaluatie", "behandelaar"),
    Scan("subsidies:noodsteun", "burger", kwargs=_noodsteun),
    Scan("erkenning:index"),
    Scan("verenigingen:lijst", kwargs=_gids_met_verenigingen),
    Scan("verenigingen:vereniging", kwargs=_vereniging_in_gids),
    Scan("verenigingen:vereniging", toestand="met fouten", kwargs=_vereniging_in_gids, actie=_contact_leeg),
    Scan("erkenning:vermelding-bewerken", "burger", kwargs=_eigen_vereniging),
    Scan("erkenning:organisatie-registreren", "burger"),
    Scan("erkenning:organisatie-registreren", "burger", toestand="met fouten", actie=_verstuur_leeg),
    Scan("erkenning:organisatie-gegevens", "burger", kwargs=_eigen_vereniging),
    Scan(
        "erkenning:organisatie-gegevens",
        "burger",
        toestand="foute iban",
        kwargs=_eigen_vereniging,
        actie=_nieuwe_iban_fout,
    ),
    Scan("erkenning:jaarverslag", "burger", kwargs=_jaarverslag()),
    Scan(
        "erkenning:jaarverslag",
        "burger",
        toestand="met fouten",
        kwargs=_jaarverslag(),
        actie=_jaarverslag_foute_bedragen,
    ),
    Scan("erkenning:jaarverslag", "burger", toestand="goedgekeurd", kwargs=_jaarverslag(goedgekeurd=True)),
    Scan("erkenning:vraag-stellen", "burger"),
    Scan("erkenning:vraag-stellen", "burger", toestand="met fouten", actie=_verstuur_leeg),
    Scan("erkenning:vraag", "burger", kwargs=_vraag()),
    Scan("erkenning:vraag", "burger", toestand="beantwoord", kwargs=_vraag(beantwoord=True)),
    Scan("erkenning:starten", "burger"),
    Scan("erkenning:starten", "burger", toestand="met fouten", actie=_verstuur_leeg),
    *(
        Scan("erkenning:bewerken", "burger", toestand=s, kwargs=_erkenning(sectie=s))
        for s in ("vereniging", "bestuur", "criteria", "rekening", "bijlagen")
    ),
    Scan(
        "erkenning:bewerken",
        "burger",
        toestand="bestuurslid zonder naam",
        kwargs=_erkenning(volledig=False, sectie="bestuur"),
        actie=_bestuurslid_zonder_naam,
    ),
    Scan("erkenning:controleren", "burger", kwargs=_erkenning()),
    Scan("erkenning:controleren", "burger", toestand="dit ontbreekt nog", kwargs=_erkenning(volledig=False)),
    Scan("erkenning:verwijderen", "burger", kwargs=_erkenning()),
    Scan("erkenning:detail", "burger", kwargs=_erkenning("ingediend")),
    Scan("erkenning:detail", "burger", toestand="open vraag", kwargs=_erkenning_met_vraag),
    Scan("erkenning:detail", "burger", toestand="erkend", kwargs=_erkenning("erkend")),
    Scan("meldingen:index"),
    Scan("meldingen:index", toestand="met fouten", actie=_verstuur_leeg),
    Scan("meldingen:verstuurd", toestand="met ontvangstcode", actie=_volledig_melden),
    Scan("meldingen:opvolgen"),
    Scan("meldingen:opvolgen", toestand="foute code", actie=_foute_code),
    Scan("meldingen:opvolgen-melding", toestand="met vraag", kwargs=_melding_met_code(), actie=_code_ingeven),
    Scan(
        "meldingen:opvolgen-melding",
        toestand="geen bestand gekozen",
        kwargs=_melding_met_code(berichten=False),
        actie=_code_en_leeg_bestand,
    ),
    Scan(
        "meldingen:opvolgen-melding",
        toestand="afgesloten",
        kwargs=_melding_met_code("afgesloten", berichten=False),
        actie=_code_ingeven,
    ),
    Scan("meldingen:cijfers", toestand="zonder cijfers"),
    Scan("meldingen:cijfers", kwargs=_meldingscijfers),
    Scan("vrijwilligers:index"),
    Scan("signalen:index"),
    Scan("toegankelijkheid:index", toestand="zonder plannen"),
    Scan("toegankelijkheid:index", kwargs=_toegankelijkheid("index")),
    Scan("toegankelijkheid:plan", kwargs=_toegankelijkheid("plan")),
    Scan("toegankelijkheid:acties", kwargs=_toegankelijkheid("plan")),
    Scan("toegankelijkheid:actie", kwargs=_toegankelijkheid("actie")),
    Scan("toegankelijkheid:evaluatie", kwargs=_toegankelijkheid("evaluatie")),
    Scan("toegankelijkheid:advies", kwargs=_toegankelijkheid("advies")),
    Scan("toegankelijkheid:mijn-acties", "dienst", kwargs=_mijn_acties),
    Scan("toegankelijkheid:mijn-acties", "dienst", toestand="zonder acties"),
    Scan("toegankelijkheid:actie-bijwerken", "dienst", kwargs=_actie_van_dienst),
    Scan(
        "toegankelijkheid:actie-bijwerken",
        "dienst",
        toestand="met fouten",
        kwargs=_actie_van_dienst,
        actie=_update_fout,
    ),
    Scan("toegankelijkheid:adviezen", "adviesraad", kwargs=_adviezen),
    Scan("toegankelijkheid:advies-nieuw", "adviesraad"),
    Scan("toegankelijkheid:advies-nieuw", "adviesraad", toestand="met fouten", actie=_verstuur_leeg),
    Scan("toegankelijkheid:advies-bewerken", "adviesraad", kwargs=_advies_concept),
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
    Scan("account_reset_password_from_key", kwargs=lambda p: {"uidb36": "zz", "key": "ongeldig"}),
    Scan("account_reset_password_from_key_done"),
    Scan("account_confirm_email", kwargs=lambda p: {"key": "ongeldige-sleutel"}),
    Scan("mfa_index", "burger"),
    Scan("mfa_activate_totp", "burger", toestand="na wachtwoord", actie=_opnieuw_aanmelden),
    Scan("socialaccount_login_cancelled"),
    Scan("socialaccount_login_error"),
    Scan("socialaccount_connections", "burger"),
]
