"""The one settings module. Every value comes from the environment (see .env.example).

Without any environment the portal runs on embedded defaults: SQLite in var/, Celery tasks
in-process, e-mail to the console. ``PORTAL_ENV=production`` turns the defaults into
requirements: the process refuses to start without its secrets, naming the missing variable.
"""

import logging
import secrets
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from celery.schedules import crontab
from cryptography.fernet import Fernet
from django.utils.translation import gettext_lazy as _

from gelijkekansen.env import (
    dev_secret,
    env_bic,
    env_bool,
    env_choice,
    env_iban,
    env_int,
    env_list,
    env_str,
    is_set,
)

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))

PORTAL_ENV = env_choice("PORTAL_ENV", ("development", "production"), "development")
PRODUCTION = PORTAL_ENV == "production"
DEBUG = env_bool("DEBUG", False)

logger = logging.getLogger("gelijkekansen.settings")

# --- Secrets ----------------------------------------------------------------------------------
if PRODUCTION:
    SECRET_KEY = env_str("SECRET_KEY")
    FIELD_ENCRYPTION_KEY = env_str("FIELD_ENCRYPTION_KEY")
    ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
    DATABASE_URL = env_str("DATABASE_URL")
else:
    SECRET_KEY = env_str("SECRET_KEY", "") or dev_secret(
        VAR_DIR / "dev-secret-key", lambda: secrets.token_urlsafe(50)
    )
    FIELD_ENCRYPTION_KEY = env_str("FIELD_ENCRYPTION_KEY", "") or dev_secret(
        VAR_DIR / "dev-field-encryption-key", lambda: Fernet.generate_key().decode()
    )
    ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
    DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}")
    if not is_set("SECRET_KEY"):
        logger.warning("Development mode: using a generated secret key from var/. Never in production.")

CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

# --- Applications -----------------------------------------------------------------------------
INSTALLED_APPS = [
    "gelijkekansen.accounts",
    "gelijkekansen.core",
    "subsidies",
    "erkenning",
    "meldingen",
    "vrijwilligers",
    "signalen",
    "toegankelijkheid",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.forms",
    "django_filters",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "gelijkekansen.accounts.middleware.SessieVerlengenMiddleware",
    "gelijkekansen.core.middleware.TaalMiddleware",
    "gelijkekansen.core.middleware.BeveiligingsHeadersMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "gelijkekansen.core.middleware.VerouderdePaginaMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "gelijkekansen.accounts.middleware.SessieMaxDuurMiddleware",
    "gelijkekansen.accounts.middleware.MfaVerplichtMiddleware",
]

ROOT_URLCONF = "gelijkekansen.urls"
WSGI_APPLICATION = "gelijkekansen.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "gelijkekansen.core.context_processors.portaal",
            ],
        },
    },
    # Plain-text e-mails (subject and body, core/emails.py): not HTML, so nothing is escaped; a
    # name like "Bruggen & 't Zand" must not arrive as "Bruggen &amp; &#x27;t Zand".
    {
        "NAME": "tekst",
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {"autoescape": False},
    },
]
FORM_RENDERER = "gelijkekansen.core.forms.PortalFormRenderer"

# --- Database ---------------------------------------------------------------------------------
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 0))}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # WAL lets the dev server read while a task writes; the timeout absorbs short write bursts.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }

# --- Cache, Celery ----------------------------------------------------------------------------
# Production runs several web replicas and workers: rate limits need one shared cache and tasks a
# real broker. The in-process fallbacks below would fail silently there, so they are refused.
CACHE_URL = env_str("CACHE_URL") if PRODUCTION else env_str("CACHE_URL", "")
# "publiek" holds the public pages' fragments (core/publiek.py) apart from the default cache: many
# visitors' searches must never push out a login lock-out counter or a used two-factor code.
if CACHE_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL},
        "publiek": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": "publiek",
        },
    }
else:
    # Files in var/: every process on this machine (runserver, a worker, a second runserver)
    # shares the login lock-out counters and the used two-factor codes. A per-process memory
    # cache would let a locked account, or a used code, in through another process.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        },
        "publiek": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache-publiek"),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
    }

