"""core.cijfers: threshold, complementary suppression, rounding and calendar buckets.

The property tests check the promise with an independent method: linear algebra. Whoever sees
the published table knows the shown cells and that rows/columns add up to their totals; a
hidden cell is given away exactly when that system of equations fixes it.
"""

import random
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from zoneinfo import ZoneInfo

import pytest

from gelijkekansen.core.cijfers import (
    Emmer,
    Onderdrukt,
    Periode,
    Reden,
    Tabel,
    Verborgen,
    afronden,
    emmer,
    emmers,
    enkel,
    minimum,
    onderdrukt,
    per_emmer,
    samen_onderdrukt,
)

UTC = ZoneInfo("UTC")


# --- an independent attacker ----------------------------------------------------------------------


def _rooster(tabel: Tabel, uit) -> dict:
    """Every published position (row, column) → shown value or Verborgen, margins included."""
    m, n = len(tabel.rijen), len(tabel.kolommen)
    cellen = {(i, j): uit.cellen[i][j] for i in range(m) for j in range(n)}
    if uit.rijtotalen is not None:
        cellen |= {(i, n): uit.rijtotalen[i] for i in range(m)}
    if uit.kolomtotalen is not None:
        cellen |= {(m, j): uit.kolomtotalen[j] for j in range(n)}
    if uit.totaal is not None:
        cellen[(m, n)] = uit.totaal
    return cellen


def _vergelijkingen(tabel: Tabel) -> list[list[tuple[tuple[int, int], int]]]:
    """Each known sum as [(position, coefficient)]: the cells of a line minus its total."""
    m, n = len(tabel.rijen), len(tabel.kolommen)
    lijnen = []
    if tabel.rijtotalen:
        for i in range(m + (1 if tabel.kolomtotalen else 0)):
            lijnen.append([((i, j), 1) for j in range(n)] + [((i, n), -1)])
    if tabel.kolomtotalen:
        for j in range(n + (1 if tabel.rijtotalen else 0)):
            lijnen.append([((i, j), 1) for i in range(m)] + [((m, j), -1)])
    return lijnen


def _rang(rijen: list[list[Fraction]]) -> int:
    rijen = [r[:] for r in rijen]
    rang, kolommen = 0, len(rijen[0]) if rijen else 0
    for k in range(kolommen):
        spil = next((r for r in range(rang, len(rijen)) if rijen[r][k] != 0), None)
        if spil is None:
            continue
        rijen[rang], rijen[spil] = rijen[spil], rijen[rang]
        for r in range(len(rijen)):
            if r != rang and rijen[r][k] != 0:
                factor = rijen[r][k] / rijen[rang][k]
                rijen[r] = [a - factor * b for a, b in zip(rijen[r], rijen[rang], strict=True)]
        rang += 1
    return rang


def _af_te_leiden(tabel: Tabel, uit) -> list[tuple[int, int]]:
    """Hidden positions that the published values and the known sums fix exactly."""
    cellen = _rooster(tabel, uit)
    verborgen = sorted(p for p, w in cellen.items() if isinstance(w, Verborgen))
    if not verborgen:
        return []
    matrix = [[Fraction(dict(lijn).get(p, 0)) for p in verborgen] for lijn in _vergelijkingen(tabel)] or [
        [Fraction(0)] * len(verborgen)
    ]
    volle_rang = _rang(matrix)
    # A variable is fixed iff its column is independent of the others.
    return [
        p for k, p in enumerate(verborgen) if volle_rang - _rang([r[:k] + r[k + 1 :] for r in matrix]) == 1
    ]


def _willekeurige_tabel(kans: random.Random) -> Tabel:
    m, n = kans.randint(1, 6), kans.randint(1, 6)

    def cel() -> int:
        return kans.choice([0, 0, 0, 1, 2, 3, 4, kans.randint(5, 9), kans.randint(5, 60)])

    return Tabel(
        rijen=[f"r{i}" for i in range(m)],
        kolommen=[f"k{j}" for j in range(n)],
        waarden=[[cel() for _j in range(n)] for _i in range(m)],
        rijtotalen=kans.random() < 0.7,
        kolomtotalen=kans.random() < 0.7,
    )


