"""Cached fragments of public pages (core/publiek.py)."""

from django.test import RequestFactory
from django.utils.safestring import SafeString

from gelijkekansen.core import publiek


def _fragment(pad: str, teller: list[int], bron: str = "proef", naam: str = "lijst") -> str:
    def maken() -> str:
        teller.append(1)
        return SafeString(f"<p>versie {len(teller)}</p>")

    return publiek.fragment(bron, naam, RequestFactory().get(pad), maken, parameters=["q", "pagina"])


def test_een_fragment_wordt_een_keer_gemaakt_tot_de_bron_verandert():
    teller: list[int] = []
    assert _fragment("/lijst/?q=koken", teller) == "<p>versie 1</p>"
    assert _fragment("/lijst/?q=koken&utm=x", teller) == "<p>versie 1</p>"  # an unread parameter
    assert _fragment("/lijst/?q=koken&pagina=2", teller) == "<p>versie 2</p>"
    publiek.vernieuwen("andere-bron")
    assert _fragment("/lijst/?q=koken", teller) == "<p>versie 1</p>"
    publiek.vernieuwen("proef")
    assert _fragment("/lijst/?q=koken", teller) == "<p>versie 3</p>"
    assert (
        _fragment("/lijst/?q=koken", teller, naam="filters") == "<p>versie 4</p>"
    )  # another part of the page


def test_een_herhaalde_parameter_telt_in_zijn_volgorde():
    teller: list[int] = []
    assert _fragment("/lijst/?q=a&q=b", teller) == "<p>versie 1</p>"
    assert _fragment("/lijst/?q=b&q=a", teller) == "<p>versie 2</p>"  # the page reads "a", not "b"


def test_verzonnen_zoekwoorden_vullen_de_cache_niet(monkeypatch):
    monkeypatch.setattr(publiek, "MAX_FRAGMENTEN", 3)
    teller: list[int] = []
    for woord in "abc":
        _fragment(f"/lijst/?q={woord}", teller)
    assert _fragment("/lijst/?q=a", teller) == "<p>versie 1</p>"  # kept
    _fragment("/lijst/?q=d", teller)
    _fragment("/lijst/?q=d", teller)
    assert len(teller) == 5  # the fourth word is rendered each time, not stored
