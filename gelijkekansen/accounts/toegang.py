"""The one role check of the portal, for views (``rol_vereist``) and for other code (``vereis_rol``).

Two answers, on purpose different:

- a page of a role (the jury's list, the evaluation) asked by someone without that role: 403.
  The page's existence is no secret; the person simply is not allowed in.
- an object (an application, a report) that this person may not know exists: 404, raised by the
  view's ``get_<obj>_for_user()``. Role checks never replace that object check.

Superusers pass every role check, except for the roles in ``ROLLEN_ZONDER_SUPERUSER``: the
Meldpunt's special-category data (GDPR art. 9) is for people who hold the role themselves.
"""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from gelijkekansen.accounts.roles import Rol, heeft_rol

ROLLEN_ZONDER_SUPERUSER: frozenset[str] = frozenset({Rol.MELDPUNT})


def mag_rol(user, *rollen: Rol | str) -> bool:
    """Does this person act in (at least) one of these roles? The superuser rule lives here only."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if any(heeft_rol(user, rol) for rol in rollen):
        return True
    return user.is_superuser and not any(str(rol) in ROLLEN_ZONDER_SUPERUSER for rol in rollen)


def vereis_rol(user, *rollen: Rol | str) -> None:
    """For code that is not a view (the admin's Behandelen page, services): PermissionDenied unless
    ``mag_rol``."""
    if not mag_rol(user, *rollen):
        raise PermissionDenied


def rol_vereist(*rollen: Rol | str) -> Callable:
    """Decorator for the pages of a role: anonymous → login page (like ``login_required``),
    signed in without the role → 403."""
    if not rollen:
        raise TypeError("rol_vereist() needs at least one role")

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def gecontroleerd(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            vereis_rol(request.user, *rollen)
            return view(request, *args, **kwargs)

        return gecontroleerd

    return decorator
