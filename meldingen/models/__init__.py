from meldingen.models.meldingen import Grond, Melding, Toestemming
from meldingen.models.opvolging import Antwoordsjabloon, Doorverwijzing, Nazorgstap
from meldingen.models.statistiek import Statistiek, Verwijzingscijfer

__all__ = [
    "Antwoordsjabloon",
    "Doorverwijzing",
    "Grond",
    "Melding",
    "Nazorgstap",
    "Statistiek",
    "Toestemming",
    "Verwijzingscijfer",
]
