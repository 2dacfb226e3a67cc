"""Recognised associations for tests."""

from itertools import count

from erkenning.constants import Categorie, ErkenningStatus
from erkenning.models import Erkenning, Vermelding
from tests.factories import OrganisatieFactory

_nummer = count(1)


def erkende_vereniging(categorie: str = Categorie.SENIOREN, status: str = ErkenningStatus.ERKEND, **velden):
    organisatie = OrganisatieFactory(**{"email": f"vereniging{next(_nummer)}@example.org", **velden})
    Erkenning.objects.create(organisatie=organisatie, categorie=categorie, status=status)
    return organisatie


def vereniging_in_gids(voorstelling: str = "Wekelijks samen koken en praten.", **velden):
    organisatie = erkende_vereniging(**velden)
    Vermelding.objects.create(organisatie=organisatie, zichtbaar=True, voorstelling=voorstelling)
    return organisatie


def aanvraag_voor_erkenning(
    naar: str = ErkenningStatus.CONCEPT,
    *,
    verantwoordelijke=None,
    behandelaar=None,
    categorie: str = Categorie.SENIOREN,
    organisatie=None,
    volledig: bool = True,
):
    """An application of an association with a confirmed responsible, filled in through the
    association's services and moved to ``naar`` through the real steps (erkenning/scenario.py)."""
    from erkenning import scenario
    from erkenning.services import aanvragen
    from gelijkekansen.accounts.roles import Rol
    from tests.factories import LidmaatschapFactory, UserFactory

    organisatie = organisatie or OrganisatieFactory(email=f"aanvrager{next(_nummer)}@example.org")
    verantwoordelijke = verantwoordelijke or UserFactory()
    if not organisatie.lidmaatschappen.filter(user=verantwoordelijke).exists():
        LidmaatschapFactory(user=verantwoordelijke, organisatie=organisatie)
    erkenning = aanvragen.erkenning_starten(
        organisatie=organisatie, categorie=categorie, door=verantwoordelijke
    )
    if volledig:
        scenario.concept_invullen(erkenning, door=verantwoordelijke)
    if naar != ErkenningStatus.CONCEPT:
        behandelaar = behandelaar or UserFactory(rollen=[Rol.ERKENNINGEN])
        scenario.naar_status(erkenning, naar, behandelaar=behandelaar)
    return erkenning


def subsidiejaar(**velden):
    """A grant year whose annual reports are still due: next year, deadline 31 March of it (so a
    test does not start failing once a fixed date has passed)."""
    from datetime import date

    from django.utils import timezone

    from erkenning.models import Subsidiejaar

    jaar = timezone.localdate().year + 1
    return Subsidiejaar.objects.create(**{"jaar": jaar, "deadline_jaarverslag": date(jaar, 3, 31), **velden})
