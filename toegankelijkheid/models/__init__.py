from toegankelijkheid.models.adviezen import Advies, Adviespunt
from toegankelijkheid.models.evaluaties import Evaluatie, Momentopname
from toegankelijkheid.models.plannen import Actie, Actieplan, Domein, Resultaatsgebied, Voortgangsupdate

__all__ = [
    "Actie",
    "Actieplan",
    "Advies",
    "Adviespunt",
    "Domein",
    "Evaluatie",
    "Momentopname",
    "Resultaatsgebied",
    "Voortgangsupdate",
]