def test_de_aanvaller_vindt_wat_alleen_de_drempel_laat_liggen():
    """The check above is not empty: with the threshold alone, 7 - 5 gives the hidden 2."""
    tabel = Tabel(rijen=["a"], kolommen=["x", "y"], waarden=[[5, 2]], rijtotalen=True)
    alleen_drempel = Onderdrukt(tabel, ((5, Verborgen(Reden.KLEIN)),), (7,), None, None)

    assert _af_te_leiden(tabel, alleen_drempel) == [(0, 1)]
    assert _af_te_leiden(tabel, onderdrukt(tabel, minimum=5)) == []


@pytest.mark.parametrize("zaad", range(8))
def test_geen_verborgen_cel_is_uit_te_rekenen(zaad):
    kans = random.Random(zaad)
    for _ in range(120):
        tabel = _willekeurige_tabel(kans)
        uit = onderdrukt(tabel, minimum=5)

        assert _af_te_leiden(tabel, uit) == [], tabel
        cellen = _rooster(tabel, uit)
        # Subtraction within one row or column: never exactly one hidden cell in a known sum.
        for lijn in _vergelijkingen(tabel):
            assert sum(isinstance(cellen[p], Verborgen) for p, _c in lijn) != 1, (tabel, lijn)


@pytest.mark.parametrize("zaad", range(4))
def test_getoonde_cellen_zijn_juist_en_kleine_altijd_verborgen(zaad):
    kans = random.Random(100 + zaad)
    for _ in range(120):
        tabel = _willekeurige_tabel(kans)
        uit = onderdrukt(tabel, minimum=5)
        for i, rij in enumerate(tabel.waarden):
            for j, waarde in enumerate(rij):
                getoond = uit.cellen[i][j]
                if 0 < waarde < 5:
                    assert getoond == Verborgen(Reden.KLEIN, 5)
                elif waarde == 0:
                    assert getoond == 0  # zero is shown, never used to cover another cell
                elif not isinstance(getoond, Verborgen):
                    assert getoond == waarde
        if uit.rijtotalen is not None:
            for rij, totaal in zip(tabel.waarden, uit.rijtotalen, strict=True):
                assert isinstance(totaal, Verborgen) or totaal == sum(rij)


# --- hand-made tables -----------------------------------------------------------------------------


def test_seed_soort_aanvrager_maal_coach():
    """The test year's figures: five coached citizens, a vzw and a group without a coach."""
    tabel = Tabel(
        rijen=["burger", "vzw", "groep", "erkend"],
        kolommen=["met_coach", "zonder_coach"],
        waarden=[[5, 0], [0, 1], [0, 1], [0, 0]],
        rijtotalen=True,
        kolomtotalen=True,
    )
    uit = onderdrukt(tabel, minimum=5)

    klein, aanvullend = Verborgen(Reden.KLEIN, 5), Verborgen(Reden.AANVULLEND, 5)
    assert uit.cellen == ((aanvullend, 0), (0, klein), (0, klein), (0, 0))
    assert uit.rijtotalen == (aanvullend, klein, klein, 0)
    # The grand total stays: hiding it would help nobody, it is on every page.
    assert uit.kolomtotalen == (aanvullend, klein)
    assert uit.totaal == 7
    assert _af_te_leiden(tabel, uit) == []
    assert str(uit.cel("vzw", "zonder_coach")) == "<5"
    assert str(uit.cel("burger", "met_coach")) == "verborgen"


def test_rij_met_een_verborgen_cel_verbergt_de_volgende_kleinste_niet_nul():
    tabel = Tabel(rijen=["a"], kolommen=["x", "y", "z", "w"], waarden=[[3, 0, 40, 9]], rijtotalen=True)
    uit = onderdrukt(tabel, minimum=5)

    assert uit.cellen == ((Verborgen(Reden.KLEIN), 0, 40, Verborgen(Reden.AANVULLEND)),)
    assert uit.rijtotalen == (52,)


