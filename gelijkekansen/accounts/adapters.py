from allauth.account.adapter import DefaultAccountAdapter
from django.utils import translation


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        # allauth mails go out in the recipient's language, not the language of whoever
        # happens to trigger them (a staff member resending a verification, for instance).
        user = context.get("user")
        taal = getattr(user, "voorkeurstaal", None) or translation.get_language()
        with translation.override(taal):
            super().send_mail(template_prefix, email, context)
