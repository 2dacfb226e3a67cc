"""Aggregate figures that are safe to publish: small cells hidden, and hidden for good.

The policy (§6 of docs/DESIGN.md, the policy note's "<5") says counts under five are not
published. Hiding them is not enough on its own: a hidden cell can often be *computed* from what
stays visible. Every table therefore goes through ``onderdrukt(tabel)``, which applies four rules.

1. **Threshold** (primary suppression). A count of 1 up to ``minimum - 1`` (setting
   ``CIJFERS_MINIMUM``, default 5) is hidden: ``Verborgen(KLEIN)``, shown as "<5". An amount is
   hidden when the number of units behind it is (``Tabel.bedragen`` next to the counts).
2. **Zero is shown.** A zero counts nobody, and hiding every zero would hide most of a sparse
   table. A zero can still say something about a group: "0 of the 6 applications from wijk X were
   approved" tells that all six were refused. That group has at least ``minimum`` members (the
   other cells and the total are shown, so they are 0 or at least ``minimum``), which is the size
   the policy accepts as not pointing at a person. A zero is never chosen as a complementary cell:
   hiding it next to a small cell would leave the sum of the hidden cells equal to that small
   number, so the small number would still be readable.
3. **Complementary suppression.** A table may declare that the cells of a row (``rijtotalen``) or
   of a column (``kolomtotalen``) add up to a total the reader knows — shown in the table, or
   elsewhere on the page. Those totals are cells too: a total under the threshold is hidden like
   any cell. If a row with a known total has exactly one hidden cell, the reader gets it by
   subtraction, so another cell of that row is hidden as well (``Verborgen(AANVULLEND)``,
   "verborgen"); the same for columns; and again until nothing changes. Rows and columns are only
   the simple case: the row and column sums form a system of equations in which a hidden cell is
   fixed exactly when it is a *bridge* of the graph whose nodes are the rows and columns with a
   known total and whose edges are the hidden cells (a row or column without a known total counts
   as one free node). So the loop runs until no hidden cell is a bridge; a row or column with
   exactly one hidden cell is the commonest bridge. For each bridge it hides the cheapest path of
   cells that closes a cycle through it: inner cells before row and column totals, the grand
   total only as a last resort (totals are what a reader needs most), then the smallest sum. In
   a single row or column that is the next-smallest non-zero cell; in a two-way table usually a
   rectangle. Totals are computed from the true values and shown only where this holds; with both
   switches off, only rule 1 applies. The rule knows one table: figures repeated in another table
   must be declared as known totals there, and when two tables share figures (the same column
   totals), hide in each what either hides (``vooraf``, ``samen_onderdrukt``) until nothing
   changes. What stays is protection against exact recovery: a reader may still bound a hidden
   cell (it is at least 0 and at most the smallest total around it).
4. **Rounding** (optional, ``afronden=5`` for published figures): every shown count is rounded
   to the nearest multiple, halves up. Rounding happens after suppression and each total is
   rounded on its own, so rounded cells need not add up to the rounded total. Amounts are not
   rounded.

Periods are fixed calendar buckets — month, quarter, year — with boundaries in Europe/Brussels,
whatever the data: figures of two runs, or of two reports, fall into the same buckets.

Everything here is pure: no database, no request. ``core.grafieken`` draws the result.
"""

import calendar
import heapq
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.translation import gettext

BRUSSEL = ZoneInfo("Europe/Brussels")
MINIMUM = 5


def minimum() -> int:
    """The threshold from the settings (``CIJFERS_MINIMUM``), 5 when not set."""
    return int(getattr(settings, "CIJFERS_MINIMUM", MINIMUM))


class Reden(StrEnum):
    KLEIN = "klein"  # under the threshold
    AANVULLEND = "aanvullend"  # hidden so that a small cell cannot be computed


