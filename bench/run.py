"""`make bench`: seed the bench database, start gunicorn on it, load each page with wrk, report.

Usage: ``python bench/run.py [--duur 10] [--verbindingen 8] [--threads 2] [--pagina /mijn/]
[--aantal organisaties=1000] [--schaal 0.1]``. Writes bench/results/latest.md and latest.json and
exits non-zero when any page answered outside 2xx (a 302 to the login page = a broken session).
"""

import argparse
import http.client
import json
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import omgeving
from bench.pages import PAGINAS, PERSONAS, PLAFOND, Pagina
from bench.seed import seed_argumenten, seeden

BENCH = Path(__file__).resolve().parent
RESULTATEN = BENCH / "results"
LUA = BENCH / "rapport.lua"


@dataclass
class Meting:
    pad: str
    persona: str
    rps: float = 0.0
    p50_ms: float = 0.0
    p95_ms: float = 0.0
    p99_ms: float = 0.0
    requests: int = 0
    sql: int | None = None
    rss_worker_mb: float = 0.0  # largest single worker during this page
    rss_totaal_mb: float = 0.0  # all workers together at their peak moment
    p95_doel_ms: float | None = None
    fout: str = ""


# --- in-process, against the bench database ---------------------------------------------------


def sessies_maken(personas: set[str]) -> dict[str, str]:
    """A logged-in session per persona, written straight into the session store.

    Cheaper and more robust than driving the allauth login form (rate limits, e-mail
    verification); the auth hash makes it exactly what a real login would leave behind.
    """
    from importlib import import_module

    from allauth.mfa.models import Authenticator
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model

    from gelijkekansen.accounts.middleware import MFA_BEWEZEN, mfa_vereist

    store = import_module(settings.SESSION_ENGINE).SessionStore
    sessies = {}
    for persona in personas:
        user = get_user_model().objects.get(email=PERSONAS[persona])
        sessie = store()
        sessie[SESSION_KEY] = str(user.pk)
        sessie[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        sessie[HASH_SESSION_KEY] = user.get_session_auth_hash()
        if mfa_vereist(user):
            # Staff need a second factor (MFA_VERPLICHT): an authenticator, and a session that
            # passed it, so every request pays the middleware's checks as in production.
            Authenticator.objects.get_or_create(
                user=user, type=Authenticator.Type.TOTP, defaults={"data": {"secret": "bench"}}
            )
            sessie[MFA_BEWEZEN] = user.pk
        sessie.create()
        sessies[persona] = sessie.session_key
    return sessies


def queries_tellen(pagina: Pagina, sessie: str | None) -> tuple[int, str, int]:
    """(status, Location, SQL queries) of one request, after a first one that warms per-process caches."""
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(headers={"host": "127.0.0.1"})
    if sessie:
        client.cookies[settings.SESSION_COOKIE_NAME] = sessie
    vraag = (
        (lambda: client.post(pagina.pad, pagina.formulier()))
        if pagina.formulier
        else (lambda: client.get(pagina.pad))
    )
    vraag()
    with CaptureQueriesContext(connection) as queries:
        antwoord = vraag()
    return antwoord.status_code, antwoord.get("Location", ""), len(queries)


# --- gunicorn ---------------------------------------------------------------------------------


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def kinderen(pid: int) -> list[int]:
    """The worker pids of the gunicorn master (read from /proc: no psutil needed)."""
    pids = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                # Field 4 of /proc/<pid>/stat is the parent pid; the name before it may hold spaces.
                if int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    pids.append(int(proc.name))
            except (OSError, IndexError, ValueError):
                continue  # the process ended while we looked
    return pids


def geheugen_kb(pid: int, veld: str) -> int:
    try:
        for regel in Path(f"/proc/{pid}/status").read_text().splitlines():
            if regel.startswith(f"{veld}:"):
                return int(regel.split()[1])
    except OSError:
        pass
    return 0


class RssMeter(threading.Thread):
    """Samples the workers' RSS every 100 ms while one page is under load."""

    def __init__(self, master: int) -> None:
        super().__init__(daemon=True)
        self.master, self.stop, self.worker_kb, self.totaal_kb = master, threading.Event(), 0, 0

    def run(self) -> None:
        while not self.stop.wait(0.1):
            rss = [geheugen_kb(pid, "VmRSS") for pid in kinderen(self.master)]
            self.worker_kb = max([self.worker_kb, *rss])
            self.totaal_kb = max(self.totaal_kb, sum(rss))


# A form sent by wrk carries this CSRF secret as cookie and field (Django accepts the unmasked
# secret); the form's fields come from the page's ``formulier``.
CSRF = "benchbenchbenchbenchbenchbench12"


def post_argumenten(pagina: Pagina) -> list[str]:
    from urllib.parse import urlencode

    from django.conf import settings

    velden = {**pagina.formulier(), "csrfmiddlewaretoken": CSRF}
    return ["POST", urlencode(velden, doseq=True), f"{settings.CSRF_COOKIE_NAME}={CSRF}", str(pagina.status)]


def http_get(
    poort: int, pad: str, sessie: str | None, cookie_naam: str, post: list[str] = ()
) -> tuple[int, str]:
    verbinding = http.client.HTTPConnection("127.0.0.1", poort, timeout=30)
    try:
        headers = {"Cookie": f"{cookie_naam}={sessie}"} if sessie else {}
        if post:
            headers |= {"Cookie": post[2], "Content-Type": "application/x-www-form-urlencoded"}
            verbinding.request("POST", pad, body=post[1], headers=headers)
        else:
            verbinding.request("GET", pad, headers=headers)
        antwoord = verbinding.getresponse()
        antwoord.read()
        return antwoord.status, antwoord.getheader("Location", "")
    finally:
        verbinding.close()


def gunicorn_starten(poort: int, workers: int, log: Path) -> subprocess.Popen:
    cmd = [
        sys.executable, "-m", "gunicorn", "gelijkekansen.wsgi:application",
        "--workers", str(workers), "--worker-class", "sync", "--bind", f"127.0.0.1:{poort}",
        "--timeout", "60", "--error-logfile", str(log), "--log-level", "warning",
    ]  # fmt: skip
    # Own process group, so stopping it takes the workers along and Ctrl-C reaches us first.
    proc = subprocess.Popen(cmd, cwd=omgeving.ROOT, env=os.environ.copy(), start_new_session=True)
    einde = time.monotonic() + 30
    while time.monotonic() < einde:
        if proc.poll() is not None:
            raise SystemExit(f"bench: gunicorn stopte meteen:\n{log.read_text()[-3000:]}")
        try:
            if http_get(poort, "/health/", None, "")[0] == 200:
                return proc
        except OSError:
            pass
        time.sleep(0.3)
    gunicorn_stoppen(proc)
    raise SystemExit(f"bench: gunicorn antwoordt niet op /health/:\n{log.read_text()[-3000:]}")


def gunicorn_stoppen(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


# --- wrk --------------------------------------------------------------------------------------


def wrk(
    url: str, sessie: str | None, cookie_naam: str, args: argparse.Namespace, duur: int, post: list[str] = ()
) -> dict:
    cmd = ["wrk", f"-t{args.threads}", f"-c{args.verbindingen}", f"-d{duur}s", "--timeout", "10s"]
    cmd += ["-s", str(LUA)]
    if sessie:
        cmd += ["-H", f"Cookie: {cookie_naam}={sessie}"]
    klaar = subprocess.run([*cmd, url, *(["--", *post] if post else [])], capture_output=True, text=True)
    uitvoer = klaar.stdout + klaar.stderr
    for regel in uitvoer.splitlines():
        if regel.startswith("BENCH_JSON "):
            return json.loads(regel.removeprefix("BENCH_JSON "))
    raise RuntimeError(f"wrk gaf geen resultaat:\n{uitvoer}")


def pagina_meten(pagina: Pagina, sessie: str | None, poort: int, master: int, args) -> Meting:
    from django.conf import settings

    cookie = settings.SESSION_COOKIE_NAME
    naam = f"POST {pagina.pad}" if pagina.formulier else pagina.pad
    meting = Meting(naam, pagina.persona or "anoniem", p95_doel_ms=pagina.p95_doel_ms)
    goed = (lambda s: s == pagina.status) if pagina.formulier else (lambda s: 200 <= s < 300)
    post = post_argumenten(pagina) if pagina.formulier else []
    status, locatie, meting.sql = queries_tellen(pagina, sessie)
    if not goed(status):
        meting.fout = f"in-process {status} {locatie}".strip()
        return meting
    status, locatie = http_get(poort, pagina.pad, sessie, cookie, post)
    if not goed(status):
        meting.fout = f"HTTP {status} {locatie}".strip()
        return meting
    url = f"http://127.0.0.1:{poort}{pagina.pad}"
    if args.opwarmen:  # both workers load their templates and caches before we measure
        wrk(url, sessie, cookie, args, args.opwarmen, post)
    meter = RssMeter(master)
    meter.start()
    try:
        uitslag = wrk(url, sessie, cookie, args, args.duur, post)
    finally:
        meter.stop.set()
        meter.join()
    meting.rss_worker_mb, meting.rss_totaal_mb = meter.worker_kb / 1024, meter.totaal_kb / 1024
    meting.requests = uitslag["requests"]
    meting.rps, meting.p50_ms = uitslag["rps"], uitslag["p50_ms"]
    meting.p95_ms, meting.p99_ms = uitslag["p95_ms"], uitslag["p99_ms"]
    if uitslag["non2xx"] or uitslag["socketfouten"]:
        meting.fout = (
            f"{uitslag['non2xx']} antwoorden buiten 2xx (eerste: {uitslag['eerste_status']}), "
            f"{uitslag['socketfouten']} socketfouten"
        )
    return meting


# --- report -----------------------------------------------------------------------------------


def git(*args: str) -> str:
    try:
        return subprocess.run(
            ["git", *args], cwd=omgeving.ROOT, capture_output=True, text=True
        ).stdout.strip()
    except OSError:
        return "?"


def tabel(metingen: list[Meting]) -> str:
    plafond = next((m.rps for m in metingen if m.pad == PLAFOND and m.rps), None)
    regels = [
        "| page | persona | req/s | p50 ms | p95 ms | p99 ms | vs ceiling | SQL/req | RSS/worker MB "
        "| result |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|---|",
    ]
    for m in metingen:
        verhouding = f"{m.rps / plafond:.2f}" if plafond and m.rps else "–"
        if m.fout:
            uitkomst = f"**FOUT** {m.fout}"
        elif m.p95_doel_ms is not None:
            teken = "ok" if m.p95_ms <= m.p95_doel_ms else "**te traag**"
            uitkomst = f"{teken} (p95 doel {m.p95_doel_ms:g} ms)"
        else:
            uitkomst = "ok"
        regels.append(
            f"| `{m.pad}` | {m.persona} | {m.rps:.0f} | {m.p50_ms:.1f} | {m.p95_ms:.1f} | {m.p99_ms:.1f} "
            f"| {verhouding} | {'–' if m.sql is None else m.sql} | {m.rss_worker_mb:.0f} | {uitkomst} |"
        )
    return "\n".join(regels)


def verslag(metingen: list[Meting], context: dict) -> str:
    kop = [
        f"# make bench: {context['datum']}",
        "",
        f"- commit: `{context['commit']}`",
        f"- machine: {context['cores']} cores, {context['platform']}, Python {context['python']}, "
        f"PostgreSQL {context['postgres']}, {context['wrk']}; load average at start {context['load_start']}",
        f"- load: wrk {context['duur']} s per page (after {context['opwarmen']} s warm-up), "
        f"{context['verbindingen']} connections, {context['threads']} threads; gunicorn "
        f"{context['workers']} sync workers on 127.0.0.1 (no keep-alive with sync workers)",
        f"- settings: {context['settings']}",
        f"- seeded: {', '.join(f'{k} {v:,}' for k, v in context['rijen'].items())}",
        "",
        tabel(metingen),
        "",
        "SQL/req: one warm request in-process (Django test client, same database and session). "
        "RSS/worker: largest gunicorn worker, sampled every 100 ms during the page's run.",
        "",
    ]
    return "\n".join(kop)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    seed_argumenten(parser)
    omg = os.environ.get
    # Whole seconds: wrk reads "1.5s" as an error.
    parser.add_argument("--duur", type=int, default=int(omg("BENCH_DUUR", 10)), help="seconds per page")
    parser.add_argument("--opwarmen", type=int, default=int(omg("BENCH_OPWARMEN", 2)), help="warm-up s")
    parser.add_argument("--verbindingen", type=int, default=int(omg("BENCH_VERBINDINGEN", 8)))
    parser.add_argument("--threads", type=int, default=int(omg("BENCH_THREADS", 2)))
    parser.add_argument("--workers", type=int, default=int(omg("BENCH_WORKERS", 2)), help="gunicorn")
    parser.add_argument("--pagina", action="append", default=[], help="only paths containing this")
    args = parser.parse_args()

    if not shutil.which("wrk"):
        raise SystemExit("bench: wrk ontbreekt: apt-get install wrk")
    # No collectstatic: PORTAL_ENV=development serves static files through WhiteNoise's finders
    # (no manifest to build) and wrk only fetches the HTML of each page.
    # SIGTERM (a CI timeout) must stop gunicorn too: turn it into SystemExit so `finally` runs.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    aantallen = seeden(args)  # also starts Django on the bench database

    from django.db import connection, connections

    from bench.seeds import tellingen

    paginas = [
        p for p in PAGINAS if p.pad == PLAFOND or not args.pagina or any(s in p.pad for s in args.pagina)
    ]
    sessies = sessies_maken({p.persona for p in paginas if p.persona})
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0]
    context = {
        "datum": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "commit": git("rev-parse", "--short", "HEAD")
        + (" + local changes" if git("status", "--porcelain", "--untracked-files=no") else ""),
        "cores": os.cpu_count(),
        # Other work on the machine skews every number: a busy start is visible in the report.
        "load_start": " ".join(f"{x:.1f}" for x in os.getloadavg()),
        "platform": platform.platform(terse=True),
        "python": platform.python_version(),
        "postgres": postgres,
        "wrk": subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.split(" Copyright")[0],
        "duur": args.duur,
        "opwarmen": args.opwarmen,
        "verbindingen": args.verbindingen,
        "threads": args.threads,
        "workers": args.workers,
        "settings": ", ".join(
            f"{k}={v}"
            for k, v in omgeving.OMGEVING.items()
            if k not in ("DJANGO_SETTINGS_MODULE", "LOG_LEVEL")
        ),
        "aantallen": aantallen,
        "rijen": tellingen(),
    }
    connections.close_all()  # gunicorn gets the database to itself

    metingen: list[Meting] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        log = Path(tmp) / "gunicorn.log"
        poort = vrije_poort()
        proc = gunicorn_starten(poort, args.workers, log)
        try:
            for pagina in paginas:
                meting = pagina_meten(pagina, sessies.get(pagina.persona or ""), poort, proc.pid, args)
                metingen.append(meting)
                m = meting
                print(f"bench: {m.pad:32} {m.rps:7.0f} req/s  p95 {m.p95_ms:6.1f} ms {m.fout}")
            context["workers_vmhwm_mb"] = [round(geheugen_kb(p, "VmHWM") / 1024) for p in kinderen(proc.pid)]
        except KeyboardInterrupt:
            print("bench: onderbroken")
            return 130
        finally:
            gunicorn_stoppen(proc)
            if log.exists() and log.read_text().strip():
                print(f"bench: gunicorn log:\n{log.read_text()[-3000:]}")
            connections.close_all()

    RESULTATEN.mkdir(exist_ok=True)
    tekst = verslag(metingen, context)
    (RESULTATEN / "latest.md").write_text(tekst)
    (RESULTATEN / "latest.json").write_text(
        json.dumps({"context": context, "metingen": [asdict(m) for m in metingen]}, indent=2, default=str)
    )
    print("\n" + tekst)
    fouten = [m for m in metingen if m.fout]
    if fouten:
        print(f"bench: FOUT op {len(fouten)} pagina('s): " + "; ".join(f"{m.pad}: {m.fout}" for m in fouten))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
