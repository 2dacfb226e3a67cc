"""Action plans, actions, evaluations and advice in a given state, made through the services."""

from datetime import date

from django.contrib.auth.models import Group
from django.utils import timezone

from gelijkekansen.core.models import Lidmaatschap, Organisatie
from gelijkekansen.core.models.organisaties import LidmaatschapRol, OrganisatieSoort, Rechtsvorm
from tests.factories import UserFactory
from toegankelijkheid import scenario
from toegankelijkheid.models import Actie, Actieplan, Resultaatsgebied
from toegankelijkheid.services import adviezen, evaluaties, voortgang


def team_lid():
    user = UserFactory()
    user.groups.add(Group.objects.get(name="toegankelijkheid"))
    return user


def organisatie(naam: str = "Facility Management", soort: str = OrganisatieSoort.STADSDIENST) -> Organisatie:
    return Organisatie.objects.get_or_create(
        naam=naam, defaults={"soort": soort, "rechtsvorm": Rechtsvorm.OVERHEID}
    )[0]


def lid_maken(user, org: Organisatie) -> None:
    Lidmaatschap.objects.update_or_create(
        user=user, organisatie=org, defaults={"rol": LidmaatschapRol.LID, "bevestigd_op": timezone.now()}
    )


def plan(slug: str | None = None, *, acties: int = 1, gepubliceerd: bool = True, trekker=None) -> Actieplan:
    """A plan of two years; without a slug the first free pair of years from 2030 on."""
    if slug is None:
        jaar = 2030
        while Actieplan.objects.filter(slug=f"{jaar}-{jaar + 1}").exists():
            jaar += 2
        slug = f"{jaar}-{jaar + 1}"
    begin = int(slug[:4])
    nieuw = Actieplan.objects.create(
        slug=slug,
        titel=f"Actieplan Toegankelijkheid {slug}",
        begin=date(begin, 1, 1),
        einde=date(begin + 1, 12, 31),
        samenvatting="Iedereen moet overal binnen kunnen.",
    )
    trekker = trekker or organisatie()
    gebied = Resultaatsgebied.objects.get(nummer=1)
    for nummer in range(1, acties + 1):
        Actie.objects.create(
            actieplan=nieuw,
            nummer=nummer,
            resultaatsgebied=gebied,
            trekker=trekker,
            titel=f"Actie {nummer}",
            wat="Iets doen.",
        )
    return scenario.naar_status(nieuw, "gepubliceerd", door=None) if gepubliceerd else nieuw


def actie_van(lid, **plan_velden) -> Actie:
    """An action of a published plan whose service has ``lid`` as a confirmed member."""
    dienst = organisatie()
    lid_maken(lid, dienst)
    return plan(trekker=dienst, **plan_velden).acties.get()


def bijwerken(actie: Actie, *, status: str, pct: int, door, datum: date | None = None):
    update = voortgang.update_indienen(
        actie=actie,
        door=door,
        datum=datum or timezone.localdate(),
        tekst=f"{status} {pct}",
        actie_status=status,
        voortgang=pct,
    )
    scenario.naar_status(update, "goedgekeurd", door=door)
    actie.refresh_from_db()
    return update


def gepubliceerde_evaluatie(actieplan: Actieplan | None = None):
    actieplan = actieplan or plan()
    team = team_lid()
    evaluatie = evaluaties.evaluatie_maken(plan=actieplan, jaar=actieplan.begin.year, door=team)
    return scenario.naar_status(evaluatie, "gepubliceerd", door=team)


def raadslid(user=None, raad: str = "SAPH"):
    user = user or UserFactory()
    user.groups.add(Group.objects.get(name="adviesraad"))
    lid_maken(user, organisatie(raad, OrganisatieSoort.ADVIESRAAD))
    return user


def advies(
    lid, *, status: str = "concept", actieplan: Actieplan | None = None, punten=("Maak het toegankelijk.",)
):
    """An advice of ``lid``'s council about a published plan, brought to ``status``."""
    raad = Organisatie.objects.filter(soort=OrganisatieSoort.ADVIESRAAD, lidmaatschappen__user=lid).first()
    velden = {"adviesraad": raad, "actieplan": actieplan or plan(), "titel": "Ons advies", "inleiding": ""}
    nieuw = adviezen.advies_bewaren(advies=None, door=lid, velden=velden, punten=list(punten))
    return scenario.naar_status(nieuw, status, door=team_lid(), lid=lid) if status != "concept" else nieuw
