from gelijkekansen.core.models.audit import AuditEvent
from gelijkekansen.core.models.mails import UitgaandeMail
from gelijkekansen.core.models.organisaties import Lidmaatschap, Organisatie
from gelijkekansen.core.models.rapporten import Rapport
from gelijkekansen.core.models.referentie import Doelgroep, Wijk
from gelijkekansen.core.models.workflow import StatusWijziging

__all__ = [
    "AuditEvent",
    "Doelgroep",
    "Lidmaatschap",
    "Organisatie",
    "Rapport",
    "StatusWijziging",
    "UitgaandeMail",
    "Wijk",
]
