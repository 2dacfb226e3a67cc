"""What waits for case handlers and jury members of Samen Aan Zet, on the staff start page."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from gelijkekansen.accounts.roles import Rol
from gelijkekansen.accounts.toegang import mag_rol
from gelijkekansen.core.werkbak import Taak, werkbak_bron

GROEP = _("Subsidies (Samen Aan Zet)")


def _lijst(**filters) -> str:
    query = "&".join(f"{k}={v}" for k, v in filters.items())
    return reverse("admin:subsidies_aanvraag_changelist") + (f"?{query}" if query else "")


@werkbak_bron(20)
def behandelaar_taken(user) -> list[Taak]:
    from gelijkekansen.core.berichten import dossier_ids
    from gelijkekansen.core.betalingen.diensten import wachtende_batches
    from gelijkekansen.core.models import Bericht, Betaling
    from subsidies.constants import AanvraagStatus as S
    from subsidies.constants import BetalingStatus
    from subsidies.models import Aanvraag

    if not mag_rol(user, Rol.DOSSIERBEHANDELAAR_SUBSIDIES):
        return []
    antwoorden = Bericht.objects.filter(soort=Bericht.Soort.ANTWOORD)
    ingediend = Aanvraag.objects.filter(status=S.INGEDIEND)
    met_antwoord = ingediend.filter(pk__in=dossier_ids(Aanvraag, antwoorden)).count()
    return [
        Taak(
            GROEP,
            _("Nieuwe aanvragen om na te kijken"),
            ingediend.count() - met_antwoord,
            _lijst(status=S.INGEDIEND),
        ),
        Taak(
            GROEP,
            _("Aanvullingen ontvangen"),
            met_antwoord,
            _lijst(status=S.INGEDIEND),
            _("De aanvrager beantwoordde je vraag; het dossier staat weer op ingediend."),
        ),
        Taak(
            GROEP,
            _("Ontvankelijk, klaar voor de jury"),
            Aanvraag.objects.filter(status=S.ONTVANKELIJK).count(),
            _lijst(status=S.ONTVANKELIJK),
        ),
        Taak(
            GROEP,
            _("Bij de jury: beslissing nemen"),
            Aanvraag.objects.filter(status=S.JURY).count(),
            _lijst(status=S.JURY),
        ),
        Taak(
            GROEP,
            _("Goedgekeurd: voorschot betalen"),
            Aanvraag.objects.filter(status=S.GOEDGEKEURD).count(),
            _lijst(status=S.GOEDGEKEURD),
        ),
        Taak(
            GROEP,
            _("Verantwoordingen om af te rekenen"),
            Aanvraag.objects.filter(status=S.VERANTWOORDING_INGEDIEND).count(),
            _lijst(status=S.VERANTWOORDING_INGEDIEND),
        ),
        Taak(
            GROEP,
            _("Betalingen klaar voor een betaalbestand"),
            Betaling.objects.van_model(Aanvraag).filter(status=BetalingStatus.TE_BETALEN).count(),
            reverse("admin:core_betaling_changelist") + f"?status__exact={BetalingStatus.TE_BETALEN}",
        ),
        Taak(
            GROEP,
            _("Betaalbestanden wachten op bevestiging"),
            wachtende_batches().count(),
            reverse("admin:core_betaalbatch_changelist") + "?wacht=ja",
            _("Lees het rekeninguittreksel in, of bevestig het uitgevoerde betaalbestand met zijn datum."),
        ),
        Taak(
            GROEP,
            _("Te laat (aanvulling of beslissing)"),
            Aanvraag.objects.te_laat().count(),
            _lijst(te_laat="ja"),
        ),
    ]


@werkbak_bron(21)
def jury_taken(user) -> list[Taak]:
    from subsidies.models import Aanvraag

    if not mag_rol(user, Rol.JURY) or user.is_superuser:
        return []
    nog_te_doen = (
        Aanvraag.objects.voor_jurylid(user)
        .exclude(beoordelingen__jurylid=user, beoordelingen__ingediend_op__isnull=False)
        .exclude(beoordelingen__jurylid=user, beoordelingen__belangenconflict=True)
    )
    return [
        Taak(
            GROEP,
            _("Aanvragen om te beoordelen (jury)"),
            nog_te_doen.count(),
            reverse("subsidies:jury-overzicht"),
        )
    ]
