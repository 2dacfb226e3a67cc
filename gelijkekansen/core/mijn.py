"""Sections of "Mijn dossiers" (/mijn/): each chapter app adds its own when it arrives.

A section is a function ``(request) -> dict | None`` returning ``{"titel", "template", …}``
(the template gets the dict as ``sectie``), registered with ``@mijn_sectie(volgorde)``.
"""

from collections.abc import Callable

SECTIES: list[tuple[int, Callable]] = []


def mijn_sectie(volgorde: int):
    def registreer(functie: Callable) -> Callable:
        SECTIES.append((volgorde, functie))
        SECTIES.sort(key=lambda paar: paar[0])
        return functie

    return registreer


def secties_voor(request) -> list[dict]:
    return [sectie for _, functie in SECTIES if (sectie := functie(request))]


@mijn_sectie(10)
def mijn_organisaties(request) -> dict | None:
    from gelijkekansen.core.models import Lidmaatschap

    lidmaatschappen = list(
        Lidmaatschap.objects.filter(user=request.user).select_related("organisatie", "organisatie__wijk")
    )
    if not lidmaatschappen:
        return None
    return {"template": "core/mijn/organisaties.html", "lidmaatschappen": lidmaatschappen}


@mijn_sectie(90)
def mijn_rapporten(request) -> dict | None:
    from gelijkekansen.core.rapporten import REGISTER

    soorten = [
        soort for soort in REGISTER.values() if soort.op_aanvraag and soort.mag_aanvragen(request.user)
    ]
    if not soorten:
        return None
    rapporten = request.user.rapporten.all()[:10]
    return {"template": "core/mijn/rapporten.html", "soorten": soorten, "rapporten": rapporten}
