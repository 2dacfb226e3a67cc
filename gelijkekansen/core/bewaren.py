"""Bewaartermijnen: how long the portal keeps what, for every app, applied by ONE nightly task.

An app declares its rules in its ``bewaren`` module (imported at start, see register.py)::

    @bewaarregel("<app>-<wat>", actie=BewaarActie.VERWIJDERD, omschrijving=_("… na 12 maanden"))
    def verlaten_concepten(nu) -> Iterable[Vervallen]:
        for obj in ...:  # what is past its term now
            yield Vervallen.van(obj, uitvoeren=...)

``uitvoeren`` removes or anonymises the object under its row lock and returns False when it is
no longer due (touched meanwhile). The kernel (beat task ``bewaartermijnen-toepassen``, nightly;
``manage.py bewaartermijnen [--dry-run]``) runs every rule in its own transaction and writes a
tombstone (``core.Grafsteen``: type, id, state, dates, rule, batch — never content) per object. The
tombstone's unique constraint is the claim: a second run, or a second worker, skips what is done.
A rule that fails is rolled back whole and logged; the others still run.

Files are deleted after the commit: if that fails, the file has lost its row and the orphan rule
(``weesbestanden``) removes it on a later night.
"""

import logging
import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import storages
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from gelijkekansen.core.models import (
    Bijlage,
    Brief,
    Draad,
    Grafsteen,
    Herinnering,
    StatusWijziging,
)

logger = logging.getLogger(__name__)

BESTAND = "bestand"  # objecttype of an orphaned file in the tombstones


@dataclass(frozen=True)
class Vervallen:
    """One object (or file) whose term is over."""

    objecttype: str
    object_id: str
    uitvoeren: Callable[[], bool]
    status: str = ""
    datums: dict = field(default_factory=dict)

    @classmethod
    def van(
        cls, obj: models.Model, *, uitvoeren: Callable[[], bool], datums: Iterable[str] = ()
    ) -> "Vervallen":
        """For a model instance: its label, id, status and the named date fields (ISO), no content."""
        return cls(
            objecttype=obj._meta.label_lower,
            object_id=str(obj.pk),
            uitvoeren=uitvoeren,
            status=str(getattr(obj, "status", "") or ""),
            datums={naam: _iso(getattr(obj, naam)) for naam in datums if getattr(obj, naam, None)},
        )


@dataclass(frozen=True)
class Bewaarregel:
    naam: str
    actie: str
    omschrijving: str
    zoeken: Callable[[datetime], Iterable[Vervallen]]


@dataclass
class Resultaat:
    regel: str
    actie: str
    omschrijving: str
    ids: list[str] = field(default_factory=list)
    fout: str = ""


REGELS: dict[str, Bewaarregel] = {}


def bewaarregel(naam: str, *, actie: str, omschrijving: str):
    """Registers ``functie(nu) -> Iterable[Vervallen]`` under ``naam`` (unique in the portal)."""

    def registreer(functie: Callable) -> Callable:
        if naam in REGELS and REGELS[naam].zoeken is not functie:
            raise ValueError(f"Bewaarregel {naam!r} bestaat al.")
        REGELS[naam] = Bewaarregel(naam, actie, str(omschrijving), functie)
        return functie

    return registreer


def bewaartermijnen_toepassen(
    *, nu: datetime | None = None, proef: bool = False, regels: Iterable[str] | None = None
) -> list[Resultaat]:
    """Every rule (or the given ones), each in its own transaction; ``proef`` changes nothing and
    reports what would happen. One batch id for the whole run."""
    nu = nu or timezone.now()
    batch = uuid.uuid4()
    resultaten = []
    for naam in sorted(regels or REGELS):
        regel = REGELS[naam]
        resultaat = Resultaat(naam, regel.actie, regel.omschrijving)
        try:
            resultaat.ids = _regel_toepassen(regel, nu=nu, batch=batch, proef=proef)
        except Exception as exc:
            logger.exception("Bewaarregel %s mislukt", naam)
            resultaat.fout = str(exc) or type(exc).__name__
        resultaten.append(resultaat)
    return resultaten


