from django.utils.translation import gettext_lazy as _

from gelijkekansen.core.register import PortaalApp


class VrijwilligersConfig(PortaalApp):
    name = "vrijwilligers"
    dienst_titel = _("Vrijwilligerswerk")
    dienst_tekst = _(
        "Zoek vrijwilligerswerk dat bij jou past, vraag hulp of word buddy. "
        "Het Vrijwilligerspunt brengt mensen samen."
    )
    dienst_volgorde = 40
