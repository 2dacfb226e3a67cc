"""Every URL pattern, requested as every persona (tests/toegang/matrix.py says what to expect)."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory
from tests.toegang.matrix import EXTRA_PERSONAS, LOGIN, MATRIX, PERSONAS, Regel
from tests.toegang.urls import alle_patronen

STANDAARD_ROL = "dossierbehandelaar-subsidies"


def _patronen() -> dict[str, object]:
    # The admin has its own checks (test_admin.py): its permissions come from the roles.
    return {n: p for n, p in alle_patronen() if not n.startswith(("admin:", "admin/"))}


def test_elke_url_staat_in_de_matrix():
    ontbrekend = sorted(set(_patronen()) - set(MATRIX))
    assert not ontbrekend, (
        f"URL patterns without an access rule: {ontbrekend}. "
        "Add a line per pattern to MATRIX in tests/toegang/matrix.py."
    )


def test_matrix_noemt_geen_urls_die_niet_meer_bestaan():
    assert not sorted(set(MATRIX) - set(_patronen()))


def test_objectverwijzingen_in_urls_zijn_niet_te_raden():
    """Citizens see UUIDs or long tokens in URLs, never sequential ids someone could count up."""
    for naam, patroon in _patronen().items():
        converters = getattr(patroon.pattern, "converters", {})
        for parameter, converter in converters.items():
            assert type(converter).__name__ != "IntConverter", f"{naam}: <int:{parameter}> is guessable"


@pytest.fixture
def personas(db) -> dict:
    burger = UserFactory(email="eigenaar@example.org")
    return {
        "anoniem": None,
        "burger": burger,
        "andere_burger": UserFactory(email="ander@example.org"),
        "medewerker": UserFactory(email="zonder-rol@example.org", is_staff=True),
        "rol": None,  # made per rule: the role differs per URL
        # Asked only by rules with ``ook``: a jury member of the object's call, a case handler.
        "jurylid": UserFactory(email="jury-van-de-oproep@example.org", rollen=["jury"]),
        "behandelaar": UserFactory(
            email="behandelaar-extra@example.org", is_staff=True, rollen=["dossierbehandelaar-subsidies"]
        ),
    }


def _url(naam: str, regel: Regel, personas: dict) -> str:
    kwargs = regel.kwargs(personas) if regel.kwargs else {}
    if "/" in naam:
        return "/" + naam
    return reverse(naam, kwargs=kwargs)


def _antwoord(regel: Regel, url: str, user) -> object:
    client = Client()
    if user is not None:
        client.force_login(user)
    return getattr(client, regel.methode)(url)


def _uitkomst(antwoord) -> object:
    if antwoord.status_code == 302 and re.match(r"^/accounts/login/\?next=", antwoord["Location"]):
        return LOGIN
    return antwoord.status_code


@pytest.mark.parametrize("naam", sorted(MATRIX))
def test_toegang_per_persona(naam, personas):
    regel = MATRIX[naam]
    personas["rol"] = UserFactory(is_staff=True, rollen=[regel.rol or STANDAARD_ROL])
    url = _url(naam, regel, personas)
    uitkomsten = {}
    for persona in PERSONAS:
        uitkomsten[persona] = _uitkomst(_antwoord(regel, url, personas[persona]))
    assert tuple(uitkomsten[p] for p in PERSONAS) == regel.verwacht, f"{naam}: {uitkomsten}"
    assert set(regel.ook) <= set(EXTRA_PERSONAS), f"{naam}: unknown persona in ook"
    extra = {persona: _uitkomst(_antwoord(regel, url, personas[persona])) for persona in regel.ook}
    assert extra == regel.ook, f"{naam}: {extra}"


def test_elke_dossier_url_vraagt_ook_jury_en_behandelaar():
    """Every URL of an application is also asked as a jury member of its call and as a case handler."""
    for naam, regel in MATRIX.items():
        if naam.startswith("subsidies:aanvraag-") and naam != "subsidies:aanvraag-starten":
            assert set(regel.ook) == set(EXTRA_PERSONAS), naam


EIGEN_NAMESPACES = (
    "core:",
    "accounts:",
    "subsidies:",
    "erkenning:",
    "meldingen:",
    "vrijwilligers:",
    "signalen:",
)
EIGEN = sorted(n for n in MATRIX if n.startswith(EIGEN_NAMESPACES) or n.startswith("toegankelijkheid:"))


@pytest.mark.parametrize("naam", [*EIGEN, "set_language"])
def test_elke_view_weigert_methodes_die_hij_niet_kent(naam, personas):
    """Every view declares its methods: others get 405, and a POST-only action never runs on GET."""
    regel = MATRIX[naam]
    personas["rol"] = UserFactory(is_staff=True, rollen=[regel.rol or STANDAARD_ROL])
    url = _url(naam, regel, personas)
    client = Client()
    client.force_login(personas["rol"])
    verboden = ["put", "delete", "patch"] + (["get"] if regel.methode == "post" else [])
    for methode in verboden:
        assert getattr(client, methode)(url).status_code == 405, f"{methode.upper()} {url}"
