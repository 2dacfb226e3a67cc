from datetime import date, timedelta
from decimal import Decimal

import factory
from django.utils import timezone

from gelijkekansen.core.models import Doelgroep, Wijk
from subsidies.constants import AanvragerSoort, BegrotingSoort, Doel, Reikwijdte
from subsidies.models import Aanvraag, Begrotingslijn, Criterium, Oproep, Reglement
from tests.factories import UserFactory


class ReglementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Reglement
        django_get_or_create = ["code"]

    code = "samen-aan-zet"
    naam = "Samen Aan Zet"
    samenvatting = "Geld voor initiatieven die mensen samenbrengen."
    max_bedrag = Decimal("5000.00")
    voorschot_pct = 80


class OproepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Oproep
        skip_postgeneration_save = True

    reglement = factory.SubFactory(ReglementFactory)
    titel = factory.Sequence(lambda n: f"Samen Aan Zet oproep {n}")
    open_vanaf = factory.LazyFunction(lambda: timezone.now() - timedelta(days=30))
    deadline = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))
    budget_wijkgericht = Decimal("10000.00")
    budget_stedelijk = Decimal("6000.00")

    @factory.post_generation
    def criteria(self, create, extracted, **kwargs):
        if create:
            for i, naam in enumerate(extracted or ["Brengt mensen samen", "Bereikt kwetsbare groepen"]):
                Criterium.objects.create(oproep=self, naam=naam, max_score=5, volgorde=i)


class AanvraagFactory(factory.django.DjangoModelFactory):
    """A complete draft, ready to submit. Traits move it along the workflow in tests."""

    class Meta:
        model = Aanvraag
        skip_postgeneration_save = True

    oproep = factory.SubFactory(OproepFactory)
    aanvrager = factory.SubFactory(UserFactory)
    aanvrager_soort = AanvragerSoort.BURGER
    titel = "Buurtfeest aan de Brugse Poort"
    samenvatting = "Een feest waar buren elkaar leren kennen."
    doelen = [Doel.ONTMOETEN]
    reikwijdte = Reikwijdte.WIJK
    plaats = "Pierkespark"
    startdatum = factory.LazyFunction(lambda: date.today() + timedelta(days=40))
    einddatum = factory.LazyFunction(lambda: date.today() + timedelta(days=40))
    verwachte_deelnemers = 120
    gevraagd_bedrag = Decimal("1500.00")
    iban = "BE71096123456769"
    rekeninghouder = "Amina El Idrissi"

    @factory.post_generation
    def volledig(self, create, extracted, **kwargs):
        if not create or extracted is False:
            return
        self.doelgroepen.set(Doelgroep.objects.filter(code="etnisch-culturele-minderheden"))
        self.wijken.set(Wijk.objects.filter(nummer=4))
        Begrotingslijn.objects.create(
            aanvraag=self, soort=BegrotingSoort.KOST, omschrijving="Tenten en stoelen", bedrag=Decimal("1200")
        )
        Begrotingslijn.objects.create(
            aanvraag=self, soort=BegrotingSoort.KOST, omschrijving="Eten", bedrag=Decimal("600")
        )
        Begrotingslijn.objects.create(
            aanvraag=self, soort=BegrotingSoort.INKOMST, omschrijving="Bijdrage buren", bedrag=Decimal("100")
        )

    @factory.post_generation
    def naar(self, create, extracted, **kwargs):
        """``AanvraagFactory(naar="jury")``: a file brought there through the real services, by a
        case handler (``naar__behandelaar=…`` or a new one). Runs after ``volledig``."""
        if not create or not extracted:
            return
        from subsidies.scenario import naar_status

        behandelaar = kwargs.get("behandelaar") or UserFactory(
            is_staff=True, rollen=["dossierbehandelaar-subsidies"]
        )
        naar_status(self, extracted, behandelaar=behandelaar)
