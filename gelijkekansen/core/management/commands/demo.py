"""Demo data: one account per role and organisations in several wijken. Safe to run twice.

Refuses to run when DEBUG is off: demo accounts share one known password.
"""

from importlib import import_module

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from gelijkekansen.core.models import Doelgroep, Lidmaatschap, Organisatie, Wijk
from gelijkekansen.core.models.organisaties import LidmaatschapRol, OrganisatieSoort, Rechtsvorm

# Associations are recognised (erkenning) before grants reach them (subsidies: the emergency fund).
HOOFDSTUKKEN = ["erkenning", "subsidies", "meldingen", "vrijwilligers", "signalen", "toegankelijkheid"]

# (e-mail, naam, rol of None, staff)
ACCOUNTS = [
    ("burger@example.org", "Amina El Idrissi", None, False),
    ("burger2@example.org", "Pieter De Smet", None, False),
    ("behandelaar@example.org", "Sofie Van Damme", "dossierbehandelaar-subsidies", True),
    ("jury@example.org", "Jan Claeys", "jury", False),
    ("erkenningen@example.org", "Els Maes", "erkenningen", True),
    ("meldpunt@example.org", "Youssef Benali", "meldpunt", True),
    ("vrijwilligerspunt@example.org", "Lotte Peeters", "vrijwilligerspunt", True),
    ("welzijnsregie@example.org", "Koen Willems", "welzijnsregie", True),
    ("toegankelijkheid@example.org", "Hanne Jacobs", "toegankelijkheid", True),
    ("adviesraad@example.org", "Marc Goossens", "adviesraad", False),
    ("dienst@example.org", "Bram Wouters", None, False),
    ("admin@example.org", "Beheerder Portaal", None, True),
]

# (naam, soort, rechtsvorm, ondernemingsnummer, wijknummer of None, doelgroepen, e-mail)
ORGANISATIES = [
    (
        "Buurtwerking Brugse Poort",
        OrganisatieSoort.BEWONERSGROEP,
        Rechtsvorm.FEITELIJKE_VERENIGING,
        "",
        4,
        ["etnisch-culturele-minderheden", "jongeren"],
        "buurt.brugsepoort@example.org",
    ),
    (
        "Vzw Samen Sterk Rabot",
        OrganisatieSoort.VERENIGING,
        Rechtsvorm.VZW,
        "0417497106",
        7,
        ["mensen-in-armoede"],
        "info@samensterkrabot.example.org",
    ),
    (
        "Seniorenclub Sint-Amandsberg",
        OrganisatieSoort.VERENIGING,
        Rechtsvorm.FEITELIJKE_VERENIGING,
        "",
        14,
        ["senioren"],
        "seniorenclub@example.org",
    ),
    (
        "Regenbooghuis Gent",
        OrganisatieSoort.VERENIGING,
        Rechtsvorm.VZW,
        "0203201340",
        None,
        ["lgbtqia"],
        "contact@regenbooghuis.example.org",
    ),
    (
        "Welzijnsschakel Dampoort",
        OrganisatieSoort.WELZIJNSORGANISATIE,
        Rechtsvorm.VZW,
        "0403170701",
        13,
        ["mensen-in-armoede", "nieuwkomers"],
        "dampoort@welzijnsschakel.example.org",
    ),
    (
        "Lokaal Dienstencentrum Ledeberg",
        OrganisatieSoort.DIENSTENCENTRUM,
        Rechtsvorm.OVERHEID,
        "",
        18,
        ["senioren"],
        "ldc.ledeberg@example.org",
    ),
    (
        "Toegankelijk Gent",
        OrganisatieSoort.VERENIGING,
        Rechtsvorm.VZW,
        "0404616494",
        None,
        ["personen-met-een-beperking"],
        "info@toegankelijkgent.example.org",
    ),
    (
        "Nieuwkomers Netwerk Muide",
        OrganisatieSoort.VRIJWILLIGERSORGANISATIE,
        Rechtsvorm.FEITELIJKE_VERENIGING,
        "",
        10,
        ["nieuwkomers", "etnisch-culturele-minderheden"],
        "netwerk.muide@example.org",
    ),
]


class Command(BaseCommand):
    help = "Laadt demogegevens: accounts per rol en organisaties in verschillende wijken."

    def handle(self, *args, **options) -> None:
        if not settings.DEBUG:
            raise CommandError("De demo-gegevens laden kan alleen met DEBUG=1 (gedeeld wachtwoord).")
        # Demo steps send the same e-mails real ones would; nobody should receive (or read) fifty of them.
        with (
            override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"),
            transaction.atomic(),
        ):
            gebruikers = {
                email: self._account(email, naam, rol, staff) for email, naam, rol, staff in ACCOUNTS
            }
            organisaties = [self._organisatie(*rij) for rij in ORGANISATIES]
            self._lidmaatschappen(gebruikers, organisaties)
            self._hoofdstukken()
        self.stdout.write(
            self.style.SUCCESS(f"Demo klaar. Wachtwoord van alle accounts: {settings.DEMO_PASSWORD}")
        )
        for email, _naam, rol, _staff in ACCOUNTS:
            self.stdout.write(
                f"  {email:32} {rol or ('beheerder' if email.startswith('admin') else 'burger')}"
            )

    def _hoofdstukken(self) -> None:
        """Each chapter app with a ``demo`` module adds its own data (``laden(stdout)``)."""
        for app in HOOFDSTUKKEN:
            try:
                module = import_module(f"{app}.demo")
            except ModuleNotFoundError:
                continue
            module.laden(self.stdout)

    def _account(self, email: str, naam: str, rol: str | None, staff: bool):
        user, _ = get_user_model().objects.get_or_create(email=email, defaults={"naam": naam})
        user.naam, user.is_staff = naam, staff
        user.is_superuser = email == "admin@example.org"
        user.set_password(settings.DEMO_PASSWORD)
        user.save()
        if rol:
            user.groups.add(Group.objects.get(name=rol))
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        return user

    def _organisatie(self, naam, soort, rechtsvorm, ondernemingsnummer, wijknummer, doelgroepen, email):
        organisatie, _ = Organisatie.objects.update_or_create(
            naam=naam,
            defaults={
                "soort": soort,
                "rechtsvorm": rechtsvorm,
                "ondernemingsnummer": ondernemingsnummer,
                "wijk": Wijk.objects.get(nummer=wijknummer) if wijknummer else None,
                "email": email,
                "postcode": "9000",
            },
        )
        organisatie.full_clean()
        organisatie.doelgroepen.set(Doelgroep.objects.filter(code__in=doelgroepen))
        return organisatie

    def _lidmaatschappen(self, gebruikers, organisaties) -> None:
        koppelingen = [
            ("burger@example.org", organisaties[0], LidmaatschapRol.VERANTWOORDELIJKE),
            ("burger@example.org", organisaties[1], LidmaatschapRol.LID),
            ("burger2@example.org", organisaties[2], LidmaatschapRol.VERANTWOORDELIJKE),
        ]
        # Confirmed by the erkenningen demo account: only confirmed memberships give access.
        erkenningen = gebruikers["erkenningen@example.org"]
        for email, organisatie, rol in koppelingen:
            Lidmaatschap.objects.update_or_create(
                user=gebruikers[email], organisatie=organisatie, defaults={"rol": rol}
            )
        Lidmaatschap.objects.filter(
            user__in=[gebruikers[email] for email, _o, _r in koppelingen], bevestigd_op__isnull=True
        ).update(bevestigd_op=timezone.now(), bevestigd_door=erkenningen)
