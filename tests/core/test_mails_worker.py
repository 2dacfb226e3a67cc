"""The outbox with a real Celery worker process (full-stack pass): a refused mail is retried
later by the worker, never lost and never failing the request that wrote it."""

import socketserver
import threading
import time

import pytest

from gelijkekansen.core.emails import in_wachtrij
from gelijkekansen.core.models import UitgaandeMail
from tests.worker import echte_worker  # noqa: F401 (fixture)


class _WeigerendeSmtp(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.sendall(b"554 5.7.1 Geen mail vandaag\r\n")


@pytest.fixture(scope="module")
def weigerende_smtp():
    server = socketserver.TCPServer(("127.0.0.1", 0), _WeigerendeSmtp)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address
    server.shutdown()
    server.server_close()


@pytest.fixture
def worker_omgeving(weigerende_smtp):  # overrides conftest's default: an SMTP that refuses
    host, port = weigerende_smtp
    return {"EMAIL_HOST": host, "EMAIL_PORT": str(port), "EMAIL_USE_TLS": "0"}


def _wacht(mail: UitgaandeMail, klaar, seconden: float = 60) -> UitgaandeMail:
    grens = time.monotonic() + seconden
    while time.monotonic() < grens:
        mail.refresh_from_db()
        if klaar(mail):
            return mail
        time.sleep(0.5)
    return mail


@pytest.mark.worker
def test_worker_probeert_een_geweigerde_mail_later_opnieuw(echte_worker, burger):  # noqa: F811
    mail = in_wachtrij(
        sjabloon="test", aan=burger.email, ontvanger=burger, onderwerp="Test", tekst="Hallo", html=""
    )

    mail = _wacht(mail, lambda m: m.pogingen >= 1)

    assert mail.pogingen == 1
    assert "554" in mail.fout
    # Not given up after one refusal: the worker scheduled a retry with backoff.
    assert mail.status == UitgaandeMail.Status.WACHTEND
