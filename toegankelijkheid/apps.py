from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.register import PortaalApp


class ToegankelijkheidConfig(PortaalApp):
    name = "toegankelijkheid"
    dienst_titel = _("Toegankelijke stad")
    dienst_tekst = _("Lees de actieplannen toegankelijkheid van de stad en het advies van de adviesraden.")
    dienst_volgorde = 60
