from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.register import PortaalApp


class SignalenConfig(PortaalApp):
    name = "signalen"
    dienst_titel = _("Signalen van welzijnsorganisaties")
    dienst_tekst = _(
        "Organisaties melden wat mensen missen in hun welzijn. Om de 2 jaar bundelen we die "
        "signalen en volgen we ze op."
    )
    dienst_volgorde = 50
