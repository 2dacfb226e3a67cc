"""How far a plan is: per domain and result area the number of actions in each status and the
average progress, in one query. The average leaves out dropped actions: they will not progress."""

from dataclasses import dataclass, field

from django.db.models import Avg, Count, Q
from django.utils.translation import gettext as _

from gelijkekansen.core.grafieken import Grafiek, staafdiagram
from toegankelijkheid.constants import ActieStatus
from toegankelijkheid.models import Actieplan, Domein, Resultaatsgebied


@dataclass
class Rij:
    naam: str
    aantallen: dict[str, int]  # status -> number of actions
    voortgang: int  # average %, dropped actions left out

    @property
    def totaal(self) -> int:
        return sum(self.aantallen.values())

    @property
    def waarden(self) -> list:
        return [*(self.aantallen[s] for s in ActieStatus.values), self.totaal, f"{self.voortgang}%"]


@dataclass
class DomeinOverzicht:
    domein: Domein
    totaal: Rij
    gebieden: list[Rij] = field(default_factory=list)

    @property
    def grafiek(self) -> Grafiek:
        return staafdiagram(
            id=f"domein-{self.domein.code}",
            titel=_("Gemiddelde voortgang per resultaatsgebied: %(domein)s") % {"domein": self.domein},
            waarden=[(rij.naam, rij.voortgang) for rij in self.gebieden],
            tekst=lambda waarde: f"{waarde}%",
        )

    @property
    def tabel(self) -> dict:
        return {
            "categorie_kop": _("Resultaatsgebied"),
            "kolommen": [{"titel": label} for label in ActieStatus.labels]
            + [{"titel": _("Totaal")}, {"titel": _("Voortgang")}],
            "rijen": [
                {"categorie": rij.naam, "waarden": rij.waarden} for rij in [*self.gebieden, self.totaal]
            ],
        }


def _per_status() -> dict:
    aantallen = {f"n_{s}": Count("pk", filter=Q(status=s)) for s in ActieStatus.values}
    return {**aantallen, "gemiddeld": Avg("voortgang", filter=~Q(status=ActieStatus.GESCHRAPT))}


def _rij(naam: str, cijfers: dict) -> Rij:
    return Rij(
        naam=naam,
        aantallen={s: cijfers.get(f"n_{s}") or 0 for s in ActieStatus.values},
        voortgang=round(cijfers.get("gemiddeld") or 0),
    )


def plan_overzicht(plan: Actieplan) -> list[DomeinOverzicht]:
    """Every domain with at least one action in the plan, its result areas in number order."""
    per_gebied = {
        r["resultaatsgebied"]: r
        for r in plan.acties.values("resultaatsgebied").annotate(**_per_status()).order_by()
    }
    gebieden = Resultaatsgebied.objects.filter(pk__in=per_gebied).select_related("domein").order_by("nummer")
    overzicht: dict[int, DomeinOverzicht] = {}
    for gebied in gebieden:
        domein = overzicht.setdefault(gebied.domein_id, DomeinOverzicht(gebied.domein, totaal=None))
        domein.gebieden.append(_rij(str(gebied), per_gebied[gebied.pk]))
    per_domein = plan.acties.values("resultaatsgebied__domein").annotate(**_per_status()).order_by()
    for cijfers in per_domein:
        overzicht[cijfers["resultaatsgebied__domein"]].totaal = _rij(_("Alle acties van het domein"), cijfers)
    return sorted(overzicht.values(), key=lambda d: d.domein.volgorde)


def plan_totaal(plan: Actieplan) -> Rij:
    return _rij(_("Alle acties"), plan.acties.aggregate(**_per_status()))


def evaluatie_context(evaluatie) -> dict:
    """What the evaluation page and its PDF show: the frozen actions, and the roll-up per result
    area computed from those snapshots only (never from today's actions)."""
    opnames = list(evaluatie.acties.order_by("resultaatsgebied_nummer", "nummer"))
    per_gebied: dict[int, list] = {}
    for opname in opnames:
        per_gebied.setdefault(opname.resultaatsgebied_nummer, []).append(opname)
    rijen = [
        _rij_uit(f"{nummer}. {groep[0].resultaatsgebied}", groep) for nummer, groep in per_gebied.items()
    ]
    return {
        "evaluatie": evaluatie,
        "plan": evaluatie.actieplan,
        "opnames": opnames,
        "totaal": _rij_uit(_("Alle acties"), opnames),
        "tabel": {
            "categorie_kop": _("Resultaatsgebied"),
            "kolommen": [{"titel": label} for label in ActieStatus.labels]
            + [{"titel": _("Totaal")}, {"titel": _("Voortgang")}],
            "rijen": [
                {"categorie": rij.naam, "waarden": rij.waarden}
                for rij in [*rijen, _rij_uit(_("Alle acties"), opnames)]
            ],
        },
    }


def _rij_uit(naam: str, opnames: list) -> Rij:
    lopend = [o.voortgang for o in opnames if o.status != ActieStatus.GESCHRAPT]
    return Rij(
        naam=naam,
        aantallen={s: sum(1 for o in opnames if o.status == s) for s in ActieStatus.values},
        voortgang=round(sum(lopend) / len(lopend)) if lopend else 0,
    )