@dataclass(frozen=True)
class Verborgen:
    """A hidden figure and why. ``str()`` is what a table shows; ``label`` what a chart says."""

    reden: Reden
    minimum: int = MINIMUM
    eenheid: str = ""  # for an amount: the units behind it, "<5 aanvragen"

    def __str__(self) -> str:
        if self.reden == Reden.KLEIN:
            if self.eenheid:
                return f"<{self.minimum} {self.eenheid}"
            return f"<{self.minimum}"
        return gettext("verborgen")

    @property
    def label(self) -> str:
        if self.reden == Reden.KLEIN:
            return gettext("minder dan %(minimum)s") % {"minimum": self.minimum}
        return gettext("verborgen")


Cel = int | Decimal | Verborgen


@dataclass(frozen=True)
class Tabel:
    """Counts per row and column (``waarden[rij][kolom]``), optionally with the amounts behind them.

    ``rijtotalen``/``kolomtotalen``: the cells of each row/column add up to a total the reader
    knows (an application is in exactly one column, say). Leave them off when rows overlap (an
    application in two wijken counts in both) or when the columns measure different things.
    """

    rijen: Sequence[Hashable]
    kolommen: Sequence[Hashable]
    waarden: Sequence[Sequence[int]]
    bedragen: Sequence[Sequence[Decimal]] | None = None
    rijtotalen: bool = False
    kolomtotalen: bool = False

    def __post_init__(self) -> None:
        vorm = (len(self.rijen), len(self.kolommen))
        for naam, matrix in (("waarden", self.waarden), ("bedragen", self.bedragen)):
            if matrix is not None and (len(matrix) != vorm[0] or any(len(r) != vorm[1] for r in matrix)):
                raise ValueError(f"{naam} heeft niet de vorm {vorm}")
        if any(n < 0 for rij in self.waarden for n in rij):
            raise ValueError("negatieve aantallen")


@dataclass(frozen=True)
class Onderdrukt:
    """The published table: every cell a number or ``Verborgen``. Totals only where declared."""

    tabel: Tabel
    cellen: tuple[tuple[Cel, ...], ...]
    rijtotalen: tuple[Cel, ...] | None
    kolomtotalen: tuple[Cel, ...] | None
    totaal: Cel | None

    def cel(self, rij: Hashable, kolom: Hashable) -> Cel:
        return self.cellen[list(self.tabel.rijen).index(rij)][list(self.tabel.kolommen).index(kolom)]

    @property
    def posities(self) -> set[tuple[int, int]]:
        """Hidden positions, margins included (``(len(rijen), j)``: total of column j)."""
        m, n = len(self.tabel.rijen), len(self.tabel.kolommen)
        alle = {(i, j): c for i, rij in enumerate(self.cellen) for j, c in enumerate(rij)}
        alle |= {(i, n): c for i, c in enumerate(self.rijtotalen or ())}
        alle |= {(m, j): c for j, c in enumerate(self.kolomtotalen or ())}
        if self.totaal is not None:
            alle[(m, n)] = self.totaal
        return {plek for plek, c in alle.items() if isinstance(c, Verborgen)}

    @property
    def verborgen(self) -> int:
        alle = [c for r in self.cellen for c in r]
        alle += list(self.rijtotalen or ()) + list(self.kolomtotalen or ())
        alle += [self.totaal] if self.totaal is not None else []
        return sum(isinstance(c, Verborgen) for c in alle)


def enkel(
    aantal: int, *, bedrag: Decimal | None = None, minimum: int | None = None, eenheid: str = ""
) -> Cel:
    """One figure on its own (no table around it): the threshold only."""
    grens = _grens(minimum)
    if 0 < aantal < grens:
        return Verborgen(Reden.KLEIN, grens, eenheid if bedrag is not None else "")
    return aantal if bedrag is None else bedrag


