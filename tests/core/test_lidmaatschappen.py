"""Who is responsible for an organisation decides who reads its files in every chapter: only the
erkenningen staff manage memberships, a new one counts only once confirmed, every change is audited."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from gelijkekansen.accounts.roles import ROL_RECHTEN, Rol
from gelijkekansen.core.models import AuditEvent, Lidmaatschap, Organisatie
from gelijkekansen.core.services_organisaties import (
    lidmaatschap_bevestigen,
    lidmaatschap_toevoegen,
    lidmaatschap_wijzigen,
)
from tests.factories import LidmaatschapFactory, OrganisatieFactory, UserFactory

BEHEER = {"core.add_lidmaatschap", "core.change_lidmaatschap", "core.delete_lidmaatschap"}


@pytest.fixture
def erkenningen(db):
    return UserFactory(email="erkenningen@example.org", is_staff=True, rollen=["erkenningen"])


@pytest.fixture
def vrijwilligerspunt(db):
    return UserFactory(email="vwp@example.org", is_staff=True, rollen=["vrijwilligerspunt"])


@pytest.fixture
def organisatie(db):
    return OrganisatieFactory(naam="Buurtcomité Brugse Poort")


def test_alleen_erkenningen_beheert_lidmaatschappen():
    for rol, rechten in ROL_RECHTEN.items():
        if rol == Rol.ERKENNINGEN:
            assert set(rechten) >= BEHEER
        else:
            assert not set(rechten) & BEHEER, rol
    # Seeing memberships and keeping organisations up to date stays possible for those who did.
    assert "core.view_lidmaatschap" in ROL_RECHTEN[Rol.VRIJWILLIGERSPUNT]
    assert "core.change_organisatie" in ROL_RECHTEN[Rol.DOSSIERBEHANDELAAR_SUBSIDIES]


@pytest.mark.parametrize("rol", ["dossierbehandelaar-subsidies", "vrijwilligerspunt", "welzijnsregie"])
def test_groepen_van_andere_hoofdstukken_hebben_geen_beheerrechten(db, rol):
    codenames = set(Group.objects.get(name=rol).permissions.values_list("codename", flat=True))
    assert not codenames & {r.split(".")[1] for r in BEHEER}


def test_erkenningen_voegt_bevestigd_toe_en_het_wordt_gelogd(erkenningen, organisatie, burger):
    lidmaatschap = lidmaatschap_toevoegen(
        organisatie=organisatie, user=burger, rol="verantwoordelijke", door=erkenningen
    )
    assert lidmaatschap.bevestigd_op is not None
    assert lidmaatschap.bevestigd_door == erkenningen
    event = AuditEvent.objects.get(object_id=str(lidmaatschap.pk))
    assert (event.wie, event.wat) == (erkenningen, "gewijzigd")
    assert event.details["rol_oud"] == "" and event.details["rol_nieuw"] == "verantwoordelijke"
    assert list(Organisatie.objects.van_gebruiker(burger)) == [organisatie]


def test_wie_zichzelf_toevoegt_krijgt_geen_toegang(vrijwilligerspunt, organisatie):
    lidmaatschap = lidmaatschap_toevoegen(
        organisatie=organisatie, user=vrijwilligerspunt, rol="verantwoordelijke", door=vrijwilligerspunt
    )
    assert lidmaatschap.bevestigd_op is None
    assert not Organisatie.objects.van_gebruiker(vrijwilligerspunt).exists()
    assert not Organisatie.objects.van_gebruiker(vrijwilligerspunt, rol="verantwoordelijke").exists()
    # ... and cannot confirm it either.
    with pytest.raises(PermissionDenied):
        lidmaatschap_bevestigen(lidmaatschap=lidmaatschap, door=vrijwilligerspunt)


def test_een_bevestigde_verantwoordelijke_bevestigt_een_nieuwe(organisatie, burger, andere_burger):
    LidmaatschapFactory(user=burger, organisatie=organisatie)
    nieuw = lidmaatschap_toevoegen(
        organisatie=organisatie, user=andere_burger, rol="verantwoordelijke", door=andere_burger
    )
    lidmaatschap_bevestigen(lidmaatschap=nieuw, door=burger)
    nieuw.refresh_from_db()
    assert nieuw.bevestigd_door == burger
    assert Organisatie.objects.van_gebruiker(andere_burger).exists()
    assert AuditEvent.objects.filter(
        object_id=str(nieuw.pk), details__actie="lidmaatschap_bevestigd"
    ).exists()


def test_onbevestigde_of_andere_verantwoordelijke_bevestigt_niet(organisatie, burger, andere_burger):
    LidmaatschapFactory(user=burger, organisatie=organisatie, bevestigd_op=None)
    elders = LidmaatschapFactory(rol="verantwoordelijke").user  # confirmed, of another organisation
    nieuw = lidmaatschap_toevoegen(
        organisatie=organisatie, user=andere_burger, rol="verantwoordelijke", door=andere_burger
    )
    for door in (burger, elders):
        with pytest.raises(PermissionDenied):
            lidmaatschap_bevestigen(lidmaatschap=nieuw, door=door)
    nieuw.refresh_from_db()
    assert nieuw.bevestigd_op is None


def test_lid_dat_verantwoordelijke_wordt_moet_opnieuw_bevestigd(organisatie, burger, andere_burger):
    LidmaatschapFactory(user=burger, organisatie=organisatie)
    lid = LidmaatschapFactory(user=andere_burger, organisatie=organisatie, rol="lid")
    lidmaatschap_wijzigen(lidmaatschap=lid, rol="verantwoordelijke", door=burger)
    lid.refresh_from_db()
    assert lid.bevestigd_op is None
    event = AuditEvent.objects.get(object_id=str(lid.pk), details__actie="lidmaatschap_gewijzigd")
    assert (event.details["rol_oud"], event.details["rol_nieuw"]) == ("lid", "verantwoordelijke")


# --- the back office ---------------------------------------------------------------------------


def test_andere_hoofdstukken_voegen_zich_niet_toe_in_de_backoffice(client, vrijwilligerspunt, organisatie):
    client.force_login(vrijwilligerspunt)
    antwoord = client.post(
        reverse("admin:core_lidmaatschap_add"),
        {"user": vrijwilligerspunt.pk, "organisatie": organisatie.pk, "rol": "verantwoordelijke"},
    )
    assert antwoord.status_code == 403
    assert not Lidmaatschap.objects.exists()
    # The inline on the organisation is read-only for them: no empty form to add a row.
    pagina = client.get(reverse("admin:core_organisatie_change", args=[organisatie.pk])).text
    assert "lidmaatschappen-__prefix__-user" not in pagina


def test_behandelaar_subsidies_voegt_zich_niet_toe_via_de_organisatie(client, behandelaar, organisatie):
    client.force_login(behandelaar)
    url = reverse("admin:core_organisatie_change", args=[organisatie.pk])
    data = _formulier(client.get(url))
    data.update(
        {
            "lidmaatschappen-TOTAL_FORMS": "1",
            "lidmaatschappen-INITIAL_FORMS": "0",
            "lidmaatschappen-0-user": str(behandelaar.pk),
            "lidmaatschappen-0-rol": "verantwoordelijke",
        }
    )
    antwoord = client.post(url, data)
    assert antwoord.status_code == 302  # the organisation is saved; the membership row is ignored
    assert not Lidmaatschap.objects.filter(user=behandelaar).exists()


def test_erkenningen_voegt_toe_wijzigt_en_verwijdert_in_de_backoffice_met_audit(
    client, erkenningen, organisatie, burger
):
    client.force_login(erkenningen)
    antwoord = client.post(
        reverse("admin:core_lidmaatschap_add"),
        {"user": burger.pk, "organisatie": organisatie.pk, "rol": "lid", "_save": "1"},
    )
    assert antwoord.status_code == 302
    lidmaatschap = Lidmaatschap.objects.get(user=burger)
    assert lidmaatschap.bevestigd_door == erkenningen

    url = reverse("admin:core_lidmaatschap_change", args=[lidmaatschap.pk])
    client.post(
        url, {"user": burger.pk, "organisatie": organisatie.pk, "rol": "verantwoordelijke", "_save": "1"}
    )
    lidmaatschap.refresh_from_db()
    assert lidmaatschap.rol == "verantwoordelijke" and lidmaatschap.bevestigd_op is not None

    client.post(reverse("admin:core_lidmaatschap_delete", args=[lidmaatschap.pk]), {"post": "yes"})
    assert not Lidmaatschap.objects.exists()
    acties = list(
        AuditEvent.objects.filter(object_id=str(lidmaatschap.pk), wie=erkenningen)
        .order_by("wanneer", "pk")
        .values_list("details__actie", "details__rol_oud", "details__rol_nieuw")
    )
    assert acties == [
        ("lidmaatschap_toegevoegd", "", "lid"),
        ("lidmaatschap_gewijzigd", "lid", "verantwoordelijke"),
        ("lidmaatschap_verwijderd", "verantwoordelijke", ""),
    ]
    assert AuditEvent.objects.filter(object_id=str(lidmaatschap.pk)).first().ip == "127.0.0.1"


def test_erkenningen_voegt_toe_via_de_organisatie(client, erkenningen, organisatie, burger):
    client.force_login(erkenningen)
    url = reverse("admin:core_organisatie_change", args=[organisatie.pk])
    data = _formulier(client.get(url))
    data.update(
        {
            "lidmaatschappen-TOTAL_FORMS": "1",
            "lidmaatschappen-INITIAL_FORMS": "0",
            "lidmaatschappen-0-user": str(burger.pk),
            "lidmaatschappen-0-rol": "verantwoordelijke",
        }
    )
    antwoord = client.post(url, data)
    assert antwoord.status_code == 302, antwoord.context["errors"] if antwoord.context else antwoord
    lidmaatschap = Lidmaatschap.objects.get(user=burger, organisatie=organisatie)
    assert lidmaatschap.bevestigd_door == erkenningen
    assert AuditEvent.objects.filter(
        object_id=str(lidmaatschap.pk), details__actie="lidmaatschap_toegevoegd"
    ).exists()


def _formulier(antwoord) -> dict:
    """The admin change form's current values, as the browser would post them back."""
    data = {"_save": "1"}
    form = antwoord.context["adminform"].form
    for naam in form.fields:
        waarde = form[naam].value()
        if waarde in (None, False):
            continue
        data[naam] = [str(w) for w in waarde] if isinstance(waarde, list | tuple) else str(waarde)
    for inline in antwoord.context["inline_admin_formsets"]:
        beheer = inline.formset.management_form
        for naam in beheer.fields:
            data[beheer.add_prefix(naam)] = str(beheer[naam].value() or 0)
    return data


