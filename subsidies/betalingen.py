"""The payments of an application (core.betalingen): who is paid, and what a paid advance means.

The account is the application's (``iban``, ``rekeninghouder``), read when the SEPA file is made,
so a correction on the Behandelen page reaches the next file. The file moves on only when the
money left: an advance marked paid (statement or confirmed file) takes a granted file to
"voorschot betaald". A balance paid changes nothing: closing the file stays the case handler's.
"""

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.core.betalingen import diensten
from gelijkekansen.core.betalingen.diensten import Begunstigde


def begunstigde(aanvraag) -> Begunstigde:
    return Begunstigde(iban=aanvraag.iban, naam=aanvraag.rekeninghouder)


def referentie(aanvraag) -> str:
    return aanvraag.nummer


def betaald(betaling, door) -> None:
    from gelijkekansen.core.getallen import bedrag_tekst
    from gelijkekansen.core.workflow import transition
    from subsidies.constants import AanvraagStatus as S
    from subsidies.constants import BetalingSoort
    from subsidies.models import Aanvraag

    if betaling.soort != BetalingSoort.VOORSCHOT:
        return
    aanvraag = Aanvraag.objects.get(pk=betaling.object_id)
    # A file moved on under the old rule (advance "paid" at the order) has nothing left to do.
    if aanvraag.status != S.GOEDGEKEURD:
        return
    transition(
        aanvraag,
        van=S.GOEDGEKEURD,
        to=S.VOORSCHOT_BETAALD,
        door=door,
        reden=_("Voorschot van %(bedrag)s betaald op %(datum)s")
        % {"bedrag": bedrag_tekst(betaling.bedrag), "datum": date_format(betaling.betaald_op, "j F Y")},
    )


diensten.registreren(
    "subsidies.Aanvraag",
    begunstigde=begunstigde,
    referentie=referentie,
    rol=Rol.DOSSIERBEHANDELAAR_SUBSIDIES,
    betaald=betaald,
)


# The corona emergency fund (models/noodfonds.py): paid to the organisation's confirmed account,
# read when the file is made; nothing else follows from a paid grant.
diensten.registreren(
    "subsidies.Noodsteun",
    begunstigde=lambda steun: Begunstigde(iban=steun.organisatie.iban, naam=steun.organisatie.naam),
    referentie=lambda steun: steun.nummer,
    rol=Rol.DOSSIERBEHANDELAAR_SUBSIDIES,
)
