"""Typed readers for the environment.

Every setting comes from an environment variable (or ``<NAME>_FILE``, a path whose content is the
value: Docker and Kubernetes secrets). A malformed or missing required value stops the process
with ``ImproperlyConfigured`` naming the variable, so a misconfiguration never runs silently.
"""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from stdnum import bic as stdnum_bic
from stdnum import iban as stdnum_iban
from stdnum.exceptions import ValidationError as StdnumError

_REQUIRED = object()
_TRUE = {"1", "true", "yes", "on", "ja"}
_FALSE = {"0", "false", "no", "off", "nee", ""}


def _raw(name: str) -> str | None:
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        try:
            return Path(file_path).read_text().strip()
        except OSError as exc:
            raise ImproperlyConfigured(f"{name}_FILE: cannot read {file_path}: {exc}") from exc
    return os.environ.get(name)


def is_set(name: str) -> bool:
    return bool(_raw(name))


def env_str(name: str, default=_REQUIRED) -> str:
    value = _raw(name)
    if value is None or value == "":
        if default is _REQUIRED:
            raise ImproperlyConfigured(f"Environment variable {name} is required.")
        return default
    return value


def env_bool(name: str, default: bool = False) -> bool:
    value = _raw(name)
    if value is None:
        return default
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), got {value!r}.")


def env_int(name: str, default=_REQUIRED) -> int:
    value = _raw(name)
    if value is None or value == "":
        if default is _REQUIRED:
            raise ImproperlyConfigured(f"Environment variable {name} is required.")
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, got {value!r}.") from exc


def env_list(name: str, default=_REQUIRED) -> list[str]:
    value = _raw(name)
    if value is None or value.strip() == "":
        if default is _REQUIRED:
            raise ImproperlyConfigured(f"Environment variable {name} is required.")
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def env_choice(name: str, choices: tuple[str, ...], default: str) -> str:
    value = env_str(name, default)
    if value not in choices:
        raise ImproperlyConfigured(f"{name} must be one of {', '.join(choices)}, got {value!r}.")
    return value


def env_iban(name: str, default=_REQUIRED) -> str:
    """An IBAN in its compact form; a typo would otherwise only surface in a rejected SEPA file."""
    value = env_str(name, default)
    try:
        return stdnum_iban.validate(value)
    except StdnumError as exc:
        raise ImproperlyConfigured(f"{name} must be a valid IBAN, got {value!r}.") from exc


def env_bic(name: str, default=_REQUIRED) -> str:
    value = env_str(name, default)
    try:
        return stdnum_bic.validate(value)
    except StdnumError as exc:
        raise ImproperlyConfigured(
            f"{name} must be a valid BIC (8 or 11 characters), got {value!r}."
        ) from exc


def dev_secret(path: Path, generate) -> str:
    """A secret kept in ``var/`` for the embedded default; generated on first use."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(generate())
        path.chmod(0o600)
    return path.read_text().strip()
