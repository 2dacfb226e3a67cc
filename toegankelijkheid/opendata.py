"""A published plan's actions as open data (CSV and JSON). The fields are described here once: the
files, the JSON's own description and the plan page's table all read ``VELDEN``. Identifiers are
the actions' UUIDs, which never change, also when an action is carried over (``overgenomen_van``)."""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from toegankelijkheid.models import Actie


@dataclass(frozen=True)
class Veld:
    naam: str
    beschrijving: str
    waarde: Callable[[Actie], object]


def _datum(d) -> str | None:
    return d.isoformat() if d else None


VELDEN = [
    Veld("id", _("Vaste identificatie van de actie (UUID)."), lambda a: str(a.sleutel)),
    Veld("plan", _("Het actieplan, bijvoorbeeld 2020-2021."), lambda a: a.actieplan.slug),
    Veld("nummer", _("Nummer van de actie in het plan."), lambda a: a.nummer),
    Veld("titel", _("Korte naam van de actie."), lambda a: a.titel),
    Veld("wat", _("Wat de stad doet."), lambda a: a.wat),
    Veld("waarom", _("Waarom."), lambda a: a.waarom),
    Veld(
        "domein",
        _("Code van het domein: infrastructuur, communicatie of dienstverlening."),
        lambda a: a.resultaatsgebied.domein.code,
    ),
    Veld(
        "resultaatsgebied",
        _("Nummer van het resultaatsgebied (1 tot 11)."),
        lambda a: a.resultaatsgebied.nummer,
    ),
    Veld("dienst", _("Verantwoordelijke stadsdienst."), lambda a: a.trekker.naam),
    Veld("partners", _("Partners."), lambda a: a.partners),
    Veld("begin", _("Begindatum (JJJJ-MM-DD)."), lambda a: _datum(a.begin)),
    Veld("einde", _("Einddatum (JJJJ-MM-DD)."), lambda a: _datum(a.einde)),
    Veld("status", _("gepland, lopend, gerealiseerd, uitgesteld of geschrapt."), lambda a: a.status),
    Veld("voortgang", _("Voortgang in procent (0 tot 100)."), lambda a: a.voortgang),
    Veld("indicator", _("Waaraan we zien dat het lukt."), lambda a: a.indicator),
    Veld("streefwaarde", _("Het doel voor de indicator."), lambda a: a.streefwaarde),
    Veld(
        "bijgewerkt_op",
        _("Datum van de laatste goedgekeurde update (JJJJ-MM-DD)."),
        lambda a: _datum(a.bijgewerkt_op),
    ),
    Veld(
        "overgenomen_van",
        _("id van dezelfde actie in het vorige plan, of leeg."),
        lambda a: str(a.overgenomen_van.sleutel) if a.overgenomen_van else None,
    ),
]


def acties_van(plan):
    return plan.acties.select_related(
        "actieplan", "resultaatsgebied__domein", "trekker", "overgenomen_van"
    ).order_by("nummer")


def rijen(plan, *, voor_rekenblad: bool = False) -> list[dict]:
    maak = _rekenblad_veilig if voor_rekenblad else (lambda waarde: waarde)
    return [{veld.naam: maak(veld.waarde(actie)) for veld in VELDEN} for actie in acties_van(plan)]


def _rekenblad_veilig(waarde):
    """A text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
    apostrophe in the CSV: the file opens as text, never as a link or a command. The JSON keeps
    the text as written."""
    if isinstance(waarde, str) and waarde[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + waarde
    return waarde
