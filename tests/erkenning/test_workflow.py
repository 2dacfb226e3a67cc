"""The recognition from application to decision, suspension, withdrawal and expiry, through the
real services: what the association and the case handler would notice."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from erkenning import brieven as erkenning_brieven
from erkenning.constants import Categorie
from erkenning.constants import ErkenningStatus as S
from erkenning.models import Erkenning
from erkenning.services import aanvragen, behandeling
from gelijkekansen.core import brieven
from gelijkekansen.core.models import StatusWijziging
from gelijkekansen.core.workflow import OngeldigeOvergang
from tests.erkenning.factories import aanvraag_voor_erkenning
from tests.factories import LidmaatschapFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_een_onvolledig_concept_kan_niet_ingediend_worden_en_zegt_wat_ontbreekt():
    erkenning = aanvraag_voor_erkenning(volledig=False)
    with pytest.raises(ValidationError) as fout:
        aanvragen.erkenning_indienen(erkenning=erkenning, door=erkenning.aangevraagd_door)
    meldingen = " ".join(fout.value.messages)
    assert "Vertel wat jullie vereniging doet." in meldingen
    assert "Vul minstens 3 bestuursleden in." in meldingen
    assert "Voeg jullie statuten toe" in meldingen
    erkenning.refresh_from_db()
    assert erkenning.status == S.CONCEPT


def test_te_weinig_leden_of_te_weinig_in_gent_houdt_de_aanvraag_tegen():
    erkenning = aanvraag_voor_erkenning()
    door = erkenning.aangevraagd_door
    aanvragen.erkenning_bewaren(erkenning=erkenning, door=door, velden={"ledenaantal": 6, "leden_in_gent": 6})
    assert [f.melding for f in aanvragen.ontbrekend(erkenning)] == [
        "Een erkende vereniging heeft minstens 10 leden."
    ]
    aanvragen.erkenning_bewaren(
        erkenning=erkenning, door=door, velden={"ledenaantal": 30, "leden_in_gent": 10}
    )
    assert [f.melding for f in aanvragen.ontbrekend(erkenning)] == [
        "Minstens de helft van de leden woont in Gent."
    ]
    aanvragen.erkenning_bewaren(erkenning=erkenning, door=door, velden={"actief_sinds": timezone.localdate()})
    assert any("minstens een jaar actief" in f.melding for f in aanvragen.ontbrekend(erkenning))


def test_indienen_archiveert_het_ontvangstbewijs_en_mailt_de_verantwoordelijken(
    django_capture_on_commit_callbacks,
):
    erkenning = aanvraag_voor_erkenning()
    tweede = UserFactory(email="tweede@example.org")
    LidmaatschapFactory(user=tweede, organisatie=erkenning.organisatie)
    with django_capture_on_commit_callbacks(execute=True):
        aanvragen.erkenning_indienen(erkenning=erkenning, door=erkenning.aangevraagd_door)
    assert erkenning.status == S.INGEDIEND and erkenning.ingediend_op
    assert brieven.brief_van(erkenning, erkenning_brieven.ONTVANGSTBEWIJS) is not None
    ontvangers = sorted(adres for bericht in mail.outbox for adres in bericht.to)
    assert ontvangers == sorted([erkenning.aangevraagd_door.email, "tweede@example.org"])
    assert erkenning.nummer in mail.outbox[0].subject


def test_na_indienen_is_het_concept_niet_meer_te_wijzigen():
    erkenning = aanvraag_voor_erkenning(S.INGEDIEND)
    with pytest.raises(PermissionDenied):
        aanvragen.erkenning_bewaren(
            erkenning=erkenning, door=erkenning.aangevraagd_door, velden={"ledenaantal": 99}
        )
    erkenning.refresh_from_db()
    assert erkenning.ledenaantal == 40


def test_een_tweede_aanvraag_in_dezelfde_categorie_wordt_geweigerd_met_uitleg():
    erkenning = aanvraag_voor_erkenning(S.INGEDIEND)
    with pytest.raises(ValidationError, match="heeft al een aanvraag in deze categorie"):
        aanvragen.erkenning_starten(
            organisatie=erkenning.organisatie, categorie=erkenning.categorie, door=erkenning.aangevraagd_door
        )
    # Another category is another recognition.
    andere = aanvragen.erkenning_starten(
        organisatie=erkenning.organisatie, categorie=Categorie.GEZONDHEID, door=erkenning.aangevraagd_door
    )
    assert andere.status == S.CONCEPT


def test_alleen_een_bevestigde_verantwoordelijke_start_een_aanvraag():
    erkenning = aanvraag_voor_erkenning()
    wachtend = UserFactory()
    LidmaatschapFactory(user=wachtend, organisatie=erkenning.organisatie, bevestigd_op=None)
    with pytest.raises(ValidationError, match="waarvan je verantwoordelijke bent"):
        aanvragen.erkenning_starten(
            organisatie=erkenning.organisatie, categorie=Categorie.GEZONDHEID, door=wachtend
        )


def test_erkennen_geeft_vijf_jaar_de_brief_en_maakt_de_rekening_die_van_de_vereniging():
    erkenning = aanvraag_voor_erkenning(S.ERKEND)
    vandaag = timezone.localdate()
    assert erkenning.geldig_van == vandaag
    assert erkenning.geldig_tot == vandaag.replace(year=vandaag.year + 5) - timedelta(days=1)
    erkenning.organisatie.refresh_from_db()
    assert erkenning.organisatie.iban == "BE71096123456769"
    assert brieven.brief_van(erkenning, erkenning_brieven.BESLISSING) is not None
    stappen = list(StatusWijziging.objects.voor(erkenning).values_list("naar", flat=True))
    assert stappen == [S.INGEDIEND, S.IN_BEHANDELING, S.ERKEND]


def test_weigeren_zonder_reden_kan_niet_en_verandert_niets():
    erkenning = aanvraag_voor_erkenning(S.IN_BEHANDELING)
    with pytest.raises(ValidationError, match="Schrijf waarom"):
        behandeling.weigeren(erkenning=erkenning, door=erkenning.behandelaar, motivering="  ")
    erkenning.refresh_from_db()
    assert erkenning.status == S.IN_BEHANDELING
    assert brieven.brief_van(erkenning, erkenning_brieven.BESLISSING) is None


def test_geweigerd_krijgt_een_brief_met_de_reden_en_mag_opnieuw_aanvragen():
    erkenning = aanvraag_voor_erkenning(S.GEWEIGERD)
    assert erkenning.motivering == "De meeste leden wonen niet in Gent."
    assert brieven.brief_van(erkenning, erkenning_brieven.BESLISSING) is not None
    opnieuw = aanvragen.erkenning_starten(
        organisatie=erkenning.organisatie, categorie=erkenning.categorie, door=erkenning.aangevraagd_door
    )
    assert opnieuw.pk != erkenning.pk


def test_twee_keer_schorsen_geeft_twee_brieven_en_opheffen_maakt_weer_erkend():
    erkenning = aanvraag_voor_erkenning(S.GESCHORST)
    staf = erkenning.behandelaar
    behandeling.schorsing_opheffen(erkenning=erkenning, door=staf)
    behandeling.schorsen(erkenning=erkenning, door=staf, reden="Opnieuw geen jaarverslag.")
    soorten = sorted(b.soort for b in brieven.brieven_van(erkenning))
    assert soorten == ["beslissingsbrief", "ontvangstbewijs", "schorsing-1", "schorsing-2"]
    assert erkenning.status == S.GESCHORST


def test_een_ingetrokken_erkenning_kan_niet_meer_erkend_worden():
    erkenning = aanvraag_voor_erkenning(S.INGETROKKEN)
    with pytest.raises(OngeldigeOvergang):
        behandeling.schorsing_opheffen(erkenning=erkenning, door=erkenning.behandelaar)


def test_de_dag_na_de_laatste_dag_is_de_erkenning_verlopen_en_niet_eerder():
    erkenning = aanvraag_voor_erkenning(S.ERKEND)
    assert behandeling.verlopen_verwerken(vandaag=erkenning.geldig_tot) == 0
    assert behandeling.verlopen_verwerken(vandaag=erkenning.geldig_tot + timedelta(days=1)) == 1
    erkenning.refresh_from_db()
    assert erkenning.status == S.VERLOPEN
    assert StatusWijziging.objects.voor(erkenning).last().door is None  # the system's step


def test_een_verlenging_volgt_de_oude_erkenning_op_zonder_onderbreking():
    oud = aanvraag_voor_erkenning(S.ERKEND)
    # Five years on: two months before the end, the association applies again.
    Erkenning.objects.filter(pk=oud.pk).update(geldig_tot=timezone.localdate() + timedelta(days=60))
    oud.refresh_from_db()
    nieuw = aanvraag_voor_erkenning(
        S.ERKEND,
        organisatie=oud.organisatie,
        verantwoordelijke=oud.aangevraagd_door,
        behandelaar=oud.behandelaar,
    )
    oud.refresh_from_db()
    assert oud.status == S.VERLOPEN
    assert nieuw.geldig_van == oud.geldig_tot + timedelta(days=1)


@pytest.mark.parametrize(
    "van, tot, melding",
    [
        (0, -365, "moet na de begindatum liggen"),
        (0, 0, "moet na de begindatum liggen"),
        (0, 365 * 7, "loopt hoogstens 5 jaar"),
        (-365 * 2025, None, "ten vroegste een jaar geleden"),
        (365 * 3, None, "ten laatste binnen een jaar"),
    ],
)
def test_een_periode_die_geen_brief_kan_dragen_wordt_geweigerd(van, tot, melding):
    erkenning = aanvraag_voor_erkenning(S.IN_BEHANDELING)
    vandaag = timezone.localdate()
    with pytest.raises(ValidationError, match=melding):
        behandeling.erkennen(
            erkenning=erkenning,
            door=erkenning.behandelaar,
            geldig_van=vandaag + timedelta(days=van),
            geldig_tot=None if tot is None else vandaag + timedelta(days=tot),
        )
    erkenning.refresh_from_db()
    assert erkenning.status == S.IN_BEHANDELING


def test_een_onzichtbare_reden_is_geen_reden():
    erkenning = aanvraag_voor_erkenning(S.IN_BEHANDELING)
    with pytest.raises(ValidationError, match="Schrijf waarom"):
        behandeling.weigeren(erkenning=erkenning, door=erkenning.behandelaar, motivering="\u200b \u200e")
    erkenning.refresh_from_db()
    assert erkenning.status == S.IN_BEHANDELING


def test_geldigheid_vanaf_29_februari():
    assert behandeling.standaard_geldigheid(date(2028, 2, 29)) == (date(2028, 2, 29), date(2033, 2, 28))


def test_erkennen_overschrijft_een_bevestigd_rekeningnummer_niet():
    erkenning = aanvraag_voor_erkenning(S.IN_BEHANDELING)
    organisatie = erkenning.organisatie
    organisatie.iban = "BE35310123456737"  # confirmed by the staff after the application was written
    organisatie.save()
    behandeling.erkennen(erkenning=erkenning, door=erkenning.behandelaar)
    organisatie.refresh_from_db()
    assert organisatie.iban == "BE35310123456737"
