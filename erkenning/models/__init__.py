from erkenning.models.erkenningen import Bestuurslid, Erkenning, Vermelding
from erkenning.models.werking import Jaarverslag, Subsidiejaar, Werkingssubsidie

__all__ = ["Bestuurslid", "Erkenning", "Jaarverslag", "Subsidiejaar", "Vermelding", "Werkingssubsidie"]