def onderdrukt(
    tabel: Tabel,
    *,
    minimum: int | None = None,
    afronden: int | None = None,
    eenheid: str = "",
    vooraf: Iterable[tuple[int, int]] = (),
) -> Onderdrukt:
    """The table as it may be published (rules in the module docstring).

    ``eenheid`` names the units behind an amount: a small hidden amount reads "<5 <eenheid>".
    ``vooraf``: positions (row, column) hidden from the start because another table hides the
    same figure; ``(len(rijen), j)`` is the total of column j, ``(i, len(kolommen))`` that of
    row i. Suppress linked tables again with the union until nothing changes
    (``Onderdrukt.posities``).
    """
    grens = _grens(minimum)
    rooster = _Rooster(tabel)
    verborgen: dict[tuple[int, int], Reden] = {
        plek: Reden.KLEIN for plek, n in rooster.aantallen.items() if 0 < n < grens
    }
    for plek in vooraf:
        if rooster.aantallen.get(plek):  # a zero is shown everywhere, so never hidden here
            verborgen.setdefault(plek, Reden.AANVULLEND)
    while plekken := rooster.aanvulling(verborgen):
        for plek in plekken:
            verborgen[plek] = Reden.AANVULLEND

    def toon(plek: tuple[int, int]) -> Cel:
        if plek in verborgen:
            return Verborgen(verborgen[plek], grens, eenheid if tabel.bedragen is not None else "")
        if tabel.bedragen is not None:
            return rooster.bedragen[plek]
        return _afgerond(rooster.aantallen[plek], afronden)

    m, n = len(tabel.rijen), len(tabel.kolommen)
    cellen = tuple(tuple(toon((i, j)) for j in range(n)) for i in range(m))
    rijtotalen = tuple(toon((i, n)) for i in range(m)) if tabel.rijtotalen else None
    kolomtotalen = tuple(toon((m, j)) for j in range(n)) if tabel.kolomtotalen else None
    totaal = toon((m, n)) if tabel.rijtotalen and tabel.kolomtotalen else None
    return Onderdrukt(tabel, cellen, rijtotalen, kolomtotalen, totaal)


def samen_onderdrukt(
    tabellen: Mapping[Hashable, Tabel], *, minimum: int | None = None
) -> dict[Hashable, Onderdrukt]:
    """Tables that share their column totals (one population, split by different questions):
    a column total hidden in one is hidden in all, and again until nothing changes."""
    if (
        any(not t.kolomtotalen for t in tabellen.values())
        or len({len(t.kolommen) for t in tabellen.values()}) > 1
    ):
        raise ValueError("gekoppelde tabellen hebben dezelfde kolommen met gekende totalen")
    gedeeld: set[int] = set()
    while True:
        uit = {
            sleutel: onderdrukt(t, minimum=minimum, vooraf=[(len(t.rijen), j) for j in gedeeld])
            for sleutel, t in tabellen.items()
        }
        verborgen = {j for k, u in uit.items() for i, j in u.posities if i == len(tabellen[k].rijen)}
        if verborgen <= gedeeld:
            return uit
        gedeeld |= verborgen


