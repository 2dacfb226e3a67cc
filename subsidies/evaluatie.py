"""The test-year evaluation of Samen Aan Zet (policy note §5.1), in figures.

Four questions: who applies, what happens with the money, is there a good balance between
wijkgericht and stedelijk initiatives, and do vulnerable groups find their way to the regulation.
Applications count once submitted (filtered on ``ingediend_op``). "First time", "helped" and
question 4 come from the anonymous monitoring questionnaire, which has no link back to the
application (filtered on ``ingevuld_op``).

Every figure leaves this module already passed through ``gelijkekansen.core.cijfers``: page, PDF
and CSV only ever see published values, so none of them can show a small number by accident.
Where a table's cells add up to a total the reader knows (a total row or column, or the same
total in another table), the table goes through ``onderdrukt`` with that total declared, so a
hidden cell cannot be computed back (complementary suppression). Tables whose rows overlap (an
application in two wijken, with two goals) add up to nothing a reader knows: there only the
threshold applies. The figures cost a fixed number of aggregate queries, whatever the number of
applications; the charts (``core.grafieken``) are drawn from the published values.
"""

from datetime import date
from decimal import Decimal

from django.db.models import Count, Q, QuerySet, Sum
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from gelijkekansen.core import cijfers as kern
from gelijkekansen.core.cijfers import Cel, Onderdrukt, Tabel, onderdrukt, samen_onderdrukt
from gelijkekansen.core.grafieken import als_tekst, staafdiagram
from gelijkekansen.core.models import Betaling, Doelgroep, Wijk
from gelijkekansen.core.models.betalingen import UITGAAND
from subsidies.constants import AanvragerSoort, BetalingSoort, BetalingStatus, Doel, Reikwijdte
from subsidies.models import Aanvraag, Monitoring, Oproep
from subsidies.models.monitoring import HoeGehoord
from subsidies.workflow import TOEGEKEND

NUL = Decimal("0.00")

Waarde = Cel

__all__ = ["als_tekst", "evaluatie_cijfers", "onderdruk", "platte_rijen"]


def onderdruk(aantal: int, *, bedrag: Decimal | None = None) -> Waarde:
    """The published value of one count, or of an amount over ``aantal`` applications, on its own.

    A count of 1 to 4 is hidden ("<5"); an amount over 1 to 4 applications too ("<5 aanvragen").
    Zero stays zero (``core.cijfers`` says why). Only for figures outside an additive table.
    """
    return _euro(kern.enkel(aantal, bedrag=bedrag, eenheid=_("aanvragen")))


def _euro(waarde: Waarde) -> Waarde:
    return waarde.quantize(NUL) if isinstance(waarde, Decimal) else waarde


def evaluatie_cijfers(*, van: date | None, tot: date | None, oproep: Oproep | None) -> dict:
    """The four questions, each a list of tables of published values.

    ``{"van", "tot", "oproep", "aantal_aanvragen", "aantal_vragenlijsten", "vragen": [{"nummer",
    "code", "titel", "tabellen": [{"code", "titel", "categorie_kop", "kolommen": [{"code",
    "titel"}], "rijen": [{"code", "categorie", "waarden": [...]}], "voetnoot", "wijkbron",
    "grafiek"}]}]}``: a value is a number or ``core.cijfers.Verborgen``; ``grafiek`` a
    ``core.grafieken.Grafiek`` or None.
    """
    aanvragen = _aanvragen(van=van, tot=tot, oproep=oproep)
    antwoorden = _vragenlijsten(van=van, tot=tot, oproep=oproep)
    per_doel = {f"{d}__{naam}": a for d in Doel.values for naam, a in _geld(_heeft_doel(d)).items()}
    betaald, betaald_doelgroep = _betaald_cijfers(aanvragen)
    # Twelve queries, whatever the number of applications.
    g = {
        "soort": _per(
            aanvragen, "aanvrager_soort", n=Count("pk"), gecoacht=Count("pk", filter=Q(coach__isnull=False))
        ),
        "reikwijdte": _per(aanvragen, "reikwijdte", **_geld()),
        "doel": aanvragen.aggregate(**per_doel) | betaald,
        "doelgroep": _per(aanvragen, "doelgroepen", **_geld()),
        "betaald_doelgroep": betaald_doelgroep,
        "wijk": _per(aanvragen, "wijken", **_geld()),
        "monitoring": _per(antwoorden, "aanvrager_soort", **_antwoorden()),
        "bereikt": {
            (r["bereikte_groepen"], r["aanvrager_soort"]): r["n"]
            for r in antwoorden.values("bereikte_groepen", "aanvrager_soort").annotate(n=Count("pk"))
        },
        "doelgroepen": list(Doelgroep.objects.order_by("naam")),
        "wijken": list(Wijk.objects.order_by("nummer")),
    }
    # Wijkgericht + stedelijk = every application: those figures are suppressed together once, and
    # the "stedelijk" rows of the wijk tables show the same published values (else a stedelijk
    # figure shown there would give the hidden wijkgericht one by subtraction).
    g["per_reikwijdte"] = _per_reikwijdte(g["reikwijdte"])
    g["vragenlijst"] = _vragenlijst_onderdrukt(g["monitoring"])
    g["coaching"] = _coaching(g["soort"])
    return {
        "van": van,
        "tot": tot,
        "oproep": str(oproep) if oproep else None,
        # The grand totals of their tables: hidden there, hidden here.
        "aantal_aanvragen": g["coaching"][-1][2][0],
        "aantal_vragenlijsten": g["vragenlijst"]["vragenlijsten"][1].totaal,
        "vragen": _met_grafieken(
            [_wie_vraagt_aan(g), _wat_met_de_middelen(g), _evenwicht(g, oproep), _bereik(g)]
        ),
    }