CELERY_BROKER_URL = env_str("CELERY_BROKER_URL") if PRODUCTION else env_str("CELERY_BROKER_URL", "")
# No broker configured: run tasks in-process, so `make run` needs no Redis.
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_TIME_LIMIT = 600
CELERY_TASK_SOFT_TIME_LIMIT = 540
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_TIMEOUT = 3
# A request that queues a task must not hang when Redis is down: fail fast, the caller records it.
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.5}
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 3, "socket_timeout": 5}
CELERY_TIMEZONE = "Europe/Brussels"
CELERY_BEAT_SCHEDULE = {
    "rapporten-herstarten": {
        "task": "gelijkekansen.core.tasks.rapporten_herstarten",
        "schedule": 300.0,
    },
    # Expired sessions pile up in the database otherwise (cached_db writes through).
    "sessies-opruimen": {
        "task": "gelijkekansen.core.tasks.sessies_opruimen",
        "schedule": crontab(hour=3, minute=30),
    },
    "mails-inplannen": {
        "task": "gelijkekansen.core.tasks.mails_inplannen",
        "schedule": 300.0,
    },
    # Every app's reminder rules (their ``herinneringen`` modules), once a day (CELERY_TIMEZONE).
    "herinneringen-versturen": {
        "task": "gelijkekansen.core.tasks.herinneringen_versturen",
        "schedule": crontab(hour=8, minute=0),
    },
    # Every app's retention rules (their ``bewaren`` modules), nightly, when nobody works.
    "bewaartermijnen-toepassen": {
        "task": "gelijkekansen.core.tasks.bewaartermijnen_toepassen",
        "schedule": crontab(hour=2, minute=30),
    },
}
# The kernel's own periodic jobs. Chapter apps declare theirs in their AppConfig (``beat``);
# core/apps.py merges them in (`celery -A gelijkekansen beat -l debug` prints the whole schedule).

# --- Accounts (django-allauth) ----------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:mijn"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGOUT_REDIRECT_URL = "core:home"
ACCOUNT_SIGNUP_FORM_CLASS = "gelijkekansen.accounts.forms.RegistratieForm"
ACCOUNT_ADAPTER = "gelijkekansen.accounts.adapters.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Stad Gent] "
# Lock-out per account, not per address: 5 wrong passwords lock that e-mail address for 15 minutes
# (the right password included), while everyone behind the same address (a city office, our own
# reverse proxy) logs in as usual. The per-address ceiling is ten times higher and only stops
# password spraying (few tries on many accounts). Failed second-factor codes count the same way.
# allauth's own limits rather than django-axes: one mechanism, already inside every login path
# (form, re-authentication, second factor), kept in the cache that all web replicas share.
ACCOUNT_RATE_LIMITS = {"login_failed": "5/15m/key,50/15m/ip"}
# The client address is read through this many proxies of our own, counted from the right of
# X-Forwarded-For; 0 ignores the header (a client could forge it). Rate limits and the audit log
# use this address.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
# Changing the e-mail address or the password (and the authenticator) asks for the password again
# unless it was given in the last ACCOUNT_REAUTHENTICATION_TIMEOUT seconds (allauth: 300).
ACCOUNT_REAUTHENTICATION_REQUIRED = True
# Security e-mails (authenticator added or removed, password or e-mail changed): the owner of an
# account learns at once when someone else with the password added their own authenticator.
ACCOUNT_EMAIL_NOTIFICATIONS = True
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Stad Gent - Welzijn en Gelijke Kansen"
# Every back-office account (staff, superusers) and every role that reads personal data logs in
# with a second factor, checked per session (accounts/middleware.py). The Meldpunt's reports are special-category data
# (GDPR art. 9). Off only for the demo (`make run`); production refuses to start without it.
MFA_VERPLICHTE_ROLLEN = [
    "meldpunt",
    "dossierbehandelaar-subsidies",
    "erkenningen",
    "vrijwilligerspunt",
    "welzijnsregie",
]
MFA_VERPLICHT = env_bool("MFA_VERPLICHT", True)
if PRODUCTION and not MFA_VERPLICHT:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("MFA_VERPLICHT cannot be switched off with PORTAL_ENV=production.")
SOCIALACCOUNT_ONLY = False
SOCIALACCOUNT_EMAIL_VERIFICATION = "none"
SOCIALACCOUNT_PROVIDERS: dict = {}
OIDC_SERVER_URL = env_str("OIDC_SERVER_URL", "")
if OIDC_SERVER_URL:
    # The city's login broker (CSAM / itsme behind it). Callback: /accounts/oidc/<id>/login/callback/
    SOCIALACCOUNT_PROVIDERS["openid_connect"] = {
        "APPS": [
            {
                "provider_id": env_str("OIDC_PROVIDER_ID", "gent"),
                "name": env_str("OIDC_NAME", "Stad Gent (itsme, eID)"),
                "client_id": env_str("OIDC_CLIENT_ID"),
                "secret": env_str("OIDC_CLIENT_SECRET"),
                "settings": {"server_url": OIDC_SERVER_URL},
            }
        ]
    }

