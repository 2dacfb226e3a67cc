from erkenning.models.erkenningen import Bestuurslid, Erkenning, Vermelding
from erkenning.models.instappunt import Ondersteuningsvraag, Onderwerp
from erkenning.models.werking import Jaarverslag, Subsidiejaar, Werkingssubsidie

__all__ = [
    "Bestuurslid",
    "Erkenning",
    "Jaarverslag",
    "Ondersteuningsvraag",
    "Onderwerp",
    "Subsidiejaar",
    "Vermelding",
    "Werkingssubsidie",
]