def _grafieken() -> dict[str, tuple[str, str]]:
    """Per table: the column drawn as bars, and the sentence for its largest figure."""
    return {
        "aanvrager_soort": ("aanvragen", _("De meeste aanvragen kwamen van: %(naam)s (%(waarde)s).")),
        "wijk": ("aanvragen", _("De meeste aanvragen kwamen uit %(naam)s (%(waarde)s).")),
        "geld_per_doel": ("toegekend", _("Het meeste geld ging naar %(naam)s (€ %(waarde)s).")),
        "reikwijdte": ("aanvragen", _("De meeste aanvragen waren: %(naam)s (%(waarde)s).")),
        "bereikte_groepen": ("totaal", _("De meeste vragenlijsten noemen: %(naam)s (%(waarde)s).")),
    }


def _met_grafieken(vragen: list[dict]) -> list[dict]:
    """Adds a bar chart (``grafiek``) to the tables that have one, drawn from published values."""
    grafieken = _grafieken()
    for vraag in vragen:
        for tabel in vraag["tabellen"]:
            tabel["grafiek"] = None
            if tabel["code"] not in grafieken:
                continue
            kolom_code, meeste = grafieken[tabel["code"]]
            index = [k["code"] for k in tabel["kolommen"]].index(kolom_code)
            tabel["grafiek"] = staafdiagram(
                id=f"grafiek-{tabel['code']}",
                titel=f"{tabel['titel']}: {tabel['kolommen'][index]['titel']}",
                waarden=[
                    (r["categorie"], r["waarden"][index]) for r in tabel["rijen"] if r["code"] != "totaal"
                ],
                meeste=meeste,
            )
    return vragen


def _wie_vraagt_aan(g: dict) -> dict:
    wijk = g["wijk"]
    tabellen = [
        _tabel(
            "aanvrager_soort",
            _("Aanvragen per soort aanvrager"),
            _("Soort aanvrager"),
            [
                ("aanvragen", _("Aanvragen")),
                ("met_coach", _("Met een coach")),
                ("zonder_coach", _("Zonder coach")),
            ],
            g["coaching"],
            voetnoot=_("Met een coach: een medewerker van de stad begeleidt het dossier."),
        ),
        _tabel_vragenlijst(
            "eerste_aanvraag", _("Is het de eerste aanvraag bij de stad?"), g["vragenlijst"], per_soort=False
        ),
        _tabel_vragenlijst(
            "begeleid", _("Kreeg de aanvrager hulp bij de aanvraag?"), g["vragenlijst"], per_soort=False
        ),
        _tabel(
            "wijk",
            _("Aanvragen per wijk"),
            _("Wijk"),
            [("aanvragen", _("Aanvragen"))],
            [
                *_kolom(
                    [(w.code, w.naam) for w in g["wijken"]],
                    [wijk.get(w.pk, {}).get("n", 0) for w in g["wijken"]],
                ),
                ("stedelijk", _("Heel Gent (stedelijk)"), [_stedelijk(g, "n")]),
            ],
            voetnoot=_("Een aanvraag voor meer wijken telt mee in elke wijk."),
            wijkbron=True,
        ),
    ]
    return _vraag(1, "wie", _("Wie vraagt aan?"), tabellen)


