"""Public pages that many read and few change: their costly part is kept in the shared cache until
what it shows changes.

A fragment is stored under the current *generation* of its source (e.g. ``"gids"``). A change to
one of the source's models starts a new generation, so every fragment of that source is stale at
once, in every process, without anyone knowing their keys. The header, messages and CSRF token
stay outside the fragment: the rest of the page is rendered per request as always.

The generation changes twice: at the save, so the changing transaction itself (a test, a request
that redirects to the list) reads its own data, and again after the commit, so what another
process read and cached in between is dropped too. ``QuerySet.update()`` and ``bulk_create`` send
no signals: code that uses them on a source's models calls :func:`vernieuwen` itself.
"""

import hashlib
import uuid
from collections.abc import Callable, Iterable

from django.core.cache import caches
from django.db import transaction
from django.db.models import Model
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, QueryDict
from django.utils.safestring import SafeString
from django.utils.translation import get_language

# A fragment lives at most this long even if no change is seen (a bulk update someone forgot).
FRAGMENT_SECONDEN = 600
# At most this many fragments per source and generation: each search word is a new key, and a
# visitor who makes up thousands of them fills no memory (the page is then rendered uncached).
MAX_FRAGMENTEN = 2000


def _cache():
    # Apart from the default cache (settings.CACHES): a flood of fragments never evicts a login
    # lock-out counter.
    return caches["publiek"]


def _generatie_sleutel(bron: str) -> str:
    return f"publiek:{bron}:generatie"


def vernieuwen(bron: str) -> None:
    """Start a new generation of ``bron``: its cached fragments are no longer read."""
    _cache().set(_generatie_sleutel(bron), uuid.uuid4().hex[:12], None)


def _generatie(bron: str) -> str:
    cache, sleutel = _cache(), _generatie_sleutel(bron)
    generatie = cache.get(sleutel)
    if generatie is None:
        cache.add(sleutel, uuid.uuid4().hex[:12], None)
        generatie = cache.get(sleutel)
    return generatie


def onthouden(bron: str, naam: str, maken: Callable[[], object]) -> object:
    """What ``maken()`` returns (picklable: a dict, a fragment, None for "not found"), kept per
    language until ``bron`` changes. ``naam`` says what it is for, e.g. ``"plan:2020-2021"``."""
    cache, generatie = _cache(), _generatie(bron)
    sleutel = f"publiek:{bron}:{generatie}:{get_language()}:{naam}"
    bewaard = cache.get(sleutel)
    if bewaard is not None:
        return bewaard[0]  # in a tuple, so a remembered None is not a miss
    waarde = maken()
    if _plaats_voor_nog_een(cache, f"publiek:{bron}:{generatie}:aantal"):
        cache.set(sleutel, (waarde,), FRAGMENT_SECONDEN)
    return waarde


def _plaats_voor_nog_een(cache, teller: str) -> bool:
    cache.add(teller, 0, FRAGMENT_SECONDEN)
    try:
        return cache.incr(teller) <= MAX_FRAGMENTEN
    except ValueError:  # the counter expired just now
        return False


def fragment(
    bron: str, naam: str, request: HttpRequest, maken: Callable[[], SafeString], *, parameters: Iterable[str]
) -> SafeString:
    """The HTML ``maken()`` renders for this request, from the cache when the source has not changed.

    ``naam`` tells apart the fragments of one page (e.g. its filters and its results). Only the
    query ``parameters`` the page reads make the key, so ``?x=1`` does not fill the cache.
    The HTML is a SafeString from render_to_string; the cache pickles it as one.
    """
    # Per name every value in its order: the page reads the last of a repeated parameter.
    gelezen = [(naam, request.GET.getlist(naam)) for naam in sorted(set(parameters))]
    vraag = hashlib.sha256(repr(gelezen).encode()).hexdigest()[:24]
    return onthouden(bron, f"{naam}:{request.path}:{vraag}", maken)


def zoekopdracht(request: HttpRequest, parameters: Iterable[str]) -> str:
    """The query string of the parameters a fragment reads (for its page links): only those, so a
    cached fragment never carries one visitor's other parameters to the next."""
    query = QueryDict(mutable=True)
    for naam in parameters:
        if waarden := request.GET.getlist(naam):
            query.setlist(naam, waarden)
    return query.urlencode()


def vernieuwen_bij_wijziging(bron: str, *modellen: type[Model]) -> None:
    """Start a new generation of ``bron`` whenever a row of one of ``modellen`` is saved or deleted.

    Called from an app's ``ready()``: cache bookkeeping, not business logic, so a signal is the
    place that no save path (admin, service, task) can forget.
    """

    def gewijzigd(**kwargs) -> None:
        vernieuwen(bron)
        transaction.on_commit(lambda: vernieuwen(bron))

    for model in modellen:
        uid = f"publiek:{bron}:{model._meta.label}"
        post_save.connect(gewijzigd, sender=model, weak=False, dispatch_uid=uid)
        post_delete.connect(gewijzigd, sender=model, weak=False, dispatch_uid=uid)