def _regel_toepassen(regel: Bewaarregel, *, nu: datetime, batch: uuid.UUID, proef: bool) -> list[str]:
    if proef:
        return [item.object_id for item in regel.zoeken(nu)]
    gedaan = []
    with transaction.atomic():
        for item in regel.zoeken(nu):
            try:
                with transaction.atomic():
                    grafsteen = Grafsteen.objects.create(
                        regel=regel.naam,
                        actie=regel.actie,
                        objecttype=item.objecttype,
                        object_id=item.object_id,
                        status=item.status,
                        datums=item.datums,
                        batch=batch,
                        uitgevoerd_op=nu,
                    )
            except IntegrityError:
                continue  # handled already (an earlier run, another worker)
            if not item.uitvoeren():
                grafsteen.delete()  # touched meanwhile: no longer due, no tombstone
                continue
            gedaan.append(item.object_id)
    return gedaan


# --- helpers for the apps' rules ----------------------------------------------------------------


def maanden_terug(moment: datetime, maanden: int) -> datetime:
    """The same moment ``maanden`` calendar months earlier (31 March - 1 month = 28/29 February)."""
    jaar, maand = divmod(moment.year * 12 + moment.month - 1 - maanden, 12)
    maand += 1
    dag = moment.day
    while True:
        try:
            return moment.replace(year=jaar, month=maand, day=dag)
        except ValueError:
            dag -= 1


def bestand_verwijderen_na_commit(naam: str) -> None:
    """The file goes once the row is gone for good; a failure leaves an orphan for a later night."""
    if naam:
        transaction.on_commit(lambda: storages["private"].delete(naam))


def dossier_opruimen(dossier: models.Model) -> None:
    """What the kernel keeps about a dossier of any app, removed with it: attachments and letters
    (their files after the commit), the message thread, reminders and the status history. The
    audit log stays: it records who saw what, and has its own term."""
    ct = ContentType.objects.get_for_model(dossier)
    sleutel = {"content_type": ct, "object_id": str(dossier.pk)}
    for model in (Bijlage, Brief):
        for bestand in model.objects.filter(**sleutel).values_list("bestand", flat=True):
            bestand_verwijderen_na_commit(bestand)
        model.objects.filter(**sleutel).delete()
    Draad.objects.filter(**sleutel).delete()
    Herinnering.objects.filter(**sleutel).delete()
    StatusWijziging.objects.filter(**sleutel).delete()


_JAARMAP = re.compile(r"\d{4}")


def weesbestanden(mappen: Iterable[str], *, nu: datetime, bekend: Iterable[str] = ()) -> Iterator[Vervallen]:
    """Files in private storage under ``<map>/<jaar>/`` (the layout of ``uploads.opslaan`` and of the
    letters) that no attachment, letter or ``bekend`` name points to, older than
    ``BEWAREN_WEES_NA_UUR``: an upload whose row was never saved, or whose row was deleted.
    Listed with the storage API only (local disk and S3 alike)."""
    opslag = storages["private"]
    grens = nu - timedelta(hours=settings.BEWAREN_WEES_NA_UUR)
    mappen = list(mappen)
    bewaard = _bekende_bestanden(mappen) | set(bekend)
    for map_ in mappen:
        for naam in _jaarbestanden(opslag, map_):
            if naam in bewaard:
                continue
            gewijzigd = opslag.get_modified_time(naam)
            if gewijzigd >= grens:
                continue
            yield Vervallen(
                objecttype=BESTAND,
                object_id=naam,
                uitvoeren=_wees_verwijderen(naam),
                datums={"gewijzigd": _iso(gewijzigd)},
            )


def _bekende_bestanden(mappen: list[str]) -> set[str]:
    bekend: set[str] = set()
    for map_ in mappen:
        for model in (Bijlage, Brief):
            bekend.update(
                model.objects.filter(bestand__startswith=f"{map_}/").values_list("bestand", flat=True)
            )
    return bekend


def _jaarbestanden(opslag, map_: str) -> Iterator[str]:
    try:
        jaren, _bestanden = opslag.listdir(map_)
    except (FileNotFoundError, NotADirectoryError):
        return
    for jaar in sorted(jaren):
        if not _JAARMAP.fullmatch(jaar):
            continue  # another kind of file of the app (e.g. payment files): not ours to judge
        _submappen, bestanden = opslag.listdir(f"{map_}/{jaar}")
        for bestand in sorted(bestanden):
            yield f"{map_}/{jaar}/{bestand}"


def _wees_verwijderen(naam: str) -> Callable[[], bool]:
    def uitvoeren() -> bool:
        # Checked again inside the rule's transaction: a row may point to it by now.
        if Bijlage.objects.filter(bestand=naam).exists() or Brief.objects.filter(bestand=naam).exists():
            return False
        bestand_verwijderen_na_commit(naam)
        return True

    return uitvoeren


def _iso(waarde) -> str:
    return waarde.isoformat() if hasattr(waarde, "isoformat") else str(waarde)