def _wat_met_de_middelen(g: dict) -> dict:
    doel = g["doel"]
    tabellen = [
        _tabel(
            "geld_totaal",
            _("Geld in totaal"),
            _("Geld"),
            [("aanvragen", _("Aanvragen")), ("bedrag", _("Bedrag (€)"))],
            _geld_totaal(_totaal(g["reikwijdte"]) | doel),
            voetnoot=_(
                "Toegekend: goedgekeurde aanvragen, ook als ze al betaald of afgerekend zijn. "
                "Teruggevorderd: wat de stad terugvraagt na de verantwoording."
            ),
        ),
        _tabel(
            "geld_per_doel",
            _("Geld per doel"),
            _("Doel"),
            _geld_kolommen(),
            [(d.value, d.label, _geld_waarden(_ontvoeg(f"{d.value}__", doel))) for d in Doel],
            voetnoot=_(
                "Een aanvraag met meer doelen telt mee bij elk doel. "
                "Daarom is de som van de rijen groter dan het totaal."
            ),
        ),
        _tabel(
            "geld_per_doelgroep",
            _("Geld per doelgroep"),
            _("Doelgroep"),
            _geld_kolommen(),
            [
                (
                    gr.code,
                    str(gr),
                    _geld_waarden(g["doelgroep"].get(gr.pk, {}) | g["betaald_doelgroep"].get(gr.pk, {})),
                )
                for gr in g["doelgroepen"]
            ],
            voetnoot=_(
                "Een aanvraag voor meer doelgroepen telt mee bij elke doelgroep. "
                "Daarom is de som van de rijen groter dan het totaal."
            ),
        ),
    ]
    return _vraag(2, "geld", _("Wat gebeurt er met de middelen?"), tabellen)


def _evenwicht(g: dict, oproep: Oproep | None) -> dict:
    wijk = g["wijk"]
    tabellen = [
        _tabel_reikwijdte(g["per_reikwijdte"], oproep),
        _tabel(
            "geld_per_wijk",
            _("Geld per wijk"),
            _("Wijk"),
            [("gevraagd", _("Gevraagd (€)")), ("toegekend", _("Toegekend (€)"))],
            [(w.code, w.naam, _gevraagd_toegekend(wijk.get(w.pk, {}))) for w in g["wijken"]]
            + [
                (
                    "stedelijk",
                    _("Heel Gent (stedelijk)"),
                    [_stedelijk(g, "gevraagd"), _stedelijk(g, "toegekend")],
                )
            ],
            voetnoot=_("Een aanvraag voor meer wijken telt mee in elke wijk, met het hele bedrag."),
            wijkbron=True,
        ),
    ]
    titel = _("Is er een goed evenwicht tussen wijkgerichte en stedelijke initiatieven?")
    return _vraag(3, "evenwicht", titel, tabellen)


def _bereik(g: dict) -> dict:
    bereikt = g["bereikt"]
    tabellen = [
        _tabel_vragenlijst("vragenlijsten", _("Ingevulde vragenlijsten"), g["vragenlijst"]),
        _tabel(
            "bereikte_groepen",
            _("Welke groepen bereikt het initiatief?"),
            _("Groep"),
            [*_soorten(), ("totaal", _("Totaal"))],
            # Each questionnaire has one kind of applicant, so a row adds up to its total; a
            # questionnaire may name several groups, so a column adds up to nothing known.
            _per_soort_en_totaal(
                [(gr.code, str(gr)) for gr in g["doelgroepen"]],
                [[bereikt.get((gr.pk, s), 0) for s, _n in _soorten()] for gr in g["doelgroepen"]],
                kolomtotalen=False,
            ),
            voetnoot=_(
                "Wie de vragenlijst invult, kan meer groepen aanduiden. "
                "Daarom is de som groter dan het aantal vragenlijsten."
            ),
        ),
        _tabel_vragenlijst(
            "hoe_gehoord", _("Hoe hoorden de aanvragers van Samen Aan Zet?"), g["vragenlijst"]
        ),
        _tabel_vragenlijst(
            "eerste_aanvraag_per_soort",
            _("Eerste aanvraag bij de stad, per soort aanvrager"),
            g["vragenlijst"],
            vraag="eerste_aanvraag",
        ),
    ]
    return _vraag(4, "bereik", _("Vinden kwetsbare groepen de weg naar Samen Aan Zet?"), tabellen)


