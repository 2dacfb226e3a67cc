"""Walk the URLconf: every pattern with its qualified name (or its route when unnamed)."""

from collections.abc import Iterator

from django.urls import URLPattern, URLResolver, get_resolver


def alle_patronen() -> Iterator[tuple[str, URLPattern]]:
    yield from _loop(get_resolver(), "", None)


def _loop(resolver: URLResolver, prefix: str, namespace: str | None) -> Iterator[tuple[str, URLPattern]]:
    for patroon in resolver.url_patterns:
        route = prefix + str(patroon.pattern)
        if isinstance(patroon, URLResolver):
            ns = ":".join(filter(None, [namespace, patroon.namespace])) or None
            yield from _loop(patroon, route, ns)
        elif patroon.name:
            yield (f"{namespace}:{patroon.name}" if namespace else patroon.name), patroon
        else:
            yield route, patroon