# --- Internationalisation ---------------------------------------------------------------------
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("English")), ("fr", _("Français"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "taal"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

# --- Files ------------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
# Private files (reports, attachments, SEPA files) have no URL: they are served by permission-checked
# views through the storage API only (open/save/exists/delete, never a local path). Embedded default:
# the local disk. Several web and worker machines share one S3-compatible bucket instead (AWS S3,
# MinIO, Ceph, ...): set STORAGE_S3_BUCKET (or AWS_STORAGE_BUCKET_NAME).
STORAGE_S3_BUCKET = env_str("STORAGE_S3_BUCKET", "") or env_str("AWS_STORAGE_BUCKET_NAME", "")
if STORAGE_S3_BUCKET:
    _private_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": STORAGE_S3_BUCKET,
            # Empty: AWS itself; MinIO and others need their URL (and often addressing style "path").
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL", "") or None,
            "region_name": env_str("AWS_S3_REGION_NAME", "") or None,
            "addressing_style": env_choice("AWS_S3_ADDRESSING_STYLE", ("auto", "path", "virtual"), "auto"),
            # Empty: boto3's own chain (instance role, ~/.aws); read here so *_FILE secrets work.
            "access_key": env_str("AWS_ACCESS_KEY_ID", "") or None,
            "secret_key": env_str("AWS_SECRET_ACCESS_KEY", "") or None,
            "location": env_str("STORAGE_S3_PREFIX", "private").strip("/"),
            # Never public: objects are private, any URL is signed and short-lived, and no name is
            # overwritten (two uploads with one name get two objects, as on the local disk).
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": 300,
            "custom_domain": None,
            "file_overwrite": False,
            # A download is buffered in memory up to 5 MB, beyond that in a temporary file.
            "max_memory_size": 5 * 1024 * 1024,
        },
    }
else:
    _private_storage = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": MEDIA_ROOT / "private", "base_url": None},
    }
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": _private_storage,
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = not PRODUCTION
if not PRODUCTION:
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise warns on every start without it
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# --- E-mail -----------------------------------------------------------------------------------
DEFAULT_FROM_EMAIL = env_str(
    "DEFAULT_FROM_EMAIL", "Stad Gent - Welzijn en Gelijke Kansen <gelijkekansen@stad.gent>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_HOST = env_str("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_TIMEOUT = 10
elif PRODUCTION:
    EMAIL_HOST = env_str("EMAIL_HOST")  # raises: production must send real mail
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# --- Security ---------------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# Idle timeout: after SESSION_COOKIE_AGE without a request the session ends. A signed-in person's
# requests extend it, at most once a minute (accounts/sessies.py, SessieVerlengenMiddleware): a
# write per request would cost every page a database transaction.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 30 * 60)
SESSION_SAVE_EVERY_REQUEST = False
# Every web process must know every session: with the shared cache (Redis, CACHE_URL) sessions are
# read from it and written through to the database (cached_db), so a Redis restart logs nobody out.
# The embedded default's cache is local memory, one per process: sessions stay in the database.
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db" if CACHE_URL else "django.contrib.sessions.backends.db"
)
# Absolute limit beside the idle timeout: SESSIE_MAX_UREN after the login the session ends, however
# busy it is (accounts/sessies.py). A working day; a stolen session cookie does not live for ever.
SESSIE_MAX_UREN = env_int("SESSIE_MAX_UREN", 10)
if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^health/$"]  # container healthchecks speak plain HTTP
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
    # __Host- cookies are only accepted over HTTPS, for this exact host, path /.
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
    if env_bool("BEHIND_PROXY", True):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