def _csv_waarde(waarde) -> str:
    # A spreadsheet reads "9000,00" as a number; thousands separators ("9.000,00") it may not.
    return number_format(waarde, decimal_pos=2) if isinstance(waarde, Decimal) else als_tekst(waarde)


def platte_rijen(cijfers: dict) -> list[tuple[str, str, str, str]]:
    """One row per figure (vraag, onderdeel, categorie, aantal_of_bedrag), for the CSV export."""
    rijen = []
    for vraag in cijfers["vragen"]:
        for tabel in vraag["tabellen"]:
            for index, kolom in enumerate(tabel["kolommen"]):
                onderdeel = f"{tabel['titel']}: {kolom['titel']}"
                for rij in tabel["rijen"]:
                    rijen.append(
                        (vraag["titel"], onderdeel, rij["categorie"], _csv_waarde(rij["waarden"][index]))
                    )
    return rijen


# --- queries ------------------------------------------------------------------------------------


def _aanvragen(*, van: date | None, tot: date | None, oproep: Oproep | None) -> QuerySet:
    aanvragen = Aanvraag.objects.filter(ingediend_op__isnull=False)
    if oproep is not None:
        aanvragen = aanvragen.filter(oproep=oproep)
    if van is not None:
        aanvragen = aanvragen.filter(ingediend_op__date__gte=van)
    if tot is not None:
        aanvragen = aanvragen.filter(ingediend_op__date__lte=tot)
    return aanvragen.order_by()


def _vragenlijsten(*, van: date | None, tot: date | None, oproep: Oproep | None) -> QuerySet:
    antwoorden = Monitoring.objects.all()
    if oproep is not None:
        antwoorden = antwoorden.filter(oproep=oproep)
    if van is not None:
        antwoorden = antwoorden.filter(ingevuld_op__gte=van)
    if tot is not None:
        antwoorden = antwoorden.filter(ingevuld_op__lte=tot)
    return antwoorden.order_by()


def _per(queryset: QuerySet, veld: str, **aggregaten) -> dict:
    """One aggregate query grouped by ``veld``: {value of veld: {aggregate: value}}. An M2M field
    gives one group per related object, so an application with two wijken counts in both."""
    return {rij.pop(veld): rij for rij in queryset.values(veld).annotate(**aggregaten)}


def _heeft_doel(doel: str, pad: str = "") -> Q:
    # ``doelen`` is a JSON list. JSON containment is not portable (SQLite has none); a search for
    # the quoted value in the JSON text is, and no goal's name is part of another's.
    return Q(**{f"{pad}doelen__icontains": f'"{doel}"'})


def _geld(extra: Q | None = None) -> dict:
    """Applications, and requested and granted money with the number of files behind each sum."""
    basis = extra or Q()
    toegekend = basis & Q(status__in=TOEGEKEND)
    return {
        "n": Count("pk", filter=extra),
        "n_gevraagd": Count("pk", filter=basis & Q(gevraagd_bedrag__isnull=False)),
        "gevraagd": Sum("gevraagd_bedrag", filter=extra),
        "n_toegekend": Count("pk", filter=toegekend),
        "toegekend": Sum("toegekend_bedrag", filter=toegekend),
    }


def _betaald_cijfers(aanvragen: QuerySet) -> tuple[dict, dict]:
    """Paid out (advances and balances marked paid) and reclaimed, with the files behind each sum:
    in total and per goal (keys ``<doel>__betaald``…), and per target group.

    Payments are the kernel's (``core.Betaling``), linked by content type and the id as text; a
    join on that is not portable (SQLite keeps a UUID as 32 hex digits), so three fixed queries —
    the payments summed per file, the files' goals, their target groups — are put together here.
    """
    doelen = {str(pk): doelen or [] for pk, doelen in aanvragen.values_list("pk", "doelen")}
    per_aanvraag = {
        r["object_id"]: r
        for r in Betaling.objects.van_model(Aanvraag)
        .order_by()
        .values("object_id")
        .annotate(
            betaald=Sum("bedrag", filter=Q(soort__in=UITGAAND, status=BetalingStatus.BETAALD)),
            terug=Sum("bedrag", filter=Q(soort=BetalingSoort.TERUGVORDERING)),
        )
        if r["object_id"] in doelen
    }
    totaal = _optellen(per_aanvraag.values())
    for d in Doel.values:
        met_doel = [r for pk, r in per_aanvraag.items() if d in doelen[pk]]
        totaal |= {f"{d}__{naam}": waarde for naam, waarde in _optellen(met_doel).items()}
    groepen: dict[int, list] = {}
    for aanvraag_id, doelgroep_id in Aanvraag.doelgroepen.through.objects.filter(
        aanvraag__in=aanvragen.values("pk")
    ).values_list("aanvraag_id", "doelgroep_id"):
        if str(aanvraag_id) in per_aanvraag:
            groepen.setdefault(doelgroep_id, []).append(per_aanvraag[str(aanvraag_id)])
    return totaal, {groep: _optellen(rijen) for groep, rijen in groepen.items()}


