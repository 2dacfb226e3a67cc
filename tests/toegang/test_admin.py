"""The back office: only staff get in, and every changelist costs the same number of queries
whether it shows 3 rows or 30 (no N+1 for a civil servant scrolling all day)."""

import datetime

import pytest
from django.contrib import admin
from django.urls import reverse

from gelijkekansen.core.audit import audit_registreren
from gelijkekansen.core.models import Rapport, StatusWijziging
from tests.factories import LidmaatschapFactory, OrganisatieFactory, UserFactory
from tests.queries import pagina_queries

CHANGELISTS = sorted(
    f"admin:{m._meta.app_label}_{m._meta.model_name}_changelist" for m in admin.site._registry
)


# Lists of special-category data: for the role itself, a superuser without it is refused.
ALLEEN_VOOR_DE_ROL = {"admin:meldingen_melding_changelist", "admin:meldingen_antwoordsjabloon_changelist"}


@pytest.mark.parametrize("naam", CHANGELISTS)
def test_backoffice_alleen_voor_medewerkers(client, burger, beheerder, meldpunt_medewerker, naam):
    url = reverse(naam)
    assert client.get(url)["Location"].startswith("/admin/login/")
    client.force_login(burger)
    assert client.get(url)["Location"].startswith("/admin/login/")
    client.force_login(beheerder)
    if naam in ALLEEN_VOOR_DE_ROL:
        assert client.get(url).status_code == 403
        client.force_login(meldpunt_medewerker)
    assert client.get(url).status_code == 200


def _organisaties(n, door):
    OrganisatieFactory.create_batch(n)


def _lidmaatschappen(n, door):
    LidmaatschapFactory.create_batch(n)


def _gebruikers(n, door):
    UserFactory.create_batch(n, rollen=["jury"])


def _statuswijzigingen(n, door):
    start = Rapport.objects.count()
    for i in range(start, start + n):
        rapport = Rapport.objects.create(
            soort="organisaties-per-wijk", parameters={"i": i}, aangevraagd_door=door
        )
        StatusWijziging.objects.create(object=rapport, van="wachtend", naar="bezig", door=door)


def _auditevents(n, door):
    rapport = Rapport.objects.create(
        soort="organisaties-per-wijk", parameters={"audit": n}, aangevraagd_door=door
    )
    for _ in range(n):
        audit_registreren(wie=door, wat="bekeken", obj=rapport)


def _aanvragen(n, door):
    """Submitted files (drafts are not in the default work list), half of an organisation."""
    from tests.subsidies.factories import AanvraagFactory, OproepFactory

    oproep = OproepFactory()
    for i in range(n):
        AanvraagFactory(
            oproep=oproep,
            coach=door,
            organisatie=OrganisatieFactory() if i % 2 else None,
            naar="ingediend",
            naar__behandelaar=door,
        )


def _betalingen(n, door):
    from subsidies.services.betalingen import betaling_aanmaken
    from tests.subsidies.factories import AanvraagFactory

    for _ in range(n):
        betaling_aanmaken(aanvraag=AanvraagFactory(), soort="voorschot", bedrag=100)


def _betaalbestanden(n, door):
    from gelijkekansen.core.betalingen import diensten

    _betalingen(n, door)
    diensten.betaalbatch_maken(door=door, uitvoeringsdatum=datetime.date(2031, 3, 3))


def _erkenningen(n, door):
    from erkenning.models import Erkenning

    for _ in range(n):
        Erkenning.objects.create(organisatie=OrganisatieFactory(), categorie="senioren", status="erkend")


def _vermeldingen(n, door):
    from tests.erkenning.factories import vereniging_in_gids

    for _ in range(n):
        vereniging_in_gids()


def _rekeningwijzigingen(n, door):
    from gelijkekansen.core.models import Rekeningwijziging

    for _ in range(n):
        Rekeningwijziging.objects.create(
            organisatie=OrganisatieFactory(), iban="BE35310123456737", gevraagd_door=UserFactory()
        )


def _subsidiejaren(n, door):
    from erkenning.models import Subsidiejaar

    start = 2000 + Subsidiejaar.objects.count()
    for jaar in range(start, start + n):
        Subsidiejaar.objects.create(jaar=jaar, deadline_jaarverslag=datetime.date(jaar, 3, 31))


def _jaarverslagen(n, door):
    from erkenning.models import Jaarverslag, Subsidiejaar

    jaar = Subsidiejaar.objects.create(jaar=2100 + n, deadline_jaarverslag=datetime.date(2100 + n, 3, 31))
    for _ in range(n):
        Jaarverslag.objects.create(subsidiejaar=jaar, organisatie=OrganisatieFactory())


