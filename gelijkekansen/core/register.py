"""What each chapter app declares about itself, so that the kernel never names an app.

A chapter app's ``AppConfig`` subclasses ``PortaalApp`` and fills in what applies to it:

- ``dienst``: its tile on the home page (title, text, order);
- ``rol_rechten``: the back-office permissions its own models give to each role;
- ``beat``: its periodic tasks, merged into Celery beat's schedule;
- its modules ``mijn`` (sections of Mijn dossiers), ``rapporten`` (report kinds), ``werkbak``
  (what waits for staff), ``berichten`` (its dossiers' message threads: sides, recipients, e-mail)
  ``herinneringen`` (reminder rules), ``bewaren`` (retention rules) and ``betalingen`` (who its
  dossiers' payments go to, and what a paid payment means) are imported at start, so they
  register themselves.

Adding a chapter is then: an AppConfig, its modules, a line in INSTALLED_APPS.
"""

import importlib
from dataclasses import dataclass

from django.apps import AppConfig, apps
from django.urls import NoReverseMatch, reverse

ZELF_REGISTRERENDE_MODULES = (
    "mijn",
    "rapporten",
    "werkbak",
    "berichten",
    "herinneringen",
    "bewaren",
    "betalingen",
)


@dataclass(frozen=True)
class Dienst:
    """A service of the portal, one per chapter of the policy note, as a tile on the home page."""

    app: str
    titel: str
    tekst: str
    volgorde: int = 100

    @property
    def url_naam(self) -> str:
        return f"{self.app}:index"

    @property
    def url(self) -> str:
        try:
            return reverse(self.url_naam)
        except NoReverseMatch:
            return ""


class PortaalApp(AppConfig):
    # Imported into each app's apps.py, this base class must not count as that app's config when
    # Django picks the one AppConfig of the module; its subclasses do.
    default = False
    dienst_titel: str = ""
    dienst_tekst: str = ""
    dienst_volgorde: int = 100
    rol_rechten: dict[str, list[str]] = {}
    beat: dict[str, dict] = {}
    # Special-category data: the one role that sees this app's traces in the kernel's shared
    # back-office lists (core/afscherming.py); None: the usual permissions.
    afgeschermd_voor: str | None = None

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        cls.default = True

    def ready(self) -> None:
        for module in ZELF_REGISTRERENDE_MODULES:
            naam = f"{self.name}.{module}"
            if importlib.util.find_spec(naam) is not None:
                importlib.import_module(naam)

    @property
    def dienst(self) -> Dienst | None:
        if not self.dienst_titel:
            return None
        return Dienst(self.label, self.dienst_titel, self.dienst_tekst, self.dienst_volgorde)


def portaal_apps() -> list[PortaalApp]:
    return [config for config in apps.get_app_configs() if isinstance(config, PortaalApp)]


def diensten() -> list[Dienst]:
    return sorted(
        (config.dienst for config in portaal_apps() if config.dienst), key=lambda d: (d.volgorde, d.app)
    )


def dienst_van(app: str) -> Dienst:
    return apps.get_app_config(app).dienst


def rol_rechten() -> dict[str, list[str]]:
    """Every app's permissions per role, merged."""
    samen: dict[str, list[str]] = {}
    for config in portaal_apps():
        for rol, rechten in config.rol_rechten.items():
            samen.setdefault(str(rol), []).extend(rechten)
    return samen


def beat_schema() -> dict[str, dict]:
    schema: dict[str, dict] = {}
    for config in portaal_apps():
        dubbel = set(schema) & set(config.beat)
        if dubbel:
            raise ValueError(f"Beat entries declared twice: {sorted(dubbel)}")
        schema.update(config.beat)
    return schema