def _optellen(rijen) -> dict:
    uit = {"n_betaald": 0, "betaald": None, "n_terug": 0, "terug": None}
    for rij in rijen:
        for aantal, som in (("n_betaald", "betaald"), ("n_terug", "terug")):
            if rij[som] is not None:
                uit[aantal] += 1
                uit[som] = (uit[som] or 0) + rij[som]
    return uit


def _antwoorden() -> dict:
    def tel(**voorwaarde) -> Count:
        return Count("pk", filter=Q(**voorwaarde))

    return {
        "n": Count("pk"),
        "eerste_ja": tel(eerste_aanvraag=True),
        "eerste_nee": tel(eerste_aanvraag=False),
        "eerste_leeg": tel(eerste_aanvraag__isnull=True),
        "begeleid_ja": tel(begeleid=True),
        "begeleid_nee": tel(begeleid=False),
        "begeleid_leeg": tel(begeleid__isnull=True),
        "gehoord_leeg": tel(hoe_gehoord=""),
        **{f"gehoord_{h}": tel(hoe_gehoord=h) for h in HoeGehoord.values},
    }


def _totaal(groepen: dict) -> dict:
    sleutels = {sleutel for rij in groepen.values() for sleutel in rij}
    return {sleutel: sum(rij.get(sleutel) or 0 for rij in groepen.values()) for sleutel in sleutels}


def _ontvoeg(voorvoegsel: str, rij: dict) -> dict:
    return {s.removeprefix(voorvoegsel): w for s, w in rij.items() if s.startswith(voorvoegsel)}


# --- tables -------------------------------------------------------------------------------------


def _soorten() -> list[tuple[str, str]]:
    # Short names: they head the columns of the questionnaire tables, which must fit a phone.
    return [
        (AanvragerSoort.BURGER.value, _("Burger")),
        (AanvragerSoort.FEITELIJKE_VERENIGING.value, _("Groep of bewonersgroep")),
        (AanvragerSoort.VZW.value, _("Vzw")),
        (AanvragerSoort.ERKENDE_VERENIGING.value, _("Erkende vereniging")),
    ]


def _vraag(nummer: int, code: str, titel: str, tabellen: list[dict]) -> dict:
    return {"nummer": nummer, "code": code, "titel": titel, "tabellen": tabellen}


def _tabel(
    code, titel, categorie_kop, kolommen, rijen, *, voetnoot: str = "", wijkbron: bool = False
) -> dict:
    return {
        "code": code,
        "titel": titel,
        "categorie_kop": categorie_kop,
        "kolommen": [{"code": c, "titel": t} for c, t in kolommen],
        "rijen": [{"code": c, "categorie": str(naam), "waarden": waarden} for c, naam, waarden in rijen],
        "voetnoot": voetnoot,
        "wijkbron": wijkbron,  # wijk figures carry the credit line of the wijk boundaries
    }


def _bedrag(rij: dict, som: str, aantal: str) -> Waarde:
    return onderdruk(rij.get(aantal) or 0, bedrag=rij.get(som) or NUL)


