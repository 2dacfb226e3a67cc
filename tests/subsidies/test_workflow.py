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
    with pytest.raises(ValidationError, match="kosten min je inkomsten"):
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


def test_een_bewaring_uit_een_oud_tabblad_maakt_een_beslissing_niet_ongedaan(aanvraag, burger, behandelaar):
    """The citizen opened the completion form; meanwhile the handler declared the file
    inadmissible. The late save is refused and the decision stays, in the table and the history."""
    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    behandeling.aanvulling_vragen(aanvraag=aanvraag, door=behandelaar, vraag="Offerte?")
    oud_tabblad = type(aanvraag).objects.get(pk=aanvraag.pk)
    behandeling.onontvankelijk_verklaren(aanvraag=aanvraag, door=behandelaar, reden="Buiten Gent.")

    with pytest.raises(PermissionDenied):
        aanvragen.aanvraag_bewaren(aanvraag=oud_tabblad, door=burger, velden={"titel": "Nieuwe titel"})

    aanvraag.refresh_from_db()
    assert aanvraag.status == S.ONONTVANKELIJK
    assert aanvraag.motivering == "Buiten Gent."
    assert aanvraag.titel == "Buurtfeest aan de Brugse Poort"


def test_een_sectie_bewaren_schrijft_alleen_de_eigen_velden(aanvraag, burger):
    """Two tabs, two sections: saving one never writes back the other's old values."""
    tab_betaling = type(aanvraag).objects.get(pk=aanvraag.pk)
    aanvragen.aanvraag_bewaren(aanvraag=aanvraag, door=burger, velden={"titel": "Zomerfeest"})
    aanvragen.aanvraag_bewaren(aanvraag=tab_betaling, door=burger, velden={"rekeninghouder": "Buurtcomité"})

    aanvraag.refresh_from_db()
    assert (aanvraag.titel, aanvraag.rekeninghouder) == ("Zomerfeest", "Buurtcomité")


def test_een_teruggestuurde_verantwoording_kan_opnieuw_ingediend_worden(aanvraag, burger, behandelaar):
    from gelijkekansen.core.workflow import transition
    from subsidies.scenario import voorschot_uitbetalen
    from subsidies.services import betalingen

    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    behandeling.ontvankelijk_verklaren(aanvraag=aanvraag, door=behandelaar)
    behandeling.naar_jury(aanvraag=aanvraag, door=behandelaar)
    behandeling.aanvraag_goedkeuren(aanvraag=aanvraag, door=behandelaar, bedrag=Decimal(1000))
    voorschot_uitbetalen(aanvraag, behandelaar=behandelaar)
    betalingen.verantwoording_indienen(
        aanvraag=aanvraag,
        door=burger,
        wat_gebeurde="Feest",
        deelnemers_bereikt=80,
        echte_kosten=Decimal(900),
        reden_vroeger="Het feest was vroeger gedaan.",
    )
    transition(
        aanvraag, van=S.VERANTWOORDING_INGEDIEND, to=S.VOORSCHOT_BETAALD, door=behandelaar, reden="Facturen?"
    )

    betalingen.verantwoording_indienen(
        aanvraag=aanvraag,
        door=burger,
        wat_gebeurde="Feest",
        deelnemers_bereikt=85,
        echte_kosten=Decimal(1250),
        reden_vroeger="Het feest was vroeger gedaan.",
    )

    aanvraag.refresh_from_db()
    assert aanvraag.status == S.VERANTWOORDING_INGEDIEND
    assert (aanvraag.verantwoording.deelnemers_bereikt, aanvraag.verantwoording.echte_kosten) == (85, 1250)
    with pytest.raises(OngeldigeOvergang):  # a double click files nothing twice
        betalingen.verantwoording_indienen(
            aanvraag=aanvraag, door=burger, wat_gebeurde="x", deelnemers_bereikt=1, echte_kosten=Decimal(1)
        )


@pytest.mark.parametrize("status", list(S.values))
def test_de_fabriek_brengt_een_dossier_in_elke_status_via_de_echte_diensten(burger, status):
    from subsidies.models import Aanvraag

    aanvraag = AanvraagFactory(aanvrager=burger, naar=status)
    assert Aanvraag.objects.get(pk=aanvraag.pk).status == status
    stappen = [s.naar for s in StatusWijziging.objects.voor(aanvraag)]
    assert (stappen[-1] if stappen else "concept") == status  # every step is in the history


def test_wat_de_burger_tijdens_een_aanvulling_wijzigt_staat_in_het_auditlog(aanvraag, burger, behandelaar):
    """Found from outside: during a completion the citizen changed the file without a trace. Now
    every change then is logged, and the account number is not the citizen's to change at all
    (test_aanvraagformulier: the case handler corrects it, with a reason)."""
    from django.core.exceptions import PermissionDenied

    from gelijkekansen.core.models import AuditEvent

    aanvragen.aanvraag_indienen(aanvraag=aanvraag, door=burger)
    behandeling.aanvulling_vragen(aanvraag=aanvraag, door=behandelaar, vraag="Offerte?")
    aanvragen.aanvraag_bewaren(aanvraag=aanvraag, door=burger, velden={"titel": "Zomerfeest"})
    with pytest.raises(PermissionDenied):
        aanvragen.aanvraag_bewaren(aanvraag=aanvraag, door=burger, velden={"iban": "BE21001234567803"})

    gebeurtenis = AuditEvent.objects.get(wat="gewijzigd", object_id=str(aanvraag.pk))
    assert gebeurtenis.wie == burger
    assert gebeurtenis.details["velden"]["titel"] == ["Buurtfeest aan de Brugse Poort", "Zomerfeest"]


def test_een_concept_bewaren_schrijft_geen_auditlog(aanvraag, burger):
    from gelijkekansen.core.models import AuditEvent

    aanvragen.aanvraag_bewaren(aanvraag=aanvraag, door=burger, velden={"titel": "Zomerfeest"})
    assert not AuditEvent.objects.exists()
