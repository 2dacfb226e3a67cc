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
