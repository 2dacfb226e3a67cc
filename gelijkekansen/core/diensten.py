"""The six services of the portal, one per chapter of the policy note, as shown on the home page."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Dienst:
    app: str
    titel: str
    tekst: str

    @property
    def url_naam(self) -> str:
        return f"{self.app}:index"


DIENSTEN = (
    Dienst(
        "subsidies",
        _("Subsidie Samen Aan Zet"),
        _(
            "Vraag geld aan voor een activiteit die mensen samenbrengt: in uw wijk of in heel Gent. "
            "Voor burgers, bewonersgroepen en verenigingen."
        ),
    ),
    Dienst(
        "erkenning",
        _("Erkenning van verenigingen"),
        _("Laat uw vereniging erkennen door de stad en vraag elk jaar een werkingssubsidie aan."),
    ),
    Dienst(
        "meldingen",
        _("Discriminatie melden"),
        _(
            "Meld discriminatie, haat of seksuele intimidatie. Dat kan ook anoniem. "
            "Het Meldpunt luistert en helpt u verder."
        ),
    ),
    Dienst(
        "vrijwilligers",
        _("Vrijwilligerswerk"),
        _(
            "Zoek vrijwilligerswerk dat bij u past, vraag hulp of word buddy. "
            "Het Vrijwilligerspunt brengt mensen samen."
        ),
    ),
    Dienst(
        "signalen",
        _("Signalen van welzijnsorganisaties"),
        _(
            "Organisaties melden wat mensen missen in hun welzijn. Om de 2 jaar bundelen we die "
            "signalen en volgen we ze op."
        ),
    ),
    Dienst(
        "toegankelijkheid",
        _("Toegankelijke stad"),
        _("Lees de actieplannen toegankelijkheid van de stad en het advies van de adviesraden."),
    ),
)

DIENSTEN_PER_APP = {dienst.app: dienst for dienst in DIENSTEN}
