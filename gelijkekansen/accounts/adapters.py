from allauth.account.adapter import DefaultAccountAdapter
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from gelijkekansen.accounts.audit import blokkering_registreren
from gelijkekansen.core.emails import bericht_in_wachtrij
from gelijkekansen.core.werkbak import is_medewerker


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        # allauth mails go out in the recipient's language, not the language of whoever
        # happens to trigger them (a staff member resending a verification, for instance).
        user = context.get("user")
        taal = getattr(user, "voorkeurstaal", None) or translation.get_language()
        with translation.override(taal):
            bericht = self.render_mail(template_prefix, email, context)
        # Through the outbox like every mail: SMTP being down never fails a sign-up or a reset.
        sjabloon = template_prefix.rsplit("/", 1)[-1]
        bericht_in_wachtrij(
            bericht, sjabloon=f"allauth-{sjabloon}", ontvanger=user if getattr(user, "pk", None) else None
        )

    def get_login_redirect_url(self, request) -> str:
        # Without a "next": staff start on their werkbak, everybody else on Mijn dossiers.
        if is_medewerker(request.user):
            return reverse("core:werkbak")
        return super().get_login_redirect_url(request)

    def pre_authenticate(self, request, **credentials) -> None:
        # allauth counts login failures here (ACCOUNT_RATE_LIMITS["login_failed"]) and refuses,
        # before the password is even checked, once the account or the address is over its limit.
        # Every password check (login form, re-authentication) passes here: one place to log it.
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError:
            blokkering_registreren(request, credentials.get("email", ""))
            raise