def test_in_een_tabel_met_twee_richtingen_de_goedkoopste_rechthoek():
    tabel = Tabel(
        rijen=["a", "b", "c"],
        kolommen=["x", "y", "z"],
        waarden=[[3, 0, 10], [7, 8, 9], [6, 6, 6]],
        rijtotalen=True,
        kolomtotalen=True,
    )
    uit = onderdrukt(tabel, minimum=5)

    # 3 hidden; 10, 6 and 6 close the rectangle (cheaper than through 7 and 9); totals stay.
    assert uit.posities == {(0, 0), (0, 2), (2, 0), (2, 2)}
    assert uit.rijtotalen == (13, 24, 18) and uit.kolomtotalen == (16, 14, 25) and uit.totaal == 55


def test_zonder_gekende_totalen_alleen_de_drempel():
    # Overlapping rows (an application in two wijken): nothing adds up to a known total.
    tabel = Tabel(rijen=["w1", "w2", "w3"], kolommen=["n"], waarden=[[6], [1], [12]])
    uit = onderdrukt(tabel, minimum=5)

    assert uit.cellen == ((6,), (Verborgen(Reden.KLEIN),), (12,))
    assert uit.rijtotalen is None and uit.kolomtotalen is None and uit.totaal is None


def test_een_te_klein_totaal_is_zelf_verborgen():
    tabel = Tabel(
        rijen=["a", "b"], kolommen=["x", "y"], waarden=[[2, 1], [10, 20]], rijtotalen=True, kolomtotalen=True
    )
    uit = onderdrukt(tabel, minimum=5)

    assert uit.rijtotalen[0] == Verborgen(Reden.KLEIN)
    assert _af_te_leiden(tabel, uit) == []


def test_verborgen_cel_via_een_brug_over_meer_lijnen():
    """Two hidden 2×2 blocks joined by one hidden cell: every row and column has two hidden
    cells, yet the joining cell follows from adding the sums. The bridge rule catches it."""
    tabel = Tabel(
        rijen=["a", "b", "c", "d"],
        kolommen=["w", "x", "y", "z"],
        waarden=[[1, 2, 0, 0], [2, 1, 3, 0], [0, 0, 1, 2], [0, 0, 2, 1]],
        rijtotalen=True,
        kolomtotalen=True,
    )
    uit = onderdrukt(tabel, minimum=5)

    assert _af_te_leiden(tabel, uit) == []


def test_bedragen_volgen_de_aantallen_erachter():
    tabel = Tabel(
        rijen=["wijk", "stedelijk"],
        kolommen=["gevraagd"],
        waarden=[[6], [1]],
        bedragen=[[Decimal("6000")], [Decimal("3000")]],
        kolomtotalen=True,
    )
    uit = onderdrukt(tabel, minimum=5, eenheid="aanvragen")

    assert [str(r[0]) for r in uit.cellen] == ["verborgen", "<5 aanvragen"]
    assert uit.kolomtotalen == (Decimal("9000"),)


def test_een_enkel_cijfer():
    assert enkel(0) == 0
    assert enkel(4) == Verborgen(Reden.KLEIN, 5)
    assert enkel(5) == 5
    assert str(enkel(2, bedrag=Decimal("10"), eenheid="aanvragen")) == "<5 aanvragen"
    assert enkel(0, bedrag=Decimal("0")) == Decimal("0")


def test_drempel_komt_uit_de_instellingen(settings):
    assert minimum() == 5
    settings.CIJFERS_MINIMUM = 10
    assert minimum() == 10
    assert onderdrukt(Tabel(rijen=["a"], kolommen=["x"], waarden=[[7]])).cellen == (
        (Verborgen(Reden.KLEIN, 10),),
    )


def test_verborgen_zegt_waarom():
    assert Verborgen(Reden.KLEIN, 5).label == "minder dan 5"
    assert Verborgen(Reden.AANVULLEND, 5).label == "verborgen"