def test_erkenningen_maakt_zichzelf_niet_verantwoordelijke_zonder_een_collega(client, erkenningen):
    """Found from outside: an erkenningen member added themselves as responsible person of an
    association (confirmed by themselves) and then edited its grant file's bank account."""
    organisatie = OrganisatieFactory()
    client.force_login(erkenningen)
    client.post(
        reverse("admin:core_lidmaatschap_add"),
        {"user": erkenningen.pk, "organisatie": organisatie.pk, "rol": "verantwoordelijke", "_save": "1"},
    )
    lid = Lidmaatschap.objects.get(user=erkenningen, organisatie=organisatie)
    assert lid.bevestigd_op is None
    assert not Organisatie.objects.van_gebruiker(erkenningen).exists()
    with pytest.raises(PermissionDenied):
        lidmaatschap_bevestigen(lidmaatschap=lid, door=erkenningen)

    collega = UserFactory(is_staff=True, rollen=["erkenningen"])
    lidmaatschap_bevestigen(lidmaatschap=lid, door=collega)
    assert Organisatie.objects.van_gebruiker(erkenningen).exists()


def test_alleen_erkenningen_wijzigt_het_rekeningnummer_van_een_organisatie_en_het_staat_in_het_auditlog(
    client, erkenningen, vrijwilligerspunt
):
    """Found from outside: other roles set an organisation's IBAN (prefilled in new grant files),
    recorded only in the admin history."""
    organisatie = OrganisatieFactory(iban="BE71096123456769")
    url = reverse("admin:core_organisatie_change", args=[organisatie.pk])
    gegevens = {
        "naam": organisatie.naam,
        "soort": organisatie.soort,
        "rechtsvorm": organisatie.rechtsvorm,
        "postcode": "9000",
        "gemeente": "Gent",
        "iban": "BE21 0012 3456 7803",
        "lidmaatschappen-TOTAL_FORMS": "0",
        "lidmaatschappen-INITIAL_FORMS": "0",
    }
    client.force_login(vrijwilligerspunt)
    client.post(url, gegevens)
    organisatie.refresh_from_db()
    assert organisatie.iban == "BE71096123456769"

    client.force_login(erkenningen)
    antwoord = client.post(url, gegevens)
    assert antwoord.status_code == 302, antwoord.content[:2000]
    organisatie.refresh_from_db()
    assert organisatie.iban == "BE21001234567803"
    gebeurtenis = AuditEvent.objects.get(wat="gewijzigd", object_id=str(organisatie.pk), wie=erkenningen)
    assert "iban" not in AuditEvent.objects.get(wie=vrijwilligerspunt).details["velden"]
    assert gebeurtenis.details["velden"]["iban"] == ["BE71096123456769", "BE21001234567803"]