_form_action = ["'self'"]
if OIDC_SERVER_URL:
    # Chrome applies form-action to the redirect after the "log in with" form: allow the broker.
    parts = urlsplit(OIDC_SERVER_URL)
    _form_action.append(f"{parts.scheme}://{parts.netloc}")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": _form_action,
    }
}

# --- Portal -----------------------------------------------------------------------------------
DEMO_PASSWORD = env_str("DEMO_PASSWORD", "gent-demo-2026")
PORTAAL_URL = env_str("PORTAAL_URL", "http://127.0.0.1:8000").rstrip("/")
RAPPORT_HERSTART_NA_MINUTEN = env_int("RAPPORT_HERSTART_NA_MINUTEN", 5)
# A report in BEZIG without progress for this long lost its worker (killed, OOM): the watchdog
# queues it again. Longer than CELERY_TASK_TIME_LIMIT, so a live task is never restarted.
RAPPORT_TIMEOUT_MINUTEN = env_int("RAPPORT_TIMEOUT_MINUTEN", 15)
# The city's account that pays the grants (debtor in the SEPA files of subsidies). The embedded
# default is a sample account: in production a payment file must never carry it.
if PRODUCTION:
    SEPA_OPDRACHTGEVER = {
        "naam": env_str("SEPA_NAAM"),
        "iban": env_iban("SEPA_IBAN"),
        "bic": env_bic("SEPA_BIC"),
    }
else:
    SEPA_OPDRACHTGEVER = {
        "naam": env_str("SEPA_NAAM", "Stad Gent"),
        "iban": env_iban("SEPA_IBAN", "BE43068999999501"),
        "bic": env_bic("SEPA_BIC", "GKCCBEBB"),
    }
# The service's address on every letter (core/brieven.py): the contact person's colleagues read it.
BRIEVEN_EMAIL = env_str("BRIEVEN_EMAIL", "gelijkekansen@stad.gent")
# Retention (core/bewaren.py). A draft nobody touched for a year is abandoned: a call runs for
# months and an applicant may come back to it within the same or the next yearly call.
BEWAREN_CONCEPT_MAANDEN = env_int("BEWAREN_CONCEPT_MAANDEN", 12)
# A file in private storage without its row is removed after this grace period: long enough that
# an upload whose transaction is still running (or being retried) is never taken for an orphan.
BEWAREN_WEES_NA_UUR = env_int("BEWAREN_WEES_NA_UUR", 24)
# Discrimination reports (meldingen/bewaren.py): the reporter's contact details go this many
# months after closing; the report itself, with its evidence and thread, after this many years
# (its figures stay, without content).
MELDINGEN_CONTACT_MAANDEN = env_int("MELDINGEN_CONTACT_MAANDEN", 12)
MELDINGEN_BEWAREN_JAAR = env_int("MELDINGEN_BEWAREN_JAAR", 5)
# A wrong receipt code is answered after this pause, the same for a code that never existed and
# one whose report was deleted, so guessing is slow (besides the rate limit per address).
MELDINGEN_CODE_PAUZE_SECONDEN = float(env_str("MELDINGEN_CODE_PAUZE_SECONDEN", "1"))
# Reports per hour from one address: a family on one connection, not a script (the bench lifts it).
MELDINGEN_PER_UUR = env_int("MELDINGEN_PER_UUR", 10)
BENCH_ENDPOINTS = env_bool("BENCH_ENDPOINTS", False)  # only `make bench` routes its bare ceiling view

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # WeasyPrint logs every rendering step at INFO; only its warnings are worth reading.
    "loggers": {"weasyprint": {"level": "WARNING"}, "fontTools": {"level": "WARNING"}},
}