def _ondersteuningsvragen(n, door):
    from erkenning.services import instappunt

    for _ in range(n):
        lid = LidmaatschapFactory()
        instappunt.vraag_stellen(organisatie=lid.organisatie, door=lid.user, onderwerp="andere", vraag="?")


def _noodfondsrondes(n, door):
    from subsidies.models import Noodfondsronde

    for i in range(n):
        Noodfondsronde.objects.create(titel=f"Ronde {i}")


def _noodsteunen(n, door):
    from subsidies.models import Noodfondsronde
    from subsidies.services import noodfonds
    from tests.erkenning.factories import erkende_vereniging

    ronde = Noodfondsronde.objects.create(titel=f"Ronde met {n}")
    noodfonds.toekennen(ronde=ronde, door=door, organisaties=[erkende_vereniging() for _ in range(n)])


def _werkingssubsidies(n, door):
    from erkenning.models import Jaarverslag, Subsidiejaar, Werkingssubsidie

    jaar = Subsidiejaar.objects.create(jaar=2090 - n, deadline_jaarverslag=datetime.date(2090 - n, 3, 31))
    for _ in range(n):
        verslag = Jaarverslag.objects.create(subsidiejaar=jaar, organisatie=OrganisatieFactory())
        Werkingssubsidie.objects.create(
            subsidiejaar=jaar,
            organisatie=verslag.organisatie,
            jaarverslag=verslag,
            punten=1,
            volgens_formule=1,
            bedrag=1,
        )


def _toegankelijkheidsplannen(n, door):
    from tests.toegankelijkheid.factories import plan

    for _ in range(n // 3 or 1):
        plan(acties=3)


def _toegankelijkheidsupdates(n, door):
    from django.utils import timezone

    from tests.toegankelijkheid.factories import plan
    from toegankelijkheid.services import voortgang

    for actie in plan(acties=n).acties.all():
        voortgang.update_indienen(
            actie=actie, door=door, datum=timezone.localdate(), tekst="x", actie_status="lopend", voortgang=5
        )


def _evaluaties(n, door):
    from tests.toegankelijkheid.factories import gepubliceerde_evaluatie, plan

    for _ in range(n // 3 or 1):
        gepubliceerde_evaluatie(plan(acties=3))


def _adviezen(n, door):
    from tests.toegankelijkheid.factories import advies, plan, raadslid

    actieplan = plan()
    for _ in range(n):
        advies(raadslid(), status="ingediend", actieplan=actieplan)


MAKERS = {
    "toegankelijkheid_actieplan": _toegankelijkheidsplannen,
    "toegankelijkheid_actie": _toegankelijkheidsplannen,
    "toegankelijkheid_voortgangsupdate": _toegankelijkheidsupdates,
    "toegankelijkheid_evaluatie": _evaluaties,
    "toegankelijkheid_advies": _adviezen,
    "erkenning_werkingssubsidie": _werkingssubsidies,
    "subsidies_noodfondsronde": _noodfondsrondes,
    "subsidies_noodsteun": _noodsteunen,
    "erkenning_ondersteuningsvraag": _ondersteuningsvragen,
    "erkenning_subsidiejaar": _subsidiejaren,
    "erkenning_jaarverslag": _jaarverslagen,
    "core_rekeningwijziging": _rekeningwijzigingen,
    "erkenning_erkenning": _erkenningen,
    "erkenning_vermelding": _vermeldingen,
    "subsidies_aanvraag": _aanvragen,
    "core_betaling": _betalingen,
    "core_betaalbatch": _betaalbestanden,
    "core_organisatie": _organisaties,
    "core_lidmaatschap": _lidmaatschappen,
    "accounts_user": _gebruikers,
    "core_statuswijziging": _statuswijzigingen,
    "core_rapport": _statuswijzigingen,
    "core_auditevent": _auditevents,
}


def _aantal_queries(client, url) -> int:
    return pagina_queries(client, url)


@pytest.mark.parametrize("model", sorted(MAKERS))
def test_lijst_in_de_backoffice_heeft_vast_aantal_queries(client, beheerder, model):
    url = reverse(f"admin:{model}_changelist")
    client.force_login(beheerder)
    MAKERS[model](3, beheerder)
    weinig = _aantal_queries(client, url)
    MAKERS[model](30, beheerder)
    assert _aantal_queries(client, url) == weinig
