"""Samen Aan Zet's retention rules, applied each night by the kernel (core/bewaren.py).

- Abandoned drafts: a concept nobody changed for ``BEWAREN_CONCEPT_MAANDEN`` months (no section
  saved, no attachment added) is deleted with its attachments' files, its thread and reminders.
  Submitted files are never touched here: their term follows the decision.
- Orphaned files: an attachment or letter file under ``subsidies/<jaar>/`` or
  ``brieven/subsidies/<jaar>/`` without its row, older than ``BEWAREN_WEES_NA_UUR`` hours.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from gelijkekansen.core import bewaren
from gelijkekansen.core.bewaren import Vervallen, bewaarregel, maanden_terug
from gelijkekansen.core.models import BewaarActie, Bijlage
from subsidies.constants import AanvraagStatus as S
from subsidies.models import Aanvraag

MAPPEN = ("subsidies", "brieven/subsidies")


@bewaarregel(
    "subsidies-verlaten-concepten",
    actie=BewaarActie.VERWIJDERD,
    omschrijving=_("Concepten die sinds de bewaartermijn niet meer gewijzigd zijn, met hun bijlagen."),
)
def verlaten_concepten(nu):
    grens = maanden_terug(nu, settings.BEWAREN_CONCEPT_MAANDEN)
    recent_bijlage = set(
        Bijlage.objects.filter(
            content_type=ContentType.objects.get_for_model(Aanvraag), toegevoegd_op__gte=grens
        ).values_list("object_id", flat=True)
    )
    concepten = Aanvraag.objects.filter(status=S.CONCEPT, gewijzigd__lt=grens).only(
        "pk", "status", "aangemaakt", "gewijzigd"
    )
    for aanvraag in concepten.order_by("gewijzigd"):
        if str(aanvraag.pk) in recent_bijlage:
            continue
        yield Vervallen.van(
            aanvraag, uitvoeren=_concept_verwijderen(aanvraag.pk, grens), datums=("aangemaakt", "gewijzigd")
        )


@bewaarregel(
    "subsidies-weesbestanden",
    actie=BewaarActie.VERWIJDERD,
    omschrijving=_("Bestanden van bijlagen en brieven in de opslag zonder hun rij, na de wachttijd."),
)
def weesbestanden(nu):
    return bewaren.weesbestanden(MAPPEN, nu=nu)


def _concept_verwijderen(pk, grens):
    def uitvoeren() -> bool:
        aanvraag = (
            Aanvraag.objects.select_for_update().filter(pk=pk, status=S.CONCEPT, gewijzigd__lt=grens).first()
        )
        if aanvraag is None:  # submitted or saved meanwhile
            return False
        bewaren.dossier_opruimen(aanvraag)
        aanvraag.delete()
        return True

    return uitvoeren
