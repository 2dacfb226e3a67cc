"""PDF uploads without active content.

A PDF can carry more than pages: JavaScript, programs to launch, whole files attached inside,
Flash-like "rich media" and XFA forms, and actions that run by themselves when the file is opened
(``/OpenAction``) or when a page or field is touched (``/AA``). A civil servant opens these files
in their own PDF reader, so we refuse them all, and refuse a PDF we cannot read at all as well.

Three looks, each catching what another could miss:

1. every object reachable from the trailer (catalog, /Names, /OpenAction, /AA, /AcroForm, pages,
   annotations, …) is parsed by pypdf, so objects hidden in compressed object streams are seen
   too, and names written with ``#xx`` escapes are compared decoded;
2. the decompressed object streams are searched for the forbidden names, for objects that
   nothing references (yet) or that pypdf could not parse;
3. the raw bytes are searched for the long forbidden names, for objects outside the
   cross-reference table that a lenient reader would still find. Short names (/JS, /XFA) are left
   to the first two looks: in compressed data they occur by chance.

Page content streams are not searched: they only draw, and text in them may say "JavaScript".
"""

import io
import re
from collections.abc import Iterator

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from pypdf import PasswordType, PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, PdfObject, StreamObject

# Dictionary keys that only occur with active content: scripts, embedded files, XFA forms.
_VERBODEN_SLEUTELS = frozenset(
    {"/JS", "/JavaScript", "/EmbeddedFiles", "/EmbeddedFile", "/EF", "/XFA", "/RichMediaContent"}
)
# Action types (/S) that run code, start programs, open embedded or external files (a /GoToR to
# \\server\share leaks the reader's Windows credentials), send form data away or play media.
_VERBODEN_ACTIES = frozenset(
    {
        "/JavaScript",
        "/Launch",
        "/ImportData",
        "/GoToE",
        "/GoToR",
        "/SubmitForm",
        "/RichMediaExecute",
        "/Rendition",
        "/Sound",
        "/Movie",
    }
)
# What may happen by itself on opening the file or touching a page or field (/OpenAction, /AA):
# going to a page of the same file. A web address that opens by itself is an automatic action too.
_TOEGESTANE_AUTOMATISCHE_ACTIES = frozenset({"/GoTo"})
# Annotation and object types that carry attachments, multimedia or 3D scenes (which run scripts).
_VERBODEN_SOORTEN = frozenset({"/FileAttachment", "/RichMedia", "/3D", "/Screen", "/EmbeddedFile"})

_NAAM = re.compile(rb"/((?:[A-Za-z0-9]|#[0-9A-Fa-f]{2})+)")
_LANGE_NAMEN = frozenset({"JavaScript", "Launch", "EmbeddedFile", "EmbeddedFiles", "RichMedia", "ImportData"})
_NAMEN_IN_OBJECTSTROOM = _LANGE_NAMEN | {"JS", "XFA", "RichMediaExecute"}


def controleer_pdf(inhoud: bytes) -> None:
    """Raises a ValidationError for a PDF with active content or one that cannot be read."""
    if _bevat_naam(inhoud, _LANGE_NAMEN):
        raise _actieve_inhoud()
    try:
        reader = PdfReader(io.BytesIO(inhoud), strict=False)
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise _wachtwoord()
        actief = _actief_object(reader) or _actief_in_objectstromen(reader)
    except ValidationError:
        raise
    except Exception as exc:
        # Hostile input can break the parser in any way it likes; whatever pypdf cannot read,
        # we cannot vouch for.
        raise _onleesbaar() from exc
    if actief:
        raise _actieve_inhoud()


def _actief_object(reader: PdfReader) -> bool:
    return any(_is_actief(woordenboek) for woordenboek in _woordenboeken(reader.trailer))


def _woordenboeken(begin: PdfObject) -> Iterator[DictionaryObject]:
    """Every dictionary (streams included) reachable from ``begin``, each once, without recursion."""
    gezien: set[int | tuple[int, int]] = set()
    stapel: list[PdfObject] = [begin]
    while stapel:
        obj = stapel.pop()
        if isinstance(obj, IndirectObject):
            if (obj.idnum, obj.generation) in gezien:
                continue
            gezien.add((obj.idnum, obj.generation))
            obj = obj.get_object()
        if not isinstance(obj, DictionaryObject | ArrayObject) or id(obj) in gezien:
            continue
        gezien.add(id(obj))
        if isinstance(obj, DictionaryObject):
            yield obj
            stapel.extend(dict.values(obj))  # unresolved: references go through `gezien`
        else:
            stapel.extend(list.__iter__(obj))


def _is_actief(woordenboek: DictionaryObject) -> bool:
    if not _VERBODEN_SLEUTELS.isdisjoint(woordenboek.keys()):
        return True
    if _automatische_actie(woordenboek.get("/OpenAction")):
        return True
    aa = woordenboek.get("/AA")
    if aa is not None:
        aa = aa.get_object()
        if isinstance(aa, DictionaryObject) and any(_automatische_actie(a) for a in aa.values()):
            return True
    return (
        woordenboek.get("/S") in _VERBODEN_ACTIES
        or woordenboek.get("/Subtype") in _VERBODEN_SOORTEN
        or woordenboek.get("/Type") in _VERBODEN_SOORTEN
    )


def _automatische_actie(actie: PdfObject | None) -> bool:
    """An action that runs by itself, other than going to a page (a destination array is that)."""
    if actie is None:
        return False
    actie = actie.get_object()
    if not isinstance(actie, DictionaryObject):
        return False  # an explicit destination: [page /Fit]
    return actie.get("/S") not in _TOEGESTANE_AUTOMATISCHE_ACTIES


def _actief_in_objectstromen(reader: PdfReader) -> bool:
    nummers = {stroom for stroom, _index in reader.xref_objStm.values()}
    for nummer in nummers:
        stroom = reader.get_object(nummer)
        if isinstance(stroom, StreamObject) and _bevat_naam(stroom.get_data(), _NAMEN_IN_OBJECTSTROOM):
            return True
    return False


def _bevat_naam(data: bytes, namen: frozenset[str]) -> bool:
    return any(_zonder_escapes(treffer.group(1)) in namen for treffer in _NAAM.finditer(data))


def _zonder_escapes(naam: bytes) -> str:
    # "/J#61vaScript" is "/JavaScript" to every PDF reader.
    return re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), naam).decode("latin-1")


def _actieve_inhoud() -> ValidationError:
    return ValidationError(
        _(
            "Dit PDF-bestand bevat scripts, ingesloten bestanden of automatische acties. Die laten "
            "we om veiligheidsredenen niet toe. Sla het opnieuw op als gewone PDF (bijvoorbeeld via "
            "'Afdrukken naar PDF') en probeer opnieuw."
        ),
        code="pdf_actief",
    )


def _onleesbaar() -> ValidationError:
    return ValidationError(
        _(
            "Dit PDF-bestand kunnen we niet openen. Misschien is het beschadigd. Sla het opnieuw op "
            "als PDF (bijvoorbeeld via 'Afdrukken naar PDF') en probeer opnieuw."
        ),
        code="pdf_onleesbaar",
    )


def _wachtwoord() -> ValidationError:
    return ValidationError(
        _(
            "Dit PDF-bestand heeft een wachtwoord. Haal het wachtwoord weg, of sla het opnieuw op "
            "via 'Afdrukken naar PDF', en probeer opnieuw."
        ),
        code="pdf_wachtwoord",
    )
