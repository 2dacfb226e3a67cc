import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.utils import timezone

from gelijkekansen.accounts.models import User
from gelijkekansen.core.models import Lidmaatschap, Organisatie, Wijk
from gelijkekansen.core.models.organisaties import LidmaatschapRol, OrganisatieSoort, Rechtsvorm

WACHTWOORD = "Een-Goed-Wachtwoord-2026"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"persoon{n}@example.org")
    naam = factory.Faker("name", locale="nl_BE")
    password = factory.django.Password(WACHTWOORD)

    @factory.post_generation
    def rollen(self, create, extracted, **kwargs):
        for rol in extracted or ():
            self.groups.add(Group.objects.get(name=rol))

    @factory.post_generation
    def geverifieerd(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)


class OrganisatieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisatie

    naam = factory.Sequence(lambda n: f"Vereniging {n}")
    soort = OrganisatieSoort.VERENIGING
    rechtsvorm = Rechtsvorm.FEITELIJKE_VERENIGING
    # Deterministic, so a failing test fails again on the next run; spread over the 25 wijken.
    wijk = factory.Sequence(lambda n: Wijk.objects.order_by("nummer")[n % 25])
    postcode = "9000"


class LidmaatschapFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Lidmaatschap

    user = factory.SubFactory(UserFactory)
    organisatie = factory.SubFactory(OrganisatieFactory)
    rol = LidmaatschapRol.VERANTWOORDELIJKE
    # Confirmed by default, as memberships made by erkenningen staff are; pass bevestigd_op=None
    # for one that still waits (it gives no access).
    bevestigd_op = factory.LazyFunction(timezone.now)
