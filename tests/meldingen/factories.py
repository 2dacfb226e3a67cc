"""Reports in a given state, made through the services (meldingen/scenario.py)."""

from django.contrib.auth.models import Group

from meldingen import scenario
from meldingen.models import Grond, Melding
from meldingen.services import melden
from tests.factories import UserFactory

VERHAAL = "De portier liet mijn vrienden binnen, maar mij niet. Hij zei dat het vol was."


def meldpunt_lid():
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name="meldpunt"))
    return user


def melding(
    status: str = "nieuw",
    *,
    gronden=("huidskleur",),
    toestemmingen=(),
    door=None,
    kanaal: str = "web",
    **gegevens,
) -> tuple[Melding, str]:
    """A report and its receipt code; ``status`` reached through the Meldpunt's steps."""
    velden = {
        "soort": "discriminatie",
        "levensdomein": "uitgaansleven",
        "beschrijving": VERHAAL,
        "rol": "slachtoffer",
        "wens": "hulp",
        **gegevens,
    }
    nieuw, code = melden.melding_indienen(
        gegevens=velden,
        gronden=list(Grond.objects.filter(code__in=gronden)),
        toestemmingen=list(toestemmingen),
        kanaal=kanaal,
        door=door,
    )
    if status != "nieuw":
        scenario.naar_status(nieuw, status, door=door or meldpunt_lid())
    return nieuw, code


def formulier(**anders) -> dict:
    """What a browser posts for a complete report."""
    return {
        "soort": "discriminatie",
        "gronden": ["huidskleur", "afkomst"],
        "levensdomein": "werk",
        "gebeurd_op": "2026-11-20",
        "wijk": "",
        "plaats": "Korenmarkt",
        "platform": "",
        "link": "",
        "beschrijving": VERHAAL,
        "rol": "slachtoffer",
        "wens": "doorverwijzen",
        "toestemmingen": ["unia"],
        "naam": "",
        "email": "",
        "telefoon": "",
        "website": "",
        **anders,
    }
