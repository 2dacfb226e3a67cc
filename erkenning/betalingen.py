"""The payments of an operating grant (core.betalingen): paid to the organisation's confirmed
account (``Organisatie.iban``, read when the SEPA file is made: a newly confirmed account reaches
the next file), by the erkenningen staff. A paid grant changes nothing else: the association sees
it as paid at /mijn/."""

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.core.betalingen import diensten
from gelijkekansen.core.betalingen.diensten import Begunstigde


def begunstigde(subsidie) -> Begunstigde:
    return Begunstigde(iban=subsidie.organisatie.iban, naam=subsidie.organisatie.naam)


def referentie(subsidie) -> str:
    return subsidie.nummer


diensten.registreren(
    "erkenning.Werkingssubsidie", begunstigde=begunstigde, referentie=referentie, rol=Rol.ERKENNINGEN
)
