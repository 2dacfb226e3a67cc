from subsidies.models.aanvragen import Aanvraag, Begrotingslijn
from subsidies.models.betalingen import Verantwoording
from subsidies.models.jury import Beoordeling, Score
from subsidies.models.monitoring import Monitoring
from subsidies.models.noodfonds import Noodfondsronde, Noodsteun
from subsidies.models.oproepen import Criterium, Oproep, Reglement

__all__ = [
    "Aanvraag",
    "Begrotingslijn",
    "Beoordeling",
    "Criterium",
    "Monitoring",
    "Noodfondsronde",
    "Noodsteun",
    "Oproep",
    "Reglement",
    "Score",
    "Verantwoording",
]
