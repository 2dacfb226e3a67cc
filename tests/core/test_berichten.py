"""The kernel's blocks Berichten, Bijlagen and Herinneringen, with an application of Samen Aan Zet
as the dossier (the first app that uses them)."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile

from gelijkekansen.core import berichten, bijlagen, herinneringen
from gelijkekansen.core.models import AuditEvent, Bericht, DraadToegang, Herinnering, Kant
from gelijkekansen.core.uploads import valideer_upload
from tests.factories import OrganisatieFactory
from tests.subsidies.factories import AanvraagFactory


@pytest.fixture
def dossier(burger, behandelaar):
    aanvraag = AanvraagFactory(aanvrager=burger)
    aanvraag.coach = behandelaar
    aanvraag.save(update_fields=["coach"])
    return aanvraag


def test_een_draad_per_dossier(dossier):
    assert berichten.draad_voor(dossier) == berichten.draad_voor(dossier)
    assert berichten.draad_voor(dossier).object_id == str(dossier.pk)


def test_een_dossier_zonder_regels_geeft_een_duidelijke_fout(burger):
    with pytest.raises(LookupError, match="registreer"):
        berichten.bericht_sturen(dossier=OrganisatieFactory(), door=burger, tekst="Hallo")


def test_bericht_gaat_per_mail_naar_de_andere_kant_na_de_commit(
    dossier, burger, behandelaar, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        bericht = berichten.bericht_sturen(dossier=dossier, door=burger, tekst="Mag het binnen?")
    assert (bericht.kant, bericht.soort, bericht.intern) == (Kant.BURGER, "bericht", False)
    assert [m.to for m in mail.outbox] == [[behandelaar.email]]  # the coach
    with django_capture_on_commit_callbacks(execute=True):
        berichten.bericht_sturen(dossier=dossier, door=behandelaar, tekst="Ja.")
    assert mail.outbox[-1].to == [burger.email]


def test_leeg_bericht_wordt_geweigerd(dossier, burger):
    with pytest.raises(ValidationError):
        berichten.bericht_sturen(dossier=dossier, door=burger, tekst="   ")
    assert not berichten.berichten_van(dossier).exists()


def test_interne_notitie_ziet_de_burger_nooit_en_wordt_niet_gemaild(
    dossier, burger, behandelaar, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        berichten.bericht_sturen(dossier=dossier, door=behandelaar, tekst="Onder ons", intern=True)
        berichten.bericht_sturen(dossier=dossier, door=behandelaar, tekst="Voor u")
    assert [b.tekst for b in berichten.berichten_voor(dossier, burger)] == ["Voor u"]
    assert [b.tekst for b in berichten.berichten_voor(dossier, behandelaar)] == ["Onder ons", "Voor u"]
    assert len(mail.outbox) == 1
    with pytest.raises(PermissionDenied):
        berichten.bericht_sturen(dossier=dossier, door=burger, tekst="Ik ook", intern=True)


def test_vraag_en_antwoord_horen_bij_elkaar(dossier, burger, behandelaar):
    vraag = berichten.vraag_stellen(dossier=dossier, door=behandelaar, tekst="Wie helpt er mee?")
    assert berichten.open_vraag(dossier) == vraag
    assert berichten.draad_lezen(dossier, burger).open_vraag == vraag
    with pytest.raises(PermissionDenied):
        berichten.vraag_stellen(dossier=dossier, door=burger, tekst="Mag ik ook iets vragen?")
    antwoord = berichten.vraag_beantwoorden(dossier=dossier, door=burger, tekst="Drie buren.")
    assert (antwoord.soort, antwoord.antwoord_op) == ("antwoord", vraag)
    assert berichten.open_vraag(dossier) is None
    assert berichten.draad_lezen(dossier, burger).open_vraag is None
    # The staff side reads the answer in the thread.
    assert antwoord in berichten.berichten_voor(dossier, behandelaar)
    with pytest.raises(ValidationError):  # one answer per question (a second tab)
        berichten.vraag_beantwoorden(dossier=dossier, door=burger, tekst="Nog eens.", vraag=vraag)


def test_gelezen_per_kant(dossier, burger, behandelaar):
    berichten.bericht_sturen(dossier=dossier, door=behandelaar, tekst="Een")
    berichten.bericht_sturen(dossier=dossier, door=behandelaar, tekst="Twee")
    berichten.bericht_sturen(dossier=dossier, door=behandelaar, tekst="Notitie", intern=True)
    berichten.bericht_sturen(dossier=dossier, door=burger, tekst="Drie")
    assert berichten.ongelezen(dossier, burger) == 2  # never the note, never their own
    assert berichten.ongelezen(dossier, behandelaar) == 1
    gelezen = berichten.draad_lezen(dossier, burger)
    assert [b.tekst for b in gelezen.berichten] == ["Een", "Twee", "Drie"]
    assert gelezen.nieuw == 2  # what was new when the page opened
    assert berichten.ongelezen(dossier, burger) == 0
    assert berichten.draad_lezen(dossier, burger).nieuw == 0
    assert berichten.ongelezen(dossier, behandelaar) == 1  # the other side's state is its own
    assert berichten.ongelezen_per_dossier(type(dossier), Kant.DIENST, [dossier.pk]) == {dossier.pk: 1}


def test_toegang_met_token_tot_precies_een_draad_zonder_notities(dossier, behandelaar, burger):
    ander = AanvraagFactory(aanvrager=burger)
    berichten.bericht_sturen(dossier=dossier, door=behandelaar, tekst="Voor de melder")
    berichten.bericht_sturen(dossier=dossier, door=behandelaar, tekst="Intern", intern=True)
    berichten.bericht_sturen(dossier=ander, door=behandelaar, tekst="Ander dossier")
    token = berichten.toegang_maken(dossier=dossier)
    assert len(token) >= 40
    toegang = DraadToegang.objects.get()
    assert token not in toegang.token_hash  # only the hash is stored
    assert [b.tekst for b in berichten.berichten_met_token(token)] == ["Voor de melder"]
    assert not berichten.berichten_met_token(token + "x").exists()
    assert not berichten.berichten_met_token("").exists()
    toegang.refresh_from_db()
    assert toegang.laatst_gebruikt is not None
    assert berichten.toegang_intrekken(token=token) == 1
    assert not berichten.berichten_met_token(token).exists()


def test_bijlage_met_sha256_tijd_en_indiener_en_gelogde_download(rf, dossier, burger):
    bestand = valideer_upload(ContentFile(b"Offerte voor tenten\n", name="offerte.txt"))
    bijlage = bijlagen.bijlage_toevoegen(
        dossier=dossier, bestand=bestand, door=burger, soort="verantwoording"
    )
    assert (bijlage.sha256, bijlage.toegevoegd_door, bijlage.soort) == (
        bestand.sha256,
        burger,
        "verantwoording",
    )
    assert bijlage.bestand.startswith("subsidies/")
    assert list(bijlagen.bijlagen_van(dossier)) == [bijlage]
    request = rf.get("/")
    request.user = burger
    antwoord = bijlagen.bijlage_antwoord(request, bijlage)
    assert b"".join(antwoord.streaming_content) == b"Offerte voor tenten\n"
    assert antwoord["Content-Disposition"].startswith("attachment")
    event = AuditEvent.objects.get(wat="gedownload", object_id=str(bijlage.pk))
    assert (event.wie, event.details["dossier"]) == (burger, str(dossier.pk))


def test_herinnering_claimen_kan_maar_een_keer(dossier, burger):
    assert herinneringen.claimen(soort="test", obj=dossier, ontvanger=burger)
    assert not herinneringen.claimen(soort="test", obj=dossier, ontvanger=burger)
    assert herinneringen.claimen(soort="test-ander", obj=dossier, ontvanger=burger)
    assert Herinnering.objects.count() == 2
    assert herinneringen.al_herinnerd("test", type(dossier)) == {str(dossier.pk)}


def test_bericht_model_bewaakt_notities_en_antwoorden(dossier, burger):
    draad = berichten.draad_voor(dossier)
    with pytest.raises(ValidationError):
        Bericht(draad=draad, kant=Kant.BURGER, intern=True, tekst="x").full_clean()
    with pytest.raises(ValidationError):
        Bericht(draad=draad, kant=Kant.BURGER, soort="antwoord", tekst="x").full_clean()


def test_een_te_lang_bericht_wordt_geweigerd_met_een_melding(db):
    """Found from outside: a 100,000-character message was stored."""
    from django.core.exceptions import ValidationError

    from gelijkekansen.core import berichten
    from tests.subsidies.factories import AanvraagFactory

    aanvraag = AanvraagFactory()
    with pytest.raises(ValidationError, match="te lang"):
        berichten.bericht_sturen(dossier=aanvraag, door=aanvraag.aanvrager, tekst="x" * 100_000)