def _coaching(soort: dict) -> list:
    """Kind of applicant × coached or not: every application is in one cell, so rows, columns
    and the grand total are all known, and suppressed together."""
    waarden = [[soort.get(c, {}).get("gecoacht", 0), soort.get(c, {}).get("n", 0)] for c, _n in _soorten()]
    tabel = Tabel(
        rijen=[c for c, _n in _soorten()],
        kolommen=["met_coach", "zonder_coach"],
        waarden=[[gecoacht, n - gecoacht] for gecoacht, n in waarden],
        rijtotalen=True,
        kolomtotalen=True,
    )
    uit = onderdrukt(tabel)
    rijen = [(c, naam, [uit.rijtotalen[i], *uit.cellen[i]]) for i, (c, naam) in enumerate(_soorten())]
    return [*rijen, ("totaal", _("Alle aanvragen"), [uit.totaal, *uit.kolomtotalen])]


def _kolom(
    categorieen: list[tuple[str, str]],
    aantallen: list[int],
    *,
    bedragen: list[Decimal] | None = None,
    totaal_bekend: bool = False,
) -> list:
    """One column of figures; ``totaal_bekend`` when its sum is published (here or elsewhere)."""
    return [
        (c, naam, [waarde])
        for (c, naam), waarde in zip(
            categorieen,
            _kolom_waarden(aantallen, bedragen=bedragen, totaal_bekend=totaal_bekend),
            strict=True,
        )
    ]


def _kolom_waarden(
    aantallen: list[int], *, bedragen: list[Decimal] | None = None, totaal_bekend: bool = False
) -> list[Waarde]:
    tabel = Tabel(
        rijen=list(range(len(aantallen))),
        kolommen=["waarde"],
        waarden=[[n] for n in aantallen],
        bedragen=None if bedragen is None else [[b] for b in bedragen],
        kolomtotalen=totaal_bekend,
    )
    return [_euro(rij[0]) for rij in onderdrukt(tabel, eenheid=_("aanvragen")).cellen]


def _gevraagd_toegekend(rij: dict) -> list[Waarde]:
    return [_bedrag(rij, "gevraagd", "n_gevraagd"), _bedrag(rij, "toegekend", "n_toegekend")]


def _geld_totaal(rij: dict) -> list:
    return [
        (code, naam, [onderdruk(rij.get(aantal) or 0), _bedrag(rij, som, aantal)])
        for code, naam, som, aantal in [
            ("gevraagd", _("Gevraagd"), "gevraagd", "n_gevraagd"),
            ("toegekend", _("Toegekend"), "toegekend", "n_toegekend"),
            ("betaald", _("Betaald (voorschot en saldo)"), "betaald", "n_betaald"),
            ("teruggevorderd", _("Teruggevorderd"), "terug", "n_terug"),
        ]
    ]


def _geld_kolommen() -> list[tuple[str, str]]:
    return [
        ("aanvragen", _("Aanvragen")),
        ("gevraagd", _("Gevraagd (€)")),
        ("toegekend", _("Toegekend (€)")),
        ("betaald", _("Betaald (€)")),
        ("teruggevorderd", _("Teruggevorderd (€)")),
    ]


def _geld_waarden(rij: dict) -> list[Waarde]:
    return [
        onderdruk(rij.get("n") or 0),
        *_gevraagd_toegekend(rij),
        _bedrag(rij, "betaald", "n_betaald"),
        _bedrag(rij, "terug", "n_terug"),
    ]


def _per_reikwijdte(reikwijdte: dict) -> dict[str, list[Waarde]]:
    """Per figure, the published values for [wijkgericht, stedelijk].

    Every application is one or the other and each column's total is published (the number of
    applications, "Geld in totaal"): both rows are suppressed together, column by column.
    """
    rijen = [reikwijdte.get(r.value, {}) for r in Reikwijdte]

    def kolom(aantal: str, som: str | None = None) -> list[Waarde]:
        return _kolom_waarden(
            [rij.get(aantal) or 0 for rij in rijen],
            bedragen=None if som is None else [rij.get(som) or NUL for rij in rijen],
            totaal_bekend=True,
        )

    return {
        "n": kolom("n"),
        "n_toegekend": kolom("n_toegekend"),
        "gevraagd": kolom("n_gevraagd", "gevraagd"),
        "toegekend": kolom("n_toegekend", "toegekend"),
    }


def _stedelijk(g: dict, figuur: str) -> Waarde:
    return g["per_reikwijdte"][figuur][list(Reikwijdte).index(Reikwijdte.STEDELIJK)]


