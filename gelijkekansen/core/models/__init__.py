from gelijkekansen.core.models.audit import AuditEvent
from gelijkekansen.core.models.berichten import Bericht, Draad, DraadToegang, Kant
from gelijkekansen.core.models.betalingen import Betaalbatch, Betaling
from gelijkekansen.core.models.bewaren import BewaarActie, Grafsteen
from gelijkekansen.core.models.bijlagen import Bijlage
from gelijkekansen.core.models.brieven import Brief
from gelijkekansen.core.models.herinneringen import Herinnering
from gelijkekansen.core.models.mails import UitgaandeMail
from gelijkekansen.core.models.organisaties import Lidmaatschap, Organisatie, Rekeningwijziging
from gelijkekansen.core.models.rapporten import Rapport
from gelijkekansen.core.models.referentie import Doelgroep, Wijk
from gelijkekansen.core.models.workflow import StatusWijziging

__all__ = [
    "AuditEvent",
    "Bericht",
    "Betaalbatch",
    "Betaling",
    "BewaarActie",
    "Bijlage",
    "Brief",
    "Doelgroep",
    "Draad",
    "DraadToegang",
    "Grafsteen",
    "Herinnering",
    "Kant",
    "Lidmaatschap",
    "Organisatie",
    "Rapport",
    "Rekeningwijziging",
    "StatusWijziging",
    "UitgaandeMail",
    "Wijk",
]
