from django.utils.translation import gettext_lazy as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.core.register import PortaalApp


class SubsidiesConfig(PortaalApp):
    name = "subsidies"
    verbose_name = _("Subsidies (Samen Aan Zet)")
    dienst_titel = _("Subsidie Samen Aan Zet")
    dienst_tekst = _(
        "Vraag geld aan voor een activiteit die mensen samenbrengt: in je wijk of in heel Gent. "
        "Voor burgers, bewonersgroepen en verenigingen."
    )
    dienst_volgorde = 10
    rol_rechten = {
        Rol.DOSSIERBEHANDELAAR_SUBSIDIES: [
            "subsidies.view_aanvraag",
            "subsidies.change_aanvraag",
            "subsidies.view_oproep",
            "subsidies.change_oproep",
            "subsidies.add_oproep",
            "subsidies.view_criterium",
            "subsidies.change_criterium",
            "subsidies.add_criterium",
            "subsidies.delete_criterium",
            "subsidies.view_reglement",
            "subsidies.change_reglement",
            # The payments of its files are the kernel's (core.Betaling), one list for every chapter.
            "core.view_betaling",
            "core.view_betaalbatch",
            "subsidies.view_verantwoording",
            "subsidies.view_noodfondsronde",
            "subsidies.add_noodfondsronde",
            "subsidies.change_noodfondsronde",
            "subsidies.view_noodsteun",
        ],
    }