def _tabel_reikwijdte(per_reikwijdte: dict[str, list[Waarde]], oproep: Oproep | None) -> dict:
    kolommen = [
        ("aanvragen", _("Aanvragen")),
        ("toegekende_aanvragen", _("Toegekende aanvragen")),
        ("gevraagd", _("Gevraagd (€)")),
        ("toegekend", _("Toegekend (€)")),
    ]
    per_kolom = [per_reikwijdte[f] for f in ("n", "n_toegekend", "gevraagd", "toegekend")]
    if oproep is not None:
        # The envelopes of the call are public budget figures, not about people: never suppressed.
        kolommen.append(("budget", _("Budget van de oproep (€)")))
        per_kolom.append([oproep.budget_wijkgericht, oproep.budget_stedelijk])
    waarden = [list(rij) for rij in zip(*per_kolom, strict=True)]
    return _tabel(
        "reikwijdte",
        _("Wijkgericht en stedelijk"),
        _("Waar"),
        kolommen,
        [(r.value, r.label, w) for r, w in zip(Reikwijdte, waarden, strict=True)],
    )


def _ja_nee(prefix: str, ja: str, nee: str) -> list[tuple[str, str, str]]:
    return [
        ("ja", ja, f"{prefix}_ja"),
        ("nee", nee, f"{prefix}_nee"),
        ("geen_antwoord", _("Geen antwoord"), f"{prefix}_leeg"),
    ]


def _eerste_aanvraag() -> list[tuple[str, str, str]]:
    return _ja_nee("eerste", _("Ja, de eerste keer"), _("Nee, al eerder aangevraagd"))


def _per_soort_en_totaal(
    categorieen: list[tuple[str, str]], aantallen: list[list[int]], *, kolomtotalen: bool
) -> list:
    """Categories × kinds of applicant, with a total column (each questionnaire has one kind)."""
    tabel = Tabel(
        rijen=[c for c, _n in categorieen],
        kolommen=[s for s, _n in _soorten()],
        waarden=aantallen,
        rijtotalen=True,
        kolomtotalen=kolomtotalen,
    )
    uit = onderdrukt(tabel)
    return [(c, naam, [*uit.cellen[i], uit.rijtotalen[i]]) for i, (c, naam) in enumerate(categorieen)]


def _vragenlijst_onderdrukt(monitoring: dict) -> dict[str, tuple[list, Onderdrukt]]:
    """Per question of the questionnaire: its answers, and answers × kind of applicant suppressed.

    Every questionnaire gives one answer to each question (or none, its own row), so in every
    table the rows add up to the total column and the columns add up to the questionnaires per
    kind, the same figures in each table and in "Ingevulde vragenlijsten". A figure hidden in one
    of them is hidden in all (``samen_onderdrukt``): else a table showing it would undo another
    table's protection.
    """
    vragen = {
        "vragenlijsten": [("totaal", _("Vragenlijsten"), "n")],
        "eerste_aanvraag": _eerste_aanvraag(),
        "begeleid": _ja_nee("begeleid", _("Ja, met hulp"), _("Nee, zonder hulp")),
        "hoe_gehoord": [(h.value, h.label, f"gehoord_{h.value}") for h in HoeGehoord]
        + [("geen_antwoord", _("Geen antwoord"), "gehoord_leeg")],
    }
    tabellen = {
        code: Tabel(
            rijen=[c for c, _n, _v in categorieen],
            kolommen=[s for s, _n in _soorten()],
            waarden=[
                [monitoring.get(s, {}).get(veld, 0) for s, _n in _soorten()] for _c, _n, veld in categorieen
            ],
            rijtotalen=True,
            kolomtotalen=True,
        )
        for code, categorieen in vragen.items()
    }
    uit = samen_onderdrukt(tabellen)
    return {code: (vragen[code], uit[code]) for code in vragen}


def _tabel_vragenlijst(
    code: str, titel: str, vragenlijst: dict, *, vraag: str | None = None, per_soort: bool = True
) -> dict:
    """Answers to one question: a column per kind of applicant and a total, or only the total."""
    categorieen, uit = vragenlijst[vraag or code]
    rijen = [(c, naam, [*uit.cellen[i], uit.rijtotalen[i]]) for i, (c, naam, _v) in enumerate(categorieen)]
    if per_soort:
        kolommen = [*_soorten(), ("totaal", _("Totaal"))]
    else:
        kolommen = [("totaal", _("Vragenlijsten"))]
        rijen = [(c, naam, waarden[-1:]) for c, naam, waarden in rijen]
    return _tabel(code, titel, _("Antwoord"), kolommen, rijen)
