"""Rate limits on what anyone may do without an account (a contact form, a report, a receipt code),
counted in the shared cache per client address, so several workers count together.

The count is exact on Redis (production, CI's full stack), whose increment is atomic. The file
cache of ``make run`` increments by read and write: a burst of parallel requests can slip a few
past the limit there, never past it for long."""

from django.core.cache import cache


def binnen_limiet(soort: str, sleutel: str | None, *, maximum: int, seconden: int = 3600) -> bool:
    """Counts one more attempt of ``soort`` by ``sleutel`` (e.g. the client address) and says
    whether it is still within ``maximum`` per window of ``seconden`` (the window starts at the
    first attempt). The address itself is only a cache key that expires, never stored."""
    naam = f"limiet:{soort}:{sleutel or 'onbekend'}"
    cache.add(naam, 0, timeout=seconden)
    try:
        return cache.incr(naam) <= maximum
    except ValueError:  # expired between add and incr: this is the first of a new window
        cache.add(naam, 1, timeout=seconden)
        return True