def test_vorm_wordt_gecontroleerd():
    with pytest.raises(ValueError):
        Tabel(rijen=["a", "b"], kolommen=["x"], waarden=[[1]])
    with pytest.raises(ValueError):
        Tabel(rijen=["a"], kolommen=["x"], waarden=[[-1]])


# --- rounding -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("aantal", "afgerond"), [(0, 0), (2, 0), (3, 5), (12, 10), (13, 15), (125, 125)])
def test_afronden_op_vijf(aantal, afgerond):
    assert afronden(aantal, 5) == afgerond


def test_afronden_na_onderdrukking():
    tabel = Tabel(rijen=["a", "b"], kolommen=["x"], waarden=[[12], [3]], kolomtotalen=True)
    uit = onderdrukt(tabel, minimum=5, afronden=5)

    assert uit.cellen == ((Verborgen(Reden.AANVULLEND),), (Verborgen(Reden.KLEIN),))
    assert uit.kolomtotalen == (15,)


# --- calendar buckets -------------------------------------------------------------------------------


def test_emmers_liggen_vast_in_brussel():
    # 31 March 23:30 UTC is already 1 April in Ghent (summer time): April, the second quarter.
    laat = datetime(2026, 3, 31, 23, 30, tzinfo=UTC)
    assert emmer(laat, Periode.MAAND).code == "2026-04"
    assert emmer(laat, Periode.KWARTAAL).code == "2026-K2"
    assert emmer(datetime(2026, 12, 31, 23, 30, tzinfo=UTC), "jaar").code == "2027"
    assert emmer(date(2026, 2, 14), Periode.MAAND) == Emmer(
        date(2026, 2, 1), date(2026, 2, 28), Periode.MAAND
    )


def test_emmers_hangen_niet_af_van_de_gegevens():
    reeks = emmers(date(2026, 1, 15), date(2026, 7, 1), Periode.KWARTAAL)
    assert [e.code for e in reeks] == ["2026-K1", "2026-K2", "2026-K3"]
    assert reeks[0].begin == date(2026, 1, 1)  # not the first day with data
    begin, einde = reeks[0].grenzen()
    assert begin.isoformat() == "2026-01-01T00:00:00+01:00"
    assert einde.isoformat() == "2026-04-01T00:00:00+02:00"


def test_tellen_per_maand_met_lege_maanden():
    telling = per_emmer(
        [date(2026, 1, 3), date(2026, 1, 30), date(2026, 3, 1), date(2025, 12, 31)],
        Periode.MAAND,
        van=date(2026, 1, 1),
        tot=date(2026, 3, 31),
    )
    assert {e.code: n for e, n in telling.items()} == {"2026-01": 2, "2026-02": 0, "2026-03": 1}


def test_gekoppelde_tabellen_verbergen_samen_wat_een_van_beide_verbergt():
    """Two tables with the same column totals (10 and 7): what one hides, the other hides too."""
    a = Tabel(
        rijen=["ja", "nee"],
        kolommen=["x", "y"],
        waarden=[[10, 0], [0, 7]],
        rijtotalen=True,
        kolomtotalen=True,
    )
    b = Tabel(
        rijen=["p", "q"], kolommen=["x", "y"], waarden=[[2, 7], [8, 0]], rijtotalen=True, kolomtotalen=True
    )
    assert onderdrukt(a, minimum=5).posities == set()  # on its own, table a hides nothing
    assert (2, 1) in onderdrukt(b, minimum=5).posities  # b hides the total of column y (7)

    uit = samen_onderdrukt({"a": a, "b": b}, minimum=5)

    uit_a, uit_b = uit["a"], uit["b"]
    assert {j for i, j in uit_a.posities if i == 2} == {j for i, j in uit_b.posities if i == 2}
    assert isinstance(uit_a.kolomtotalen[1], Verborgen)
    assert _af_te_leiden(a, uit_a) == [] and _af_te_leiden(b, uit_b) == []