def afronden(aantal: int, op: int = 5) -> int:
    """To the nearest multiple of ``op``, halves up (12 → 10, 13 → 15)."""
    return (aantal + op // 2) // op * op if op > 1 else aantal


def _afgerond(aantal: int, op: int | None) -> int:
    return afronden(aantal, op) if op else aantal


def _grens(minimum_: int | None) -> int:
    return minimum() if minimum_ is None else minimum_


# --- complementary suppression ------------------------------------------------------------------

_VRIJ = ("vrij",)


def _met_marges(matrix: Sequence[Sequence], nul: int | Decimal) -> dict[tuple[int, int], int | Decimal]:
    """The cells by (row, column), with the row sums in column n and the column sums in row m."""
    m, n = len(matrix), len(matrix[0]) if matrix else 0
    rooster = {(i, j): matrix[i][j] for i in range(m) for j in range(n)}
    for i in range(m):
        rooster[(i, n)] = sum((rooster[(i, j)] for j in range(n)), nul)
    for j in range(n + 1):
        rooster[(m, j)] = sum((rooster[(i, j)] for i in range(m)), nul)
    return rooster  # every row or column without a known total: one node without an equation


@dataclass
class _Rooster:
    """The table with its margins: row ``m`` holds the column totals, column ``n`` the row totals."""

    tabel: Tabel
    aantallen: dict[tuple[int, int], int] = field(default_factory=dict)
    bedragen: dict[tuple[int, int], Decimal] = field(default_factory=dict)

    def __post_init__(self) -> None:
        t = self.tabel
        self.m, self.n = len(t.rijen), len(t.kolommen)
        # Only the cells a reader can see or compute take part.
        bestaat = {(i, j) for i in range(self.m) for j in range(self.n)}
        if t.rijtotalen:
            bestaat |= {(i, self.n) for i in range(self.m)}
        if t.kolomtotalen:
            bestaat |= {(self.m, j) for j in range(self.n)}
        if t.rijtotalen and t.kolomtotalen:
            bestaat.add((self.m, self.n))
        aantallen = _met_marges(t.waarden, 0)
        self.aantallen = {p: v for p, v in aantallen.items() if p in bestaat}
        if t.bedragen is not None:
            bedragen = _met_marges(t.bedragen, Decimal(0))
            self.bedragen = {p: v for p, v in bedragen.items() if p in bestaat}

    def knopen(self, plek: tuple[int, int]) -> tuple[Hashable, Hashable]:
        """The two equations a cell is part of: its row sum and its column sum (or none: free)."""
        i, j = plek
        rij_bekend = self.tabel.rijtotalen and (i < self.m or self.tabel.kolomtotalen)
        kolom_bekend = self.tabel.kolomtotalen and (j < self.n or self.tabel.rijtotalen)
        return (("rij", i) if rij_bekend else _VRIJ), (("kolom", j) if kolom_bekend else _VRIJ)

    def soort(self, plek: tuple[int, int]) -> int:
        """0 inside the table, 1 a row or column total, 2 the grand total."""
        return (plek[0] == self.m) + (plek[1] == self.n)

    def aanvulling(self, verborgen: dict) -> list[tuple[int, int]]:
        """The next cells to hide, or nothing when no hidden cell can be computed.

        For the first bridge: the cheapest path of other cells between its two sides, which
        closes a cycle through it. Hidden cells cost nothing, totals cost more than any number
        of inner cells (the grand total most), then the sum of the counts. In a single row or
        column with a known total this is the next-smallest non-zero cell.
        """
        for brug in self._bruggen(verborgen):
            if pad := self._goedkoopste_pad(verborgen, brug):
                return pad
        return []

    def _goedkoopste_pad(self, verborgen: dict, brug: tuple[int, int]) -> list[tuple[int, int]]:
        # One row or column total costs more than all inner cells together, the grand total more
        # than all row and column totals together.
        duur = sum(self.aantallen.values()) + len(self.aantallen) + 1
        prijs = {0: 0, 1: duur, 2: duur * duur}
        buren: dict[Hashable, list] = {}
        for plek, aantal in self.aantallen.items():
            if plek == brug or (plek not in verborgen and aantal == 0):
                continue  # a zero is never hidden (module docstring)
            a, b = self.knopen(plek)
            if a == b:
                continue
            kosten = 0 if plek in verborgen else prijs[self.soort(plek)] + aantal
            buren.setdefault(a, []).append((kosten, b, plek))
            buren.setdefault(b, []).append((kosten, a, plek))
        start, doel = self.knopen(brug)
        # Dijkstra; ties broken by position, so the result does not depend on dict order.
        wachtrij: list = [(0, (), start)]
        gezien: set = set()
        while wachtrij:
            kosten, pad, knoop = heapq.heappop(wachtrij)
            if knoop == doel:
                return [plek for plek in pad if plek not in verborgen]
            if knoop in gezien:
                continue
            gezien.add(knoop)
            for stap, buur, plek in buren.get(knoop, ()):
                if buur not in gezien:
                    heapq.heappush(wachtrij, (kosten + stap, (*pad, plek), buur))
        return []

    def _graaf(self, verborgen: dict, zonder=None) -> dict[Hashable, set[Hashable]]:
        buren: dict[Hashable, set[Hashable]] = {}
        for plek in verborgen:
            if plek == zonder:
                continue
            a, b = self.knopen(plek)
            buren.setdefault(a, set()).add(b)
            buren.setdefault(b, set()).add(a)
        return buren

    def _bereikbaar(self, buren: dict, start: Hashable) -> set[Hashable]:
        gezien, te_doen = {start}, [start]
        while te_doen:
            for buur in buren.get(te_doen.pop(), ()):
                if buur not in gezien:
                    gezien.add(buur)
                    te_doen.append(buur)
        return gezien

    def _bruggen(self, verborgen: dict) -> list[tuple[int, int]]:
        """Hidden cells that are fixed by the published sums, in a stable order."""
        bruggen = []
        for plek in sorted(verborgen):
            a, b = self.knopen(plek)
            if a == b:
                continue  # no equation on either side: nothing fixes it
            # Two hidden cells between the same two nodes form a cycle.
            parallel = [p for p in verborgen if p != plek and set(self.knopen(p)) == {a, b}]
            if parallel:
                continue
            if b not in self._bereikbaar(self._graaf(verborgen, zonder=plek), a):
                bruggen.append(plek)
        return bruggen


# --- periods ------------------------------------------------------------------------------------


class Periode(StrEnum):
    MAAND = "maand"
    KWARTAAL = "kwartaal"
    JAAR = "jaar"


@dataclass(frozen=True, order=True)
class Emmer:
    """One calendar period: ``begin`` up to and including ``einde`` (dates in Brussels)."""

    begin: date
    einde: date
    periode: Periode = field(compare=False)

    @property
    def code(self) -> str:
        """``2026-03``, ``2026-K1`` or ``2026``: stable keys for CSV and JSON."""
        if self.periode == Periode.MAAND:
            return f"{self.begin:%Y-%m}"
        if self.periode == Periode.KWARTAAL:
            return f"{self.begin.year}-K{(self.begin.month - 1) // 3 + 1}"
        return str(self.begin.year)

    def grenzen(self) -> tuple[datetime, datetime]:
        """Aware datetimes ``[begin, einde)`` in Brussels, to filter timestamps in a query."""
        volgende = self.einde + timedelta(days=1)
        return (
            datetime(self.begin.year, self.begin.month, self.begin.day, tzinfo=BRUSSEL),
            datetime(volgende.year, volgende.month, volgende.day, tzinfo=BRUSSEL),
        )


def dag_in_brussel(moment: date | datetime) -> date:
    """The calendar day in Ghent. An aware datetime is converted; a naive one is taken as local."""
    if isinstance(moment, datetime):
        return moment.astimezone(BRUSSEL).date() if moment.tzinfo else moment.date()
    return moment


def emmer(moment: date | datetime, periode: Periode | str) -> Emmer:
    """The bucket a moment falls into."""
    periode = Periode(periode)
    dag = dag_in_brussel(moment)
    if periode == Periode.JAAR:
        return Emmer(date(dag.year, 1, 1), date(dag.year, 12, 31), periode)
    eerste = dag.month if periode == Periode.MAAND else (dag.month - 1) // 3 * 3 + 1
    laatste = eerste if periode == Periode.MAAND else eerste + 2
    einde = date(dag.year, laatste, calendar.monthrange(dag.year, laatste)[1])
    return Emmer(date(dag.year, eerste, 1), einde, periode)


def emmers(van: date | datetime, tot: date | datetime, periode: Periode | str) -> list[Emmer]:
    """Every bucket from the one holding ``van`` to the one holding ``tot``, empty ones included."""
    huidige, laatste = emmer(van, periode), emmer(tot, periode)
    reeks = []
    while huidige <= laatste:
        reeks.append(huidige)
        huidige = emmer(huidige.einde + timedelta(days=1), periode)
    return reeks


def per_emmer(
    momenten: Iterable[date | datetime], periode: Periode | str, *, van: date, tot: date
) -> dict[Emmer, int]:
    """Counts per bucket over ``[van, tot]``; moments outside are left out."""
    telling = dict.fromkeys(emmers(van, tot, periode), 0)
    for moment in momenten:
        dag = dag_in_brussel(moment)
        if van <= dag <= tot:
            telling[emmer(dag, periode)] += 1
    return telling
