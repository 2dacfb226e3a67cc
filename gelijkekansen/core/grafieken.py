"""Charts as accessible SVG, drawn on the server from published figures (``core.cijfers``).

A chart is never the only way to the numbers: ``templates/includes/grafiek.html`` puts it next to
a data table and a one-paragraph summary. The SVG itself is an image with a name: ``role="img"``,
``<title>`` and ``<desc>`` (the summary); its drawn parts are hidden from assistive technology.

Constraints that shape the markup: no JavaScript and no external library; the strict CSP allows
no ``style=`` attributes, so everything is an SVG presentation attribute (``fill=``, ``x=``),
which WeasyPrint draws the same way in PDFs. Colours meet WCAG AA against white: bars 5.4:1
(≥ 3:1 for graphics), text 12:1 (≥ 4.5:1). A hidden figure is an empty bar with a dashed outline
and its reason in words ("minder dan 5", "verborgen"), never a bar of made-up length.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext, ngettext

from gelijkekansen.core.cijfers import Cel, Onderdrukt, Reden, Verborgen
from gelijkekansen.core.getallen import getal_tekst

ACHTERGROND = "#ffffff"
STAAF_KLEUR = "#0071a1"  # Stad.Gent cyan, 5.4:1 on white
TEKST_KLEUR = "#23333a"  # body text of the styleguide, 12.6:1 on white
RAND_KLEUR = "#5a666b"  # outline of a hidden figure, 5.8:1 on white
LIJN_KLEUR = "#8a969b"  # the axis: decoration only

BREEDTE = 560
LABEL_BREEDTE = 210  # room for the category names left of the bars
WAARDE_BREEDTE = 90  # room for the value right of the longest bar
RIJ = 24
STAAF = 16
LETTER = 12
MAX_TEKENS = 32  # longer names are shortened in the chart; the table has them in full
VERBORGEN_STAAF = 48  # the empty outline of a hidden figure


@dataclass(frozen=True)
class Staaf:
    naam: str
    waarde: Cel
    tekst: str  # the value as the table shows it


@dataclass(frozen=True)
class Grafiek:
    id: str
    titel: str
    svg: SafeString
    samenvatting: str
    staven: tuple[Staaf, ...]


def als_tekst(waarde: Cel) -> str:
    """A figure as text in the reader's language (getallen.getal_tekst: 1.234,50 in Dutch), "<5" when
    hidden."""
    if isinstance(waarde, Decimal):
        return getal_tekst(waarde, decimalen=2)
    if isinstance(waarde, int) and not isinstance(waarde, bool):
        return getal_tekst(waarde)
    return str(waarde)


def uit_tabel(
    uitkomst: Onderdrukt, kolom: int = 0, namen: Sequence[str] | None = None
) -> list[tuple[str, Cel]]:
    """One column of a suppressed table as (name, value) pairs for ``staafdiagram``."""
    namen = namen or [str(r) for r in uitkomst.tabel.rijen]
    return [(naam, rij[kolom]) for naam, rij in zip(namen, uitkomst.cellen, strict=True)]


def staafdiagram(
    *,
    id: str,
    titel: str,
    waarden: Sequence[tuple[str, Cel]],
    meeste: str = "",
    tekst: Callable[[Cel], str] = als_tekst,
) -> Grafiek:
    """A horizontal bar per (name, value).

    ``meeste``: the sentence for the largest figure, with ``%(naam)s`` and ``%(waarde)s``
    ("De meeste aanvragen kwamen uit %(naam)s (%(waarde)s)."). It is used only when it is
    certainly true; otherwise the summary speaks of the largest *shown* figure.
    """
    staven = tuple(Staaf(str(naam), waarde, tekst(waarde)) for naam, waarde in waarden)
    samenvatting = _samenvatting(staven, meeste)
    getallen = [s.waarde for s in staven if not isinstance(s.waarde, Verborgen)]
    grootste = max([*getallen, 0]) or 1
    ruimte = BREEDTE - LABEL_BREEDTE - WAARDE_BREEDTE
    hoogte = RIJ * len(staven) + 8
    rijen = []
    for index, staaf in enumerate(staven):
        y = 4 + RIJ * index
        midden = y + RIJ // 2 + LETTER // 3
        rijen.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="end" fill="{}" font-size="{}">{}</text>',
                LABEL_BREEDTE - 8,
                midden,
                TEKST_KLEUR,
                LETTER,
                _kort(staaf.naam),
            )
        )
        if isinstance(staaf.waarde, Verborgen):
            lengte, label = VERBORGEN_STAAF, staaf.waarde.label
            rijen.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}" stroke="{}" '
                    'stroke-width="1.5" stroke-dasharray="4 3"/>',
                    LABEL_BREEDTE,
                    y + (RIJ - STAAF) // 2,
                    lengte,
                    STAAF,
                    ACHTERGROND,
                    RAND_KLEUR,
                )
            )
        else:
            lengte, label = round(ruimte * float(staaf.waarde) / float(grootste)), staaf.tekst
            if lengte:
                rijen.append(
                    format_html(
                        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>',
                        LABEL_BREEDTE,
                        y + (RIJ - STAAF) // 2,
                        lengte,
                        STAAF,
                        STAAF_KLEUR,
                    )
                )
        rijen.append(
            format_html(
                '<text x="{}" y="{}" fill="{}" font-size="{}">{}</text>',
                LABEL_BREEDTE + lengte + 6,
                midden,
                TEKST_KLEUR,
                LETTER,
                label,
            )
        )
    svg = format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="grafiek__svg" width="{b}" height="{h}" '
        'viewBox="0 0 {b} {h}" role="img" aria-labelledby="{id}-titel {id}-uitleg" '
        'font-family="Fira Sans, DejaVu Sans, sans-serif">'
        '<title id="{id}-titel">{titel}</title><desc id="{id}-uitleg">{uitleg}</desc>'
        '<g aria-hidden="true">'
        '<line x1="{x}" y1="0" x2="{x}" y2="{h}" stroke="{lijn}" stroke-width="1"/>{rijen}</g></svg>',
        b=BREEDTE,
        h=hoogte,
        id=id,
        titel=titel,
        uitleg=samenvatting,
        x=LABEL_BREEDTE,
        lijn=LIJN_KLEUR,
        rijen=format_html_join("", "{}", ((rij,) for rij in rijen)),  # each part built with format_html
    )
    return Grafiek(id=id, titel=titel, svg=svg, samenvatting=samenvatting, staven=staven)


def data_tabel(grafiek: Grafiek, *, categorie_kop: str, waarde_kop: str) -> dict:
    """The companion table of a chart, in the shape ``includes/grafiek.html`` renders."""
    return {
        "titel": grafiek.titel,
        "categorie_kop": categorie_kop,
        "kolommen": [{"titel": waarde_kop}],
        "rijen": [{"categorie": s.naam, "waarden": [s.waarde]} for s in grafiek.staven],
    }


def _kort(naam: str) -> str:
    return naam if len(naam) <= MAX_TEKENS else naam[: MAX_TEKENS - 1].rstrip() + "…"


def _samenvatting(staven: Sequence[Staaf], meeste: str) -> str:
    """One paragraph from the shown figures only: it must not reveal what the chart hides."""
    getoond = [s for s in staven if not isinstance(s.waarde, Verborgen)]
    verborgen = [s for s in staven if isinstance(s.waarde, Verborgen)]
    zinnen = []
    grootste = max((s.waarde for s in getoond), default=0)
    if grootste:
        namen = _opsomming([s.naam for s in getoond if s.waarde == grootste])
        tekst = next(s.tekst for s in getoond if s.waarde == grootste)
        # A cell hidden as a complement may be larger than every shown one; a small cell not.
        zeker = meeste and not any(s.waarde.reden == Reden.AANVULLEND for s in verborgen)
        zin = (
            meeste if zeker else gettext("Van de getoonde cijfers is dit het hoogste: %(naam)s (%(waarde)s).")
        )
        zinnen.append(zin % {"naam": namen, "waarde": tekst})
    elif not verborgen:
        zinnen.append(gettext("Alle cijfers zijn nul."))
    if verborgen:
        zinnen.append(
            ngettext(
                "%(aantal)s cijfer is verborgen om de privacy te beschermen.",
                "%(aantal)s cijfers zijn verborgen om de privacy te beschermen.",
                len(verborgen),
            )
            % {"aantal": len(verborgen)}
        )
    return " ".join(zinnen)


def _opsomming(namen: Sequence[str]) -> str:
    if len(namen) == 1:
        return namen[0]
    return gettext("%(eerste)s en %(laatste)s") % {"eerste": ", ".join(namen[:-1]), "laatste": namen[-1]}
