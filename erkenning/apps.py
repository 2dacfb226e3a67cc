from django.utils.translation import gettext_lazy as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.core.register import PortaalApp


class ErkenningConfig(PortaalApp):
    name = "erkenning"
    dienst_titel = _("Erkenning van verenigingen")
    dienst_tekst = _("Laat je vereniging erkennen door de stad en vraag elk jaar een werkingssubsidie aan.")
    dienst_volgorde = 20
    rol_rechten = {
        Rol.ERKENNINGEN: ["erkenning.view_erkenning", "erkenning.view_vermelding"],
    }
