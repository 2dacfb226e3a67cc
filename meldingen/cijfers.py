"""The Meldpunt's figures, read only from the figures rows (models/statistiek.py), never from a
report: by type, ground, life domain, channel, wijk, referral and outcome, and the trend over the
years. Public figures go through the kernel's suppression (core.cijfers): counts under 5 hidden,
and more where a hidden count could be computed from the totals. Staff's internal report shows
the true counts.

A report has one type, domain, channel and wijk, so those tables add up to the year's totals and
are suppressed together. A report can name several grounds and go to several bodies: those
tables do not add up (their note says so) and are suppressed on their own.
"""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from gelijkekansen.core.cijfers import Onderdrukt, Tabel, onderdrukt, samen_onderdrukt
from gelijkekansen.core.grafieken import als_tekst, staafdiagram
from gelijkekansen.core.models import Wijk
from meldingen.constants import GROND_NAMEN, Instantie, Kanaal, Levensdomein, Soort, Uitkomst
from meldingen.models import Grond, Statistiek, Verwijzingscijfer

GEEN_WIJK = "-"


@dataclass(frozen=True)
class Periode:
    jaar: int
    maand: int | None = None  # None: the whole year

    def rijen(self):
        rijen = Statistiek.objects.filter(jaar=self.jaar)
        return rijen.filter(maand=self.maand) if self.maand else rijen


def _tellingen(rijen, veld: str, *, meervoudig: bool = False) -> dict:
    """{value: (reports, dossiers)}; one query. ``meervoudig``: a report can have several values
    (grounds): a join, so each report is counted once per value with DISTINCT."""
    uniek = {"distinct": True} if meervoudig else {}
    return {
        r[veld]: (r["meldingen"], r["dossiers"])
        for r in rijen.order_by()
        .values(veld)
        .annotate(meldingen=Count("id", **uniek), dossiers=Count("id", filter=Q(is_dossier=True), **uniek))
    }


def _tabel(tellingen: dict, rijen: list[tuple[object, str]], *, optelbaar: bool) -> Tabel:
    return Tabel(
        rijen=[naam for _code, naam in rijen],
        kolommen=["meldingen", "dossiers"],
        waarden=[list(tellingen.get(code, (0, 0))) for code, _naam in rijen],
        kolomtotalen=optelbaar,
    )


def _tabellen(periode: Periode) -> tuple[dict[str, Tabel], dict[str, Tabel], Tabel]:
    rijen = periode.rijen()
    wijken = [(w.pk, w.naam) for w in Wijk.objects.order_by("naam")] + [
        (None, _("Niet in een Gentse wijk of onbekend"))
    ]
    optelbaar = {
        "soort": _tabel(_tellingen(rijen, "soort"), Soort.choices, optelbaar=True),
        "levensdomein": _tabel(_tellingen(rijen, "levensdomein"), Levensdomein.choices, optelbaar=True),
        "kanaal": _tabel(_tellingen(rijen, "kanaal"), Kanaal.choices, optelbaar=True),
        "wijk": _tabel(_tellingen(rijen, "wijk"), wijken, optelbaar=True),
    }
    gronden = [(g.code, str(GROND_NAMEN.get(g.code, g.code))) for g in Grond.objects.all()]
    verwijzingen = Verwijzingscijfer.objects.filter(statistiek__in=rijen)
    los = {
        "gronden": _tabel(_tellingen(rijen, "gronden", meervoudig=True), gronden, optelbaar=False),
        "instantie": _tabel(
            {
                r["instantie"]: (r["meldingen"], r["dossiers"])
                for r in verwijzingen.order_by()
                .values("instantie")
                .annotate(
                    meldingen=Count("statistiek", distinct=True),
                    dossiers=Count("statistiek", distinct=True, filter=Q(statistiek__is_dossier=True)),
                )
            },
            Instantie.choices,
            optelbaar=False,
        ),
    }
    per_uitkomst = {
        (r["instantie"], r["uitkomst"]): r["n"]
        for r in verwijzingen.order_by().values("instantie", "uitkomst").annotate(n=Count("id"))
    }
    uitkomsten = Tabel(
        rijen=[label for _c, label in Instantie.choices],
        kolommen=[label for _c, label in Uitkomst.choices],
        waarden=[[per_uitkomst.get((i, u), 0) for u, _l in Uitkomst.choices] for i, _l in Instantie.choices],
        rijtotalen=True,
        kolomtotalen=True,
    )
    return optelbaar, los, uitkomsten


def _totalen(periode: Periode) -> tuple[int, int]:
    telling = periode.rijen().aggregate(
        meldingen=Count("id"), dossiers=Count("id", filter=Q(is_dossier=True))
    )
    return telling["meldingen"], telling["dossiers"]


def _getoond(tabel: Tabel) -> Onderdrukt:
    """A table with the true counts, in the shape of a suppressed one (staff's report)."""
    return onderdrukt(tabel, minimum=1)


TITELS = {
    "soort": lambda: _("Meldingen per soort"),
    "gronden": lambda: _("Meldingen per grond"),
    "levensdomein": lambda: _("Meldingen per levensdomein"),
    "kanaal": lambda: _("Meldingen per kanaal"),
    "wijk": lambda: _("Meldingen per wijk"),
    "instantie": lambda: _("Meldingen doorverwezen, per instantie"),
}
VOETNOTEN = {
    "gronden": lambda: _(
        "Een melding kan over meer dan één grond gaan. Ze telt dan bij elke grond één keer mee. "
        "Daarom is de som hoger dan het aantal meldingen."
    ),
    "instantie": lambda: _(
        "Een melding kan naar meer dan één instantie gaan. Ze telt dan bij elke instantie één keer mee."
    ),
}


