"""The life of an application, replayed as a list of steps, and every refusal on the way."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from gelijkekansen.core.models import StatusWijziging
from gelijkekansen.core.workflow import OngeldigeOvergang
from subsidies.constants import AanvraagStatus as S
from subsidies.constants import Advies, Reikwijdte
from subsidies.services import aanvragen, behandeling, jury
from tests.factories import UserFactory
from tests.subsidies.factories import AanvraagFactory


@pytest.fixture
def aanvraag(burger):
    return AanvraagFactory(aanvrager=burger)


def test_volledige_aanvraag_doorloopt_de_beslissing(
    aanvraag, burger, behandelaar, django_capture_on_commit_callbacks
):
    jurylid = UserFactory(rollen=["jury"])
    aanvraag.oproep.juryleden.add(jurylid)
    with django_capture_on_commit_callbacks(execute=True):
        aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    behandeling.aanvulling_vragen(aanvraag=aanvraag, door=behandelaar, vraag="Voeg een offerte toe.")
    aanvragen.aanvulling_beantwoorden(aanvraag=aanvraag, door=burger, antwoord="Offerte toegevoegd.")
    behandeling.ontvankelijk_verklaren(aanvraag=aanvraag, door=behandelaar)
    behandeling.naar_jury(aanvraag=aanvraag, door=behandelaar)
    beoordeling = jury.belangenconflict_verklaren(aanvraag=aanvraag, jurylid=jurylid, conflict=False)
    criteria = {c.pk: 4 for c in aanvraag.oproep.criteria.all()}
    jury.beoordeling_indienen(beoordeling=beoordeling, punten=criteria, advies=Advies.JA, motivering="Sterk.")
    with django_capture_on_commit_callbacks(execute=True):
        behandeling.aanvraag_goedkeuren(aanvraag=aanvraag, door=behandelaar, bedrag=Decimal("1400"))

    stappen = [(s.van, s.naar) for s in StatusWijziging.objects.voor(aanvraag)]
    assert stappen == [
        (S.CONCEPT, S.INGEDIEND),
        (S.INGEDIEND, S.AANVULLING_GEVRAAGD),
        (S.AANVULLING_GEVRAAGD, S.INGEDIEND),
        (S.INGEDIEND, S.ONTVANKELIJK),
        (S.ONTVANKELIJK, S.JURY),
        (S.JURY, S.GOEDGEKEURD),
    ]
    aanvraag.refresh_from_db()
    assert aanvraag.toegekend_bedrag == Decimal("1400")
    assert jury.juryadvies(aanvraag)["ja"] == 1
    onderwerpen = [m.subject for m in mail.outbox]
    assert any("ingediend" in o for o in onderwerpen)
    assert any("beslissing" in o.lower() for o in onderwerpen)


def test_onvolledige_aanvraag_kan_niet_ingediend_worden(burger):
    aanvraag = AanvraagFactory(aanvrager=burger, titel="", iban="", volledig=False)
    with pytest.raises(ValidationError) as fout:
        aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    meldingen = " ".join(fout.value.messages)
    assert "titel" in meldingen
    assert "rekeningnummer" in meldingen
    assert "minstens één kost" in meldingen
    aanvraag.refresh_from_db()
    assert aanvraag.status == S.CONCEPT


def test_dubbel_indienen_is_onschadelijk(aanvraag, burger):
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    assert StatusWijziging.objects.voor(aanvraag).count() == 1


def test_na_indienen_wijzigen_wordt_geweigerd_met_uitleg(aanvraag, burger):
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    with pytest.raises(PermissionDenied) as fout:
        aanvragen.aanvraag_bewaren(aanvraag=aanvraag, door=burger, velden={"titel": "Iets anders"})
    assert "kan niet meer gewijzigd worden" in str(fout.value)


def test_deadline_voorbij_houdt_het_concept_bij(aanvraag, burger):
    aanvraag.oproep.deadline = timezone.now() - timedelta(hours=1)
    aanvraag.oproep.save()
    with pytest.raises(ValidationError) as fout:
        aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    assert "deadline" in fout.value.messages[0]
    aanvraag.refresh_from_db()
    assert (aanvraag.status, aanvraag.titel) == (S.CONCEPT, "Buurtfeest aan de Brugse Poort")


def test_bedrag_boven_maximum_en_boven_tekort_worden_geweigerd(burger):
    boven_max = AanvraagFactory(aanvrager=burger, gevraagd_bedrag=Decimal("6000"))
    with pytest.raises(ValidationError, match="maximum"):
        aanvragen.aanvraag_indienen(aanvraag=boven_max, door=burger)
    boven_tekort = AanvraagFactory(aanvrager=burger, gevraagd_bedrag=Decimal("1800"))
    with pytest.raises(ValidationError, match="kosten min uw inkomsten"):
        aanvragen.aanvraag_indienen(aanvraag=boven_tekort, door=burger)


def test_feitelijke_vereniging_heeft_twee_verantwoordelijken(burger):
    groep = AanvraagFactory(aanvrager=burger, aanvrager_soort="feitelijke_vereniging")
    with pytest.raises(ValidationError, match="twee verantwoordelijken"):
        aanvragen.aanvraag_indienen(aanvraag=groep, door=burger)


def test_intrekken_kan_zolang_niet_beslist(aanvraag, burger, behandelaar):
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    aanvragen.aanvraag_intrekken(aanvraag=aanvraag, door=burger)
    assert aanvraag.status == S.INGETROKKEN

    beslist = AanvraagFactory(aanvrager=burger)
    aanvragen.aanvraag_indienen(aanvraag=beslist, door=burger)
    behandeling.onontvankelijk_verklaren(aanvraag=beslist, door=behandelaar, reden="Geen activiteit in Gent.")
    with pytest.raises(ValidationError, match="al beslist"):
        aanvragen.aanvraag_intrekken(aanvraag=beslist, door=burger)


def test_onontvankelijk_vraagt_een_reden(aanvraag, burger, behandelaar):
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    with pytest.raises(ValidationError, match="reden"):
        behandeling.onontvankelijk_verklaren(aanvraag=aanvraag, door=behandelaar, reden=" ")


def test_stap_overslaan_wordt_geweigerd(aanvraag, burger, behandelaar):
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    with pytest.raises(OngeldigeOvergang):
        behandeling.aanvraag_goedkeuren(aanvraag=aanvraag, door=behandelaar, bedrag=Decimal("100"))


def _bij_jury(burger, behandelaar, **kwargs):
    aanvraag = AanvraagFactory(aanvrager=burger, **kwargs)
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    behandeling.ontvankelijk_verklaren(aanvraag=aanvraag, door=behandelaar)
    behandeling.naar_jury(aanvraag=aanvraag, door=behandelaar)
    return aanvraag


def test_jurylid_met_belangenconflict_beoordeelt_niet(burger, behandelaar):
    aanvraag = _bij_jury(burger, behandelaar)
    jurylid = UserFactory(rollen=["jury"])
    aanvraag.oproep.juryleden.add(jurylid)
    beoordeling = jury.belangenconflict_verklaren(aanvraag=aanvraag, jurylid=jurylid, conflict=True)
    with pytest.raises(PermissionDenied):
        jury.beoordeling_indienen(beoordeling=beoordeling, punten={}, advies=Advies.JA, motivering="x")
    with pytest.raises(ValidationError, match="al verklaard"):
        jury.belangenconflict_verklaren(aanvraag=aanvraag, jurylid=jurylid, conflict=False)
    advies = jury.juryadvies(aanvraag)
    assert (advies["beoordelingen"], advies["belangenconflicten"]) == (0, 1)


def test_jurylid_van_een_andere_oproep_mag_niet(burger, behandelaar):
    aanvraag = _bij_jury(burger, behandelaar)
    with pytest.raises(PermissionDenied):
        jury.belangenconflict_verklaren(
            aanvraag=aanvraag, jurylid=UserFactory(rollen=["jury"]), conflict=False
        )


def test_jury_moet_elk_criterium_scoren_en_motiveren(burger, behandelaar):
    aanvraag = _bij_jury(burger, behandelaar)
    jurylid = UserFactory(rollen=["jury"])
    aanvraag.oproep.juryleden.add(jurylid)
    beoordeling = jury.belangenconflict_verklaren(aanvraag=aanvraag, jurylid=jurylid, conflict=False)
    with pytest.raises(ValidationError) as fout:
        jury.beoordeling_indienen(beoordeling=beoordeling, punten={}, advies="", motivering="")
    assert len(fout.value.messages) == 4  # two criteria, the advice, the motivation


def test_envelop_rekent_per_reikwijdte_en_weigert_overschrijding(burger, behandelaar):
    eerste = _bij_jury(burger, behandelaar, gevraagd_bedrag=Decimal("1500"))
    oproep = eerste.oproep
    oproep.budget_wijkgericht = Decimal("2000")
    oproep.save()
    behandeling.aanvraag_goedkeuren(aanvraag=eerste, door=behandelaar, bedrag=Decimal("1500"))
    stedelijk = _bij_jury(burger, behandelaar, oproep=oproep, reikwijdte=Reikwijdte.STEDELIJK)
    behandeling.aanvraag_goedkeuren(aanvraag=stedelijk, door=behandelaar, bedrag=Decimal("1000"))

    assert behandeling.resterend_budget(oproep) == {
        Reikwijdte.WIJK: Decimal("500"),
        Reikwijdte.STEDELIJK: Decimal("5000"),
    }
    tweede = _bij_jury(burger, behandelaar, oproep=oproep)
    with pytest.raises(ValidationError, match="500"):
        behandeling.aanvraag_goedkeuren(aanvraag=tweede, door=behandelaar, bedrag=Decimal("600"))
    behandeling.aanvraag_goedkeuren(aanvraag=tweede, door=behandelaar, bedrag=Decimal("500"))
    assert behandeling.resterend_budget(oproep)[Reikwijdte.WIJK] == 0
