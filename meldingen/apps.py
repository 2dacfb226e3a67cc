from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.register import PortaalApp


class MeldingenConfig(PortaalApp):
    name = "meldingen"
    dienst_titel = _("Discriminatie melden")
    dienst_tekst = _(
        "Meld discriminatie, haat of seksuele intimidatie. Dat kan ook anoniem. "
        "Het Meldpunt luistert en helpt je verder."
    )
    dienst_volgorde = 30
