from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "gelijkekansen.accounts"
    label = "accounts"
    verbose_name = _("Accounts en rollen")

    def ready(self) -> None:
        from gelijkekansen.accounts import signals
        from gelijkekansen.accounts.roles import rechten_toekennen

        # After every app's migrations (permissions exist only then), not after ours alone.
        post_migrate.connect(rechten_toekennen, dispatch_uid="rollen-rechten")
        # Account events for the audit log and the session clock (see accounts/signals.py).
        signals.verbinden()
