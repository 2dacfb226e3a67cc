"""Real Chromium (Debian's) driven by Playwright against the live test server.

Without Chromium the browser tests are skipped with a message, except in CI (CI=true), where a
missing browser is a failure: .ci/run installs it.
"""

import os
import re
from importlib import import_module
from pathlib import Path

import pytest
from django.test import Client

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARTEFACTEN = Path(os.environ.get("TEST_ARTIFACTS", "var/test-artifacts")) / "e2e"

# Playwright's sync API runs an event loop in this thread; the ORM calls made by the tests
# themselves (factories) are synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    rapport = yield
    setattr(item, f"rapport_{rapport.when}", rapport)
    return rapport


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        melding = f"Chromium not found at {CHROMIUM}: apt-get install chromium"
        if os.environ.get("CI"):
            pytest.fail(melding)
        pytest.skip(melding)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def _referentiegegevens():
    """Reload the wijken and doelgroepen of the data migration when a flush removed them.

    Transactional tests (live server, worker, row locks) flush the database; the role groups come
    back through post_migrate, the data-migration rows do not. Serialized rollback would restore
    them, but not reliably once Playwright's event loop runs in this thread."""
    from django.apps import apps

    from gelijkekansen.core.models import Wijk
    from meldingen.models import Grond
    from toegankelijkheid.models import Resultaatsgebied

    if not Wijk.objects.exists():
        import_module("gelijkekansen.core.migrations.0002_wijken_doelgroepen").laden(apps, None)
    if not Grond.objects.exists():
        import_module("meldingen.migrations.0002_gronden").aanmaken(apps, None)
    if not Resultaatsgebied.objects.exists():
        import_module("toegankelijkheid.migrations.0002_domeinen_resultaatsgebieden").aanmaken(apps, None)


@pytest.fixture
def pagina(browser, live_server, _referentiegegevens, request):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    rapport = getattr(request.node, "rapport_call", None)
    if rapport is not None and rapport.failed:
        ARTEFACTEN.mkdir(parents=True, exist_ok=True)
        naam = re.sub(r"[^\w.-]+", "_", request.node.nodeid)[-120:]
        page.screenshot(path=str(ARTEFACTEN / f"{naam}.png"), full_page=True)
        print(f"\nScreenshot: {ARTEFACTEN / naam}.png")
    context.close()


@pytest.fixture
def aanmelden(pagina, live_server):
    """Log in by session cookie (the login form has its own keyboard test)."""

    def _aanmelden(user) -> None:
        # Switching person mid-test: let the page's own requests (the admin's jsi18n, which saves
        # the session) finish first, or they and this login write SQLite at the same moment.
        pagina.wait_for_load_state("networkidle")
        client = Client()
        client.force_login(user)
        sessie = client.cookies["sessionid"].value
        pagina.context.add_cookies([{"name": "sessionid", "value": sessie, "url": live_server.url}])

    return _aanmelden