def _als_blok(sleutel: str, uitkomst: Onderdrukt) -> dict:
    titel = TITELS[sleutel]()
    namen = [str(r) for r in uitkomst.tabel.rijen]
    grafiek = staafdiagram(
        id=f"meldingen-{sleutel}",
        titel=titel,
        waarden=[(naam, rij[0]) for naam, rij in zip(namen, uitkomst.cellen, strict=True)],
    )
    rijen = [
        {"categorie": naam, "waarden": [als_tekst(c) for c in rij]}
        for naam, rij in zip(namen, uitkomst.cellen, strict=True)
    ]
    if uitkomst.kolomtotalen is not None:
        rijen.append({"categorie": _("Totaal"), "waarden": [als_tekst(c) for c in uitkomst.kolomtotalen]})
    return {
        "id": f"meldingen-{sleutel}",
        "titel": titel,
        "grafiek": grafiek,
        "tabel": {
            "categorie_kop": titel,
            "kolommen": [{"titel": _("Meldingen")}, {"titel": _("Waarvan dossiers")}],
            "rijen": rijen,
        },
        "voetnoot": VOETNOTEN[sleutel]() if sleutel in VOETNOTEN else "",
    }


def _uitkomst_blok(uitkomst: Onderdrukt) -> dict:
    kolommen = [str(k) for k in uitkomst.tabel.kolommen]
    rijen = [
        {"categorie": str(naam), "waarden": [als_tekst(c) for c in [*rij, totaal]]}
        for naam, rij, totaal in zip(uitkomst.tabel.rijen, uitkomst.cellen, uitkomst.rijtotalen, strict=True)
    ]
    rijen.append(
        {
            "categorie": _("Totaal"),
            "waarden": [als_tekst(c) for c in [*uitkomst.kolomtotalen, uitkomst.totaal]],
        }
    )
    return {
        "id": "meldingen-uitkomst",
        "titel": _("Doorverwijzingen per instantie en uitkomst"),
        "tabel": {
            "categorie_kop": _("Instantie"),
            "kolommen": [{"titel": k} for k in [*kolommen, _("Totaal")]],
            "rijen": rijen,
        },
    }


def trend(tot_jaar: int, *, publiek: bool) -> dict:
    jaren = {
        r["jaar"]: (r["meldingen"], r["dossiers"])
        for r in Statistiek.objects.filter(jaar__lte=tot_jaar)
        .order_by()
        .values("jaar")
        .annotate(meldingen=Count("id"), dossiers=Count("id", filter=Q(is_dossier=True)))
    }
    if not jaren:
        return {}
    reeks = list(range(min(jaren), tot_jaar + 1))
    tabel = Tabel(
        rijen=reeks, kolommen=["meldingen", "dossiers"], waarden=[list(jaren.get(j, (0, 0))) for j in reeks]
    )
    uitkomst = onderdrukt(tabel) if publiek else _getoond(tabel)
    titel = _("Meldingen en dossiers per jaar")
    return {
        "id": "meldingen-trend",
        "titel": titel,
        "grafiek": staafdiagram(
            id="meldingen-trend",
            titel=titel,
            waarden=[(str(j), rij[0]) for j, rij in zip(reeks, uitkomst.cellen, strict=True)],
        ),
        "tabel": {
            "categorie_kop": _("Jaar"),
            "kolommen": [{"titel": _("Meldingen")}, {"titel": _("Waarvan dossiers")}],
            "rijen": [
                {"categorie": str(j), "waarden": [als_tekst(c) for c in rij]}
                for j, rij in zip(reeks, uitkomst.cellen, strict=True)
            ],
        },
    }


def overzicht(periode: Periode, *, publiek: bool) -> dict:
    """Everything a figures page or report shows for ``periode``; ``publiek``: suppressed."""
    optelbaar, los, uitkomsten = _tabellen(periode)
    if publiek:
        uit = samen_onderdrukt(optelbaar) | {k: onderdrukt(t) for k, t in los.items()}
        uitkomst = onderdrukt(uitkomsten)
    else:
        uit = {k: _getoond(t) for k, t in (optelbaar | los).items()}
        uitkomst = _getoond(uitkomsten)
    if publiek:  # the same totals the tables publish (hidden there, hidden here)
        meldingen, dossiers = uit["soort"].kolomtotalen
    else:
        meldingen, dossiers = _totalen(periode)
    volgorde = ["soort", "gronden", "levensdomein", "kanaal", "wijk", "instantie"]
    return {
        "periode": periode,
        "meldingen": als_tekst(meldingen),
        "dossiers": als_tekst(dossiers),
        "blokken": [_als_blok(k, uit[k]) for k in volgorde],
        "uitkomst": _uitkomst_blok(uitkomst),
        "trend": trend(periode.jaar, publiek=publiek),
    }


def bewaard_overzicht(periode: Periode, *, publiek: bool) -> dict:
    """``overzicht`` kept until a figures row changes (core.publiek, per language): aggregates
    only, never a report. The Meldpunt's page costs no aggregate query when nothing changed."""
    from gelijkekansen.core import publiek as fragmenten
    from meldingen.constants import PUBLIEK

    naam = f"overzicht:{'publiek' if publiek else 'intern'}:{periode.jaar}:{periode.maand or ''}"
    return fragmenten.onthouden(PUBLIEK, naam, lambda: overzicht(periode, publiek=publiek))


def jaren_met_cijfers(*, tot: int | None = None) -> list[int]:
    jaren = Statistiek.objects.order_by("-jaar").values_list("jaar", flat=True).distinct()
    return [j for j in jaren if tot is None or j <= tot]
